"""Who "police" are: the one police force the article names before them.

News names the force that handles a case ("Thames Valley Police said ...") and goes on
with bare "police" or "the police" ("Police arrested a man", "the police charged him"):
the reader takes them for that force. Only the bare word, with nothing that says which
police ("French police", "local police", "police in Leeds", "two police": other forces,
or some of its officers), only after the force is named, and only when the article names
one force and tells of no other police ("the UK's counter terror police", "Valdoran
police": with two, whose officers acted is a guess). A force is a named body whose name
ends in its word ("Police", "Constabulary", "Gendarmerie", or "Police" and a word for a
body: "Police Service", "Police Department", "National Police Agency"): "Police
Federation" (a union) and "Police Headquarters" (a building) are no force.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .keys import name_words
from .state import ArticleState, Cluster

if TYPE_CHECKING:
    from spacy.tokens import Token

_FORCE_WORDS = frozenset({"police", "constabulary", "gendarmerie"})
# a word after "Police" that keeps the name a force's: "Police Service", "Police Department"
_FORCE_BODY_WORDS = frozenset({"service", "department", "force", "agency"})
_BODY_KINDS = frozenset({"Organization", "Government", "Group"})
# children that leave "police" bare: "the police", "police and firefighters", "police,"
_BARE_CHILDREN = frozenset({"det", "punct", "cc", "conj"})
# words before "police" that say which police they are
_SETTING_APART = frozenset({"amod", "compound", "poss", "nmod", "npadvmod", "nummod"})


def bare_police(head: Token) -> bool:
    """Is the phrase "police" or "the police", with no word that says which?"""
    return head.lower_ == "police" and head.dep_ != "compound" and not any(
        c.dep_ not in _BARE_CHILDREN or c.dep_ == "det" and c.lower_ != "the"
        for c in head.children)


def police_force(state: ArticleState, head: Token) -> int | None:
    """The one police force named before bare "police" (bare_police), or None."""
    forces = {cluster.ident for cluster in state.clusters if _a_force(cluster)}
    if len(forces) != 1 or _other_police(state, head):
        return None
    force = forces.pop()
    return force if state.clusters[force].first < head.idx else None


def _other_police(state: ArticleState, head: Token) -> bool:
    """Does the article tell of police that its words set apart ("counter terror police",
    "the city's police", "Valdoran police"), outside a name?"""
    return any(token.lower_ == "police" and token.i != head.i and token.dep_ != "compound"
               and token.i not in state.token_cluster
               and any(c.dep_ in _SETTING_APART for c in token.lefts)
               for token in state.doc)


def _a_force(cluster: Cluster) -> bool:
    """Is the cluster a named body whose name says it is a police force?"""
    if not cluster.named or cluster.kind() not in _BODY_KINDS:
        return False
    for name in cluster.names:
        words = [w.casefold() for w in name_words(name)]
        if len(words) < 2:
            continue  # "Police" alone is the word, not a force's name
        if words[-1] in _FORCE_WORDS or words[-2] == "police" and words[-1] in _FORCE_BODY_WORDS:
            return True
    return False
