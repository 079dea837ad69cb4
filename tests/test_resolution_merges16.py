"""Bare "investigators" are the staff of the one investigating body the article named
before them (resolution.investigators), on sentences of our own."""

from __future__ import annotations

import pytest
from test_resolution import run, stmt

BODY = "actor/valdoran-air-safety-board"


@pytest.mark.parametrize("name", ["Valdoran Air Safety Board", "Valdoran Office of Inquiry"])
def test_investigators_speak_for_the_one_investigating_body(nlp, name):
    text = (f"The {name} recovered the flight recorder on Monday. Investigators blamed "
            "the pilot. Later, investigators praised the crew.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, f"The {name}", "recover", "the flight recorder"),
        stmt(d, "Investigators", "blame", "the pilot"),
        stmt(d, "investigators", "praise", "the crew")])
    body = "actor/" + name.lower().replace(" ", "-")
    assert {s for s, _, _ in triples} == {body}
    assert "investigators" in {n.casefold() for n in entities[body].alt_labels}


@pytest.mark.parametrize("text, said", [
    # two bodies investigate: whose staff is a guess
    ("The Valdoran Air Safety Board and the Bureau of Investigation met on Monday. "
     "Investigators blamed the pilot.", "Investigators"),
    # people of their own, or a part of them
    ("The Valdoran Air Safety Board met on Monday. Police investigators blamed the pilot.",
     "Police investigators"),
    ("The Valdoran Air Safety Board met on Monday. The investigators blamed the pilot.",
     "The investigators"),
    # named only after them
    ("Investigators blamed the pilot. The Valdoran Air Safety Board met on Monday.",
     "Investigators"),
])
def test_investigators_of_no_one_body_stay_apart(nlp, text, said):
    _, _, triples = run(nlp, text, lambda d: [stmt(d, said, "blame", "the pilot")])
    assert BODY not in {s for s, _, _ in triples}
