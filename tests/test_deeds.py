"""An attempt, a threat, an agreement, a promise, an offer or a refusal as a deed of its own
(deeds.py, rule "control-deed"). Invented sentences parsed by the real model."""

from __future__ import annotations

import pytest

from newsgraph.deeds import DEED_RULE, deeds
from newsgraph.extraction import RULES, extract


def deeds_of(nlp, text: str) -> set[tuple[str, str, str, bool, str]]:
    doc = nlp(text)
    found = deeds(doc, extract(doc))
    assert all(e.rule == DEED_RULE and not e.passive for e in found)
    return {(e.subject.text, e.lemma, e.object.text, e.negated, e.modality) for e in found
            if e.subject and e.object}


def test_the_rule_is_known():
    assert DEED_RULE in RULES


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters tried to storm the Kelso parliament on Monday.",
     ("Protesters", "try to storm", "the Kelso parliament")),
    ("Russia threatened to attack Ukraine.", ("Russia", "threaten to attack", "Ukraine")),
    ("Acme Corp has agreed to buy its rival Zenith Ltd for $2bn.",
     ("Acme Corp", "agree to buy", "its rival Zenith Ltd")),
    ("The minister refused to meet the union leaders.",
     ("The minister", "refuse to meet", "the union leaders")),
    ("Ann Lee vowed to appeal the verdict.", ("Ann Lee", "vow to appeal", "the verdict")),
    ("Tom Rees offered to pay the fines.", ("Tom Rees", "offer to pay", "the fines")),
    # a predicate with its preposition keeps it
    ("The council attempted to withdraw from the Marlow treaty.",
     ("The council", "attempt to withdraw from", "the Marlow treaty")),
])
def test_the_deed_is_told_as_done(nlp, text, expected):
    assert (*expected, False, "") in deeds_of(nlp, text)


def test_the_act_itself_stays_not_done(nlp):
    doc = nlp("Russia threatened to attack Ukraine.")
    attack = [e for e in extract(doc) if e.lemma == "attack"]
    assert attack and all(e.modality == "threatened" for e in attack)


def test_a_refusal_negates_the_act_but_not_the_refusal(nlp):
    doc = nlp("The minister refused to meet the union leaders.")
    made = extract(doc)
    assert any(e.lemma == "meet" and e.negated for e in made)
    assert all(not e.negated for e in deeds(doc, made))


@pytest.mark.parametrize(("text", "negated", "modality"), [
    ("Russia did not threaten to attack Ukraine.", True, ""),
    ("Russia may try to seize the town of Kelso.", False, "possible"),
    ("If Acme Corp agrees to buy Zenith Ltd, its shares will rise.", False, "conditional"),
])
def test_the_words_around_the_control_verb_tell_the_deed(nlp, text, negated, modality):
    found = deeds_of(nlp, text)
    assert found and all(n == negated and m == modality for *_, n, m in found)


@pytest.mark.parametrize("text", [
    "Ann Lee tried not to hurt Tom Rees.",  # the trying is of something else
    "Acme Corp wanted to buy Zenith Ltd.",  # a wish is no deed
    "Acme Corp planned to buy Zenith Ltd.",  # nor a plan
    "Acme Corp failed to pay its suppliers.",  # nor a miss
    "Ann Lee tried to be elected to the council.",  # a passive act
    "Acme Corp bought Zenith Ltd.",  # no control verb at all
])
def test_no_deed(nlp, text):
    assert deeds_of(nlp, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's threat to attack Ukraine alarmed Europe.",
     ("Russia", "threaten to attack", "Ukraine", False, "")),
    ("Acme Corp's offer to buy Zenith Ltd was rejected.",
     ("Acme Corp", "offer to buy", "Zenith Ltd", False, "")),
    ("The rebels made an attempt to seize the Kelso airport.",
     ("The rebels", "attempt to seize", "the Kelso airport", False, "")),
    ("The rebels did not make an attempt to seize the Kelso airport.",
     ("The rebels", "attempt to seize", "the Kelso airport", True, "")),
])
def test_a_deed_told_by_its_noun(nlp, text, expected):
    assert expected in deeds_of(nlp, text)


@pytest.mark.parametrize("text", [
    "An attempt to seize the Kelso airport failed.",  # nobody's
    "The rebels planned an attempt to seize the Kelso airport.",  # a plan, no maker
    "Russia's threat to Ukraine alarmed Europe.",  # no act after "to"
])
def test_no_deed_told_by_a_noun(nlp, text):
    assert deeds_of(nlp, text) == set()
