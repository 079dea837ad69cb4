"""Where an actor died or was taken (whereabouts.py, rules "death-place" and "moved-to").
Invented sentences parsed by the real model."""

from __future__ import annotations

import pytest

from newsgraph.extraction import RULES, extract
from newsgraph.whereabouts import (
    CARE_RULE,
    COURT_RULE,
    DEATH_RULE,
    DIE_IN,
    INCIDENT_PLACE_RULE,
    MOVED_RULE,
    whereabouts,
)


def derived(nlp, text: str) -> set[tuple[str, str, str, bool, str]]:
    doc = nlp(text)
    found = whereabouts(doc, extract(doc))
    assert all(e.rule in (DEATH_RULE, MOVED_RULE, COURT_RULE, CARE_RULE, INCIDENT_PLACE_RULE)
               and not e.passive for e in found)
    return {(e.subject.text, e.lemma, e.object.text, e.negated, e.modality)
            for e in found if e.subject and e.object}


def test_the_rules_are_known():
    assert DEATH_RULE in RULES and MOVED_RULE in RULES and COURT_RULE in RULES and \
        CARE_RULE in RULES and INCIDENT_PLACE_RULE in RULES


@pytest.mark.parametrize(("text", "expected"), [
    # what one died of, and where
    ("Ann Lee died of pneumonia in Lisbon.", ("Ann Lee", "Lisbon")),
    ("He was 90 and died of cancer in Dalton, Ohio.", ("He", "Dalton")),
    # an unnamed spot, the named place in a phrase of its own
    ("Tom Rees died at home in Chicago.", ("Tom Rees", "Chicago")),
    # a named building in a named place
    ("Ann Lee died of cancer at Mercy Hospital in Lisbon.", ("Ann Lee", "Lisbon")),
    # an age the parser takes for the object holds the place phrase
    ("On Tuesday, Tom Rees, the former mayor, died aged 91 in a military hospital in Cairo.",
     ("Tom Rees", "Cairo")),
    # an unnamed spot its own predicate names, with the town before it
    ("Ann Lee died in a Dalton hospital on Monday.", ("Ann Lee", "Dalton")),
    ("Tom Rees died at a New York clinic.", ("Tom Rees", "New York")),
])
def test_one_who_died_of_or_at_something_in_a_named_place_died_there(nlp, text, expected):
    subject, place = expected
    assert (subject, DIE_IN, place, False, "") in derived(nlp, text)


@pytest.mark.parametrize("text", [
    # placed by the predicate already: one statement is enough
    "Ann Lee died in Lisbon on Monday.",
    # no named place
    "Ann Lee died of cancer in her sleep.",
    # a country's dead are its people: no death of the country
    "France died of hunger in Flanders.",
    # a people's word names no place
    "Ann Lee died in a Ruritanian hospital.",
])
def test_no_second_or_unnamed_or_placeless_death(nlp, text):
    assert not derived(nlp, text)


def test_a_denied_death_in_a_place_stays_denied(nlp):
    assert derived(nlp, "Ann Lee did not die of cancer in Lisbon.") == {
        ("Ann Lee", DIE_IN, "Lisbon", True, "")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Rees was airlifted from Omsk to Berlin, Germany.",
     ("Tom Rees", "be airlifted to", "Berlin")),
    ("Ann Lee was admitted to Mercy Hospital as a precaution.",
     ("Ann Lee", "be admitted to", "Mercy Hospital")),
    ("The minister was flown to a hospital in Oslo.", ("The minister", "be flown to", "Oslo")),
    ("Tom Rees was flown to Madrid by the army.", ("Tom Rees", "be flown to", "Madrid")),
    # the parser hangs "to" on the "from" phrase
    ("Ann Lee was evacuated on Monday from the capital, Kelso, to a hospital in Madrid.",
     ("Ann Lee", "be evacuated to", "Madrid")),
    # the town named before the spot
    ("Tom Rees was rushed to a Los Angeles hospital.", ("Tom Rees", "be rushed to", "Los Angeles")),
])
def test_one_carried_to_a_named_place_went_there(nlp, text, expected):
    assert (*expected, False, "") in derived(nlp, text)


@pytest.mark.parametrize("text", [
    # a body's name: membership, no move
    "Ann Lee was admitted to the Marlow Academy in 1992.",
    # no named place
    "Tom Rees was taken to hospital.",
    # an active verb: the clause says it already
    "Tom Rees flew to Madrid.",
    # nobody named or pointed to
    "Two men were flown to Madrid.",
])
def test_no_move_without_a_place_carried_to(nlp, text):
    assert not derived(nlp, text)


def test_a_move_planned_or_denied_keeps_its_frame(nlp):
    assert derived(nlp, "Ann Lee was not flown to Madrid.") == {
        ("Ann Lee", "be flown to", "Madrid", True, "")}
    assert all(d[4] for d in derived(nlp, "Ann Lee will be flown to Madrid."))


@pytest.mark.parametrize(("text", "expected"), [
    # the parser hangs the court on the charge: the plea was made there
    ("Tom Rees pleaded guilty to each charge at the Kelso Crown Court.",
     ("Tom Rees", "plead guilty at", "the Kelso Crown Court", False)),
    ("Tom Rees pleaded not guilty to fraud at Kelso Crown Court on Monday.",
     ("Tom Rees", "plead not guilty at", "Kelso Crown Court", False)),
    # a passive: the one sentenced was at the court
    ("Ann Lee was sentenced at Dalton Crown Court to six years.",
     ("Ann Lee", "be sentenced at", "Dalton Crown Court", False)),
])
def test_a_defendant_was_at_the_court_named(nlp, text, expected):
    assert (*expected, "") in derived(nlp, text)


@pytest.mark.parametrize("text", [
    # no court named
    "Tom Rees pleaded guilty to fraud at the hearing.",
    # the one tried is described by the phrase, no trial there
    "The guard at Kelso Crown Court was charged with theft.",
    # a defendant neither named nor pointed to
    "A former aide to the mayor was sentenced in Kelso Crown Court on Monday.",
])
def test_no_court_without_a_named_court_of_the_trial(nlp, text):
    assert not {d for d in derived(nlp, text) if d[1].endswith((" at", " in", " before"))}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Lee was hospitalized in Dalton for two months.",
     ("Ann Lee", "be hospitalized in", "Dalton")),
    # a relative clause on the patient
    ("Officials visited Tom Rees, who was being treated at the Mercy Hospital.",
     ("Tom Rees", "be treated at", "the Mercy Hospital")),
    ("Ann Lee, a director of the Marlow Audit Office, who was cared for at the Mercy "
     "Hospital, died on Sunday.", ("Ann Lee", "be cared for at", "the Mercy Hospital")),
    # a described patient named beside the description
    ("As of Tuesday, his widow, Ann, was being treated in Dalton.",
     ("Ann", "be treated in", "Dalton")),
    # an unnamed hospital in a named place: treated in the place
    ("Tom Rees was treated at a hospital in Dalton.", ("Tom Rees", "be treated in", "Dalton")),
    # the parser hangs the hospital on the ailment
    ("Ann Lee was treated for burns at Mercy Hospital in Dalton.",
     ("Ann Lee", "be treated at", "Mercy Hospital")),
])
def test_a_patient_was_where_they_were_treated(nlp, text, expected):
    assert (*expected, False, "") in derived(nlp, text)


@pytest.mark.parametrize("text", [
    # no named place or hospital
    "Ann Lee was hospitalized in critical condition.",
    "Tom Rees was treated at the scene.",
    # the ailment's place is no place of the treatment
    "Tom Rees was treated in hospital for injuries sustained in Dalton.",
    # how a body was regarded, no treatment
    "The Marlow Institute was treated in Dalton as a charity.",
    # nobody named or pointed to
    "Two men were treated at Mercy Hospital.",
])
def test_no_treatment_place_without_a_patient_and_a_named_place(nlp, text):
    assert not {d for d in derived(nlp, text) if d[1].startswith(("be treated", "be hosp",
                                                                   "be cared"))}


def test_a_treatment_denied_or_to_come_keeps_its_frame(nlp):
    assert derived(nlp, "Tom Rees was not treated at Mercy Hospital.") == {
        ("Tom Rees", "be treated at", "Mercy Hospital", True, "")}
    assert all(d[4] for d in derived(nlp, "Tom Rees will be treated in Oslo."))


@pytest.mark.parametrize(("text", "expected"), [
    ("The explosion destroyed the factory on Monday in Paris.", ("The explosion", "Paris")),
    ("On Saturday in Dalton, a mass stabbing killed three people.",
     ("a mass stabbing", "Dalton")),
    # the place deep in the statement's phrase: where what the incident did, it did
    ("A fire killed three girls at an escape room in Dalton.", ("A fire", "Dalton")),
])
def test_an_incident_happened_where_it_did_what_it_did(nlp, text, expected):
    subject, place = expected
    assert (subject, "be located in", place, False, "") in derived(nlp, text)


@pytest.mark.parametrize("text", [
    # a body or a person told by name is no incident
    "Acme killed the deal in Dalton.",
    "Ann Lee injured two guards in Dalton.",
    # a passive's "in" phrase is the incident, no place ("died in the fire": fatalities.py)
    "Ann Lee was killed in the blast in Dalton.",
    # no named place
    "A fire destroyed forty homes in the slum.",
    # how it is seen or what came after it, no blow it dealt there
    "Fires are common in Paris.",
    "The shooting in Paris preceded another one in Lyon.",
    # near a place is not in it
    "The crash took place near Paris.",
    # the place of the ones it killed, who may only have lived there
    "A fire killed five people in Dalton on Monday.",
])
def test_no_incident_place_without_an_incident_and_a_named_place(nlp, text):
    assert not {d for d in derived(nlp, text) if d[1] == "be located in"}
