"""Who carried a place: "Lee won the primary in Ohio" makes Lee win Ohio.

News of elections says who won a state's or a district's vote through the contest:
"won the Ohio primary", "won the caucus in Ohio", "won the primaries in Ohio and Utah",
and, where the text tells of elections, "won in Ohio" and "Lee's victories in Ohio and Utah".
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
from .parsing import lemma_of
from .qualifiers import entity_of, is_place_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

WIN_RULE = "won-place"
WIN_LEMMAS = frozenset({"win", "carry", "sweep"})
# contests a place holds: its primary, its caucus, its election, its seat
CONTEST_NOUNS = frozenset({"primary", "primaries", "caucus", "caucuses", "election",
                           "elections", "race", "contest", "seat"})
_PLACE_ENTS = frozenset({"GPE"})  # a country, a state, a city
# "Lee won in Ohio and Utah": a win with no contest named carries a place only where the
# text is telling of elections (in sport, "won in Paris" names where a race was run)
WIN_IN_LEMMA = "win in"
# nouns that name a win its owner had: "Lee's victories in Ohio and Utah"
WIN_NOUNS = frozenset({"victory", "win"})
ELECTION_WORDS = frozenset({"primary", "primaries", "caucus", "caucuses", "election",
                            "elections"})
ELECTION_SIGHT = 3  # sentences before the win that may tell of the elections


def contest_places(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """One "win <place>" statement per winner and place a won contest names."""
    found = []
    seen: set[tuple[int, int]] = set()
    for e in extractions:
        if e.lemma not in WIN_LEMMAS | {WIN_IN_LEMMA} or e.subject is None or \
                e.object is None or e.negated or e.modality or e.object.root < 0:
            continue
        won = doc[e.object.root]
        places = _places_of(won) if e.lemma != WIN_IN_LEMMA else \
            _named_places(won.head) if won.dep_ == "pobj" and _told_of_elections(won) else ()
        for place in places:
            if (e.subject.start, place.start_char) in seen:
                continue
            seen.add((e.subject.start, place.start_char))
            # ("won in Ohio": Lee won Ohio)
            predicate, lemma = (e.predicate.removesuffix(" in"), "win") \
                if e.lemma == WIN_IN_LEMMA else (e.predicate, e.lemma)
            found.append(Extraction(
                e.sentence, e.sentence_start, e.sentence_end, e.subject, predicate,
                lemma, Argument.of(place, place.root.i),
                rule=WIN_RULE))
    for winner, place in _owned_wins(doc):
        if (winner.start, place.start_char) not in seen:
            seen.add((winner.start, place.start_char))
            sent = doc[place.root.i].sent
            found.append(Extraction(
                sent.text, sent.start_char, sent.end_char, winner, "win", "win",
                Argument.of(place, place.root.i),
                rule=WIN_RULE))
    return found


def _owned_wins(doc: Doc) -> Iterator[tuple[Argument, Span]]:
    """ "Lee's victories in Ohio and Utah", "his win in Ohio": a win noun whose owner won in
    named places, where the text tells of elections (not "her victory in Paris" of a race,
    nor "a victory for Lee in Ohio", whose winner the noun does not own)."""
    for noun in doc:
        if noun.pos_ != "NOUN" or lemma_of(noun).lower() not in WIN_NOUNS:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ not in ("PROPN", "PRON") or \
                not _told_of_elections(noun):
            continue
        start = owner.left_edge.i if owner.pos_ == "PROPN" else owner.i
        winner = Argument(doc[start:owner.i + 1].text, doc[start].idx,
                          owner.idx + len(owner.text), owner.i)
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for place in _named_places(prep):
                    yield winner, place


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


def _told_of_elections(token: Token) -> bool:
    """Does the token's sentence, or one of the few before it, speak of elections?"""
    sent = token.sent
    for _ in range(ELECTION_SIGHT + 1):
        if any(t.lower_ in ELECTION_WORDS for t in sent):
            return True
        if sent.start == 0:
            return False
        sent = token.doc[sent.start - 1].sent
    return False


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
