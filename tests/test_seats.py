"""Seats won, held, lost, sought and filled (seats.py, rule "seat"). Invented sentences
parsed by the real model."""

from __future__ import annotations

import pytest

from newsgraph.extraction import RULES, extract
from newsgraph.seats import SEAT_RULE, seats


def seated(nlp, text: str) -> set[tuple[str, str, str, bool, str]]:
    doc = nlp(text)
    found = seats(doc, extract(doc))
    assert all(e.rule == SEAT_RULE for e in found)
    return {(e.subject.text, e.lemma, e.object.text, e.negated, e.modality) for e in found
            if e.subject and e.object}


def test_the_rule_is_known():
    assert SEAT_RULE in RULES


@pytest.mark.parametrize(("text", "expected"), [
    # the body after "in" or "on", whatever was done with the seat
    ("In 1998, Ann Lee successfully ran for a seat in the Kelso Senate.",
     ("Ann Lee", "run for", "the Kelso Senate")),
    ("Ann Lee won a seat on the Kelso City Council in 2010.",
     ("Ann Lee", "win seat in", "the Kelso City Council")),
    ("The Liberals won 150 seats in the House of Commons.",
     ("The Liberals", "win seat in", "the House of Commons")),
    # the body named before the seat
    ("Ann Lee won a Senate seat in 2010.", ("Ann Lee", "win seat in", "Senate")),
    # the seat is a place: the constituency, whatever the recognizer tagged it
    ("Ann Lee lost her seat of Dunbartonshire East.",
     ("Ann Lee", "lose", "Dunbartonshire East")),
    ("The Kelso Party won the seat of Dunmore East at the last election.",
     ("The Kelso Party", "win", "Dunmore East")),
    # a person's seat taken: its holder succeeded
    ("In 2009 Ann Lee was appointed to fill Tom Kell's Senate seat.",
     ("Ann Lee", "succeed", "Tom Kell")),
])
def test_the_seat_gives_its_body_place_or_holder(nlp, text, expected):
    assert (*expected, False, "") in seated(nlp, text)


def test_negation_and_modality_stay_for_the_gate(nlp):
    assert seated(nlp, "Ann Lee did not win a seat on the Kelso City Council.") == {
        ("Ann Lee", "win seat in", "the Kelso City Council", True, "")}
    [(*_, modality)] = seated(nlp, "Ann Lee hopes to win a seat on the Kelso City Council.")
    assert modality not in ("", "reported")
    # a seat to be filled is filled by no one yet: nothing, or nothing factual
    found = seated(nlp, "The race to fill a seat on the Kelso Supreme Court was close.")
    assert all(modality not in ("", "reported") for *_, modality in found)


@pytest.mark.parametrize("text", [
    # no body named, or a seat that is no place in a body
    "Ann Lee won a seat at the table.",
    "Ann Lee lost her seat on the board.",
    "Ann Lee took her seat on the Kelso Express.",
    "In 1870 the town of Kelso won the county seat of Marlow County.",
    # a seat in a place is a constituency in it, no body
    "Ann Lee won a seat in Texas.",
    # a verb that does nothing to a seat's body
    "Ann Lee cleaned a seat in the Kelso Senate.",
    # a gerund's statement may lose the "not" before it
    "The Kelso Party has not ever been successful in winning a seat in the Kelso Senate.",
    # a body's seat, or one held by no one named, succeeds no one
    "Ann Lee filled the party's seat.",
])
def test_nothing_seated(nlp, text):
    assert seated(nlp, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # a place represented in a chamber: a seat there, over when told in the past
    ("Ann Lee had previously represented Kelso County in the Marlow Assembly.",
     ("Ann Lee", "be former member of", "the Marlow Assembly", False, "former")),
    ("Ann Lee represents Kelso County in the Marlow Assembly.",
     ("Ann Lee", "be member of", "the Marlow Assembly", False, "")),
])
def test_a_place_represented_in_a_chamber_is_a_seat_in_it(nlp, text, expected):
    assert seated(nlp, text) == {expected}


@pytest.mark.parametrize("text", [
    "Tom Kell represented Kenya in the Commonwealth Games.",  # no chamber
    "Ann Lee represented Kelso County in the High Court.",  # a client in a court
    "Ann Lee represented the Kelso Party in the Marlow Assembly.",  # no place
])
def test_representing_without_a_place_in_a_chamber_is_no_seat(nlp, text):
    assert seated(nlp, text) == set()
