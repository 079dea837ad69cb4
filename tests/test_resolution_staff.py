"""People known by their work are told apart by the named body they are from or at
("scientists from Dalton University", resolution.phrases.staff_bodies), on sentences of our
own."""

from __future__ import annotations

import pytest
from test_resolution import run, stmt


def _subject(nlp, text: str, said: str, article_id: str = "a1"):
    _, entities, triples = run(nlp, text, lambda d: [stmt(d, said, "publish in", "Acme Letters")],
                               article_id=article_id)
    (subject,) = {s for s, _, _ in triples}
    return entities[subject]


@pytest.mark.parametrize("text, said, label, plain", [
    ("On Monday, researchers from Dalton University and the Eastport Institute of Technology "
     "published a study in Acme Letters.",
     "researchers from Dalton University and the Eastport Institute of Technology",
     "researchers from Dalton University and Eastport Institute of Technology", "researchers"),
    ("On Monday, scientists at Dalton University published a study in Acme Letters.",
     "scientists at Dalton University", "scientists from Dalton University", "scientists"),
    ("On Monday, a team from Dalton University published a study in Acme Letters.",
     "a team from Dalton University", "team from Dalton University", "team"),
])
def test_staff_are_told_apart_by_their_body(nlp, text, said, label, plain):
    entity = _subject(nlp, text, said)
    assert entity.label == label and entity.kind == "Group"
    assert plain in entity.alt_labels  # how the article may call them again


def test_staff_of_two_articles_are_two_nodes(nlp):
    text = "On Monday, scientists from Dalton University published a study in Acme Letters."
    said = "scientists from Dalton University"
    assert _subject(nlp, text, said, "a1").key != _subject(nlp, text, said, "a2").key


@pytest.mark.parametrize("text, said", [
    # a place says where they are from, not whom they work for
    ("On Monday, scientists from China published a study in Acme Letters.",
     "scientists from China"),
    # some of them are from elsewhere
    ("On Monday, researchers mostly from Dalton University published a study in Acme Letters.",
     "researchers mostly from Dalton University"),
    # not people known by their work
    ("On Monday, fans from Dalton University published a study in Acme Letters.",
     "fans from Dalton University"),
])
def test_other_people_from_somewhere_stay_as_they_were(nlp, text, said):
    entity = _subject(nlp, text, said)
    assert " from " not in entity.label
