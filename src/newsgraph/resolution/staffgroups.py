"""Who "the researchers" are: the one group of people known by their work that the
article told apart by their body before.

A science story names its team once by where they work ("researchers from Dalton
University", phrases.staff_bodies) and goes on with "the researchers", "the scientists"
or "the team": a reader takes them for that group. Only "the" and the noun, with nothing
that says which ("the other researchers", "the researchers in Ohio" may be others); only
after the group; and only when the article tells of one such group so far ("researchers
at Dalton" and "a team from Eastport": whose work is meant is a guess). The noun is the
group's own, or both are words for people doing research ("scientists from X", then "the
researchers"): "the officials" after "engineers from X" are other people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parsing import lemma_of
from .phrases import staff_bodies
from .state import ArticleState
from .words import STAFF_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# the staff nouns for people doing research: one team may be called by any of them
RESEARCH_NOUNS = frozenset({
    "scientist", "researcher", "astronomer", "neuroscientist", "physicist", "biologist",
    "chemist", "geologist", "ecologist", "epidemiologist", "archaeologist", "archæologist",
    "anthropologist", "mathematician", "team"})


def bare_staff(head: Token) -> str:
    """The staff noun's lemma of "the researchers" or "the team", with no word that says
    which; "" for any other phrase."""
    lemma = lemma_of(head).lower()
    if lemma not in STAFF_NOUNS or head.tag_ != ("NN" if lemma == "team" else "NNS") or \
            head.dep_ == "compound":
        return ""
    children = list(head.children)
    if [c.lower_ for c in children if c.dep_ == "det"] != ["the"] or \
            any(c.dep_ not in ("det", "punct", "case") for c in children):
        return ""
    return lemma


def staff_group(state: ArticleState, head: Token, noun: str) -> int | None:
    """The one staff group (phrases.staff_bodies) the article told of before the phrase
    whose people `noun` (bare_staff) may name, or None. Every such phrase of the text
    counts, a node or not: a second body named is a second group, and so are people of
    that work from anywhere else ("scientists from China", "experts at the scene")."""
    bodies = {staff_bodies(state, token) or str(token.i) for token in state.doc[:head.i]
              if lemma_of(token).lower() in STAFF_NOUNS and any(
                  c.dep_ == "prep" and c.lower_ in ("from", "at") for c in token.rights)}
    if len(bodies) != 1:
        return None
    groups = [cluster for cluster in state.clusters
              if cluster.staff_noun and cluster.first < head.idx and (
                  cluster.staff_noun == noun or {cluster.staff_noun, noun} <= RESEARCH_NOUNS)]
    same = [cluster for cluster in groups if cluster.staff_noun == noun]
    return groups[0].ident if len(groups) == 1 else same[0].ident if len(same) == 1 else None
