"""The further names a plural noun lists in apposition get its statement too
(apposed_names.py). Invented sentences parsed by the real model."""

from __future__ import annotations

import pytest

from newsgraph.apposed_names import apposed_names, listed_names
from newsgraph.extraction import extract


def derived(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp(text)
    return {(e.subject.text if e.subject else "", e.lemma, e.object.text if e.object else "")
            for e in apposed_names(doc, extract(doc))}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Valdora police arrested two men, Tom Kell and Peter Marsh, on Monday.",
     ("The Valdora police", "arrest", "Peter Marsh")),
    ("The agency selected two pilots, Ann Lee and Maria Gomez, for the flight.",
     ("The agency", "select", "Maria Gomez")),
])
def test_each_further_name_gets_the_statement(nlp, text, expected):
    assert expected in derived(nlp, text)


def test_the_rule_and_modality_stay_those_of_the_statement(nlp):
    doc = nlp("The Valdora police may arrest two men, Tom Kell and Peter Marsh.")
    made = extract(doc)
    found = apposed_names(doc, made)
    assert found
    for e in found:
        source = next(m for m in made if m.lemma == e.lemma and m.subject == e.subject)
        assert (e.rule, e.modality, e.negated) == (source.rule, source.modality, source.negated)


def test_the_names_are_listed_in_the_texts_order(nlp):
    doc = nlp("The agency selected two pilots, Ann Lee and Maria Gomez, for the flight.")
    pilots = next(t for t in doc if t.text == "pilots")
    assert [a.text for a in listed_names(pilots)] == ["Ann Lee", "Maria Gomez"]


def test_the_apposition_itself_makes_no_name_be_another(nlp):
    # "Tom Kell be two men" would become "Tom Kell be Peter Marsh"
    made = derived(nlp, "The Valdora police arrested two men, Tom Kell and Peter Marsh.")
    assert all(lemma != "be" for _, lemma, _ in made)
    assert ("Tom Kell", "be", "Peter Marsh") not in made


@pytest.mark.parametrize("text", [
    # no apposition: the names are the object themselves, which extract splits
    "The police arrested Tom Kell and Peter Marsh.",
    # a singular noun names one thing
    "The agency hired a pilot, Ann Lee, last year.",
    # the list holds more than names
    "The storm hit two towns, Kelso and the capital.",
])
def test_nothing_else_is_listed(nlp, text):
    assert derived(nlp, text) == set()
