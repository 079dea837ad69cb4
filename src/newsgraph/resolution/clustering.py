"""Name clustering: which names of an article are one entity.

Two names are one when they are the same name (compared without case, accents or
dots; a romanized Arabic name also without the vowels and marks romanizations
disagree on: "Usama bin Ladin" / "Osama bin Laden", see keys.spelling), when the text
declares them one ("X (Y)", "X, known as Y", "Y, the acronym for X"), when one is the
acronym of the other, when one adds only a geographic word ("the Euphrates" / "the
Euphrates River"), or when one is the short form of exactly one longer name: a
surname or titled short form of a full person name ("Waters", "Mr. Waters"; the first
of two surnames, "López" of "Ana López Obrador": `doublesurnames`), the tail
of an organization's name ("Congress" after "U.S. Congress") or its distinctive words
("Expediency Council"), a lone first name after the one full name it starts; a
maker's name before a product's name is the product ("Acme Crew Falcon" beside
"Acme" and "Crew Falcon"), and a long place name written once with another vowel is
that place, and a bare "X" after the one "New X" place is that place unless it may be
the older namesake (`namesakes`); a company's branch named by a country ("Acme
Polska") is the bare "Acme" the article ties to no other country (`branches`), and an
interviewer's tag the publication whose initials it is (`interviews`). A short form
with two candidates joins neither, and two different full person names never become
one, whatever rule would join them.
"""

from __future__ import annotations

from collections import defaultdict

from ..demonyms import country_for_demonym, country_for_name, normalize, us_states
from ..lexicon import CLUB_WORDS, HYPHEN_PREFIXES
from .aliases import aliases_of
from .branches import join_place_branches
from .clusters import storm_name
from .doublesurnames import join_first_surnames
from .interviews import join_interviewer_tags
from .keys import group_forms, head_part, initials, name_words, one_vowel_apart, spelling
from .namesakes import join_namesakes
from .persons import (
    full_person,
    given_name,
    has_org_word,
    is_personish,
    join_middle_names,
    join_styled_names,
    join_surnames,
    people_not_places,
)
from .phrases import country_prefix, institution_of
from .prefixed import join_country_prefixed
from .state import ArticleState, Name
from .words import ACRONYM, COMPANY_SUFFIXES, GEO_SUFFIXES, ORG_WORDS, SUBUNIT_WORDS


class Unions:
    """Union-find over name indices that never joins two different full person names."""

    def __init__(self, names: list[Name]) -> None:
        self.parent = list(range(len(names)))
        # ("Ann Lee (Bo Chan)" is a list, not an alias)
        self.fulls: dict[int, set[frozenset[str]]] = {
            i: ({frozenset(spelling(n.text).split())}
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
    unions = Unions(names)
    keys = [spelling(n.text) for n in names]
    first_by_key: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key in first_by_key:
            unions.union(first_by_key[key], i)
        else:
            first_by_key[key] = i
    for i in range(len(names)):
        for j in aliases_of(state, i, names):
            unions.union(i, j)
    words = [[w.casefold() for w in name_words(n.text)] for n in names]
    _join_acronyms(names, words, unions)
    _join_geographic(names, words, unions)
    _join_group_forms(names, words, keys, unions)
    _join_country_institutions(names, words, keys, unions)
    join_middle_names(state.doc, names, words, unions)
    join_styled_names(state.doc, names, unions)
    proper = [state.doc[n.start].pos_ == "PROPN" for n in names]
    given = {keys[i] for i, n in enumerate(names) if given_name(state.doc, n)}
    by_tail = join_surnames(state.doc, names, words, keys, unions,
                            people_not_places(state, names, keys), proper, given)
    join_first_surnames(names, given, keys, unions)
    _join_short_forms(state, names, words, keys, by_tail, unions, given)
    _join_maker_products(names, words, unions)
    _join_storms(names, words, unions)
    _join_misspelt_places(names, unions)
    join_namesakes(state.doc, names, words, unions)
    join_place_branches(state.doc, names, words, unions)
    join_country_prefixed(names, words, unions)
    join_interviewer_tags(state, names, words, unions)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(names)):
        groups[unions.find(i)].append(i)
    return [[names[i] for i in sorted(members)] for members in groups.values()]


def _join_acronyms(names: list[Name], words: list[list[str]], unions: Unions) -> None:
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


def _join_geographic(names: list[Name], words: list[list[str]], unions: Unions) -> None:
    """"the Euphrates" and "the Euphrates River" are one."""
    by_words: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in range(len(names)):
        by_words[tuple(words[i])].append(i)
    for j in range(len(names)):
        if len(words[j]) > 1 and words[j][-1] in GEO_SUFFIXES:
            for i in by_words.get(tuple(words[j][:-1]), []):
                unions.union(i, j)


def _join_group_forms(names: list[Name], words: list[list[str]], keys: list[str],
                      unions: Unions) -> None:
    """A plural or adjective form of one group's name is that group ("the Kanvaris").

    The group's distinctive word is its name (one the model tagged as an organization),
    or the first word of a name whose other words are generic ("Kanvari Movement"); a
    form shared by two groups joins neither. A lone word that ends a person's full name
    in the article is a surname the model took for a group: its plural is the family
    ("the Lees" beside "Ann Lee"), not the group.
    """
    forms: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    surnames = {words[j][-1] for j, name in enumerate(names) if full_person(name)}
    for j, name in enumerate(names):
        if is_personish(name) or country_for_name(name.text) is not None or not (
                name.label in {"ORG", "GAZ"} or has_org_word(name.text)) or (
                len(words[j]) == 1 and words[j][0] in surnames):
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


def _join_country_institutions(names: list[Name], words: list[list[str]], keys: list[str],
                               unions: Unions) -> None:
    """A country's institution named both ways is one: "UK Parliament", "British
    Parliament" and "Parliament of the United Kingdom" (the same institution words, the
    same country before them or after "of"); with two candidates it joins neither."""
    for i in range(len(names)):
        country, size = country_prefix(words[i])
        rest = words[i][size:]
        if country is None or not rest or rest[-1] not in ORG_WORDS:
            continue
        found = {keys[j]: j for j in range(len(names))
                 if keys[j] != keys[i] and institution_of(names[j].text, country) == rest}
        if len(found) == 1:
            unions.union(i, next(iter(found.values())))


def _join_short_forms(state: ArticleState, names: list[Name], words: list[list[str]],
                      keys: list[str], by_tail: dict[tuple[str, ...], list[int]],
                      unions: Unions, given: set[str]) -> None:
    """Join an organization's short forms ("Congress", "Borealis") and a lone first name.

    - a name that ends the head of exactly one longer organization name in the article
      ("U.S. Congress", "Florida Highway Patrol", "House Judiciary Committee") or is the
      head before its "of" ("the Bank" after "the Bank of Zembla") is that organization;
      a name that is not the longer one's head is a different one ("Assembly" and
      "People's Assembly Party", "Muslims" and "Council of Ex-Muslims"), and a party
      name is not its branch in a place ("Labour Party", "Ohio Labour Party");
    - a name that is the distinctive head of exactly one longer organization name
      introduced before it, the rest being generic words or a business's kind ("Borealis
      Air", "Acme Holdings", "the Zembla movement", "Northern Zembla Tribe": a leading
      direction, demonym or country may drop, but not a party's: "Independent" is no
      "American Independent Party"), is that organization;
    - a name that keeps the first distinctive word and the head noun of exactly one
      longer organization name, dropping words between ("Expediency Council" for the
      "Iranian Expediency Discernment Council"), is that organization; not a party's
      ("Democratic Party", "Democratic Progressive Party") nor from a generic first
      word ("National Council", "National Security Council");
    - a one-word person name used after exactly one full name that starts with it
      ("Walter" after "Walter Munk") is that person, unless it is also someone's surname;
      one the text introduces as a first name ("Lee's son Tom", in `given`) is the one
      full name that starts with it wherever that stands, and never a surname.
    With two candidates ("Senate Committee", "House Committee") it joins neither. A bare
    institution word ("the Senate") used before the one qualified name ("the U.S. Senate")
    is the article's own institution, not that one.
    """
    orgish = [not is_personish(n) and country_for_name(n.text) is None and (
        n.label in {"ORG", "GAZ"} or has_org_word(n.text) or _club_name(n, w))
        for n, w in zip(names, words, strict=True)]
    by_first: dict[str, list[int]] = defaultdict(list)
    # (a word that opens a body's longer name, "Cipriani S.A.", is no person's given name)
    org_first_words = {words[j][0] for j in range(len(names)) if orgish[j] and len(words[j]) > 1}
    first_use: dict[str, int] = {}
    for j, name in enumerate(names):
        if full_person(name):
            by_first[words[j][0]].append(j)
        first_use[keys[j]] = min(first_use.get(keys[j], name.start), name.start)
    for i, name in enumerate(names):
        if country_for_name(name.text) is not None or \
                name.label not in {"ORG", "", "NORP", "GAZ", "PERSON"}:
            continue
        size = len(words[i])
        # (a word that ends a person's full name is a surname, not an organization's
        # short form: "Lee" is no "Jo Ann Lee" the model took for an organization)
        if not is_personish(name) and not by_tail.get(tuple(words[i])):
            generic = all(w in ORG_WORDS for w in words[i])
            longer = {keys[j]: j for j in range(len(names)) if orgish[j]
                      and len(words[j]) > size and head_part(words[j])[-size:] == words[i]
                      and not _no_chamber(words[i], words[j])
                      and not _branch(state, names[j], size)
                      and not _prefixed(names[j], words[i][0])
                      and not (generic and names[j].start > first_use[keys[i]])}
            if len(longer) == 1:
                unions.union(i, next(iter(longer.values())))
                continue
            longer = {keys[j]: j for j in range(len(names)) if orgish[j]
                      and names[j].start < name.start and len(words[j]) > size
                      and any(len(form) > size and form[:size] == words[i]
                              and all(w in ORG_WORDS or w in COMPANY_SUFFIXES
                                      for w in form[size:])
                              and SUBUNIT_WORDS.isdisjoint(form[size:])
                              for form in (words[j], _unqualified(words[j])
                                           if words[j][-1] != "party" else words[j]))}
            if len(longer) == 1:
                unions.union(i, next(iter(longer.values())))
                continue
            longer = {keys[j]: j for j in range(len(names)) if orgish[j]
                      and len(words[j]) > size and _abridged(words[i], words[j])}
            if len(longer) == 1:
                unions.union(i, next(iter(longer.values())))
                continue
        if keys[i] in given:
            earlier = {keys[j]: j for j in by_first.get(words[i][0], [])}
            if len(earlier) == 1:
                unions.union(i, next(iter(earlier.values())))
        elif size == 1 and (name.label in {"PERSON", ""} or name.titles or (
                name.label == "ORG" and not has_org_word(name.text)
                and words[i][0] not in org_first_words)) and \
                not by_tail.get(tuple(words[i])):
            # (one person written two ways, "Hamza bin Laden" and "bin Ladin", is one; a
            # name the model calls a body points back only if all its uses come after)
            since = first_use[keys[i]] if name.label == "ORG" else name.start
            people = {unions.find(j): j for j in by_first.get(words[i][0], [])
                      if names[j].start < since}
            if len(people) == 1:
                unions.union(i, next(iter(people.values())))


def _club_name(name: Name, words: list[str]) -> bool:
    """A place's name and a club's word, which the recognizer tags a place ("Bristol City",
    "Kelso Rovers"): a sports club's name, whose club word alone is the club again ("City
    took the lead")."""
    return name.label in {"GPE", "LOC"} and len(words) > 1 and words[-1] in CLUB_WORDS


def _join_maker_products(names: list[Name], words: list[list[str]], unions: Unions) -> None:
    """A maker's name before a product's is the product: "Acme Crew Falcon" with "Acme"
    and "Crew Falcon" named apart in the article. Not a place's name before another name
    ("Ohio Labour Party" is no "Labour Party"), not an organization's or person's name
    after it, and not a person's full name."""
    by_words = {tuple(w): i for i, w in reversed(list(enumerate(words)))}
    for i, name in enumerate(names):
        if len(words[i]) < 3 or full_person(name) or has_org_word(name.text):
            continue
        for k in range(1, len(words[i]) - 1):
            maker, product = by_words.get(tuple(words[i][:k])), by_words.get(tuple(words[i][k:]))
            if maker is None or product is None or names[maker].label in {
                    "GPE", "LOC", "NORP", "FAC"} or country_for_name(names[maker].text) or \
                    is_personish(names[product]) or names[product].label == "ORG":
                continue
            unions.union(i, product)
            break


def _join_storms(names: list[Name], words: list[list[str]], unions: Unions) -> None:
    """One storm's names are one: "Hurricane Ana", "Tropical Storm Ana" (a storm changes
    its class, never its name within a season) and "Ana" alone, unless a person the
    article names in full may be that one ("Ana Lee ... Ana said")."""
    storms: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        if given := storm_name(name.text):
            storms[given].append(i)
    people = {words[j][0] for j, name in enumerate(names) if full_person(name)}
    for i in range(len(names)):
        if len(words[i]) == 1 and words[i][0] in storms and words[i][0] not in people and \
                names[i].label != "GPE" and not unions.fulls[unions.find(i)]:
            storms[words[i][0]].append(i)
    for members in storms.values():
        for i in members[1:]:
            unions.union(members[0], i)


def _join_misspelt_places(names: list[Name], unions: Unions) -> None:
    """A long one-word place name written once with another vowel is that place (a
    misspelling or a transliteration within one article: keys.one_vowel_apart)."""
    places = [i for i, n in enumerate(names) if n.label in {"GPE", "LOC"} and " " not in n.text]
    for a, i in enumerate(places):
        for j in places[a + 1:]:
            if one_vowel_apart(names[i].text, names[j].text):
                unions.union(i, j)


def _prefixed(longer: Name, word: str) -> bool:
    """Does the longer name carry the word with a prefix ("Ex-Members of Acme" for
    "members")? The prefixed word is another: former members are no members."""
    words = longer.text.casefold().replace("-", " - ").split()
    return any(words[k:k + 3] == [prefix, "-", word] for k in range(len(words))
               for prefix in HYPHEN_PREFIXES)


def _branch(state: ArticleState, longer: Name, size: int) -> bool:
    """Is the longer name a party's branch in a place: a state, province or city before
    the party's name ("Ohio Labour Party" for "Labour Party") or after its "of" ("Labour
    Party of Ohio")? A country there names the party itself ("US Labour Party"); a bare
    one-word short form is no party name."""
    words = name_words(longer.text)
    span = state.doc[longer.start:longer.end]
    of = next((t.i for t in span[1:-1] if t.lower_ == "of" and t.nbor(-1).lower_ == "party"),
              None)
    if size >= 2 and of is not None:
        # "Constitution Party of Idaho" for "Constitution Party": a state's branch (a
        # country after the "of" names the party itself: "Communist Party of Zembla")
        place = state.doc[of + 1:longer.end]
        return country_for_name(place.text) is None and (
            normalize(place.text) in us_states() or place.root.ent_type_ in {"GPE", "LOC"})
    if size < 2 or words[-1].casefold() != "party":
        return False
    extra = state.doc[longer.start:longer.end - size]
    if country_for_name(extra.text) is not None:
        return False
    return any(t.ent_type_ in {"GPE", "LOC"} or normalize(t.text) in us_states()
               for t in extra)


# adjectives of direction that qualify a group's name ("Northern Zembla Tribe")
_DIRECTION_ADJECTIVES = {"northern", "southern", "eastern", "western", "northeastern",
                         "northwestern", "southeastern", "southwestern"}
# first words too common to make a short form distinctive ("National Council")
# the chamber a committee belongs to, which its short form may leave out
_CHAMBERS = {"house", "senate", "assembly", "parliamentary", "congressional"}
_GENERIC_FIRST = {"national", "federal", "supreme", "central", "general", "state", "united",
                  "international", "royal", "high", "public", "people's", "peoples",
                  "democratic", "republican", "islamic", "new", "world", "global"}


def _no_chamber(short: list[str], longer: list[str]) -> bool:
    """Is the short form a chamber's word ("House", "Senate") and the longer name no
    legislature ("White House")? A chamber's longer name puts only whose it is before the
    word ("US House", "Ohio Senate", "the state Assembly") or its "of" after it ("House of
    Representatives")."""
    if len(short) != 1 or short[0] not in _CHAMBERS:
        return False
    at = len(longer) - 1 - longer[::-1].index(short[0]) if short[0] in longer else len(longer)
    if "of" in longer[at + 1:at + 2]:
        return False
    return not all(w in _WHOSE_CHAMBER or normalize(w) in us_states() or
                   country_for_name(w) is not None or country_for_demonym(w) is not None
                   for w in longer[:at])


# words before a chamber's word that say whose or which it is
_WHOSE_CHAMBER = frozenset({"the", "us", "u.s.", "united", "states", "state", "lower",
                            "upper", "federal", "national"})


def _unqualified(words: list[str]) -> list[str]:
    """A name's words without a leading direction adjective, demonym or country
    ("Northern Zembla Tribe" -> "Zembla Tribe", "Iranian Expediency Council", "US Chess
    Federation" -> "Chess Federation": with an "Iranian Chess Federation" beside it, a
    bare "Chess" has two candidates)."""
    k = 0
    while k < len(words) - 1:
        if words[k] in _DIRECTION_ADJECTIVES or country_for_demonym(words[k]) is not None:
            k += 1
            continue
        # a country of one to three words ("US", "United States")
        size = next((n for n in (3, 2, 1) if k + n < len(words)
                     and country_for_name(" ".join(words[k:k + n])) is not None), 0)
        if not size:
            break
        k += size
    return words[k:]


def _abridged(short: list[str], longer: list[str]) -> bool:
    """Is `short` the longer organization name with middle words left out, keeping its
    distinctive first word and its head noun ("Expediency Council")?"""
    core = head_part(_unqualified(longer))
    if core[:1] and core[0] in _CHAMBERS and short[0] != core[0]:
        core = core[1:]  # "Oversight Committee" for the "House Oversight and Reform Committee"
    if len(short) < 2 or len(core) <= len(short) or short[-1] != core[-1] or \
            short[-1] not in ORG_WORDS or short[-1] == "party" or \
            short[0] != core[0] or short[0] in _GENERIC_FIRST:
        return False
    rest = iter(core[1:-1])
    return all(word in rest for word in short[1:-1])
