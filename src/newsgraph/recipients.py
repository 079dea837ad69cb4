"""Who was given what: "Lee was awarded the Nobel Prize" makes Lee receive it.

A passive of a verb of giving keeps the one given to as its subject and the thing given as
a second object ("was awarded the medal", "was granted asylum", "was handed a pardon").
`extract` reads it as an unknown giver giving to Lee, with the thing given left as an
extra argument, so neither the prize nor who holds it reaches the graph. Here the one given
to receives the thing: the statement an analyst writes down ("Lee received the Nobel
Prize"). Only a thing given as the verb's own object counts ("was awarded for her work"
gives nothing), only a thing given as a fact ("may be awarded" gives nothing yet), and the
statement keeps the passive's negation ("was not granted asylum") for the gate.

Derived after `extract`, as spoken_topics is, so CaRB measures the sentence's own words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from .models import Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECIPIENT_RULE = "recipient"
RECEIVE = "receive"
# verbs whose passive subject is the one given to ("was awarded a prize"); not "offered" or
# "promised" (nothing given yet), nor "denied" or "refused" (nothing given at all)
GIVING_VERBS = frozenset({"award", "grant", "give", "hand", "present", "confer", "bestow"})
# the passives whose receiver the sentence gives: its own subject, a relative's noun, the
# subject of the verb it is conjoined to; not "serving eight years before being granted
# clemency" nor "the first woman to be awarded X", whose one is a guess, nor a clause asked
# for ("requested that the birds be given protection") or hedged ("should be given")
OWN_SUBJECT_RULES = frozenset({"passive", "passive-agent", "adjunct-agent", "conjoined-verb",
                                "relative-clause"})


def recipients(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """One "receive" statement per passive of giving that names the thing given."""
    found = []
    for e in extractions:
        if not e.passive or e.object is None or e.lemma.split()[0] not in GIVING_VERBS or \
                e.rule not in OWN_SUBJECT_RULES or e.modality or \
                e.predicate.startswith(("be ", "to ")):
            continue
        given = next((a for a in e.extra if a.role == "object" and a.root >= 0), None)
        if given is None or doc[given.root].pos_ not in ("NOUN", "PROPN"):
            continue
        rest = tuple(a for a in e.extra if a is not given)
        found.append(replace(e, subject=e.object, lemma=RECEIVE, object=replace(given, role=""),
                             extra=rest, passive=False, rule=RECIPIENT_RULE))
    return found
