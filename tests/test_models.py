"""The order of the plain values: deterministic output depends on it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsgraph.models import Argument, Extraction, Relation, in_order, sort_key


def relation(**changes) -> Relation:
    extraction = Extraction("Lee was moved to Leeds.", 0, 23, Argument("Lee", 0, 3), "was moved to",
                            "be moved to", Argument("Leeds", 17, 22), rule="moved-to")
    return Relation("person/lee", "be-moved-to", "be moved to", "place/leeds",
                    replace(extraction, **changes))


def test_two_relations_differing_only_in_a_missing_end_still_sort():
    # one rule gives the statement a place, another leaves it out: the default order fails
    placed, bare = relation(place=Argument("Leeds", 17, 22)), relation()
    with pytest.raises(TypeError):
        sorted([placed, bare])
    assert sorted([placed, bare], key=sort_key) == in_order([placed, bare]) == [bare, placed]


def test_the_key_keeps_the_values_own_order():
    values = [relation(rule="b"), relation(rule="a"), relation(confidence=0.9),
              relation(sentence_start=-1), relation(extra=(Argument("x", 1, 2),))]
    assert sorted(values, key=sort_key) == sorted(values)
