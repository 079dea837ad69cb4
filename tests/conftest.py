from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "syria-islamic-state-resurgence.txt"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.parsing import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def full_nlp():
    """The same model as spaCy ships it: its lemmatizer in the pipeline, its networks on
    BLIS (a pipeline spaCy loads is never changed by ours)."""
    import spacy

    from newsgraph.parsing import DEFAULT_MODEL

    return spacy.load(DEFAULT_MODEL)


# sentences whose tags, parse and entities must not depend on how the pipeline runs
SHAPED_SENTENCES = [
    "The rebels were fighting and had seized three better-armed towns before the geese flew.",
    "She'd said the ministers weren't aware of the strikes, which were being planned.",
    "Protesters gathered outside the embassies; police arrested dozens of the women.",
    "The companies' earnings fell, and analysts expect worse results as prices rise.",
]


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article built once through the CLI; tests read its output folder."""
    from newsgraph.cli import main

    out = tmp_path_factory.mktemp("seed-build")
    assert main(["build", str(SEED), "--out", str(out), "--quiet"]) == 0
    return out


# The unit and end-to-end tests check the code, not the coefficients of the day: they see
# a fixed, simple calibration (confidence from the extractor's score alone; a statement
# scored 0.5 or more passes the threshold), through the environment so that worker
# processes see it too. tests/test_calibration.py checks the model committed in the package.
PINNED_WEIGHTS = {"bias": -2.0, "raw": 4.0}
PINNED_THRESHOLD = 0.5


@pytest.fixture(scope="session", autouse=True)
def pinned_calibration(tmp_path_factory: pytest.TempPathFactory):
    import json

    from newsgraph.calibration import ENVIRONMENT, Calibration, calibration

    path = tmp_path_factory.mktemp("calibration") / "pinned.json"
    path.write_text(json.dumps({"weights": PINNED_WEIGHTS, "threshold": PINNED_THRESHOLD}),
                    encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ENVIRONMENT, str(path))
        assert calibration().weights == PINNED_WEIGHTS
        yield Calibration(PINNED_WEIGHTS, threshold=PINNED_THRESHOLD)


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small build output (store_fixture's two articles), written once per test module."""
    from store_fixture import write_output

    return write_output(tmp_path_factory.mktemp("build"))
