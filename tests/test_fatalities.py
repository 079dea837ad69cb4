"""Whom an incident killed or hurt (fatalities.py, rule "incident-victims"). Invented
sentences parsed by the real model."""

from __future__ import annotations

import pytest

from newsgraph.analysis import analyse, mend_parse
from newsgraph.extraction import RULES, extract
from newsgraph.fatalities import INCIDENT_RULE, incident_victims
from newsgraph.models import Article


def victims(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = mend_parse(nlp(text))
    found = incident_victims(doc, extract(doc))
    assert all(e.rule == INCIDENT_RULE and not e.passive for e in found)
    return {(e.subject.text, e.lemma, e.object.text) for e in found if e.subject and e.object}


def test_the_rule_is_known():
    assert INCIDENT_RULE in RULES


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 16 people died in the explosion, officials said.",
     ("the explosion", "kill", "At least 16 people")),
    ("Ann Lee died in the crash on Monday.", ("the crash", "kill", "Ann Lee")),
    ("Three miners were killed in the blast at the Kelso pit.",
     ("the blast", "kill", "Three miners")),
    ("Two soldiers were wounded in the attack.", ("the attack", "wound", "Two soldiers")),
])
def test_an_incident_kills_or_hurts_who_suffered_in_it(nlp, text, expected):
    assert expected in victims(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The stampede resulted in at least 56 deaths.",
     ("The stampede", "kill", "at least 56 deaths")),
    ("The blast caused 200 injuries.", ("The blast", "injure", "200 injuries")),
    ("The crash led to the deaths of three people.", ("The crash", "kill", "three people")),
])
def test_counted_deaths_caused_are_people_killed(nlp, text, expected):
    assert expected in victims(nlp, text)


def test_deaths_not_counted_say_nothing(nlp):
    assert victims(nlp, "The policy caused deaths.") == set()


def test_a_count_of_deaths_is_a_node_of_people(nlp):
    text = "Stampede at Kelso stadium\n\nThe stampede resulted in at least 56 deaths."
    (resolved,) = analyse(nlp, [Article(id="a1", text=text, title="Stampede at Kelso")])
    labels = {e.key: e.label for e in resolved.entities}
    assert ("stampede", "kills", "at least 56 people") in {
        (labels[r.subject], r.property, labels[r.object]) for r in resolved.relations}


@pytest.mark.parametrize("text", [
    "Ann Lee died in Dalton in 2009.",  # a place
    "Ann Lee died in hospital on Monday.",  # a spot
    "Ann Lee died of cancer.",  # an illness
    "Ann Lee died after a long battle with cancer.",  # what came before, no cause
    "Ann Lee died in the protests.",  # someone killed her; the protest did not
    "Ann Lee was killed by the gunman in the attack.",  # the agent is said: extract's own
])
def test_no_incident_no_statement(nlp, text):
    assert victims(nlp, text) == set()


def test_the_incident_kills_the_counted_dead_in_the_graph(nlp):
    text = ("Blast at Kelso chemical plant\n\nAt least 16 people died in the blast at the Kelso "
            "chemical plant on Monday, the Marlow Fire Service said.")
    (resolved,) = analyse(nlp, [Article(id="a1", text=text, title="Blast at Kelso plant")])
    labels = {e.key: e.label for e in resolved.entities}
    assert ("blast", "kills", "at least 16 people") in {
        (labels[r.subject], r.property, labels[r.object]) for r in resolved.relations}
