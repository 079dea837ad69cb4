"""The matching rules of benchmarks/merges.py, on hand-made lines and nodes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from merges import collect, disputed, form, judge, nodes_of, second_agreement, second_answers

from newsgraph.models import Entity


@pytest.mark.parametrize(
    "text, compared",
    [
        ("The Vale Party", "vale party"),
        ("the  Vale   Party's", "vale party"),
        ("Ana Ruiz’s", "ana ruiz"),
        ("Theodore Vale", "theodore vale"),  # "The" only as a whole word
        ("Vale", "vale"),
    ],
)
def test_a_form_is_compared_without_case_article_or_possessive(text: str, compared: str) -> None:
    assert form(text) == compared


NODES = {"a1": nodes_of([
    Entity("actor/ana-ruiz", "Ana Ruiz", "Person", alt_labels=("Ruiz",)),
    Entity("actor/vale-party", "Vale Party", "Organization", alt_labels=("VP",)),
    Entity("actor/vale", "Vale", "Organization"),
    Entity("place/vale", "Vale", "Place"),
    Entity("actor/tom-ruiz", "Tom Ruiz", "Person"),
])}


def same(*forms: str) -> dict:
    return {"article": "a1", "same": list(forms), "text": ""}


def different(a: str, b: str) -> dict:
    return {"article": "a1", "different": [a, b], "text": ""}


def test_a_group_holds_when_one_node_carries_every_form_found() -> None:
    report = judge([same("Ana Ruiz", "Ruiz", "Ruiz's"), same("the Vale Party", "VP")], NODES)
    assert len(report.held) == 2 and not report.split and not report.not_found


def test_a_group_is_split_when_no_node_carries_all_its_forms() -> None:
    report = judge([same("Vale Party", "Vale")], NODES)
    assert not report.held
    [(item, found)] = report.split
    assert found == {"Vale Party": ["actor/vale-party"], "Vale": ["actor/vale", "place/vale"]}


def test_forms_found_nowhere_are_listed_apart_and_do_not_count_as_split() -> None:
    report = judge([same("Ana Ruiz", "Ruiz", "Senator Ana Ruiz"), same("Ruiz", "Dr Ruiz")],
                   NODES)
    assert len(report.held) == 1  # the two forms found are on one node
    assert [missing for _, missing in report.not_found] == [["Senator Ana Ruiz"], ["Dr Ruiz"]]
    assert len(report.unmeasured) == 1 and not report.split  # one form found: not measured


def test_different_actors_on_one_node_are_listed() -> None:
    report = judge([different("Ana Ruiz", "Ruiz"), different("Ana Ruiz", "Tom Ruiz"),
                    different("Ana Ruiz", "Nobody")], NODES)
    assert [keys for _, keys in report.shared] == [["actor/ana-ruiz"]]
    assert len(report.apart) == 1 and len(report.pairs_unmeasured) == 1


def test_lines_of_another_article_find_nothing() -> None:
    report = judge([{"article": "a2", "same": ["Ana Ruiz", "Ruiz"], "text": ""}], NODES)
    assert not report.held and len(report.unmeasured) == 1


def test_collect_grows_keeps_the_first_line_of_a_key_and_drops_bad_lines(
        tmp_path: Path) -> None:
    target = tmp_path / "merges.jsonl"
    target.write_text(json.dumps(same("Ana Ruiz", "Ruiz") | {"text": "first"}) + "\n")
    folder = tmp_path / "readers" / "merges"
    folder.mkdir(parents=True)
    lines = [same("Ruiz", "ana ruiz") | {"text": "again"},  # the same key, other order
             different("Vale", "Vale Party"), different("Vale Party", "Vale"),
             {"article": "a1", "same": ["only one"]}, {"article": "a1", "text": "no forms"}]
    (folder / "a1.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert collect(tmp_path / "readers", target) == 2
    kept = [json.loads(line) for line in target.read_text().splitlines()]
    assert {item["text"] for item in kept} == {"first", ""}
    assert collect(tmp_path / "readers", target) == 2  # a second run adds nothing


def test_a_second_readers_answers_mark_a_disputed_group_and_count_agreement() -> None:
    answers = second_answers([
        {"article": "a1", "first": "Vale", "second": "the Vale Party", "answer": "different"},
        {"article": "a1", "first": "Ana Ruiz", "second": "Ruiz's", "answer": "same"},
        {"article": "a1", "first": "Ana Ruiz", "second": "Tom Ruiz", "answer": "same"},
    ])
    assert disputed(same("Vale Party", "Vale"), answers)
    assert not disputed(same("Ana Ruiz", "Ruiz"), answers)
    lines = [same("Ana Ruiz", "Ruiz"), same("Vale Party", "Vale"),
             different("Ana Ruiz", "Tom Ruiz")]
    assert second_agreement(lines, answers) == (3, 1)  # only "Ruiz" answered alike


def test_where_several_readers_answered_a_pair_most_of_them_decide() -> None:
    def answer(first: str, second: str, said: str) -> dict:
        return {"article": "a1", "first": first, "second": second, "answer": said}

    answers = second_answers([
        answer("Vale", "Vale Party", "different"), answer("Vale Party", "Vale", "different"),
        answer("Vale", "the Vale Party", "same"),
        answer("Ana Ruiz", "Ruiz", "same"), answer("Ruiz", "Ana Ruiz", "different"),
        answer("Tom Ruiz", "Ruiz", "unsure"), answer("Tom Ruiz", "Ruiz", "same"),
    ])
    assert answers[("a1", frozenset({"vale", "vale party"}))] == "different"
    assert answers[("a1", frozenset({"ana ruiz", "ruiz"}))] == "unsure"  # a tie
    assert answers[("a1", frozenset({"tom ruiz", "ruiz"}))] == "same"  # unsure is no vote
    assert disputed(same("Vale Party", "Vale"), answers)
    assert not disputed(same("Ana Ruiz", "Ruiz"), answers)
