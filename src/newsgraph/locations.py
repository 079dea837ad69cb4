"""Where a named thing is: the relation "located in" (rule "located-in" of extraction).

English says it of a named place, facility, organization or event in three ways:

- a prepositional phrase on the name: "the Marlow Institute in Quebec", "the Hotel Sun
  in the Oak Hill area of Dalton" (an area of a place puts the thing in that place), and
  "biologist Ann Lee of the Marlow Institute in Quebec", where the parser hangs the place
  on the person while it says where the institute is;
- a town with its region or country after a comma: "Dalton, Georgia", "Leeds, England"
  (or a body: "the Marlow Works, Quebec"; never read as "Dalton is Georgia");
- two "in" phrases of one verb, one after the other: "patients in Dalton in Ohio's Kent
  County" (the second says where the first place lies; "in Ohio in July" names no place);
- a copula: "the institute is in Quebec", "the hotel is located in Dalton" (extraction
  reads those clauses and asks `named_thing` and `place_of` here).

A place is a qualifier, not this relation, when the text says where someone did
something ("X said in London"); a person is never located (people move, and "Ann Lee
of London" says where she comes from); "in 2019", "in public" and "an expert in Ontario
law" name no place. Both ends are named entities, never one name, and a country lies in
no town or region.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .demonyms import country_for_name, normalize, region_country
from .lexicon import GATHERING_NOUNS, VENUE_NOUNS
from .parsing import lemma_of, prep_object
from .qualifiers import entity_of, is_place_phrase, is_time_phrase
from .resolution.words import NAMED_BODY_NOUNS, NAMED_PLACE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["LOCATED_IN", "Placed", "gathering_name", "held_name", "named_thing",
           "names_its_region",
           "place_of", "placed_by_comma", "placed_by_next_phrase", "placed_by_phrase",
           "venue_of"]

LOCATED_IN = "be located in"  # the lemma of ng:locatedIn

# named entities that stay where they are: places, facilities, bodies, events
THING_ENTS = frozenset({"ORG", "FAC", "GPE", "LOC", "EVENT"})
# bodies and buildings named by the name before them: "the Zemblan legislature", "the Acme
# hospital" (kept with the names' words, which read it too)
BODY_NOUNS = NAMED_BODY_NOUNS
# installations named by the name before them: "Dalton station", "the Very Large
# Telescope", "the Acme power plant"; never by a people's adjective ("the Ruritanian
# factory" names none), and never "base" ("the party's Ruritanian base" is its voters)
FACILITY_NOUNS = frozenset({"station", "facility", "plant", "factory", "refinery", "telescope",
                            "theatre", "theater", "arena", "palace", "castle", "library",
                            "lodge", "tower", "store"})
# "the Oak Hill area of Dalton", "the city of Dalton": a part or a kind of place, named
# by its "of" phrase
AREA_NOUNS = frozenset({"area", "district", "neighbourhood", "neighborhood", "suburb",
                        "part", "outskirts", "centre", "center", "region", "section",
                        "constellation"}) | \
    NAMED_PLACE_NOUNS | {"capital"}
# what a name set beside it says the named thing is: a place, a body, a building
KIND_NOUNS = NAMED_PLACE_NOUNS | BODY_NOUNS | FACILITY_NOUNS | VENUE_NOUNS | {
    "area", "suburb", "neighbourhood", "neighborhood", "charity", "firm", "nonprofit",
    "non-profit", "organisation"}
# words that join the items of a list: "Lyon, Italy and Spain" is three places
_LIST_WORDS = frozenset({",", "and", "or"})


@dataclass(frozen=True)
class Placed:
    """A named thing, the named place it lies in, and the word that says so."""

    thing: Span
    place: Span
    anchor: Token  # the preposition or the comma: never part of either name


def _is_country(span: Span) -> bool:
    return country_for_name(span.text) is not None


def _named_body(noun: Token, nouns: AbstractSet[str] = BODY_NOUNS | FACILITY_NOUNS
                ) -> Span | None:
    """ "the Zemblan parliament", "the Acme council", "Dalton Cathedral", "Dalton station":
    a body's or an installation's common noun after the name it belongs to, as one name."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ not in nouns:
        return None
    names = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and
             (c.ent_type_ or c.pos_ == "PROPN")]
    if noun.lower_ in FACILITY_NOUNS:
        names = [c for c in names if c.pos_ == "PROPN" and c.ent_type_ != "NORP"]
    if not names:
        return None
    return noun.doc[min(c.left_edge.i for c in names) : noun.i + 1]


def named_thing(token: Token) -> Span | None:
    """The name of a place, facility, organization or event the token heads or is part of
    (never a person, a people or a country), else None."""
    if token.pos_ not in ("PROPN", "NOUN") or is_time_phrase(token):
        return None
    if token.ent_type_ not in THING_ENTS:
        return _named_body(token) if not token.ent_type_ else None
    ent = entity_of(token)
    if ent is None or _is_country(ent) or _a_persons_name(ent):
        return None
    return ent


def gathering_name(token: Token) -> Span | None:
    """The name of a gathering the token heads, something held at a place and a time ("the
    Acme Book Fair", "Dalton Comicon 2019", a name the recognizer calls an event), if it
    heads one."""
    thing = named_thing(token)
    if thing is None:
        if token.ent_type_:
            return None
        return _named_body(token, GATHERING_NOUNS) or _untagged_gathering(token)
    years = [*thing, *(c for c in thing.root.children if c.dep_ == "nummod")]
    # "Dalton Comicon 2019": a name that carries its year recurs, as a gathering does
    if thing.label_ == "EVENT" or thing.root.lower_ in GATHERING_NOUNS or \
            any(_a_year(t) for t in years) or _called_a_gathering(thing.root):
        return thing
    return None


def held_name(noun: Token, verb: Token) -> Span | None:
    """ "Alien Fest was held in downtown Dalton", "Sky Cup took place in Dalton": a proper
    name that is held or takes place, with a named place in the phrase right after the verb,
    names a gathering whatever the recognizer tagged it. Never a person's or a place's name,
    and never with another phrase first ("was held in high regard in Dalton")."""
    if noun.pos_ != "PROPN" or not noun.is_title or \
            noun.ent_type_ not in ("", "ORG", "FAC", "EVENT"):
        return None
    doc = noun.doc
    after = verb.i + 2 if lemma_of(verb).lower() == "take" else verb.i + 1
    if after >= len(doc) or doc[after].head != verb:
        return None
    prep = doc[after]
    pobj = prep_object(prep)
    if pobj is None or (place_of(pobj) if prep.lower_ == "in" else
                        venue_of(pobj) if prep.lower_ == "at" else None) is None:
        return None
    name = entity_of(noun) if noun.ent_type_ else _proper_compound(noun)
    return name if name is not None and not _a_persons_name(name) else None


def _proper_compound(token: Token) -> Span:
    """The untagged proper nouns that end on `token` ("Alien Stock")."""
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and \
            token.doc[start - 1].is_title and not token.doc[start - 1].ent_type_ and \
            token.doc[start - 1].head.i == token.i and token.doc[start - 1].dep_ == "compound":
        start -= 1
    return token.doc[start : token.i + 1]


def _called_a_gathering(name: Token) -> bool:
    """ "the Furnal Fest, an annual event dedicated to ...": a name its apposition calls an
    event or a gathering is one, whatever the recognizer tagged it."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and
               (c.lower_ == "event" or c.lower_ in GATHERING_NOUNS) for c in name.children)


def _untagged_gathering(token: Token) -> Span | None:
    """ "Furnal Fest 2019", which the recognizer leaves untagged but for its year: proper
    nouns before a year of their own name a gathering that recurs; so do proper nouns that
    an apposition calls one ("the Marlow Equinox, an annual fan convention")."""
    if token.pos_ != "PROPN" or not token.is_title:
        return None
    if not any(c.dep_ == "nummod" and c.i == token.i + 1 and _a_year(c) for c in token.children) \
            and not _called_a_gathering(token):
        return None
    return _proper_compound(token)


def _a_year(token: Token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text[:2] in ("19", "20")


def venue_of(noun: Token) -> Span | None:
    """The named building or grounds a noun phrase names ("the Dalton Convention Centre",
    "Marlow Stadium"), where a gathering is held "at"; else None."""
    if noun.lower_ not in VENUE_NOUNS:
        return None
    thing = named_thing(noun)
    return thing if thing is not None and thing.root == noun and len(thing) > 1 else None


def _a_persons_name(ent: Span) -> bool:
    """ "a boost for Lee in Ohio": a name the recognizer tags a place here and a person
    elsewhere in the article is the person's (people are never located)."""
    words = ent.text.split()
    return any(e.label_ == "PERSON" and e.text.split()[-len(words):] == words
               for e in ent.doc.ents)


def _national(thing: Span, place: Span) -> bool:
    """ "ran for US Senate in Arizona": a body named by its country is the whole country's;
    a region of that country only says where something else happened."""
    first = thing.text.split()[0] if thing.text.split() else ""
    country = country_for_name(first)
    return country is not None and region_country(place.text) == country.code


def place_of(noun: Token) -> Span | None:
    """The named place a noun phrase names: "Quebec", "Dalton" in "the Oak Hill area of
    Dalton", "the city of Dalton", "the capital, Dalton" or "the Dalton district"; else
    None."""
    if is_place_phrase(noun):
        return entity_of(noun)
    if noun.lower_ in AREA_NOUNS:
        named = next((c for c in noun.children if c.dep_ == "appos" and is_place_phrase(c)),
                     None)
        if named is not None:
            return entity_of(named)
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if pobj is not None:
            return place_of(pobj)
        return _named_before(noun)
    return None


def _named_before(noun: Token) -> Span | None:
    """ "the Oak Hill district", "the Auriga constellation": a place named just before a
    common noun that says what kind of place it is."""
    if not noun.is_lower or noun.ent_type_ or noun.i == 0:
        return None
    name = noun.doc[noun.i - 1]
    ent = entity_of(name) if name.dep_ == "compound" and name.head == noun and \
        is_place_phrase(name) else None
    return ent if ent is not None and ent.end == noun.i else None


def _apart(thing: Span, place: Span) -> bool:
    """Two names, neither inside the other nor the same words."""
    return (thing.end <= place.start or place.end <= thing.start) and \
        normalize(thing.text) != normalize(place.text)


def _owner_before(noun: Token, prep: Token) -> Span | None:
    """ "Ann Lee of the Marlow Institute in Quebec": the named body of the "of" phrase that
    ends just before `prep`, when the parser hung `prep` on the person."""
    for of in noun.children:
        if of.dep_ == "prep" and of.lower_ == "of" and of.right_edge.i + 1 == prep.i:
            pobj = next((g for g in of.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in ("ORG", "FAC"):
                return named_thing(pobj)
    return None


def _owned_by_a_noun(thing: Span) -> bool:
    """ "the annual meeting of the Acme Society in Dalton": the place may be the meeting's;
    the phrase does not say where the society is ("the city of Dalton in Ohio" is Dalton).
    So with a place that says where something else is: "residents near Mount Kelso in
    Dalton" may be the residents in Dalton."""
    root = thing.root
    owner = root.head.head
    if root.dep_ == "pobj" and root.head.lower_ in _NEARBY:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "of" and owner.pos_ == "NOUN" and \
        owner.lower_ not in AREA_NOUNS


# prepositions that place something by a landmark
_NEARBY = frozenset({"near", "around", "outside", "beside", "off", "behind", "opposite"})


def placed_by_phrase(noun: Token) -> list[Placed]:
    """ "the Marlow Institute in Quebec": a named thing and the place of its "in" phrase."""
    found = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        place = place_of(pobj) if pobj is not None else None
        if place is None:
            continue
        if noun.ent_type_ == "PERSON":
            thing = _owner_before(noun, prep)
        elif _kind_beside_a_name(noun):
            # (only the name just before the comma: "Acme Club for Dalton School, a school
            # in Ohio" describes the school, whatever the parser hung it on)
            thing = named_thing(noun.head)
            thing = thing if thing is not None and thing.end == noun.left_edge.i - 1 else None
        elif noun.lower_ in AREA_NOUNS and noun.ent_type_ not in ("ORG", "FAC"):
            # "the city of Dalton in Ohio" (not "the Acme Convention Center in Dalton")
            thing = place_of(noun)
            thing = thing if thing is not None and not _is_country(thing) else None
        else:
            thing = named_thing(noun)
        if thing is not None and _apart(thing, place) and not _owned_by_a_noun(thing) and \
                not _national(thing, place):
            found.append(Placed(thing, place, prep))
    return found


def placed_by_next_phrase(noun: Token) -> Placed | None:
    """ "studied patients in Dalton in Ohio's Kent County": a named place of an "in" phrase
    and the named place of the "in" phrase of the same head right after it, which the
    parser hangs beside it (never a country in anything but a continent or region, and a
    building never holds a town: "in Boston in Fenway Park" is no Boston in the park). The
    first phrase is the name alone: "malls in Dalton and Acme Mall in Kelso" lists two."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or not is_place_phrase(noun):
        return None
    after = noun.right_edge.i + 1
    doc = noun.doc
    if after >= len(doc) or doc[after].lower_ != "in" or doc[after].dep_ != "prep" or \
            doc[after].head.i != prep.head.i:
        return None
    pobj = prep_object(doc[after])
    smaller = entity_of(noun)
    larger = entity_of(pobj) if pobj is not None and pobj.ent_type_ in ("GPE", "LOC") else None
    if smaller is None or larger is None or smaller.end != after or \
            not _apart(smaller, larger) or \
            larger.root.lower_ in VENUE_NOUNS | FACILITY_NOUNS | BODY_NOUNS or \
            _is_country(larger) and _is_country(smaller) or \
            _is_country(smaller) and larger.label_ != "LOC" or \
            region_country(smaller.text) not in (None, _country_code(larger)):
        return None
    return Placed(smaller, larger, doc[after])


def _kind_beside_a_name(noun: Token) -> bool:
    """ "Marlow, a port city in Ruritania", "Acme Relief, a charity in Dalton": a word for a
    kind of place or body set beside a name after its comma says what the name is, and its
    "in" phrase where it lies."""
    return noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.lower_ in KIND_NOUNS and \
        noun.head.i < noun.i and noun.left_edge.i > 0 and \
        noun.doc[noun.left_edge.i - 1].text == ","


def _country_code(span: Span) -> str | None:
    country = country_for_name(span.text)
    return country.code if country is not None else None


def _lies_in(smaller: Span, larger: Span) -> bool:
    """Can the first place lie in the second, written "Smaller, Larger"? A town in a region
    or country, a region in its own country ("Georgia, United States"); never a country or
    a region in anything else."""
    region = region_country(larger.text)
    country = _country_code(larger)
    if region is None and country is None:
        return False
    inner_region = region_country(smaller.text)
    inner_country = _country_code(smaller)
    if inner_region is None and inner_country is None:
        return True
    return country is not None and inner_region == country


def names_its_region(name: Token, appositive: Token) -> bool:
    """Is the apposition after a name's comma the region or country the name lies in
    ("South Bend, Indiana", "Acme Works, Ohio")? Then it is no second name of the same
    thing, whatever the recognizer tagged the first ("X is Indiana" would be wrong)."""
    doc = name.doc
    if name.i + 2 >= len(doc) or doc[name.i + 1].text != "," or not name.ent_type_:
        return False
    ents = name.sent.ents
    smaller = next((ent for ent in ents if ent.end - 1 == name.i), None)
    larger = _ent_at(ents, name.i + 2)
    return smaller is not None and larger is not None and larger.root == appositive and \
        larger.label_ in ("GPE", "LOC") and _apart(smaller, larger) and \
        _lies_in(smaller, larger)


def _is_listed(kind_of: Span, other: Span) -> bool:
    """Is `other` a place like `kind_of` (a country or region beside a country or region),
    not the country `kind_of` lies in? Then the two are items of a list."""
    if region_country(other.text) is None and _country_code(other) is None:
        return False
    return not (region_country(kind_of.text) is not None and
                region_country(kind_of.text) == _country_code(other))


def _ent_at(ents: Sequence[Span], start: int) -> Span | None:
    return next((ent for ent in ents if ent.start == start), None)


def _ent_starting(doc: Doc, start: int, after: int) -> Span | None:
    """The entity that starts at token `start`, in the sentence of token `after` before it
    (read off the tokens' tags: Token.sent and Doc.ents build their spans on every call)."""
    if start >= len(doc) or doc[start].ent_iob_ != "B" or \
            any(doc[i].is_sent_start for i in range(after + 1, start + 1)):
        return None
    return entity_of(doc[start])


def placed_by_comma(token: Token) -> Placed | None:
    """ "Dalton, Georgia": a place named just before a comma, and the region or country
    named just after it, when the two are no items of a list of places ("Lyon, Italy and
    Spain", "Iran, Lyon, Italy")."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "," or not token.ent_type_ or \
            doc[token.i + 1].ent_iob_ == "I":
        return None  # (the cheap test first: most words are no name before a comma)
    smaller = entity_of(token)
    if smaller is not None and smaller.end - 1 != token.i:
        smaller = None
    comma = token.i + 1
    if smaller is None or smaller.label_ not in ("GPE", "LOC", "FAC", "ORG") or \
            smaller.label_ == "ORG" and any(t.pos_ == "ADP" for t in smaller):
        return None  # (a body's name holding a preposition may hold a place of its own)
    larger = _ent_starting(doc, comma + 1, token.i)
    if larger is None or larger.label_ not in ("GPE", "LOC") or \
            not _lies_in(smaller, larger) or not _apart(smaller, larger) or \
            larger.root.head.i >= larger.end or _a_persons_name(smaller):
        return None  # ("from Acme, US officials said": the country qualifies a noun after)
    after = larger.end
    while after < len(doc) and doc[after].lower_ in _LIST_WORDS:
        after += 1
    following = _ent_starting(doc, after, token.i) if after > larger.end else None
    if following is not None and _is_listed(larger, following):
        return None
    if smaller.start >= 2 and doc[smaller.start - 1].text == ",":
        preceding = entity_of(doc[smaller.start - 2])
        if preceding is not None and (preceding.end != smaller.start - 1 or any(
                doc[i].is_sent_start for i in range(preceding.end, smaller.start + 1))):
            preceding = None  # (ending elsewhere, or in another sentence)
        if preceding is not None and _is_listed(smaller, preceding):
            return None
    return Placed(smaller, larger, doc[comma])
