"""Mention finding: which words of an article are names, with their titles.

spaCy's entities are the start, repaired where the small model splits or mislabels
them ("Islamic" NORP + "State" is one name); proper nouns it missed and acronyms are
added, and names from a gazetteer. Titles and honorifics ("President", "Mr.") are cut
off into `Name.titles` (they become roles and gender cues); "the" and a possessive
"'s" are cut off too; a title alone as an office held ("appointed him Foreign
Secretary") is no name; "President of Atlantis Ann Lee", read by the model as one name,
is a place and a person. Names on credit and copyright lines are dropped: a photo credit
names no actor of the story. Where the model cuts one name in pieces or runs two
together, `namerepairs` mends it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..demonyms import country_for_demonym, country_for_name
from ..lexicon import PARTY_ADJECTIVES, PAST_ROLE_WORDS, QUOTE_MARKS, ROLES, VESSEL_PREFIXES
from ..qualifiers import is_portfolio
from ..timex import WEEKDAYS
from .aliases import spelled_out
from .gluedoffices import glued_offices, place_label
from .keys import title_key
from .namerepairs import (
    hyphen_prefixed,
    joined,
    numbered,
    plural_possessive,
    role_before_person,
    role_end,
    split_inside,
    whole_titles,
    with_kin,
)
from .state import ArticleState, Name
from .words import (
    ACRONYM,
    DEAD_WORDS,
    LEGISLATOR_TITLES,
    MAX_TITLE_WORDS,
    NAME_LABELS,
    NAME_PARTICLES,
    ORG_WORDS,
    OTHER_ENT_LABELS,
    PURE_QUANTITY_HEADS,
    TITLES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# the words of the posts a person holds ("state representative", "mayor")
ROLE_WORDS = frozenset(w for role in ROLES for w in role.split())

def find_names(state: ArticleState) -> list[Name]:
    """Every name of the article, in text order."""
    doc = state.doc
    names: list[Name] = []
    taken: set[int] = set()
    other_ents: set[int] = set()
    for ent in state.ents:
        if ent.label_ in OTHER_ENT_LABELS:
            other_ents.update(range(ent.start, ent.end))
    names.extend(_office_names(state, taken))
    for ent in state.ents:
        if ent.label_ not in NAME_LABELS or any(t in taken for t in range(ent.start, ent.end)):
            continue
        for start, end in _segments(state, ent.start, ent.end):
            pieces = [piece for part in split_inside(state, start, end, ent.label_)
                      for apart in _outlet_apart(state, *part)
                      for piece in _preposition_object_apart(state, *apart)]
            for begin, stop, label in pieces:
                if role_before_person(state, begin, role_end(state, stop), whole=True):
                    continue  # "Supreme" of "Supreme Leader Ali Khamenei" tagged alone
                name = _make_name(state, begin, stop, label)
                if name is not None:
                    names.append(name)
                    taken.update(range(name.start, name.end))
    names.extend(_untagged_names(state, taken, other_ents))
    names.extend(_echoed_names(state, names, taken, other_ents))
    if state.gazetteer is not None:
        names.extend(_gazetteer_names(state, taken))
    names = [n for n in names
             if not state.boilerplate(doc[n.start].idx, doc[n.end - 1].idx)]
    names = numbered(doc, hyphen_prefixed(
        doc, sorted(_without_pairings(names), key=lambda n: n.start)))
    names = joined(state, names)
    names = sorted(names + spelled_out(state, names), key=lambda n: n.start)
    return [with_kin(state, n) for n in whole_titles(state, names)]


def _office_names(state: ArticleState, taken: set[int]) -> list[Name]:
    """The place and the person of "President of Atlantis Ann Lee", which the recognizer
    reads as one name ("Atlantis Ann Lee"); the person keeps the title unless it is over
    ("Former President of ...")."""
    names = []
    for office in glued_offices(state.doc, state.names_alone()):
        title = title_key(state.texts[office.role[0]:office.role[1]])
        place = _make_name(state, *office.place, place_label(state.doc, office))
        person = _make_name(state, *office.person, "PERSON")
        if place is None or person is None:
            continue
        past = office.role[0] > 0 and state.texts[office.role[0] - 1].lower() in PAST_ROLE_WORDS
        if title in TITLES and not person.titles and not past:
            person = replace(person, titles=(title,))
        names += [place, person]
        taken.update(range(place.start, person.end))
    return names


def _without_pairings(names: list[Name]) -> list[Name]:
    """Drop "Lee-Chan" in "the Lee-Chan debate": two people of the article hyphened into
    a modifier name both, not a third actor. A hyphened name whose parts are not each a
    person's name in the article ("Coca-Cola", "Nagorno-Karabakh") stays."""
    words = {n.text.split()[-1].casefold() for n in names
             if (n.label == "PERSON" or n.titles) and "-" not in n.text}
    kept = []
    for name in names:
        parts = name.text.split("-")
        if len(parts) >= 2 and " " not in name.text and all(
                p[:1].isupper() and p.casefold() in words for p in parts):
            continue
        kept.append(name)
    return kept


def _untagged_names(state: ArticleState, taken: set[int], other_ents: set[int]) -> list[Name]:
    """Proper nouns the model did not tag ("Daesh" is sometimes missed) and acronyms."""
    doc, sent_of = state.doc, state.sent_of
    names: list[Name] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in taken or i in other_ents or not _name_token(token, first=True):
            i += 1
            continue
        # a capitalised adjective before the name joins it ("Former PM", "Free Syrian
        # Army"); the walk back moves only the start, never the scan position
        start = i
        while start > 0 and start - 1 not in taken and start - 1 not in other_ents and \
                doc[start - 1].pos_ == "ADJ" and doc[start - 1].text[:1].isupper() and \
                country_for_demonym(doc[start - 1].text) is None and \
                sent_of[start - 1] == sent_of[i]:
            start -= 1
        # an acronym glued by a hyphen to the word before it is one word with it ("C-MORE")
        if start == i and start >= 2 and ACRONYM.match(token.text) and \
                doc[start - 1].text == "-" and \
                not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ and \
                doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper() and \
                start - 2 not in taken:
            start -= 2
        end = i + 1
        while end < len(doc) and end not in taken and end not in other_ents and \
                sent_of[end] == sent_of[i]:
            if plural_possessive(doc, end) and end + 1 not in taken | other_ents:
                end += 1  # "Workers' Party" is one name
            elif not (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
                break
            end += 1
        if role_before_person(state, start, end):
            i = end
            continue
        for begin, stop, label in split_inside(state, start, end, ""):
            name = _make_name(state, begin, stop, label)
            if name is not None:
                names.append(name)
                taken.update(range(name.start, name.end))
        i = end  # always past the name token: the scan advances on every input
    return names


def _echoed_names(state: ArticleState, names: list[Name], taken: set[int],
                  other_ents: set[int]) -> list[Name]:
    """A capitalised word the model tagged as a common noun that repeats the last word
    of a person's or organization's name of the article: "the Lakers" after "the Los
    Angeles Lakers" (NNS), a surname tagged NOUN; not a generic organization word
    ("the Police"). Clustering then decides whose it is. A word that starts its
    sentence, a title ("President") and a title-case line (a headline) are no echo."""
    doc, sent_of = state.doc, state.sent_of
    last_words = {name.text.split()[-1] for name in names if name.text[:1].isupper()
                  and len(name.text.split()) > 1 and name.label in {"ORG", "PERSON"}
                  and name.text.split()[-1].casefold() not in ORG_WORDS}
    found: list[Name] = []
    for token in doc:
        if token.i in taken or token.i in other_ents or token.pos_ != "NOUN" or \
                token.is_sent_start or token.text not in last_words or \
                not token.text[:1].isupper() or token.text.isupper() or \
                title_key([token.text]) in TITLES or _title_case(state, sent_of[token.i]):
            continue
        name = _make_name(state, token.i, token.i + 1, "")
        if name is not None:
            found.append(name)
            taken.add(token.i)
    return found


def _title_case(state: ArticleState, sentence: int) -> bool:
    """Is the sentence a title-case line ("Fire Kills Ten In Hotel"), most words capitalised?"""
    words = [t for t in state.sents[sentence] if t.is_alpha]
    return bool(words) and sum(t.text[:1].isupper() for t in words) * 2 > len(words)


def _name_token(token: Token, *, first: bool = False) -> bool:
    if ACRONYM.match(token.text) and len(token.text.replace(".", "")) >= 2:
        return True
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    if first and title_key([token.text]) in TITLES:
        return False
    if first and token.lower_ in PURE_QUANTITY_HEADS:
        return False  # "Millions marched": a capitalised amount is no name
    return not (first and token.is_sent_start and token.text.casefold() in DEAD_WORDS)


_DASHES = {"—", "–"}


def _segments(state: ArticleState, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Split an entity at line breaks, slashes, spaced dashes, a lone quotation mark and an
    unclosed bracket (caption credits glue names together; "Tesco — Netto", 'Twitter "Acme' are two
    names, while "Austria–Hungary" and a quoted nickname stay whole)."""
    doc = state.doc
    quotes = [i for i in range(start, end) if doc[i].text in QUOTE_MARKS]
    breaks = {i for i in range(start, end) if doc[i].text in {"/", "|"} or (
        doc[i].text in _DASHES and (doc[i].whitespace_ or doc[i - 1].whitespace_))}
    if len(quotes) % 2:
        breaks.update(quotes)
    # an unclosed bracket: "World Health Organization (WHO" is a name and its short form
    opened = [i for i in range(start, end) if doc[i].text == "("]
    if len(opened) != sum(doc[i].text == ")" for i in range(start, end)):
        breaks.update(opened)
    begin = start
    for i in range(start, end):
        token = doc[i]
        if "\n" in token.text or i in breaks or "\n" in token.whitespace_:
            if "\n" in token.whitespace_ and i not in breaks and "\n" not in token.text:
                yield begin, i + 1
            elif i > begin:
                yield begin, i
            begin = i + 1
    if begin < end:
        yield begin, end


def _outlet_apart(state: ArticleState, start: int, end: int,
                  label: str) -> list[tuple[int, int, str]]:
    """A person's name glued to an outlet's acronym before it is two names.

    "told WKRN Omar Haddad that..." tags "WKRN Omar Haddad" as one name: an acronym of
    three or more capitals (no dots: "J.R." is an initial) before two or more name words
    is an organization and a person when the model called the whole a person, or when
    the article names that person elsewhere (so "BBC World Service" stays whole).
    Shorter capitals ("AJ") may be a person's initials and stay.
    """
    doc = state.doc
    first = doc[start]
    if label not in {"PERSON", "ORG"} or end - start < 3 or not (
            first.is_upper and first.is_alpha and len(first.text) >= 3) or \
            not doc[start + 1].text[:1].isupper() or doc[start + 1].is_upper:
        return [(start, end, label)]
    rest = doc[start + 1:end]
    if label == "ORG":
        surname = rest[-1].lower_
        people = [e for e in state.ents if e.label_ == "PERSON" and e.start != start]
        if not any(e.text == rest.text or (len(e) > 1 and e[-1].lower_ == surname)
                   for e in people):
            return [(start, end, label)]
    return [(start, start + 1, "ORG"), (start + 1, end, "PERSON")]


def _preposition_object_apart(state: ArticleState, start: int, end: int,
                              label: str) -> list[tuple[int, int, str]]:
    """A preposition's object glued to the person after it is two names: "on Acme Lee
    said" (the parser leaves "on" with no object of its own) is the platform and Lee,
    when the article names a person Lee elsewhere."""
    doc = state.doc
    if label != "PERSON" or end - start < 2 or start == 0 or doc[start - 1].dep_ != "prep" \
            or any(t.dep_ in ("pobj", "pcomp") for t in doc[start - 1].children):
        return [(start, end, label)]
    surname = doc[end - 1].lower_
    named = any(e.label_ == "PERSON" and e.start != start and len(e) > 1 and
                e[-1].lower_ == surname and e[0].lower_ != doc[start].lower_
                for e in state.ents)
    if not named:
        return [(start, end, label)]
    return [(start, end - 1, "ORG"), (end - 1, end, "PERSON")]


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
    return head.ent_type_ == "PERSON" or (head.tag_ == "NN" and head.lower_ in ROLE_WORDS)


def _make_name(state: ArticleState, start: int, end: int, label: str) -> Name | None:
    """The name on tokens start..end with its titles, or None when the words are no name."""
    doc = state.doc
    # repair: an adjective-like NORP the country table does not know, followed by
    # capitalized proper nouns, is the start of a name ("Islamic" + "State")
    if label == "NORP" and end - start == 1 and country_for_demonym(doc[start].text) is None:
        j = end
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                and not doc[j].ent_type_ and state.sent_of[j] == state.sent_of[start]:
            j += 1
        if j == end and not _party_of_one(doc[start]):
            return None
        end, label = j, "ORG"
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    named_for = _named_for_a_saint(state, start, end)
    if named_for is not None:
        end, label = named_for, "FAC"
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].lower_ in {"'s", "’s"}):
        end -= 1
    if _opens_a_day_or_a_ship(doc, end):
        return None
    if _place_qualifier(state, start, end):
        return Name.over(doc, start, end, "GPE")
    start, titles = _titles(state, start, end)
    if titles and country_for_name(doc[start:end].text) is not None:
        return None  # "Captain America", "Mr. Europe": a title before a country is no person
    if start >= end:
        return None
    span = doc[start:end]
    if not any(c.isalpha() for c in span.text):
        return None
    if label != "" and any(t.pos_ in {"VERB", "AUX", "ADV", "PRON", "SCONJ"}
                           and not ACRONYM.match(t.text) for t in span):
        return None  # "According" tagged PERSON
    if not span[0].text[:1].isupper() and span[0].lower_ not in NAME_PARTICLES:
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
    if doc[end - 1].text in VESSEL_PREFIXES:
        return True
    verb = doc[end + 1] if end + 1 < len(doc) else None
    return after.lower_ in WEEKDAYS and (verb is None or verb.pos_ not in ("VERB", "AUX"))


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
        following is not None and following.pos_ == "PROPN" and following.text[:1].isupper())


def _titles(state: ArticleState, start: int, end: int) -> tuple[int, list[str]]:
    """Where the name starts after its titles, and the titles inside and just before it."""
    titles: list[str] = []
    # a title the entity cuts in two ("First" + "Lady Ann Lee" tagged)
    for size in range(1, MAX_TITLE_WORDS):
        if 0 < start and start + size < end and \
                title_key(state.texts[start - 1:start + size]) in TITLES and \
                state.texts[start - 1][:1].isupper():
            titles.append(title_key(state.texts[start - 1:start + size]))
            start += size
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
    i = start
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


def _gazetteer_names(state: ArticleState, taken: set[int]) -> list[Name]:
    assert state.gazetteer is not None
    doc = state.doc
    lowered = [t.lower_ for t in doc]
    where: dict[str, list[int]] = defaultdict(list)
    for i, word in enumerate(lowered):
        where[word].append(i)
    found: list[Name] = []
    patterns = {tuple(w.casefold() for w in re.findall(r"\w+|[^\w\s]", name))
                for name in state.gazetteer.names()}
    # longest names first, so "New York City" wins over "New York"
    for parts in sorted(patterns - {()}, key=lambda p: (-len(p), p)):
        size = len(parts)
        for i in where.get(parts[0], ()):
            if tuple(lowered[i:i + size]) == parts and \
                    not taken.intersection(range(i, i + size)):
                found.append(Name(i, i + size, doc[i:i + size].text, "GAZ"))
                taken.update(range(i, i + size))
    return found
