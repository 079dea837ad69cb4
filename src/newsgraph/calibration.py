"""A small logistic model: named features in, how likely a statement is right out.

What "right" is comes from the fit: ``benchmarks/precision.py`` counts a reader's
"right" as 1 and "partly right" and "wrong" as 0, so the output is the probability that a
careful reader judges the statement right (``--partly 0.5`` fits the expected verdict
with partly as half right instead).

The coefficients are data (``calibration.json`` beside this module), fitted on the
judged pool by ``benchmarks/precision.py --fit``; the threshold the assertion gate
uses lives in the same file, next to the scores it gates. The fit is plain Newton
steps on an L2-penalized log-likelihood: no randomness, the same pool gives the same
coefficients.

>>> model = Calibration({"bias": 0.0, "raw": 2.0}, threshold=0.5)
>>> round(model.probability({"bias": 1.0, "raw": 1.0}), 3)
0.881
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from .errors import UsageError

MODEL_FILE = "calibration.json"
ENVIRONMENT = "NEWSGRAPH_CALIBRATION"
BIAS = "bias"


@dataclass(frozen=True)
class Calibration:
    """Feature weights of the logistic model, and the confidence the gate asks for."""

    weights: Mapping[str, float]
    threshold: float
    about: Mapping[str, object] = field(default_factory=dict)  # how it was fitted

    def probability(self, features: Mapping[str, float]) -> float:
        """The calibrated probability; a feature the model has no weight for counts 0."""
        weight = self.weights.get
        # (a list: the same sums in the same order as a generator, made faster)
        score = sum([weight(name, 0.0) * value for name, value in features.items()])
        return _sigmoid(score)


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    odds = math.exp(score)
    return odds / (1.0 + odds)


def calibration() -> Calibration:
    """The model in use: the one committed in the package, or the JSON file that the
    environment variable NEWSGRAPH_CALIBRATION names (a model fitted on your own judged
    pool; worker processes inherit it)."""
    return _load(os.environ.get(ENVIRONMENT, ""))


@cache
def _load(path: str) -> Calibration:
    try:
        if path:
            text = Path(path).read_text(encoding="utf-8")
        else:
            text = (resources.files("newsgraph") / MODEL_FILE).read_text(encoding="utf-8")
        data = json.loads(text)
        return Calibration(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            threshold=float(data["threshold"]),
            about=data.get("about", {}),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        where = f"{ENVIRONMENT}={path}" if path else f"the packaged {MODEL_FILE}"
        raise UsageError(f"{where} is not a calibration model ({e}); give a JSON file with "
                         f'"weights" (name: number) and "threshold", or unset {ENVIRONMENT}'
                         ) from e


def fit(
    rows: Sequence[Mapping[str, float]],
    labels: Sequence[float],
    sample_weights: Sequence[float] | None = None,
    *,
    l2: float = 2.0,
    min_support: int = 5,
    steps: int = 50,
) -> dict[str, float]:
    """Weights of an L2-penalized logistic regression (the bias is not penalized).

    A feature that is non-zero in fewer than `min_support` rows gets no weight: a
    category seen twice says nothing a reader could trust. Rows are feature maps;
    labels are 1 (right) or 0; names are taken in sorted order, so the result does
    not depend on the order of the rows' keys.
    """
    if len(rows) != len(labels):
        raise ValueError("one label per row")
    if not rows:
        raise ValueError("nothing to fit")
    support: dict[str, int] = {}
    for row in rows:
        for name, value in row.items():
            if value:
                support[name] = support.get(name, 0) + 1
    names = sorted(n for n, count in support.items() if count >= min_support or n == BIAS)
    if BIAS not in names:
        names.insert(0, BIAS)
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, row in enumerate(rows):
        x[i, column[BIAS]] = 1.0
        for name, value in row.items():
            if name in column:
                x[i, column[name]] = value
    y = np.asarray(labels, dtype=float)
    w = np.ones(len(rows)) if sample_weights is None else np.asarray(sample_weights, dtype=float)
    penalty = np.full(len(names), l2)
    penalty[column[BIAS]] = 0.0
    beta = np.zeros(len(names))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        gradient = x.T @ (w * (p - y)) + penalty * beta
        curvature = (x * (w * p * (1 - p))[:, None]).T @ x
        hessian = curvature + np.diag(penalty) + 1e-9 * np.eye(len(names))
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if float(np.max(np.abs(step))) < 1e-10:
            break
    return {name: round(float(beta[column[name]]), 6) for name in names}
