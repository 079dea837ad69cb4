"""Storms, islands and products typed as what they are."""

from __future__ import annotations

import pytest
from test_resolution import run, stmt

from newsgraph.resolution.clusters import storm_name


@pytest.mark.parametrize("text, given", [
    ("Hurricane Ana", "ana"),
    ("Tropical Storm Ana", "ana"),
    ("Super Typhoon Ana", "ana"),
    ("Storm Ana", "ana"),
    ("Hurricane Ana Advisory Number 9", ""),  # a bulletin about the storm, no storm
    ("Ana", ""),
    ("Storm Chasers", "chasers"),  # (a team so named is read as a storm too: a known limit)
])
def test_a_storm_name_is_a_storm_word_and_one_name(text, given):
    assert storm_name(text) == given


def test_a_storm_is_an_event_and_its_names_are_one_and_it_attacks_no_one(nlp):
    text = ("On Monday, Hurricane Ana hit the Kelp Islands. Officials said Tropical Storm Ana "
            "weakened overnight. Ana damaged roads across the islands.")
    resolved, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Hurricane Ana", "hit", "the Kelp Islands"),
        stmt(d, "Ana", "damage", "roads")])
    storms = [e for e in entities.values() if "Ana" in e.label]
    assert len(storms) == 1 and storms[0].kind == "Event" and not storms[0].is_actor
    assert {"Tropical Storm Ana", "Ana"} <= {storms[0].label, *storms[0].alt_labels}
    # the storm hit the islands, and attacked no one
    assert {r.property for r in resolved.relations if r.extraction.lemma == "hit"} == {"hits"}
    assert (storms[0].key, "damage", "thing/a1/roads") in triples


def test_islands_named_so_or_in_an_apposition_are_a_place(nlp):
    text = ("Police patrolled the Varrow Isles. Storms battered the Korvanes, an "
            "archipelago off the coast, on Monday.")
    _, entities, _ = run(nlp, text, lambda d: [
        stmt(d, "Police", "patrol", "the Varrow Isles"),
        stmt(d, "Storms", "batter", "the Korvanes")])
    kinds = {e.label: e.kind for e in entities.values()}
    assert kinds["Varrow Isles"] == kinds["Korvanes"] == "Location"


def test_a_model_after_its_maker_is_a_thing_that_attacks_no_one(nlp):
    text = ("Tom Reed, a 30-year-old cyclist, was struck by a Volvo XC90 near Leeds on "
            "Monday. Police said the Volvo XC90 belonged to a local firm.")
    resolved, entities, _ = run(nlp, text, lambda d: [
        stmt(d, "a Volvo XC90", "strike", "Tom Reed"),
        stmt(d, "the Volvo XC90", "belong to", "a local firm")])
    car = entities.get("thing/xc90")
    assert car is not None and car.kind == "Thing" and not car.is_actor
    # the car hit him; no one attacked him
    assert {r.property for r in resolved.relations} == {"hits", "belong-to"}


def test_people_who_strike_still_attack(nlp):
    text = "Zemblan rebels struck the Kelp Islands on Monday."
    resolved, _, _ = run(nlp, text, lambda d: [
        stmt(d, "Zemblan rebels", "strike", "the Kelp Islands")])
    assert [r.property for r in resolved.relations] == ["attacks"]


def test_an_incident_that_strikes_hits_and_a_named_thing_that_targets_is_dropped(nlp):
    text = ("The earthquake struck the Kelp Islands on Monday. A Volvo XC90 targeted Tom "
            "Reed in Leeds.")
    resolved, _, _ = run(nlp, text, lambda d: [
        stmt(d, "The earthquake", "strike", "the Kelp Islands"),
        stmt(d, "A Volvo XC90", "target", "Tom Reed")])
    assert {r.extraction.lemma: r.property for r in resolved.relations} == {"strike": "hits"}


def test_islands_named_between_dashes_are_a_place(nlp):
    text = ("Today, as a storm hit the Korvanes, officials issued alerts. The Korvanes — "
            "autonomous islands of Zembla in the northern sea — closed schools and offices.")
    _, entities, _ = run(nlp, text, lambda d: [
        stmt(d, "officials", "issue", "alerts"),
        stmt(d, "a storm", "hit", "the Korvanes")])
    kinds = {e.label: e.kind for e in entities.values()}
    assert kinds["Korvanes"] == "Location"


def test_a_lone_name_of_a_person_named_in_full_is_no_storm(nlp):
    text = ("Hurricane Maria hit the coast on Monday. The mayor, Maria Gonzalez, stayed in the "
            "town. Maria thanked the rescuers.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Hurricane Maria", "hit", "the coast"),
        stmt(d, "Maria", "thank", "the rescuers", nth=(2, 0))])
    assert {s for s, lemma, _ in triples if lemma == "thank"} == {"actor/maria-gonzalez"}
    assert not any(e.kind == "Event" and "Maria" in e.alt_labels for e in entities.values())


@pytest.mark.parametrize(("text", "statement", "named"), [
    # the parser hangs the name on the verb
    ("Police arrested one of the suspects, Tom Reed, on Monday.",
     ("Police", "arrest", "one of the suspects"), "Tom Reed"),
])
def test_one_of_a_group_named_after_it_is_that_name(nlp, text, statement, named):
    resolved, entities, _ = run(nlp, text, lambda d: [stmt(d, *statement)])
    assert {entities[r.object].label for r in resolved.relations} == {named}  # not the group


def test_one_of_a_group_without_a_name_after_it_stays_the_group(nlp):
    text = "Police arrested one of the suspects on Monday, Tom Reed said."
    resolved, entities, _ = run(nlp, text, lambda d: [
        stmt(d, "Police", "arrest", "one of the suspects")])
    assert "Tom Reed" not in {entities[r.object].label for r in resolved.relations}


def _built(nlp, text: str) -> tuple[dict[str, str], set[tuple[str, str, str, str]]]:
    """Kinds by label, and (subject, lemma, object, how the subject was reached)."""
    from newsgraph.analysis import analyse
    from newsgraph.models import Article

    resolved = next(analyse(nlp, [Article(id="storm", text=text)]))
    labels = {e.key: e.label for e in resolved.entities}
    kinds = {e.label: e.kind for e in resolved.entities}
    return kinds, {(labels[r.subject], r.extraction.lemma, labels[r.object], r.subject_via)
                   for r in resolved.relations}


@pytest.mark.parametrize("text, name", [
    ("Typhoon Kelvo struck the Marra Islands on Monday. The typhoon damaged Port Essel.",
     "Typhoon Kelvo"),
    ("Hurricane Orlan moved north. Officials said the storm damaged Port Essel.",
     "Hurricane Orlan"),
    ("Tropical Storm Orlan moved north. Officials said the storm damaged Port Essel.",
     "Tropical Storm Orlan"),
])
def test_a_storm_named_once_is_the_storm_its_word_says_again(nlp, text, name):
    kinds, found = _built(nlp, text)
    assert kinds.get(name) == "Event"
    assert (name, "damage", "Port Essel", "description") in found


def test_the_typhoon_of_an_article_with_two_storms_is_the_typhoon(nlp):
    text = ("Hurricane Orlan hit the coast last week. Typhoon Kelvo struck the Marra "
            "Islands on Monday. The typhoon damaged Port Essel.")
    _, found = _built(nlp, text)
    assert ("Typhoon Kelvo", "damage", "Port Essel", "description") in found
    assert not any(s == "Hurricane Orlan" and lemma == "damage" for s, lemma, _, _ in found)


@pytest.mark.parametrize("text", [
    "Hurricane Orlan hit the coast. The next storm damaged Port Essel.",
    "Hurricane Orlan hit the coast. Storms damaged Port Essel.",
    "Port Essel was damaged in 2017. The storm damaged Port Essel again.",
])
def test_another_storm_or_none_named_is_no_named_storm(nlp, text):
    _, found = _built(nlp, text)
    assert not any(s == "Hurricane Orlan" and lemma == "damage" for s, lemma, _, _ in found)


def test_a_storms_given_name_alone_at_a_sentence_start_is_the_storm(nlp):
    text = ("Typhoon Kelvo struck the Marra Islands on Monday. Kelvo flooded the Essel "
            "International Airport.")
    kinds, found = _built(nlp, text)
    assert "kelvo" not in {label.casefold() for label in kinds if label != "Typhoon Kelvo"}
    assert ("Typhoon Kelvo", "flood", "Essel International Airport", "name") in found


@pytest.mark.parametrize("text, tagged, not_tagged", [
    ("Hurricane Orlan hit the coast.", "Hurricane Orlan", None),
    ("As Typhoon Kelvo neared, Kelvo grew.", "Typhoon Kelvo", None),
    ("Operation Desert Storm began in 1991.", None, "Storm"),
    ("The Hurricane Orlan Intermediate Advisory was issued.", None, "Hurricane Orlan"),
    ("Fans joined Storm Area 51 online.", None, "Storm Area"),
])
def test_a_storm_word_and_one_name_are_tagged_one_event(nlp, text, tagged, not_tagged):
    from newsgraph.resolution.namerepairs import mend_storm_names

    events = [ent.text for ent in mend_storm_names(nlp(text)).ents if ent.label_ == "EVENT"]
    if tagged:
        assert tagged in events
    if not_tagged:
        assert not any(not_tagged in event for event in events)
