"""Who carried a place: "Lee won the primary in Ohio" makes Lee win Ohio.

News of elections says who won a state's or a district's vote through the contest:
"won the Ohio primary", "won the caucus in Ohio", "won the primaries in Ohio and Utah".
The contest itself is a bare noun the graph cannot keep ("primary"), but the place is
named, and "Lee won Ohio" is how an analyst writes the result down. Only a contest noun
with a named place of its own counts: "won the vote in parliament" names no place, and
"won 30 of Ohio's 40 delegates" did not carry Ohio.

Derived after `extract`, as spoken_topics is, so CaRB measures the sentence's own words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .models import Argument, Extraction
from .qualifiers import entity_of, is_place_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

WIN_RULE = "won-place"
WIN_LEMMAS = frozenset({"win", "carry", "sweep"})
# contests a place holds: its primary, its caucus, its election, its seat
CONTEST_NOUNS = frozenset({"primary", "primaries", "caucus", "caucuses", "election",
                           "elections", "race", "contest", "seat"})
_PLACE_ENTS = frozenset({"GPE"})  # a country, a state, a city


def contest_places(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """One "win <place>" statement per winner and place a won contest names."""
    found = []
    seen: set[tuple[int, int]] = set()
    for e in extractions:
        if e.lemma not in WIN_LEMMAS or e.subject is None or e.object is None or \
                e.negated or e.modality or e.object.root < 0:
            continue
        for place in _places_of(doc[e.object.root]):
            if (e.subject.start, place.start_char) in seen:
                continue
            seen.add((e.subject.start, place.start_char))
            found.append(Extraction(
                e.sentence, e.sentence_start, e.sentence_end, e.subject, e.predicate,
                e.lemma, Argument(place.text, place.start_char, place.end_char,
                                  place.root.i),
                rule=WIN_RULE))
    return found


def _places_of(contest: Token) -> Iterator[Span]:
    """The named places whose contest the noun is: "the Ohio primary", "the primary in
    Ohio", "the primaries in Ohio and Utah", "the primary in his home state of Ohio"."""
    if contest.pos_ != "NOUN" or contest.lower_ not in CONTEST_NOUNS:
        return
    for child in contest.children:
        if child.dep_ in ("compound", "nmod") and child.ent_type_ in _PLACE_ENTS:
            place = entity_of(child)
            if place is not None:
                yield place
    # the place phrase on the contest, or on the verb that won it ("won the primary in
    # Ohio" hangs "in Ohio" on "won")
    heads = [contest, contest.head] if contest.dep_ == "dobj" else [contest]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                yield from _named_places(child)


def _named_places(prep: Token) -> Iterator[Span]:
    """The named places of an "in" phrase, each of a list, the named one of "the state
    of Ohio"."""
    pobj = next((t for t in prep.children if t.dep_ == "pobj"), None)
    while pobj is not None and not is_place_phrase(pobj):
        of = next((t for t in pobj.children if t.dep_ == "prep" and t.lower_ == "of"), None)
        pobj = next((t for t in of.children if t.dep_ == "pobj"), None) if of else None
    members = [pobj, *pobj.conjuncts] if pobj is not None else []
    for member in members:
        place = entity_of(member) if is_place_phrase(member) and \
            member.ent_type_ in _PLACE_ENTS else None
        if place is not None:
            yield place
