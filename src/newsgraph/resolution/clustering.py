"""Name clustering: which names of an article are one entity.

Two names are one when they are the same name (compared without case, accents or
dots), when the text declares them one ("X (Y)", "X, known as Y", "Y, the acronym
for X"), when one is the acronym of the other, when one adds only a geographic word
("the Euphrates" / "the Euphrates River"), or when one is the short form of exactly
one longer name: a surname or titled short form of a full person name ("Waters",
"Mr. Waters"), the tail of an organization's name ("Congress" after "U.S. Congress"),
a lone first name after the one full name it starts. A short form with two candidates
joins neither, and two different full person names never become one, whatever rule
would join them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..demonyms import country_for_demonym, country_for_name, normalize, us_states
from ..parsing import lemma_of
from .keys import group_forms, initials, name_words
from .state import ArticleState, Name
from .words import ACRONYM, GEO_SUFFIXES, NAME_PARTICLES, ORG_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token


class _Unions:
    """Union-find over name indices that never joins two different full person names."""

    def __init__(self, names: list[Name]) -> None:
        self.parent = list(range(len(names)))
        # ("Ann Lee (Bo Chan)" is a list, not an alias)
        self.fulls: dict[int, set[frozenset[str]]] = {
            i: ({frozenset(w.casefold() for w in name_words(n.text))}
                if full_person(n) else set()) for i, n in enumerate(names)}

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        fulls = self.fulls
        if any(not (x <= y or y <= x) for x in fulls[ra] for y in fulls[rb]):
            return
        low, high = min(ra, rb), max(ra, rb)
        self.parent[high] = low
        fulls[low] |= fulls[high]


def cluster_names(state: ArticleState, names: list[Name]) -> list[list[Name]]:
    """The names grouped by entity, each group in text order."""
    unions = _Unions(names)
    keys = [normalize(n.text) for n in names]
    first_by_key: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key in first_by_key:
            unions.union(first_by_key[key], i)
        else:
            first_by_key[key] = i
    for i in range(len(names)):
        for j in _aliases_of(state, i, names):
            unions.union(i, j)
    words = [[w.casefold() for w in name_words(n.text)] for n in names]
    _join_acronyms(names, words, unions)
    _join_geographic(names, words, unions)
    _join_group_forms(names, words, keys, unions)
    _join_middle_names(names, words, unions)
    proper = [state.doc[n.start].pos_ == "PROPN" for n in names]
    by_tail = _join_surnames(names, words, keys, unions,
                             _people_not_places(state, names, keys), proper)
    _join_short_forms(state, names, words, keys, by_tail, unions)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(names)):
        groups[unions.find(i)].append(i)
    return [[names[i] for i in sorted(members)] for members in groups.values()]


def _join_acronyms(names: list[Name], words: list[list[str]], unions: _Unions) -> None:
    """A standalone acronym is the longer name it abbreviates (nearest before, else after).

    "US" and "UK" are country names, never initials of something else.
    """
    by_initials: dict[str, list[int]] = defaultdict(list)
    for j, other in enumerate(names):
        if len(words[j]) >= 2:
            for letters in initials(other.text):
                by_initials[letters].append(j)
    for i, name in enumerate(names):
        letters = name.text.replace(".", "")
        if not ACRONYM.match(name.text) or len(letters) < 2 or country_for_name(name.text):
            continue
        matches = by_initials.get(letters, [])
        before = [j for j in matches if j < i]
        if before:
            unions.union(i, before[-1])
        elif matches:
            unions.union(i, matches[0])


def _join_geographic(names: list[Name], words: list[list[str]], unions: _Unions) -> None:
    """"the Euphrates" and "the Euphrates River" are one."""
    by_words: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in range(len(names)):
        by_words[tuple(words[i])].append(i)
    for j in range(len(names)):
        if len(words[j]) > 1 and words[j][-1] in GEO_SUFFIXES:
            for i in by_words.get(tuple(words[j][:-1]), []):
                unions.union(i, j)


def _join_group_forms(names: list[Name], words: list[list[str]], keys: list[str],
                      unions: _Unions) -> None:
    """A plural or adjective form of one group's name is that group ("the Kanvaris").

    The group's distinctive word is its name (one the model tagged as an organization),
    or the first word of a name whose other words are generic ("Kanvari Movement"); a
    form shared by two groups joins neither.
    """
    forms: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    for j, name in enumerate(names):
        if is_personish(name) or country_for_name(name.text) is not None or not (
                name.label in {"ORG", "GAZ"} or has_org_word(name.text)):
            continue
        if (len(words[j]) == 1 and name.label == "ORG") or (
                len(words[j]) > 1 and all(w in ORG_WORDS for w in words[j][1:])):
            for form in group_forms(words[j][0]):
                forms[form].add(keys[j])
                first.setdefault(keys[j], j)
    for i, name in enumerate(names):
        if len(words[i]) != 1 or country_for_demonym(name.text) is not None:
            continue
        found = forms.get(keys[i], set())
        if len(found) == 1:
            j = first[next(iter(found))]
            base = name_words(names[j].text)[0]
            # an acronym's plural keeps its capitals ("STDs"; "Arts" is no "ART")
            if base.isupper() and not name.text.startswith(base):
                continue
            unions.union(i, j)


def _join_surnames(names: list[Name], words: list[list[str]], keys: list[str],
                   unions: _Unions, people: set[str], proper: list[bool]
                   ) -> dict[tuple[str, ...], list[int]]:
    """Person short forms: "Waters", "Mr. Waters", "Assad" join the full name they end.

    A surname the model took for a place ("Reading" for "Ann Reading") joins too when
    `people` holds it: the article never uses it as a place (see _people_not_places).

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
        while len(core) > 2 and core[-1] in _SUFFIXES:
            core.pop()  # "Robert Lee Sr." ends in "Lee"
        for size in (1, 2):
            if len(core) >= size:
                if personish[j]:
                    by_tail[tuple(core[-size:])].append(j)
                if proper[j] and not has_org_word(name.text) \
                        and country_for_name(name.text) is None \
                        and all(w[:1].isupper() for w in name_words(name.text)
                                if w.casefold() not in NAME_PARTICLES):
                    rivals[tuple(core[-size:])].add(j)
    for i, name in enumerate(names):
        if len(words[i]) > 2 or not (personish[i] or keys[i] in people or (
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
        if len({unions.find(j) for j in {*candidates, *others}}) == 1:
            unions.union(i, candidates[0])
    return by_tail


# generational suffixes after a surname
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _join_middle_names(names: list[Name], words: list[list[str]], unions: _Unions) -> None:
    """"Ann Lee" is "Ann Marie Lee" when that is the one longer full name of the article
    with her first and last name that comes before it or adds only initials ("Ann M.
    Lee"); with two ("Ann Marie Lee" and "Ann Jo Lee") neither."""
    people = [j for j, name in enumerate(names) if full_person(name)]
    first: dict[tuple[str, ...], int] = {}
    for j in people:
        first.setdefault(tuple(words[j]), names[j].start)
    for i in people:
        if len(words[i]) != 2:
            continue
        longer = {tuple(words[j]): j for j in people if len(words[j]) > 2
                  and words[j][0] == words[i][0] and words[j][-1] == words[i][-1]
                  and not set(words[j][1:-1]) & NAME_PARTICLES}
        # a relative may share first and last name ("Ann Lee" and her mother "Ann Ross
        # Lee"): the longer name must introduce her, or add only initials
        longer = {k: j for k, j in longer.items() if first[k] < first[tuple(words[i])]
                  or all(len(w) == 1 for w in k[1:-1])}
        if len(longer) == 1:
            unions.union(i, next(iter(longer.values())))


def _join_short_forms(state: ArticleState, names: list[Name], words: list[list[str]],
                      keys: list[str], by_tail: dict[tuple[str, ...], list[int]],
                      unions: _Unions) -> None:
    """Join an organization's short forms ("Congress", "Borealis") and a lone first name.

    - a name that ends the head of exactly one longer organization name in the article
      ("U.S. Congress", "Florida Highway Patrol", "House Judiciary Committee") or is the
      head before its "of" ("the Bank" after "the Bank of Zembla") is that organization;
      a name that is not the longer one's head is a different one ("Assembly" and
      "People's Assembly Party", "Muslims" and "Council of Ex-Muslims"), and a party
      name is not its branch in a place ("Labour Party", "Ohio Labour Party");
    - a name that is the distinctive head of exactly one longer organization name
      introduced before it, the rest being generic words ("Borealis Air", "the Zembla
      movement"), is that organization;
    - a one-word person name used after exactly one full name that starts with it
      ("Walter" after "Walter Munk") is that person, unless it is also someone's surname.
    With two candidates ("Senate Committee", "House Committee") it joins neither.
    """
    orgish = [not is_personish(n) and country_for_name(n.text) is None and (
        n.label in {"ORG", "GAZ"} or has_org_word(n.text)) for n in names]
    by_first: dict[str, list[int]] = defaultdict(list)
    for j, name in enumerate(names):
        if full_person(name):
            by_first[words[j][0]].append(j)
    for i, name in enumerate(names):
        if country_for_name(name.text) is not None or \
                name.label not in {"ORG", "", "NORP", "GAZ", "PERSON"}:
            continue
        size = len(words[i])
        if not is_personish(name):
            longer = {keys[j]: j for j in range(len(names)) if orgish[j]
                      and len(words[j]) > size and _head_part(words[j])[-size:] == words[i]
                      and not _branch(state, names[j], size)}
            if len(longer) == 1:
                unions.union(i, next(iter(longer.values())))
                continue
            longer = {keys[j]: j for j in range(len(names)) if orgish[j]
                      and names[j].start < name.start and len(words[j]) > size
                      and words[j][:size] == words[i]
                      and all(w in ORG_WORDS for w in words[j][size:])}
            if len(longer) == 1:
                unions.union(i, next(iter(longer.values())))
                continue
        if size == 1 and (name.label in {"PERSON", ""} or name.titles) and \
                not by_tail.get(tuple(words[i])):
            earlier = {keys[j]: j for j in by_first.get(words[i][0], [])
                       if names[j].start < name.start}
            if len(earlier) == 1:
                unions.union(i, next(iter(earlier.values())))


# prepositions that make the name after them a place ("in X", "the mayor of X")
_LOCATIVE = {"in", "at", "from", "to", "into", "near", "of", "across", "outside", "inside",
             "around", "towards", "toward", "through", "within", "throughout", "via", "between"}


def _people_not_places(state: ArticleState, names: list[Name], keys: list[str]) -> set[str]:
    """One-word place names that the article only uses as a person it names in full.

    The model tags a surname that is also a town ("Ann Reading ... Reading said") as a
    place. Such a name is the person's when a full person name ending in it comes before
    its first use and no use of it is a place's: after a locative preposition ("in X",
    "the mayor of X"), before a noun ("X police", "X-based") or before a comma and
    another place ("X, Jordan"). A country's name is never a surname here.
    """
    doc = state.doc
    surnames = {name_words(n.text)[-1].casefold(): n.start for n in names if full_person(n)}
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
    """Is this word used as a place: "in X", "X police", "X, Jordan"?"""
    if token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE:
        return True
    if token.dep_ in {"compound", "amod", "nmod", "npadvmod"}:
        return True
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is not None and after.text == "," and token.i + 2 < len(token.doc) and \
        token.nbor(2).ent_type_ in {"GPE", "LOC"}


def _branch(state: ArticleState, longer: Name, size: int) -> bool:
    """Is the longer name a party's branch in a place: a state, province or city before
    the party's name ("Ohio Labour Party" for "Labour Party")? A country before it names
    the party itself ("US Labour Party"); a bare one-word short form is no party name."""
    words = name_words(longer.text)
    if size < 2 or words[-1].casefold() != "party":
        return False
    extra = state.doc[longer.start:longer.end - size]
    if country_for_name(extra.text) is not None:
        return False
    return any(t.ent_type_ in {"GPE", "LOC"} or normalize(t.text) in us_states()
               for t in extra)


# words after which a name goes on with what it is of or for ("Council of Ex-Muslims")
_HEAD_ENDS = {"of", "for", "on", "in", "to", "at"}


def _head_part(words: list[str]) -> list[str]:
    """The words of a name up to its head noun: "council" of "council of ex muslims"."""
    for k, word in enumerate(words):
        if word in _HEAD_ENDS and k:
            return words[:k]
    return words


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


def _aliases_of(state: ArticleState, i: int, names: list[Name]) -> Iterable[int]:
    """Names the text declares to be the same: "X (Y)", "X, known as Y", "acronym for X"."""
    doc, sent_of = state.doc, state.sent_of
    name = names[i]
    after = [j for j in range(i + 1, len(names))
             if sent_of[names[j].start] == sent_of[name.start]]
    if after:
        j = after[0]
        between = [t.lower_ for t in doc[name.end:names[j].start]]
        known = [t for t in doc[name.end:names[j].start]
                 if t.lower_ in {"known", "called", "dubbed"}]
        # "X, known as Y" only when "known" hangs on X itself (the parse says whether
        # "the withdrawal from X, known as Y" names X or the withdrawal)
        if between in (["("], ["(", "the"], [",", "or"], [",", "or", "the"]) or (
                known and len(between) <= 6
                and between[-1] in {"as", "the", "called", "dubbed"}
                and name.start <= known[0].head.i < name.end):
            yield j
    # "Y ..., using the Arabic acronym for X" / "Y is the acronym for X"
    start = name.start
    k = start - 1 if start and doc[start - 1].lower_ != "the" else start - 2
    # ("the name of X" is no alias: "dates tied to the name of X")
    if k >= 1 and doc[k].lower_ in {"for", "of"} and (
            lemma_of(doc[k - 1]).lower() in {"acronym", "abbreviation", "initial", "initialism"}
            or (lemma_of(doc[k - 1]).lower() == "name" and doc[k].lower_ == "for")):
        before = [j for j in range(i) if sent_of[names[j].start] == sent_of[start]
                  and normalize(names[j].text) != normalize(name.text)
                  and not is_personish(names[j])]
        if before:
            yield before[-1]
