"""Mention finding: which words of an article are names, with their titles.

spaCy's entities are the start, repaired where the small model splits or mislabels
them ("Islamic" NORP + "State" is one name); proper nouns it missed and acronyms are
added, and names from a gazetteer. Titles and honorifics ("President", "Mr.") are cut
off into `Name.titles` (they become roles and gender cues); "the" and a possessive
"'s" are cut off too; a title alone as an office held ("appointed him Foreign
Secretary") is no name; "President of Atlantis Ann Lee", read by the model as one name,
is a place and a person; "Acme Trust and Safety team", which the model cuts at its
"and" ("Acme Trust"), names only Acme. Names on credit and copyright lines are
dropped: a photo credit names no actor of the story. Whether a span is a name, and its
titles, is `naming`'s decision; where the model cuts one name in pieces or runs two
together, `namerepairs` mends it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..demonyms import country_for_demonym, country_for_name, region_or_country
from ..lexicon import PAST_ROLE_WORDS, PORTFOLIO_WORDS, QUOTE_MARKS, ROLES
from .aliases import spelled_out
from .clusters import storm_name
from .gluedoffices import glued_offices, place_label
from .keys import title_key
from .namerepairs import (
    before_a_number_run_on,
    headline,
    hyphen_prefixed,
    in_name_label,
    joined,
    numbered,
    place_inside_a_name,
    plural_possessive,
    role_before_person,
    role_end,
    spelled_by_acronym,
    split_inside,
    town_before_a_body,
    with_kin,
)
from .naming import make_name
from .state import ArticleState, Name
from .titlerepairs import TITLE_LITTLE, whole_titles
from .words import (
    ACRONYM,
    DEAD_WORDS,
    NAME_LABELS,
    ORG_WORDS,
    OTHER_ENT_LABELS,
    PURE_QUANTITY_HEADS,
    TITLES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def find_names(state: ArticleState) -> list[Name]:
    """Every name of the article, in text order."""
    doc = state.doc
    names: list[Name] = []
    taken: set[int] = set()
    other_ents: set[int] = set()
    for ent in state.ents:
        if ent.label_ in OTHER_ENT_LABELS:
            other_ents.update(range(_after_leading_name(ent), ent.end))
        other_ents.update(_unit_pair(state, ent.start, ent.end, ent.label_) or ())
    names.extend(_office_names(state, taken))
    # of events, a storm's names: "Hurricane Ana" (and "Ana") is named as a body or a person
    storms = {storm_name(ent.text) for ent in state.ents if ent.label_ == "EVENT"} - {""}
    for ent in state.ents:
        if ent.label_ not in NAME_LABELS and not (ent.label_ == "EVENT" and (
                storm_name(ent.text) or ent.text.casefold() in storms)) or \
                any(t in taken for t in range(ent.start, ent.end)):
            continue
        label = ent.label_
        first = place_inside_a_name(state, ent.start, ent.end, taken | other_ents) \
            if label in ("GPE", "LOC") else ent.start
        if first < ent.start:  # "Real Madrid": a club's or a company's name, no place
            label = in_name_label(state, first, ent.end)
        last = before_a_number_run_on(doc, first, ent.end)
        while _hyphen_glued(doc, last) and not {last, last + 1} & (taken | other_ents):
            last += 2  # "ABS-CBN", the model tagging "ABS" alone
        for start, end in (part for segment in _segments(state, first, last)
                           for part in _series_apart(state, *segment)):
            pieces = [piece for part in split_inside(state, start, end, label)
                      for apart in _outlet_apart(state, *part)
                      for cut in _preposition_object_apart(state, *apart)
                      for piece in _cut_at_and(state, *cut)]
            for begin, stop, label in pieces:
                if role_before_person(state, begin, role_end(state, stop), whole=True):
                    continue  # "Supreme" of "Supreme Leader Ali Khamenei" tagged alone
                # "Carmaker Voltara to cut jobs" ... "the carmaker"; a person keeps two
                # words ("Bill Hammons" when the article has a bill)
                if state.capitalised_by_place(begin) and not storm_name(doc[begin:stop].text) and (
                        stop - begin > (2 if label == "PERSON" else 1)
                        or stop - begin == 2 and _rest_named_alone(state, begin, stop)):
                    begin += 1
                elif stop - begin == 1 and state.capitalised_by_place(begin) and \
                        _opens_a_headline(doc[begin]):
                    # "Striker joins Valencia" ... "the striker": a headline drops its
                    # article; a body's "Measles affects ..." names a thing as it is
                    continue
                elif stop - begin == 1 and label == "PERSON" and _common_noun_opening(state, begin):
                    continue
                name = make_name(state, begin, stop, label)
                if name is not None:
                    names.append(name)
                    taken.update(range(name.start, name.end))
    names.extend(_work_names(state, taken | other_ents))
    taken.update(i for n in names for i in range(n.start, n.end))
    names.extend(_untagged_names(state, taken, other_ents))
    names.extend(_echoed_names(state, names, taken, other_ents))
    if state.gazetteer is not None:
        names.extend(_gazetteer_names(state, taken))
    names = [n for n in names
             if not state.boilerplate(doc[n.start].idx, doc[n.end - 1].idx)]
    names = numbered(doc, hyphen_prefixed(
        doc, sorted(_without_pairings(names), key=lambda n: n.start)))
    names = joined(state, spelled_by_acronym(state, town_before_a_body(state, names)))
    names = sorted(names + spelled_out(state, names), key=lambda n: n.start)
    return [with_kin(state, n) for n in whole_titles(state, names)]


def _common_noun_opening(state: ArticleState, i: int) -> bool:
    """ "Photographs show the plane": a sentence's first word that the tagger reads as a
    plural common noun, and the recognizer alone as a person, is no name when the article
    never writes it capitalised inside a sentence. (Not a singular: "Hunter praised the
    crew" may be a surname the tagger takes for a noun.)"""
    word = state.doc[i]
    return bool(word.is_sent_start) and word.tag_ == "NNS" and not state.written_inside(i)


def _opens_a_headline(token: Token) -> bool:
    """Does the word open a line with no closing stop (a headline, a title)?"""
    last = token.sent[-1]
    while last.i > token.i and last.is_space:
        last = last.nbor(-1)
    return last.text not in {".", "!", "?", '"', "'", "”", "’", ":"}


def _rest_named_alone(state: ArticleState, begin: int, stop: int) -> bool:
    """ "Retailer Marlowe reports record profits" ... "Marlowe bought": the words after the
    opening noun stand alone as the name elsewhere, and the whole is never written again
    inside a sentence (not "Bill Hammons", written so again, when the article has a bill)."""
    doc = state.doc
    rest = [t.text for t in doc[begin + 1 : stop]]
    whole = [t.text for t in doc[begin:stop]]
    n = len(whole)
    again = any([t.text for t in doc[i : i + n]] == whole
                for i in range(len(doc) - n + 1) if i != begin and not doc[i].is_sent_start)
    # alone: a whole name, not a word of another ("Magellanic penguins")
    alone = any([t.text for t in doc[i : i + len(rest)]] == rest and
                not doc[i - 1].text[:1].isupper() and
                doc[i + len(rest) - 1].dep_ not in {"compound", "amod"}
                for i in range(1, len(doc) - len(rest) + 1) if i != begin + 1)
    return alone and not again and all(t.pos_ == "PROPN" for t in doc[begin + 1 : stop])


def _after_leading_name(ent: Span) -> int:
    """Where a sum or a number the model tags begins: after the proper nouns it runs in
    ("fined Google 2.4 billion euros" tags "Google 2.4 billion" as money)."""
    if ent.label_ != "MONEY":
        return ent.start
    for token in ent:
        if token.like_num or token.is_currency or token.pos_ != "PROPN":
            return token.i
    return ent.start


def _hyphen_glued(doc: Doc, i: int) -> bool:
    """Is token i a hyphen written without spaces after an acronym or a person's name and
    before a capitalised word, which it joins into one name ("ABS-CBN", "Salat-Baroux")?
    Not a letter's nickname ("the I-Man"), nor peoples or places paired ("the
    Turkish-Libyan deal", "the Zembla-Borduria talks")."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and \
        not doc[i].whitespace_ and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper() and \
        len(doc[i - 1]) > 1 and (doc[i - 1].text.isupper() or doc[i - 1].ent_type_ == "PERSON") \
        and not any(
            country_for_demonym(doc[k].text) or country_for_name(doc[k].text) or
            doc[k].ent_type_ in ("NORP", "GPE", "LOC") for k in (i - 1, i + 1))


def _opens_a_hyphened_title(doc: Doc, i: int) -> bool:
    """Does token i open a title written with a hyphen ("Director-General",
    "Secretary-General", "Attorney-General")?"""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and \
        f"{doc[i].lower_}-{doc[i + 2].lower_}" in ROLES


def _office_names(state: ArticleState, taken: set[int]) -> list[Name]:
    """The place and the person of "President of Atlantis Ann Lee", which the recognizer
    reads as one name ("Atlantis Ann Lee"); the person keeps the title unless it is over
    ("Former President of ...")."""
    names = []
    for office in glued_offices(state.doc, state.names_alone()):
        title = title_key(state.texts[office.role[0]:office.role[1]])
        place = make_name(state, *office.place, place_label(state.doc, office))
        person = make_name(state, *office.person, "PERSON")
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


def _work_names(state: ArticleState, taken: set[int]) -> list[Name]:
    """A work's title the recognizer tags whole ("Wolves, Crows, and Stone", "Brighten
    Up"), which the scan for proper nouns would cut at its commas, its "and" and its
    words tagged other than proper nouns: one name when all its words are capitalised,
    commas or a title's little words, inside a sentence that is not a title-case line."""
    found: list[Name] = []
    for ent in state.ents:
        words = [t for t in ent if t.is_alpha]
        if ent.label_ != "WORK_OF_ART" or len(words) < 2 or \
                taken.intersection(range(ent.start, ent.end)) or \
                not ent[-1].text[:1].isupper() or headline(state, ent.start) or \
                not all(t.text[:1].isupper() or t.text == "," or t.lower_ in TITLE_LITTLE
                        for t in ent):
            continue
        if _names_listed(state, ent) or _placed_in(state, ent):
            continue
        name = make_name(state, ent.start, ent.end, "")
        if name is not None:
            found.append(name)
    return found


def _names_listed(state: ArticleState, ent: Span) -> bool:
    """ "Acme and Globex have a view": names in a list, each of which the article writes
    elsewhere on its own, are no title however the recognizer tags them."""
    doc = state.doc
    pieces: list[list[str]] = [[]]
    for token in ent:
        if token.text in {",", "&"} or token.lower_ == "and":
            pieces.append([])
        elif token.lower_ != "the":
            pieces[-1].append(token.text)
    words = [t.text for t in doc]
    return len(pieces) > 1 and any(
        piece and any(words[i:i + len(piece)] == piece for i in range(len(words))
                      if not ent.start <= i < ent.end)
        for piece in pieces)


def _placed_in(state: ArticleState, ent: Span) -> bool:
    """ "filming The Professionals in South Africa": a title the recognizer runs on over an
    "in" or "at" into a country, a region or a place the article names on its own."""
    alone = state.names_alone()
    return any(t.lower_ in ("in", "at") and (
        region_or_country(ent[k + 1:].text) or ent[k + 1:].text in alone)
        for k, t in enumerate(ent) if k + 1 < len(ent))


def _untagged_names(state: ArticleState, taken: set[int], other_ents: set[int]) -> list[Name]:
    """Proper nouns the model did not tag ("Daesh" is sometimes missed) and acronyms."""
    doc, sent_of = state.doc, state.sent_of
    names: list[Name] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in taken or i in other_ents or not _name_token(token, first=True) or \
                state.capitalised_by_place(i):
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
            elif _hyphen_glued(doc, end) and end + 1 not in taken | other_ents:
                end += 1  # "ABS-CBN" is one name
            elif _opens_a_hyphened_title(doc, end):
                break  # "WHO Director-General Ann Lee": the title is hers, no part of "WHO"
            elif not (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
                break
            end += 1
        if role_before_person(state, start, end):
            i = end
            continue
        holder = _past_a_field(state, start, end)
        for begin, stop, label in split_inside(state, holder, end,
                                               "PERSON" if holder > start else ""):
            name = make_name(state, begin, stop, label)
            if name is not None:
                names.append(name)
                taken.update(range(name.start, name.end))
        i = end  # always past the name token: the scan advances on every input
    return names


def _past_a_field(state: ArticleState, start: int, end: int) -> int:
    """Where a name run on from a title's field starts: "Minister of [Economy Richard
    Sulík]", the holder's name untagged. The field's words are the title's, and the rest
    names a person, the title's holder."""
    doc = state.doc
    if start < 2 or doc[start - 1].lower_ not in ("of", "for") or \
            not any(title_key(state.texts[start - 1 - size:start - 1]) in TITLES
                    for size in (1, 2, 3) if start - 1 - size >= 0):
        return start
    begin = start
    while begin < end and (doc[begin].lower_ in PORTFOLIO_WORDS or
                           begin > start and doc[begin].lower_ == "and"):
        begin += 1
    return begin if begin > start and end - begin >= 2 else start


def _echoed_names(state: ArticleState, names: list[Name], taken: set[int],
                  other_ents: set[int]) -> list[Name]:
    """A capitalised word the model tagged as a common noun that repeats the last word
    of a person's or organization's name of the article: "the Lakers" after "the Los
    Angeles Lakers" (NNS), a surname tagged NOUN; not a generic organization word
    ("the Police"). Clustering then decides whose it is. A word that starts its
    sentence (but a person's surname or a one-word name of an organization as its
    subject: "Brantons is to close 30 stores", tagged a plural noun), a title
    ("President") and a title-case line (a headline) are no echo."""
    doc, sent_of = state.doc, state.sent_of
    last_words = {name.text.split()[-1] for name in names if name.text[:1].isupper()
                  and len(name.text.split()) > 1 and name.label in {"ORG", "PERSON"}
                  and name.text.split()[-1].casefold() not in ORG_WORDS}
    surnames = {name.text.split()[-1] for name in names
                if name.label == "PERSON" and len(name.text.split()) > 1}
    bodies = {name.text for name in names if name.label == "ORG" and " " not in name.text
              and name.text[:1].isupper() and name.text.casefold() not in ORG_WORDS}
    openings, echoes = surnames | bodies, last_words | bodies
    found: list[Name] = []
    for token in doc:
        if token.is_sent_start and not _surname_opening(state, token, openings):
            continue
        if token.i in taken or token.i in other_ents or token.pos_ != "NOUN" or \
                token.text not in echoes or \
                not token.text[:1].isupper() or token.text.isupper() or \
                title_key([token.text]) in TITLES or _title_case(state, sent_of[token.i]):
            continue
        name = make_name(state, token.i, token.i + 1, "")
        if name is not None:
            found.append(name)
            taken.add(token.i)
    return found


def _surname_opening(state: ArticleState, token: Token, names: set[str]) -> bool:
    """ "Lee would not confirm it", the tagger reading "Lee" as a plural noun: a sentence's
    first word that is the subject, a person's surname (or a body's one-word name) of the
    article, and a word the article never writes in lower case is her name, not a noun
    capitalised for its place."""
    return token.text in names and token.dep_ in ("nsubj", "nsubjpass") and \
        not state.written_lower(token.i)


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


def _series_apart(state: ArticleState, start: int, end: int) -> list[tuple[int, int]]:
    """A name the recognizer runs over an "and" into its own first words again is two:
    "Kelso Notes, Introduction to Botany and Kelso Notes, Introduction to Geology" (two
    titles of one series), "the Bank of Zembla and Bank of Borduria". When the first goes
    on after a comma past those words, the second does too, over the capitalised words
    after its comma (a title the recognizer ended there). Not "Johnson and Johnson": the
    words before the "and" are more than the repeated ones."""
    doc = state.doc
    for k in range(start + 2, end - 1):
        if doc[k].lower_ != "and":
            continue
        size = 0
        while k + 1 + size < end and start + size < k and \
                doc[k + 1 + size].text == doc[start + size].text:
            size += 1
        if size == 0 or not doc[start].text[:1].isupper() or doc[start].lower_ == "the" or \
                start + size >= k:
            continue
        stop = end
        if k + 1 + size == end and doc[start + size].text == "," and end < len(doc) and \
                doc[end].text == ",":
            stop = _title_run_end(state, end + 1)
        return [(start, k), (k + 1, stop if stop > end + 1 else end)]
    return [(start, end)]


def _title_run_end(state: ArticleState, start: int) -> int:
    """Where the run of a title's words from `start` ends: capitalised words and the
    little words between them, in one sentence, none of another name."""
    doc = state.doc
    end = stop = start
    while stop < len(doc) and state.sent_of[stop] == state.sent_of[start] and \
            not doc[stop].ent_type_ and \
            (doc[stop].text[:1].isupper() and doc[stop].is_alpha or
             doc[stop].lower_ in TITLE_LITTLE):
        stop += 1
        if doc[stop - 1].text[:1].isupper():
            end = stop
    return end


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


def _cut_at_and(state: ArticleState, start: int, end: int,
                label: str) -> list[tuple[int, int, str]]:
    """The name before a unit's pair the recognizer ran into it (`_unit_pair`)."""
    pair = _unit_pair(state, start, end, label)
    return [(start, end if pair is None else pair.start, label)]


def _unit_pair(state: ArticleState, start: int, end: int, label: str) -> range | None:
    """A body's name the recognizer cut at the "and" of a unit's name after it: in "the
    Acme Trust and Safety team" it tags "Acme Trust", which is no body ("Trust and
    Safety" is the team's field, no name); the words before the pair name the owner,
    "Acme". The pair's words, else None."""
    doc = state.doc
    last = doc[end - 1]
    if label != "ORG" or end - start < 2 or end + 2 >= len(doc) or \
            doc[end].lower_ not in ("and", "&") or doc[end - 2].pos_ != "PROPN":
        return None  # ("Department of Justice and ...": no owner before the pair)
    conj, unit = doc[end + 1], last.head
    if conj.dep_ != "conj" or conj.head.i != last.i or not conj.is_title or \
            last.dep_ not in ("compound", "nmod") or unit.pos_ != "NOUN" or \
            not unit.is_lower or unit.i <= conj.i or \
            any(t.pos_ != "PROPN" or not t.is_title for t in doc[end + 1:unit.i]):
        return None
    return range(end - 1, unit.i)


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
