"""Who "investigators" are: the one investigating body the article names before them.

News that names the body investigating a crash or a crime ("the Transportation Safety
Board", "the Bureau of Investigation") then quotes its staff as bare "investigators"
("according to investigators", "investigators have said"): they speak for that body,
so the phrase is the body. Only a bare plural (not "Russian investigators", "the
investigators from the police", "two investigators": other people, or some of them),
only after the body is named, and only when the article names one such body (a
police force and a safety board both investigate: whose staff is a guess). A body
investigates when its name says so (words.INVESTIGATING_WORDS), or is a "Safety"
board, committee, commission or bureau: an accident investigation agency.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parsing import lemma_of
from .keys import name_words
from .state import ArticleState, Cluster
from .words import INVESTIGATING_WORDS, SAFETY_BODY_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

_BODY_KINDS = {"Organization", "Government"}


def investigating_body(state: ArticleState, head: Token) -> int | None:
    """The one investigating body named before bare "investigators", or None."""
    if lemma_of(head).lower() != "investigator" or head.tag_ != "NNS" or \
            any(c.dep_ != "punct" for c in head.children):
        return None
    bodies = {cluster.ident for cluster in state.clusters if _investigates(cluster)}
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    return body if state.clusters[body].first < head.idx else None


def _investigates(cluster: Cluster) -> bool:
    """Is the cluster a named body whose name says it investigates?"""
    if not cluster.named or cluster.kind() not in _BODY_KINDS:
        return False
    for name in cluster.names:
        words = {w.casefold() for w in name_words(name)}
        if words & INVESTIGATING_WORDS or "safety" in words and words & SAFETY_BODY_WORDS:
            return True
    return False
