"""A CaRB scorer written from the benchmark's description (shared/data/carb/README.md).

CaRB (Bhardwaj, Aggarwal and Mausam, EMNLP 2019) scores sentence-level open
information extraction against crowd-annotated gold tuples. Everything here is a
pure function of in-memory tables, so the scorer can be tested on handwritten
examples; `benchmarks/carb.py` does the file reading and runs the systems.

A table maps a sentence (as written) to its tuples. Sentences of the gold and the
predictions are matched through `sentence_key`, so tokenization, spacing and PTB
bracket escapes do not matter.

Where the README leaves room, this follows the original CaRB scorer:

- an argument is context (and dropped) when it starts with ``C:`` or contains
  ``C: `` (one dev line has a context argument glued to the one before it);
  ``T:`` and ``L:`` arguments are kept, marker included;
- gold lines are stripped before splitting on tabs, so a trailing empty argument
  does not become an empty slot;
- the said/told swap fires when the gold relation *contains* one of the verbs as
  a substring, and "better" compares (precision, recall) lexicographically;
- the ``be`` bonus adds one matched token whenever a ``be`` is left over in the
  predicted relation and the gold relation has a form of *be* (even one that was
  already matched), as CaRB does;
- a threshold at which nothing is kept has precision 1; the best F1 is the first
  maximum in order of increasing threshold.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

PTB_BRACKETS = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
}
BE_FORMS = frozenset({"be", "is", "am", "are", "was", "were", "been", "being"})
SAY_VERBS = ("said", "told", "added", "adds", "says")

_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}]")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, order=True)
class OieTuple:
    """One extraction: a relation and its arguments (arg1 first), with a confidence."""

    relation: str
    args: tuple[str, ...]
    confidence: float = 1.0


@dataclass(frozen=True)
class CurvePoint:
    """Precision and recall when only predictions with confidence >= threshold are kept."""

    threshold: float
    precision: float
    recall: float
    kept: int  # predictions kept (in sentences that have gold)

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)


@dataclass(frozen=True)
class CarbScore:
    """The CaRB figures of one system: best F1 (with its P, R, threshold) and AUC."""

    f1: float
    auc: float
    precision: float
    recall: float
    threshold: float  # the confidence threshold of the best F1
    curve: tuple[CurvePoint, ...]  # one point per distinct confidence, increasing
    gold_tuples: int
    gold_sentences: int
    predictions: int  # all predicted tuples given to the scorer
    unmatched_predictions: int  # predictions whose sentence has no gold


def unescape_brackets(text: str) -> str:
    """Turn PTB bracket escapes (-LRB- ...) back into brackets.

    >>> unescape_brackets("a -LRB- b -RRB-")
    'a ( b )'
    """
    for escape, bracket in PTB_BRACKETS.items():
        text = text.replace(escape, bracket)
    return text


def sentence_key(text: str) -> str:
    """The form under which gold and predicted sentences are matched.

    >>> sentence_key("He said -LRB- twice -RRB- : `` no . ''")
    'Hesaidtwiceno'
    """
    return _PUNCTUATION.sub("", _SPACE.sub("", unescape_brackets(text)))


def is_context_argument(arg: str) -> bool:
    """True for a gold argument that only gives context ("C: X said"), which CaRB drops."""
    return arg.lstrip().startswith("C:") or "C: " in arg


def parse_gold_line(line: str) -> tuple[str, OieTuple] | None:
    """Read `sentence<TAB>relation<TAB>arg1<TAB>arg2[<TAB>arg3...]`; None for a blank line.

    >>> parse_gold_line("A saw B .\\tsaw\\tA\\tB\\tC: X said\\n")
    ('A saw B .', OieTuple(relation='saw', args=('A', 'B'), confidence=1.0))
    """
    fields = line.strip().split("\t")
    if len(fields) < 2:
        return None
    sentence, relation, *args = fields
    kept = tuple(arg.strip() for arg in args if not is_context_argument(arg))
    return sentence.strip(), OieTuple(relation.strip(), kept)


def parse_gold(lines: Iterable[str]) -> dict[str, list[OieTuple]]:
    """Group the gold lines by sentence, in order of first appearance."""
    gold: dict[str, list[OieTuple]] = {}
    for line in lines:
        parsed = parse_gold_line(line)
        if parsed is not None:
            sentence, gold_tuple = parsed
            gold.setdefault(sentence, []).append(gold_tuple)
    return gold


def group_by_key(table: Mapping[str, Sequence[OieTuple]]) -> dict[str, list[OieTuple]]:
    """Re-key a table by `sentence_key`, merging sentences that differ only in spacing."""
    grouped: dict[str, list[OieTuple]] = {}
    for sentence, tuples in table.items():
        grouped.setdefault(sentence_key(sentence), []).extend(tuples)
    return grouped


def _collapse(args: Sequence[str]) -> tuple[str, ...]:
    """(arg1, everything else joined): CaRB compares two argument slots."""
    if len(args) >= 2:
        return (args[0], " ".join(args[1:]))
    return tuple(args)


def _overlap(gold_words: list[str], predicted: Counter[str]) -> int:
    """Multiset overlap; consumes the matched words from `predicted`."""
    matched = 0
    for word in gold_words:
        if predicted[word] > 0:
            predicted[word] -= 1
            matched += 1
    return matched


def _lenient_match(
    gold_relation: str,
    gold_args: Sequence[str],
    predicted_relation: str,
    predicted_args: Sequence[str],
) -> tuple[float, float]:
    """Token-level (precision, recall) of one collapsed prediction against one collapsed gold."""
    gold_words = gold_relation.split()
    predicted_words = predicted_relation.split()
    leftover = Counter(predicted_words)
    matched = _overlap(gold_words, leftover)
    if leftover["be"] > 0 and any(word in BE_FORMS for word in gold_words):
        matched += 1
    if matched == 0:
        return (0.0, 0.0)
    matched_precision = matched_recall = matched
    precision_total = len(predicted_words)
    recall_total = len(gold_words)
    for slot, gold_arg in enumerate(gold_args):
        gold_arg_words = gold_arg.split()
        recall_total += len(gold_arg_words)
        if slot >= len(predicted_args):
            return (0.0, 0.0)
        predicted_arg_words = predicted_args[slot].split()
        precision_total += len(predicted_arg_words)
        overlap = _overlap(gold_arg_words, Counter(predicted_arg_words))
        matched_precision += overlap
        matched_recall += overlap
    return (matched_precision / precision_total, matched_recall / recall_total)


def match(gold: OieTuple, predicted: OieTuple) -> tuple[float, float]:
    """(precision, recall) of one predicted tuple against one gold tuple, CaRB's lenient match.

    >>> match(OieTuple("was born in", ("Ann", "Rome")), OieTuple("born in", ("Ann", "Rome 1990")))
    (0.8, 0.8)
    """
    gold_args = _collapse(gold.args)
    straight = _lenient_match(gold.relation, gold_args, predicted.relation,
                              _collapse(predicted.args))
    if len(predicted.args) < 2 or not any(verb in gold.relation for verb in SAY_VERBS):
        return straight
    swapped = (" ".join(predicted.args[1:]), predicted.args[0])
    return max(straight, _lenient_match(gold.relation, gold_args, predicted.relation, swapped))


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean, 0 when both are 0."""
    total = precision + recall
    return 2 * precision * recall / total if total > 0 else 0.0


def _greedy_precision(scores: list[list[tuple[float, float]]], kept: list[int]) -> float:
    """Sum of precisions of a one-to-one gold/prediction matching, taken greedily by precision.

    Ties go to the earlier gold, then the earlier prediction, as in CaRB.
    """
    pairs = sorted((-scores[g][p][0], g, p) for g in range(len(scores)) for p in kept)
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    total = 0.0
    for negative_precision, g, p in pairs:
        if g in used_gold or p in used_predicted:
            continue
        used_gold.add(g)
        used_predicted.add(p)
        total -= negative_precision
        if len(used_gold) == len(scores) or len(used_predicted) == len(kept):
            break
    return total


def area_under_curve(curve: Sequence[CurvePoint]) -> float:
    """Area under the precision-recall curve, with the point (recall 0, precision 1) added.

    The points are taken in order of increasing threshold (recall never grows along
    that order), the point (0, 1) is appended, and the area is the trapezoid sum
    between consecutive points -- what CaRB gets from sklearn's `auc` on the same
    sequence. Taking the points in threshold order, not re-sorting by recall,
    matters when several thresholds share a recall: the segment to the next
    recall then starts from the right one of them.
    """
    points = [(point.recall, point.precision) for point in curve] + [(0.0, 1.0)]
    return sum(
        abs(r1 - r0) * (p0 + p1) / 2
        for (r0, p0), (r1, p1) in zip(points, points[1:], strict=False)
    )


def best_matches(
    gold: Mapping[str, Sequence[OieTuple]], predicted: Mapping[str, Sequence[OieTuple]]
) -> list[tuple[str, OieTuple, float, OieTuple | None]]:
    """Each gold tuple with its best recall over all predictions of its sentence.

    Returns (sentence, gold tuple, recall, the prediction giving it or None), in gold
    order; the raw material of an error analysis.
    """
    predicted_by_key = group_by_key(predicted)
    rows: list[tuple[str, OieTuple, float, OieTuple | None]] = []
    for sentence, gold_tuples in gold.items():
        candidates = predicted_by_key.get(sentence_key(sentence), [])
        for gold_tuple in gold_tuples:
            best: OieTuple | None = None
            best_recall = 0.0
            for candidate in candidates:
                recall = match(gold_tuple, candidate)[1]
                if recall > best_recall:
                    best, best_recall = candidate, recall
            rows.append((sentence, gold_tuple, best_recall, best))
    return rows


def score(
    gold: Mapping[str, Sequence[OieTuple]], predicted: Mapping[str, Sequence[OieTuple]]
) -> CarbScore:
    """Score predicted tuples against gold tuples the CaRB way.

    For every distinct predicted confidence t, only predictions with confidence >= t
    are kept. Recall: each gold tuple takes the best recall of a kept prediction of
    its sentence, summed over all gold tuples (sentences without predictions
    included) and divided by their number. Precision: in each sentence gold and
    kept predictions are matched one to one, greedily by highest precision; the
    matched precisions are summed and divided by the number of kept predictions
    (in sentences that have gold; predictions elsewhere only add thresholds).
    F1 is the best over the thresholds; AUC is `area_under_curve`.

    >>> gold = {"A saw B .": [OieTuple("saw", ("A", "B"))]}
    >>> s = score(gold, {"A saw B": [OieTuple("saw", ("A", "B"), 0.9)]})
    >>> (s.f1, s.auc, s.precision, s.recall)
    (1.0, 1.0, 1.0, 1.0)
    """
    gold_by_key = group_by_key(gold)
    predicted_by_key = group_by_key(predicted)
    n_predictions = sum(len(tuples) for tuples in predicted_by_key.values())
    unmatched = sum(
        len(tuples) for key, tuples in predicted_by_key.items() if key not in gold_by_key
    )
    n_gold = sum(len(tuples) for tuples in gold_by_key.values())
    thresholds = sorted({t.confidence for tuples in predicted_by_key.values() for t in tuples})
    if not thresholds:
        return CarbScore(0.0, 0.0, 0.0, 0.0, 0.0, (), n_gold, len(gold_by_key), 0, 0)

    index = {threshold: i for i, threshold in enumerate(thresholds)}
    # A sentence's figures only change at its own confidences, so each is computed
    # once and added to the run of global thresholds it holds for (as CaRB does).
    precision_sum = [0.0] * len(thresholds)
    recall_sum = [0.0] * len(thresholds)
    kept_count = [0] * len(thresholds)
    for key, gold_tuples in gold_by_key.items():
        candidates = predicted_by_key.get(key, [])
        if not candidates:
            continue
        scores = [[match(g, p) for p in candidates] for g in gold_tuples]
        low = 0
        for confidence in sorted({p.confidence for p in candidates}):
            high = index[confidence] + 1  # this sentence's kept set holds on [low, high)
            kept = [i for i, p in enumerate(candidates) if p.confidence >= confidence]
            recall = sum(max(row[i][1] for i in kept) for row in scores)
            precision = _greedy_precision(scores, kept)
            for i in range(low, high):
                precision_sum[i] += precision
                recall_sum[i] += recall
                kept_count[i] += len(kept)
            low = high

    curve = [
        CurvePoint(
            threshold=threshold,
            precision=precision_sum[i] / kept_count[i] if kept_count[i] else 1.0,
            recall=recall_sum[i] / n_gold if n_gold else 0.0,
            kept=kept_count[i],
        )
        for i, threshold in enumerate(thresholds)
    ]
    best = max(curve, key=lambda point: point.f1)  # max keeps the first of equals
    return CarbScore(
        f1=best.f1,
        auc=area_under_curve(curve),
        precision=best.precision,
        recall=best.recall,
        threshold=best.threshold,
        curve=tuple(curve),
        gold_tuples=n_gold,
        gold_sentences=len(gold_by_key),
        predictions=n_predictions,
        unmatched_predictions=unmatched,
    )
