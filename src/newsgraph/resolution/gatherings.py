"""What "the event" is: the one named gathering the article told of before it.

A story about the Dalton Book Fair names it once and goes on with "the event" or "the
fair" ("the event drew 9,000 visitors"): the reader takes it for that gathering. Only "the"
and the noun ("the next event", "the event in Leeds" may be another), only after the
gathering is named, and only when the article named one gathering so far (with the Acme
Expo and the Eastport Cup both named, "the event" is a guess). "The fair" is only a
gathering whose name says it is a fair; "the event" any one. A gathering's name holds one
of the words such names are made with ("Fan Expo Canada", "International Student Olympiad");
"Congress", a show or a forum is as often a standing body or a programme as a gathering.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import GATHERING_NOUNS
from ..parsing import lemma_of
from .keys import name_words
from .state import ArticleState, Cluster

if TYPE_CHECKING:
    from spacy.tokens import Token

# words a gathering's name is made with (not "Congress", "Show", "Forum": a body, a
# programme, an organization as often)
GATHERING_NAME_WORDS = GATHERING_NOUNS - {
    "congress", "show", "forum", "march", "protest", "demonstration", "election",
    "referendum", "debate", "meeting", "rally", "funeral", "memorial"}


def bare_gathering(head: Token) -> str:
    """The lemma of "the event" or "the fair" (a gathering's word), with no word that says
    which; "" for any other phrase."""
    lemma = lemma_of(head).lower()
    if lemma != "event" and lemma not in GATHERING_NAME_WORDS or head.tag_ != "NN" or \
            head.dep_ == "compound":
        return ""
    children = list(head.children)
    if [c.lower_ for c in children if c.dep_ == "det"] != ["the"] or \
            any(c.dep_ not in ("det", "punct") for c in children):
        return ""
    return lemma


def named_gathering(state: ArticleState, head: Token, noun: str) -> int | None:
    """The one named gathering told of before the phrase that `noun` (bare_gathering) may
    name, or None."""
    before = [cluster for cluster in state.clusters
              if cluster.named and cluster.first < head.idx and _gathering_words(cluster)]
    if len(before) != 1 or noun != "event" and noun not in _gathering_words(before[0]):
        return None
    return before[0].ident


def _gathering_words(cluster: Cluster) -> set[str]:
    return {word.casefold() for name in cluster.names for word in name_words(name)
            if word.casefold() in GATHERING_NAME_WORDS}
