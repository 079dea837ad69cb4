"""A party's ticket names whom the party nominated: "the Kelso Party's ticket of Ann Lee
for president and Tom Rees for vice president won 2 percent" makes the Kelso Party
nominate Lee and Rees.

Reports on small parties name their candidates this way more often than by a verb ("the
party nominated Lee"), and `extract` reads the noun phrase as no statement at all (or
the ticket as one thing that won). Here the party that owns the ticket, by a possessive
or by its name before the noun, nominates each person the ticket names, as
extraction's ticket-member rule reads "nominated a ticket of ...". Only a party's name
(a body the recognizer tags): "Lee's ticket" or "the Lee–Rees ticket" is no nomination.

Derived after `extract`, as recipients is, so CaRB measures the sentence's own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .extraction import on_ticket
from .models import Argument, Extraction
from .parsing import lemma_of
from .qualifiers import TICKET_NOUNS
from .request_clauses import named_argument, possessor_argument

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TICKET_RULE = "party-ticket"
NOMINATE = "nominate"


def party_tickets(doc: Doc) -> list[Extraction]:
    """One "nominate" statement per person a party's ticket names."""
    found = []
    for noun in doc:
        if noun.pos_ != "NOUN" or lemma_of(noun).lower() not in TICKET_NOUNS:
            continue
        party = _party(noun)
        if party is None:
            continue
        sent = noun.sent
        for member in on_ticket(noun):
            named = named_argument(member)
            if named is not None:
                found.append(Extraction(sent.text, sent.start_char, sent.end_char, party,
                                        noun.text, NOMINATE, named, rule=TICKET_RULE))
    return found


def _party(ticket: Token) -> Argument | None:
    """The body that owns the ticket: its possessive, or its name set before the noun."""
    for owner in ticket.children:
        if owner.dep_ not in ("poss", "compound") or owner.pos_ != "PROPN" or \
                owner.ent_type_ != "ORG":
            continue
        return possessor_argument(owner)
    return None
