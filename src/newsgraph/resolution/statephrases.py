"""State phrases: a government, an organization's members or a state's troops acting.

"Syrian government", "the regime in Damascus" and "Syria's government" are the
country's government (an agency a common noun names, "Ireland's data protection
authority", is not); "<organization> fighters" and "members of <organization>" act as
the organization (its supporters do not); "<demonym> troops" acting stand for the state
("US forces in Pakistan" are the US's, Pakistan only where they were). A capital as the
agent stands for its country ("Moscow said"). `arguments` asks these before it reads a
phrase as a common noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..demonyms import Country, country_for_capital, country_for_demonym, country_for_name
from ..models import Argument
from ..parsing import lemma_of
from ..qualifiers import BACKING_PARTICIPLES
from .phrases import add_surface
from .state import ArticleState, Mention
from .words import ARMED_MEMBER_NOUNS, GOVERNMENT_NOUNS, MEMBER_NOUNS, STATE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# who backs, leads or allies with a thing, said by a participle ("Iran-backed"), as lemmas
_BACKING = BACKING_PARTICIPLES | {"ally"}


def _backing(word: Token) -> bool:
    return word.tag_ == "VBN" and lemma_of(word).lower() in _BACKING
# people who back an organization from outside it: "supporters of X" do not act as X
_OUTSIDERS = {"supporter"}


def state_phrase(state: ArticleState, arg: Argument, span: Span, head: Token,
                 agent: bool) -> tuple[int, ...]:
    """A government, an organization's members, or a state's troops acting, else ()."""
    found_modifiers = modifiers(state, head)
    head_lemma = lemma_of(head).lower()
    # "Syrian government", "the regime in Damascus", "Syria's government" (not an
    # agency that a common noun names: "Ireland's data protection authority")
    if (head_lemma in GOVERNMENT_NOUNS and not any(
            m.dep_ == "compound" and m.pos_ == "NOUN" for m in head.children)) or (
            head_lemma in STATE_NOUNS and any(
            lemma_of(m).lower() in GOVERNMENT_NOUNS for m in head.children
            if m.dep_ == "compound")):
        countries = [c for _, c in found_modifiers if c is not None]
        if countries:
            cluster = state.government_cluster(countries[0], arg.start)
            if head_lemma in GOVERNMENT_NOUNS:
                add_surface(state, cluster, span, head)
                # a mention, so that "the government" and "it" after it may point back to
                # the government named so (the country's own name has a mention of its own)
                state.add_mention(Mention(arg.start, state.sent_of[head.i], (cluster.ident,),
                                          False, agent, False))
            return (cluster.ident,)
    # "<organization> fighters", "members of <organization>"
    if head_lemma in MEMBER_NOUNS or head_lemma in STATE_NOUNS:
        orgs = [cid for cid, c in found_modifiers if c is None and cid >= 0
                and state.clusters[cid].kind() not in {"Person", "Location", "Country"}]
        if orgs and head_lemma in MEMBER_NOUNS - _OUTSIDERS | {"force", "soldier", "troop"}:
            cluster = state.clusters[orgs[0]]
            if head_lemma in ARMED_MEMBER_NOUNS:
                cluster.votes["ArmedGroup"] += 2
            return (cluster.ident,)
    # "<demonym> troops/planes/officials" acting stand for the state; "Syldavian
    # Democratic forces" with a capitalized word of its own is a name the recognizer
    # missed, not the state's troops
    if head_lemma in STATE_NOUNS and agent and not _unrecognized_name(head):
        states = [c for _, c in modifiers(state, head, located=False) if c is not None] \
            or [c for _, c in found_modifiers if c is not None]
        if states:
            return tuple(dict.fromkeys(
                state.country_cluster(c, arg.start).ident for c in states))
    return ()

def metonymy(state: ArticleState, cluster_id: int, role: str, pos: int) -> int:
    """A capital as the agent stands for its country ("Moscow said").

    The statement goes to the country, but the capital stays its own place: its name
    is never one of the country's names.
    """
    cluster = state.clusters[cluster_id]
    if role in {"subject", "attribution"} and cluster.kind() == "Location":
        country = country_for_capital(cluster.label())
        if country is not None:
            return state.country_cluster(country, pos).ident
    return cluster_id

def modifiers(state: ArticleState, head: Token,
              located: bool = True) -> list[tuple[int, Country | None]]:
    """Names and demonyms modifying a noun: (cluster id or -1, country or None).

    Without `located`, no "in X": "US forces in Pakistan" are the US's forces, and
    Pakistan only where they were ("the police in Pakistan" have nothing else).
    """
    found: list[tuple[int, Country | None]] = []
    places = {t.i for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "in"
              for t in prep.subtree} if not located else set()
    for token in _modifier_tokens(head):
        if token.i in places:
            continue
        if token.dep_ == "npadvmod" or _backing(token.head):
            continue  # "Iran-backed factions" are not Iran
        if token.i in state.token_cluster:
            cid = state.token_cluster[token.i]
            cluster = state.clusters[cid]
            if cluster.kind() == "Location" and not cluster.us_state:
                # "the regime in Damascus": a capital names its state, unless the
                # article tells of the city's own mayor (its "government" is the city's)
                found.append((cid, None if _has_a_mayor(state, cid) else
                              country_for_capital(cluster.label())))
            else:
                found.append((cid, cluster.country if cluster.kind() == "Country" else None))
            continue
        country = country_for_demonym(token.text)
        if country is None and token.pos_ == "PROPN":
            country = country_for_name(token.text)
        if country is None and token.pos_ == "PROPN":
            country = country_for_capital(token.text)
        if country is not None:
            found.append((-1, country))
    return found


def _has_a_mayor(state: ArticleState, cid: int) -> bool:
    """Does the article name the city's own mayor ("Ann Lee, the mayor of Valdora",
    "Valdora's mayor", "Valdora Mayor Ann Lee")? Then "the Valdora government" is the
    city's, not the state whose capital it is."""
    for i in state.indices_of("mayor"):
        token = state.doc[i]
        owners = [t for t in token.children if t.dep_ in {"compound", "poss", "nmod"}]
        owners += [o for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for o in prep.children if o.dep_ == "pobj"]
        if any(state.token_cluster.get(t.i) == cid for t in owners):
            return True
    return False


def _unrecognized_name(head: Token) -> bool:
    """A capitalized word before the head that is no demonym, country or recognized name."""
    return any(t.dep_ in {"amod", "compound"} and t.text[:1].isupper() and not t.is_sent_start
               and t.ent_type_ in {"", "NORP"} and country_for_demonym(t.text) is None
               and country_for_name(t.text) is None for t in head.lefts)


def _modifier_tokens(head: Token) -> list[Token]:
    """The words that may name whose a noun is: compounds, adjectives, possessors, "of X"."""
    tokens = [t for t in head.children if t.dep_ in {"compound", "amod", "nmod", "poss",
                                                     "npadvmod"}]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "in", "from"}:
            tokens.extend(t for t in prep.children if t.dep_ == "pobj")
    expanded: list[Token] = []
    for token in tokens:
        expanded.append(token)
        expanded.extend(token.conjuncts)
        # "US-backed": the name hangs below the participle
        if _backing(token) or token.lower_ == "based":
            continue
        expanded.extend(t for t in token.children if t.dep_ in {"compound", "npadvmod"})
    return sorted(set(expanded), key=lambda t: t.i)
