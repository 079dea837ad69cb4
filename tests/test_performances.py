"""Whom a performer played, told as a noun (performances.py, rule "played-part").
Invented sentences parsed by the real model."""

from __future__ import annotations

import pytest

from newsgraph.extraction import RULES
from newsgraph.performances import PLAY, PLAYED_RULE, performances


def played(nlp, text: str) -> set[tuple[str, str]]:
    found = performances(nlp(text))
    assert all(e.rule == PLAYED_RULE and e.lemma == PLAY for e in found)
    return {(e.subject.text, e.object.text) for e in found if e.subject and e.object}


def test_the_rule_is_known():
    assert PLAYED_RULE in RULES


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Rees's role as Jack Kell in the film Dalton was a breakthrough.",
     ("Tom Rees", "Jack Kell")),
    # a name's possessive, without the "'s" the recognizer may take into the name
    ("Ann Lee's portrayal of Richard Marlow won praise.", ("Ann Lee", "Richard Marlow")),
])
def test_the_owner_of_a_part_plays_the_character(nlp, text, expected):
    assert expected in played(nlp, text)


@pytest.mark.parametrize("text", [
    # a part not yet played
    "Her upcoming role as Ann Kell was announced on Monday.",
    # a part that names no character
    "His role as mediator was praised.",
    "Her role as Secretary of State ended in May.",
    # no owner: whose part, the sentence does not say
    "The role as Jack Kell went to a newcomer.",
    # a pronoun's part: the resolver may give it to another name before it
    "Early in his career, Tom Rees acted in soap operas; his role as Jack Kell in the film "
    "Dalton was a breakthrough.",
])
def test_no_part_played(nlp, text):
    assert played(nlp, text) == set()
