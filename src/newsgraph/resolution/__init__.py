"""Entity resolution: one node per real-world actor, within and across articles.

Resolution runs as named stages with the article's `ArticleState` between them, each
in its own module with a docstring that says what it decides:

1. `mentions` (with `naming`, `namerepairs`, `titlerepairs` and `gluedoffices`): which
   words are names, and their titles;
2. `clustering` (with `persons`, `aliases`, `branches`, `prefixed` and `interviews`):
   which names are one entity (aliases, acronyms, short forms, surnames, a company's
   branch named by a country, a body named with its country, an interviewer's tag);
3. `clusters`: each group of names as an entity with a kind, a country, mentions;
4. `arguments` (with `coreference` for pronouns, `speakers` for "I" and "we",
   `descriptions` for "the group", `shortforms` for "the station" and "a border wall",
   `topics` for the name an article is about, `statephrases` for "Syria's government"
   and "US troops", and `phrases` with `owned` for "the Guild's notice" after "a notice
   from the Guild"): each statement's subject, object, source and place
   onto entities, in text order;
5. `relations`: the article's entities and relations;
6. `merging` (with `keys`): the same actor one entity across articles.

Keys are `<coarse kind>/<slug of the canonical name>` and nothing else (no counters,
no article): the same actor gets the same key alone or with other articles, today or
next week. The coarse kinds are

- `actor/` for every named person, organization, armed group and government: the small
  model calls one man PERSON in one article and ORG in the next, so a person/org split
  in the key would split him (measured on 285 Wikinews articles: dozens of full names,
  e.g. well-known politicians, were typed both ways); the fine kind stays in `kind`;
- `country/` from the country table (every article agrees on it); "Georgia" the US state,
  told apart by American context in the article, is `place/georgia-us-state`;
- `place/` for other places, `group/` for unnamed groups of people ("civilians") and
  `thing/` for non-actors ("oil convoys"), events included. A generic non-actor (lower
  case head: "deaths", "oil convoys") is one article's thing: `thing/<article-id>/<slug>`
  (every article's "deaths" are different deaths); a named one ("Euphrates River",
  "Hurricane Maria") keys on its name and merges across articles like an actor.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..gazetteer import Gazetteer
from ..models import Argument, Article, Entity, Extraction, ResolvedArticle, in_order
from .arguments import ArgumentResolver
from .clustering import cluster_names
from .clusters import make_clusters, typed_by_posts
from .keys import entity_key, slug
from .mentions import find_names
from .merging import EntityIndex, EntityMerge, combine, merge_articles
from .relations import build
from .state import ArticleState, mention_order

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["EntityIndex", "EntityMerge", "entity_key",
           "merge_articles", "resolve", "slug"]

def resolve(article: Article, doc: Doc, extractions: Sequence[Extraction], *,
            gazetteer: Gazetteer | None = None) -> ResolvedArticle:
    """Resolve the statements of one article to entities and ontology properties.

    `doc` is the parse of `article.text` (same offsets). Statements whose subject or
    object does not resolve (an unresolvable pronoun, a relative pronoun, boilerplate)
    produce no relation; their Extraction is still kept in the result.
    """
    state = ArticleState(article, doc, gazetteer)
    make_clusters(state, cluster_names(state, find_names(state)))
    typed_by_posts(state, extractions)
    state.mentions.sort(key=mention_order)
    usable = list(extractions)  # every statement is resolved and described; the gate decides
    resolver = ArgumentResolver(state)
    _read_in_text_order(resolver, usable)
    made, relations = build(resolver, usable)
    by_key: dict[str, Entity] = {}
    for entity in made:
        by_key[entity.key] = combine([by_key[entity.key], entity]) \
            if entity.key in by_key else entity
    return ResolvedArticle(article=article, entities=tuple(sorted(by_key.values())),
                           relations=tuple(in_order(relations)),
                           extractions=tuple(extractions))


def _read_in_text_order(resolver: ArgumentResolver, usable: Sequence[Extraction]) -> None:
    """Resolve every argument in text order, so a resolved description serves later pronouns."""
    jobs: list[tuple[int, int, Argument, str, str]] = []
    for number, extraction in enumerate(usable):
        for role, arg in (("subject", extraction.subject), ("object", extraction.object),
                          ("attribution", extraction.attribution), ("place", extraction.place)):
            if arg is not None:
                jobs.append((arg.start, number, arg, role, extraction.lemma))
    for _, number, arg, role, lemma in sorted(jobs, key=lambda j: (j[0], j[1], j[3])):
        resolver.attribution = usable[number].attribution
        resolver.resolve(arg, role, lemma)
