"""Offices of a place: "Zembla's governor" is the one person the article gives that title.

A place's or a body's office ("Zembla's governor", "the mayor of Zembla") is a person,
and the article usually names the holder in full somewhere, before or after: "Regional
governor Ann Lee said ...". The description is that person when exactly one person of
the article is introduced with the office's noun as their title, the title not ranked
lower ("Deputy Governor Bo Chan" is not the governor) and not tied to a country; a
country's office ("France's president") only the one introduced with that country
("French President X"): a bare "President X" may lead any country the article names.
With none or two it stays a thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..demonyms import country_for_demonym, country_for_name
from ..lexicon import PAST_ROLE_WORDS
from ..parsing import lemma_of
from .state import ArticleState, Name
from .words import DESCRIPTION_KINDS, RANK_PREFIXES

if TYPE_CHECKING:
    from spacy.tokens import Token


def office_holder(state: ArticleState, head: Token) -> int | None:
    """The cluster of the one person holding the place's office `head` names, or None."""
    office = lemma_of(head).lower()
    if head.pos_ != "NOUN" or head.tag_ != "NN" or \
            DESCRIPTION_KINDS.get(office) != ("Person",):
        return None
    place = _place_of(state, head)
    if place is None:
        return None
    country = state.clusters[state.token_cluster[place.i]].country
    holders = set()
    for name in set(state.token_name.values()):
        cluster = state.token_cluster.get(name.start)
        if cluster is None or state.clusters[cluster].kind() != "Person":
            continue
        title, before = _title_words(state, name)
        if not title or title[-1] != office or (
                len(title) > 1 and title[-2] in RANK_PREFIXES):
            continue
        countries = {found for w in before
                     if (found := country_for_name(w) or country_for_demonym(w)) is not None}
        # a country's office needs its holder introduced with that country ("Russian
        # President X"): a bare "President X" may lead any country the article names
        if countries == ({country} if country is not None else set()):
            holders.add(cluster)
    return holders.pop() if len(holders) == 1 else None


def sole_title_holder(state: ArticleState, head: Token, until: int) -> int | None:
    """The one person named before token `until` with the title the bare description's noun is
    ("President Ann Lee ... the President", however far back): none when two people were
    given it, or anyone was given it ranked lower ("Vice President Bo Chan") or as a post
    over or to come ("the previous mayor Bo Chan": "the mayor" may be anyone now)."""
    office = lemma_of(head).lower()
    if DESCRIPTION_KINDS.get(office) != ("Person",) or any(
            c.dep_ in ("poss", "compound", "amod") for c in head.children):
        return None  # "Zembla's president", "the US president": see office_holder
    holders = set()
    for name in set(state.token_name.values()):
        cluster = state.token_cluster.get(name.start)
        if cluster is None:
            continue
        title, before = _title_words(state, name)
        if not title or office not in title:
            continue
        if title[-1] != office or (len(title) > 1 and title[-2] in RANK_PREFIXES) or \
                state.clusters[cluster].kind() != "Person" or \
                PAST_ROLE_WORDS & {w.lower() for w in [*title, *before]}:
            return None  # another office with the word, a post over or to come: a guess
        if name.start < until:
            holders.add(cluster)
    return holders.pop() if len(holders) == 1 else None


def _place_of(state: ArticleState, head: Token) -> Token | None:
    """The named place or body whose office the noun names: "Zembla's governor", "the
    governor of Zembla" (a person's governor is no office: "Lee's mayor")."""
    # only a definite office is one holder: "a sitting president of X" is anyone
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and definite:
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ != "poss":
            continue
        cluster = state.token_cluster.get(child.i)
        # (the model often tags a region as an organization; a body has offices too:
        # "the bank's governor")
        if cluster is not None and state.clusters[cluster].kind() != "Person":
            return child
    return None


def _title_words(state: ArticleState, name: Name) -> tuple[list[str], list[str]]:
    """The title a person's name is introduced with, lower case (its own titles, else the
    common nouns just before it: "regional governor Ann Lee"), and every word of the
    noun phrase before the name ("US" of "US President Ann Lee")."""
    doc = state.doc
    i = name.start
    while i > 0 and doc[i - 1].dep_ in {"compound", "amod", "nmod"} and \
            i - 1 < doc[i - 1].head.i < name.end:
        i -= 1
    before = doc[i:name.start]
    if name.titles:
        return name.titles[-1].split(), [t.text for t in before]
    return [t.lower_ for t in before if not t.ent_type_], [t.text for t in before]
