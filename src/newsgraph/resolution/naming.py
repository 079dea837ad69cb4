"""Name making: whether the words the recognizer (or a repair) marks are a name, and
which titles come with it.

A span is cut of "the", a possessive "'s" and the titles inside or just before it
("President", "Mr.": they become `Name.titles`, roles and gender cues; a title's word
opening a body's or a place's name is its own, "General Services Administration"); it is
no name when it is a title alone held as an office ("appointed him Foreign Secretary"), a
demonym, a quantity, a verb the model tagged, or the first word of a day or a ship's
name. A party's word alone names the party only where it tells one person's membership
("Republican Ann Lee"). `mentions` finds the spans; this module decides each one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..demonyms import country_for_demonym, country_for_name, one_of_a_people
from ..lexicon import (
    CANDIDATE_ROLES,
    CREATIVE_WORKS,
    PARTY_ADJECTIVES,
    PARTY_CONTESTS,
    PARTY_NAMES,
    ROLES,
    VESSEL_PREFIXES,
)
from ..parsing import hyphen_piece, lemma_of
from ..qualifiers import is_portfolio, weekday_of_a_name
from .keys import title_key
from .state import ArticleState, Name
from .words import (
    ACRONYM,
    DEAD_WORDS,
    GEO_SUFFIXES,
    LEGISLATOR_TITLES,
    MAX_TITLE_WORDS,
    NAME_PARTICLES,
    NAMED_BODY_NOUNS,
    NAMED_PLACE_NOUNS,
    OCCUPATION_TITLES,
    PURE_QUANTITY_HEADS,
    TITLES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# the words of the posts a person holds ("state representative", "mayor")
ROLE_WORDS = frozenset(w for role in ROLES for w in role.split())


def _party_of_one(word: Token) -> bool:
    """A party's word alone names the party where it tells one person's membership: "a
    Democrat", "Republican Ann Lee", "the Labour mayor", "Republican state representative
    Ann Lee"; not where it describes a group or a thing ("Democratic forces", "Republican
    senators", "the Democratic primary")."""
    if word.lower_ not in PARTY_ADJECTIVES:
        return False
    head = word.head
    if word.dep_ not in ("amod", "compound", "nmod") or head == word:
        return word.pos_ in ("NOUN", "PROPN")
    if head.ent_type_ == "PERSON" or (head.tag_ == "NN" and head.lower_ in ROLE_WORDS) or \
            _party_before_a_post(word, head) or _candidates_contest(head):
        return True
    # "the Republican Senate Majority Leader": through the singular nouns of the post's
    # name to its role word
    for _ in range(MAX_TITLE_WORDS):
        if head.dep_ != "compound" or head.tag_ not in ("NN", "NNP") or head.head.i <= head.i:
            return False
        head = head.head
        if head.tag_ in ("NN", "NNP") and head.lower_ in ROLE_WORDS:
            return True
    return False


def _party_before_a_surname(state: ArticleState, i: int) -> bool:
    """ "Democrat Lee said", after "Ann Lee": a party's word hung on the surname right after
    it, of a person the article names in full, tells her membership (as "Republican Ann
    Lee" does), though the recognizer left the surname untagged here."""
    word = state.doc[i]
    return word.lower_ in PARTY_ADJECTIVES and word.dep_ in ("amod", "compound", "nmod") and \
        word.head.i == i + 1 and word.head.text in state.full_surnames()


def _candidates_contest(contest: Token) -> bool:
    """ "a candidate in the Democratic primaries", "the candidate for the Republican
    nomination": the party's own contest, run in by the one candidate (roles._party_contest
    makes the candidate a member of the party)."""
    link = contest.head
    return contest.lower_ in PARTY_CONTESTS and contest.dep_ == "pobj" and \
        link.lower_ in ("in", "for") and link.head.lower_ in CANDIDATE_ROLES


def _party_before_a_post(word: Token, after: Token) -> bool:
    """ "Republican Senator Ann Lee", "a Democratic Assemblywoman": a party's word before a
    capitalised post is the party's, and the post a title, no name of their own."""
    return word.lower_ in PARTY_ADJECTIVES and after.i == word.i + 1 and after.lower_ in ROLES


def make_name(state: ArticleState, start: int, end: int, label: str) -> Name | None:
    """The name on tokens start..end with its titles, or None when the words are no name."""
    doc = state.doc
    # repair: an adjective-like NORP the country table does not know, followed by
    # capitalized proper nouns, is the start of a name ("Islamic" + "State"); not before
    # the surname of a person the article names in full ("Democrat Lee" after "Ann Lee":
    # the party's word before her name)
    if label == "NORP" and end - start == 1 and country_for_demonym(doc[start].text) is None:
        j = end
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                and not doc[j].ent_type_ and state.sent_of[j] == state.sent_of[start] \
                and not _party_before_a_post(doc[start], doc[j]) and \
                not (j == end and doc[j].text in state.full_surnames()):
            j += 1
        if j == end and not (_party_of_one(doc[start]) or _party_before_a_surname(state, start)):
            return None
        end, label = j, "ORG"
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    if end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" and \
            one_of_a_people(doc[start].text):
        return None  # "The Serb, 37, won": one person told by their people, no name
    if end - start == 1 and start > 0 and doc[start].text.casefold() in PARTY_NAMES and \
            doc[start - 1].ent_type_ == "NORP" and doc[start - 1].dep_ in ("amod", "compound") \
            and doc[start - 1].text[:1].isupper():
        start -= 1  # "Scottish Labour", "Welsh Conservatives": a party's branch, named so
    start = _given_names_before_a_particle(state, start)
    named_for = _named_for_a_saint(state, start, end)
    if named_for is not None:
        end, label = named_for, "FAC"
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].lower_ in {"'s", "’s"}):
        end -= 1
    if _opens_a_day_or_a_ship(doc, end) or a_works_title(doc, start):
        return None
    if _place_qualifier(state, start, end):
        return Name.over(doc, start, end, "GPE")
    titled = _titled_place_or_body(state, start, end, label)
    start, titles = (titled, []) if titled is not None else _titles(state, start, end, label)
    if titles and country_for_name(doc[start:end].text) is not None:
        return None  # "Captain America", "Mr. Europe": a title before a country is no person
    if start >= end:
        return None
    span = doc[start:end]
    if not any(c.isalpha() for c in span.text):
        return None
    if label != "" and any(t.pos_ in {"VERB", "AUX", "ADV", "PRON", "SCONJ"}
                           and not ACRONYM.match(t.text) and not _after_a_hyphen(t)
                           for t in span) and not _owner_of_a_post(span):
        return None  # "According" tagged PERSON (not "Park Won-soon": a name's own part)
    if not span[0].text[:1].isupper() and span[0].lower_ not in NAME_PARTICLES and \
            not _brand_opening(span):
        return None
    if end - start == 1 and country_for_demonym(span.text) and \
            country_for_name(span.text) is None:
        return None  # a demonym ("Australian", "Argentinians") is its country, no name
    if end - start == 1 and not ACRONYM.match(span.text) and (
            span[0].lower_ in PURE_QUANTITY_HEADS or span[0].lower_ in DEAD_WORDS):
        return None  # "Millions", "Much" tagged as a name
    if end - start == 1 and span.text.isupper() and span[0].lower_ in ROLES:
        return None  # "Tesco's CEO" tagged as a body: a post, no name
    if _office_held(span) or span[-1].lower_ in LEGISLATOR_TITLES or is_portfolio(span.root):
        return None
    return Name.over(doc, start, end, label, tuple(titles))


# a name's last word that makes it a body's or a place's, never a person's
_BODY_OR_PLACE_HEADS = frozenset(NAMED_BODY_NOUNS | NAMED_PLACE_NOUNS | GEO_SUFFIXES)


def _titled_place_or_body(state: ArticleState, start: int, end: int,
                          label: str) -> int | None:
    """Where a body's or a place's name that opens with a title's word starts: "the General
    Services Administration", "[General] Kelso City" (the model tags "Kelso City" alone).
    A title is a person's, and a name ending in a body's or a place's word, with no person
    tagged in it, names none: the title's word is the name's own. None for any other."""
    doc = state.doc
    head = doc[start:end].root  # "Dunmore University of Geology" ends in no head word
    if label not in {"ORG", "GPE", "LOC", "FAC", ""} or end - start < 2 or \
            head.lower_ not in _BODY_OR_PLACE_HEADS or not head.is_title or \
            any(t.ent_type_ == "PERSON" for t in doc[start:end]):
        return None
    if title_key([doc[start].text]) in TITLES and doc[start].is_title:
        return start
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_title and not before.ent_type_ and \
            title_key([before.text]) in TITLES and start <= before.head.i < end and \
            before.dep_ == "compound" and not before.is_sent_start:
        return start - 1
    return None


def _brand_opening(span: Span) -> bool:
    """ "spotLESS Materials", "eKelso Labs": a brand's word written with capitals inside,
    opening a name whose other words are all capitalised, is the name's first word (alone,
    "mRNA" or "pH" is a term, no name)."""
    first = span[0]
    return len(span) > 1 and first.is_alpha and any(c.isupper() for c in first.text[1:]) and \
        all(t.text[:1].isupper() for t in span[1:])


def _after_a_hyphen(token: Token) -> bool:
    """Is the token the part after a hyphen of one word ("soon" of "Won-soon")? The tagger
    reads such a part as the word it spells, not as a part of a name."""
    return token.i >= 2 and hyphen_piece(token.doc[token.i - 2])


def _given_names_before_a_particle(state: ArticleState, start: int) -> int:
    """Where a name the recognizer starts at a lower-case particle really starts: "Arnel
    dela Vega" tagged from "dela" keeps its given name (untagged capitalised proper nouns
    just before, in the same sentence)."""
    doc = state.doc
    if start >= len(doc) or doc[start].lower_ not in NAME_PARTICLES or \
            doc[start].text[:1].isupper():
        return start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and not doc[start - 1].ent_type_ and state.sent_of[start - 1] == state.sent_of[start]:
        start -= 1
    return start


def _named_for_a_saint(state: ArticleState, start: int, end: int) -> int | None:
    """Where a church's, a hospital's or a school's name named for a saint ends: "St.
    John's Episcopal Church", "St Mary's Hospital" (the recognizer stops at the "'s", and
    "Episcopal Church" alone is another body). None when the name is no such one."""
    doc = state.doc
    if end - start < 2 or doc[start].text not in _SAINT_WORDS:
        return None
    owner_end = end - 1 if doc[end - 1].tag_ == "POS" else end
    if owner_end >= len(doc) or doc[owner_end].tag_ != "POS" or owner_end - start < 2:
        return None
    stop = owner_end + 1
    while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper() \
            and state.sent_of[stop] == state.sent_of[start]:
        stop += 1
    if stop == owner_end + 1 or any(t.ent_type_ in {"DATE", "EVENT"} for t in doc[owner_end:stop]):
        return None  # ("St. Patrick's Day": a day)
    return stop


_SAINT_WORDS = frozenset({"St.", "St", "Saint", "Ste.", "Ste", "Sainte", "San", "Santa"})


def _opens_a_day_or_a_ship(doc: Doc, end: int) -> bool:
    """Does the name end where a day's name ("Super Tuesday") or a ship's ("MV Ocean Star")
    goes on? Not "Acme Tuesday said": a wire's day before its verb."""
    after = doc[end] if end < len(doc) else None
    if after is None or not after.text[:1].isupper():
        return False
    return doc[end - 1].text in VESSEL_PREFIXES or weekday_of_a_name(doc, end)


def _place_qualifier(state: ArticleState, start: int, end: int) -> bool:
    """ "Pedro Alvarez, the mayor of Santa Rosa, Sultan Kudarat,": after a post already
    given to a named person, a name in apposition right after its place and a comma,
    opening with a title word, is the province or the state of that place ("King",
    "Sultan", "General" are part of place names); no titled person, no second holder."""
    doc = state.doc
    if start < 2 or end - start < 2 or doc[start - 1].text != "," or \
            doc[start - 2].ent_type_ not in ("GPE", "LOC") or \
            title_key([doc[start].text]) not in TITLES or \
            end < len(doc) and not doc[end].is_punct:
        return False
    root, place = doc[start:end].root, doc[start - 2]
    if root.dep_ != "appos" or place.dep_ != "pobj":
        return False
    # the place's role noun is already in apposition to a named person before it ("Pedro
    # Alvarez, the mayor of Santa Rosa, ..."); the name hangs on the place or on that noun
    role = place.head.head
    return role.dep_ == "appos" and role.head.ent_type_ == "PERSON" and \
        role.head.i < role.i and root.head.i in (place.i, role.i)


def _office_held(span: Span) -> bool:
    """Is the span a title alone, as an office someone holds ("appointed him Foreign
    Secretary", "succeeded her as Prime Minister", "was named Mayor") or before the name
    it titles ("Foreign Secretary Ann Lee" where only "Ann Lee" is tagged)? That is a
    role, no actor; a title alone as an actor ("the Prime Minister said") stays a name."""
    if title_key([t.text for t in span]) not in TITLES:
        return False
    root, doc = span.root, span.doc
    following = doc[span.end] if span.end < len(doc) else None
    return root.dep_ in {"oprd", "attr", "acomp", "xcomp"} or (
        root.dep_ == "pobj" and root.head.lower_ == "as") or (
        following is not None and following.pos_ == "PROPN" and following.text[:1].isupper()) \
        or _field_then_holder(doc, span.end)


def _field_then_holder(doc: Doc, at: int) -> bool:
    """Does a title's field and its holder's name follow it ("Deputy Prime Minister [for
    Finance Richard Sulík]", "Vice President [for Research and Innovation Ann Lee]")? The
    title is hers then, however the parser hung the name on its "for"."""
    if at >= len(doc) or doc[at].lower_ not in ("for", "of"):
        return False
    end = at + 1
    while end < len(doc) and end - at <= _MAX_FIELD_WORDS and doc[end].ent_type_ != "PERSON" \
            and (doc[end].is_title and doc[end].is_alpha or doc[end].lower_ == "and"):
        end += 1
    return at + 1 < end < len(doc) and doc[end - 1].lower_ != "and" and \
        doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B"


# the most words a title's field takes ("for Health and Social Care")
_MAX_FIELD_WORDS = 5


def _titles(state: ArticleState, start: int, end: int,
            label: str = "") -> tuple[int, list[str]]:
    """Where the name starts after its titles, and the titles inside and just before it
    (a person's, `label` PERSON, also a calling that opens it: OCCUPATION_TITLES)."""
    titles: list[str] = []
    if label == "PERSON" and end - start > 1 and state.texts[start][:1].isupper() and \
            state.texts[start].lower() in OCCUPATION_TITLES and \
            state.texts[start + 1][:1].isupper():
        titles.append(state.texts[start].lower())
        start += 1
    outside = start  # where the titles before the entity end
    # a title the entity cuts in two ("First" + "Lady Ann Lee" tagged)
    for size in range(1, MAX_TITLE_WORDS):
        if 0 < start and start + size < end and \
                title_key(state.texts[start - 1:start + size]) in TITLES and \
                state.texts[start - 1][:1].isupper():
            titles.append(title_key(state.texts[start - 1:start + size]))
            start += size
            outside -= 1
            break
    # titles inside the entity ("President Bashar al-Assad" tagged whole)
    while start < end:
        found = _title_at(state, start, end)
        if not found:
            break
        titles.append(found[0])
        start = found[1]
    # titles just before it ("Mr. Waters" where only "Waters" is tagged)
    texts = state.texts
    i = outside
    while i > 0:
        width = 0
        for size in range(MAX_TITLE_WORDS, 0, -1):
            if i - size >= 0 and title_key(texts[i - size:i]) in TITLES \
                    and texts[i - size][:1].isupper():
                width = size
                break
        if not width:
            break
        titles.insert(0, title_key(texts[i - width:i]))
        i -= width
    return start, titles


def _title_at(state: ArticleState, start: int, end: int) -> tuple[str, int] | None:
    """The title opening the name, unless what follows is no name ("Sheriff of X")."""
    for size in range(MAX_TITLE_WORDS, 0, -1):
        if start + size < end and not state.texts[start + size].islower():
            key = title_key(state.texts[start:start + size])
            if key in TITLES:
                return key, start + size
    return None


def _owner_of_a_post(span: Span) -> bool:
    """Is a one-word name the model also tagged as a verb a body whose post follows
    ("Spotify's chief executive", "Spotify chief executive Daniel Ek")? A verb takes no
    possessive "'s", nor stands before a post's title."""
    if len(span) != 1 or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return after.tag_ == "POS" or after.lower_ in ROLES


# verbs whose complement is the title of a work ("an artwork entitled America", "a book
# titled Russia"), not whatever the title's words name
_TITLING_VERBS = frozenset({"entitle", "title"})


def a_works_title(doc: Doc, start: int) -> bool:
    """Is the name the title a work is given ("a painting entitled America", "her album
    Northern Lights", "her single Messy", the work's word tagged an adjective)? Not a
    person's, a country's or a body's name, whatever the recognizer took it for."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and (
        before.lower_ in {"entitled", "titled"} and lemma_of(before).lower() in _TITLING_VERBS
        or before.lower_ in CREATIVE_WORKS and (
            before.pos_ == "NOUN" or before.head.i == start + _name_length(doc, start) - 1))


def _name_length(doc: Doc, start: int) -> int:
    """How many capitalised words the name starting at `start` has."""
    end = start
    while end < len(doc) and doc[end].text[:1].isupper():
        end += 1
    return max(end - start, 1)
