"""Who works with whom (collaborations.py, rule "joint-work"). Invented sentences parsed by
the real model."""

from __future__ import annotations

import pytest

from newsgraph.collaborations import COOPERATE, JOINT_RULE, collaborations
from newsgraph.extraction import RULES, extract
from newsgraph.vocabulary import property_for


def partners(nlp, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    found = collaborations(doc, extract(doc))
    assert all(e.rule == JOINT_RULE and e.lemma == COOPERATE for e in found)
    return {(e.subject.text, e.object.text) for e in found if e.subject and e.object}


def test_the_rule_is_known_and_its_property_is_cooperation():
    assert JOINT_RULE in RULES
    assert property_for(COOPERATE).label == "cooperates with"


@pytest.mark.parametrize(("text", "expected"), [
    ("Scientists from Harvard University and the Mayo Clinic reported that the drug works.",
     {("Harvard University", "the Mayo Clinic")}),
    ("In findings published on Monday, researchers from Eastport University and Stanford "
     "University reported a new method.", {("Eastport University", "Stanford University")}),
    # the parser hangs "and Stanford University" on "from" as a second object (Leeds), or
    # on the last word of the first name (Kelso)
    ("In findings published Wednesday in Environmental Science and Technology, researchers "
     "from the University of Leeds and Stanford University reported that deaths fell.",
     {("the University of Leeds", "Stanford University")}),
    ("In findings published Wednesday in Environmental Science and Technology, researchers "
     "from the University of Kelso and Stanford University reported that deaths fell.",
     {("the University of Kelso", "Stanford University")}),
    ("The police are working in cooperation with the school and Kelso County Council.",
     {("The police", "Kelso County Council")}),
    ("Corals live in symbiotic partnership with algae.", {("Corals", "algae")}),
])
def test_a_joint_team_or_a_partnership_is_cooperation(nlp, text, expected):
    assert partners(nlp, text) >= expected


@pytest.mark.parametrize("text", [
    # people from two bodies who only did something side by side, or one body
    "Protesters from Harvard University and the Mayo Clinic marched on Monday.",
    "Scientists from Harvard University reported that the drug works.",
    # one body whose name has an "and" in it
    "Researchers from the London School of Hygiene and Tropical Medicine reported a new method.",
    # not done, or not together
    "The police are not working in cooperation with Kelso County Council.",
    "The police could work in cooperation with Kelso County Council.",
    "The minister released a statement in conjunction with a visit to Kelso.",
])
def test_no_cooperation_where_the_text_says_none(nlp, text):
    assert partners(nlp, text) == set()
