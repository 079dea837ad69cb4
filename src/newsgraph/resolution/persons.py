"""Person names: which short forms of an article are the person it names in full.

A surname joins the one full name it ends ("Waters" after "Ann Waters"), also when the
model took it for a place and the article never uses it as one ("Reading" for "Ann
Reading"); with two people who could own it it joins neither, unless one of them is
named only after its every use. A full name without
its middle names joins the one longer full name that introduced the person.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ..demonyms import country_for_name
from ..lexicon import SPEECH_VERBS
from ..parsing import lemma_of
from .keys import name_words, title_key
from .state import ArticleState, Name
from .words import NAME_PARTICLES, NAME_SUFFIXES, ORG_WORDS, PEERAGE_WORDS, TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .clustering import Unions


def join_surnames(doc: Doc, names: list[Name], words: list[list[str]], keys: list[str],
                   unions: Unions, people: set[str], proper: list[bool],
                   given: set[str]) -> dict[tuple[str, ...], list[int]]:
    """Person short forms: "Waters", "Mr. Waters", "Assad" join the full name they end.

    A name in `given` (keys the text introduces as a first name: see given_name) is no
    surname and joins nothing here.

    A surname the model took for a place ("Reading" for "Ann Reading") joins too when
    `people` holds it: the article never uses it as a place (see people_not_places).

    With two full names ending so ("Anna Brandt", "Paul Brandt") a bare "Brandt" is
    ambiguous and joins neither: every "Brandt" is one name, so joining the nearest
    each time would chain both people into one. Returns the longer person names by
    their last one and two words.
    """
    personish = [is_personish(n) for n in names]
    by_tail: dict[tuple[str, ...], list[int]] = defaultdict(list)
    # every name that may be a person's with that ending, whatever the model tagged it
    # ("Representative Ann Lee" tagged ORG): a rival makes a bare "Lee" ambiguous
    rivals: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for j, name in enumerate(names):
        if len(words[j]) < 2:
            continue
        core = [w for w in words[j] if w not in NAME_PARTICLES]
        while len(core) > 2 and core[-1].rstrip(".") in NAME_SUFFIXES:
            core.pop()  # "Robert Lee Sr." ends in "Lee"
        for size in (1, 2, 3):
            if len(core) >= size:
                if personish[j]:
                    by_tail[tuple(core[-size:])].append(j)
                if proper[j] and not has_org_word(name.text) \
                        and country_for_name(name.text) is None \
                        and all(w[:1].isupper() for w in name_words(name.text)
                                if w.casefold() not in NAME_PARTICLES):
                    rivals[tuple(core[-size:])].add(j)
    last_use: dict[str, int] = {}
    for name, key in zip(names, keys, strict=True):
        last_use[key] = max(last_use.get(key, 0), name.start)
    shared = _shared_surnames(doc, names, keys)
    for i, name in enumerate(names):
        # (a hyphened surname is one word: "Ali Mir-Hassan" ends "Reza Ali Mir-Hassan")
        if len(name.text.split()) > 2 or keys[i] in given or not (
                personish[i] or keys[i] in people or (
                name.label in {"", "ORG", "NORP"} and not has_org_word(name.text)
                and country_for_name(name.text) is None)):
            continue
        short = tuple(w for w in words[i] if w not in NAME_PARTICLES)
        candidates = [j for j in by_tail.get(short, []) if len(words[j]) > len(words[i])]
        if not short or not candidates:
            continue
        # a rival that only adds or drops words of a candidate is that candidate written
        # longer or shorter ("Ann B. Lee", "B. Lee" and "Hon. Ann B. Lee")
        others = {j for j in rivals.get(short, set()) if len(words[j]) > len(words[i])
                  and not any(set(words[c]) <= set(words[j]) or set(words[j]) <= set(words[c])
                              for c in candidates)}
        owners = sorted({*candidates, *others})
        if short not in shared:
            owners = _introduced_before(names, owners, last_use[keys[i]])
        # "his wife, Jo Lee" and "His parents, Al and Bo Lee" are named as the kin of
        # someone: a bare "Lee" is that one, the article's own Lee (unless the two act
        # together: "Al Lee and his niece Jo Lee testified")
        kept = [j for j in owners if not _relative(doc, names[j])]
        kept += [j for j in owners if j not in kept and any(
            _coordination(doc[names[j].end - 1]) == _coordination(doc[names[k].end - 1])
            for k in kept)]
        if kept and set(kept) & set(candidates):
            owners = kept
        if len({unions.find(j) for j in owners}) == 1 and set(owners) & set(candidates):
            unions.union(i, min(set(owners) & set(candidates)))
    return by_tail


def _introduced_before(names: list[Name], owners: list[int], last: int) -> list[int]:
    """The possible owners of a surname that are named before its last bare use.

    A bare "Guy" points back to a person already introduced: a second "Michael Guy"
    named only after every bare "Guy" is no rival for them. When no owner comes
    before (a headline's surname, the full name later), every owner counts.
    """
    before = [j for j in owners if names[j].start < last]
    return before or owners


def _shared_surnames(doc: Doc, names: list[Name], keys: list[str]) -> set[tuple[str, ...]]:
    """Surnames the article shows several people share: a plural ("the Turpins") or
    first names coordinated before one ("David and Louise Turpin"). Their bare uses
    may mean any bearer, whoever is named first."""
    shared: set[tuple[str, ...]] = set()
    plurals = set(keys)
    for name in names:
        words = name_words(name.text)
        if len(words) < 2:
            continue
        last = words[-1].casefold()
        before = doc[max(0, name.start - 2):name.start]
        if {last + "s", last + "es"} & plurals or (
                len(before) == 2 and before[1].lower_ == "and" and before[0].pos_ == "PROPN"):
            shared.add((last,))
    return shared


def join_middle_names(doc: Doc, names: list[Name], words: list[list[str]],
                      unions: Unions) -> None:
    """"Ann Lee" is "Ann Marie Lee" (or "Ann Marie Lee Jr.") when that is the one longer
    full name of the article with her first and last name; with two ("Ann Marie Lee"
    and "Ann Jo Lee") neither.

    A relative may share first and last name ("Ann Lee" and her mother "Ann Ross Lee"):
    a longer name that comes after the short one joins only when it adds initials or
    no kinship noun introduces it ("her mother, Ann Ross Lee"); "Jr." and "Sr." are
    two people.
    """
    people = [j for j, name in enumerate(names) if full_person(name)]
    first: dict[tuple[str, ...], int] = {}
    for j in people:
        first.setdefault(tuple(words[j]), names[j].start)
    for i in people:
        if len(words[i]) != 2:
            continue
        longer = {}
        for j in people:
            core, suffix = _without_suffix(words[j])
            if len(core) > 2 and core[0] == words[i][0] and core[-1] == words[i][-1] \
                    and not set(core[1:-1]) & NAME_PARTICLES and suffix != "sr" and (
                    first[tuple(words[j])] < first[tuple(words[i])]
                    or all(len(w) == 1 for w in core[1:-1]) or not _kin(doc, names[j])):
                longer[tuple(words[j])] = j
        if len(longer) == 1:
            unions.union(i, next(iter(longer.values())))


def _without_suffix(words: list[str]) -> tuple[list[str], str]:
    """A name's words without a generational suffix, and the suffix ("" if none)."""
    if len(words) > 2 and words[-1].rstrip(".") in NAME_SUFFIXES:
        return words[:-1], words[-1].rstrip(".")
    return words, ""


# nouns that introduce a relative by name ("her mother, Ann Ross Lee")
_KIN = {"mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
        "niece", "nephew", "cousin", "aunt", "uncle", "grandmother", "grandfather",
        "grandson", "granddaughter", "parent", "child", "widow", "widower", "stepmother",
        "stepfather", "stepson", "stepdaughter"}


def _kin(doc: Doc, name: Name) -> bool:
    """Does a kinship noun introduce the name, in apposition or just before it?"""
    root = doc[name.end - 1]
    if root.dep_ == "appos" and lemma_of(root.head).lower() in _KIN:
        return True
    before = [t for t in doc[max(0, name.start - 3):name.start] if not t.is_punct]
    return bool(before) and lemma_of(before[-1]).lower() in _KIN


def given_name(doc: Doc, name: Name) -> bool:
    """Is the name one word that a kinship noun introduces: "Lee's son Tom", "his wife,
    Jo"? The text gives it as a first name, so it is no surname of someone else ("Tom
    Hunt" is not "her son Hunt"'s full name unless it starts with the word)."""
    return len(name_words(name.text)) == 1 and name.label in {"PERSON", ""} and \
        not name.titles and _kin(doc, name)


def _relative(doc: Doc, name: Name) -> bool:
    """Is the full name given as someone's relative: "his daughter Jo Lee", "Jo Lee, his
    wife", "His parents, Al Lee and Bo Lee"?"""
    root = doc[name.end - 1]
    if _kin(doc, name) or any(c.dep_ == "appos" and lemma_of(c).lower() in _KIN
                              for c in root.children):
        return True
    if root.dep_ != "conj":
        return False
    first = root.head  # the first of the coordinated names: its kinship noun covers both
    while first.dep_ == "conj":
        first = first.head
    start = first.left_edge.i
    return first.i < name.start and _kin(doc, Name(start, first.i + 1, first.text, "PERSON"))


def _coordination(token: Token) -> int:
    """The first word of the coordination or apposition the token stands in ("Al Lee and
    his niece, Jo Lee": both names lead to "Lee" of Al Lee)."""
    while token.dep_ in {"conj", "appos"} and token.head.i != token.i:
        token = token.head
    return token.i


# prepositions that make the name after them a place ("in X", "the mayor of X")
_LOCATIVE = {"in", "at", "from", "to", "into", "near", "of", "across", "outside", "inside",
             "around", "towards", "toward", "through", "within", "throughout", "via", "between"}


# verbs whose "to" names the one spoken, proposed or lost to, not a place gone to ("proposed
# to Lee", "talked to Lee", "lost to Lee"), besides the verbs of speech
_TO_A_PERSON = SPEECH_VERBS | {"propose", "talk", "speak", "apologize", "apologise", "listen",
                               "lose", "marry", "wave"}


def people_not_places(state: ArticleState, names: list[Name], keys: list[str]) -> set[str]:
    """One-word place names that the article only uses as a person it names in full.

    The model tags a surname that is also a town ("Ann Reading ... Reading said") as a
    place. Such a name is the person's when a full person name ending in it comes before
    its first use and no use of it is a place's: after a locative preposition ("in X",
    "the mayor of X"), before a noun ("X police", "X-based") or before a comma and
    another place ("X, Ohio"). A country's name is never a surname here.
    """
    doc = state.doc
    surnames: dict[str, int] = {}  # surname -> where a full name first ends in it
    for name in names:
        if full_person(name):
            surnames.setdefault(name_words(name.text)[-1].casefold(), name.start)
    uses: dict[str, list[Name]] = defaultdict(list)
    for name, key in zip(names, keys, strict=True):
        uses[key].append(name)
    found = set()
    for key, named in uses.items():
        if any(n.label not in {"GPE", "LOC", "FAC"} or n.end - n.start != 1 for n in named):
            continue
        first = named[0]
        word = doc[first.start]
        if surnames.get(word.lower_, len(doc)) >= first.start or \
                country_for_name(word.text) is not None:
            continue
        if not any(used_as_place(doc[n.start]) for n in named):
            found.add(key)
    return found


def used_as_place(token: Token) -> bool:
    """Is this word used as a place: "in X", "X police", "X, Ohio"?"""
    if token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE:
        verb = token.head.head
        return not (token.head.lower_ == "to" and verb.pos_ in ("VERB", "AUX") and
                    lemma_of(verb).lower() in _TO_A_PERSON)
    if token.dep_ in {"compound", "amod", "nmod", "npadvmod"}:
        return True
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is not None and after.text == "," and token.i + 2 < len(token.doc) and \
        token.nbor(2).ent_type_ in {"GPE", "LOC"}


def full_person(name: Name) -> bool:
    """A person's full name: two or more capitalised name words ("Ann Lee")."""
    core = [w for w in name_words(name.text) if w.casefold() not in NAME_PARTICLES]
    return (name.label == "PERSON" or bool(name.titles)) and not has_org_word(name.text) \
        and len(core) >= 2 and all(w[:1].isupper() for w in core)


def is_personish(name: Name) -> bool:
    """Titled or tagged PERSON, and not ending in an organization word."""
    if name.titles or name.label == "PERSON":
        return not has_org_word(name.text)
    return False


def has_org_word(text: str) -> bool:
    """Does the name end in a word that makes it an organization ("Party", "Council")?"""
    words = name_words(text)
    return bool(words) and words[-1].casefold() in ORG_WORDS


def join_styled_names(doc: Doc, names: list[Name], unions: Unions) -> None:
    """A person's name and the style or office set beside it are one: "Ann Lee, Baroness
    Lee of Mold, the Lord Speaker, said" (a peer's title, then the office she holds).

    Only a name the parse makes an apposition of the name just before it, after a comma
    (", the" allowed), that is a peerage style ("Lord ...", "Baroness ...") or a title
    alone ("the Foreign Secretary"); a name followed by "'s" possesses something else.
    """
    for i, name in enumerate(names[:-1]):
        other = names[i + 1]
        between = [t.lower_ for t in doc[name.end:other.start]]
        if between not in ([","], [",", "the"]) or not (full_person(name) or _styled(name)):
            continue
        root = doc[other.end - 1]
        if root.dep_ != "appos" or not name.start <= root.head.i < name.end or (
                other.end < len(doc) and doc[other.end].tag_ == "POS"):
            continue
        if _styled(other) or title_key(name_words(other.text)) in TITLES:
            unions.union(i, i + 1)


def _styled(name: Name) -> bool:
    """Does the name open with a peerage style ("Lord Carr", "Baroness Hale")?"""
    words = name_words(name.text)
    return len(words) >= 2 and words[0].casefold() in PEERAGE_WORDS and words[0][:1].isupper()
