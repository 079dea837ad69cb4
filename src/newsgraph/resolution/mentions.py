"""Mention finding: which words of an article are names, with their titles.

spaCy's entities are the start, repaired where the small model splits or mislabels
them ("Islamic" NORP + "State" is one name); proper nouns it missed and acronyms are
added, and names from a gazetteer. Titles and honorifics ("President", "Mr.") are cut
off into `Name.titles` (they become roles and gender cues); "the" and a possessive
"'s" are cut off too. Names on credit and copyright lines are dropped: a photo credit
names no actor of the story.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..demonyms import country_for_demonym, country_for_name
from ..roles import ROLES
from .keys import title_key
from .state import ArticleState, Name
from .words import (
    ACRONYM,
    DEAD_WORDS,
    MAX_TITLE_WORDS,
    NAME_LABELS,
    NAME_PARTICLES,
    ORG_WORDS,
    OTHER_ENT_LABELS,
    PURE_QUANTITY_HEADS,
    TITLES,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def find_names(state: ArticleState) -> list[Name]:
    """Every name of the article, in text order."""
    doc = state.doc
    names: list[Name] = []
    taken: set[int] = set()
    other_ents: set[int] = set()
    for ent in state.ents:
        if ent.label_ in OTHER_ENT_LABELS:
            other_ents.update(range(ent.start, ent.end))
    for ent in state.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        for start, end in _segments(state, ent.start, ent.end):
            pieces = [piece for part in _split_inside(state, start, end, ent.label_)
                      for piece in _outlet_apart(state, *part)]
            for begin, stop, label in pieces:
                if _role_before_person(state, begin, _role_end(state, stop), whole=True):
                    continue  # "Supreme" of "Supreme Leader Ali Khamenei" tagged alone
                name = _make_name(state, begin, stop, label)
                if name is not None:
                    names.append(name)
                    taken.update(range(name.start, name.end))
    names.extend(_untagged_names(state, taken, other_ents))
    if state.gazetteer is not None:
        names.extend(_gazetteer_names(state, taken))
    names = [n for n in names
             if not state.boilerplate(doc[n.start].idx, doc[n.end - 1].idx)]
    names = _joined(state, sorted(_without_pairings(names), key=lambda n: n.start))
    return [_with_kin(state, n) for n in names]


# a surname or a house before one of these names a group of kin ("the Lee family")
_KIN_WORDS = {"family", "dynasty", "clan"}


def _with_kin(state: ArticleState, name: Name) -> Name:
    """"Lee" of "the Lee family" is the family, named so (never the person Ann Lee);
    "the Lee family business" names a business, and the name stays as it is."""
    doc = state.doc
    if name.end >= len(doc) or name.titles:
        return name
    kin = doc[name.end]
    if kin.lower_ not in _KIN_WORDS or doc[name.end - 1].head.i != kin.i or \
            kin.dep_ == "compound":
        return name
    return Name(name.start, name.end + 1, f"{name.text} {kin.text}", "ORG")


# words that link the parts of one long name ("League for the Defence of Human Rights")
_LINKERS = {"of", "for", "against", "without", "on"}


def _joined(state: ArticleState, names: list[Name]) -> list[Name]:
    """Join names that are parts of one long name, which the model cuts in pieces.

    "Center" + "for" + "Investigative Journalism": an organization's head word with an
    "of"/"for" phrase the parse hangs on it, naming a capitalised thing, is one name;
    so is a title-cased run with a capitalised linker ("Veterans Against the War"), and
    two names glued by a hyphen before more name words ("Harvard-Smithsonian Center";
    "Israel-Gaza" alone stays two places). The "for" phrase hangs on the head word in
    the parse, or names a thing of several words (the small model often hangs it on
    the verb or a title before the name; its object may be the noun the name modifies,
    "for Global Action award").
    """
    joined: list[Name] = []
    for name in names:
        if joined and (link := _link(state, joined[-1], name)) is not None:
            joined[-1] = link
        else:
            joined.append(name)
    return joined


def _link(state: ArticleState, first: Name, second: Name) -> Name | None:
    """`first` and `second` as one name, or None when they are two."""
    doc = state.doc
    between = doc[first.end:second.start]
    if second.titles or state.sent_of[first.start] != state.sent_of[second.start]:
        return None
    words = [t for t in between if t.lower_ != "the"]
    last = doc[first.end - 1]
    if not between:
        return None
    if len(between) == 1 and between[0].text == "-" and not between[0].whitespace_ \
            and not last.whitespace_ and second.end - second.start >= 2:
        return _whole(state, first, second)
    if len(words) > 1 or (words and between[-1].lower_ != "the" and len(between) > 1):
        return None
    if not words:  # only "the" between: the linker closes the first name
        linker = last
        if not (linker.lower_ in _LINKERS and linker.text[:1].isupper()):
            return None
        return _whole(state, first, second)
    linker = words[0]
    if linker.lower_ not in _LINKERS or linker.i != first.end:
        return None
    if linker.text[:1].isupper():
        return _whole(state, first, second)  # title case: the linker is part of the name
    if linker.lower_ not in {"of", "for"} or not (
            last.lower_ in ORG_WORDS or last.tag_ == "NNPS") or \
            not any(second.start <= t.i <= second.end for t in linker.children) or \
            not (first.start <= linker.head.i < first.end or second.end - second.start >= 2):
        return None
    return _whole(state, first, second)


def _whole(state: ArticleState, first: Name, second: Name) -> Name:
    text = " ".join(state.doc[first.start:second.end].text.split())
    label = "ORG" if first.label in {"", "NORP", "PERSON"} else first.label
    return Name(first.start, second.end, text, label, first.titles)


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
                doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and \
                sent_of[end] == sent_of[i]:
            end += 1
        if _role_before_person(state, start, end):
            i = end
            continue
        for begin, stop, label in _split_inside(state, start, end, ""):
            name = _make_name(state, begin, stop, label)
            if name is not None:
                names.append(name)
                taken.update(range(name.start, name.end))
        i = end  # always past the name token: the scan advances on every input
    return names


def _role_before_person(state: ArticleState, start: int, end: int, *,
                        whole: bool = False) -> bool:
    """A capitalised role right before a person's name is a title, no name of its own
    ("Institute Director Ann Lee", "regional Deputy Governor Ann Lee"); with `whole`,
    only when all the words are the role (an entity "Supreme" of "Supreme Leader")."""
    doc = state.doc
    if end >= len(doc) or doc[end].ent_type_ != "PERSON" or doc[end].ent_iob_ != "B":
        return False
    words = [t.lower_ for t in doc[start:end]]
    if whole:
        return " ".join(words) in ROLES
    return any(" ".join(words[-size:]) in ROLES for size in (1, 2, 3) if size <= len(words))


def _role_end(state: ArticleState, end: int) -> int:
    """Where the capitalised words after an entity stop (a role's last word, say)."""
    doc = state.doc
    while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].ent_type_:
        end += 1
    return end


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
_QUOTES = {'"', "“", "”"}


def _segments(state: ArticleState, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Split an entity at line breaks, slashes, spaced dashes, a lone quotation mark and an
    unclosed bracket (caption credits glue names together; "Tesco — Netto", 'Twitter "Acme' are two
    names, while "Austria–Hungary" and a quoted nickname stay whole)."""
    doc = state.doc
    quotes = [i for i in range(start, end) if doc[i].text in _QUOTES]
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


def _split_inside(state: ArticleState, start: int, end: int,
                  label: str) -> list[tuple[int, int, str]]:
    """Cut an entity that runs a name together with a place, a date or an owner.

    "Mayor of Kelso Ann Lee": after "<Title> of", a leading name the article uses on its
    own (or a country) is the place and the rest the person. "the Abbey in Kelso" and
    "the Rally in 2008": a lower-case "in" before a year or a name the article uses on
    its own ends the name. "Lee's Rally for Peace": an owner the article names on its
    own is a name apart ("McDonald's Corporation", whose owner never stands alone,
    stays whole).
    """
    doc = state.doc
    alone = _names_alone(state)
    texts = state.texts
    if label in {"PERSON", "ORG", ""} and start >= 2 and end - start >= 3 and \
            doc[start - 1].lower_ == "of" and doc[start - 2].text[:1].isupper():
        for size in (2, 1):
            rest = doc[start + size:end]
            place = doc[start:start + size].text
            if len(rest) >= 2 and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in rest) \
                    and (country_for_name(place) is not None or place in alone):
                return [(start, start + size, "GPE"), (start + size, end, "PERSON")]
    for i in range(start + 1, end - 1):
        rest = doc[i + 1:end]
        if texts[i] == "in" and (all(t.like_num for t in rest) or rest.text in alone):
            return _split_inside(state, start, i, label) + (
                [(i + 1, end, alone[rest.text])] if rest.text in alone else [])
        owner = doc[start:i].text
        if doc[i].tag_ == "POS" and texts[i + 1][:1].isupper() and (
                owner in alone or owner in _surnames(state)):
            return [(start, i, alone.get(owner, "PERSON")),
                    *_split_inside(state, i + 1, end, label)]
    return [(start, end, label)]


def _names_alone(state: ArticleState) -> dict[str, str]:
    """Texts of the article's entities, with their labels (first seen wins)."""
    found: dict[str, str] = {}
    for ent in state.ents:
        if ent.label_ in NAME_LABELS:
            found.setdefault(ent.text, ent.label_)
    return found


def _surnames(state: ArticleState) -> set[str]:
    """Last words of the people the article names in full ("Lee" of "Ann Lee")."""
    return {e[-1].text for e in state.ents if e.label_ == "PERSON" and len(e) > 1}


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
        if j == end:
            return None
        end, label = j, "ORG"
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].lower_ in {"'s", "’s"}):
        end -= 1
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
    text = " ".join(span.text.split())
    return Name(start, end, text, label, tuple(titles))


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
