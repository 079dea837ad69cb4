"""A party's ticket names whom the party nominated (tickets.py, rule "party-ticket").
Invented sentences parsed by the real model."""

from __future__ import annotations

import pytest

from newsgraph.extraction import RULES
from newsgraph.tickets import NOMINATE, TICKET_RULE, party_tickets


def nominated(nlp, text: str) -> set[tuple[str, str]]:
    found = party_tickets(nlp(text))
    assert all(e.rule == TICKET_RULE and e.lemma == NOMINATE for e in found)
    return {(e.subject.text, e.object.text) for e in found if e.subject and e.object}


def test_the_rule_is_known():
    assert TICKET_RULE in RULES


@pytest.mark.parametrize(("text", "expected"), [
    # by a possessive, each name of the list
    ("The Kelso Party's ticket of Ann Lee and Tom Rees won 2 percent in Ohio.",
     {("Kelso Party", "Ann Lee"), ("Kelso Party", "Tom Rees")}),
    # by the party's name before the noun, each post's name, past the words before a name
    ("The Bread and Roses Party ticket of research scholar Jerome Segal for president and "
     "filmmaker John de Graaf for vice president secured a spot on the ballot.",
     {("Bread and Roses Party", "Jerome Segal"), ("Bread and Roses Party", "John de Graaf")}),
])
def test_a_party_nominates_whom_its_ticket_names(nlp, text, expected):
    assert nominated(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a person's ticket, or one named by its candidates, is no party's nomination
    "Ann Lee's ticket won 2 percent in Ohio.",
    "The Lee-Rees ticket won 2 percent in Ohio.",
    # a ticket of no named person
    "The Kelso Party's ticket won 2 percent in Ohio.",
])
def test_no_nomination(nlp, text):
    assert nominated(nlp, text) == set()
