"""Glued offices: "Mayor of Kelso Ann Lee", which the small model reads as one name.

A title, "of" and a place or body run on into a person's name; the recognizer tags the
place and the person as one name ("Kelso Ann Lee"). This module says where the title,
the place and the person are (mention finding makes two names of them, roles.py the
person's post), and a legislator's "Senator from Vermont Ann Lee" too: a member sits
for the place named after "from".
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..demonyms import country_for_name, normalize, us_states
from ..lexicon import LEGISLATOR_ROLES, PLACE_ROLES, PORTFOLIO_WORDS, REGION_WORDS, ROLES
from ..parsing import hyphen_piece
from .namerepairs import LINKERS
from .words import NAME_LABELS, NAME_PARTICLES, ORG_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class GluedOffice:
    """"President of Atlantis Ann Lee", which the recognizer often reads as one name
    ("Atlantis Ann Lee"): the title, the place or body it is of, and the person, in token
    ranges (end exclusive)."""

    role: tuple[int, int]  # "President", "Prime Minister": a role of lexicon.ROLES
    place: tuple[int, int]
    person: tuple[int, int]


def glued_offices(span: Span | Doc, alone: Collection[str]) -> list[GluedOffice]:
    """Every "<Role> of <Place> <Person>" of the span, and a legislator's "<Role> from
    <Place> <Person>" ("Senator from Vermont Ann Lee": the place a member sits for);
    `alone` are the texts of the article's name entities (the names it uses on their own)."""
    return [office for t in span if (t.lower_ == "of" or t.lower_ == "from" and t.i > 0
                                     and t.doc[t.i - 1].lower_ in LEGISLATOR_ROLES)
            and (office := glued_office(t.doc, t.i, alone)) is not None]


def glued_office(doc: Doc, of: int, alone: Collection[str]) -> GluedOffice | None:
    """The office whose "of" is token `of`, when a name the recognizer tagged starts right
    after it (or its "the") and capitalised words run on into a person's name.

    Where the place ends: at the longest first part that is a country or a US state with
    a full name after it ("of India Ann Lee"); else where the recognizer's name ends, when
    a full name follows it ("of the Chess Federation Ann Lee"); else at the longest first
    part the article names on its own ("Kelso" elsewhere), or before a full name it does;
    else before the last two words (a given name and a surname). A portfolio ("Secretary of
    State Ann Lee") and an organization's or a place's word in the person's part ("of the
    European Commission Ann", "of New York City Ann Lee") make no such office.
    """
    role = next((size for size in (3, 2, 1) if of - size >= 0 and " ".join(
        t.lower_ for t in doc[of - size:of]) in ROLES), 0)
    start = of + 1 + (of + 1 < len(doc) and doc[of + 1].lower_ == "the")
    if not role or start >= len(doc) or doc[start].ent_type_ not in NAME_LABELS or \
            doc[start].lower_ in PORTFOLIO_WORDS or not (
                doc[start].ent_iob_ == "B" or  # (or the name starts with its "the")
                doc[start - 1].lower_ == "the" and doc[start - 1].ent_iob_ == "B"):
        return None
    tagged = start + 1  # where the recognizer's name ends
    while tagged < len(doc) and doc[tagged].ent_iob_ == "I":
        tagged += 1
    end = start
    while end < len(doc) and not (end > start and doc[end].is_sent_start) and (
            doc[end].text[:1].isupper() and doc[end].is_alpha and (
                doc[end].pos_ == "PROPN" or end < tagged) or
            end < tagged and doc[end].lower_ in LINKERS | {"the"} or  # "Court of Session"
            doc[end].lower_ in NAME_PARTICLES and end + 1 < len(doc) and
            doc[end + 1].text[:1].isupper() or _in_a_hyphened_word(doc, start, end)):
        end += 1
    # the words, a hyphened given name one word ("Man-kei"): token index of each start
    firsts = [i for i in range(start, end) if not _in_a_hyphened_word(doc, start, i)]
    words = [doc[i:(firsts + [end])[n + 1]].text for n, i in enumerate(firsts)]
    split = next((size for size in range(len(words) - 2, 0, -1)
                  if _known_place(" ".join(words[:size])) and _personal(words[size:])), None)
    if split is None and tagged < end and tagged in firsts and (
            end - tagged >= 2 or doc[tagged:end].text in alone):
        split = firsts.index(tagged)
    if split is None:
        split = _office_split(words, set(alone) - {doc[start:tagged].text})
    if split is None or not _personal(words[split:]) or _known_place(words[-1]):
        return None
    cut = firsts[split]
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON":
        return None  # "Director of Kelso Tourism Board, Ann Lee,": the holder comes after
    if of - role >= 2 and doc[of - role - 1].text == "," and \
            doc[of - role - 2].ent_type_ == "PERSON":
        return None  # "Ann Lee, Director of the Kelso Law School,": the holder came before
    # the person must be one: tagged so, named so elsewhere ("Lee"), or after a bare title
    # in capitals, as a name's title stands ("Mayor of Kelso Ann Lee"; "the leader of
    # Roman Catholic Christianity" names no one)
    # (a title in lower case after a place's name stands so too: "Kelso director of the
    # Tourism Board Ann Lee")
    first = doc[of - role]
    named = first.i
    while named > 0 and doc[named - 1].pos_ == "PROPN":
        named -= 1
    bare = first.text[:1].isupper() and not (
        first.i > 0 and doc[first.i - 1].pos_ in ("DET", "PRON")) or \
        named < first.i and not (named > 0 and doc[named - 1].pos_ in ("DET", "PRON"))
    person = doc[cut:end]
    if not bare and doc[start].ent_type_ != "PERSON" and \
            not any(t.ent_type_ == "PERSON" for t in person) and \
            not {words[-1], person.text} & persons_named(doc):
        return None
    return GluedOffice((of - role, of), (start, cut), (cut, end))


def _in_a_hyphened_word(doc: Doc, start: int, i: int) -> bool:
    """Is token i (after `start`) the dash or the second part of a hyphened word whose
    first part came before it ("Man-kei": the "-" and the "kei")?"""
    if i <= start or i >= len(doc) or not doc[i].is_alpha and doc[i].text not in ("-", "–"):
        return False
    if doc[i].text in ("-", "–"):
        return hyphen_piece(doc[i - 1]) and doc[i + 1].is_alpha if i + 1 < len(doc) else False
    return i - 2 >= start and doc[i - 1].text in ("-", "–") and hyphen_piece(doc[i - 2])


def place_label(doc: Doc, office: GluedOffice) -> str:
    """The entity label of an office's place: an organization when its last word is an
    organization's ("Federation"), it takes "the", as a body's name does and a town's
    does not ("Speaker of the House", "Mayor of Kelso"), or the post is none a place has
    ("Director of"), unless it is a country or a US state ("the United States")."""
    place = doc[office.place[0]:office.place[1]]
    if _known_place(place.text):
        return "GPE"
    # a post no place has ("Director of Acme Relief Ann Lee") is a body's
    role = " ".join(t.lower_ for t in doc[office.role[0]:office.role[1]])
    organization = place[-1].lower_ in ORG_WORDS or doc[place.start - 1].lower_ == "the" \
        or role not in PLACE_ROLES
    return "ORG" if organization else "GPE"


def _office_split(words: list[str], alone: Collection[str]) -> int | None:
    """How many of the words after the "of" name the place (see glued_office)."""
    for size in range(len(words) - 1, 0, -1):
        person = words[size:]
        if words[:size] and " ".join(words[:size]) in alone and _personal(person) and (
                len(person) >= 2 or " ".join(person) in alone):
            return size
    for size in range(1, len(words) - 1):  # a full name of the article (not a surname)
        if " ".join(words[size:]) in alone and _personal(words[size:]):
            return size
    return len(words) - 2 if len(words) >= 3 else None


def _known_place(text: str) -> bool:
    return country_for_name(text) is not None or normalize(text) in us_states()


def _personal(words: list[str]) -> bool:
    """No word of an organization's or a place's name ("Commission", "City")."""
    return not any(w.casefold() in ORG_WORDS | REGION_WORDS for w in words)


def persons_named(doc: Doc) -> frozenset[str]:
    """The texts the recognizer tags a person, and the surnames of its full names."""
    found = {e.text for e in doc.ents if e.label_ == "PERSON"}
    return frozenset(found | {name.split()[-1] for name in found})
