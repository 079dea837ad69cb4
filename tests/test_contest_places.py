"""Who carried a place (contest_places.py, rule "won-place"). Invented sentences parsed by
the real model."""

from __future__ import annotations

import pytest

from newsgraph.contest_places import WIN_RULE, contest_places
from newsgraph.extraction import RULES, extract


def places_won(nlp, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    found = contest_places(doc, extract(doc))
    assert all(e.rule == WIN_RULE for e in found)
    return {(e.subject.text, e.object.text) for e in found if e.subject and e.object}


def test_the_rule_is_known():
    assert WIN_RULE in RULES


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Lee won the Republican primary in Nebraska.", {("Ann Lee", "Nebraska")}),
    ("Tom Berg won the Nebraska primary on Tuesday.", {("Tom Berg", "Nebraska")}),
    ("Ann Lee won the primaries in Nebraska, Kansas and Iowa.",
     {("Ann Lee", "Nebraska"), ("Ann Lee", "Kansas"), ("Ann Lee", "Iowa")}),
    # a win with no contest named, where the text tells of elections
    ("The primaries were held on Tuesday. Ann Lee won in Nebraska and Kansas.",
     {("Ann Lee", "Nebraska"), ("Ann Lee", "Kansas")}),
])
def test_the_named_place_of_a_won_contest_is_won(nlp, text, expected):
    assert places_won(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # no named place, or a place that held no contest of its own
    "Ann Lee won the vote in parliament.",
    "Ann Lee won the election in 2020.",
    "Ann Lee won 30 of Nebraska's 40 delegates.",
    "Ann Lee won an award in Nebraska.",
    # a contest not won
    "Ann Lee did not win the primary in Nebraska.",
    "Ann Lee could win the primary in Nebraska.",
    # "won in" a place where no elections are told of: where a race was run
    "Ann Lee won in Paris on Sunday.",
    "The primaries were held on Tuesday. Ann Lee did not win in Nebraska.",
])
def test_no_place_won_where_the_text_says_none(nlp, text):
    assert places_won(nlp, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The primaries were held on Tuesday. Ann Lee's victories in Nebraska, Kansas and Iowa "
     "gave her the lead.", {("Ann Lee", "Nebraska"), ("Ann Lee", "Kansas"), ("Ann Lee", "Iowa")}),
    ("Tom Berg leads the race for delegates after his victory in Nebraska in the primary.",
     {("his", "Nebraska")}),
])
def test_an_owned_win_in_a_named_place_carries_it(nlp, text, expected):
    assert places_won(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # no elections told of: a race run there
    "Ann Lee's victory in Paris made her the favourite for the marathon.",
    # a win the noun's owner did not have
    "The primaries were held on Tuesday. Polls saw a victory for Ann Lee in Nebraska.",
])
def test_no_owned_win_where_the_text_says_none(nlp, text):
    assert places_won(nlp, text) == set()
