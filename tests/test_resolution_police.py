"""Bare "police" are the one police force the article named before them
(resolution.police), on sentences of our own."""

from __future__ import annotations

import pytest
from test_resolution import run, stmt


@pytest.mark.parametrize("name", ["Northshire Police", "Kelso Police Service",
                                  "Ashby Constabulary", "Valdoran National Police Agency"])
def test_police_are_the_one_force_named_before(nlp, name):
    text = (f"The {name} said a man was stabbed in Eastport on Saturday. Police arrested "
            "Tom Reed at the scene. Later, the police charged Tom Reed with murder.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Police", "arrest", "Tom Reed", nth=(-1, 0)),  # not the name's own word
        stmt(d, "the police", "charge", "Tom Reed", nth=(0, 1))])
    force = "actor/" + name.lower().replace(" ", "-")
    assert {s for s, _, _ in triples} == {force}
    assert {"police", "the police"} <= {n.casefold() for n in entities[force].alt_labels}


@pytest.mark.parametrize("text", [
    # two forces: whose officers acted is a guess
    "The Northshire Police and the Ashby Constabulary met on Monday. Later, police arrested "
    "Tom Reed.",
    # words that say which police, or some of them
    "The Northshire Police met on Monday. Later, Valdoran police arrested Tom Reed.",
    "The Northshire Police met on Monday. Later, local police arrested Tom Reed.",
    "The Northshire Police met on Monday. Later, police in Ashby arrested Tom Reed.",
    # named only after them
    "Later, police arrested Tom Reed. The Northshire Police met on Monday.",
    # a union and a building are no force
    "The Northshire Police Federation met on Monday. Later, police arrested Tom Reed.",
    "The Eastport Police Headquarters closed on Monday. Later, police arrested Tom Reed.",
])
def test_police_of_no_one_force_stay_apart(nlp, text):
    said = text[text.index("Later, ") + 7:text.index(" arrested")]
    _, _, triples = run(nlp, text, lambda d: [stmt(d, said, "arrest", "Tom Reed")])
    assert not {s for s, _, _ in triples} & {
        "actor/northshire-police", "actor/ashby-constabulary",
        "actor/northshire-police-federation", "actor/eastport-police-headquarters"}


def test_police_of_a_story_with_other_police_stay_apart(nlp):
    text = ("The Northshire Police said a man was stabbed on Saturday. The head of the "
            "Valdoran counter terror police, Ann Lee, said the police found nothing.")
    _, _, triples = run(nlp, text, lambda d: [stmt(d, "Ann Lee", "say", "the police")])
    assert "actor/northshire-police" not in {o for _, _, o in triples}
