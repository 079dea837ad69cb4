"""Affiliations news states through titles and appositions, not verbs.

"NASA administrator Ann Lee", "Ann Lee of the Red Cross", "Ann Lee, a researcher at
Harvard University", "the president of the Red Cross, Ann Lee,": each says how a named
person stands to a named organization or place, and no verb says it. This module reads
those phrases (rule "affiliation") and decides the relation from the role noun alone,
by general English (lexicon.py): a head leads, a founder founded, staff are members, a
spokesperson or an office holder acts for (represents) it. It also maps the copula and
apposition rules of extraction ("X is the president of Y", "X, a researcher at Y") onto
the same properties, and "X joined Y" onto membership when Y is an organization.

It decides only between two named entities of the parse: a PERSON, and an ORG, a
country or city (GPE) or a country's demonym ("Danish"). Of a place, only its heads and
office holders: "Texas governor X" and "Governor X of Texas" lead Texas, "Russian
Foreign Minister X" acts for Russia, but "a Texas scientist" or "X of Springfield" says
where someone is from (which "X of Springfield" and "X from Chad", with no title before
the name, state as "be from": no post); "the city of Leeds" is Leeds. It also reads the
copula itself ("X is the Lord Mayor of Leeds", "X, who is the head of Y,"), which the extractor's
copula-role does not always see. A role that no longer holds ("former NASA chief X",
"X was the mayor of Leeds") is a post held before, under a relation of its own (FORMERLY:
"be former leader of"), never the present one; a role still to come ("the incoming
president") is none. An unknown role, an honorific without an organization ("Governor
X") and a title a list may share ("Lee and Park of Reuters") make nothing: a wrong edge
costs more than a missing one; but a bare national title ("Prime Minister X", "President
X", "X, the prime minister,", "Governor X") leads the one country (or US state) the whole
article names that has the office, when one person holds it (national_titles). A title of
each name in a list ("Senator Lee and President Park") is that name's own. A title whose
"of" names a portfolio ("US Secretary of State X") acts for the place before it; each noun
of a conjoined apposition ("his wife and the chair of Y") describes the name; and a name
the article tags a person elsewhere is a person here too, whatever the recognizer tagged it
in this sentence. "President of Atlantis Ann Lee", which the recognizer reads as one name
("Atlantis Ann Lee"), is the title of the place (resolution.gluedoffices.glued_offices says
where the place ends). Staff "from" a body are its members ("a researcher from Eastport
University"), a speaker "at" a workplace works there ("Lee at Eastport University said"), a
post "in" a field or unit "at" a body is a post at that body, and a name the recognizer cut
at its "and" is named by the acronym in brackets after it, when the letters are the name's
initials. Two titles before one name ("Acme founder and chief executive Ann Lee") give her
the first, whose organization stands before it; a post taken up ("was sworn in as", "took
over as") is held; staff, students and players ("works for", "studies at", "plays for" a
named body) are members; and a post over one field of a body ("director of news for Acme")
is a post in it. A speaker "of" a named body whom the recognizer tagged a body ("Ilse Varn
of the Crime Agency said") is a person, and a legislator's "from" glued to the name
("Senator from Vermont Ann Lee") names the place the legislator sits for. A post owned by
"its" ("Orsa Motors said its chairman, Tomas Lind, ...") is a post of the body that is the
subject of a verb the "its" stands under, when no other body or place is named between
them. A post in apposition that has a name of its own after it ("the Trade Council, Kelso's
chancellor, Ann Lee,") is that name's, never the body's before it. A party's word among the
words of a post ("Ann Lee, the Republican Senate Majority Leader,") makes the holder one of
the party's members, unless the post is over. A title or an apposition presupposes its
post, which a question does not undo ("Did Acme's chief executive, Ann Lee, resign?") as it
does a copula's ("Is Ann Lee the head of Acme?"); a body's lawyer acts for it; and of
conjoined nouns before a name, the one next to it describes it ("His daughter, and member
of the Green Party, Ann Lee, wrote"). A body after a person's "of" that the recognizer left
untagged is one when a word of its name or the apposition after it says so ("Ann Lee of
Quiet Skies Coalition", "Ann Lee of Blue Reef Tours, a firm that ..."), and that apposition
describes the body, never her. The article's full names vouch for a surname the recognizer
cut off ("[Ann] Lee" tagged a place) or left untagged; a place, an office's title in
capitals and a name in a row are one title however the parser hung the place ("according to
Ohio Senator Ann Lee"); and a post of someone whose age is told in the past ("Tom Reed, the
chairman of Acme, was 68") is one held until death. A name tagged a product before "member"
("Ann Lee, a Civic Front member,") is a body: only bodies have members; and one untagged
proper noun before a founder's title ("OrbitX founder Ann Lee") is what she founded. A
title the parser read as a verb hung on the comma before it ('"...", Kelso coach Ann Lee
said') is still her title.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .demonyms import (
    Country,
    countries,
    country_for_capital,
    country_for_demonym,
    country_for_name,
    country_named_by,
    has_office,
    normalize,
    region_country,
    us_states,
)
from .lexicon import (
    APPOINTING_VERBS,
    CANDIDATE_ROLES,
    CHAMBERS,
    CREATIVE_WORKS,
    DEATH_VERBS,
    DIRECTOR_OF_ALL_WORDS,
    ENDING_NOUNS,
    FOUNDER_ROLES,
    KILLED_VERBS,
    KIN_NOUNS,
    LEADER_ROLES,
    LEGISLATOR_ROLES,
    MEMBER_ROLES,
    NOT_YET_ROLE_WORDS,
    OF_ONLY_ROLES,
    PARTY_ADJECTIVES,
    PARTY_CONTESTS,
    PARTY_LEADER_ROLES,
    PAST_ROLE_WORDS,
    PERSONAL_ROLES,
    PLACE_ROLES,
    PORTFOLIO_WORDS,
    PRESENT_ROLE_WORDS,
    RACES,
    RANKS,
    REGION_WORDS,
    REPRESENTATIVE_ROLES,
    ROLES,
    SENIORITY_WORDS,
    SHARED_ROLES,
    SPEECH_VERBS,
    SUBORDINATE_ROLE_WORDS,
    TEAM_ROLES,
    VESSEL_PREFIXES,
)
from .parsing import hyphen_piece, lemma_of
from .qualifiers import commemorated, entity_of, is_portfolio, written_year
from .resolution.gluedoffices import glued_offices, place_label
from .resolution.words import (
    COMPANY_NOUNS,
    NAME_LABELS,
    NAME_ONLY_HEADS,
    NAMED_PLACE_NOUNS,
    ORG_WORDS,
    PRONOUNS,
    RANK_PREFIXES,
    SUBUNIT_WORDS,
    TITLES,
)

__all__ = ["FORMERLY", "KINSHIP", "Role", "acronyms", "affiliation", "kinship",
           "national_titles", "people", "read", "relabel", "superseded"]

# the lemma of each relation, as the ontology maps it (ng:lemma)
LEADS, FOUNDED, MEMBER, REPRESENTS = "lead", "found", "be member of", "be representative of"
# where a person is from, as "Ann Lee of Springfield" says it: no post, so never held before
ORIGIN = "be from"
# the same posts held before ("the former mayor of Y", "was a columnist for Y"): properties
# of their own (under ng:formerAffiliation), so no edge claims the post holds today; a
# founding stays a founding
FORMERLY = {LEADS: "be former leader of", MEMBER: "be former member of",
            REPRESENTS: "be former representative of"}
# the lemma of each family tie (ng:parentOf, ng:childOf, ng:siblingOf, ng:spouseOf), by the
# tie KIN_NOUNS gives a noun: no verb, so that no clause's own lemma ("Deseret is the parent
# of the Deseret Bank": "be parent of") is taken for one; only `kinship` gives them
KINSHIP = {tie: f"{tie} of" for tie in sorted(set(KIN_NOUNS.values()))}
# words before a family noun that make it another tie, or one that is over: "his ex-wife",
# "the former husband of", "the founding father of", "a foster son", "her stepmother"
NOT_KIN_WORDS = frozenset({"former", "ex", "founding", "spiritual", "foster", "step", "god",
                           "surrogate", "grand", "then", "future", "would-be"})
ORGANIZATION_LABELS = frozenset({"ORG"})
PLACE_LABELS = frozenset({"GPE", "LOC"})  # another mention so tagged makes a one-word ORG a place
# the honorifics a title may stand before ("NASA administrator Dr. Ann Lee")
HONORIFICS = frozenset({"dr", "prof", *(word for word, role in TITLES.items() if not role)})
# the prepositions that tie a role to its organization: "head of", "researcher at",
# "spokesman for", "analyst with"; "ambassador to Y" names the host, not the sender
LINKS = frozenset({"of", "at", "for", "with"})
MAX_ROLE_WORDS = 4
# prepositions that join no name's words ("Florida, US with NASA astronauts X": "with" cuts
# no name before "NASA", as "Center for" may)
OUTSIDE_NAMES = frozenset({"with", "against", "than", "like", "via"})
# the common nouns of a body ("a firm", "an advocacy group"), without the last words of
# names that mean something else in lower case ("post", "service")
BODY_NOUNS = frozenset(COMPANY_NOUNS | ORG_WORDS) - NAME_ONLY_HEADS
# the lower-case words of names that are bodies too ("the fire service", "the press office")
LOWER_BODY_NOUNS = frozenset({"service", "office"})
# the nouns of a body one of its kind in a story ("the fire service", "the selection
# committee", "the press office"), unlike a kind of body ("a news agency", "a trade union")
UNIT_NOUNS = frozenset(SUBUNIT_WORDS | LOWER_BODY_NOUNS) - {"team"}
# the last words of bodies people work at: "Ann Lee at Eastport University said"
WORKPLACE_NOUNS = frozenset({
    "university", "college", "institute", "school", "hospital", "clinic", "laboratory",
    "observatory", "bank", "company", "corporation", "inc", "ltd", "llc", "corp"})
# the rules whose reading of the same words an affiliation corrects ("Tom Kell is a
# Republican": a member of the party, no "be" beside it)
CORRECTED_RULES = frozenset({"title", "apposition-role", "name-apposition", "apposition",
                             "copula"})
RELABELED_RULES = frozenset({"copula-role", "apposition-role"})
COPULAS = frozenset({"be", "become", "remain"})
SERVING_VERBS = frozenset({"serve", "act"})  # "served as the chair of Y"
# verbs, and verbs with their particle, by which one leaves a post "as" it ("resigned as
# chairman of Acme", "stepped down as its head"): the post held before
LEAVING_VERBS = frozenset({"resign", "quit", "retire"})
LEAVING_PHRASES = frozenset({("step", "down"), ("stand", "down")})
# the lemmas of working, studying or playing for a body: its staff, students and players
WORK_LEMMAS = frozenset({"work for", "work at", "study at", "play for"})
# a verb and its particle by which someone takes up a post "as" it ("took over as its head")
TAKING_UP_VERBS = frozenset({("take", "over"), ("step", "in"), ("step", "up")})
ROLE_WORDS = frozenset(w for role in ROLES for w in role.split() if w != "of") | \
    SUBORDINATE_ROLE_WORDS  # ("chief of staff": its "of" is no role word)


@dataclass(frozen=True)
class Role:
    """A person's affiliation read off a phrase, in token indices (last ones inclusive)."""

    person: tuple[int, int]
    organization: tuple[int, int]
    predicate: str  # as the text says it: "be administrator of"
    lemma: str  # one of LEADS, FOUNDED, MEMBER, REPRESENTS
    covers: tuple[int, int]  # the words read: a statement of another rule inside is replaced
    misread: int = -1  # a noun the parser hung the role on instead of the person
    rule: str = "affiliation"  # or "kinship": a family tie between two people
    # a verb states it ("is the head of", "was sworn in as"): it holds only as the clause
    # does; a title or an apposition presupposes it whatever the sentence asks or supposes
    stated: bool = False


def affiliation(words: Sequence[str], kind: str, link: str = "of") -> str | None:
    """The relation a role phrase says between its holder and an organization or place.

    `words` are the role phrase ("senior research scientist"), `kind` "organization" or
    "place", `link` how the organization is tied to it: "of" (also a possessive or a
    name before the role), "at", "for" or "with".

    >>> affiliation(["chief", "executive"], "organization")
    'lead'
    >>> affiliation(["deputy", "director"], "organization"), affiliation(["scientist"], "place")
    ('be member of', None)
    """
    words = [w.casefold() for w in words if w not in ("-", "–")]
    words = [w for w in words if w not in PRESENT_ROLE_WORDS]  # "the current president"
    if not words or len(words) > MAX_ROLE_WORDS or PAST_ROLE_WORDS & set(words):
        return None
    head = _role_head(words)
    if head is None or head in OF_ONLY_ROLES and link != "of":
        return None
    if kind == "place":
        # "a senator from Ohio" sits for Ohio; "a scientist from Ohio" is only from there
        legislator = head in LEGISLATOR_ROLES
        if head not in PLACE_ROLES or link not in ("of", "for", *(("from",) if legislator else ())):
            return None
        if set(words[:-len(head.split())]) - PORTFOLIO_WORDS - SUBORDINATE_ROLE_WORDS - (
                SENIORITY_WORDS if legislator else frozenset()) and head != "minister":
            # "Russian opposition leader": leads the opposition, not Russia (a minister's
            # words are a portfolio, listed or not: "climate change minister")
            return None
        lead = head in LEADER_ROLES and not SUBORDINATE_ROLE_WORDS & set(words)
        return LEADS if lead else REPRESENTS
    if link == "from":
        # "a researcher from Acme University" works there; "the director from Acme" or "a
        # delegate from Acme" may be a guest or an envoy of it: whose post, is a guess
        return MEMBER if head in MEMBER_ROLES and head not in LEADER_ROLES else None
    if head in FOUNDER_ROLES:
        return FOUNDED if link == "of" else None
    if head in CANDIDATE_ROLES:
        # a party's candidate stands for it; "a candidate for the Senate" runs for it; "a
        # PhD candidate at the university" studies there
        return REPRESENTS if link == "of" else MEMBER if link == "at" else None
    if head in REPRESENTATIVE_ROLES:
        return REPRESENTS if link in ("of", "for") else None
    if head in LEADER_ROLES:
        # "director at Google", "deputy head of": a post in it, not at its head
        subordinate = SUBORDINATE_ROLE_WORDS & set(words) or link != "of"
        of_a_field = head == "director" and set(words[:-1]) - DIRECTOR_OF_ALL_WORDS
        return MEMBER if subordinate or of_a_field else LEADS
    return MEMBER


def _role_head(words: Sequence[str]) -> str | None:
    """The known role the phrase's last one to three words name ("the deputy prime minister"
    -> "prime minister"), if any."""
    return next((" ".join(words[-n:]) for n in (3, 2, 1) if len(words) >= n and
                 " ".join(words[-n:]) in ROLES), None)


def _kind(ent: Span) -> str:
    """ "organization", "place" or "" for an entity of the parse."""
    start, last = _trimmed(ent)
    core = ent.doc[start:last + 1]  # the name without "the" or "'s"
    if ent.label_ in ORGANIZATION_LABELS:
        if _a_work(ent) or ent.doc[start].text in VESSEL_PREFIXES or is_portfolio(ent.root):
            return ""  # "MV Professor Lind" is a ship; "minister for Rural Affairs" a field
        if last == start + 1 and ent.doc[start].lower_ in PARTY_ADJECTIVES and \
                ent.doc[last].lower_ in CHAMBERS:
            return ""  # "the Republican Senate Majority Leader": a party's side of a chamber
        if country_for_name(core.text) is not None:
            return "place"  # "Vice President of the United States" tagged an organization
        return _one_word_kind(core) if start == last else "organization"
    if ent.label_ == "GPE" or (ent.label_ == "NORP" and country_for_demonym(ent.text)) or \
            ent.label_ == "LOC" and (_in_a_state(ent) or
                                     country_for_name(core.text) is not None):
        return "place"  # (a country the recognizer tagged a location: "South Sudan's")
    return "organization" if _party(ent) else ""


def _in_a_state(ent: Span) -> bool:
    """ "South Bend, Indiana", "Gonesse, France": a name the recognizer tagged a location,
    followed by the state or country it lies in, is a town (a place with a mayor), however
    the recognizer took the pair."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    state = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "GPE"), None)
    return state is not None and (country_for_name(state.text) is not None or
                                  normalize(state.text) in us_states())


def _a_work(ent: Span) -> bool:
    """Does the article call the name a creative work ("the 2018 film Black Orchid", or a
    work of art by the recognizer)? "the director of Black Orchid" made it, nobody leads it."""
    return _without_the(ent.text) in _work_titles(ent.doc)


_WORKS: weakref.WeakKeyDictionary[Doc, frozenset[str]] = weakref.WeakKeyDictionary()


def _work_titles(doc: Doc) -> frozenset[str]:
    """The names an article gives as works: after a work noun, or tagged a work of art
    (read once per article: every organization's kind asks)."""
    found = _WORKS.get(doc)
    if found is None:
        titles = {_without_the(e.text) for e in doc.ents if e.label_ == "WORK_OF_ART"}
        for e in doc.ents:
            before = doc[e.start - 1] if e.start > 0 else None
            if before is not None and before.lower_ == "the" and e.start > 1:
                before = doc[e.start - 2]  # "the album The Wall"
            if before is not None and before.lower_ in CREATIVE_WORKS:
                titles.add(_without_the(e.text))
        found = _WORKS[doc] = frozenset(titles)
    return found


def _without_the(name: str) -> str:
    return name[4:] if name.casefold().startswith("the ") else name


def _party(ent: Span) -> bool:
    """ "Conservative", "Republican", "Labour": a party's adjective names the party, but not
    before a minister's title ("the Labour Secretary")."""
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    label = ent.label_ or ent.root.ent_type_
    return label in ("NORP", "ORG") and ent.text.casefold() in PARTY_ADJECTIVES and \
        after not in ("minister", "secretary", "department", "ministry") and \
        not _longer_party(ent)


# the words before a party's word that make it another party's name: "Liberal Democrat",
# "Social Democrat", "Christian Democrat", "Free Democrat"
_PARTY_PREFIXES = PARTY_ADJECTIVES | {"social", "christian", "free"}


def _longer_party(ent: Span) -> bool:
    """ "Liberal Democrat MP Ann Lee": the recognizer tagged the party's word alone, but the
    capitalised word before it makes one longer name, another party's."""
    doc = ent.doc
    return ent.start > 0 and doc[ent.start - 1].is_title and \
        doc[ent.start - 1].lower_ in _PARTY_PREFIXES and len(ent) == 1


def _one_word_kind(word: Span) -> str:
    """What a one-word ORG of the recognizer is: a bare portfolio ("the Defence Secretary")
    names no organization, and a known place ("Ohio senator", "X regional governor") is a
    place; only the rest are taken for organizations."""
    doc, text = word.doc, word.text
    if _party(word):
        return "organization"
    if text.casefold() in PORTFOLIO_WORDS:
        return ""
    known = country_for_name(text) or country_for_capital(text) or \
        normalize(text) in us_states()
    after = doc[word.end].lower_ if word.end < len(doc) else ""
    tagged = text in _place_names(doc)
    return "place" if known or after in REGION_WORDS or tagged else "organization"


_PLACE_NAMES: weakref.WeakKeyDictionary[Doc, frozenset[str]] = weakref.WeakKeyDictionary()


def _place_names(doc: Doc) -> frozenset[str]:
    """The texts of the doc's entities tagged places (read once per article: every one-word
    organization's kind asks)."""
    found = _PLACE_NAMES.get(doc)
    if found is None:
        found = _PLACE_NAMES[doc] = frozenset(e.text for e in doc.ents
                                              if e.label_ in PLACE_LABELS)
    return found


def _trimmed(ent: Span) -> tuple[int, int]:
    """The entity's words without a verb the recognizer swallowed ("Said NASA") or an
    article the parser hung outside it ("The Acme Foundation Chairman": "The" is the
    title's)."""
    start, last = ent.start, ent.end - 1
    while start < last and (ent.doc[start].pos_ in ("VERB", "AUX", "ADP", "PUNCT") or
                            ent.doc[start].pos_ == "DET" and
                            not ent.start <= ent.doc[start].head.i < ent.end):
        start += 1
    while last > start and (ent.doc[last].tag_ == "POS" or ent.doc[last].is_punct):
        last -= 1  # "Daily Xtra's editorial director": the possessive is no part of the name
    return start, last


def _role_words(tokens: Sequence[Token]) -> bool:
    """Words that may make a role phrase: common nouns and adjectives, or a title in capitals
    ("Chief Executive", "Foreign Minister": a portfolio is part of the title)."""
    return all(t.text in ("-", "–") or t.is_alpha and (
        t.lower_ in ROLE_WORDS or t.tag_ == "NNS" and lemma_of(t).lower() in ROLE_WORDS or (
            t.lower_ in PORTFOLIO_WORDS and _alone(t) and not (
                t.ent_type_ and _party(t.doc[t.i:t.i + 1]))) or (
            not t.ent_type_ and t.pos_ in ("NOUN", "ADJ") and t.is_lower)) for t in tokens)


def _alone(token: Token) -> bool:
    """Whether a word is no part of a longer name ("Department of Transportation")."""
    doc = token.doc
    return token.ent_iob_ != "I" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")


def _predicate(words: Sequence[Token], link: str, each: bool = False) -> str:
    role = " ".join(_singular(t) if each else t.lower_ for t in words
                    if t.lower_ not in PAST_ROLE_WORDS)
    return f"be {role} {link}"


def _singular(word: Token) -> str:
    """A role word as one holder's post: "astronauts" of "NASA astronauts Lee and Park" is
    each one's "astronaut" (not so "Lee, US presidents": a list the parser cut), "Vice
    Presidents" in capitals (which the lemmatizer keeps as written) a "vice president"."""
    if word.tag_ == "NNPS" and word.lower_[:-1] in ROLE_WORDS and word.lower_.endswith("s"):
        return word.lower_[:-1]
    return lemma_of(word).lower() if word.tag_ == "NNS" else word.lower_


def _root(ent: Span) -> Token:
    start, last = _trimmed(ent)
    return ent.doc[start:last + 1].root


def _speaks(person: Token) -> bool:
    """Whether the name's head is the subject of a speech verb ("Ann Lee said")."""
    return person.dep_ == "nsubj" and lemma_of(person.head).lower() in SPEECH_VERBS


def _possessor(person: Token, ent: Span) -> Token | None:
    """The possessive before the name ("Acme's" of "Acme's Ann Lee"), if any."""
    return next((c for c in person.children if c.dep_ == "poss" and c.i < ent.start), None)


def _by_token(ents: Sequence[Span]) -> dict[int, Span]:
    return {t.i: ent for ent in ents for t in ent}


def people(doc: Doc) -> frozenset[str]:
    """The names the article tags a person (or gives as the surname of a full name tagged
    a person) at least as often as anything else; never a known country, capital or state.

    The recognizer may tag one name a person in one sentence and a place or an
    organization in the next ("Didier Queloz" ... "Queloz is a professor at"); read in the
    article as a whole, it is the person.
    """
    person: Counter[str] = Counter()  # tagged a person, or a full person's surname
    other: Counter[str] = Counter()  # tagged something else
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            words = ent.text.split()
            person[ent.text] += 1
            if len(words) > 1 and words[-1][:1].isupper():
                person[words[-1]] += 1
        else:
            other[ent.text] += 1
    return frozenset(name for name, n in person.items() if n >= other[name] and not (
        country_for_name(name) or country_for_capital(name) or normalize(name) in us_states()))


def acronyms(doc: Doc) -> frozenset[str]:
    """The acronyms in capitals ("RCMP", "WHO") the article tags an organization at least
    as often as anything else.

    The recognizer may leave an acronym untagged before a title ("RCMP Constable Ann Lee")
    while it tags the same letters an organization in another sentence; read in the
    article as a whole, they name the organization there too. (Only acronyms: a capitalised
    word such as "Apple" or "Jordan" names different things in different sentences.)
    """
    body: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for ent in doc.ents:
        counts = body if ent.label_ in ORGANIZATION_LABELS else other
        counts[ent.text] += 1
    return frozenset(name for name, n in body.items() if n >= other[name] and
                     len(name) > 1 and name.isalpha() and name.isupper())


def _known_person(ent: Span, known: frozenset[str]) -> bool:
    """A name the article tags a person elsewhere ("Queloz"), or a full name whose surname
    it does ("Morgan Tsvangirai" after "Tsvangirai")."""
    words = ent.text.split()
    return ent.text in known or (
        1 < len(words) <= 3 and words[-1] in known and all(w[:1].isupper() for w in words)
    ) or _cut_from_a_known_name(ent, known)


def _cut_from_a_known_name(ent: Span, known: frozenset[str]) -> bool:
    """A surname the recognizer tagged a place or a body after cutting off the untagged
    first name hung on it ("[Ann] Berg" read as a place): the whole name is a person of the
    article, so this is that person (the surname alone, as often tagged a place as a
    person, is not in `known`)."""
    doc = ent.doc
    start = ent.start
    while start > ent.sent.start and doc[start - 1].pos_ == "PROPN" and \
            doc[start - 1].dep_ == "compound" and not doc[start - 1].ent_type_ and \
            doc[start - 1].head.i in range(ent.start, ent.end):
        start -= 1
    return start < ent.start and doc[start:ent.end].text in known


def _untagged(sent: Span, known: frozenset[str]) -> list[Span]:
    """The article's people the recognizer left untagged in this sentence ("Cummings, the
    chairman of the committee,"), each as a person's name; and an untagged name of two or
    three capitalised words that an apposition gives a post only a person holds ("Jon
    Brandt, a spokesperson for the fire service,")."""
    found = []
    for token in sent:
        if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ == "compound":
            continue
        name = _proper_name(token, sent.start)
        if token.text in known or _named_by_post(name) or \
                name.start == token.i and _surname_of_a_known_name(token.text, known):
            found.append(Span(sent.doc, name.start, name.end, label="PERSON"))
    return found


def _surname_of_a_known_name(word: str, known: frozenset[str]) -> bool:
    """Whether a word the recognizer left untagged is the last word of a full name the
    article tags a person ("Lee" after "Ann Lee"), though the article tags the bare
    word something else as often (so it is not in `known`); never a known country, capital
    or state (as `people` reads them)."""
    return not (country_for_name(word) or country_for_capital(word) or
                normalize(word) in us_states()) and any(
        len(name.split()) > 1 and name.split()[-1] == word for name in known)


def _proper_name(token: Token, first: int) -> Span:
    """An untagged proper noun with the untagged proper nouns hung on it before it."""
    doc = token.doc
    start = token.i
    while start > first and doc[start - 1].pos_ == "PROPN" and \
            doc[start - 1].dep_ == "compound" and not doc[start - 1].ent_type_:
        start -= 1
    return doc[start:token.i + 1]


def _named_by_post(words: Span) -> bool:
    """Two or three capitalised words, none a body's word nor a title's ("Foreign
    Secretary, mayor of Leeds," is a post), set off by an apposition whose noun is a post
    only a person holds (not "the leader of the coalition": SHARED_ROLES)."""
    doc, root = words.doc, words[-1]
    return 2 <= len(words) <= 3 and all(
        t.is_title and t.is_alpha and t.lower_ not in
        ORG_WORDS | COMPANY_NOUNS | ROLE_WORDS | PORTFOLIO_WORDS for t in words) and \
        words.end < len(doc) and doc[words.end].text == "," and any(
            a.dep_ == "appos" and a.i > root.i and _person_role(a) for a in root.children)


def _untagged_acronyms(sent: Span, bodies: frozenset[str]) -> list[Span]:
    """The article's organization acronyms (see `acronyms`) the recognizer left untagged
    in this sentence, each as an organization's name."""
    return [Span(sent.doc, t.i, t.i + 1, label="ORG") for t in sent
            if not t.ent_type_ and t.text in bodies]


def _a_body(ent: Span) -> bool:
    """A name the recognizer tagged a person that its apposition calls a body: "Acme
    Marine, a firm specialising in radios," is an organization (not "Ann Lee of Acme
    Marine, a firm ...": the apposition right after the name of her "of" is that name's)."""
    root = _root(ent)
    return any(a.dep_ == "appos" and a.i > root.i and a.pos_ == "NOUN" and a.is_lower and
               lemma_of(a).lower() in BODY_NOUNS and not any(
                   c.dep_ == "prep" and c.lower_ == "of" and root.i < c.i < a.i and any(
                       g.dep_ == "pobj" and g.pos_ == "PROPN" and g.right_edge.i + 2 ==
                       a.left_edge.i for g in c.children) for c in root.children)
               for a in root.children)


def _members_body(ent: Span) -> bool:
    """A name the recognizer tagged a product that "member" follows in a person's title or
    apposition ("Ann Lee, a founding Civic Front member,"): only a body has members."""
    doc = ent.doc
    if ent.label_ != "PRODUCT" or ent.end >= ent.sent.end:
        return False
    member = doc[ent.end]
    return member.lower_ == "member" and member.pos_ == "NOUN" and \
        _root(ent).head == member and member.dep_ in ("appos", "compound") and \
        member.head.ent_type_ == "PERSON"


def _a_country(ent: Span) -> bool:
    """A country's name the recognizer tagged a person ("Chad's president Ann Lee") is the
    country, as `people` never takes one for a person; unless a person's full name of the
    article ends with it ("Ann Jordan" ... "Jordan said")."""
    return country_for_name(ent.text) is not None and not any(
        other.label_ == "PERSON" and len(other) > 1 and other[-1].text == ent.text
        for other in ent.doc.ents)


def _holds_a_role(ent: Span) -> bool:
    """A name the recognizer tagged an organization that an apposition gives a post only a
    person holds: "Ann Lee, Atlantis's governor," and "the president of Atlantis, Ann Lee,"
    ("the leader of the coalition, the Green Party" may be a body: SHARED_ROLES); never a
    name of several words with a body's word in it (a body's name in full in brackets)."""
    if ent.label_ not in ORGANIZATION_LABELS or country_for_name(ent.text) or \
            len(ent) == 1 and _one_word_kind(ent) == "place":
        return False
    if len(ent) > 1 and any(t.lower_ in ORG_WORDS | COMPANY_NOUNS for t in ent):
        return False  # "the head of the Acme union (National Union of Rail), Ann Lee,"
    root = _root(ent)
    doc = ent.doc
    # (not an apposition that runs into another name: "Speaking to Reuters, the president
    # of the League, Ann Lee," hangs both on "Reuters")
    # nor a post with a name of its own in apposition: "the Trade Council, Kelso's
    # chancellor, Ann Lee," gives the post to Ann Lee, not to the council
    nouns = [a for a in root.children if a.dep_ == "appos" and a.i > root.i and not (
        a.right_edge.i + 2 < len(doc) and doc[a.right_edge.i + 1].text == "," and
        doc[a.right_edge.i + 2].pos_ == "PROPN") and not named_holder(a)]
    nouns += _enclosed_conjuncts(root)
    if root.dep_ == "appos" and root.head.i < root.i:
        head = root.head
        nouns.append(head)
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in LINKS:
            nouns.append(head.head.head)  # "the president of Atlantis, Ann Lee"
    # "Sea-Eye spokesperson Ann Lee", both names tagged organizations: a name of two or
    # three proper nouns, none a body's word, right after a post only a person holds
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.dep_ == "compound" and before.head == root and \
            1 < len(ent) <= 3 and all(t.pos_ == "PROPN" and t.is_title and
                                      t.lower_ not in ORG_WORDS | COMPANY_NOUNS for t in ent):
        nouns.append(before)
    # ("Ann Lee, his wife and the chair of the party,": each noun of the apposition)
    return any(_person_role(n) for noun in nouns for n in (noun, *_conjuncts(noun)))


def named_holder(noun: Token) -> bool:
    """Does a post noun have a proper name in apposition after it ("Kelso's chancellor,
    Ann Lee"), or a person's name hung on the body or place of its "of" ("the prosecutor
    general of Kelso, Ann Lee,": the parser's reading of the same words)? That name holds
    the post."""
    return any(c.dep_ == "appos" and c.i > noun.i and c.pos_ == "PROPN" for c in noun.children) \
        or any(a.dep_ == "appos" and a.i > noun.i and a.ent_type_ == "PERSON"
               for c in noun.children if c.dep_ == "prep" and c.lower_ in LINKS
               for g in c.children if g.dep_ == "pobj" for a in g.children)


def _speaker_of_a_body(ent: Span, ents: Sequence[Span]) -> bool:
    """A name the recognizer tagged an organization that speaks for a named organization
    after its "of": "Nils Dahl of Rogaland Fire and Rescue said ...". A body is not "of"
    another body when it speaks, a person is: two or three capitalised words, the last a
    proper noun (the parser may take a given name for anything), a hyphen may join two,
    none a body's word, no country's name, the subject of a speech verb, and its "of" (or
    a possessive on it: "Acme Fund's Nils Dahl said") names an organization."""
    doc = ent.doc
    words = [t for t in ent if t.text not in ("-", "–")]
    if ent.label_ not in ORGANIZATION_LABELS or not 2 <= len(words) <= 3 or \
            not all(t.is_alpha and t.is_title for t in words) or words[-1].pos_ != "PROPN" or \
            any(t.lower_ in BODY_NOUNS | ORG_WORDS for t in words) or \
            country_for_name(ent.text) is not None or ent.end >= len(doc):
        return False
    root, of = _root(ent), doc[ent.end]
    if not _speaks(root):
        return False
    if of.lower_ == "of" and of.head == root:
        owner = next((g for g in of.children if g.dep_ == "pobj"), None)
    else:  # "Acme Fund's Nils Dahl said": the body's possessive on the name
        owner = _possessor(root, ent)
    body = next((e for e in ents if owner is not None and _root(e) == owner), None)
    return body is not None and body.label_ in ORGANIZATION_LABELS and _kind(body) == \
        "organization"


def _person_role(noun: Token) -> bool:
    """Is the noun a post only a person holds ("governor", "chief of staff")?"""
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return False
    head = _role_head([t.lower_ for t in _role_phrase(noun)])
    return head is not None and head not in SHARED_ROLES


def read(sent: Span, ents: Sequence[Span], known: frozenset[str] = frozenset(),
         bodies: frozenset[str] = frozenset()) -> list[Role]:
    """Every affiliation the sentence's titles, postmodifiers and appositions state.

    `known` are the article's people (see `people`): a name among them is a person here
    too, whatever the recognizer tagged it in this sentence; `bodies` its organizations'
    acronyms (see `acronyms`), each an organization wherever it stands untagged.
    """
    ents = [Span(ent.doc, ent.start, ent.end, label="PERSON") if ent.label_ != "PERSON" and (
        _known_person(ent, known) or _holds_a_role(ent) or _speaker_of_a_body(ent, ents))
        else ent for ent in ents]
    ents = [Span(ent.doc, ent.start, ent.end, label="ORG")
            if ent.label_ == "PERSON" and (_a_body(ent) or _named_team(ent)) else
            Span(ent.doc, ent.start, ent.end, label="GPE")
            if ent.label_ == "PERSON" and _a_country(ent) else ent for ent in ents]
    ents = [Span(ent.doc, ent.start, ent.end, label="ORG") if _members_body(ent) else ent
            for ent in ents]
    ents = sorted([*ents, *_untagged(sent, known), *_untagged_acronyms(sent, bodies)],
                  key=lambda e: e.start)
    found = _glued(sent, ents)
    glued = {t for role in found for t in range(role.organization[0], role.person[1] + 1)}
    ents = [ent for ent in ents if not glued & set(range(ent.start, ent.end))]
    by_token = _by_token(ents)
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        for role in (_title(ent, by_token), _coordinated_title(ent, by_token),
                     _title_read_as_verb(ent, by_token), _postmodifier(ent, by_token),
                     _apposition_after(ent, by_token), _apposition_before(ent, by_token),
                     _copula(ent, by_token), _body_s_person(ent, by_token)):
            if role is not None and _leaves_it(ent):
                role = _formerly(role)  # "Acme's chief executive, Ann Lee, resigned"
            if role is not None:
                found.append(role)
                if role.covers[1] == ent.start - 1:  # a title: each name of its list holds it
                    found.extend(replace(role, person=(n.start, n.end - 1))
                                 for n in _listed(ent, by_token))
                break
        for role in (_appointed(ent, by_token),  # a post given besides one described
                     _kinship(ent, by_token, known),  # and a family tie ("his wife X")
                     _party_in_post(ent, found),  # and a party of the post's words
                     _party_contest(ent, by_token),  # or of the contest run in
                     _origin(ent, by_token, found)):  # and where she is from
            if role is not None:
                found.append(role)
        found += _career_posts(ent, by_token)  # and the rest of a career's posts
    # "The governor of Zembla said", "Acme's chief executive told": the resolver says whom
    found += [role for token in sent if (role := _described_office(token, by_token)) is not None]
    # "He served as the chair of the Red Cross": the resolver says whom "he" means
    for token in sent:
        if token.dep_ == "nsubj" and _person_word(token) and token.pos_ == "PRON":
            role = _copula(sent.doc[token.i:token.i + 1], by_token)
            if role is not None:
                found.append(role)
                found += _career_posts(sent.doc[token.i:token.i + 1], by_token)
    return found


def _described_office(noun: Token, by_token: dict[int, Span]) -> Role | None:
    """ "The governor of Zembla declared ...", "Acme's chief executive said": a definite
    post of a named place or body stands for its one holder, whom the resolver names (the
    role's holder is the noun itself). Read only where the article titles a person with
    the post's word ("Governor Ann Lee"): with no such holder the post is a thing, and an
    apposition or a copula ("the governor, Ann Lee,") reads the post off the name."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.ent_type_ or \
            noun.lower_ not in ROLE_WORDS or noun.lower_ not in _titles_of_people(noun.doc):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.i in by_token
               for c in noun.children):
        return None  # "a governor of Zembla": any one of them
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if any(c.dep_ == "appos" for c in noun.children) or noun.dep_ in ("attr", "appos") or \
            noun.dep_ == "pobj" and noun.head.lower_ == "as" or \
            after is not None and (after.ent_type_ == "PERSON" or after.pos_ == "PROPN"):
        # the name's own post: see _title, _apposition_before, _copula, _appointed
        return None
    return _from_role_noun(noun.doc[noun.i:noun.i + 1], noun, by_token)


_TITLED: weakref.WeakKeyDictionary[Doc, frozenset[str]] = weakref.WeakKeyDictionary()


def _titles_of_people(doc: Doc) -> frozenset[str]:
    """The post words the article writes right before a person's name ("Governor" of
    "Governor Ann Lee"), in lower case (read once per article)."""
    found = _TITLED.get(doc)
    if found is None:
        found = _TITLED[doc] = frozenset(
            doc[e.start - 1].lower_ for e in doc.ents
            if e.label_ == "PERSON" and e.start > 0 and doc[e.start - 1].lower_ in ROLE_WORDS)
    return found


def _glued(sent: Span, ents: Sequence[Span]) -> list[Role]:
    """ "President of Atlantis Ann Lee", which the recognizer reads as one name ("Atlantis
    Ann Lee"): the title of the place, told apart by gluedoffices.glued_offices."""
    doc = sent.doc
    if not any(t.i > sent.start and (t.lower_ == "of" and doc[t.i - 1].lower_ in ROLE_WORDS or
                                     t.lower_ == "from" and doc[t.i - 1].lower_ in
                                     LEGISLATOR_ROLES) for t in sent):
        # (the article's names are read only where a title stands before "of", or a
        # legislator's before "from": "Senator from Vermont Ann Lee")
        return []
    alone = {ent.text for ent in doc.ents if ent.label_ in NAME_LABELS}
    found = []
    for office in glued_offices(sent, alone):
        person = Span(doc, *office.person, label="PERSON")
        place = Span(doc, *office.place, label=place_label(doc, office))
        words = list(doc[office.role[0]:office.role[1]])
        while words[0].i > sent.start and len(words) < MAX_ROLE_WORDS and (
                _role_words([doc[words[0].i - 1]]) or doc[words[0].i - 1].lower_ in
                PAST_ROLE_WORDS | PRESENT_ROLE_WORDS):
            words.insert(0, doc[words[0].i - 1])  # "Former", "Current", "Deputy"
        tense = {t.lower_ for t in words} & PAST_ROLE_WORDS
        if tense and not _held_once(tense):
            continue  # "Incoming President of Atlantis Ann Lee"
        role = _make(person, place, _present(words), "of", (words[0].i, office.person[1] - 1))
        before = doc[words[0].i - 1] if words[0].i > sent.start else None
        if role is not None and role.lemma == LEADS and before is not None and \
                words[0].is_lower and (before.ent_type_ in PLACE_LABELS or _one_word_kind(
                    doc[before.i:before.i + 1]) == "place" and before.pos_ == "PROPN"):
            # "Kenya director of the Tourism Board Ann Lee" heads its office in Kenya, a
            # post in the body, not its head (a title in capitals is the office's own:
            # "United States Speaker of the House Ann Lee")
            role = replace(role, lemma=MEMBER)
        role = _formerly(role) if tense else role
        if role is not None:
            found.append(role)
    return found


def _make(ent: Span, org: Span, words: Sequence[Token], link: str,
          covers: tuple[int, int], misread: int = -1, *, each: bool = False) -> Role | None:
    """The role the words say (`each`: a plural title of a list of names, see _listed)."""
    kind = _kind(org)
    if kind == "place" and _club(org, words):
        kind = "organization"  # "Kelso coach Ann Lee": the town's club, not the town
    if not kind or any(t.i in range(ent.start, ent.end) for t in org):
        return None
    lemma = affiliation([_singular(t) if each else t.text for t in words], kind, link) if (
        words) else (
        MEMBER if kind == "organization" and link in ("of", "with", "at") else None)
    if lemma is None and kind == "place" and link == "of" and _public_attorney(words):
        lemma = REPRESENTS  # "Kelso County Attorney Ann Lee", "US Attorney Tom Rees"
    if lemma is None or kind == "place" and _legislator_of_country(words, org):
        return None
    if _party(org) and (lemma != LEADS or words[-1].lower_ not in PARTY_LEADER_ROLES or any(
            t.lower_ not in PRESENT_ROLE_WORDS for t in words[:-1])):
        # "a Republican senator", "the Labour mayor", "the Democratic committee chairman"
        # (who chairs the committee): one of its members
        lemma = MEMBER
    predicate = _predicate(words, link, each) if words else f"be {link}"  # "Lee of the Red Cross"
    return Role((ent.start, ent.end - 1), _trimmed(org), predicate, lemma, covers, misread)


def _club(org: Span, words: Sequence[Token]) -> bool:
    """ "Kelso coach Ann Lee", "Eastport captain Tom Rees": a sports side's post (in lower
    case) right after a town's one-word name is a post in the town's club, which players and
    reporters call by the town's name; a town has no coach or captain of its own. Not a
    country's, state's or capital's name ("England captain" is a national side, which the
    graph would draw as the country), nor a people's ("Brazilian forward": his nationality),
    nor "a Kelso coach", who may coach anyone there."""
    start, last = _trimmed(org)
    doc = org.doc
    name = doc[start].text
    if start > 0 and doc[start - 1].lower_ in ("a", "an"):
        return False  # "Ann Lee, a Kelso coach,": anyone who coaches in Kelso
    return start == last and bool(words) and all(t.is_lower for t in words) and \
        _role_head([t.lower_ for t in words]) in TEAM_ROLES and not (
            country_for_name(name) or country_for_capital(name) or normalize(name) in us_states()
            or country_for_demonym(name))  # ("Brazilian forward": where he is from)


# posts that only a body has, and a person heads: before one, a name is the body's
# ("Barclays chairman Ann Lee"; a town or a person has no chairman)
_BODY_HEAD_ROLES = frozenset({"chairman", "chairwoman", "chief executive", "ceo", "boss",
                              "managing director", "cfo", "cto"})
_BODY_POSTS = TEAM_ROLES | FOUNDER_ROLES | _BODY_HEAD_ROLES


def _named_team(ent: Span) -> bool:
    """ "Kelso coach Ann Lee said", with "Kelso" tagged a person: a one-word name right before
    a sports side's post (in lower case) that is right before a person's name is the side,
    as is one before a founder's or a company head's ("Zorvex founder Ann Lee", "Zorvex
    chairman Ann Lee": a person has no founder nor chairman), when the article never gives
    the word as part of a person's full name (a surname's bearer may have a coach: "Lee
    coach Tom Rees" after "Ann Lee")."""
    return len(ent) == 1 and _before_a_body_post(ent[0], _BODY_POSTS) and \
        not any(e.label_ == "PERSON" and len(e) > 1 and ent.text in e.text.split()
                for e in ent.doc.ents)


def _before_a_body_post(name: Token, posts: frozenset[str]) -> bool:
    """Is the word right before one of the posts (in lower case), itself right before a
    person's name? Not after a capitalised word or a joining word: "Transport and Bridges
    Minister" is one portfolio."""
    doc, sent = name.doc, name.sent
    if name.i > sent.start and (doc[name.i - 1].is_title or
                                doc[name.i - 1].lower_ in ("and", "&", "of")):
        return False
    end = name.i + 1
    while end < sent.end and end - name.i - 1 < 2 and doc[end].is_lower and \
            not doc[end].ent_type_:
        end += 1
    words = doc[name.i + 1:end]
    return bool(words) and _role_head([t.lower_ for t in words]) in posts and \
        end < sent.end and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B"


def _public_attorney(words: Sequence[Token]) -> bool:
    """ "Kelso County Attorney", "United States Attorney", "Kelso District Attorney": an
    attorney's title in capitals after a place is the place's public prosecutor (an
    office of it), where "a Leeds attorney" only works there."""
    return bool(words) and words[-1].text == "Attorney" and \
        words[-1].i > words[-1].sent.start and all(t.is_title for t in words)


def _legislator_of_country(words: Sequence[Token], org: Span) -> bool:
    """ "US Senator Ann Lee" and "Ann Lee, a British MP," sit in the country's legislature
    for one state or seat: she represents that, never the whole country."""
    head = _role_head([t.lower_ for t in words]) if words else None
    return head in LEGISLATOR_ROLES and (country_for_name(org.text) is not None or
                                         country_for_demonym(org.text) is not None)


def _title(ent: Span, by_token: dict[int, Span]) -> Role | None:
    """ "NASA administrator Ann Lee", "Siemens's chief executive Ann Lee"."""
    doc = ent.doc
    words = _portfolio_title(ent) or _title_words(ent)
    if not words:
        return _party_title(ent, by_token)
    first = words[0].i
    before = first - 1
    if before >= 0 and doc[before].tag_ == "POS":
        before -= 1
    org = by_token.get(before) or _untagged_before(doc, before, ent.sent.start) or \
        _founded_name(ent, before, words)
    if org is None:  # "selection committee member Ann Lee": the title is part of her phrase
        role = _of_a_body_word(ent, words, (first, ent.start - 1))
        return None if role is None or _past(ent) or not _own_title(ent, first, by_token) or \
            any(t.head.i not in range(first, ent.end) for t in words) else role
    start = _trimmed(org)[0] if org is not None else 0
    if org is not None and start > 1 and ent.doc[start - 1].pos_ in ("ADP", "CCONJ") and \
            ent.doc[start - 1].lower_ not in OUTSIDE_NAMES and \
            ent.doc[start - 2].pos_ == "PROPN" and not (
                ent.doc[start - 1].pos_ == "CCONJ" and (
                    ent.doc[start - 2].ent_type_ == "PERSON" or _a_person_at(start - 2, by_token))):
        # "Center for [Biological Diversity] scientist": the name was cut; whole, if the
        # article tags the whole name an organization elsewhere
        org = _whole_name(org, ent.sent.start)
        if org is None:
            return None
    inside = range(first, ent.end)
    # (the recognizer may keep the possessive in the name: "[Acme Board's] spokesman")
    if org is None or _trimmed(org)[1] != before or not (
            _root(org).head.i in inside or _swallowed(org, ent, inside) or
            _parsed_apart(_root(org), ent) or _office_in_capitals(org, words, ent)) or any(
            t.head.i not in inside and not _split_subject(t, ent) for t in words):
        return None  # the title and its organization must be part of the name's phrase
    if _party(org) and not all(t.is_lower for t in words) and words[0].lower_ not in ROLES:
        return None  # "Republican Majority Whip Ann Lee": the resolver reads one name in it
    listed = bool(_listed(ent, by_token))
    if not _own_title(ent, _trimmed(org)[0], by_token) and not listed:
        return None  # "NASA chief Lee and Park": whose title it is, is a guess
    past = _past(ent)
    if past and not _once(ent):
        return None
    if _kind(org) == "place" and words[-1].lower_ == "leader" and \
            _postmodifier(ent, by_token) is not None:
        return None  # "Polish leader Ann Lee of the Unity Party" leads the party she is of
    role = _make(ent, org, _present(words), "of", (_trimmed(org)[0], ent.start - 1),
                 each=listed)
    return _formerly(role) if past else role  # "Acme's former chief executive Ann Lee"


def _body_s_person(ent: Span, by_token: dict[int, Span]) -> Role | None:
    """ "Acme Corp's Ann Lee said", "the Kelso Herald's Tom Rees told": a body's possessive
    right on the name of a speaker, no title between, makes her one of its people (staff,
    members or players). Only a speaker: the recognizer takes things named for people for
    people ("NASA's James Webb Telescope"). Not a place's ("Russia's Ann Lee" may head it or
    only live there), nor a person's ("Lee's Tom Rees")."""
    person = ent.root
    if not _speaks(person):
        return None  # "NASA's James Webb Telescope": a thing the recognizer took for a name
    owner = _possessor(person, ent)
    org = by_token.get(owner.i) if owner is not None else None
    if owner is None or org is None or _trimmed(org)[1] != owner.i or \
            _kind(org) != "organization":
        return None
    between = ent.doc[_trimmed(org)[1] + 1:ent.start]
    if any(t.tag_ != "POS" for t in between) or not _own_title(ent, org.start, by_token):
        return None
    role = Role((ent.start, ent.end - 1), _trimmed(org), "be member of", MEMBER,
                (org.start, ent.start - 1))
    return _formerly(role) if _past(ent) else role


def _a_person_at(i: int, by_token: dict[int, Span]) -> bool:
    """Whether the token is part of a name read as a person's, by the article if not by the
    recognizer in this sentence (see `read`): "between Rees and Zembla President Ann Lee" cuts
    no name "Rees and Zembla"."""
    name = by_token.get(i)
    return name is not None and name.label_ == "PERSON"


def _title_read_as_verb(ent: Span, by_token: dict[int, Span]) -> Role | None:
    """ '"We played well", Eastport coach Ann Lee said', parsed with "coach" a verb (see
    _misread_title): the post's word is her title, as in "Eastport coach Ann Lee said"."""
    person = ent.root
    verb = person.head
    if person.dep_ != "dobj" or verb.i != ent.start - 1 or not _misread_title(verb):
        return None
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    org = by_token.get(subject.i)
    if org is None:
        return None
    first, last = _trimmed(org)
    if last != verb.i - 1:
        return None
    return _make(ent, org, [verb], "of", (first, verb.i), misread=subject.i)


def _misread_title(verb: Token) -> bool:
    """Whether the parser read a post's word as a verb between a name before it and one
    after it, the whole the complement of the speech verb right after ('"...", Eastport
    coach Ann Lee said'), which is left with no subject of its own: nobody coaches anyone,
    the words are a speaker's title and name."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    doc = verb.doc
    # (or hung on the comma before it, the speech verb after the name left on its own)
    said = verb.head if verb.dep_ == "ccomp" else doc[obj.i + 1] if (
        obj is not None and verb.head.is_punct and obj.i + 1 < verb.sent.end) else None
    if subject is None or obj is None or said is None or \
            verb.lower_ not in ROLE_WORDS or verb.tag_ not in ("VB", "VBP", "VBZ"):
        return False
    first = subject.left_edge.i
    return said.i == obj.i + 1 and obj.left_edge.i == verb.i + 1 and obj.pos_ == "PROPN" and \
        subject.i == verb.i - 1 and subject.pos_ == "PROPN" and \
        first > verb.sent.start and doc[first - 1].text == "," and \
        lemma_of(said) in SPEECH_VERBS and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children)


def _of_a_body_word(ent: Span, words: Sequence[Token], covers: tuple[int, int],
                    misread: int = -1) -> Role | None:
    """ "Ann Lee, a fire service spokesman," and "selection committee member Ann Lee": a
    body named by common nouns inside the post's words (the last a unit's noun, "service",
    "committee", "office"; nouns of its own before it) is the body the post is of, as "a
    spokesman for the fire service" says. A lone noun ("a company spokesman", "a
    university professor") names none: which company, only proximity would say; nor does
    a kind of body ("a news agency reporter", "a trade union official"), one of many."""
    body = next((k for k in range(len(words) - 2, -1, -1)
                 if lemma_of(words[k]).lower() in UNIT_NOUNS), None)
    if body is None or words[body].pos_ != "NOUN":
        return None
    doc, last = ent.doc, words[body].i
    start = words[body].left_edge.i  # "fire" of "fire service" (not "senior party official")
    if start == last or not all(
            t.is_lower and t.is_alpha and not t.ent_type_ and t.pos_ == "NOUN"
            for t in doc[start:last + 1]):
        return None  # ("the local council": which one, the adjective does not say)
    return _make(ent, Span(doc, start, last + 1, label="ORG"), list(words[body + 1:]), "of",
                 covers, misread)


def _whole_name(cut: Span, first: int) -> Span | None:
    """The name a cut one is the end of ("[Biological Diversity]" of "Center for Biological
    Diversity"), back over capitalised words and the "for", "of" or "and" between them, if
    the article tags that whole name an organization (see _bodies)."""
    doc = cut.doc
    end = _trimmed(cut)[1] + 1
    start = _trimmed(cut)[0]
    while start - 2 >= first and doc[start - 1].lower_ in ("for", "of", "and", "&") and \
            doc[start - 2].pos_ == "PROPN":
        start -= 2
        while True:
            if doc[start:end].text in _bodies(doc):
                return Span(doc, start, end, label="ORG")
            if start - 1 < first or doc[start - 1].pos_ != "PROPN":
                break
            start -= 1
    return None


def _swallowed(org: Span, ent: Span, inside: range) -> bool:
    """ "Institute for Fiscal Studies economist Ann Lee said", parsed with the title and the
    name as the object of the name's own "for": the organization's last word modifies the
    title all the same."""
    person = ent.root
    return person.dep_ == "pobj" and person.head.i in range(org.start, org.end) and \
        person.head.lower_ in ("for", "of") and ent.doc[_trimmed(org)[1]].head.i in inside


def _untagged_before(doc: Doc, last: int, first: int) -> Span | None:
    """The proper nouns before a title that the recognizer left untagged ("ABS-CBN CEO X",
    "USCG Captain X"), as an organization's name: an acronym among them says it is one, as
    does the article tagging the same words an organization elsewhere (see _bodies), or a
    last word that is a body's ("former Maritime Safety Agency inspector X", past the
    sentence's first word, which is capitalised anyway); ("Acting Mayor X" says nothing).
    A name the recognizer cut ("[Scripps] Oceanography director X") says nothing either:
    the graph would name the body by its last words; a country tagged before the name is
    no cut, but the country the body serves (see _a_country_before)."""
    def capital(t: Token) -> bool:  # a proper noun, or an acronym parsed as a noun ("ABS")
        return t.pos_ == "PROPN" or acronym(t)

    def acronym(t: Token) -> bool:
        return t.is_upper and t.is_alpha and len(t) > 1

    if last < first or not capital(doc[last]) or doc[last].ent_type_:
        return None
    start = last
    while start - 1 >= first and (
            capital(doc[start - 1]) and not doc[start - 1].ent_type_ or
            doc[start - 1].text == "-" and start - 2 >= first and capital(doc[start - 2])):
        start -= 1
    words = doc[start:last + 1]
    if start > first and doc[start - 1].ent_type_ and not _a_country_before(doc, start):
        return None
    if not (any(acronym(t) for t in words) or words.text in _bodies(doc) or
            start > first and len(words) > 1 and words[-1].lower_ in BODY_NOUNS):
        return _a_country_s_body_of(doc, start, last, first)
    return Span(doc, start, last + 1, label="ORG")


def _founded_name(ent: Span, last: int, words: Sequence[Token]) -> Span | None:
    """ "Zorvex founder Ann Lee", "Zorvex chairman Ann Lee", "Kelso striker Tom Kell" with the
    first word untagged: one capitalised proper noun right before a founder's, a company
    head's or a side's post names the body (a person has no founder, chairman or striker),
    unless the article gives the word as the surname of a person's full name ("Lee founder
    ..."), or it is a country, a capital or a state ("France boss Tom Kell" manages the
    national side, which the graph would draw as the country)."""
    doc = ent.doc
    word = doc[last] if last >= ent.sent.start else None
    if word is None or word.ent_type_ or word.pos_ != "PROPN" or not word.text[:1].isupper() \
            or not word.is_alpha or words[0].i != last + 1 or \
            _role_head([t.lower_ for t in words]) not in _BODY_POSTS:
        return None
    if last > ent.sent.start and (doc[last - 1].pos_ == "PROPN" or doc[last - 1].is_title):
        return None  # a longer name, cut or not
    if any(e.label_ == "PERSON" and len(e) > 1 and word.text in e.text.split()
           for e in doc.ents) or country_for_name(word.text) or \
            country_for_capital(word.text) or normalize(word.text) in us_states():
        return None
    return Span(doc, last, last + 1, label="ORG")


def _a_country_s_body_of(doc: Doc, start: int, last: int, first: int) -> Span | None:
    """ "United States House of Representatives Speaker Ann Lee", "UK Ministry of Defence
    spokesman Tom Rees": after a country's name, an untagged name of a chamber's or a body's
    word, "of" and capitalised words (`start` to `last`) is the country's body, whose title
    follows (the country says it is a body of the state)."""
    if start - 2 < first or doc[start - 1].lower_ != "of" or not doc[start - 2].is_title or \
            doc[start - 2].ent_type_ or doc[start - 2].lower_ not in CHAMBERS | BODY_NOUNS or \
            not _a_country_before(doc, start - 2) or not all(
                t.is_title and t.is_alpha for t in doc[start:last + 1]):
        return None
    return Span(doc, start - 2, last + 1, label="ORG")


def _a_country_before(doc: Doc, start: int) -> bool:
    """Whether the entity that ends right before `start` is a country's name ("United
    States [Maritime Safety Agency] agent X"): the country the body serves, said
    before the body's own name, which the recognizer left untagged; an untagged name after
    it is the body's when its last word is a body's word ("Agency", "Institute")."""
    ent = next((e for e in doc.ents if e.end == start), None)
    return ent is not None and country_for_name(ent.text) is not None


_BODIES: weakref.WeakKeyDictionary[Doc, frozenset[str]] = weakref.WeakKeyDictionary()


def _bodies(doc: Doc) -> frozenset[str]:
    """The names the article tags an organization at least as often as anything else (read
    once per article). Only before a title is an untagged one read as the organization
    ("Sea-Watch spokesperson Ann Lee", tagged in another sentence): the title says a body
    stands before it, and the article says which."""
    found = _BODIES.get(doc)
    if found is None:
        body: Counter[str] = Counter()
        other: Counter[str] = Counter()
        for ent in doc.ents:
            (body if ent.label_ in ORGANIZATION_LABELS else other)[_without_the(ent.text)] += 1
        found = _BODIES[doc] = frozenset(name for name, n in body.items() if n >= other[name])
    return found


def _party_title(ent: Span, by_token: dict[int, Span]) -> Role | None:
    """ "Republican Ann Lee", "Democrat Tom Rees": a party's word right before a name says
    the person is one of its members."""
    party = by_token.get(ent.start - 1)
    if party is None or len(party) != 1 or not _party(party) or \
            party.root.head.i not in range(ent.start, ent.end):
        return None
    past = _past(ent)
    if not _own_title(ent, party.start, by_token) or past and not _once(ent):
        return None  # "Republicans Lee and Park"
    role = Role((ent.start, ent.end - 1), (party.start, party.start), "be member of", MEMBER,
                (party.start, ent.start - 1))
    return _formerly(role) if past else role  # "former Republican Ann Lee"


def _party_noun(ent: Span, noun: Token, by_token: dict[int, Span]) -> Role | None:
    """ "Ann Lee, a Democrat," and "Ann Lee is a Republican": one of the party's members."""
    party = by_token.get(noun.i)
    if party is None or party.root != noun or not _party(party) or not _one_of_several(noun):
        return None
    tense = _tense_words(noun)
    if tense and not _held_once(tense):
        return None
    role = Role((ent.start, ent.end - 1), _trimmed(party), "be member of", MEMBER,
                (noun.left_edge.i, noun.right_edge.i))
    return _formerly(role) if tense else role  # "Ann Lee, a former Democrat,"


def _party_in_post(ent: Span, found: Sequence[Role]) -> Role | None:
    """ "Libertarian presidential nominee Ann Lee", "Ann Lee, the Republican Senate Majority
    Leader,", "a Democratic state senator, Ann Lee,": a party's word among the words of a post
    she holds says she is one of its members, whatever words stand between them (the post's
    own organization, if any, is read by the other rules). A post over ("former") or to
    come says nothing of a membership now, nor does "the Labour Secretary" (_party)."""
    if _past(ent):
        return None
    for noun in _posts_held(ent):
        if _role_head([noun.lower_]) is None or _tense_words(noun):
            continue
        for word in noun.doc[noun.left_edge.i:noun.i]:
            if _party_word(word, noun) and not any(
                    role.person == (ent.start, ent.end - 1) and
                    role.organization[0] <= word.i <= role.organization[1] for role in found):
                return Role((ent.start, ent.end - 1), (word.i, word.i), "be member of", MEMBER,
                            (word.i, word.i), stated=noun.dep_ == "attr")
    return None


def _party_contest(ent: Span, by_token: dict[int, Span]) -> Role | None:
    """ "Ann Lee, who was a candidate in the Democratic primaries,", "Lee is a candidate for
    the Green Party's nomination": a candidate in a party's own contest runs as one of its
    members, and stays one when the campaign is over (unlike a post, whose "former" says
    nothing of the party now); "a former candidate" says no more than that."""
    person = (ent.start, ent.end - 1)
    for noun in _candidacies(ent):
        if _tense_words(noun):
            continue
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "for")):
            contest = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if contest is None or contest.lower_ not in PARTY_CONTESTS:
                continue
            for word in contest.children:
                if word.dep_ in ("amod", "compound") and _party_word(word, contest):
                    return Role(person, (word.i, word.i), "be member of", MEMBER, (word.i, word.i))
                party = by_token.get(word.i)
                if word.dep_ == "poss" and party is not None and _named_party(party):
                    return Role(person, _trimmed(party), "be member of", MEMBER, _trimmed(party))
    return None


def _candidacies(ent: Span) -> list[Token]:
    """The candidate nouns the name is said to be: a post held (_posts_held), or the
    attribute of a relative "who is" on the name ("Ann Lee, who was a candidate in ...")."""
    person = ent.root
    nouns = _posts_held(ent)
    for clause in (c for c in person.children if c.dep_ == "relcl"):
        if lemma_of(clause) in COPULAS and any(
                c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children) and not any(
                c.dep_ in ("neg", "mark") or c.tag_ == "MD" for c in clause.children):
            nouns += [c for c in clause.children if c.dep_ == "attr"]
    return [n for n in nouns if n.lower_ in CANDIDATE_ROLES]


def _named_party(party: Span) -> bool:
    """A party's name in full ("the Green Party", "Libertarian Party"): an organization whose
    last word is "Party" (a possessive's "'s" aside)."""
    words = [t for t in party if t.tag_ != "POS"]
    return party.label_ == "ORG" and bool(words) and words[-1].lower_ == "party"


def _posts_held(ent: Span) -> list[Token]:
    """The nouns that say what the name is: a title right before it, an apposition on either
    side, the attribute of "is" ("Ann Lee is a Republican senator")."""
    doc, person = ent.doc, ent.root
    nouns = [a for a in person.children if a.dep_ == "appos" and a.i > person.i]
    if ent.start > ent.sent.start and doc[ent.start - 1].head == person and \
            doc[ent.start - 1].pos_ in ("NOUN", "PROPN"):
        nouns.append(doc[ent.start - 1])
    if person.dep_ == "appos" and person.head.i < person.i:
        nouns.append(person.head)
    verb = person.head
    if person.dep_ == "nsubj" and lemma_of(verb) in COPULAS and not any(
            c.dep_ in ("neg", "mark") or c.tag_ == "MD" for c in verb.children):
        nouns += [c for c in verb.children if c.dep_ == "attr"]
    return [n for n in nouns if n.pos_ in ("NOUN", "PROPN") and n.ent_type_ != "PERSON"]


def _party_word(word: Token, noun: Token) -> bool:
    """A party's word (capitalised, tagged a group or an organization on its own, no part
    of a longer name: "Liberal Democrat", "the Democratic Senate") hung on the post noun
    through modifiers alone."""
    doc = word.doc
    if word.lower_ not in PARTY_ADJECTIVES or not word.is_title or \
            word.ent_type_ not in ("NORP", "ORG") or word.ent_iob_ != "B" or \
            word.i + 1 < len(doc) and doc[word.i + 1].ent_iob_ == "I" or \
            not _party(Span(doc, word.i, word.i + 1, label=word.ent_type_)):
        return False
    for near in (doc[word.i - 1] if word.i > 0 else None, doc[word.i + 1]):
        if near is not None and (near.text in ("-", "–") or near.lower_ in PARTY_ADJECTIVES):
            return False
    step = word
    while step != noun:
        if step.dep_ not in ("amod", "compound") or step.head.i <= step.i:
            return False
        step = step.head
    return True


def _split_subject(noun: Token, ent: Span) -> bool:
    """ "Springfield's mayor Ann Lee opened the bridge", parsed with two subjects: the role
    noun right before the name, a subject of the name's own verb, heads the title; so it
    does when the parser made the name its apposition with no comma between ("according
    to Acme coach Ann Lee", the name hung on "coach")."""
    return noun.i == ent.start - 1 and _parsed_apart(noun, ent)


# prepositions whose object a title in capitals right after it may still belong to ("according
# to Ohio Senator Ann Lee", "talks between Lee and Ohio Governor Tom Rees")
_PERSON_PREPOSITIONS = frozenset({"between", "with", "by"})


def _office_in_capitals(org: Span, words: Sequence[Token], ent: Span) -> bool:
    """ "According to Ohio Senator Ann Lee", "between Tom Rees and Zembla President Ann Lee":
    a place's name, an office's title in capitals and a name, in a row, are one phrase,
    however the parser hung the place (on "to", on the name before the "and"). Not a place
    that a verb or a preposition of place takes ("In Zembla President Ann Lee signed",
    "invaded Zembla President Lee fled"): there the office may be of somewhere else."""
    place = _root(org)
    if _kind(org) != "place" or not words or not all(t.is_title for t in words) or \
            words[0].i != _trimmed(org)[1] + 1:
        return False
    if place.dep_ == "conj":
        return place.head.i < place.i
    return place.dep_ == "pobj" and (place.head.lower_ in _PERSON_PREPOSITIONS or (
        place.head.lower_ == "to" and place.head.head.lower_ == "according"))


def _parsed_apart(word: Token, ent: Span) -> bool:
    """Is a word before the name parsed apart from it, though the two make one phrase: the
    word and the name two subjects of her verb ("Acme chief Ann Lee said"), or the name
    the word's apposition with no comma between (the title stands between them)?"""
    person = ent.root
    return person.dep_ in ("nsubj", "nsubjpass") and word.dep_ == person.dep_ and \
        word.head == person.head and word.i < person.i or \
        person.dep_ == "appos" and person.head == word


def _coordinated_title(ent: Span, by_token: dict[int, Span]) -> Role | None:
    """ "Green Party leader and Prime Minister Ann Lee", "Acme founder and chief executive
    Ann Lee": two titles of one name, the first with its organization; the first is hers
    (whether the second is a post of the same body, only the words know: it is left).
    Read by the words' order, however the parser hung them."""
    doc = ent.doc
    second = _title_words(ent)
    if not second or not any(t.lower_ in ROLE_WORDS for t in second) or \
            second[0].i - 1 <= ent.sent.start or doc[second[0].i - 1].lower_ != "and":
        return None
    last = second[0].i - 2  # the first title's last word
    first = last
    while first > ent.sent.start and last - first + 1 < MAX_ROLE_WORDS and \
            _role_words([doc[first - 1]]):
        first -= 1
    words = list(doc[first:last + 1])
    org = by_token.get(first - 1)
    if not _role_words(words) or doc[last].lower_ not in ROLE_WORDS or org is None or \
            org.label_ == "PERSON" or _trimmed(org)[1] != first - 1:
        return None
    start = _trimmed(org)[0]
    if start > ent.sent.start and doc[start - 1].pos_ in ("ADP", "CCONJ", "PROPN") or \
            _listed(ent, by_token) or any(
                c.dep_ == "conj" for c in ent.root.children):
        return None  # "Center for [Biological Diversity] director and ...": a cut name
    tense = {t.lower_ for t in doc[max(start - 1, ent.sent.start):last + 1]} & PAST_ROLE_WORDS
    if tense and not _held_once(tense):
        return None
    role = _make(ent, org, _present(words), "of", (start, ent.start - 1))
    return _formerly(role) if tense else role


def _title_words(ent: Span) -> list[Token]:
    """The role words right before a name ("Prime Minister", "NASA chief" without NASA),
    past an honorific between them ("MIT professor Dr Ann Lee")."""
    doc = ent.doc
    first = ent.start
    if first - 1 > ent.sent.start and doc[first - 1].lower_.rstrip(".") in HONORIFICS:
        first -= 1
        last = first
        while first > ent.sent.start and first > last - MAX_ROLE_WORDS and \
                _role_words([doc[first - 1]]):
            first -= 1
        return list(doc[first:last])
    while first > ent.sent.start and first > ent.start - MAX_ROLE_WORDS and (
            _role_words([doc[first - 1]]) or _fields_joined(doc, first - 1)):
        first -= 1
    return list(doc[first:ent.start])


def _fields_joined(doc: Doc, i: int) -> bool:
    """Is the word an "and" between two fields of one post ("trade and industry
    commissioner"), no post on either side ("founder and chief executive" are two)?"""
    before, after = doc[i - 1] if i > 0 else None, doc[i + 1]
    return doc[i].lower_ == "and" and before is not None and \
        all(_role_words([t]) and t.lower_ not in ROLE_WORDS for t in (before, after))


def _portfolio_title(ent: Span) -> list[Token]:
    """The role of a title whose "of" names a portfolio, not an organization: "Secretary"
    of "US Secretary of State Ann Lee", "Minister" of "Minister of Home Affairs Ann Lee"."""
    doc = ent.doc
    i = ent.start - 1
    while i > ent.sent.start and ent.start - i <= 2 and doc[i].lower_ in PORTFOLIO_WORDS and \
            not doc[i].is_lower:
        i -= 1
    if i == ent.start - 1 or doc[i].lower_ != "of" or i - 1 < ent.sent.start:
        return []
    role = doc[i - 1]
    if role.is_lower or role.lower_ not in ROLE_WORDS or doc[i].head != role:
        return []
    words = [role]
    while words[0].i > ent.sent.start and len(words) < MAX_ROLE_WORDS and \
            _role_words([doc[words[0].i - 1]]):
        words.insert(0, doc[words[0].i - 1])
    return words


def _own_title(ent: Span, start: int, by_token: dict[int, Span]) -> bool:
    """Whether a title before a name in a list is that name's alone: each conjunct carries
    a title of its own ("Senator Ann Lee and President Tom Rees"), or the title follows
    the conjunction ("..., and NASA chief Ann Lee"); a name without one may share it, but
    a common noun ("and other researchers", "and deputy chief Tom Rees") does not."""
    doc = ent.doc
    if ent.root.dep_ == "conj" and doc[start - 1].dep_ not in ("cc", "punct"):
        return False
    if start >= 2 and doc[start - 1].dep_ == "cc" and doc[start - 2].pos_ == "NOUN":
        return False  # "former governor and senator Ann Lee": "former" may be for both
    for c in ent.root.children:
        other = by_token.get(c.i)
        if c.dep_ == "conj" and c.pos_ == "NOUN" and other is None:
            continue  # "Acme chief Ann Lee and other researchers": a common noun shares no title
        if c.dep_ == "conj" and (other is None or doc[other.start - 1].dep_ in ("cc", "punct")):
            return False
    return True


def _listed(ent: Span, by_token: dict[int, Span]) -> list[Span]:
    """ "NASA astronauts Ann Lee and Tom Rees": a plural title before a list of names is
    each one's; the other names of the list (none without a plural title right before the
    first name, or when an item of the list is no person or carries a title of its own)."""
    doc = ent.doc
    title = doc[ent.start - 1] if ent.start > ent.sent.start else None
    if title is None or title.tag_ != "NNS" or title.pos_ != "NOUN" or \
            lemma_of(title).lower() not in ROLE_WORDS or \
            ent.root.dep_ == "conj":
        return []
    names = []
    conjuncts = [c for c in ent.root.children if c.dep_ == "conj"]
    while conjuncts:
        c = conjuncts.pop()
        other = by_token.get(c.i)
        if other is None or other.label_ != "PERSON" or _root(other) != c or \
                doc[other.start - 1].dep_ not in ("cc", "punct"):
            return []  # "NASA astronauts Lee and two cosmonauts", "... and Senator Park"
        names.append(other)
        conjuncts += [g for g in c.children if g.dep_ == "conj"]
    return sorted(names, key=lambda n: n.start)


def _past(ent: Span) -> bool:
    """ "Former NASA chief Ann Lee": a word of the name's phrase says the role is over, or
    a relative clause on the name tells the person's death ("President Ann Lee, who was
    assassinated in 1963"): the title is the one held then."""
    if any(t.lower_ in PAST_ROLE_WORDS for t in ent.doc[ent.root.left_edge.i:ent.start]):
        return True
    if _ended(ent.root):
        return True
    doc = ent.doc
    after = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "," else ent.end
    # (the parser may hang the clause on a noun before the name: "the brother of X, who")
    return any(t.dep_ == "relcl" and t.left_edge.i == after and _tells_death(t)
               for t in doc[after:after + 6])


def _once(ent: Span) -> bool:
    """Of a name whose title is over (_past): was the post held before, as the text tells it
    ("former NASA chief Ann Lee", "the late Senator Lee", "President Lee, who died in
    1963")? Not a post to come ("incoming"), nor one the phrase may be ending now ("the
    resignation of Senator Lee" is asked for while she holds it)."""
    words = {t.lower_ for t in ent.doc[ent.root.left_edge.i:ent.start]} & PAST_ROLE_WORDS
    return not _ended(ent.root) and not words & NOT_YET_ROLE_WORDS


def _ended(person: Token) -> bool:
    """ "the resignation of Senator Ann Lee", "Governor Lee's death", "a statue of President
    Lee": the phrase that holds the name tells the end of the post or the life, or honours
    the person, so the title is no present role."""
    if person.dep_ == "poss":
        return lemma_of(person.head).lower() in ENDING_NOUNS
    return commemorated(person) or person.dep_ == "pobj" and person.head.lower_ == "of" and \
        lemma_of(person.head.head).lower() in ENDING_NOUNS


def _tells_death(verb: Token) -> bool:
    """ "who died", "who passed away", "who was assassinated" (not "who killed five")."""
    lemma = lemma_of(verb).lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return lemma in DEATH_VERBS or f"{lemma} {particle}" in DEATH_VERBS or (
        lemma in KILLED_VERBS and any(c.dep_ == "auxpass" for c in verb.children))


def _linked(noun: Token, by_token: dict[int, Span]) -> tuple[Span, str, bool] | None:
    """The organization a role noun names, and how: "of/at/for/with Y", "Y's", "Y" before it.

    The third value is True when another phrase narrows the role ("CEO for Europe").
    """
    org: tuple[Span, str] | None = None
    seat: tuple[Span, str] | None = None
    narrowed = False
    part = _role_part(noun)
    # "head of sales": a post over one field, which names no body; "director of news for
    # Acme" or "Acme's head of sales" is a post in the body the role names besides
    field = _field_of(noun)
    for c in noun.children:
        if c in (part, field):
            continue  # "chief of staff": the "of" is part of the role
        if c.dep_ == "prep" and (c.lower_ in LINKS or c.lower_ in ("in", "from")):
            pobj = _named_place(next((g for g in c.children if g.dep_ == "pobj"), None))
            ent = by_token.get(pobj.i) if pobj is not None else None
            if c.lower_ == "from":
                # "a senator from Ohio" (see affiliation), unless a party names her body
                # ("a Republican senator from Ohio"); "an analyst from Acme Bank" (staff)
                if ent is not None and ent.root == pobj and _kind(ent) == "place":
                    seat = (ent, c.lower_)
                elif ent is not None and ent.root == pobj and _kind(ent) and (
                        org is None or _place_before(org[0], noun)):
                    narrowed = narrowed or org is not None
                    org = (ent, c.lower_)
                continue
            if ent is not None and ent.root == pobj and _kind(ent) and c.lower_ != "in" and (
                    org is None or _place_before(org[0], noun) and _kind(ent) != "place"):
                narrowed = narrowed or org is not None
                org = (ent, c.lower_)
            elif c.lower_ == "in" and org is None and (
                    unit := _unit_at(pobj, by_token)) is not None:
                org = (unit, "at")
            elif pobj is not None and (pobj.pos_ == "NOUN" or pobj.ent_type_ in ("GPE", "LOC")):
                # "CEO for Central Europe", "head in Asia": one part of it; a name that
                # runs on ("League for the Defence of Human Rights") narrows nothing
                narrowed = True
        elif c.dep_ == "poss" and c.lower_ == "its" and org is None:
            owner = _its_owner(c, by_token)
            org = (owner, "of") if owner is not None else None
        elif c.dep_ in ("poss", "compound", "nmod") and c.i < noun.i and org is None:
            ent = by_token.get(c.i)
            # (a name with "of" in it is hung as a modifier: "a Department of State
            # spokesperson"; or by its last word: "the Institute of Allergy and Infectious
            # Disease's director", the parser splitting the name at its "and"; "The Acme
            # Foundation Chairman", its "The" hung on the title)
            if ent is not None and (ent.root == c or c.dep_ in ("poss", "compound") and
                                    _trimmed(ent)[1] == c.i) and (
                    c.dep_ != "nmod" or ent.end == noun.i):
                org = (ent, "of")
    if org is None:  # "the new Conservative leader": the party its adjective names
        ent = next((e for c in noun.children if c.dep_ == "amod" and c.i < noun.i and
                    (e := by_token.get(c.i)) is not None and _party(e)), None)
        org = (ent, "of") if ent is not None else seat or _demonym_of(noun, by_token) or \
            _described_owner(noun)
    if field is not None and not _portfolio_field(field):
        # a place has no departments: "head of government of Ohio" is read no further; nor
        # a field placed of its own ("director of the unit in London at Y": whose unit?)
        if org is None or org[1] == "from" or _kind(org[0]) == "place" or any(
                c.dep_ == "prep" for g in field.children for c in g.children):
            return None
        narrowed = True
    return (org[0], org[1], narrowed) if org is not None else None


# what "the city's mayor" or "the party's nominee" may own a post of: a place or a body
# the resolver names from the description ("the city" after "Delhi")
_DESCRIBED_PLACES = frozenset({"city", "town", "state", "country", "province", "region",
                               "county", "village", "capital"})
_DESCRIBED_BODIES = frozenset({"party", "company", "firm", "club", "team", "union",
                               "council", "group", "bank", "agency", "ministry", "charity"})


def _described_owner(noun: Token) -> tuple[Span, str] | None:
    """ "the city's home minister, Satyendra Jain", "the party's nominee, Ann Lee": a post of
    the place or body a definite description names (the description a one-word entity
    here, which the resolver names or leaves a thing, and the gate then drops)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN" and
                  c.i < noun.i and any(d.lower_ == "the" for d in c.children)), None)
    if owner is None or owner.tag_ != "NN":
        return None
    lemma = lemma_of(owner).lower()
    label = "GPE" if lemma in _DESCRIBED_PLACES else "ORG" if lemma in _DESCRIBED_BODIES \
        else ""
    return (Span(noun.doc, owner.i, owner.i + 1, label=label), "of") if label else None


def _place_before(org: Span, noun: Token) -> bool:
    """ "Ann Lee, US correspondent for the Daily Post,": a place named before a role that no
    place has ("correspondent") says where the post is, and the body after the role's
    "for", "of", "at", "with" or "from" whose post it is (a post in it for one place, not
    its head: "UK director of Acme")."""
    head = _role_head([t.lower_ for t in _role_phrase(noun)])
    return org.end <= noun.i and _kind(org) == "place" and head not in PLACE_ROLES


def _demonym_of(noun: Token, by_token: dict[int, Span]) -> tuple[Span, str] | None:
    """ "Ann Lee, the Danish foreign minister," and "Lee is the French president": a
    country's adjective on a post noun names the country the post is of, as it does in a
    title ("Danish Foreign Minister Ann Lee"); only a place's office holders say anything
    of it (see affiliation: "a Danish scientist" is only from there)."""
    ent = next((e for c in noun.children if c.dep_ == "amod" and c.i < noun.i and
                (e := by_token.get(c.i)) is not None and e.root == c and
                e.label_ == "NORP" and country_for_demonym(e.text) is not None), None)
    return (ent, "of") if ent is not None else None


def _its_owner(its: Token, by_token: dict[int, Span]) -> Span | None:
    """ "Orsa Motors said its deputy chief executive, Tomas Lind, would ...": the body named
    as the subject of a verb the "its" stands under, with no other body or place named
    between them (else whose post it is, is a guess)."""
    for verb in its.ancestors:
        subject = next((t for t in verb.children if t.dep_ == "nsubj" and t.i < its.i
                        and not t.is_ancestor(its)), None)
        if subject is None:
            continue
        ent = by_token.get(subject.i)
        if ent is None or ent.root != subject or _kind(ent) != "organization" or any(
                other is not ent and _kind(other)
                for k in range(ent.end, its.i) if (other := by_token.get(k)) is not None):
            return None
        return ent
    return None


def _field_of(noun: Token) -> Token | None:
    """The "of" of the one field a post is over ("head of sales"), if any: not part of the
    role ("chief of staff") and not a name ("the mayor of the city of Leeds", "the head of
    the RMT union", whose common noun ends a name the recognizer tagged)."""
    part = _role_part(noun)
    return next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and
                 c != part and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ and
                                   _named_place(g) == g for g in c.children)), None)


def _portfolio_field(of: Token) -> bool:
    """ "secretary of state", "minister of health": the field is a government portfolio."""
    return any(g.dep_ == "pobj" and g.lower_ in PORTFOLIO_WORDS for g in of.children)


def _unit_at(field: Token | None, by_token: dict[int, Span]) -> Span | None:
    """ "a Chair in History in the Faculty of Arts at Eastport University": the body a
    field or a unit of the post is at, down a chain of "in"/"of" phrases, if any."""
    for _ in range(4):
        if field is None or field.pos_ not in ("NOUN", "PROPN") or \
                field.ent_type_ in PLACE_LABELS:
            return None
        preps = [c for c in field.children if c.dep_ == "prep"]
        for c in preps:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            ent = by_token.get(pobj.i) if pobj is not None else None
            if c.lower_ == "at" and ent is not None and ent.root == pobj and \
                    _kind(ent) == "organization":
                return ent
        field = next((g for c in preps if c.lower_ in ("in", "of") for g in c.children
                      if g.dep_ == "pobj"), None)
    return None


def _role_part(noun: Token) -> Token | None:
    """The "of" that is part of a role of several words ("chief of staff"), if any."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and f"{noun.lower_} of {g.lower_}" in ROLES and
                not g.n_lefts + g.n_rights for g in c.children):
            return c
    return None


def _named_place(noun: Token | None) -> Token | None:
    """ "the city of Leeds" names Leeds: the name for a place noun whose "of" names it; and
    "the advocacy group Ending Hunger" names Ending Hunger: the name a common noun has
    for its apposition."""
    if noun is not None and noun.pos_ == "NOUN" and not noun.ent_type_:
        name = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and
                     c.ent_type_ in ORGANIZATION_LABELS), None)
        if name is not None:
            return name
    if noun is None or lemma_of(noun).lower() not in NAMED_PLACE_NOUNS or noun.ent_type_:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return name if name is not None and name.ent_type_ in PLACE_LABELS else noun


def _role_phrase(noun: Token) -> list[Token]:
    """The role noun with the words before it that belong to the role ("chief executive",
    "vice-president" however the parser hung its pieces)."""
    doc = noun.doc
    words = [noun]
    while len(words) < MAX_ROLE_WORDS and words[0].i > 0:
        before = doc[words[0].i - 1]
        if before.text in ("-", "–") and before.i > 0 and doc[before.i - 1].is_alpha:
            words[:0] = [doc[before.i - 1], before]
        elif before.head.i in {w.i for w in words} and \
                before.dep_ in ("amod", "compound", "nmod") and _role_words([before]):
            # (or on a word of it: "climate" of "climate change minister")
            words.insert(0, before)
        else:
            break
    part = _role_part(noun)
    if part is not None:
        words += [part, *(g for g in part.children if g.dep_ == "pobj")]  # "chief of staff"
    return words


def _no_longer(noun: Token) -> bool:
    """ "former president", "the former vice-president": the role is over (or to come)."""
    return bool(_tense_words(noun))


def _tense_words(noun: Token) -> set[str]:
    """The words that say a role is over or to come ("former", "then", "incoming")."""
    words = _role_phrase(noun)
    doc = noun.doc
    # the word before the role, or before its phrase ("X, then the deputy head of Y")
    before = list(doc[max(min(noun.left_edge.i, words[0].i) - 1, 0):words[0].i])
    return {t.lower_ for t in [*noun.children, *words, *before]} & PAST_ROLE_WORDS


def _held_once(words: set[str]) -> bool:
    """Do the words that set a role in time ("former", "then", "the late") tell a post held
    before, and none one to come ("the incoming president" holds no post yet)?"""
    return bool(words) and not words & NOT_YET_ROLE_WORDS


def _present(words: Sequence[Token]) -> list[Token]:
    """The role's words without those that set it in time: "former chief executive"."""
    return [t for t in words if t.lower_ not in PAST_ROLE_WORDS]


def deputy(predicate: str) -> bool:
    """Does a role's predicate say a deputy's post ("be vice chairman of", "was deputy
    director of")? Held before, it says nothing of a membership held before. A word that
    is part of a rank of full members ("associate justice", "assistant professor") makes
    none: the post held before was a membership."""
    words = predicate.lower().split()
    rank = {w for i in range(len(words) - 1) if " ".join(words[i:i + 2]) in RANKS
            for w in words[i:i + 2]}
    return bool(SUBORDINATE_ROLE_WORDS & (set(words) - rank))


# verbs (and verbs with their particle) by which a holder leaves a post
_LEAVING_VERBS = frozenset({"resign", "quit", "retire", "step down", "step aside",
                            "stand down"})


def _leaves_it(ent: Span) -> bool:
    """Does the named holder leave the post in the sentence, as done ("Acme's chief
    executive, Ann Lee, resigned", "Tom Reed, the chairman, has stepped down")? Then the
    post is one held before. Not a leaving to come ("will resign") or denied."""
    holder = ent.root.head if ent.root.dep_ == "appos" else ent.root
    if holder.dep_ != "nsubj":
        holder = next((t for t in ent.root.children if t.dep_ == "appos" and
                       t.head.dep_ == "nsubj"), holder)
    verb = holder.head
    if holder.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if _age_at_death(verb):
        return True
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and
                     c.i == verb.i + 1), "")
    lemma = lemma_of(verb).lower()
    if lemma not in _LEAVING_VERBS and f"{lemma} {particle}" not in _LEAVING_VERBS:
        return False
    return verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _age_at_death(verb: Token) -> bool:
    """ "Tom Reed, the chairman of Acme, was 68": news gives the living's age in the present
    ("is 68"); a bare age told in the past is the age at death, and the post one held until
    then (an obituary's "the senator, was 66" of a senator who had lost her seat years
    before)."""
    return lemma_of(verb).lower() == "be" and verb.tag_ == "VBD" and any(
        c.dep_ == "attr" and c.like_num and not list(c.children) for c in verb.children)


def _formerly(role: Role | None) -> Role | None:
    """The role as a post held before ("be former leader of"): a founding stays a founding.
    A deputy's post held before says nothing of membership ("former vice chairman of the
    party" may be a member still): nothing."""
    if role is None or role.lemma not in FORMERLY:
        return role
    if role.lemma == MEMBER and deputy(role.predicate):
        return None
    predicate = role.predicate if "former" in role.predicate.split() else \
        role.predicate.replace("be ", "be former ", 1)
    return replace(role, predicate=predicate, lemma=FORMERLY[role.lemma])


def _from_role_noun(ent: Span, noun: Token, by_token: dict[int, Span],
                    misread: int = -1, *, each: bool = False) -> Role | None:
    """The role a post noun said of the name gives it (`each`: the plural of one of several
    holders, "one of Acme's directors", is one holder's post)."""
    if noun.ent_type_ and not _tagged_title(noun):
        return _party_noun(ent, noun, by_token)
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    linked = _linked(noun, by_token)
    words = _role_phrase(noun)
    tense = _tense_words(noun)
    if linked is None or not _kind(linked[0]):
        role = _in_service(ent, noun, by_token, misread)
        if role is not None or tense and not _held_once(tense):
            return role
        role = _of_a_body_word(ent, _present(words), (noun.left_edge.i, noun.right_edge.i),
                               misread)  # "Ann Lee, a fire service spokeswoman,"
        return _formerly(role) if tense else role
    org, link, narrowed = linked
    if tense and not _held_once(tense):
        return None  # "the incoming president of Y": no post yet
    covers = (noun.left_edge.i, noun.right_edge.i)
    if org.root.dep_ == "amod" and org.root.head == noun:
        # "a former British envoy to Kenya": the adjective names the sender; the host
        # after "to" is a statement of its own ("be former envoy to Kenya"), kept
        covers = (covers[0], min((c.i - 1 for c in noun.children if c.dep_ == "prep" and
                                  c.lower_ == "to"), default=covers[1]))
    role = _make(ent, org, _present(words), link, covers, misread, each=each)
    if role is not None and (narrowed or each or _one_of_several(noun)) and role.lemma == LEADS:
        # "Tesco's CEO for Central Europe", "a director of Tesco": a post in it, not its head
        role = Role(role.person, role.organization, role.predicate, MEMBER, role.covers,
                    misread)
    if tense and _party(org) and role is not None and role.lemma == MEMBER:
        return None  # "the former Democratic dean of the House": the post is over, not the party
    return _formerly(role) if tense else role  # "the former president of Y"


def _tagged_title(noun: Token) -> bool:
    """ "Ann Lee, the long-serving Sultan of Brunei,": a post's word in capitals that the
    recognizer tagged a name by itself (one word, after "the", with its "of" after it) is
    the post, as it would be in lower case; a name that is a role word ("the Chancellor"
    alone) stays a name."""
    doc = noun.doc
    alone = noun.ent_iob_ == "B" and (noun.i + 1 == len(doc) or doc[noun.i + 1].ent_iob_ != "I")
    return alone and noun.lower_ in ROLES and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _in_service(ent: Span, noun: Token, by_token: dict[int, Span],
                misread: int = -1) -> Role | None:
    """ "Ann Lee, Tom Rees's chief of staff," and "a spokesman for Tom Rees": a role held in
    a person's service acts for that person (PERSONAL_ROLES)."""
    words = _role_phrase(noun)
    role = " ".join(t.lower_ for t in words if t.lower_ not in PRESENT_ROLE_WORDS)
    tense = _tense_words(noun)
    if not any(role == r or role.endswith(" " + r) for r in PERSONAL_ROLES) or \
            tense and not _held_once(tense):
        return None
    for c in noun.children:
        principal = c if c.dep_ == "poss" else next(
            (g for g in c.children if g.dep_ == "pobj"), None) if (
            c.dep_ == "prep" and c.lower_ == "for") else None
        other = by_token.get(principal.i) if principal is not None else None
        if other is None or other.label_ != "PERSON" or _root(other) != principal or \
                ent.start <= principal.i < ent.end:
            continue
        link = "of" if c.dep_ == "poss" else "for"
        found = Role((ent.start, ent.end - 1), _trimmed(other), f"be {role} {link}", REPRESENTS,
                     (noun.left_edge.i, noun.right_edge.i), misread)
        return _formerly(found) if tense else found  # "Lee's former spokesman"
    return None


def _apposition_after(ent: Span, by_token: dict[int, Span]) -> Role | None:
    """ "Ann Lee, the president of the Red Cross," and "Ann Lee, Tesco's chief executive,"."""
    for a in ent.root.children:
        if a.dep_ == "appos" and a.i > ent.root.i:
            # "Ann Lee, his wife and the chair of the Red Cross,": each noun of the
            # apposition describes her
            found = next((role for noun in (a, *(_conjuncts(a) if _closed(a) else ())) if (
                role := _from_role_noun(ent, noun, by_token)) is not None), None)
            # (no comma after the name: the parser may have read the copula of a question,
            # "Is Ann Lee the head of Y?", as an apposition; it holds as the clause does)
            set_off = ent.end < len(ent.doc) and ent.doc[ent.end].text in (",", "(", "—", "–")
            return found if found is None or set_off else replace(found, stated=True)
    enclosed = _enclosed_conjuncts(ent.root)
    if enclosed:
        return next((role for noun in enclosed if (
            role := _from_role_noun(ent, noun, by_token)) is not None), None)
    # the apposition read as a second subject of the verb: "Ann Lee, the mayor of Leeds,
    # was found dead" with both "Lee" and "mayor" subjects of "found"
    doc, person = ent.doc, ent.root
    if person.dep_ not in ("nsubj", "nsubjpass") or ent.end >= len(doc) or \
            doc[ent.end].text != ",":
        return None
    for a in person.head.children:
        closed = "," in (doc[a.right_edge.i].text, doc[min(a.right_edge.i + 1, len(doc) - 1)].text)
        if a.dep_ == person.dep_ and a.left_edge.i == ent.end + 1 and closed:
            return _from_role_noun(ent, a, by_token)
    return None


def _closed(noun: Token) -> bool:
    """Whether an apposition with its conjuncts ends before the verb of the name it
    describes ("Ann Lee, her son and the mayor attended" runs on into the verb: a list of
    people, the mayor another)."""
    last = max((noun, *_conjuncts(noun)), key=lambda t: t.right_edge.i).right_edge.i
    after = noun.doc[last + 1] if last + 1 < noun.sent.end else None
    return after is None or after != noun.head.head or \
        after.tag_ not in ("VBD", "VBP", "VBZ", "MD")


def _enclosed_conjuncts(person: Token) -> list[Token]:
    """ "Ann Lee, his wife and the chair of the party, said": an apposition of conjoined
    nouns, which the parser may read as a list with the name in it; set off by commas
    before the name's verb ("Ann Lee, his wife and the mayor attended": a list), the
    nouns describe her. The nouns, else nothing."""
    doc = person.doc
    conj = next((c for c in person.children if c.dep_ == "conj" and c.i > person.i), None)
    if conj is None or person.dep_ not in ("nsubj", "nsubjpass") or \
            conj.pos_ != "NOUN" or doc[conj.left_edge.i - 1].text != ",":
        return []
    nouns = [conj, *_conjuncts(conj)]
    after = nouns[-1].right_edge.i + 1
    if any(n.pos_ != "NOUN" for n in nouns) or after + 1 >= len(doc) or \
            doc[after].text != "," or doc[after + 1] != person.head:
        return []
    return nouns


def _conjuncts(noun: Token) -> list[Token]:
    """The nouns conjoined to one ("a biologist and professor at Y": "professor")."""
    found = [c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    return [n for c in found for n in (c, *_conjuncts(c))]


def _apposition_before(ent: Span, by_token: dict[int, Span]) -> Role | None:
    """ "the president of the Red Cross, Ann Lee," however the parser hung the name."""
    person = ent.root
    doc = ent.doc
    if person.dep_ == "nsubj" and ent.start >= 2 and doc[ent.start - 1].text == ",":
        # "A member of the Danish Parliament, Lars Holm said": the role fronted, a
        # modifier of the verb whose subject is the name, or the root the verb hangs on
        fronted = doc[ent.start - 2]
        while fronted.head.i < ent.start - 1 and fronted.head != fronted and \
                fronted.dep_ not in ("advcl", "npadvmod", "dep"):
            fronted = fronted.head
        # (or a second subject of that verb)
        hung = fronted.dep_ in ("advcl", "npadvmod", "dep", "nsubj") and \
            fronted.head == person.head
        root = fronted.dep_ == "ROOT" and person.head.dep_ == "parataxis" and \
            person.head.head == fronted
        if (hung or root) and fronted.left_edge.i == ent.sent.start:
            # of conjoined nouns, the one next to the name describes it: "His daughter, and
            # member of the Green Party, Ann Lee said" (not "The chairman of Acme and his
            # wife, Ann Lee, said": she is the wife)
            return _from_role_noun(ent, _nearest(fronted), by_token)
    if person.head.is_punct and _set_off(ent) and doc[ent.start - 2].pos_ == "NOUN":
        # "According to Kelso's first selectman, Ann Lee, there were ...", the parser
        # hanging the name on the comma before it: the post's apposition all the same
        return _from_role_noun(ent, doc[ent.start - 2], by_token)
    if person.dep_ != "appos":
        return None
    head = person.head
    if head.i > person.i:
        return None
    if head.lower_ == "one" and head.pos_ == "NUM":  # "One of Acme's directors, Ann Lee,"
        noun = _one_of(head)
        return _from_role_noun(ent, noun, by_token, each=True) if noun is not None else None
    # the name is the role noun's apposition
    if _held(head, by_token):
        return None
    # of conjoined nouns, the one next to the name describes it ("His daughter, and member
    # of the Green Party, Ann Lee"); a noun conjoined deeper in ("the chairman of Acme and
    # his wife, Ann Lee,") leaves whose name it is a guess
    nearest = _nearest(head)
    nouns = [head, *_conjuncts(head)] if head.pos_ == "NOUN" else [head]
    if any(t.dep_ == "conj" and t.pos_ == "NOUN" and t not in nouns
           for t in ent.doc[nearest.i + 1:ent.start]):
        return None
    # (or on the plural post itself: "One of Denmark's ministers, Ann Lee,")
    each = head.dep_ == "pobj" and head.head.lower_ == "of" and _one_of(head.head.head) == head
    role = _from_role_noun(ent, nearest, by_token, each=each)
    if role is not None:
        return role
    # "the chairman of General Motors, Peter Hale": the name hung on the organization
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in LINKS and \
            not _held(head.head.head, by_token):
        role = _from_role_noun(ent, head.head.head, by_token, misread=head.i)
        if role is not None and role.organization[1] == head.i:
            return role
    # "Speaking to Reuters, the president of the League, Ann Lee": both hung on "Reuters"
    if head.ent_type_ != "PERSON":
        for sibling in head.children:
            if sibling.dep_ == "appos" and head.i < sibling.i < person.i:
                role = _from_role_noun(ent, sibling, by_token, misread=head.i)
                if role is not None:
                    return role
    return None


def _set_off(ent: Span) -> bool:
    """Whether a name stands between two commas, past a word before the first."""
    doc = ent.doc
    return ent.start - 2 >= ent.sent.start and doc[ent.start - 1].text == "," and \
        ent.end < ent.sent.end and doc[ent.end].text == ","


def _one_of(one: Token) -> Token | None:
    """The plural noun of "one of Acme's directors", "one of Atlantis's Vice Presidents":
    a name in apposition is one of its holders, so holds the post (one of several heads
    holds a post in the body, not at its head); "one of the victims, Ann Lee," and "one of
    Acme's customers" name no post, which the role's words decide."""
    if one.lower_ != "one" or one.pos_ != "NUM":
        return None
    of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return noun if noun is not None and noun.tag_ in ("NNS", "NNPS") and \
        not noun.ent_type_ else None


def _nearest(noun: Token) -> Token:
    """Of a noun and its conjuncts before a name, the one next to the name, which describes
    it; the first noun itself if a word sets it in time ("The then-manager of X and director
    of Y, Ann Lee": whether "then" is said of both, a guess)."""
    if noun.pos_ != "NOUN" or _tense_words(noun):
        return noun  # (a name the parser hung the name on: "the manager of Acme and ...")
    return max((noun, *_conjuncts(noun)), key=lambda t: t.i)


def _held(noun: Token, by_token: dict[int, Span]) -> bool:
    """ "Ann Lee, the mayor of Springfield, Ohio Lake": the post is already in apposition
    to a named holder before it; a name after it qualifies the place, no second holder."""
    holder = by_token.get(noun.head.i) if noun.dep_ == "appos" else None
    return holder is not None and holder.label_ == "PERSON" and noun.head.i < noun.i


def _copula(ent: Span, by_token: dict[int, Span]) -> Role | None:
    """ "Ann Lee is the Lord Mayor of Leeds", "Ann Lee, who is the head of the Red Cross,",
    "She served as the chair of the Red Cross"."""
    person = ent.root
    verbs = [person.head] if person.dep_ == "nsubj" else []
    verbs += [c for c in person.children if c.dep_ == "relcl" and any(
        g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in c.children)]
    for verb in verbs:
        if _post_denied(verb):
            continue
        # "was the head of", "served as its chair until 1995", "was formerly the head of":
        # a post held before
        past = _held_before(verb) or _leaves_a_post(verb) or any(
            c.lower_ in PAST_ROLE_WORDS for c in verb.children)
        noun = _post_noun(verb)
        if noun is not None and career(verb, noun):
            past = True  # "has served as mayor of X and governor of Y": posts held in turn
        if noun is not None:
            role = _from_role_noun(ent, noun, by_token)
            role = _formerly(role) if past else role
            return replace(role, stated=True) if role is not None else None
    return None


def _post_denied(verb: Token) -> bool:
    """Does the verb leave the post unheld: "is no longer the head of", "if she is", "would
    be"?"""
    return any(c.dep_ in ("neg", "mark") or c.tag_ == "MD" or c.lower_ in NOT_YET_ROLE_WORDS or
               any(g.dep_ == "neg" for g in c.children) for c in verb.children)


def _post_noun(verb: Token) -> Token | None:
    """The noun of the post a copula or a serving verb gives its subject ("was the head of",
    "served as its chair")."""
    if lemma_of(verb) in COPULAS:
        return next((c for c in verb.children if c.dep_ == "attr"), None)
    if lemma_of(verb) in SERVING_VERBS or _leaves_a_post(verb):
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        return next((g for g in prep.children if g.dep_ == "pobj"), None) \
            if prep is not None else None
    return None


def _leaves_a_post(verb: Token) -> bool:
    """ "resigned as", "has stepped down as": a post left, so held before (not "is to resign
    as", "plans to step down as": still held)."""
    lemma = lemma_of(verb).lower()
    return (lemma in LEAVING_VERBS or any((lemma, c.lower_) in LEAVING_PHRASES
                                          for c in verb.children if c.dep_ in ("prt", "advmod"))
            ) and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _career_posts(ent: Span, by_token: dict[int, Span]) -> list[Role]:
    """The posts after the first of a career's list ("Lee has served as mayor of Leeds and
    governor of Yorkshire": governor of Yorkshire), each held before, as _copula reads the
    first."""
    person = ent.root
    verb = person.head
    if person.dep_ != "nsubj" or _post_denied(verb):
        return []
    noun = _post_noun(verb)
    if noun is None or not career(verb, noun):
        return []
    roles = (_from_role_noun(ent, post, by_token) for post in _conjuncts(noun))
    return [replace(role, stated=True) for r in roles if (role := _formerly(r)) is not None]


def career(verb: Token, noun: Token) -> bool:
    """ "Lee has served as mayor of Leeds and governor of Yorkshire", "has been a senator and
    an envoy": a perfect over a list of posts sums up a career, whose posts are mostly over
    (one post, "has been the mayor since 2010", still holds)."""
    perfect = any(c.dep_ == "aux" and lemma_of(c) == "have" for c in verb.children)
    return perfect and bool(_conjuncts(noun))


def _appointed(ent: Span, by_token: dict[int, Span]) -> Role | None:
    """ "They elected Ann Lee as the new party leader", "Lee was appointed chief executive of
    Acme", "members voted to elect Lee as their leader", "Lee was sworn in as governor of
    Ohio", "Lee took over as chair of Y": the post is hers from then on.
    A planned, hoped or negated appointment ("will elect", "plans to name") says nothing."""
    person = ent.root
    verb = person.head
    particle = _particle(verb)
    given = person.dep_ in ("dobj", "nsubjpass") and (
        lemma_of(verb) in APPOINTING_VERBS or (lemma_of(verb), particle) == ("swear", "in"))
    # "Lee took over as chair of Y", "stepped in as its acting head": she holds it now
    taken = person.dep_ == "nsubj" and (lemma_of(verb), particle) in TAKING_UP_VERBS
    if not (given or taken) or not _done(verb):
        return None
    # ("voted to elect Lee as leader": the parser may hang the "as" on the vote)
    voted = [verb.head] if verb.dep_ == "xcomp" and lemma_of(verb.head) == "vote" else []
    for c in [*verb.children, *(c for v in voted for c in v.children if c.i > verb.i)]:
        noun = next((g for g in c.children if g.dep_ == "pobj"), None) if (
            c.dep_ == "prep" and c.lower_ == "as") else c if c.dep_ in ("oprd", "attr") else None
        if noun is not None:
            role = _from_role_noun(ent, noun, by_token)
            return replace(role, stated=True) if role is not None else None
    return None


def _particle(verb: Token) -> str:
    """The particle right after a verb ("took over", "stepped in"), which the parser may
    take for an adverb, or ""."""
    return next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and
                 c.i == verb.i + 1), "")


def _done(verb: Token) -> bool:
    """Whether a verb tells a deed done: "elected", "was elected", "has named", or the
    infinitive of a vote taken ("voted to elect"); not "will elect", "plans to name", "did
    not elect", "if they elect"."""
    if any(c.dep_ in ("neg", "mark") or c.tag_ == "MD" for c in verb.children):
        return False
    if verb.tag_ in ("VBD", "VBZ"):
        return True
    if verb.tag_ == "VBN":
        return any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)
    head = verb.head
    return verb.tag_ == "VB" and verb.dep_ == "xcomp" and lemma_of(head) == "vote" and \
        head.tag_ == "VBD" and _done(head)


def _held_before(verb: Token) -> bool:
    """ "Lee was the mayor of Leeds", "served as its chair until 1995", "had been its head":
    told in the past, the role is over as far as the article says (a present edge would
    claim it still holds); "became the head of" in the past still holds."""
    if lemma_of(verb) not in COPULAS - {"become"} | SERVING_VERBS:
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _shared_title(person: Token, by_token: dict[int, Span]) -> list[Token]:
    """ "Presidents Ann Lee of Atlantis and Tom Rees of Borduria": the plural title before
    the first name of a list is each later name's too."""
    first = person
    while first.dep_ == "conj" and first.head.ent_type_ == "PERSON":
        first = first.head
    head = by_token.get(first.i)
    if first == person or head is None or head.label_ != "PERSON":
        return []
    words = [t for t in _title_words(head) if t.head.i in range(t.i, head.end)]
    if not words or words[-1].tag_ != "NNS" or lemma_of(words[-1]).lower() not in ROLE_WORDS:
        return []
    return words


def _postmodifier(ent: Span, by_token: dict[int, Span]) -> Role | None:
    """ "Ann Lee of the Red Cross", "ecologist Ann Lee of Harvard University"."""
    person = ent.root
    if person.dep_ == "conj" and not any(c.dep_ == "prep" and person.head.i < c.i < person.i
                                         for c in person.head.children) and \
            not _titled_conjunct(ent):
        return None  # "Lee and Park of Reuters" (but "Lee of Oxfam and Park of Reuters")
    if person.dep_ == "pobj" and person.head.lower_ == "of":
        return None  # "the distinction of Dean of the House": a title read as a name
    for c in person.children:
        if c.dep_ != "prep" or c.lower_ not in ("of", "at", "with", "from") or c.i < person.i:
            continue
        if any(k.dep_ == "conj" and k.i < c.i for k in person.children):
            return None  # "Lee and Park of Reuters": whose it is, is a guess
        pobj = _named_place(next((g for g in c.children if g.dep_ == "pobj"), None))
        org = by_token.get(pobj.i) if pobj is not None else None
        if pobj is not None and (org is None or org.root != pobj or not _kind(org)):
            org = _split_name(person, c, pobj, by_token)
        if org is None and pobj is not None and c.lower_ == "of":
            org = _untagged_name_of(person, c, pobj)
        if org is None or not _kind(org) or pobj is None:
            continue
        after = ent.doc[org.end:org.end + 2]
        other = by_token.get(after[1].i) if len(after) == 2 else None
        # ("Lee of Oxfam and Park of Reuters": the name after the "and" is a second person
        # with a body of her own; "the School of Marine and Atmospheric Science at Y" is no
        # person, whatever the parse)
        listed = other is not None and other.label_ == "PERSON" and \
            _root(other).dep_ == "conj" and _root(other).head == person and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.ent_type_ in ("ORG", "GPE") for g in c.children)
                for c in _root(other).children)
        if any(c.dep_ == "conj" and c.i >= org.end and c.pos_ == "PROPN"
               for t in org for c in t.children) or (
                len(after) == 2 and after[0].pos_ == "CCONJ" and after[1].pos_ == "PROPN" and
                not listed):
            # "School of Marine [and Atmospheric Science]": a name cut at its "and", or
            # two organizations: whose she is, is a guess, unless the whole name's acronym
            # follows it ("... and Atmospheric Science (SMAS)")
            org = _acronym_after(org, by_token)
            if org is None:
                return None
        # a title before the name says which post: "ecologist Ann Lee of Harvard"
        title = [t for t in _title_words(ent) if t.head.i in range(t.i, ent.end)] or \
            _shared_title(person, by_token)
        each = bool(title) and title[-1].tag_ == "NNS"  # "Presidents Lee of X and Park of Y"
        past = _past(ent)  # "former Senator Ann Lee of Ohio": a post held before
        title = _present(title)
        if past and not _once(ent) or \
                c.lower_ != "of" and not title and not _speaking_from_work(ent, c, org):
            return None  # "Lee at the United Nations": where she was, not whom she works for
        covers = (c.i, max(pobj.right_edge.i, _trimmed(org)[1]))
        described = _body_apposition(person, ent.doc[_trimmed(org)[1]])
        if described is not None:  # "of Acme, a firm in Leeds": the firm is Acme, not her
            covers = (c.i, max(covers[1], described.right_edge.i))
        if _kind(org) == "place":
            # "Prime Minister Ann Lee of Portugal" holds its office, "Senator Ann Lee from
            # Ohio" sits for it; "Ann Lee of Springfield" is only from there
            link = "from" if c.lower_ == "from" else "of"
            role = _make(ent, org, title, link, covers, each=each) if title else None
            if role is None and not title and not past and _races_for(ent, org):
                role = Role((ent.start, ent.end - 1), _trimmed(org), "be representative of",
                            REPRESENTS, covers)
            return _formerly(role) if past else role
        if c.lower_ == "from":
            continue
        role = _make(ent, org, title, c.lower_, covers)
        if role is None and title and c.lower_ == "of":
            # "study co-author Ann Lee of Harvard": whatever the title, she is of Harvard
            role = _make(ent, org, [], "of", covers)
        return _formerly(role) if past else role
    return None


def _origin(ent: Span, by_token: dict[int, Span], found: Sequence[Role]) -> Role | None:
    """ "Ann Lee of Springfield", "Ann Lee, 33, of Kelso, Ohio", "Ann Lee from Chad": a place
    after a person's "of" or "from", with no word at all before the name in its phrase, says
    where she is from: no post, so besides whatever else the sentence says of her ("Ann Lee
    of Leeds, a member of Acme,") and only if no post of the place is read off the words.
    So does one after the "from" of a noun in apposition ("Ann Lee, a nurse from Chad,")
    or the "of" of an age ("Ann Lee, a 33-year-old of Kelso,"): see _described_from.
    """
    person = ent.root
    if person.dep_ == "conj" and not any(c.dep_ == "prep" and person.head.i < c.i < person.i
                                         for c in person.head.children):
        return None  # "Lee and Park of Ohio": whose place it is, is a guess
    for c in [*person.children, *_described_from(person)]:
        if c.dep_ != "prep" or c.lower_ not in ("of", "from") or c.i < person.i:
            continue
        if any(k.dep_ == "conj" and k.i < c.i for k in person.children):
            return None
        pobj = _named_place(next((g for g in c.children if g.dep_ == "pobj"), None))
        place = by_token.get(pobj.i) if pobj is not None else None
        if pobj is None or place is None or place.root != pobj or _kind(place) != "place" or \
                _inside_a_longer_name(pobj, place) or _past(ent) or not _hails_from(ent) or any(
                    r.person[0] <= person.i <= r.person[1] and r.organization == _trimmed(place)
                    for r in found):
            return None
        return Role((ent.start, ent.end - 1), _trimmed(place), ORIGIN, ORIGIN,
                    (c.i, max(pobj.right_edge.i, _trimmed(place)[1])))
    return None


def _inside_a_longer_name(pobj: Token, place: Span) -> bool:
    """Is the place the last word of a longer name the recognizer cut ("Ann Lee of
    Alzheimer's Research UK": a charity, no country she is from)?"""
    return any(k.dep_ in ("compound", "poss", "nmod") and k.pos_ == "PROPN" and
               not place.start <= k.i < place.end for k in pobj.children)


def _described_from(person: Token) -> list[Token]:
    """The "from" of a noun in apposition to the name ("Ann Lee, a tourist from Chad,"),
    or the "of" or "from" of an age there ("Ann Lee, a 33-year-old of Kelso,"). Not of a
    post a place has ("a senator from Ohio", "a minister from Chad": its seat or its
    government, see affiliation)."""
    found: list[Token] = []
    for noun in person.children:
        if noun.dep_ != "appos" or noun.i < person.i or noun.lower_ in PLACE_ROLES or \
                _role_head([noun.lower_]) in PLACE_ROLES:
            continue
        age = noun.lower_ == "old" and any(c.lower_ == "year" for c in noun.children)
        if age or noun.pos_ in ("NOUN", "PROPN"):
            found.extend(c for c in noun.children if c.dep_ == "prep" and (
                c.lower_ == "from" or age and c.lower_ == "of"))
    return found


def _hails_from(ent: Span) -> bool:
    """Whether nothing before the name makes its place other than where she is from. After
    a title, known or not, it may be the title's seat ("Archbishop Ann Lee of Kelso",
    "Senators Ann Lee of Ohio and Tom Rees of Utah"); a noun or a verb right before the name
    may be a title the parser misread ("systems engineer Ann Lee of Kelso"); and a caption
    without a verb ("Ann Lee from Springfield", under a picture of a costume) names a
    character and the work it is from, not a person and a place."""
    person = ent.root
    first = person  # the list's first name, whose title the list shares
    while first.dep_ in ("conj", "appos") and first.head.i < first.i:
        first = first.head
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return any(t.pos_ in ("VERB", "AUX") for t in ent.sent) and \
        not _title_words(ent) and \
        not any(TITLES.get(t.lower_.rstrip("."), "") for t in ent if t.i < person.i) and \
        not any(c.i < ent.start for c in person.children) and (
            before is None or before.head.i != person.i and
            before.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB")) and \
        not any(t.lower_ in TITLES or t.lower_.endswith("s") and t.lower_[:-1] in TITLES
                for t in first.subtree if t.i < first.i)


def _races_for(ent: Span, org: Span) -> bool:
    """ "Ann Lee of Norway won the final", "the silver medal was won by Ann Lee of Chad", "the
    bronze medal went to Ann Lee of Qatar": an athlete "of" a country in a championship's
    race competes for it (in other news, "of" a place says only where someone is from, and
    readers take "from Kenya ran a marathon", a city's race, for no more than that)."""
    if country_for_name(ent.doc[_trimmed(org)[0]:_trimmed(org)[1] + 1].text) is None:
        return False
    person = ent.root
    verb, dep = person.head, person.dep_
    if dep == "pobj" and person.head.lower_ in ("by", "to"):
        verb, dep = person.head.head, person.head.lower_
    if verb.pos_ not in ("VERB", "AUX") or not _done(verb) or \
            any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = lemma_of(verb).lower()
    if dep == "to":  # "the medal went to"
        return lemma == "go" and any(c.dep_ == "nsubj" and _a_race(c) for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == ("nsubjpass" if dep == "by" else "dobj")]
    return (dep == "nsubj" or dep == "by") and lemma in ("win", "finish") and \
        any(_a_race(o) for o in objects)


def _a_race(noun: Token) -> bool:
    """A race or a medal, or one of them in a list ("third place and the bronze medal")."""
    return any(t.lower_ in RACES or lemma_of(t).lower() in RACES
               for t in (noun, *_conjuncts(noun)))


def _titled_conjunct(ent: Span) -> bool:
    """ "Tom Rees and Senator Ann Lee from Ohio": a name after "and" with a title of its own
    right after the "and" is a phrase of its own, so the "of" or "from" after it is hers."""
    doc = ent.doc
    title = [t for t in _title_words(ent) if t.head.i in range(t.i, ent.end)]
    return bool(title) and title[0].i > ent.sent.start and doc[title[0].i - 1].lower_ == "and" \
        and all(t.is_title for t in title)


def _split_name(person: Token, link: Token, pobj: Token,
                by_token: dict[int, Span]) -> Span | None:
    """ "Ann Lee of Clean Harbor Coalition Oregon said", which the parser reads as "Lee of
    Clean Harbor" with "Coalition Oregon" in apposition to her: an organization's name
    that runs on from the object of "of" to an apposition of the person, with no comma or
    other word between, is the name of one organization, whatever part the recognizer
    tagged (its last words must be tagged an organization)."""
    doc = person.doc
    tail = next((a for a in person.children if a.dep_ == "appos" and a.i > pobj.i), None)
    last = by_token.get(tail.i) if tail is not None else None
    if tail is None or last is None or last.label_ not in ORGANIZATION_LABELS or \
            _trimmed(last)[1] != tail.i or not _kind(last):
        return None
    start = link.i + 1
    while start < pobj.i and doc[start].pos_ == "DET":
        start += 1
    words = doc[start:tail.i + 1]
    if start > pobj.i or not all(
            t.pos_ == "PROPN" or t.lower_ in ("and", "&") and t.i not in (start, tail.i)
            for t in words):
        return None
    return Span(doc, start, tail.i + 1, label="ORG")


def _untagged_name_of(person: Token, link: Token, pobj: Token) -> Span | None:
    """ "Ann Lee of Clean Harbor Coalition said", "Ann Lee of Blue Reef Tours, a firm that
    ...", the recognizer tagging no part of the body's name: the proper nouns after her "of"
    (run on into an apposition of hers with no comma between, as in _split_name) are an
    organization's name when a word of it says a body ("Coalition") or an apposition of it
    does ("a firm"); a place or a person after "of" has neither ("Catherine of Aragon")."""
    doc = person.doc
    start = link.i + 1
    while start < pobj.i and doc[start].pos_ == "DET":
        start += 1
    last = pobj.i
    tail = next((a for a in person.children if a.dep_ == "appos" and a.i > pobj.i), None)
    if tail is not None and all(t.pos_ == "PROPN" and not t.ent_type_
                                for t in doc[pobj.i + 1:tail.i + 1]):
        last = tail.i  # "of Clean Harbor [Coalition Oregon]", parsed as her apposition
    # "of the Marine Center for Coastal Studies": the name goes on past its own "for"
    while last + 2 < len(doc) and doc[last + 1].lower_ in ("for", "of") and \
            doc[last + 1].head.i == last and doc[last + 2].pos_ == "PROPN" and \
            doc[last + 2].is_title and not doc[last + 2].ent_type_:
        last += 2
        while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and \
                doc[last + 1].is_title and not doc[last + 1].ent_type_:
            last += 1
    words = doc[start:last + 1]
    if pobj.pos_ != "PROPN" or start > pobj.i or last + 1 < len(doc) and (
            doc[last + 1].pos_ == "PROPN" or doc[last + 1].ent_iob_ == "I") or \
            doc[start].ent_iob_ == "I" or any(t.ent_type_ not in ("", "ORG") for t in words) or \
            not all(t.pos_ == "PROPN" and t.is_title or t.i not in (start, last) and (
                t.lower_ in ("and", "of", "for", "&") or hyphen_piece(doc[t.i - 1]))
                for t in words):  # (a dash with no space either side glues one name)
        return None
    said = any(t.lower_ in ORG_WORDS | COMPANY_NOUNS for t in words) or \
        _body_apposition(person, doc[last]) is not None
    return Span(doc, start, last + 1, label="ORG") if said else None


def _body_apposition(person: Token, last: Token) -> Token | None:
    """The body noun of an apposition right after a name "of" a person ("Ann Lee of Blue
    Reef Tours, a firm that ..."): it describes the body, wherever the parser hung it (on
    the body's last word or on the person)."""
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != ",":
        return None
    return next((a for a in (*last.children, *person.children) if a.dep_ == "appos" and
                 a.left_edge.i == last.i + 2 and a.pos_ == "NOUN" and a.is_lower and
                 lemma_of(a).lower() in BODY_NOUNS), None)


def _speaking_from_work(ent: Span, link: Token, org: Span) -> bool:
    """ "Ann Lee at Eastport University said": a speaker named with the workplace she speaks
    from, a body whose last word says people work there (not "Lee at the United Nations
    said", where she may only have spoken)."""
    person = ent.root
    return link.lower_ == "at" and _speaks(person) and \
        ent.doc[_trimmed(org)[1]].lower_ in WORKPLACE_NOUNS


def _acronym_after(cut: Span, by_token: dict[int, Span]) -> Span | None:
    """The acronym in brackets after a name the recognizer cut at its "and" ("the Institute
    of Marine [and Coastal Studies] (IMCS)"), as the organization's name, when its letters
    are the last initials of the whole name's capitalised words."""
    doc = cut.doc
    i = cut.end
    while i < cut.sent.end and (doc[i].pos_ == "PROPN" or doc[i].lower_ in ("and", "of", "&")):
        i += 1
    if i + 2 >= cut.sent.end or doc[i].text != "(" or doc[i + 2].text != ")":
        return None
    letters = doc[i + 1]
    initials = "".join(t.text[0] for t in doc[cut.start:i] if t.text[:1].isupper())
    if not (letters.is_alpha and letters.is_upper and len(letters) > 1 and
            initials.endswith(letters.text) and len(initials) - len(letters) <= 2):
        return None
    ent = by_token.get(letters.i)
    return ent if ent is not None and len(ent) == 1 else Span(doc, letters.i, letters.i + 1,
                                                              label="ORG")


def superseded(roles: Sequence[Role], rule: str, subject: Token | None,
               obj: Token | None) -> bool:
    """Whether a statement of another rule reads the same words worse.

    "Curry | be | Biological Diversity scientist" (a title), "Reuters | be president of |
    League" and "Reuters | be | Lee" (an apposition hung on the wrong noun), "Lee | be
    CEO for | Europe" (the organization dropped), "Eastport | coach | Lee" (a title read as a
    verb, see _title_read_as_verb): the affiliation says it right.
    """
    if subject is None or obj is None:
        return False
    if subject.dep_ == "nsubj" and obj.dep_ == "dobj" and subject.head == obj.head and \
            _misread_title(subject.head):
        return True  # whether or not the title names a post of its body ("Leeds coach")
    if rule == "possession":
        # "Zembla's governor": the post (_described_office), not a thing Zembla has
        return any(role.person[0] <= obj.i <= role.person[1] and
                   role.organization[0] <= subject.i <= role.organization[1] for role in roles)
    if rule not in CORRECTED_RULES:
        return False
    for role in roles:
        low, high = role.covers
        if role.misread >= 0 and subject.i == role.misread and (
                low <= obj.i <= high or role.person[0] <= obj.i <= role.person[1]):
            return True
        if role.person[0] <= subject.i <= role.person[1] and low <= obj.i <= high:
            return True
    return False


def relabel(rule: str, lemma: str, subject: Token | None, obj: Token | None,
            known: frozenset[str] = frozenset()) -> str | None:
    """The affiliation lemma for a copula or apposition role, or for "join", if it is one.

    "Ann Lee is the president of the Red Cross" -> lead; "Ann Lee, a researcher at
    Harvard University" -> be member of; "Lee joined the Red Cross" -> be member of
    (joining an organization is membership; "joined Park in" stays cooperation).
    """
    if subject is None or obj is None or (
            lemma != "join" and lemma not in WORK_LEMMAS and rule not in RELABELED_RULES):
        return None
    if lemma in WORK_LEMMAS:
        return _works_at(subject, obj, known)
    if rule in RELABELED_RULES and (tie := kinship(subject, obj, known)):
        return tie
    ent = entity_of(obj) if obj.ent_type_ else (_untagged_body(obj) or _body_noun(obj)) if (
        lemma != "join") else None
    if ent is None or ent.root != obj or _known_person(ent, known):
        return None  # (a person is no organization, whatever the recognizer tagged her)
    if lemma == "join":
        first = obj
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "joining A and B": B's verb is A's
        verb = first.head
        joined = _kind(ent) == "organization" and not _dated(verb) and \
            not _joined_in_doing(verb) and not _joined_alike(verb, subject, first)
        return MEMBER if joined else None
    person = entity_of(subject)
    untagged = person is None and subject.pos_ == "PROPN" and not subject.ent_type_ and (
        subject.text in known or _named_by_post(_proper_name(subject, subject.sent.start)))
    if rule not in RELABELED_RULES or not (_person_word(subject) or untagged or (
            person is not None and (_known_person(person, known) or _holds_a_role(person)))):
        return None
    # "Lee was the mayor of Leeds": told in the past, a post held before
    before = subject.dep_.startswith("nsubj") and _held_before(subject.head)
    if obj.dep_ == "pobj" and (obj.head.lower_ in LINKS or obj.head.lower_ == "from"):
        noun, link = obj.head.head, obj.head.lower_
    elif obj.dep_ == "poss":
        noun, link = obj.head, "of"
    else:
        return None
    if noun.pos_ not in ("NOUN", "PROPN") or not _kind(ent):
        return None
    tense = _tense_words(noun)  # "the former mayor of Leeds", "then the head of Y"
    if tense and not _held_once(tense):
        return None
    said = affiliation([t.text for t in _present(_role_phrase(noun))], _kind(ent), link)
    # "a director of X" is one of several; "X's head of sales, Ann Lee," heads a field of X
    field = _field_of(noun)
    over_a_field = field is not None and field != obj.head and not _portfolio_field(field)
    said = MEMBER if said == LEADS and (_one_of_several(noun) or over_a_field) else said
    return FORMERLY.get(said, said) if said and (before or tense) else said


def _works_at(subject: Token, obj: Token, known: frozenset[str]) -> str | None:
    """ "Lee works for Acme", "is studying at Eastport University", "plays for the Eastport
    Chess Federation": staff, students and players are members; told in the simple past
    ("worked for Acme"), a membership held before. Only a person's, and only of a named
    organization ("worked for Tom Rees" is a service; "works for Ohio" no membership); a
    participle or a perfect says no time the edge could keep."""
    ent = entity_of(obj) if obj.ent_type_ else None
    person = entity_of(subject) if subject.ent_type_ else None
    if ent is None or ent.root != obj or _kind(ent) != "organization" or \
            _known_person(ent, known) or obj.dep_ != "pobj" or not (
                _person_word(subject) or person is not None and _known_person(person, known)):
        return None
    verb = obj.head.head
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if verb.tag_ == "VBD" and not auxes:
        return FORMERLY[MEMBER]
    now = verb.tag_ in ("VBZ", "VBP") and not auxes or \
        verb.tag_ == "VBG" and bool(auxes & {"is", "are", "am", "'s", "'re", "'m"})
    return MEMBER if now else None


def _untagged_body(noun: Token) -> Span | None:
    """A name in capitals the recognizer left untagged after a role ("the chairman of the
    House Oversight and Reform Committee", "the leader of the Dark Order"), as an
    organization's name: its words are all proper nouns but for the "and" or "of" inside,
    and the last says a body ("Committee", "Command"): a person's name may be untagged too."""
    doc = noun.doc
    start = noun.left_edge.i
    while start < noun.i and doc[start].pos_ == "DET":
        start += 1
    words = doc[start:noun.i + 1]
    if noun.pos_ != "PROPN" or any(t.ent_type_ for t in words) or not all(
            t.pos_ == "PROPN" or t.lower_ in ("and", "of", "&") for t in words) or \
            words[0].pos_ != "PROPN" or noun.dep_ != "pobj" or \
            noun.lower_ not in ORG_WORDS | COMPANY_NOUNS:
        return None
    return Span(doc, start, noun.i + 1, label="ORG")


def _body_noun(noun: Token) -> Span | None:
    """ "a spokesperson for the fire service", "the head of a regional civil defense office":
    a common noun for a body, after a role's link, is the organization (the gate asks
    that the graph's node for it be specific; "director of global news" names none)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or not noun.is_lower or \
            lemma_of(noun).lower() not in BODY_NOUNS | LOWER_BODY_NOUNS:
        return None
    start = noun.left_edge.i
    while start < noun.i and noun.doc[start].pos_ == "DET":
        start += 1
    return Span(noun.doc, start, noun.i + 1, label="ORG")


def _dated(verb: Token) -> bool:
    """ "joined the league in 1996": a join the text dates to a year tells a career's
    history; whether the membership lasts, it does not say (it stays "join")."""
    return any(c.dep_ == "prep" and any(written_year(g) for g in c.subtree)
               for c in verb.children)


def _joined_in_doing(verb: Token) -> bool:
    """ "joined the United Nations in calling for a truce": joined it in an act, not as a
    member."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pcomp" or g.tag_ == "VBG" for g in c.children) for c in verb.children)


def _joined_alike(verb: Token, subject: Token, obj: Token) -> bool:
    """ "The hospital reopened on Sunday, joining Acme Clinic and Mercy Hospital, which
    reopened on Friday": a body's participle "joining" several others, or others told what
    they did, does as they did; it enters no membership ("He left Acme, joining Globex"
    tells a person's move, "Finland dropped its neutrality, joining NATO" a membership)."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj", "acl") and \
        not _person_word(subject) and any(c.dep_ in ("conj", "relcl", "acl")
                                          for c in obj.children)


def _person_word(token: Token) -> bool:
    """A person's name, or "he"/"she" (the resolver decides whom it means, and the gate
    asks that it be sure)."""
    gender = PRONOUNS.get(token.lower_, ("n", ""))[0]
    return token.ent_type_ == "PERSON" or (token.pos_ == "PRON" and gender in ("m", "f"))


def _one_of_several(noun: Token) -> bool:
    """"a director of X" is one of its directors: a post in it, not at its head."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def kinship(subject: Token, obj: Token, known: frozenset[str] = frozenset()) -> str | None:
    """The family tie of a copula or apposition role between two people, if it is one.

    "Ann Lee is the mother of Tom Lee", "Tom Lee's daughter Mara" (as "Mara | be daughter
    of | Tom Lee") -> parent of, child of; "the mother of all battles", "the founding
    father of the party", "a son of the soil" name no person, "the ex-wife of" a tie that
    is over, and "was the wife of" may tell one (the tie of a parent does not end).
    """
    if obj.dep_ == "pobj" and obj.head.lower_ == "of":
        noun = obj.head.head
    elif obj.dep_ == "poss":
        noun = obj.head
    else:
        return None
    tie = _kin(noun)
    if tie is None or not (_kin_person(subject, known) and _kin_person(obj, known)) or \
            _untagged_name(subject, known) and _untagged_name(obj, known):
        return None  # ("Deseret is the parent of the Deseret Bank": a company's parent)
    if tie == KINSHIP["spouse"] and subject.dep_.startswith("nsubj") and \
            _held_before(subject.head):
        return None  # "Lee was the wife of Park": divorced, or widowed, the text does not say
    return tie


def _kin(noun: Token) -> str | None:
    """The tie lemma a family noun names ("mother" -> parent of), or None: a title
    ("Father Brown") is capitalised, and "his ex-wife", "a brother-in-law", "the founding
    father" name another tie or none."""
    tie = KIN_NOUNS.get(lemma_of(noun).lower()) if noun.pos_ == "NOUN" and noun.is_lower \
        else None
    doc = noun.doc
    if tie is None or any(doc[i].text == "-" for i in (noun.i - 1, noun.i + 1)
                          if 0 <= i < len(doc)):
        return None
    before = {t.lower_ for t in doc[noun.left_edge.i:noun.i]}
    return KINSHIP[tie] if before.isdisjoint(NOT_KIN_WORDS) else None


def _kin_person(token: Token, known: frozenset[str]) -> bool:
    """A person at one end of a family tie: a person's name, "he", "his" or "her" (the
    resolver decides whom it means, and the gate asks that it be sure), or a name the
    recognizer left untagged ("Kimura's mother": a family noun speaks of a person; a
    body's or a place's tagged name, "Zimbabwe's father", is none)."""
    if _person_word(token) or token.pos_ == "PROPN" and token.text in known or \
            _untagged_name(token, known):
        return True
    ent = entity_of(token)
    return ent is not None and _known_person(ent, known)


def _untagged_name(token: Token, known: frozenset[str]) -> bool:
    """A name the recognizer left untagged, not one the article gives a person."""
    return token.pos_ == "PROPN" and not token.ent_type_ and token.text not in known


def _kinship(ent: Span, by_token: dict[int, Span], known: frozenset[str]) -> Role | None:
    """A person's family tie to another that a noun of the family names beside the name:
    "his brother Jan Berg", "Ann Lee, his mother,", "Lee's late husband Jan Berg", "Ann
    Lee is Tom Lee's mother", "Lee's wife is Ann Park" (rule "kinship"; "X is the son of
    Y" and "X, the wife of Y" are the copula and apposition roles, see `kinship`)."""
    root = _root(ent)
    doc = ent.doc
    nouns = []
    if root.dep_ == "appos" and root.head.i < root.i:
        nouns.append(root.head)  # "his brother Jan Berg"
    else:
        # "Ann Lee, his mother,"; (not a noun the parser hung on a name that is itself an
        # apposition: "his wife Ann Lee, their two sons")
        nouns += [a for a in root.children if a.dep_ == "appos" and a.i > root.i]
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.dep_ == "compound" and before.head == root:
        nouns.append(before)  # "his late husband Jan Berg", as the parser may read it
    copula = root.head if root.dep_ in ("nsubj", "attr") and \
        lemma_of(root.head) in COPULAS else None
    if copula is not None:
        # "Ann Lee is Tom Lee's mother", "Tom Lee's mother is Ann Lee"
        other = "attr" if root.dep_ == "nsubj" else "nsubj"
        nouns += [c for c in copula.children if c.dep_ == other]
    for noun in nouns:
        tie = _kin(noun)
        owner = _whose_antecedent(next((c for c in noun.children if c.dep_ == "poss"), None))
        if tie is None or owner is None or not _kin_person(owner, known) or any(
                c.dep_ == "conj" for c in noun.children):
            continue  # ("her mother and sister, Maya Lee": which of them she is, unsure)
        if tie == KINSHIP["spouse"] and copula is not None and _held_before(copula):
            continue  # (see `kinship`)
        named = by_token.get(owner.i)
        end = _trimmed(named) if named is not None else (owner.i, owner.i)
        if end[0] <= root.i <= end[1]:
            continue
        return Role((ent.start, ent.end - 1), end, f"be {noun.lower_} of", tie, (-1, -1),
                    rule="kinship", stated=noun.head == copula)
    return None


def _whose_antecedent(owner: Token | None) -> Token | None:
    """The owner a possessive names, "whose" being the name its relative clause hangs on
    ("Ann Lee, whose husband Tom Kell founded Acme,": Ann Lee's husband)."""
    if owner is None or owner.lower_ != "whose":
        return owner
    step = owner.head
    for _ in range(4):
        if step.dep_ == "relcl":
            return step.head if step.head.pos_ == "PROPN" else None
        if step.head.i == step.i:
            break
        step = step.head
    return None


# the titles in capitals of a country's or a US state's head ("President Ann Lee",
# "Governor Ann Lee"), which say no place: national_titles tells it from the article
NATIONAL_TITLES = (("prime", "minister"), ("president",), ("governor",))
# US states whose names news also gives a country or a city ("Georgia", "Washington")
_STATE_NAMES_SHARED = frozenset({"georgia", "washington", "new york"})
# the words that may stand before a bare title: the name's phrase says no place
_BEFORE_A_BARE_TITLE = frozenset({"VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ", "ADV",
                                  "PRON", "PART"})


def national_titles(doc: Doc) -> list[Role]:
    """The post a bare national title of a name holds, told by the article's places:
    "Prime Minister Ann Lee" (or "Ann Lee, the prime minister,") leads the one country the
    article names that has a prime minister, "President Ann Lee" the one that has a
    president, "Governor Ann Lee" the one US state it names when it names no country but
    the US. Only when one person of the article holds the title now (with or without a
    place: "President Lee ... President Park" may be two countries' or one's over), and not
    in a sentence that writes a year or a decade (a president of history: "in 1975 by
    President Ann Lee"). A post left in the sentence is one held before."""
    titled = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        office, first = _national_title(ent)
        if office:
            title = doc[first:ent.start]
            titled.append((ent, office, title, title[0].is_title and _bare(doc, first)))
        office, apposition = _national_apposition(ent)
        if office and apposition is not None:
            titled.append((ent, office, apposition, True))
    holders: dict[str, set[str]] = {}
    for ent, office, _, _ in titled:
        if not _past(ent):  # ("former President Lee" and "President Park": Park's now)
            holders.setdefault(office, set()).add(normalize(ent[-1].text))
    tied = {normalize(ent[-1].text) for ent, _, _, _ in titled if _office_of_a_body(ent)}
    found = []
    for ent, office, title, bare in titled:
        if not bare or len(holders.get(office, ())) != 1 or _past(ent) or \
                _tells_a_year(ent.sent) or normalize(ent[-1].text) in tied:
            continue
        place = _office_place(doc, office)
        if place is None:
            continue
        words = [t for t in title if t.lower_ in office.split()]
        role = Role((ent.start, ent.end - 1), _trimmed(place), _predicate(words, "of"),
                    LEADS, (title.start, title.end - 1))
        held = _formerly(role) if _leaves_it(ent) else role
        if held is not None:
            found.append(held)
    return found


def _national_title(ent: Span) -> tuple[str, int]:
    """The national title right before a name and where it starts, or "" ("Vice President
    Ann Lee" holds another office)."""
    doc = ent.doc
    for words in NATIONAL_TITLES:
        first = ent.start - len(words)
        if first < ent.sent.start or tuple(t.lower_ for t in doc[first:ent.start]) != words:
            continue
        if first > 0 and doc[first - 1].lower_ in RANK_PREFIXES | {"-"}:
            return "", first
        return " ".join(words), first
    return "", ent.start


def _office_of_a_body(ent: Span) -> bool:
    """ "President Ann Lee of Acme", "President Ann Lee, of Acme,", "Ann Lee, the president of
    Acme,": somewhere the article ties her title to a body or a place of its own."""
    doc = ent.doc
    after = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "," else ent.end
    if after < len(doc) and doc[after].lower_ in LINKS:
        return True
    return any(noun.dep_ == "appos" and noun.i >= ent.end and any(
        c.dep_ in ("prep", "poss", "compound") for c in noun.children)
        for noun in ent.root.children)


def _national_apposition(ent: Span) -> tuple[str, Span | None]:
    """ "Ann Lee, the prime minister,", "Ann Lee, the current president,": an apposition of
    a national title and nothing else (no "of", no place, no post over)."""
    doc = ent.doc
    for noun in ent.root.children:
        if noun.dep_ != "appos" or noun.i < ent.end or noun.pos_ != "NOUN":
            continue
        phrase = doc[noun.left_edge.i:noun.right_edge.i + 1]
        words = tuple(t.lower_ for t in phrase if t.lower_ not in PRESENT_ROLE_WORDS | {"the"})
        if words in NATIONAL_TITLES and phrase[0].lower_ == "the":
            return " ".join(words), phrase
    return "", None


def _bare(doc: Doc, first: int) -> bool:
    """Does nothing before the title name a place, a body or another post ("Ohio Governor",
    "Acme President", "AU chairperson President")? "the current President" says none."""
    i = first - 1
    while i >= doc[first].sent.start and doc[i].lower_ in PRESENT_ROLE_WORDS | {"the"}:
        i -= 1
    return i < doc[first].sent.start or not doc[i].ent_type_ and \
        doc[i].pos_ in _BEFORE_A_BARE_TITLE and doc[i].tag_ != "POS"


def _tells_a_year(sent: Span) -> bool:
    """Does the sentence write a year or a decade ("in 1975", "in the 1800s")?"""
    return any(t.text[:4].isdigit() and len(t.text) in (4, 5) and t.text[:2] in ("18", "19", "20")
               and (len(t.text) == 4 or t.text.endswith("s")) for t in sent)


def _office_place(doc: Doc, office: str) -> Span | None:
    """The first mention by its name (else its demonym) of the one country the article names
    (by name, demonym, capital or state) that has the office, or for a governor of the one
    US state it names (and no other country than the US); else None."""
    by_code = {country.code: country for country in countries()}
    mentions: dict[str, list[Span]] = {}
    states: dict[str, Span] = {}
    for ent in doc.ents:
        found = _country_named(ent)
        if found is None and ent.label_ in ORGANIZATION_LABELS:
            # "The UK Supreme Court": a country named inside a body's name is named too
            # (it may be the one whose office it is, though the name is no place to link)
            inside = _country_inside(ent)
            if inside is not None:
                mentions.setdefault(inside.code, [])
            continue
        code = region_country(ent.text) if ent.label_ in PLACE_LABELS else None
        if found is None and code is not None:
            found = by_code.get(code)
            if code == "US" and normalize(ent.text) in us_states() and \
                    normalize(ent.text) not in _STATE_NAMES_SHARED:
                states.setdefault(normalize(ent.text), ent)
        if found is not None:
            mentions.setdefault(found.code, []).append(ent)
    if office == "governor":
        return next(iter(states.values())) if len(states) == 1 and set(mentions) <= {"US"} \
            else None
    held = [code for code in mentions if has_office(by_code[code], office)]
    if len(held) != 1:
        return None
    # its name, else its demonym: a capital or a state counts the country as named, but
    # stands for the city or the state ("Theresa May leads London")
    named = [m for m in mentions[held[0]] if country_for_name(m.text) is not None and
             not _closes_a_name(m)]
    demonyms = [m for m in mentions[held[0]] if m.label_ == "NORP"]
    return next(iter(named or demonyms), None)


def _closes_a_name(place: Span) -> bool:
    """ "the Supreme Court of the United Kingdom": the place ends a body's name, whose node
    the words make (an edge would lead the body)."""
    doc = place.doc
    i = place.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].pos_ == "PROPN"


def _country_inside(ent: Span) -> Country | None:
    """The country a body's name opens with, by name or demonym ("UK Supreme Court",
    "the Rwandan government")."""
    words = [t for t in ent if t.lower_ != "the"]
    for n in (3, 2, 1):
        if len(words) > n:
            text = " ".join(t.text for t in words[:n])
            found = country_named_by(text)
            if found is not None:
                return found
    return None


def _country_named(ent: Span) -> Country | None:
    """The country a place's name, capital or demonym names."""
    if ent.label_ == "NORP":
        return country_for_demonym(ent.text)
    if ent.label_ not in PLACE_LABELS | ORGANIZATION_LABELS:
        return None
    return country_for_name(ent.text) or (
        country_for_capital(ent.text) if ent.label_ == "GPE" else None)
