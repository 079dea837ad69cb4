"""The calibration model: the fit on toy sets, the committed model, the threshold rule."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import pytest

from newsgraph.assertion import article_context, features
from newsgraph.calibration import ENVIRONMENT, MODEL_FILE, Calibration, _load, calibration, fit
from newsgraph.errors import UsageError
from newsgraph.models import Argument, Article, Entity, Extraction, Relation, ResolvedArticle


def toy(seed: int = 7) -> tuple[list[dict[str, float]], list[float]]:
    """Statements right more often the higher their score, and less often when vague."""
    rng = random.Random(seed)
    rows, labels = [], []
    for _ in range(400):
        raw = rng.random()
        vague = float(rng.random() < 0.3)
        p = 1 / (1 + math.exp(-(4 * raw - 2 - 1.5 * vague)))
        rows.append({"bias": 1.0, "raw": raw, "vague": vague})
        labels.append(1.0 if rng.random() < p else 0.0)
    return rows, labels


def test_the_fit_is_monotone_in_a_feature_that_helps() -> None:
    rows, labels = toy()
    weights = fit(rows, labels)
    assert weights["raw"] > 0 > weights["vague"]
    model = Calibration(weights, threshold=0.5)
    scores = [model.probability({"bias": 1.0, "raw": r / 10}) for r in range(11)]
    assert scores == sorted(scores) and scores[0] < 0.3 < 0.7 < scores[-1]


def test_the_fit_is_deterministic_and_ignores_row_order() -> None:
    rows, labels = toy()
    first = fit(rows, labels)
    assert fit(rows, labels) == first
    order = list(range(len(rows)))
    random.Random(1).shuffle(order)
    shuffled = fit([rows[i] for i in order], [labels[i] for i in order])
    assert shuffled.keys() == first.keys()
    for name, weight in first.items():
        assert shuffled[name] == pytest.approx(weight, abs=1e-5)


def test_a_rare_feature_gets_no_weight() -> None:
    rows, labels = toy()
    rows[0] = {**rows[0], "seen once": 1.0}
    assert "seen once" not in fit(rows, labels, min_support=5)


def test_sample_weights_count() -> None:
    rows = [{"x": 1.0}, {"x": 1.0}, {"x": 0.0}, {"x": 0.0}]
    labels = [1.0, 0.0, 1.0, 0.0]
    even = fit(rows, labels, min_support=1)
    leaning = fit(rows, labels, [3.0, 1.0, 1.0, 1.0], min_support=1)
    assert abs(even["x"]) < 1e-6 < leaning["x"]


def test_fit_refuses_mismatched_input() -> None:
    with pytest.raises(ValueError):
        fit([{"x": 1.0}], [])
    with pytest.raises(ValueError):
        fit([], [])


def test_the_committed_model_is_sane_and_speaks_of_known_features() -> None:
    model = _load("")  # the packaged file, whatever the environment says
    assert 0.0 < model.threshold < 1.0
    assert model.weights and all(math.isfinite(w) for w in model.weights.values())
    sentence = "The Red Brigade attacked the convoy."
    e = Extraction(sentence, 0, len(sentence), Argument("The Red Brigade", 0, 15), "attacked",
                   "attack", Argument("the convoy", 25, 35), confidence=0.9)
    brigade = Entity("actor/red-brigade", "Red Brigade", "ArmedGroup")
    convoy = Entity("thing/a1/convoy", "convoy", "Thing", is_actor=False)
    relation = Relation(subject=brigade.key, property="attacks", property_label="attacks",
                        object=convoy.key, extraction=e)
    article = ResolvedArticle(Article("a1", sentence), (brigade, convoy), (relation,))
    made = features(e, brigade, convoy, context=article_context(article)[relation])
    # every weight names a feature of a kind features() makes (name, or name=value)
    kinds = {name.split("=")[0] for name in made} | {"rule", "property", "verb", "modality",
                                                      "family", "subject_class", "object_class",
                                                      "subject_via", "object_via", "subject",
                                                      "object", "ends_overlap"}
    assert {name.split("=")[0] for name in model.weights} <= kinds
    assert 0.0 < model.probability(made) < 1.0


def test_the_environment_names_another_model(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"weights": {"bias": 0.0}, "threshold": 0.25}), encoding="utf-8")
    monkeypatch.setenv(ENVIRONMENT, str(path))
    assert calibration().threshold == 0.25
    assert calibration().probability({"bias": 1.0}) == 0.5


@pytest.mark.parametrize("text", ["not json", '{"weights": {"bias": 1}}', '{"weights": 3, '
                                  '"threshold": 0.5}'])
def test_a_broken_model_file_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              text: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(ENVIRONMENT, str(path))
    with pytest.raises(UsageError, match=ENVIRONMENT):
        calibration()


def test_the_model_file_ships_in_the_package() -> None:
    from importlib import resources

    assert (resources.files("newsgraph") / MODEL_FILE).is_file()


@pytest.mark.parametrize(
    "judged, threshold",
    [
        # the lowest cut where the triples above are right 8 times in 10
        ([(0.9, "right"), (0.8, "right"), (0.7, "right"), (0.6, "right"), (0.5, "wrong"),
          (0.4, "wrong")], 0.5),
        ([(0.9, "wrong"), (0.2, "wrong")], 1.0),  # never: nothing is asserted
    ],
)
def test_the_threshold_rule(judged: list[tuple[float, str]], threshold: float) -> None:
    from precision import choose_threshold

    assert choose_threshold(judged, 0.8) == threshold


def test_the_threshold_rule_stops_at_a_long_run_of_errors() -> None:
    from precision import MIN_TAIL, choose_threshold

    # right above 0.9; then a long stretch of errors; then a lucky run low down
    judged = [(0.95, "right")] * 10 + [(0.5, "wrong")] * (MIN_TAIL * 2) + [(0.1, "right")] * 200
    assert choose_threshold(judged, 0.8) == 0.95


def test_the_cli_says_so_in_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsgraph.cli import main

    broken = tmp_path / "broken.json"
    broken.write_text("{}", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The Northern Alliance attacked the Valdoran army.\n", encoding="utf-8")
    monkeypatch.setenv(ENVIRONMENT, str(broken))
    assert main(["build", str(article), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1 and ENVIRONMENT in error
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_what_a_partly_verdict_counts_for_in_the_fit() -> None:
    from precision import Statement, Triple, fit_weights

    pairs, verdicts = [], {}
    for i in range(24):
        # a cue seen only on partly verdicts, in every article; a right or a wrong otherwise
        cue = float(i % 3 == 0)
        verdict = "partly" if cue else ("right" if i % 3 == 1 else "wrong")
        triple = Triple(f"article-{i % 4}", f"subject {i}", "attacks", "object")
        statement = Statement({"bias": 1.0, "cue": cue}, [], "A sentence.")
        triple.statements.append(statement)
        pairs.append((triple, statement))
        verdicts[triple.key] = verdict
    # counted as wrong, the cue marks a statement down; counted as right, up
    assert fit_weights(pairs, verdicts, partly=0.0)["cue"] < 0
    assert fit_weights(pairs, verdicts, partly=1.0)["cue"] > 0
    # counted half, like the rest on average (half right, half wrong): about no weight
    assert abs(fit_weights(pairs, verdicts, partly=0.5)["cue"]) < 1e-6


def test_a_partly_credit_outside_zero_to_one_is_a_usage_error() -> None:
    from precision import main

    with pytest.raises(SystemExit) as stopped:
        main(["--partly", "1.5"])
    assert stopped.value.code == 2


def test_a_reader_may_say_a_triple_holds_a_key_that_labels_miss(tmp_path: Path) -> None:
    from precision import Statement, Triple, collect, holds, match_candidates, with_matches

    key = {"article": "a1", "subject": ["Ann Lee"], "predicate": ["leads"],
           "object": ["League for the Rights of Man"], "text": "Lee heads the League."}
    cut = Triple("a1", "Ann Lee", "leads", "League", [Statement({}, [], "s")],
                 {"ann lee"}, {"league"}, {"leads", "affiliation"})
    other = Triple("a1", "Ann Lee", "visits", "Paris", [Statement({}, [], "s")],
                   {"ann lee"}, {"paris"}, {"visits"})
    assert not holds(key, cut)
    # the cut label shares a word with the key's object: a reader should look at it
    assert [t.object for _, t in match_candidates([cut, other], [key])] == ["League"]
    # a triple from the key's other end, both names whole, may say it too ("lost to");
    # one whose names are only near the key's swapped ends is no candidate
    told_back = Triple("a1", "League for the Rights of Man", "elects", "Ann Lee",
                       [Statement({}, [], "s")], {"league for the rights of man"},
                       {"ann lee"}, {"elects"})
    near_back = Triple("a1", "League", "elects", "Ann Lee", [Statement({}, [], "s")],
                       {"league"}, {"ann lee"}, {"elects"})
    assert [t.subject for _, t in match_candidates([told_back, near_back], [key])] == [
        "League for the Rights of Man"]
    readers = tmp_path / "judging" / "matches"
    readers.mkdir(parents=True)
    line = {"article": "a1", "key": key["text"], "subject": "Ann Lee", "predicate": "leads",
            "object": "League", "holds": True, "why": "cut label", "judge": "r"}
    (readers / "a1.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    matches = tmp_path / "key_matches.jsonl"
    import precision
    saved = (precision.POOL, precision.KEY_RELATIONS, precision.KEY_MATCHES)
    precision.POOL, precision.KEY_RELATIONS, precision.KEY_MATCHES = (
        tmp_path / "pool.jsonl", tmp_path / "keys.jsonl", matches)
    try:
        collect(tmp_path / "judging")
    finally:
        precision.POOL, precision.KEY_RELATIONS, precision.KEY_MATCHES = saved
    [held] = with_matches([key], matches)
    assert holds(held, cut) and not holds(held, other)
    # a pair already matched is no longer a candidate
    assert match_candidates([cut], [held]) == []


def test_the_held_out_report_fits_each_batch_on_the_earlier_articles_only() -> None:
    from precision import Analysis, Statement, Triple, held_out

    def triple(article: str, cue: float, name: str) -> Triple:
        return Triple(article, name, "leads", "League",
                      [Statement({"bias": 1.0, "cue": cue, "raw": 0.5}, [], "s", article)],
                      {name.casefold()}, {"league"}, {"leads"})

    # in the first batch the cue marks right triples; in the second it marks wrong ones
    early = [triple(f"a{i}", float(i % 2), f"N{i}") for i in range(12)]
    second = [triple(f"b{i}", float(i % 2), f"M{i}") for i in range(12)]
    last = [triple("z1", 1.0, "Z1"), triple("z1", 0.0, "Z2")]
    verdicts = {t.key: "right" if t.statements[0].features["cue"] else "wrong" for t in early}
    verdicts.update({t.key: "wrong" if t.statements[0].features["cue"] else "right"
                     for t in second + last})
    every = early + second + last
    analysis = Analysis(every, [s for t in every for s in t.statements])
    batches = [[f"a{i}" for i in range(12)], [f"b{i}" for i in range(12)], ["z1"]]
    result, rest, score = held_out(analysis, verdicts, batches, 0.5, [], partly=0.0)
    # only the later batches are reported
    assert result["all triples"]["triples"] == 14
    assert {t.article for t in rest.triples} == {f"b{i}" for i in range(12)} | {"z1"}
    # the second batch is scored by what the first taught: its cued triples pass, wrongly
    cued = [score[id(t.statements[0])] for t in second if t.statements[0].features["cue"]]
    assert min(cued) > 0.5
    # the last batch also learns from the second, where the cue said the opposite
    assert score[id(last[0].statements[0])] < min(cued)


def test_the_judged_batches_follow_the_rounds_of_the_draw() -> None:
    from precision import judged_batches, judged_first

    corpus = [{"id": f"a{i:03d}"} for i in range(285)]
    batches = judged_batches(corpus, 80, 140)
    assert [len(b) for b in batches] == [80, 20, 20, 20]
    assert set(batches[0]) | set(batches[1]) == set(judged_first(corpus, 100))
    assert len({i for b in batches for i in b}) == 140


def test_a_larger_draw_holds_every_smaller_one() -> None:
    from precision import draw

    rows = [{"id": f"a{i:03d}"} for i in range(285)]
    drawn = {n: {r["id"] for r in draw(rows, n)} for n in (40, 60, 80, 100, 120, 140, 285)}
    sizes = sorted(drawn)
    assert all(len(drawn[n]) == n for n in sizes)
    assert all(drawn[a] <= drawn[b] for a, b in zip(sizes, sizes[1:], strict=False))
    assert [r["id"] for r in draw(rows, 100)] == sorted(drawn[100])  # corpus order


def test_the_held_out_split_takes_the_first_articles_of_the_corpus_draw() -> None:
    from precision import draw, judged_first

    corpus = [{"id": f"a{i:03d}"} for i in range(285)]
    first = judged_first(corpus, 80)
    assert first == [r["id"] for r in draw(corpus, 80)]
    assert set(first) <= {r["id"] for r in draw(corpus, 140)}
    # a draw of the drawn rows would be other articles: the trap this function avoids
    assert set(first) != {r["id"] for r in draw(draw(corpus, 140), 80)}


def judged_files_in(monkeypatch: pytest.MonkeyPatch, folder: Path, *names: str) -> None:
    """Point precision.py's judged/ files of these names into `folder`, for one test."""
    import precision

    for name in names:
        monkeypatch.setattr(precision, name, folder / f"{name.lower()}.jsonl")


def test_second_opinions_are_collected_and_compared_with_the_pool(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import precision
    from precision import agreement, collect, pool_verdicts, read_jsonl

    def line(subject: str, verdict: str, judge: str) -> str:
        return json.dumps({"article": "a1", "subject": subject, "predicate": "leads",
                           "object": "League", "verdict": verdict, "why": "", "judge": judge})

    judging = tmp_path / "judging"
    (judging / "pool").mkdir(parents=True)
    (judging / "second").mkdir()
    (judging / "pool" / "a1.jsonl").write_text(
        "".join(line(s, v, "r1") + "\n" for s, v in
                (("Ann", "right"), ("Bo", "partly"), ("Cy", "wrong"), ("Di", "right"))),
        encoding="utf-8")
    # the second reader agrees on Ann and Cy, is stricter on Bo and Di; Ed is not in the pool
    (judging / "second" / "a1.jsonl").write_text(
        "".join(line(s, v, "r2") + "\n" for s, v in
                (("Ann", "right"), ("Bo", "wrong"), ("Cy", "wrong"), ("Di", "partly"),
                 ("Ed", "right"), ("Fay", "maybe"))),
        encoding="utf-8")
    judged_files_in(monkeypatch, tmp_path, "POOL", "KEY_RELATIONS", "KEY_MATCHES",
                    "SECOND_OPINIONS")
    collect(judging)
    pool, second = pool_verdicts(precision.POOL), read_jsonl(precision.SECOND_OPINIONS)
    assert len(second) == 5  # a line without a verdict of the three is dropped
    found = agreement(pool, second)
    assert found.count == 4  # Ed has no first verdict to compare with
    assert found.observed == 0.5
    assert found.pairs["partly", "wrong"] == 1 and found.pairs["right", "partly"] == 1
    # chance agreement: first right 2, partly 1, wrong 1; second right 1, partly 1, wrong 2
    chance = (2 * 1 + 1 * 1 + 1 * 2) / 16
    assert found.kappa == pytest.approx((0.5 - chance) / (1 - chance))
    assert found.precision(0) == (0.5, 0.75) and found.precision(1) == (0.25, 0.5)


@pytest.mark.parametrize(
    "scored, expected",
    [
        ([(0.9, True), (0.8, True), (0.3, False), (0.1, False)], 1.0),  # every good above
        ([(0.9, False), (0.8, False), (0.3, True), (0.1, True)], 0.0),  # every good below
        ([(0.5, True), (0.5, False)], 0.5),  # a tie counts half
        ([(0.9, True), (0.4, False), (0.3, True), (0.1, False)], 0.75),  # 3 of 4 pairs
        ([(0.9, True), (0.1, True)], 0.5),  # nothing bad to rank against
    ],
)
def test_the_auc_counts_good_above_bad_pairs(scored: list[tuple[float, bool]],
                                              expected: float) -> None:
    from precision import auc

    assert auc(scored) == pytest.approx(expected)
    assert auc(reversed(scored)) == pytest.approx(expected)  # the order given does not count


def test_the_dump_marks_only_gated_triples_over_the_threshold_as_asserted(
        tmp_path: Path) -> None:
    from precision import Analysis, Statement, Triple, dumped, write_jsonl

    sure = Statement({"bias": 1.0}, [], "Lee met Ruiz.", "a1")
    vague = Statement({"bias": 1.0}, ["VagueEnd"], "Lee met people.", "a1")
    doubtful = Statement({"bias": 1.0}, [], "Lee may have met Kell.", "a1")
    triples = [Triple("a1", "Lee", "meets with", "Ruiz", [sure]),
               Triple("a1", "Lee", "meets with", "people", [vague]),
               Triple("a1", "Lee", "meets with", "Kell", [doubtful])]
    score = {id(sure): 0.9, id(vague): 0.95, id(doubtful): 0.4}
    path = tmp_path / "dump.jsonl"
    write_jsonl(path, dumped(Analysis(triples, [sure, vague, doubtful]),
                             {("a1", "Lee", "meets with", "Ruiz"): "right"}, score, 0.7))
    lines = {line["object"]: line for line in map(json.loads, path.read_text().splitlines())}
    assert [lines[o]["asserted"] for o in ("Ruiz", "people", "Kell")] == [True, False, False]
    assert lines["people"]["held by"] == ["VagueEnd"]
    assert lines["people"]["confidence"] == 0.0  # no gated statement behind it
    assert (lines["Ruiz"]["verdict"], lines["Kell"]["verdict"]) == ("right", "")


def test_comparing_two_dumps_names_what_is_new_gone_or_flipped() -> None:
    from precision import compare

    def item(obj: str, asserted: bool, confidence: float = 0.8) -> dict:
        return {"article": "a1", "subject": "Lee", "predicate": "meets with", "object": obj,
                "asserted": asserted, "confidence": confidence, "verdict": ""}

    before = [item("Ruiz", True), item("Kell", False, 0.4), item("Vale", True)]
    after = [item("Ruiz", True, 0.9), item("Kell", True, 0.75), item("Oslo", False)]
    lines = compare(before, after)
    assert [line.split()[0] for line in lines] == ["NEW", "GONE", "FLIP"]
    assert lines[0].endswith("| Oslo") and lines[1].endswith("| Vale")
    assert "0.4000 -> 0.7500" in lines[2] and lines[2].split()[1] == "A"
    assert compare(after, after) == []  # a confidence that moves alone is no change


def test_wrong_triples_are_counted_by_the_kind_a_reader_gives(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from precision import (
        Analysis,
        Statement,
        Triple,
        collect,
        error_kinds,
        figures,
        write_kind_sheets,
    )

    def triple(subject: str, confidence: float) -> Triple:
        return Triple("a1", subject, "leads", "League",
                      [Statement({"bias": 1.0, "raw": confidence}, [], "s", "a1")],
                      {subject.casefold()}, {"league"}, {"leads"})

    wrong_actor, wrong_unread, right, low = (triple("Ann", 0.9), triple("Bo", 0.8),
                                             triple("Cy", 0.9), triple("Di", 0.1))
    every = [wrong_actor, wrong_unread, right, low]
    analysis = Analysis(every, [s for t in every for s in t.statements])
    verdicts = {wrong_actor.key: "wrong", wrong_unread.key: "wrong", right.key: "right",
                low.key: "wrong"}
    score = {id(t.statements[0]): t.statements[0].features["raw"] for t in every}
    judging = tmp_path / "judging"
    (judging / "kinds").mkdir(parents=True)
    lines = [{"article": "a1", "subject": "Ann", "predicate": "leads", "object": "League",
              "kind": "actor", "why": "'he' is Kell", "judge": "k1"},
             {"article": "a1", "subject": "Cy", "predicate": "leads", "object": "League",
              "kind": "wrongly", "why": "", "judge": "k1"}]  # no kind of the four: dropped
    (judging / "kinds" / "a1.jsonl").write_text(
        "".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    judged_files_in(monkeypatch, tmp_path, "POOL", "KEY_RELATIONS", "KEY_MATCHES",
                    "SECOND_OPINIONS", "ERROR_KINDS")
    collect(judging)
    kinds = error_kinds()
    result = figures(analysis, verdicts, score, 0.5, [])
    # only the asserted wrong triple no reader has classified is left on a sheet
    assert write_kind_sheets(tmp_path / "sheets", every, [], verdicts, score, 0.5) == 1
    assert kinds == {wrong_actor.key: "actor"}
    # asserted (at or above 0.5) and wrong: Ann (actor) and Bo (no kind read yet)
    assert result["wrong kinds"] == {"actor": 1, "unread": 1}
    sheet = (tmp_path / "sheets" / "a1.jsonl").read_text(encoding="utf-8")
    assert json.loads(sheet)["subject"] == "Bo" and json.loads(sheet)["kind"] == ""


def test_second_readings_of_key_matches_are_collected_and_compared(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import precision
    from precision import collect, match_agreement, read_jsonl

    def line(key: str, holds: object, judge: str) -> str:
        return json.dumps({"article": "a1", "key": key, "subject": "Ann", "predicate": "leads",
                           "object": "League", "holds": holds, "why": "", "judge": judge})

    judging = tmp_path / "judging"
    (judging / "matches").mkdir(parents=True)
    (judging / "matches_second").mkdir()
    (judging / "matches" / "a1.jsonl").write_text(
        "".join(line(k, h, "r1") + "\n" for k, h in (("k1", True), ("k2", False), ("k3", True))),
        encoding="utf-8")
    # the second reader agrees on k1, not on k3; k4 was never matched; k5 has no answer
    (judging / "matches_second" / "a1.jsonl").write_text(
        "".join(line(k, h, "r2") + "\n" for k, h in
                (("k1", True), ("k3", False), ("k4", True), ("k5", None))),
        encoding="utf-8")
    judged_files_in(monkeypatch, tmp_path, "POOL", "KEY_RELATIONS", "KEY_MATCHES",
                    "KEY_MATCHES_SECOND")
    collect(judging)
    first = read_jsonl(precision.KEY_MATCHES)
    second = read_jsonl(precision.KEY_MATCHES_SECOND)
    assert len(first) == 3 and len(second) == 3  # the line with no answer is dropped
    assert match_agreement(first, second) == (2, 1)  # k4 has no first answer


def test_each_missed_key_relation_is_told_why() -> None:
    from precision import (
        MISSED_BELOW,
        MISSED_GATED,
        MISSED_NO_NODE,
        MISSED_OTHER,
        MISSED_UNLINKED,
        Analysis,
        Statement,
        Triple,
        misses,
    )

    def triple(subject: str, predicate: str, obj: str, hard: list[str]) -> Triple:
        return Triple("a1", subject, predicate, obj, [Statement({"bias": 1.0}, hard, "s", "a1")],
                      {subject.casefold()}, {obj.casefold()}, {predicate})

    def key(subject: str, predicate: str, obj: str) -> dict:
        return {"article": "a1", "subject": [subject], "predicate": [predicate],
                "object": [obj], "text": f"{subject} {predicate} {obj}"}

    asserted = triple("Ann Lee", "leads", "Acme", [])
    low = triple("Tom Reed", "leads", "Acme", [])
    gated = triple("Sam Kell", "leads", "Acme", ["VagueEnd"])
    other = triple("Ann Lee", "praises", "Zeta", [])
    analysis = Analysis([asserted, low, gated, other],
                        [s for t in (asserted, low, gated, other) for s in t.statements],
                        {"a1": {"ann lee", "tom reed", "sam kell", "acme", "zeta", "mia"}})
    score = {id(asserted.statements[0]): 0.9, id(low.statements[0]): 0.2,
             id(gated.statements[0]): 0.9, id(other.statements[0]): 0.9}
    keys = [key("Ann Lee", "leads", "Acme"), key("Tom Reed", "leads", "Acme"),
            key("Sam Kell", "leads", "Acme"), key("Zeta", "supports", "Ann Lee"),
            key("Mia", "leads", "Acme"), key("Ann Lee", "leads", "Ohio")]
    assert misses(analysis, keys, score, 0.5) == {
        MISSED_BELOW: 1, f"{MISSED_GATED} (VagueEnd)": 1, MISSED_OTHER: 1,
        MISSED_UNLINKED: 1, MISSED_NO_NODE: 1}


def test_a_short_name_is_near_a_label_that_holds_it() -> None:
    from precision import near

    assert near(["G7"], {"g7 action"}) == 1  # a name of two characters is a word too
    assert near(["EU"], {"eu"}) == 2
    assert near(["Bank of England"], {"acme of leeds"}) == 0  # a function word is not
