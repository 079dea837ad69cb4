"""A company's branch in a country, named by the company's name and the country's.

A company's branch is often named by the company's name and a country's, in English or
in the country's own language ("Acme Poland", "Acme Polska"). When an article names
that and the bare "Acme" and ties Acme to no other country, it calls the branch by its
short name ("Acme's 400 stores in Poland ... Acme Poland employs 5,000"): one entity.
When it ties the bare name elsewhere ("UK-based Acme", "the Danish chain Acme"), names a
second branch ("Acme Denmark"), or speaks of "Acme's Polish operation", the bare name is
the parent and a different entity; "Acme's Polish operation", "its Polish branch" is then
the branch the article names "Acme Polska".
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ..demonyms import Country, country_for_demonym, country_for_endonym, country_for_name
from ..parsing import lemma_of
from .keys import name_words
from .state import ArticleState, Name
from .words import ORG_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .clustering import Unions

# nouns for the part of a company that works in one country: "Acme's Polish operation"
BRANCH_NOUNS = {"branch", "subsidiary", "operation", "arm", "unit", "division", "business",
                "affiliate"}
_PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP"}
# words a name's country may be read from: up to three ("Acme United Kingdom")
_MAX_PLACE_WORDS = 3
# how far before a name its noun phrase's modifiers may tie it to a country
# ("UK-based retailer Acme": four tokens)
_MODIFIER_REACH = 5


def place_named(words: list[str]) -> Country | None:
    """The country a name's words are, in English or in the country's own language."""
    text = " ".join(words)
    if not words or words[-1] in ORG_WORDS or not text[:1].isalpha():
        return None
    return country_for_name(text) or country_for_endonym(text)


def join_place_branches(doc: Doc, names: list[Name], words: list[list[str]],
                        unions: Unions) -> None:
    """Join "Acme Poland" to the bare "Acme" of the article when nothing in the article
    makes the bare name the branch's parent (see the module's docstring)."""
    bare: dict[tuple[str, ...], list[int]] = defaultdict(list)
    places = {tuple(words[j]) for j, name in enumerate(names) if name.label in _PLACE_LABELS}
    for j, name in enumerate(names):
        # (a city the model once calls an organization is no company: "Melbourne")
        if name.label == "ORG" and not name.titles and tuple(words[j]) not in places and \
                country_for_name(name.text) is None:
            bare[tuple(words[j])].append(j)
    branches: dict[tuple[str, ...], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, name in enumerate(names):
        # (the small model often calls "Acme Polska" a person: "Polska" reads as a surname)
        if name.titles or name.label not in {"ORG", "PERSON", ""}:
            continue
        for size in range(1, min(_MAX_PLACE_WORDS, len(words[i]) - 1) + 1):
            parent = tuple(words[i][:-size])
            if parent in bare and (country := place_named(words[i][-size:])) is not None:
                branches[parent][country.code].append(i)
                break
    for parent, by_country in branches.items():
        if len(by_country) != 1:
            continue  # "Acme Poland" and "Acme Denmark": the bare name is the group
        code, members = next(iter(by_country.items()))
        if any(_parent_of_branch(doc, names[j], code) for j in bare[parent]):
            continue
        for i in members:
            for j in bare[parent]:
                unions.union(i, j)


def _parent_of_branch(doc: Doc, name: Name, code: str) -> bool:
    """Does this mention make the bare name a parent: a country other than the branch's
    in its noun phrase ("UK-based retailer Acme", "the Danish chain Acme"), or an owned
    part in the branch's country after it ("Acme's Polish operation")?"""
    if name.end + 1 < len(doc) and doc[name.end].tag_ == "POS":
        country = country_for_demonym(doc[name.end + 1].text)
        if country is not None and country.code == code:
            return True
    for k in range(name.start - 1, max(name.start - _MODIFIER_REACH, 0) - 1, -1):
        token = doc[k]
        # ("based" of "UK-based" is a participle modifying the noun, not a verb of its own)
        if token.pos_ in {"VERB", "AUX"} and token.dep_ != "amod" or \
                token.pos_ in {"CCONJ", "ADP"} or token.is_punct and token.text != "-":
            break
        country = country_for_name(token.text) or country_for_demonym(token.text)
        if country is not None and country.code != code:
            return True
        if token.is_sent_start:
            break
    return False


def named_branch(state: ArticleState, owner: str, head: Token) -> int | None:
    """The one branch "Acme Polska" the article names that "Acme's Polish operation" or
    "its Polish branch" (owned by Acme) is: the owner's name and the country of the
    phrase's adjective."""
    if lemma_of(head).lower() not in BRANCH_NOUNS:
        return None
    adjectives = {country_for_demonym(c.text) for c in head.children if c.dep_ == "amod"}
    adjectives.discard(None)
    if len(adjectives) != 1:
        return None
    country = adjectives.pop()
    owned = [w.casefold() for w in name_words(owner)]
    found: set[int] = set()
    for cluster in state.clusters:
        if not cluster.named or cluster.kind() in {"Country", "Location"}:
            continue
        for text in cluster.names:
            words = [w.casefold() for w in name_words(text)]
            if len(words) > len(owned) and words[:len(owned)] == owned and \
                    place_named(words[len(owned):]) == country:
                found.add(cluster.ident)
    return found.pop() if len(found) == 1 else None
