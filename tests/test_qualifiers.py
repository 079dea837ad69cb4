"""Word-class rules for qualifiers, on hand-built parses."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.qualifiers import (
    is_listener,
    is_negative_phrase,
    is_negator,
    is_time_phrase,
    quantity_of,
)


def test_quantity_with_modifier():
    # "at least 200 militants"
    doc = Doc(English().vocab, words=["at", "least", "200", "militants"],
              heads=[1, 2, 3, 3], deps=["advmod", "advmod", "nummod", "ROOT"])
    assert quantity_of(doc[3]) == "at least 200"


def test_no_quantity():
    doc = Doc(English().vocab, words=["the", "militants"], heads=[1, 1], deps=["det", "ROOT"])
    assert quantity_of(doc[1]) == ""


@pytest.mark.parametrize("word, expected", [("2016", True), ("Monday", True), ("bridge", False)])
def test_time_phrase(word, expected):
    doc = Doc(English().vocab, words=["in", word], heads=[0, 0], deps=["ROOT", "pobj"])
    assert is_time_phrase(doc[1]) is expected


def test_no_longer_negates():
    # "they no longer control": "no" hangs under "longer"
    doc = Doc(English().vocab, words=["they", "no", "longer", "control"],
              heads=[3, 2, 3, 3], deps=["nsubj", "neg", "advmod", "ROOT"])
    assert is_negator(doc[2])
    assert not is_negator(doc[0])


@pytest.mark.parametrize(
    "words, heads, deps, expected",
    [
        (["found", "no", "trace"], [0, 2, 0], ["ROOT", "det", "dobj"], True),
        (["found", "a", "trace"], [0, 2, 0], ["ROOT", "det", "dobj"], False),
        (["saw", "neither", "side"], [0, 2, 0], ["ROOT", "det", "dobj"], True),
        (["saw", "none"], [0, 0], ["ROOT", "dobj"], True),
    ],
)
def test_negative_phrase(words, heads, deps, expected):
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps)
    assert is_negative_phrase(doc[len(words) - 1]) is expected


@pytest.mark.parametrize(
    "verb, obj, expected",
    [("tell", "reporters", True), ("tell", "truth", False), ("inform", "news", True),
     ("tell", "story", False),
     ("warn", "residents", True)],
)
def test_listener(verb, obj, expected):
    doc = Doc(English().vocab, words=[verb, obj], heads=[0, 0], deps=["ROOT", "dobj"],
              lemmas=[verb, obj])
    assert is_listener(doc[1]) is expected
