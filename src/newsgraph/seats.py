"""Seats won, held, lost and sought: "Lee won a seat on the Kelso Council" makes Lee win a
seat in the council, "Lee lost her seat of Dunmore East" makes Lee lose Dunmore East, and
"Lee was appointed to fill Tom Kell's Senate seat" makes Lee succeed Kell. A place
represented in a chamber is a seat too: "Lee represented Kelso County in the Marlow
Assembly" makes Lee a (former) member of the assembly.

A seat is no thing an analyst writes down; the body it sits in, the place it stands for
and the person who held it before are. `extract` keeps "a seat in the Kelso Senate" as
one object whose head is "seat", which the gate holds as a vague end, so who sits where
never reaches the graph. Here the seat's body (after "in", "on" or "to", or named before
it: "a Senate seat"), its place (after "of": the seat is the constituency) or its former
holder (a person's seat) takes its place, under a predicate that keeps what was done with
the seat ("win seat in", "hold seat in", "lose seat in", "run for").

Only names count: "a seat at the table", "her seat on the board" and "the county seat of
Kelso" (a town, no seat won) give nothing, nor does a verb not in the table ("he gave up
his seat on the bus"). The statement keeps its source's negation and modality for the
gate ("hopes to win a seat in the Senate" is no seat won).

Derived after `extract`, as admissions is, so CaRB measures the sentence's own words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from .admissions import body_argument, named_body
from .lexicon import CHAMBERS
from .models import Argument, Extraction
from .parsing import lemma_of, prep_object
from .request_clauses import possessor_argument
from .resolution.words import NAMED_PLACE_NOUNS
from .roles import FORMERLY, MEMBER

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SEAT_RULE = "seat"
SUCCEED = "succeed"
# a verb done to a seat: what it says of the seat's body, and of the place that is the seat
_WON = ("win seat in", "win")
_HELD = ("hold seat in", "hold")
_SOUGHT = ("run for", "run for")
SEAT_VERBS: dict[str, tuple[str, str]] = {
    "win": _WON, "gain": _WON, "capture": _WON, "secure": _WON,
    "take": ("take seat in", "take"),
    "hold": _HELD, "retain": _HELD, "keep": _HELD, "occupy": _HELD, "defend": _HELD,
    "lose": ("lose seat in", "lose"),
    "run for": _SOUGHT, "seek": _SOUGHT, "contest": _SOUGHT, "stand for": _SOUGHT,
    "fill": ("fill seat in", "fill"),
}
# the rules whose subject is the verb's own: not "successful in winning a seat" (a gerund's
# statement, which loses the "not" before "successful") nor "the race to fill a seat"
SOURCE_RULES = frozenset({"svo", "prep-object", "conjoined-verb", "relative-clause",
                          "participial-clause", "subject-control"})
# verbs by which someone takes the seat a named person held: they succeed that person
SUCCEEDING_VERBS = frozenset({"fill", "take", "win", "inherit", "take over"})
# prepositions after "seat" that name the body it sits in
_BODY_PREPS = frozenset({"in", "on", "to"})
# the heads of a chamber's name, in which one represents a place ("in the Kelso Assembly";
# not "represented Kelso in the World Cup", nor a client "in the High Court")
_CHAMBER_WORDS = CHAMBERS | frozenset({"legislature", "council", "chamber"})
# the heads of a place's name that make it a constituency, whatever the recognizer tags it
_CONSTITUENCY_WORDS = NAMED_PLACE_NOUNS | frozenset({"constituency", "riding", "ward"})
# words before "seat" that make it no seat in a body: "the county seat of Kelso" is a town
_NOT_A_BODY_SEAT = frozenset({"county", "episcopal", "ancestral", "family", "royal",
                              "car", "back", "front", "window", "aisle", "passenger"})


def seats(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """One statement per seat whose body, place or former holder a statement's object names."""
    found = []
    for e in extractions:
        if e.passive or e.subject is None or e.object is None or e.object.root < 0 or \
                e.rule not in SOURCE_RULES:
            continue
        if e.lemma == "represent":
            found.extend(_represented_in(doc, e))
            continue
        seat = doc[e.object.root]
        lemmas = SEAT_VERBS.get(e.lemma)
        if lemma_of(seat).lower() != "seat" or (lemmas is None and
                                                 e.lemma not in SUCCEEDING_VERBS):
            continue
        if any(c.lower_ in _NOT_A_BODY_SEAT for c in seat.children
               if c.dep_ in ("compound", "amod")):
            continue
        read = _read_seat(seat, e.lemma, lemmas)
        if read is not None:
            lemma, target = read
            found.append(replace(e, lemma=lemma, object=target, rule=SEAT_RULE))
    return found


def _represented_in(doc: Doc, e: Extraction) -> list[Extraction]:
    """ "represented Kelso County in the Marlow Assembly": membership of the chamber, over if
    told in the past ("represented", "had represented"; "represents" holds today)."""
    place = doc[e.object.root] if e.object is not None else None
    if place is None or place.dep_ != "dobj" or not (
            place.ent_type_ in ("GPE", "LOC") or place.pos_ == "PROPN" and
            lemma_of(place).lower() in _CONSTITUENCY_WORDS):
        return []
    verb = place.head
    for prep in (*verb.children, *place.children):
        chamber = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "in" else None
        if chamber is None or not named_body(chamber) or chamber.ent_type_ == "GPE" or \
                chamber.lower_ not in _CHAMBER_WORDS:
            continue
        past = verb.tag_ == "VBD" or any(a.dep_ == "aux" and a.lower_ == "had"
                                         for a in verb.children)
        if past and not e.modality:
            return [replace(e, lemma=FORMERLY[MEMBER], object=body_argument(chamber),
                            modality="former", rule=SEAT_RULE)]
        return [replace(e, lemma=MEMBER, object=body_argument(chamber), rule=SEAT_RULE)]
    return []


def _read_seat(seat: Token, verb: str, lemmas: tuple[str, str] | None
               ) -> tuple[str, Argument] | None:
    """(predicate, object) the seat gives: its body, its place, or the person who held it."""
    if verb in SUCCEEDING_VERBS:
        holder = next((c for c in seat.children if c.dep_ == "poss"
                       and c.ent_type_ == "PERSON"), None)
        if holder is not None:
            return SUCCEED, possessor_argument(holder)
    if lemmas is None:
        return None
    body_lemma, place_lemma = lemmas
    for child in seat.children:
        named = prep_object(child) if child.dep_ == "prep" else None
        if named is None:
            continue
        if child.lower_ in _BODY_PREPS and named_body(named) and named.ent_type_ != "GPE":
            return body_lemma, body_argument(named)
        if child.lower_ == "of" and named.pos_ == "PROPN" and \
                named.ent_type_ in ("GPE", "LOC", "ORG", ""):
            return place_lemma, body_argument(named)  # the seat is the constituency
    body = next((c for c in seat.children if c.dep_ == "compound" and named_body(c)
                 and c.ent_type_ != "GPE"), None)
    return (body_lemma, possessor_argument(body)) if body is not None else None

