"""Keys across articles: the same actor one entity in a whole corpus.

Entities with the same key are one. Beyond that only a bare short form ever moves:
a one-word person label joins the one person it names in full elsewhere (of several,
the one who holds the title the short form carries: "President Lee"), an acronym
the one entity another article gave it as an alias (in an article that names the
country that entity's name names, if it names one, or no country: `_acronyms`),
and an actor the model took for a place in some article joins its actor key. A full
name keeps its key in every build.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from ..demonyms import country_for_demonym, country_for_name, normalize
from ..models import Entity, ResolvedArticle, in_order
from ..vocabulary import ACTOR_KINDS
from .keys import article_local, entity_key, name_words
from .words import ACRONYM, KIND_ORDER, LEADING_DROP, NAME_SUFFIXES


def combine(entities: Sequence[Entity], *, key: str = "") -> Entity:
    """One entity from several versions of it: majority label and kind (of two kinds
    as often given, the one with a title or role), all names."""
    versions = _Versions()
    for entity in entities:
        versions.add(entity)
    return versions.entity(key or entities[0].key)


class _Versions:
    """What `combine` needs of an entity's versions, kept as counts and sets.

    A corpus repeats the same actor in thousands of articles; these stay as small as
    the distinct names, whatever the number of articles.
    """

    __slots__ = ("count", "labels", "kinds", "names", "roles", "with_roles")

    def __init__(self) -> None:
        self.count = 0
        self.labels: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        # kinds of the versions whose article gave the actor a title or role: of two
        # kinds as often given, the one an article had evidence for ("Representative
        # Ann Lee" a person, the bare "Ann Lee" another tagged an organization)
        self.with_roles: Counter[str] = Counter()
        self.names: set[str] = set()
        self.roles: set[str] = set()

    def add(self, entity: Entity) -> None:
        self.count += 1
        self.labels[entity.label] += 1
        self.kinds[entity.kind] += 1
        if entity.roles:
            self.with_roles[entity.kind] += 1
        self.names.add(entity.label)
        self.names.update(entity.alt_labels)
        self.roles.update(entity.roles)

    def entity(self, key: str) -> Entity:
        labels, kinds = self.labels, self.kinds
        label = min(labels, key=lambda name: (-labels[name], name))
        kind = min(kinds, key=lambda k: (-kinds[k], -self.with_roles[k], KIND_ORDER.index(k)
                                         if k in KIND_ORDER else len(KIND_ORDER)))
        return Entity(key=key, label=label, kind=kind,
                      alt_labels=tuple(sorted(self.names - {label})),
                      is_actor=kind in ACTOR_KINDS, roles=tuple(sorted(self.roles)))


def _name_like(text: str) -> bool:
    return bool(text) and text[:1].isupper() and not text.startswith(("The ", "the "))


def merge_articles(resolved: Sequence[ResolvedArticle]) -> list[ResolvedArticle]:
    """Make the same actor one entity across articles, keeping keys stable.

    Entities with the same key are one (their label becomes the most common spelling,
    ties broken alphabetically; alt labels are pooled). Beyond that, an entity whose
    label is only a short form joins a fuller entity from another article when that is
    the only candidate:

    - a one-word person label ("Assad") joins the one person whose full name ends with
      it or who was called so, unless their titles disagree ("Judge X" vs "President
      A X"); with two such people ("Gregory Waters", "Maxine Waters") it stays apart;
    - an acronym ("SDF") joins the one entity another article gave it as an alias and
      whose name spells it out ("Syrian Democratic Forces"; "NBC" is no "NBC News");
      when that name names a country ("American Broadcasting Company"), only in an
      article that names that country too or no country at all (`_acronyms`: the same
      letters are another country's body elsewhere);
    - a label of two or more words never joins anything: two full names never merge;
    - an actor the model took for a place in some article ("place/x" and "actor/x")
      becomes one, under the key most articles chose.

    So a full name's key is the same alone or together; only a bare short form's key
    can change when an article that names it in full is built with it. Countries,
    places (a US state and the country "Georgia") and things never change key, and
    generic things ("deaths", "the vehicle") never merge: their keys hold the article id
    (see `entity_key`), so each article's "deaths" stays its own node.
    """
    index = EntityIndex()
    for article in resolved:
        index.add(article.entities)
    merge = index.merge()
    return [merge.apply(article) for article in resolved]


class EntityIndex:
    """The entities of a whole corpus, gathered one article at a time (see merge_articles).

    A build adds every article's entities in a first pass and applies the merge to
    each article in a second, so it never holds all articles at once. Generic
    non-actors (`thing/<article-id>/...`, `place/<article-id>/...`) are left out:
    they never join anything, so the index grows with the distinct names of the
    corpus, not with its number of articles.
    """

    def __init__(self) -> None:
        self._versions: dict[str, Entity | _Versions] = {}
        # one-word person keys that some article uses as the given name of a person it
        # names in full ("Tomas" beside "Tomas Marwick"): never another article's surname
        self._given: set[str] = set()

    def __len__(self) -> int:
        return len(self._versions)

    def add(self, entities: Iterable[Entity]) -> None:
        entities = list(entities)
        self._given |= _given_names(entities)
        for entity in entities:
            if article_local(entity.key):
                continue
            seen = self._versions.get(entity.key)
            if seen is None:  # most names occur once: keep the entity itself until then
                self._versions[entity.key] = entity
                continue
            if isinstance(seen, Entity):
                first, seen = seen, _Versions()
                seen.add(first)
                self._versions[entity.key] = seen
            seen.add(entity)

    def merge(self) -> EntityMerge:
        """Decide which keys join which (the rules of merge_articles)."""
        counts: dict[str, int] = {}
        merged: dict[str, Entity] = {}
        for key, seen in self._versions.items():
            if isinstance(seen, Entity):
                versions = _Versions()
                versions.add(seen)
            else:
                versions = seen
            counts[key] = versions.count
            merged[key] = versions.entity(key)
        rename = _places_as_actors(merged, counts)
        joins = _acronyms(merged, rename)
        rename.update(_short_forms(merged, rename, self._given))
        rename.update({key: target for key, (target, where) in joins.items() if not where})
        final = {key: _follow(rename, key) for key in rename}
        bound = {key: (_follow(rename, target), where)
                 for key, (target, where) in joins.items() if where}
        return EntityMerge(final, _unify(merged, final), bound)


def _places_as_actors(merged: dict[str, Entity], counts: dict[str, int]) -> dict[str, str]:
    """An actor the model took for a place in some article ("actor/x" and "place/x")."""
    rename: dict[str, str] = {}
    by_slug: dict[str, list[str]] = defaultdict(list)
    for key in merged:
        prefix, _, rest = key.partition("/")
        if prefix in {"actor", "place"} and not rest.endswith("-us-state"):
            by_slug[rest].append(key)
    for keys in by_slug.values():
        if len(keys) > 1:
            winner = min(keys, key=lambda k: (-counts[k], k))
            rename.update({k: winner for k in keys if k != winner})
    return rename


def _given_names(entities: Sequence[Entity]) -> set[str]:
    """The keys of one article's one-word person names that are the given name of a person
    the article names in full and no one's surname there ("Marwick's son Tomas" and "Tomas
    Marwick")."""
    full = [name_words(normalize(e.label)) for e in entities if e.kind == "Person"]
    firsts = {words[0] for words in full if len(words) > 1}
    lasts = {words[-1] for words in full if len(words) > 1}
    return {e.key for e in entities if e.kind == "Person" and e.key.startswith("actor/")
            and len(name_words(normalize(e.label))) == 1
            and normalize(e.label) in firsts - lasts}


def _short_forms(merged: dict[str, Entity], rename: dict[str, str],
                 given: frozenset[str] | set[str] = frozenset()) -> dict[str, str]:
    """Short forms joining the one fuller entity they name (keys already renamed stay);
    `given`: one-word keys some article uses as a given name (see EntityIndex)."""
    found: dict[str, str] = {}
    by_surname: dict[str, set[str]] = defaultdict(set)
    # every longer actor name ending in the word, whatever kind the model gave it
    # ("United States Representative Ann Lee" tagged an organization is still a Lee)
    bearers: dict[str, set[str]] = defaultdict(set)
    by_alias: dict[str, set[str]] = defaultdict(set)
    for key, made in merged.items():
        if not key.startswith("actor/") or key in rename:
            continue
        words = name_words(normalize(made.label))
        surname = [w for w in words if w.rstrip(".") not in NAME_SUFFIXES]
        if len(surname) > 1:
            bearers[surname[-1]].add(key)
            if made.kind == "Person":
                by_surname[surname[-1]].add(key)
        for alt in made.alt_labels:
            if _name_like(alt) and len(name_words(alt)) < len(words):
                by_alias[normalize(alt)].add(key)
    for key, made in sorted(merged.items()):
        # only a one-word label (a surname, an acronym) ever joins another entity:
        # a full name keeps its key in every build
        if not key.startswith("actor/") or key in rename or key in given or \
                len(name_words(made.label)) != 1 or ACRONYM.match(made.label):
            continue  # (an acronym: `_acronyms`)
        short = normalize(made.label)
        candidates: set[str] = set()
        if made.kind == "Person":
            # a surname or a name the other article gives as one; never a given name
            # ("Robert" in one article is no "Robert F. Kennedy" of another)
            candidates |= {k for k in by_surname.get(short, set()) | by_alias.get(short, set())
                           if merged[k].kind == "Person" and not _given_name(short, merged[k])}
        candidates.discard(key)
        if len(candidates) > 1 and made.roles:
            # "President Lee" among several Lees: the one who holds that title
            candidates = {k for k in candidates if set(merged[k].roles) & set(made.roles)}
        if made.kind == "Person" and len(bearers.get(short, set()) - {key}) > 1 and \
                not made.roles:
            continue  # several bear the surname: which one is meant is a guess
        if len(candidates) == 1:
            target = merged[next(iter(candidates))]
            # "Judge Jackson" is not "President Andrew Jackson"
            if made.roles and target.roles and not set(made.roles) & set(target.roles):
                continue
            found[key] = target.key
    return found


def _acronyms(merged: dict[str, Entity], rename: dict[str, str]
              ) -> dict[str, tuple[str, frozenset[str]]]:
    """Bare acronyms joining the one entity another article gave them as an alias
    ("SDF" of "Syrian Democratic Forces (SDF)"), with the keys of the countries its
    fuller names name (none: the join holds in every article).

    Only an entity with a fuller name that does not hold the acronym as a word: "NBC"
    of "NBC News" is a short form, and the network is not its news division (nor
    "COVID" a misread "COVID Melbourne"). A fuller name that names a country ("the
    American Broadcasting Company", "... of America") makes a national body whose
    letters other countries' bodies share (an Australian story's "ABC"): the acronym
    joins it only in an article that names one of those countries, or none (nothing
    there says it is another's: `EntityMerge.apply`).
    """
    spelled: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for key, made in merged.items():
        if not key.startswith("actor/") or key in rename:
            continue
        for alias in made.alt_labels:
            if not ACRONYM.match(alias):
                continue
            letters = alias.replace(".", "")
            fuller = [n for n in (made.label, *made.alt_labels) if _spelled_out(n, letters)]
            if fuller:
                spelled[letters][key] = set().union(*map(_countries_named, fuller))
    joins: dict[str, tuple[str, frozenset[str]]] = {}
    for key, made in sorted(merged.items()):
        if not key.startswith("actor/") or key in rename or not ACRONYM.match(made.label):
            continue
        candidates = spelled.get(made.label.replace(".", ""), {})
        others = {k: where for k, where in candidates.items() if k != key}
        if len(others) == 1:
            ((target, where),) = others.items()
            joins[key] = (target, frozenset(where))
    return joins


def _spelled_out(name: str, letters: str) -> bool:
    """Can the name be what the acronym stands for: two words or more, none of them the
    acronym itself ("NBC News"), no description ("the firm", "this organisation")?"""
    words = name_words(name)
    return len(words) > 1 and words[0].casefold() not in LEADING_DROP and \
        letters not in {w.replace(".", "") for w in words}


def _countries_named(name: str) -> set[str]:
    """The keys of the countries a name names by a name or a people's word ("American
    Broadcasting Company", "Bank of Zembla")."""
    words = name_words(name)
    found = {country_for_demonym(word) for word in words}
    found |= {country_for_name(" ".join(words[i:i + size]))
              for size in (1, 2, 3) for i in range(len(words) - size + 1)}
    return {entity_key("Country", country.name) for country in found if country is not None}


def _given_name(short: str, person: Entity) -> bool:
    """Is the one-word name the first of the person's several names (not the surname)?"""
    words = name_words(normalize(person.label))
    return len(words) > 1 and words[0] == short


def _unify(merged: dict[str, Entity], final: dict[str, str]) -> dict[str, Entity]:
    """The entity of every key that stays: its versions pooled, its own label kept."""
    pooled: dict[str, list[Entity]] = defaultdict(list)
    for key, made in merged.items():
        pooled[final.get(key, key)].append(made)
    unified = {key: combine(sorted(versions, key=lambda e: e.key != key), key=key)
               for key, versions in pooled.items()}
    for key, made in unified.items():
        if key in merged:  # the label of the entity that keeps its key wins
            keeper = merged[key]
            alts = set(made.alt_labels) | {made.label}
            unified[key] = replace(made, label=keeper.label, kind=keeper.kind,
                                   is_actor=keeper.is_actor,
                                   alt_labels=tuple(sorted(alts - {keeper.label})))
    return unified


def _follow(rename: dict[str, str], key: str) -> str:
    seen = set()
    while key in rename and key not in seen:
        seen.add(key)
        key = rename[key]
    return key


@dataclass(frozen=True)
class EntityMerge:
    """Which key each entity ends under, and the merged entity of every key."""

    rename: dict[str, str]  # key -> the key it joins (absent: it keeps its own)
    entities: dict[str, Entity]
    # key -> (the key it joins, the country keys of which its article must name one if
    # it names any country)
    bound: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)

    def key(self, key: str) -> str:
        """The key an entity ends under in every article (`bound` joins aside)."""
        return self.rename.get(key, key)

    def apply(self, article: ResolvedArticle) -> ResolvedArticle:
        """The article with its entities and relations under their merged keys."""
        present = {self.key(entity.key) for entity in article.entities}
        countries = {key for key in present if key.startswith("country/")}
        here = {key: target for key, (target, where) in self.bound.items()
                if key in present and (where & countries or not countries)}

        def final(key: str) -> str:
            key = self.key(key)
            return here.get(key, key)

        relations = in_order({replace(r, subject=final(r.subject), object=final(r.object),
                                      attributed_to=final(r.attributed_to) if r.attributed_to
                                      else "", place=final(r.place) if r.place else "")
                              for r in article.relations
                              if final(r.subject) != final(r.object)})
        local: dict[str, list[Entity]] = defaultdict(list)
        for entity in article.entities:
            if entity.key not in self.entities:
                local[entity.key].append(entity)
        keys = sorted({final(e.key) for e in article.entities})
        entities = tuple(self.entities[k] if k in self.entities else combine(local[k], key=k)
                         for k in keys)
        return ResolvedArticle(article=article.article, entities=entities,
                               relations=tuple(relations), extractions=article.extractions)
