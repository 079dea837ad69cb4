"""A named actor's thing named again: "a notice from the Acme Guild ... the Guild's notice".

A possessed phrase keeps its owner in its label ("the Guild's notice" -> "notice of Acme
Guild"), so two owners' notices stay apart. But one actor's thing, said again with the
same head noun and no word the first phrase lacked, is the thing met before: "a formal
take-down notice from the Guild", then "the Guild's take-down notice", "the Guild's
notice". A thing is the actor's when it was possessed ("the Guild's formal notice") or
came from or by the actor ("a notice from the Guild", "a report by the Guild",
"received a notice from the Guild"). Only
when that actor has one such thing before: after "the Guild's annual report" and "the
Guild's quarterly report", "the Guild's report" may be either; and a word the earlier
phrase lacks makes another thing ("the Guild's second notice").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .keys import head_part, modifier_words, name_words, strip_the
from .state import ArticleState
from .words import NEW_REFERENT_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

# the kinds of node a possessed phrase names that an owner can have again (a Group is
# people: "the Guild's members" says who they are, not a thing met before)
_THING_KINDS = ("Thing", "Event")

# prepositions that give a thing its actor: "a notice from X", "a report by X"
_GIVER_PREPOSITIONS = {"from", "by"}


def owned_before(state: ArticleState, head: Token, label: str, owner: str,
                 pos: int) -> int | None:
    """The one thing of `owner` before `pos` that the possessed phrase `label` (without
    its owner: "take-down notice") names again: the same head noun, and every word
    before it among the earlier phrase's (a hyphened word written whole is the same:
    "takedown" for "take-down"). Not a phrase that counts or sets its thing apart ("its
    second notice", "its latest notice", "its two notices"), nor one in a sentence that
    says when: a deed recurs, and a dated one may be another occasion's ("She ended her
    presidential bid. In 2016, she kept up her bid until June")."""
    words = [w.casefold() for w in name_words(label)]
    if not words or any(t.like_num or t.lower_ in NEW_REFERENT_WORDS or
                        t.ent_type_ == "ORDINAL" or t.tag_ in {"JJS", "JJR", "RBS"}
                        for t in head.lefts) or any(t.ent_type_ == "DATE" for t in head.sent):
        return None
    found = set()
    for cluster in state.clusters:
        if cluster.owner != owner or cluster.named or cluster.first >= pos or \
                cluster.kind() not in _THING_KINDS:
            continue
        part = head_part([w.casefold() for w in name_words(cluster.fixed_label)])
        if part and part[-1] == words[-1] and set(words[:-1]) <= modifier_words(part):
            found.add(cluster.ident)
    return found.pop() if len(found) == 1 else None


def giver(state: ArticleState, head: Token) -> str:
    """The label of the named actor a thing comes from or is by ("a notice from the Acme
    Guild", "received a notice from the Guild": the parser often hangs the "from" on the
    verb of which the thing is the object), as a possessive owner's label is written, or
    ""."""
    preps = [(c, _GIVER_PREPOSITIONS) for c in head.children]
    if head.dep_ == "dobj":
        preps += [(c, {"from"}) for c in head.head.children]
    for prep, words in preps:
        if prep.dep_ != "prep" or prep.lower_ not in words:
            continue
        for pobj in prep.children:
            ident = state.token_cluster.get(pobj.i)
            if pobj.dep_ == "pobj" and ident is not None and state.clusters[ident].named:
                return strip_the(state.clusters[ident].label())
    return ""
