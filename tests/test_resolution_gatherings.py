""""The event" is the one named gathering the article told of before it
(resolution.gatherings), on sentences of our own."""

from __future__ import annotations

import pytest
from test_resolution import run, stmt

_FAIR = "The Dalton Book Fair opened on Monday. "


def _drew(nlp, text: str, said: str):
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "The Dalton Book Fair", "open", None),
        stmt(d, said, "draw", "Ann Lee")])
    (subject,) = {s for s, verb, _ in triples if verb == "draw"} or {None}
    return entities.get(subject)


@pytest.mark.parametrize("said", ["The event", "The fair"])
def test_the_event_is_the_one_gathering_named_before(nlp, said):
    entity = _drew(nlp, _FAIR + f"{said} drew Ann Lee.", said)
    assert entity is not None and entity.label == "Dalton Book Fair"


@pytest.mark.parametrize("text, said", [
    # words that say which: maybe another
    (_FAIR + "The next event drew Ann Lee.", "The next event"),
    # a gathering's word its name does not hold
    (_FAIR + "The festival drew Ann Lee.", "The festival"),
    # two gatherings named: which one is a guess
    ("The Dalton Book Fair and the Eastport Film Festival opened on Monday. The event drew "
     "Ann Lee.", "The event"),
    # before the gathering is named
    ("The event drew Ann Lee. The Dalton Book Fair opened on Monday.", "The event"),
])
def test_the_event_of_no_one_gathering_is_not_it(nlp, text, said):
    entity = _drew(nlp, text, said)
    assert entity is None or entity.label != "Dalton Book Fair"
