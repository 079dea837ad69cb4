"""Which names merge, on sentences of our own: a bare "X" and the "New X" place of the
article (resolution.namesakes); the first of two surnames and the full name
(resolution.doublesurnames)."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Span
from test_resolution import run, stmt

from newsgraph.models import Article
from newsgraph.resolution import resolve


def places(nlp, text: str, new: str, bare: str) -> set[str]:
    """The keys of the two places "A hotel in <new>" and "Buildings in <bare>" reach."""
    nth = text[:text.index("Buildings in ")].count(bare)  # ("Mexico" of "New Mexico")
    _, _, triples = run(nlp, text, lambda d: [stmt(d, "A hotel", "be in", new),
                                              stmt(d, "Buildings", "be in", bare,
                                                   nth=(0, nth))])
    return {o for _, _, o in triples}


@pytest.mark.parametrize("text", [
    "A hotel in New Varanpur caught fire on Monday. Buildings in Varanpur are old.",
    "A hotel in the capital, New Varanpur, caught fire on Monday. Buildings in Varanpur "
    "are old, the mayor said.",
])
def test_a_bare_name_after_the_one_new_place_it_shortens_is_that_place(nlp, text):
    assert places(nlp, text, "New Varanpur", "Varanpur") == {"place/new-varanpur"}


@pytest.mark.parametrize("text, new, bare", [
    # a country, a US state or a known region is never a "New X" shortened
    ("A hotel in New Mexico caught fire on Monday. Buildings in Mexico are old.",
     "New Mexico", "Mexico"),
    ("A hotel in New York caught fire on Monday. Buildings in York are old.",
     "New York", "York"),
    ("A hotel in New Hampshire caught fire on Monday. Buildings in Hampshire are old.",
     "New Hampshire", "Hampshire"),
    ("A hotel in New South Wales caught fire on Monday. Buildings in Wales are old.",
     "New South Wales", "Wales"),
    # a capital is its own city
    ("A hotel in New Taipei caught fire on Monday. Buildings in Taipei are old.",
     "New Taipei", "Taipei"),
    # the bare name placed in a region of its own
    ("A hotel in New Varanpur caught fire on Monday. Buildings in Varanpur, Ohio, are old.",
     "New Varanpur", "Varanpur"),
    # something else named by the word: the bare name may be its place
    ("A hotel in New Varanpur caught fire on Monday. Buildings in Varanpur are old, "
     "Varanpur University said.", "New Varanpur", "Varanpur"),
    # the bare name first: no short form of a name still to come
    ("Buildings in Varanpur are old. A hotel in New Varanpur caught fire on Monday.",
     "New Varanpur", "Varanpur"),
])
def test_a_bare_name_that_may_be_the_older_namesake_stays_apart(nlp, text, new, bare):
    assert len(places(nlp, text, new, bare)) == 2


# ------------------------------------------------------------ the first of two surnames


def thanker(nlp, text: str) -> set[str]:
    """The keys of who "Ramírez thanked the voters" names."""
    nth = text[:text.index("Ramírez thanked")].count("Ramírez")
    _, _, triples = run(nlp, text, lambda d: [stmt(d, "Ramírez", "thank", "the voters",
                                                   nth=(nth, 0))])
    return {s for s, _, _ in triples}


@pytest.mark.parametrize("text", [
    "Governor Luis Alberto Ramírez Castaño won the vote on Monday. Ramírez thanked the "
    "voters.",
    "Luis Alberto Ramírez Castaño won the vote on Monday. Ramírez thanked the voters.",
])
def test_the_first_of_two_surnames_is_the_person_named_in_full(nlp, text):
    assert thanker(nlp, text) == {"actor/luis-alberto-ramirez-castano"}


@pytest.mark.parametrize("text", [
    # two people whose surnames start so
    "Luis Alberto Ramírez Castaño and Pedro Ramírez Ortiz won seats on Monday. Ramírez "
    "thanked the voters.",
    # the full name only after the bare one
    "Ramírez thanked the voters on Monday. Governor Luis Alberto Ramírez Castaño won the "
    "vote.",
    # a title borne with a given name: a monarch named by a middle name of someone else
    "Luis Alberto Ramírez Castaño met the king on Monday. King Ramírez thanked the voters.",
])
def test_a_first_surname_that_may_be_another_persons_joins_no_full_name(nlp, text):
    assert "actor/luis-alberto-ramirez-castano" not in thanker(nlp, text)


@pytest.mark.parametrize("labels", [("ORG", "PERSON", "PERSON"), ("ORG", "PERSON", "ORG"),
                                    ("", "PERSON", "ORG")])
def test_a_full_name_the_recognizer_took_for_a_body_is_a_person_by_its_first_surname(
        nlp, labels):
    # (the recognizer tags the full name and a bare "Ibarra" an organization's, the other
    # bare "Ibarra" a person's: the one entity is a person)
    text = ("On Friday, Tomás Ibarra Solano resigned as the governor of the island. Ibarra "
            "appointed Ana Lee as secretary. Ibarra thanked the voters.")
    doc = nlp(text)
    names = [doc.char_span(m.start(), m.end()) for m in
             re.finditer(r"Tomás Ibarra Solano|Ibarra(?! Solano)", text)]
    doc.ents = [Span(doc, span.start, span.end, label=label)
                for span, label in zip(names, labels, strict=True) if label]
    resolved = resolve(Article(id="a1", text=text), doc, [
        stmt(doc, "Ibarra", "appoint", "Ana Lee", nth=(1, 0)),
        stmt(doc, "Ibarra", "thank", "the voters", nth=(2, 0))])
    kinds = {e.key: e.kind for e in resolved.entities}
    assert kinds["actor/tomas-ibarra-solano"] == "Person"
    assert "actor/ibarra" not in kinds
