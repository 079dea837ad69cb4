"""'Both', 'the two', 'the pair': the two just named, each a statement's end."""

from __future__ import annotations

import pytest
from test_resolution import run, stmt

PAIR = "Ann Lee and Tom Kell won the Dalton Prize on Monday. "


@pytest.mark.parametrize("words", ["Both", "Both of them", "The two", "The pair"])
def test_a_pair_word_stands_for_the_two_just_named(nlp, words):
    text = PAIR + f"{words} are professors at the University of Varrow."
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Ann Lee and Tom Kell", "win", "the Dalton Prize"),
        stmt(d, words, "be professor at", "the University of Varrow")])
    professors = {entities[s].label for s, lemma, _ in triples if lemma == "be professor at"}
    assert professors == {"Ann Lee", "Tom Kell"}


def test_a_pair_word_with_its_own_noun_is_that_noun(nlp):
    # "both universities" are two universities, not the two people
    text = PAIR + "Both universities praised them."
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Ann Lee and Tom Kell", "win", "the Dalton Prize"),
        stmt(d, "Both universities", "praise", "them")])
    praising = {entities[s].label for s, lemma, _ in triples if lemma == "praise"}
    assert not praising & {"Ann Lee", "Tom Kell"}


def test_a_pair_named_two_sentences_before_is_too_far(nlp):
    text = PAIR + "The ceremony was held in Dalton. Both are professors at Varrow University."
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Ann Lee and Tom Kell", "win", "the Dalton Prize"),
        stmt(d, "Both", "be professor at", "Varrow University")])
    assert not [s for s, lemma, _ in triples if lemma == "be professor at"]


def test_two_pairs_just_named_leave_the_pair_word_uncertain(nlp):
    text = ("Ann Lee and Tom Kell met Joan Ruiz and Max Obi in Dalton. "
            "Both are professors at Varrow University.")
    resolved, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Ann Lee and Tom Kell", "meet", "Joan Ruiz and Max Obi"),
        stmt(d, "Both", "be professor at", "Varrow University")])
    professors = [r for r in resolved.relations if r.extraction.lemma == "be professor at"]
    assert professors and all(r.subject_via == "uncertain" for r in professors)


def test_an_actor_named_since_the_pair_leaves_the_pair_word_uncertain(nlp):
    # the two who met are Lee and Ruiz: the pair named before is not sure to be meant
    text = PAIR + "Lee met Joan Ruiz in Dalton when both were students at Varrow University."
    resolved, _, _ = run(nlp, text, lambda d: [
        stmt(d, "Ann Lee and Tom Kell", "win", "the Dalton Prize"),
        stmt(d, "Lee", "meet", "Joan Ruiz"),
        stmt(d, "both", "be student at", "Varrow University")])
    students = [r for r in resolved.relations if r.extraction.lemma == "be student at"]
    assert students and all(r.subject_via == "uncertain" for r in students)
