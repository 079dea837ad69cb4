"""Who was given what (recipients.py, rule "recipient"). Invented sentences parsed by the
real model."""

from __future__ import annotations

import pytest

from newsgraph.extraction import RULES, extract
from newsgraph.recipients import RECEIVE, RECIPIENT_RULE, recipients


def received(nlp, text: str) -> set[tuple[str, str, bool]]:
    doc = nlp(text)
    found = recipients(doc, extract(doc))
    assert all(e.rule == RECIPIENT_RULE and e.lemma == RECEIVE and not e.passive
               for e in found)
    return {(e.subject.text, e.object.text, e.negated) for e in found if e.subject and e.object}


def test_the_rule_is_known():
    assert RECIPIENT_RULE in RULES


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Lee was awarded the Kelso Medal in 2004.", ("Ann Lee", "the Kelso Medal")),
    ("Tom Berg was granted asylum by Norway.", ("Tom Berg", "asylum")),
    ("The Marlow Trust was given a grant of five million dollars.",
     ("The Marlow Trust", "a grant of five million dollars")),
    # a conjoined passive borrows its subject
    ("Ann Lee wrote three novels, was awarded the Kelso Medal, and retired to Wales.",
     ("Ann Lee", "the Kelso Medal")),
])
def test_the_one_given_to_receives_the_thing_given(nlp, text, expected):
    assert (*expected, False) in received(nlp, text)


def test_a_refusal_stays_negated(nlp):
    assert received(nlp, "Tom Berg was not granted asylum.") == {("Tom Berg", "asylum", True)}


@pytest.mark.parametrize("text", [
    # nothing given as the verb's own object
    "Ann Lee was awarded for her work on malaria.",
    "Ann Lee was praised by the committee.",
    # an offer or a denial gives nothing
    "Tom Berg was offered a post in the cabinet.",
    "Tom Berg was denied entry to Norway.",
    # an active verb of giving says who gave, not a passive's receiver
    "The committee gave Ann Lee a medal.",
    # "the first to be awarded": which one is a guess
    "She became the first woman to be awarded the Kelso Medal.",
])
def test_nothing_received(nlp, text):
    assert received(nlp, text) == set()


def test_no_apposition_between_the_one_given_to_and_the_thing_given(nlp):
    doc = nlp("The committee awarded Ann Lee the Kelso Medal.")
    assert not [e for e in extract(doc) if e.lemma == "be"]


@pytest.mark.parametrize("text", [
    "The union requested that the workers be given a pay rise.",
    "Norway and Sweden should be given the freedom to decide.",
    "He served eight years before being granted clemency.",
])
def test_nothing_received_when_the_giving_is_asked_hedged_or_borrowed(nlp, text):
    assert received(nlp, text) == set()
