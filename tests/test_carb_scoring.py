"""The CaRB scorer on handwritten gold/prediction tables, expected figures worked out by hand."""

from __future__ import annotations

import io
import random
from collections.abc import Iterable
from pathlib import Path

import carb
import pytest
from carb_scoring import (
    CurvePoint,
    OieTuple,
    area_under_curve,
    best_matches,
    match,
    parse_gold,
    parse_gold_line,
    score,
    sentence_key,
)

from newsgraph.models import Argument, Extraction


def flat(rows: Iterable[tuple[float, ...]]) -> list[float]:
    return [value for row in rows for value in row]


def T(relation: str, *args: str, confidence: float = 1.0) -> OieTuple:
    return OieTuple(relation, tuple(args), confidence)


# --- sentences -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first, second",
    [
        ("Ann saw Bob .", "Ann saw Bob."),
        ("The fee -LRB- $ 5 -RRB- rose .", "The fee ($5) rose"),
        ("He said `` no '' .", 'He said "no".'),
        ("a -LSB- b -RSB- -LCB- c -RCB-", "a [b] {c}"),
        ("Ann saw Bob . ", "Ann  saw\tBob ."),
    ],
)
def test_sentences_match_without_spaces_punctuation_and_escapes(first: str, second: str) -> None:
    assert sentence_key(first) == sentence_key(second)


def test_sentence_key_keeps_words_and_case_apart() -> None:
    assert sentence_key("Ann saw Bob .") != sentence_key("Ann saw Rob .")
    assert sentence_key("ann saw bob") != sentence_key("Ann saw Bob")


# --- gold reading ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Ann met Bob .\tmet\tAnn\tBob\n", ("Ann met Bob .", T("met", "Ann", "Bob"))),
        # context arguments are dropped, time and place kept with their marker
        ("S .\tmet\tAnn\tBob\tT: in 1990\tL: in Rome\tC: Cal said\n",
         ("S .", T("met", "Ann", "Bob", "T: in 1990", "L: in Rome"))),
        # a context argument glued to the one before is dropped with it
        ("S .\twill be\tAnn\trich: C: Cal said\n", ("S .", T("will be", "Ann"))),
        # a trailing empty field is not an argument slot; an inner one is
        ("S .\tran\tAnn\t\n", ("S .", T("ran", "Ann"))),
        ("S .\tis\t\tBob\n", ("S .", T("is", "", "Bob"))),
        ("S . \tran \t Ann \n", ("S .", T("ran", "Ann"))),
        ("\n", None),
    ],
)
def test_parse_gold_line(line: str, expected: tuple[str, OieTuple] | None) -> None:
    assert parse_gold_line(line) == expected


def test_parse_gold_groups_by_sentence_in_order() -> None:
    lines = io.StringIO(
        "B came .\tcame\tB\n"
        "A saw C .\tsaw\tA\tC\n"
        "B came . \tis\tB\there\n"  # same sentence with a trailing space
        "\n"
    )
    assert parse_gold(lines) == {
        "B came .": [T("came", "B"), T("is", "B", "here")],
        "A saw C .": [T("saw", "A", "C")],
    }


# --- one gold tuple against one prediction -------------------------------------------


@pytest.mark.parametrize(
    "gold, predicted, expected",
    [
        # exact match
        (T("saw", "Ann", "Bob"), T("saw", "Ann", "Bob"), (1.0, 1.0)),
        # no relation word in common: nothing, whatever the arguments
        (T("saw", "Ann", "Bob"), T("met", "Ann", "Bob"), (0.0, 0.0)),
        # the gold has a second slot the prediction lacks
        (T("saw", "Ann", "Bob"), T("saw", "Ann"), (0.0, 0.0)),
        # a second predicted slot the gold lacks costs nothing
        (T("runs", "The dog"), T("runs", "The dog", "fast"), (1.0, 1.0)),
        # rel 3 of 4 gold / 3 predicted ("be" bonus for "is"), args 1/1 and 2/2
        (T("is a member of", "She", "the club"), T("be member of", "She", "the club"),
         (1.0, 6 / 7)),
        # the same without a "be": rel 2 matched of 3 predicted, 4 gold
        (T("is a member of", "She", "the club"), T("became member of", "She", "the club"),
         (5 / 6, 5 / 7)),
        # a leftover "be" earns nothing when the gold relation has no form of be
        (T("joined", "Ann", "the club"), T("be joined", "Ann", "the club"), (0.8, 1.0)),
        # the bonus alone makes the relation match
        (T("was", "Ann", "happy"), T("be", "Ann", "happy"), (1.0, 1.0)),
        # multiset overlap: "the" counted as often as it is on both sides
        (T("saw", "Ann", "the man and the dog"), T("saw", "Ann", "the dog"), (1.0, 4 / 7)),
        (T("saw", "Ann", "the dog"), T("saw", "Ann", "the the dog"), (0.8, 1.0)),
        # case-sensitive
        (T("saw", "Ann", "The dog"), T("saw", "Ann", "the dog"), (0.75, 0.75)),
        # arguments after the first are collapsed into one slot, on both sides
        (T("met", "Ann", "Bob", "in Rome"), T("met", "Ann", "Bob in Rome"), (1.0, 1.0)),
        (T("met", "Ann", "Bob in Rome"), T("met", "Ann", "Bob", "in Rome"), (1.0, 1.0)),
        # a time marker stays a gold token: 5 of 6 gold tokens found
        (T("met", "Ann", "Bob", "T: in 1990"), T("met", "Ann", "Bob", "in 1990"), (1.0, 5 / 6)),
        # punctuation is a token like any other
        (T("answered", "Ann", "`` yes ''"), T("answered", "Ann", "yes"), (1.0, 3 / 5)),
    ],
)
def test_match(gold: OieTuple, predicted: OieTuple, expected: tuple[float, float]) -> None:
    assert match(gold, predicted) == pytest.approx(expected)


@pytest.mark.parametrize(
    "gold, predicted, expected",
    [
        # said: arguments swapped gives a perfect match
        (T("said", "the minister", "taxes will rise"),
         T("said", "taxes will rise", "the minister"), (1.0, 1.0)),
        # the say verb can sit inside a longer relation
        (T("has told", "Ann", "Bob"), T("has told", "Bob", "Ann"), (1.0, 1.0)),
        # three predicted arguments: (args 2..n joined, arg1)
        (T("added", "Bob Cal", "Ann"), T("added", "Ann", "Bob", "Cal"), (1.0, 1.0)),
        # no say verb: no swap; only the relation word matches, 1 of 6 on both sides
        (T("expects", "the minister", "taxes will rise"),
         T("expects", "taxes will rise", "the minister"), (1 / 6, 1 / 6)),
        # the straight reading is kept when it is the better one
        (T("says", "Ann", "it rains"), T("says", "Ann", "it rains"), (1.0, 1.0)),
    ],
)
def test_said_told_swap(gold: OieTuple, predicted: OieTuple, expected: tuple[float, float]) -> None:
    assert match(gold, predicted) == pytest.approx(expected)


# --- whole tables ----------------------------------------------------------------------

GOLD = {
    "Ann saw Bob , a cook .": [T("saw", "Ann", "Bob"), T("is", "Bob", "a cook")],
    "Cal ran .": [T("ran", "Cal")],
    "Dee slept .": [T("slept", "Dee")],  # no prediction: still counts in recall
}
PREDICTED = {
    "Ann saw Bob, a cook.": [  # spaced differently from the gold
        T("saw", "Ann", "Bob", confidence=0.9),  # g1 (1, 1)
        T("be", "Bob", "cook", confidence=0.5),  # g2 (1, 3/4) thanks to the be bonus
        T("saw", "Ann", "Bob Cal", confidence=0.2),  # g1 (3/4, 1)
    ],
    "Cal ran .": [T("ran", "Cal", confidence=0.5)],  # g3 (1, 1)
    "Eve left .": [T("left", "Eve", confidence=0.7)],  # no gold: only adds a threshold
}
# threshold: (precision, recall), by hand
#   0.9: p1 kept              P 1/1        R 1/4
#   0.7: p1 (+ Eve, ignored)  P 1/1        R 1/4
#   0.5: p1 p2 p4             P (1+1+1)/3  R (1 + 3/4 + 1)/4 = 11/16
#   0.2: all four             P 3/4        R 11/16 (p3 adds nothing; greedy pairs g1-p1, g2-p2)
EXPECTED_CURVE = [(0.2, 0.75, 11 / 16), (0.5, 1.0, 11 / 16), (0.7, 1.0, 0.25), (0.9, 1.0, 0.25)]


def test_score_curve_by_hand() -> None:
    result = score(GOLD, PREDICTED)
    assert flat((p.threshold, p.precision, p.recall) for p in result.curve) == pytest.approx(
        flat(EXPECTED_CURVE)
    )
    assert [p.kept for p in result.curve] == [4, 3, 1, 1]


def test_score_best_f1_by_hand() -> None:
    result = score(GOLD, PREDICTED)
    # 0.5 gives 2 * 1 * 11/16 / (1 + 11/16) = 22/27; 0.2 gives only 0.717
    assert result.f1 == pytest.approx(22 / 27)
    assert (result.precision, result.recall, result.threshold) == pytest.approx((1.0, 11 / 16, 0.5))
    assert (result.gold_tuples, result.gold_sentences) == (4, 3)
    assert (result.predictions, result.unmatched_predictions) == (5, 1)


def test_auc_by_hand() -> None:
    # curve in threshold order (R, P): (11/16, 3/4) (11/16, 1) (1/4, 1) (1/4, 1), then (0, 1):
    # 0 + (11/16 - 1/4) * 1 + 0 + 1/4 * 1 = 11/16. Re-sorting by recall alone would join
    # (1/4, 1) to (11/16, 3/4) instead and give 0.633.
    assert score(GOLD, PREDICTED).auc == pytest.approx(11 / 16)


def test_auc_trapezoid_on_a_sloped_curve() -> None:
    curve = [CurvePoint(0.1, 0.5, 0.8, 8), CurvePoint(0.6, 0.9, 0.4, 2)]
    # (0.8, 0.5) -> (0.4, 0.9): 0.4 * 0.7; (0.4, 0.9) -> (0, 1): 0.4 * 0.95
    assert area_under_curve(curve) == pytest.approx(0.28 + 0.38)


def test_precision_matching_is_greedy_and_one_to_one() -> None:
    gold = {"Ann saw Bob and Cal .": [T("saw", "Ann", "Bob"), T("saw", "Ann", "Cal")]}
    predicted = {
        "Ann saw Bob and Cal .": [
            T("saw", "Ann", "Bob Cal"),  # precision 3/4 against either gold
            T("saw", "Ann", "Bob Dee Eve"),  # 3/5 against the first gold, 2/5 the second
        ]
    }
    # Greedy takes 3/4 with the first gold (tie goes to gold order), leaving 2/5:
    # (3/4 + 2/5) / 2 = 0.575. The best one-to-one matching would give 0.675.
    result = score(gold, predicted)
    assert result.precision == pytest.approx(0.575)
    assert result.recall == pytest.approx(1.0)


def test_one_prediction_cannot_serve_two_gold_tuples_for_precision() -> None:
    gold = {"S .": [T("saw", "Ann", "Bob"), T("saw", "Ann", "Bob")]}
    result = score(gold, {"S .": [T("saw", "Ann", "Bob")]})
    # recall may reuse the prediction (best per gold), precision matches it once
    assert (result.precision, result.recall) == pytest.approx((1.0, 1.0))
    result = score(gold, {"S .": [T("saw", "Ann", "Bob"), T("saw", "Ann", "Bob")]})
    assert (result.precision, result.recall) == pytest.approx((1.0, 1.0))
    result = score(gold, {"S .": [T("saw", "Ann", "Bob")] * 3})
    assert result.precision == pytest.approx(2 / 3)


def test_no_prediction_scores_zero() -> None:
    result = score(GOLD, {})
    assert (result.f1, result.auc, result.precision, result.recall) == (0.0, 0.0, 0.0, 0.0)
    assert result.gold_tuples == 4


def test_predictions_only_outside_the_gold_score_zero() -> None:
    result = score(GOLD, {"Eve left .": [T("left", "Eve", confidence=0.4)]})
    assert (result.f1, result.recall) == (0.0, 0.0)
    assert result.precision == 1.0  # nothing kept where gold is: precision 1, as CaRB
    assert result.auc == 0.0


def test_best_matches_gives_each_gold_its_best_recall() -> None:
    rows = best_matches(GOLD, PREDICTED)
    assert [(row[1], row[2]) for row in rows] == [
        (T("saw", "Ann", "Bob"), 1.0),
        (T("is", "Bob", "a cook"), 0.75),
        (T("ran", "Cal"), 1.0),
        (T("slept", "Dee"), 0.0),
    ]
    assert rows[1][3] == T("be", "Bob", "cook", confidence=0.5)
    assert rows[3][3] is None


# --- the fast sweep against a plain re-computation at every threshold ---------------


def naive_score(gold: dict[str, list[OieTuple]], predicted: dict[str, list[OieTuple]]):
    """Recompute everything at every threshold, greedy matching by repeated arg-max."""
    keyed = {sentence_key(s): p for s, p in predicted.items()}
    n_gold = sum(len(g) for g in gold.values())
    curve = []
    for t in sorted({p.confidence for ps in predicted.values() for p in ps}):
        p_sum = r_sum = 0.0
        kept_total = 0
        for sentence, golds in gold.items():
            kept = [p for p in keyed.get(sentence_key(sentence), []) if p.confidence >= t]
            kept_total += len(kept)
            scores = [[match(g, p) for p in kept] for g in golds]
            r_sum += sum(max((s[1] for s in row), default=0.0) for row in scores)
            rows_used: set[int] = set()
            cols_used: set[int] = set()
            for _ in range(min(len(golds), len(kept))):
                best = (-1.0, -1, -1)
                for i in range(len(golds)):
                    for j in range(len(kept)):
                        if i not in rows_used and j not in cols_used and scores[i][j][0] > best[0]:
                            best = (scores[i][j][0], i, j)
                rows_used.add(best[1])
                cols_used.add(best[2])
                p_sum += best[0]
        curve.append((t, p_sum / kept_total if kept_total else 1.0, r_sum / n_gold))
    return curve


def random_table(rng: random.Random) -> tuple[dict, dict]:
    words = ["a", "b", "c", "is", "be", "said", "the", "x"]

    def phrase() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(1, 3)))

    def tuple_(confidence: float) -> OieTuple:
        return OieTuple(phrase(), tuple(phrase() for _ in range(rng.randint(1, 3))), confidence)

    gold = {f"s{i} .": [tuple_(1.0) for _ in range(rng.randint(1, 4))] for i in range(5)}
    predicted = {
        f"s{i}": [tuple_(rng.choice([0.1, 0.3, 0.5, 0.8])) for _ in range(rng.randint(0, 5))]
        for i in range(7)
    }
    return gold, predicted


@pytest.mark.parametrize("seed", range(20))
def test_sweep_equals_recomputation_at_every_threshold(seed: int) -> None:
    gold, predicted = random_table(random.Random(seed))
    expected = naive_score(gold, predicted)
    curve = [(p.threshold, p.precision, p.recall) for p in score(gold, predicted).curve]
    assert len(curve) == len(expected)
    assert flat(curve) == pytest.approx(flat(expected))


def test_gold_scored_as_its_own_prediction_is_perfect() -> None:
    result = score(GOLD, GOLD)
    assert (result.f1, result.auc, result.precision, result.recall) == (1.0, 1.0, 1.0, 1.0)


# --- the runner's pure parts (no spaCy model needed) -----------------------------------


def test_runner_reads_the_first_sentences_and_only_their_gold(tmp_path: Path) -> None:
    (tmp_path / "dev.txt").write_text("Ann saw Bob .\nCal -LRB- 5 -RRB- ran .\n\nDee slept .\n")
    (tmp_path / "dev_gold.tsv").write_text(
        "Dee slept .\tslept\tDee\n"
        "Ann saw Bob .\tsaw\tAnn\tBob\n"
        "Cal ( 5 ) ran .\tran\tCal\n"
    )
    sentences, gold = carb.load_data(tmp_path, limit=2)
    assert sentences == ["Ann saw Bob .", "Cal -LRB- 5 -RRB- ran ."]
    assert gold == {"Ann saw Bob .": [T("saw", "Ann", "Bob")], "Cal ( 5 ) ran .": [T("ran", "Cal")]}


def test_runner_refuses_a_folder_without_the_data(tmp_path: Path) -> None:
    with pytest.raises(carb.BenchmarkError, match="--data"):
        carb.load_data(tmp_path, limit=None)


def test_runner_refuses_an_unknown_system(capsys: pytest.CaptureFixture[str]) -> None:
    assert carb.main(["--systems", "textacy,nosuch"]) == 2
    assert capsys.readouterr().err.startswith("error: unknown system(s) nosuch;")


def test_help_explains_the_systems_and_options() -> None:
    text = carb.build_parser().format_help()
    for word in ("newsgraph", "textacy", "--limit", "--dump", "--errors", "--model", "--data"):
        assert word in text


def test_extraction_becomes_subject_predicate_object_extras() -> None:
    def arg(text: str) -> Argument:
        return Argument(text, 0, len(text))

    full = Extraction("S", 0, 1, arg("the army"), "withdrew from", "withdraw from",
                      arg("the base"), extra=(arg("in May"), arg("near the river")),
                      confidence=0.7)
    assert carb.extraction_tuple(full) == T(
        "withdrew from", "the army", "the base", "in May", "near the river", confidence=0.7
    )
    no_object = Extraction("S", 0, 1, arg("prices"), "rose", "rise", None, extra=(arg("in May"),))
    assert carb.extraction_tuple(no_object) == T("rose", "prices", "in May", confidence=0.5)
    no_subject = Extraction("S", 0, 1, None, "was captured", "capture", arg("the town"))
    assert carb.extraction_tuple(no_subject) is None

    def patient_first(e: Extraction) -> list[str]:  # a surface order, as for a passive
        return [a.text for a in (e.object, e.subject, *e.extra) if a is not None]

    assert carb.extraction_tuple(no_subject, patient_first) == T("was captured", "the town",
                                                                 confidence=0.5)
    nothing = Extraction("S", 0, 1, None, "rained", "rain", None, extra=(arg("in May"),))
    assert carb.extraction_tuple(nothing, patient_first) is None


def test_dump_and_error_report() -> None:
    run = carb.SystemRun("toy", {"Ann saw Bob , a cook .": PREDICTED["Ann saw Bob, a cook."],
                                 "Dee slept .": []}, 0.0)
    out = io.StringIO()
    carb.write_dump(out, ["Ann saw Bob , a cook .", "Dee slept ."], run)
    lines = out.getvalue().splitlines()
    assert lines[0] == "Ann saw Bob , a cook .\t0.9\tAnn\tsaw\tBob"
    assert len(lines) == 3
    out = io.StringIO()
    carb.write_errors(out, GOLD, run, 2)
    report = out.getvalue()
    # the worst two: "Cal ran" and "Dee slept" have no prediction in this run
    assert "gold  R=0.00  Cal | ran" in report and "gold  R=0.00  Dee | slept" in report
    assert report.count("(no prediction for this sentence)") == 2
    assert report.count("Dee slept .") == 1


def test_table_has_one_aligned_row_per_system() -> None:
    result = score(GOLD, PREDICTED)
    table = carb.format_table([("a-long-system-name", result, 12.34), ("b", result, 5.0)])
    lines = table.splitlines()
    assert lines[0].split() == ["system", "F1", "AUC", "P", "R", "extr.", "sent/s"]
    assert lines[2].split() == ["a-long-system-name", "0.815", "0.688", "1.000", "0.688", "5",
                                "12.3"]
    assert len({len(line) for line in lines}) == 1
