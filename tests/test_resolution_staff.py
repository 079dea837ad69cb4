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


# ---------------------------------------------------------------- said again (staffgroups)

_TEAM = "On Monday, researchers from Dalton University published a study in Acme Letters. "


def _second_subject(nlp, text: str, said: str, lemma: str, obj: str):
    """The node of `said` in the second statement, beside the staff group's first one."""
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "researchers from Dalton University", "publish in", "Acme Letters"),
        stmt(d, said, lemma, obj)])
    group = next(key for key, e in entities.items() if e.label.endswith("Dalton University")
                 and e.kind == "Group")
    (second,) = {s for s, verb, _ in triples if verb == lemma}
    return group, second, entities


@pytest.mark.parametrize("text, said", [
    (_TEAM + "The researchers used satellite images to map the ice.", "The researchers"),
    # another word for people doing research, or the team
    (_TEAM + "The scientists used satellite images to map the ice.", "The scientists"),
    (_TEAM + "The team used satellite images to map the ice.", "The team"),
])
def test_the_researchers_are_the_one_staff_group_before(nlp, text, said):
    group, second, entities = _second_subject(nlp, text, said, "use", "satellite images")
    assert second == group
    assert said.casefold() in {n.casefold() for n in entities[group].alt_labels}


@pytest.mark.parametrize("text, said", [
    # words that say which ones: maybe others
    (_TEAM + "The other researchers used satellite images to map the ice.",
     "The other researchers"),
    (_TEAM + "The researchers in Ohio used satellite images to map the ice.",
     "The researchers in Ohio"),
    # bare plurals are as often people in general
    (_TEAM + "Researchers used satellite images to map the ice.", "Researchers"),
    # people known by other work
    (_TEAM + "The officials used satellite images to map the ice.", "The officials"),
    # two groups: whose work is a guess
    ("On Monday, researchers from Dalton University published a study in Acme Letters with "
     "scientists at the Eastport Institute. The researchers used satellite images.",
     "The researchers"),
])
def test_other_researchers_are_not_the_staff_group(nlp, text, said):
    group, second, _ = _second_subject(nlp, text, said, "use", "satellite images")
    assert second != group


def test_the_researchers_before_the_group_are_not_it(nlp):
    text = ("The researchers used satellite images to map the ice. On Monday, researchers "
            "from Dalton University published a study in Acme Letters.")
    group, second, _ = _second_subject(nlp, text, "The researchers", "use", "satellite images")
    assert second != group


def test_the_researchers_after_researchers_from_a_place_too_are_no_one_group(nlp):
    text = (_TEAM + "Scientists from China found the same. The researchers used satellite "
            "images to map the ice.")
    group, second, _ = _second_subject(nlp, text, "The researchers", "use", "satellite images")
    assert second != group
