"""Who asks whom (request_clauses.py, rule "request-clause"). Invented sentences parsed by
the real model."""

from __future__ import annotations

import pytest

from newsgraph.extraction import RULES
from newsgraph.request_clauses import REQUEST_RULE, request_clauses
from newsgraph.vocabulary import property_for


def asked(nlp, text: str) -> set[tuple[str, str, str]]:
    found = request_clauses(nlp(text))
    assert all(e.rule == REQUEST_RULE for e in found)
    return {(e.subject.text, property_for(e.lemma).label, e.object.text)
            for e in found if e.subject and e.object}


def test_the_rule_is_known():
    assert REQUEST_RULE in RULES


@pytest.mark.parametrize(("text", "expected"), [
    ("Governor Ann Lee requested that President Tom Kell declare a state of emergency.",
     {("Ann Lee", "calls on", "Tom Kell")}),
    ("Zembla demanded that Borduria withdraw its troops.",
     {("Zembla", "calls on", "Borduria")}),
    # "should", and a passive in the base form, ask as well
    ("Ann Lee urged that the Dalton Council should reconsider.",
     {("Ann Lee", "calls on", "the Dalton Council")}),
    ("Ann Lee asked that Zembla be excluded from the talks.",
     {("Ann Lee", "calls on", "Zembla")}),
    # "called for X to", and a thing demanded from someone named
    ("Ann Lee called for Zembla to withdraw its troops.", {("Ann Lee", "calls on", "Zembla")}),
    ("Ann Lee requested documents from the Dalton Council.",
     {("Ann Lee", "calls on", "the Dalton Council")}),
])
def test_the_named_subject_of_a_request_clause_is_called_on(nlp, text, expected):
    assert asked(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a clause that tells, not asks
    "Ann Lee said that Zembla had lied.",
    "Ann Lee asked whether Zembla would come.",
    # asked to refrain: the act is not what is called for
    "Ann Lee demanded that Zembla not interfere.",
    # no request made
    "Ann Lee did not ask that Zembla leave.",
    "Ann Lee may demand that Zembla leave.",
    # the one asked is no name
    "Ann Lee demanded that they leave.",
    "Ann Lee called for calm.",
    # a request received is none made
    "Ann Lee received a request from Zembla.",
])
def test_no_request_made_of_a_named_one(nlp, text):
    assert asked(nlp, text) == set()


def test_the_build_derives_requests_and_interviews(nlp):
    from newsgraph.analysis import DERIVED, analyse
    from newsgraph.models import Article
    from newsgraph.spoken_topics import INTERVIEW_RULE

    text = ("Governor Ann Lee requested that President Tom Kell declare a state of emergency. "
            "In an interview with the Dalton Times, Tom Kell said he would decide on Monday.")
    resolved = next(iter(analyse(nlp, [Article(id="a1", source="s#a1", text=text)])))
    rules = {relation.extraction.rule for relation in resolved.relations}
    assert {REQUEST_RULE, INTERVIEW_RULE} <= rules
    assert len(DERIVED) == len(set(DERIVED))
