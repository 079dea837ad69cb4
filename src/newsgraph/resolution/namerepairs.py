"""Name repairs: where the small model cuts one name in pieces or runs two together.

Mention finding takes spaCy's entities as they come and asks this module to mend them:
a long organization name cut at "for" or "of" is joined again (a division's "of" its state
too: "the Western District of Ohio"), and a town the model tags apart from the body it
opens ("Dunmore District Hospital") is the body's first word; an entity that runs a
place, a date or an owner into a name is cut; a role before a person's name is a
title, not a name; "the Lee family" names the family ("Mayor of Kelso Ann Lee" read
as one name is a title, a place and a person: `gluedoffices`; a body's or a work's
title cut short: `titlerepairs`). A name the recognizer ended in its "of" goes on past it
or ends before it (`mend_trailing_of`, run on the doc's own entities after the parse, so
that extraction reads them mended too). Every rule reads the parse and the capitals of
the words, never a list of names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..demonyms import (
    country_for_demonym,
    country_for_name,
    normalize,
    region_or_country,
    us_states,
)
from ..lexicon import (
    GATHERING_NOUNS,
    HYPHEN_PREFIXES,
    PARTY_ADJECTIVES,
    PORTFOLIO_WORDS,
    ROLES,
    SUBORDINATE_ROLE_WORDS,
)
from ..parsing import lemma_of, score_start, whole_score
from ..qualifiers import CURRENCY_NOUNS
from .keys import initials, title_key
from .state import ArticleState, Name
from .words import (
    COMPANY_NOUNS,
    DIRECTIONS,
    GEO_SUFFIXES,
    MAX_TITLE_WORDS,
    NAMED_BODY_NOUNS,
    NAMED_PLACE_NOUNS,
    ORG_WORDS,
    STORM_WORDS,
    TITLES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# words that make a place's name a place still ("Greater Manchester", "Lake Geneva", "Fort
# Worth", "Northern Ireland"): with any other capitalised word before it, the place is
# only part of another name ("Real Madrid", "Air Lanka", "Radio Kelso", "Bank Indonesia":
# a river's bank is written before its "of")
_PLACE_PREFIXES = DIRECTIONS - {"bank", "banks"} | GEO_SUFFIXES | NAMED_PLACE_NOUNS | {
    "greater", "central", "upper", "lower", "inner", "outer", "downtown", "metro", "old",
    "new", "mount", "mt", "cape", "fort", "port", "saint", "st", "san", "santa", "sainte",
    "northern", "southern", "eastern", "western", "little", "great", "grand", "royal"}
# what joins the two numbers of a score ("3-1")
SCORE_DASHES = frozenset({"-", "–", "—"})
# a surname or a house before one of these names a group of kin ("the Lee family")
_KIN_WORDS = {"family", "dynasty", "clan"}


def with_kin(state: ArticleState, name: Name) -> Name:
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


def mend_trailing_of(doc: Doc) -> Doc:
    """The recognizer's entities that end in a lower-case "of", mended in place: a name is
    never cut after its "of". A person's full name "of" a name ("Patrice Lemba of" "Benin",
    however tagged) is a name and where it is from: the "of" leaves the name, and "Benin"
    stays a name of its own. Any other ("Catherine of" "Aragon", "University of" "Miami",
    "the City of" "Leeds") is one name with the name right after it, if there is one."""
    ents = list(doc.ents)
    if not any(len(ent) > 1 and ent[-1].text == "of" for ent in ents):
        return doc
    from spacy.tokens import Span  # (only here: importing this module loads no spaCy)

    mended: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        after = ents[i + 1] if i + 1 < len(ents) else None
        i += 1
        if len(ent) < 2 or ent[-1].text != "of":
            mended.append(ent)
            continue
        joins = after is not None and after.start == ent.end and \
            after.label_ in ("GPE", "LOC", "ORG", "PERSON", "FAC", "NORP")
        if joins and after is not None and not _full_name(ent[:-1], ent.label_):
            mended.append(Span(doc, ent.start, after.end, label=ent.label_))
            i += 1
        else:
            mended.append(Span(doc, ent.start, ent.end - 1, label=ent.label_))
    doc.ents = mended
    return doc


def mend_trailing_scores(doc: Doc) -> Doc:
    """The recognizer's entities that run a result into a name, mended in place: "Leeds
    beat [Bath 3-1]" and "Lee beat [Ann Kell 6-4]" name Bath and Ann Kell, never a team or
    a player called "3-1"."""
    ents = list(doc.ents)
    cuts = [_score_start(ent) for ent in ents]
    if all(cut is None for cut in cuts):
        return doc
    from spacy.tokens import Span  # (only here: importing this module loads no spaCy)

    doc.ents = [ent if cut is None else Span(doc, ent.start, cut, label=ent.label_)
                for ent, cut in zip(ents, cuts, strict=True)]
    return doc


def _score_start(ent: Span) -> int | None:
    """Where the first result in an entity starts ("Sara Bell 6-4 6-3"), if words come
    before it."""
    return next((t.i for t in ent[1:] if score_start(t)), None)


# the words of posts ("chief", "executive", "director"): a cut name runs on before none
_POST_WORDS = frozenset(w for role in ROLES for w in role.split() if w != "of") | \
    SUBORDINATE_ROLE_WORDS


def mend_cut_bodies(doc: Doc) -> Doc:
    """An organization the recognizer cut before its last capitalised words, mended in
    place: "[Kelso] Oceanography director Ann Lee", "the manager of [Kelso] Media, Ann
    Lee," are one body's name and a post in it (see `_run_on`)."""
    ents = list(doc.ents)
    people = {word for ent in ents if ent.label_ == "PERSON" for word in ent.text.split()}
    mended = [_run_on(ent, people) for ent in ents]
    joined = [_joined_areas(ent, people) for ent in mended]
    if any(j.start != m.start for j, m in zip(joined, mended, strict=True)):
        # (the first area, tagged a name of its own, is now inside the body's)
        mended = [j for k, j in enumerate(joined) if not any(
            n != k and o.start <= j.start and j.end <= o.end for n, o in enumerate(joined))]
    if mended != ents:
        doc.ents = mended
    return doc


def mend_cut_people(doc: Doc) -> Doc:
    """A person's name the recognizer cut before its last words, mended in place: "[Min
    Aung] Hlaing declared", "[Mohammed bin Abdulrahman] Al Thani said", the words it
    tagged hanging on the untagged capitalised one that ends the phrase. A body's or a
    place's word ("[Ann Lee] Foundation") or a title is no part of a person's name."""
    ends = {ent.start: _cut_before_last(ent) for ent in doc.ents if ent.label_ == "PERSON"}
    if not any(ends.values()):
        return doc
    from spacy.tokens import Span  # (only here: importing this module loads no spaCy)

    doc.ents = [Span(doc, ent.start, ends[ent.start], label="PERSON")
                if ends.get(ent.start) and ent.label_ == "PERSON" else ent for ent in doc.ents]
    return doc


# the most untagged words a person's name runs on by ("Al Thani")
_MAX_CUT_WORDS = 2


def _cut_before_last(ent: Span) -> int:
    """Where a person's name cut before its last words ends (0 if it was not cut)."""
    doc = ent.doc
    last = ent.root.head
    if len(ent) < 2 or ent.root.dep_ != "compound" or \
            not ent.end <= last.i < ent.end + _MAX_CUT_WORDS:
        return 0
    words = doc[ent.end:last.i + 1]
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.ent_type_
               for t in words) or any(t.head != last or t.dep_ != "compound"
                                      for t in words[:-1]):
        return 0
    if last.dep_ == "compound" or last.lower_ in NAMED_BODY_NOUNS or \
            last.lower_ in NAMED_PLACE_NOUNS | GEO_SUFFIXES or \
            title_key([last.text]) in TITLES:
        return 0
    return last.i + 1


def mend_storm_names(doc: Doc) -> Doc:
    """A storm's name the recognizer cut from its storm word or missed, tagged in place as
    one event: "Hurricane [Dorian]" (read as a body), "Tropical [Storm Barry]" (a person),
    "Typhoon Phanfone" untagged; and its given name written alone and left untagged
    ("Ana weakened"). The storm word opens the name and one capitalised name
    follows it, no other capitalised word or number after ("Hurricane Ana Advisory 9",
    "Storm Area 51" are no storms), and no capitalised word before ("Operation Desert
    Storm")."""
    found = [span for t in doc if (span := _storm_name_at(t)) is not None]
    if not found:
        return doc
    given = {doc[end - 1].text for _, end in found}
    found += [(t.i, t.i + 1) for t in doc if t.text in given and not t.ent_type_ and
              not any(start <= t.i < end for start, end in found) and _alone(t)]
    from spacy.tokens import Span  # (only here: importing this module loads no spaCy)

    kept = [ent for ent in doc.ents
            if not any(ent.start < end and start < ent.end for start, end in found)]
    doc.ents = sorted([*kept, *(Span(doc, start, end, label="EVENT") for start, end in found)],
                      key=lambda ent: ent.start)
    return doc


def _alone(word: Token) -> bool:
    """Is the capitalised word a name of its own, no part of a longer one ("Ana" of
    "Ana weakened", not of "Hurricane Ana Advisory Number 9")?"""
    doc = word.doc
    before = doc[word.i - 1] if not word.is_sent_start else None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return not (before is not None and (before.is_title or before.pos_ == "PROPN") or
                after is not None and (after.is_title or after.like_num))


_LONGEST_STORM_WORDS_FIRST = sorted(STORM_WORDS, key=len, reverse=True)
_STORM_OPENERS = frozenset(words[0] for words in STORM_WORDS)


def _storm_name_at(word: Token) -> tuple[int, int] | None:
    """(start, end) of a storm's name whose storm word starts at the word, or None."""
    if word.lower_ not in _STORM_OPENERS:
        return None
    doc = word.doc
    before = doc[word.i - 1] if not word.is_sent_start else None
    if not word.is_title or before is not None and (
            before.pos_ == "PROPN" or before.is_title and not before.is_sent_start):
        return None  # ("As Hurricane Ana neared": a sentence's first word is no name's)
    for opening in _LONGEST_STORM_WORDS_FIRST:
        end = word.i + len(opening)
        if end >= len(doc) or tuple(t.lower_ for t in doc[word.i:end]) != opening or \
                not all(t.is_title for t in doc[word.i:end]):
            continue
        name = doc[end]
        after = doc[end + 1] if end + 1 < len(doc) else None
        if not (name.is_title and name.is_alpha and name.pos_ in ("PROPN", "NUM")) or \
                name.ent_iob_ == "B" and after is not None and after.ent_iob_ == "I" or \
                after is not None and (after.is_title or after.like_num) and \
                not after.is_sent_start:
            return None
        if doc[word.i].ent_type_ == "EVENT" and doc[word.i].ent_iob_ == "B" and \
                doc[end].ent_iob_ == "I" and (after is None or after.ent_iob_ != "I"):
            return None  # tagged whole already
        return word.i, end + 1
    return None


def mend_untagged_parties(doc: Doc) -> Doc:
    """A party's word the recognizer left untagged before a post and the holder's name,
    tagged in place: "[Labour] MP Tom Watson" says he is one of its members, as
    "Democratic Senator Ann Lee" (tagged) does. A capitalised word before it makes it part
    of another name ("Social Democrat MP", "Kelso Green Party")."""
    found = [t.i for t in doc[:-2] if _untagged_party(t)]
    if not found:
        return doc
    from spacy.tokens import Span  # (only here: importing this module loads no spaCy)

    doc.ents = sorted([*doc.ents, *(Span(doc, i, i + 1, label="NORP") for i in found)],
                      key=lambda ent: ent.start)
    return doc


def _untagged_party(word: Token) -> bool:
    """Is the word a party's, untagged, before a post and its holder's name?"""
    if word.lower_ not in PARTY_ADJECTIVES:
        return False
    doc = word.doc
    post, name = doc[word.i + 1], doc[word.i + 2]
    before = doc[word.i - 1] if not word.is_sent_start else None
    return word.is_title and not word.ent_type_ and \
        post.lower_ in ROLES and not post.ent_type_ and post.head.i > post.i and \
        word.head in (post, post.head) and name.ent_type_ == "PERSON" and name.ent_iob_ == "B" and \
        not (before is not None and (before.is_title or before.text in ("-", "–")))


def mend_bodies_before_posts(doc: Doc) -> Doc:
    """A body's name the recognizer missed before a post and its holder's name, tagged in
    place: "[Benfica] president Rui Costa" (read as a person), "[Arsenal] manager Ann
    Lee" (read as an adjective). The article must tag the word as a body elsewhere, alone
    or as the first word of a longer name ("Firefly Aerospace" ... "Firefly chief
    executive Ann Lee", not the place that opens "Kelso Council"): the capitals alone
    would take a place or a month for one."""
    places = {ent.text for ent in doc.ents if ent.label_ in ("GPE", "LOC")}
    bodies = {ent.text for ent in doc.ents if ent.label_ == "ORG" and len(ent) == 1} | {
        ent[0].text for ent in doc.ents if ent.label_ == "ORG" and len(ent) > 1 and
        ent[0].is_title and ent[0].lower_ not in ("the", "a") and
        ent[-1].lower_ not in NAMED_BODY_NOUNS and ent[0].text not in places and
        not region_or_country(ent[0].text) and normalize(ent[0].text) not in us_states()}
    found = [t.i for t in doc[:-2] if t.text in bodies and _body_before_a_post(t)]
    if not found:
        return doc
    from spacy.tokens import Span  # (only here: importing this module loads no spaCy)

    kept = [ent for ent in doc.ents if not any(ent.start <= i < ent.end for i in found)]
    doc.ents = sorted([*kept, *(Span(doc, i, i + 1, label="ORG") for i in found)],
                      key=lambda ent: ent.start)
    return doc


def _body_before_a_post(word: Token) -> bool:
    """Is the word, tagged no body here, right before a post in lower case and the name of
    its holder ("Benfica president Rui Costa", "Acme chief executive Ann Lee")?"""
    doc = word.doc
    if word.ent_type_ == "ORG" or not word.is_title or not word.is_alpha or \
            word.ent_iob_ == "I" or word.i + 1 < len(doc) and doc[word.i + 1].ent_iob_ == "I":
        return False
    before = doc[word.i - 1] if word.i > word.sent.start else None
    if before is not None and (before.is_title and before.pos_ == "PROPN" or
                               before.text in ("-", "–")):
        return False  # part of a longer name
    for size in (1, 2, 3):
        end = word.i + 1 + size
        post = doc[word.i + 1:end]
        if end < len(doc) and all(t.is_lower for t in post) and post.text in ROLES and \
                doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B":
            return True
    return False


# a public body of two areas joined by "and" ("Avon and Somerset Police", "Kensington and
# Chelsea Council"): the recognizer cuts the name at the "and"
_JOINT_BODY_WORDS = frozenset({"police", "constabulary", "council", "trust", "authority",
                               "service", "services"})


def _joined_areas(ent: Span, people: set[str]) -> Span:
    """The body with the area before its "and": "[Avon] and [Somerset Police]". The area
    is one capitalised word that no list runs into ("Leeds, York and Somerset Police"), no
    country ("Britain and Somerset Police") and no word of a person's name."""
    from spacy.tokens import Span  # (only here: importing this module loads no spaCy)

    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) != 2 or ent[-1].lower_ not in _JOINT_BODY_WORDS or \
            ent.start < 2 or doc[ent.start - 1].lower_ != "and":
        return ent
    area = doc[ent.start - 2]
    before = doc[area.i - 1] if area.i > ent.sent.start else None
    if not area.is_title or not area.is_alpha or area.pos_ != "PROPN" or \
            area.text in people and area.ent_type_ != "PERSON" or \
            country_for_name(area.text) is not None or \
            before is not None and (before.text == "," or before.pos_ == "PROPN"):
        return ent
    return Span(doc, area.i, ent.end, label=ent.label_)


def _run_on(ent: Span, people: set[str]) -> Span:
    """The organization with the untagged proper nouns right after it that its words hang
    on: up to a post in lower case before a person's name, the last one hanging on the
    post, or to the end of a post's "of" ("the manager of Kelso Media, Ann Lee,"). No
    portfolio, title or post word runs on ("[Acme] Press Secretary", "[AU] Trade
    Minister"), nor a word of a person's name ("[Acme] Ann Lee")."""
    from spacy.tokens import Span  # (only here: importing this module loads no spaCy)

    doc, end = ent.doc, ent.end
    if ent.label_ != "ORG":
        return ent
    while end < ent.sent.end and doc[end].pos_ == "PROPN" and doc[end].is_title and \
            doc[end].is_alpha and not doc[end].ent_type_ and doc[end].lower_ not in \
            _POST_WORDS | PORTFOLIO_WORDS and title_key([doc[end].text]) not in TITLES and \
            doc[end].text not in people:
        end += 1
    if end == ent.end or ent.root.head.i not in range(ent.end, end):
        return ent
    last = doc[end - 1]
    return Span(doc, ent.start, end, label=ent.label_) \
        if _titles_a_person(last, end) or _post_of(last, end) else ent


def _titles_a_person(last: Token, end: int) -> bool:
    """ "[Kelso Oceanography] director Ann Lee": the name's last word hangs on a post in
    lower case that runs into a person's name."""
    doc, k = last.doc, end
    while k < len(doc) and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    return k > end and last.head.i in range(end, k) and last.dep_ in ("compound", "nmod") \
        and doc[k - 1].lower_ in _POST_WORDS and k < len(doc) and doc[k].ent_type_ == "PERSON"


def _post_of(last: Token, end: int) -> bool:
    """ "the manager of [Kelso Media], Ann Lee,": the name is the whole object of a post's
    "of", which ends with it."""
    doc = last.doc
    return last.dep_ == "pobj" and last.head.lower_ == "of" and \
        last.head.head.lower_ in _POST_WORDS and (end == len(doc) or not doc[end].is_alpha)


def _full_name(words: Span, label: str) -> bool:
    """Two or three capitalised words that may be a person's given name and surname: none
    a body's, a place's or a title's word ("Central Bank", "Democratic Republic")."""
    return label in ("PERSON", "ORG") and 2 <= len(words) <= 3 and all(
        t.is_title and t.is_alpha and t.lower_ not in NAME_HEADS and
        title_key([t.text]) not in TITLES for t in words)


# the words after which an "of" goes on with the rest of a name ("Bank of", "Republic of")
NAME_HEADS = frozenset(ORG_WORDS | COMPANY_NOUNS | NAMED_PLACE_NOUNS | GEO_SUFFIXES)


# a charter's, a treaty's or an honour's word, named with its "of" ("the Kelso Bill of
# Rights", "the Treaty of Dunmore", "the Medal of Valour")
_CHARTER_WORDS = frozenset({"bill", "charter", "declaration", "treaty", "accord", "accords",
                            "medal"})
# words that link the parts of one long name ("League for the Defence of Human Rights")
LINKERS = {"of", "for", "against", "without", "on"}


def joined(state: ArticleState, names: list[Name]) -> list[Name]:
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
    out: list[Name] = []
    for name in names:
        if out and (link := _link(state, out[-1], name)) is not None:
            out[-1] = link
        else:
            out.append(name)
    return out


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
    if len(between) == 1 and plural_possessive(doc, between[0].i):  # "Fishmongers' Hall"
        return _whole(state, first, second)
    if len(between) == 1 and between[0].text == "," and _state_campus(doc, first, second):
        return _whole(state, first, second)
    if _saints_place(doc, first, between) or _field_of(state, first, second, between) or \
            _division_of(doc, first, second, between):
        return _whole(state, first, second)
    if len(between) == 1 and between[0].text in ("-", "–") and not between[0].whitespace_ \
            and not last.whitespace_ and second.end - second.start >= 2:
        return _whole(state, first, second)
    if len(words) > 1 or (words and between[-1].lower_ != "the" and len(between) > 1):
        return None
    if not words:  # only "the" between: the linker closes the first name
        linker = last
        if not (linker.lower_ in LINKERS and linker.text[:1].isupper()) or \
                headline(state, first.start):
            return None
        return _whole(state, first, second)
    linker = words[0]
    if linker.lower_ not in LINKERS or linker.i != first.end:
        return None
    if linker.text[:1].isupper():  # title case in prose: the linker is part of the name
        return None if headline(state, first.start) else _whole(state, first, second)
    if linker.lower_ not in {"of", "for"} or not (
            last.lower_ in ORG_WORDS or last.tag_ == "NNPS" and not _a_person(first) or
            last.lower_ in _CHARTER_WORDS and last.is_title and linker.lower_ == "of" and
            first.label != "PERSON") or \
            not any(second.start <= t.i <= second.end for t in linker.children) or \
            not (first.start <= linker.head.i < first.end or second.end - second.start >= 2):
        return None
    return _whole(state, first, second)



# the heads of a US state's university that names each campus by its town
_CAMPUS_HEADS = frozenset({"university", "college"})


def _state_campus(doc: Doc, first: Name, second: Name) -> bool:
    """"University of Ohio, Dunmore": a US state's university and the town of one of its
    campuses, one name (the campus): the university of a state names its campuses so."""
    words = doc[first.start:first.end]
    of = next((t.i for t in words if t.lower_ == "of"), None)
    return of is not None and second.label == "GPE" and \
        doc[of - 1].lower_ in _CAMPUS_HEADS and \
        normalize(doc[of + 1:first.end].text) in us_states()


# a saint's title, which opens the names of churches and of the places named for them
_SAINT_WORDS = frozenset({"st", "st.", "saint", "ste", "ste.", "sainte"})


def _saints_place(doc: Doc, first: Name, between: Span) -> bool:
    """"St Anne's at Wrexley": a place named for its church, a saint's possessive, and
    the village it stands "at" is one name (the model cuts it at its "'s")."""
    return [t.lower_ for t in between] in (["'s", "at"], ["\u2019s", "at"]) and \
        not doc[first.end - 1].whitespace_ and doc[first.end - 1].text[:1].isupper() and \
        doc[first.start].lower_ in _SAINT_WORDS and first.label in {"GPE", "LOC", "FAC"}


# the divisions of a state or a country that the news names "<X> District of <state>"
# (not "State", "Republic": "the Islamic State of Iraq" names a body, no division)
_DIVISION_WORDS = NAMED_PLACE_NOUNS & {"district", "province", "region", "county",
                                       "municipality"}


def _division_of(doc: Doc, first: Name, second: Name, between: Span) -> bool:
    """ "the Court for the Western District" "of" "Dunmore": a name ending in a capitalised
    division's word ("District", "Province") goes on with the "of" of the state or the
    country it divides, which the model cuts off: "the Western District of Ohio" is one
    name, as "the Republic of Ireland" is. Only before a region or a country."""
    last = doc[first.end - 1]
    return [t.text for t in between] == ["of"] and last.text[:1].isupper() and \
        last.lower_ in _DIVISION_WORDS and second.end - second.start <= 3 and \
        region_or_country(doc[second.start:second.end].text)


def _field_of(state: ArticleState, first: Name, second: Name, between: Span) -> bool:
    """"the Kelso Olympiad in Geology": the "in" of an organization's or a gathering's
    name before a word the model took for a place or left untagged, which the article
    writes in lower case elsewhere ("a career in geology"), is the field the name is of,
    part of it: a place's name is never a common noun of the article."""
    return [t.text for t in between] == ["in"] and second.label in {"GPE", "LOC", ""} and \
        (first.label == "ORG" or state.doc[first.end - 1].lower_ in GATHERING_NOUNS) and \
        all(state.written_lower(k) for k in range(second.start, second.end))


def town_before_a_body(state: ArticleState, names: list[Name]) -> list[Name]:
    """ "Dunmore District Hospital treated the wounded": a town the model tags, run straight
    into untagged capitalised words that end in a body's or a building's word and that it
    modifies, is the first word of the body's name (the model leaves "District Hospital"
    alone, which names no hospital of its own). Not a country's or a state's name ("US
    Treasury Department" is a country's body, `branches` reads it), nor a tagged name."""
    doc = state.doc
    out: list[Name] = []
    for name in names:
        first = out[-1] if out else None
        if first is not None and first.end == name.start and first.label == "GPE" and \
                name.label == "" and not first.titles and not name.titles and \
                doc[name.end - 1].lower_ in NAMED_BODY_NOUNS and doc[name.end - 1].is_title and \
                doc[first.end - 1].dep_ == "compound" and \
                name.start <= doc[first.end - 1].head.i < name.end and \
                not region_or_country(first.text) and \
                state.sent_of[first.start] == state.sent_of[name.start]:
            out[-1] = Name.over(doc, first.start, name.end, "ORG")
            continue
        out.append(name)
    return out


def spelled_by_acronym(state: ArticleState, names: list[Name]) -> list[Name]:
    """ "United Nations Educational, Scientific and Cultural Organization (UNESCO)", which
    the model cuts at its commas: the names before a bracketed acronym, with the words,
    commas and "and" between them, are one name when their capitals spell the acronym."""
    doc = state.doc
    out: list[Name] = []
    for name in names:
        out.append(name)
        end = name.end
        if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
            continue
        acronym = doc[end + 1].text
        if len(acronym) < 3 or not (acronym.isalpha() and acronym.isupper()):
            continue
        if acronym not in initials(name.text):
            out[-1] = _reaching_back(state, name, acronym, out[-2].end if len(out) > 1 else 0)
        k = len(out) - 1
        while k > 0 and _one_title(doc, out[k - 1].end, out[k].start) and \
                state.sent_of[out[k - 1].start] == state.sent_of[name.start]:
            k -= 1
            if acronym in initials(doc[out[k].start:end].text):
                out[k:] = [_whole(state, out[k], name)]
                break
    return out


def _reaching_back(state: ArticleState, name: Name, acronym: str, floor: int) -> Name:
    """ "the Zemblan Kelso Academy (ZKA)": a name whose bracketed acronym spells one or two
    capitalised words more, written right before it and left out of it ("Zemblan", a
    people's word the model tags apart), starts with them; else the name as it is."""
    doc = state.doc
    for size in (1, 2):
        start = name.start - size
        if start < floor or state.sent_of[start] != state.sent_of[name.start] or not all(
                t.is_alpha and t.is_title for t in doc[start:name.start]):
            break
        if "".join(t.text[0] for t in doc[start:name.end] if t.text[:1].isupper()) == acronym:
            return Name.over(doc, start, name.end, "ORG", name.titles)
    return name


def _one_title(doc: Doc, start: int, end: int) -> bool:
    """Only capitalised words, linkers, "and" and commas between two names."""
    return all(t.text in (",", "&") or t.lower_ in LINKERS | {"and"} or t.text[:1].isupper()
               for t in doc[start:end])


def plural_possessive(doc: Doc, i: int) -> bool:
    """Is token i the bare apostrophe of a plural possessive glued to a capitalised plural
    and followed by a capitalised word: "Fishmongers' Hall", "Workers' Party", or the "'s"
    of a plural without "s" ("Women's World Cup", "Children's Hospital")? Such a name
    keeps its owner: "Hall" alone is another name. A place's name is an owner apart ("the
    United States' National Institute of Health"), and so is the owner of a person
    ("Zembla News' Ann Lee": a reporter of Zembla News)."""
    if not 0 < i < len(doc) - 1 or doc[i - 1].whitespace_:
        return False
    owner, head = doc[i - 1], doc[i + 1]
    if doc[i].lower_ in {"'s", "\u2019s"}:
        return owner.lower_ in _PLURALS_WITHOUT_S and owner.text[:1].isupper() and \
            head.is_alpha and head.text[:1].isupper()
    if doc[i].text not in {"'", "\u2019"}:
        return False
    if owner.ent_type_ == "GPE" or head.ent_type_ == "PERSON" or any(
            country_for_name(doc[k:i].text) is not None or normalize(doc[k:i].text) in us_states()
            for k in range(max(0, i - 3), i)):
        return False
    return owner.is_alpha and owner.text[:1].isupper() and owner.lower_.endswith("s") and \
        head.is_alpha and head.text[:1].isupper()


# plurals that take "'s": "the Women's World Cup" names a gathering of women, no woman
_PLURALS_WITHOUT_S = frozenset({"women", "men", "children", "people"})


def headline(state: ArticleState, token: int) -> bool:
    """A sentence whose only lower-case words are little words ("the", "of") is a
    title-cased headline: its capitals are no evidence that "On" or "Against" belongs
    to a name."""
    sent = state.sents[state.sent_of[token]]
    return not any(t.is_alpha and t.text.islower() and not t.is_stop for t in sent)


def _a_person(name: Name) -> bool:
    """A name of two or three words tagged a person: "Tom Rees" of "Tom Rees of the Kelso
    Trust" is she, whatever the tag of "Rees" (a plural proper noun, as a body's "Friends"
    of "Friends of the Earth" is)."""
    return name.label == "PERSON" and 2 <= len(name.text.split()) <= 3


def _whole(state: ArticleState, first: Name, second: Name) -> Name:
    label = "ORG" if first.label in {"", "NORP", "PERSON"} else first.label
    return Name.over(state.doc, first.start, second.end, label, first.titles)


def hyphen_prefixed(doc: Doc, names: list[Name]) -> list[Name]:
    """A name takes back an English prefix the recognizer left before its hyphen ("Ex-" of
    "Ex-Members of Acme"), and the prefix read as a name of its own goes: "Members of Acme"
    would take every "members" after it."""
    mended: list[Name] = []
    for name in names:
        start = name.start
        if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper() \
                and doc[start - 2].lower_ in HYPHEN_PREFIXES \
                and doc[start - 2].ent_type_ in {"", doc[start].ent_type_}:
            if mended and mended[-1].start == start - 2 and mended[-1].end == start - 1:
                mended.pop()  # "Ex" itself
            if not mended or mended[-1].end <= start - 2:
                name = Name.over(doc, start - 2, name.end, name.label, name.titles)
        mended.append(name)
    return mended


def numbered(doc: Doc, names: list[Name]) -> list[Name]:
    """A maker's or a road's name the recognizer ended before its number ("a Boeing 737",
    "U.S. Route 2") names the model or the road, a thing: "a Boeing 737 crashed" is no
    act of the company. A year after a name ("Acme 2019 results") is no number of it, nor
    a score or a sum ("beat Leeds United 3-1")."""
    mended = []
    for name in names:
        after = doc[name.end] if name.end < len(doc) else None
        if after is not None and after.like_num and after.dep_ == "nummod" and \
                name.start <= after.head.i < name.end and \
                after.ent_type_ in {"", "CARDINAL", "PRODUCT"} and \
                not (len(after.text) == 4 and after.text[:2] in ("19", "20")) and \
                before_a_number_run_on(doc, name.start, name.end + 1) > name.end and \
                not any(n.start == name.end for n in names):
            name = Name.over(doc, name.start, name.end + 1, "PRODUCT", name.titles)
        mended.append(name)
    return mended


def role_before_person(state: ArticleState, start: int, end: int, *,
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


def role_end(state: ArticleState, end: int) -> int:
    """Where the capitalised words after an entity stop (a role's last word, say)."""
    doc = state.doc
    while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].ent_type_:
        end += 1
    return end


def place_inside_a_name(state: ArticleState, start: int, end: int, taken: set[int]) -> int:
    """Where a name the model tagged as a place truly starts: "Real Madrid", "Air Lanka"
    (the model tags "Madrid", "Lanka"), a club's or a company's name with a place in it.
    The capitalised proper nouns just before the place, in its noun phrase, are its
    first words; a word that keeps it a place ("Greater", "Lake"), a title, a country or
    its people, a word capitalised for opening the sentence, or a word the model tags
    ("Republican" US) are not; nor a word of another name (`taken`) or of another
    sentence. The name is an organization's, unless the article names it elsewhere as
    something else ("Jamal Khashoggi", a person: see in_name_label)."""
    doc = state.doc
    begin = start
    while begin > 0 and begin - 1 not in taken and \
            state.sent_of[begin - 1] == state.sent_of[start]:
        word = doc[begin - 1]
        if word.pos_ != "PROPN" or not word.is_alpha or not word.text[:1].isupper() or \
                word.ent_type_ or word.dep_ != "compound" or not start <= word.head.i < end or \
                word.lower_ in _PLACE_PREFIXES or word.lower_ in TITLES or \
                country_for_demonym(word.text) is not None or \
                country_for_name(word.text) is not None or state.capitalised_by_place(begin - 1):
            break
        begin -= 1
    return begin


def before_a_number_run_on(doc: Doc, start: int, end: int) -> int:
    """Where a name the model ran into the number after it ends: "Voltara 2.4 billion"
    (euros), "Voltara 2.4 billion euros", "Borussia Dortmund 3" (-1), "Bath 43–5". Only
    where the number is a sum, goes on past the name into a score or is one; "Apollo 11"
    landed keeps its number."""
    def money(token: Token) -> bool:
        return token.is_currency or lemma_of(token).lower() in CURRENCY_NOUNS

    if end - 1 > start and whole_score(doc[end - 1]):
        return end - 1  # "Dalton 43–5": the score the team was beaten by
    after = doc[end] if end < len(doc) else None
    goes_on = after is not None and (after.text in SCORE_DASHES or after.like_num or money(after))
    for k in range(start + 1, end):
        if doc[k].like_num or doc[k].is_currency:
            tail = doc[k:end]
            if all(t.like_num or money(t) for t in tail) and \
                    (goes_on or any(money(t) for t in tail)):
                return k
            break
    return end


def in_name_label(state: ArticleState, start: int, end: int) -> str:
    """The label of a place's name made longer by place_inside_a_name: the label the model
    gives the same words elsewhere in the article, else an organization's."""
    return state.names_alone().get(state.doc[start:end].text, "ORG")


def split_inside(state: ArticleState, start: int, end: int,
                  label: str) -> list[tuple[int, int, str]]:
    """Cut an entity that runs a name together with a place, a date or an owner.

    "Mayor of Kelso Ann Lee": after "<Title> of", a leading name the article uses on its
    own (or a country) is the place and the rest the person. "the Abbey in Kelso" and
    "the Rally in 2008": a lower-case "in" before a year or a name the article uses on
    its own ends the name. "Lee's Rally for Peace": an owner the article names on its
    own is a name apart ("McDonald's Corporation", whose owner never stands alone,
    stays whole); a plural possessive is part of the name ("Fishmongers' Hall",
    "Workers' Party": an owner of several is a class of people, no actor apart). "United
    States Representative Ann Lee" read as one organization is a country and a titled
    person; a lower-case "the" after no linker, before an organization's name, starts
    another name ("making Lee the Labour Party's candidate").
    """
    doc = state.doc
    alone = state.names_alone()
    texts = state.texts
    titled = _country_titled_person(state, start, end) if label in {"ORG", ""} else None
    if titled is not None:
        return [(start, titled, "GPE"), (titled, end, "PERSON")]
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
        named = [t for t in rest if t.tag_ != "POS"]
        if texts[i] == "the" and texts[i - 1].lower() not in LINKERS | {"and", "in", "at", "to"} \
                and len(named) >= 2 and named[-1].lower_ in ORG_WORDS:
            # "making Lee the Labour Party's candidate": a name, then another
            return [*split_inside(state, start, i, ""), *split_inside(state, i + 1, end, label)]
        if texts[i] == "in" and (all(t.like_num for t in rest) or rest.text in alone):
            return split_inside(state, start, i, label) + (
                [(i + 1, end, alone[rest.text])] if rest.text in alone else [])
        if texts[i] == "in" and town_before_its_region(doc, i + 1, end):
            return [*split_inside(state, start, i, label), (i + 1, end, "GPE")]
        owner = doc[start:i].text
        if doc[i].tag_ == "POS" and texts[i + 1][:1].isupper() and \
                not plural_possessive(doc, i) and (
                owner in alone or owner in state.full_surnames()):
            return [(start, i, alone.get(owner, "PERSON")),
                    *split_inside(state, i + 1, end, label)]
    return [(start, end, label)]


def town_before_its_region(doc: Doc, start: int, end: int) -> bool:
    """Are the capitalised words start..end a town, written before its state, province or
    country ("College Station, Texas"; "Guelph, Ontario")? The news writes a town so, and a
    body's name never ends in one ("the Kelso Medical Center in Dunmore, Ohio")."""
    if end + 1 >= len(doc) or doc[end].text != "," or not all(
            t.is_alpha and t.text[:1].isupper() for t in doc[start:end]):
        return False
    stop = end + 1
    while stop < len(doc) and stop - end <= 3 and doc[stop].is_alpha and \
            doc[stop].text[:1].isupper():
        stop += 1
    region = doc[end + 1:stop].text
    return stop > end + 1 and region_or_country(region)


def _country_titled_person(state: ArticleState, start: int, end: int) -> int | None:
    """Where the titled person starts in "<country> <title> <two to four capitalised
    words, none an organization's>" ("United States Representative Ann Lee", not "United
    States General Services Administration"), or None."""
    texts = state.texts
    for size in (3, 2, 1):
        if start + size + 2 >= end or country_for_name(" ".join(texts[start:start + size])) \
                is None:
            continue
        for width in range(MAX_TITLE_WORDS, 0, -1):
            rest = texts[start + size + width:end]
            if 2 <= len(rest) <= 4 and \
                    title_key(texts[start + size:start + size + width]) in TITLES and \
                    all(w[:1].isupper() and w.casefold() not in ORG_WORDS for w in rest):
                return start + size
    return None
