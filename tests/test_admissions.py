"""Where someone was elected, appointed, inducted or taught (admissions.py, rule
"admitted-to"). Invented sentences parsed by the real model."""

from __future__ import annotations

import pytest

from newsgraph.admissions import ADMISSION_RULE, admissions
from newsgraph.extraction import RULES, extract


def admitted(nlp, text: str) -> set[tuple[str, str, str, bool, str]]:
    doc = nlp(text)
    found = admissions(doc, extract(doc))
    assert all(e.rule == ADMISSION_RULE and not e.passive for e in found)
    return {(e.subject.text, e.lemma, e.object.text, e.negated, e.modality) for e in found
            if e.subject and e.object}


def test_the_rule_is_known():
    assert ADMISSION_RULE in RULES


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Lee was elected to the Kelso Council in 2010.",
     ("Ann Lee", "elected to", "the Kelso Council")),
    ("Tom Rees was appointed to the Marlow Supreme Court in 2004.",
     ("Tom Rees", "appointed to", "the Marlow Supreme Court")),
    # a relative clause's noun, and a conjoined passive's borrowed subject
    ("Ann Lee, who was educated at Kelso College, spoke on Monday.",
     ("Ann Lee", "study at", "Kelso College")),
    ("The band recorded six albums and was inducted into the Marlow Hall of Fame.",
     ("The band", "inducted into", "the Marlow Hall of Fame")),
    # the active voice: the one elected, appointed or confirmed is the verb's object
    ("Voters elected Tom Rees to the Kelso Council in 2010.",
     ("Tom Rees", "elected to", "the Kelso Council")),
    ("The Senate confirmed Ann Lee to the Kelso Supreme Court.",
     ("Ann Lee", "appointed to", "the Kelso Supreme Court")),
    # a nomination for a named prize or body
    ("Ann Lee was nominated for the Kelso Prize.", ("Ann Lee", "nominated for", "the Kelso Prize")),
    ("The party nominated Ann Lee for the Kelso Senate.",
     ("Ann Lee", "nominated for", "the Kelso Senate")),
    # what was studied is no obstacle, wherever the parser hangs the college
    ("Tom Rees studied law at Kelso University.", ("Tom Rees", "study at", "Kelso University")),
])
def test_the_one_admitted_takes_the_body(nlp, text, expected):
    assert (*expected, False, "") in admitted(nlp, text)


def test_negation_and_modality_stay_for_the_gate(nlp):
    assert admitted(nlp, "Tom Rees was not elected to the Kelso Council.") == {
        ("Tom Rees", "elected to", "the Kelso Council", True, "")}
    assert admitted(nlp, "The king did not appoint Ann Lee to the Marlow Board.") == {
        ("Ann Lee", "appointed to", "the Marlow Board", True, "")}
    [(*_, modality)] = admitted(nlp, "Tom Rees hopes to be elected to the Kelso Council.")
    assert modality not in ("", "reported")


@pytest.mark.parametrize("text", [
    # no body named: a post, a term
    "Ann Lee was elected to the post in 2005.",
    "Ann Lee was appointed to the position by the king.",
    "Ann Lee was nominated for president.",  # a post, no named body
    # an agent says who acted: the verb's own statement holds it
    "Ann Lee was appointed to the Kelso Council by the governor.",
    # a time, not a body
    "Ann Lee was elected in 2005.",
    # studying somewhere that is no body's name
    "Ann Lee studied law at night.",
    # "studies at Kelso University" is the verb's own statement already
    "Ann Lee studies at Kelso University.",
    # a thing confirmed to someone is news told, nobody's post
    "The ministry confirmed the deaths to the Kelso Times.",
])
def test_nothing_admitted(nlp, text):
    assert admitted(nlp, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # a body within a named one, passive and active
    ("Tom Kell was appointed to the board of Microsoft.",
     ("Tom Kell", "appointed to", "the board of Microsoft", False, "")),
    ("Shareholders elected Tom Kell to the board of Microsoft.",
     ("Tom Kell", "elected to", "the board of Microsoft", False, "")),
])
def test_a_body_within_a_named_one_is_where_one_sits(nlp, text, expected):
    assert expected in admitted(nlp, text)


def test_a_board_of_no_named_body_is_no_body(nlp):
    assert admitted(nlp, "Tom Kell was appointed to the board.") == set()
