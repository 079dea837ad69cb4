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

from ..demonyms import country_named_by
from ..lexicon import PAST_ROLE_WORDS
from ..parsing import lemma_of
from .state import ArticleState, Name
from .words import (
    COMPANY_NOUNS,
    DESCRIPTION_KINDS,
    NEW_REFERENT_WORDS,
    ORG_WORDS,
    RANK_PREFIXES,
    SUBUNIT_WORDS,
)

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
    cluster = state.token_cluster.get(place.i)
    country = state.clusters[cluster].country if cluster is not None else \
        country_named_by(place.text)
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
                     if (found := country_named_by(w)) is not None}
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
    governor of Zembla", "the Zemblan president" (a person's governor is no office: "Lee's
    mayor")."""
    # only a definite office is one holder: "a sitting president of X" is anyone
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and definite:
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ in ("amod", "compound") and definite and child.i < head.i:
            # "the French president": a country's office, by its people's word or name
            if country_named_by(child.text) is not None:
                return child
            continue
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


# words before a description's noun that make it another one than the person introduced so
# ("the other guitarist", "the new coach")
_OTHER_WORDS = frozenset(NEW_REFERENT_WORDS | {"latest", "fellow"})
# nouns of groups and bodies, which a person's name may stand beside ("rock band Tallow") but
# which never describe one person
_GROUP_NOUNS = frozenset(ORG_WORDS | COMPANY_NOUNS | SUBUNIT_WORDS | {
    "band", "team", "duo", "trio", "quartet", "family", "couple", "crew", "squad", "side",
    "ensemble", "orchestra", "choir", "cast", "outlet"})


def sole_role_holder(state: ArticleState, head: Token, until: int) -> int | None:
    """The one person named before token `until` whom the article introduced as what a bare
    "the <noun>" says, when the noun is no office or kind a description knows ("Eddie Lind,
    lead guitarist of Tallow, ... the guitarist"): as an apposition, a title or a copula's
    complement. None when two people were so introduced, someone unnamed was ("a player"),
    the post is told as over ("a former guitarist"), a word sets this one apart ("the other
    guitarist"), or the noun names a post rather than points back ("took over as the
    nominee")."""
    role = lemma_of(head).lower()
    children = list(head.children)
    if head.pos_ != "NOUN" or head.tag_ != "NN" or role in DESCRIPTION_KINDS or \
            role in _GROUP_NOUNS or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in children) or any(
                c.dep_ not in ("det", "amod", "punct") or c.lower_ in _OTHER_WORDS
                for c in children if c.i < head.i) or any(
                c.dep_ in ("prep", "relcl", "acl", "appos") for c in children if c.i > head.i):
        return None
    if head.dep_ in ("attr", "oprd") or head.dep_ == "pobj" and head.head.lower_ == "as":
        return None  # "took over as the nominee", "is the guitarist": a post, no one meant
    holders = set()
    for i in state.indices_of(head.lower_):
        if i >= until:
            break
        token = state.doc[i]
        named = _introduced(state, token)
        if named is None:
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
                return None  # "a player tested positive ... the player": someone unnamed
            continue
        cluster = state.token_cluster.get(named.i)
        words = {t.lower_ for t in token.subtree if t.i < token.i}
        if cluster is None or state.clusters[cluster].kind() != "Person" or \
                named.ent_type_ != "PERSON" or \
                PAST_ROLE_WORDS & words or words & _OTHER_WORDS:
            return None
        holders.add(cluster)
    return holders.pop() if len(holders) == 1 else None


def _introduced(state: ArticleState, noun: Token) -> Token | None:
    """The name a role noun introduces: "Ann Lee, a guitarist," (either way round), the
    title of "guitarist Ann Lee", the complement of "Ann Lee is a guitarist"."""
    named = state.token_cluster
    if noun.dep_ == "appos" and noun.head.i in named:
        return noun.head
    for child in noun.children:
        if child.dep_ == "appos" and child.i in named:
            return child
    if noun.dep_ == "compound" and noun.head.i in named and noun.head.i in state.token_name \
            and not any(t.is_punct for t in noun.doc[noun.i + 1:noun.head.i]):
        return noun.head  # (a title runs into its name: no comma between)
    if noun.dep_ == "attr" and lemma_of(noun.head) == "be":
        return next((c for c in noun.head.children
                     if c.dep_ == "nsubj" and c.i in named), None)
    return None
