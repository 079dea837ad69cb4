"""Speakers: who "I" and "we" are, and whether a word is quoted.

"I" inside a quotation is its speaker (the statement's attribution, else the subject of
a nearby "said"); "we" is the speaking organization, or the organization the speaker's
phrase names; in a transcript, the person whose turn it is; outside a quotation they name
nobody (the writer is no node). How an answer was reached: "speaker", or "uncertain" when a
quoted "we" has only a person to stand for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ..lexicon import in_quotation
from ..models import Argument
from ..vocabulary import ACTOR_KINDS
from .clusters import introduces_words
from .state import ArticleState
from .words import FIRST_PERSON

if TYPE_CHECKING:
    from spacy.tokens import Token


class Resolver(Protocol):
    """What finding a speaker needs of argument resolution: the state and a way to resolve."""

    state: ArticleState
    attribution: Argument | None  # of the statement being read
    seeking_speaker: bool

    def resolve(self, arg: Argument | None, role: str, lemma: str = "") -> tuple[int, ...]:
        ...

    def resolve_via(self, arg: Argument | None, role: str,
                    lemma: str = "") -> tuple[tuple[int, ...], str]:
        ...


def first_person(resolver: Resolver, head: Token) -> tuple[tuple[int, ...], str]:
    """"I", "we" inside a quotation are its speaker, and in a transcript the person whose
    turn it is; elsewhere they name nobody (the writer is no node).

    The speaker is the statement's attribution when the extractor found one, else the
    subject of a speech verb (say, tell, add, ...) outside the quotation in the same
    sentence, the next one, or a previous one that ends in a colon ("She said: ...").
    "I" is the speaker. "We" is the speaker when the speaker is an organization or a
    state, the speaker's organization when the attribution names one ("Ann Lee, a
    spokeswoman for the Red Cross, said"), and otherwise the speaker, "uncertain".
    """
    if resolver.seeking_speaker:
        return (), ""  # (a speaker that is itself "I" or "we" is no speaker)
    resolver.seeking_speaker = True
    try:
        if in_quote(resolver.state, head) or _after_speech_colon(resolver.state, head):
            found, source = _speaker(resolver, head)
        else:
            found, source = _turn_speaker(resolver, head), None
    finally:
        resolver.seeking_speaker = False
    if not found or head.lower_ not in _PLURAL_FIRST_PERSON:
        return found, "speaker" if found else ""
    clusters = resolver.state.clusters
    if all(clusters[c].kind() != "Person" for c in found):
        return found, "speaker"
    side = _affiliation(resolver.state, source, found)
    return ((side,), "speaker") if side is not None else (found, "uncertain")


_PLURAL_FIRST_PERSON = {"we", "us", "our", "ours", "ourselves"}


def _after_speech_colon(state: ArticleState, head: Token) -> bool:
    """Is the word in what a speech verb introduces with a colon, without quotation marks
    ("Lee tweeted: we will win")? The colon may close the sentence before."""
    sentence = state.sents[state.sent_of[head.i]]
    before = [t for t in sentence if t.i < head.i]
    colons = [t.i for t in before if t.text == ":"]
    if colons:
        return any(introduces_words(t) and t.pos_ == "VERB" for t in before if t.i < colons[-1])
    number = state.sent_of[head.i]
    if number and state.sents[number - 1].text.rstrip().endswith(":"):
        return any(introduces_words(t) and t.pos_ == "VERB" for t in state.sents[number - 1])
    return False


_SIDES = {"Organization", "ArmedGroup", "Government", "Country"}


def _affiliation(state: ArticleState, source: Token | None,
                 speakers: tuple[int, ...]) -> int | None:
    """The organization or state the speaker's own phrase names, if exactly one."""
    if source is None:
        return None
    found = {state.token_cluster[t.i] for t in source.subtree if t.i in state.token_cluster}
    sides = [c for c in sorted(found - set(speakers)) if state.clusters[c].kind() in _SIDES]
    return sides[0] if len(sides) == 1 else None


def _speaker(resolver: Resolver, head: Token) -> tuple[tuple[int, ...], Token | None]:
    """Who speaks the quotation the word is in, and the phrase that names them."""
    state = resolver.state
    clusters = state.clusters
    if resolver.attribution is not None:
        attribution = resolver.attribution
        found = resolver.resolve(attribution, "attribution", "say")
        if found and all(clusters[c].kind() in ACTOR_KINDS for c in found):
            return found, state.doc[attribution.root]
    number = state.sent_of[head.i]
    nearby = [number, number + 1]
    if number and state.sents[number - 1].text.rstrip().endswith(":"):
        nearby.append(number - 1)
    for n in nearby:
        if n >= len(state.sents):
            continue
        for token in state.sents[n]:
            if token.dep_ != "nsubj" or not introduces_words(token.head) \
                    or token.lower_ in FIRST_PERSON or in_quote(state, token):
                continue
            # "the Minority Leader, Ann Lee, said": the named person in apposition
            named = [state.token_cluster[c.i] for c in token.children
                     if c.dep_ == "appos" and c.i in state.token_cluster
                     and clusters[state.token_cluster[c.i]].kind() == "Person"]
            if named:
                return (named[0],), token
            left, right = token.left_edge, token.right_edge
            speaker = Argument(state.text[left.idx:right.idx + len(right.text)], left.idx,
                               right.idx + len(right.text), token.i)
            found = resolver.resolve(speaker, "attribution", "say")
            if found and all(clusters[c].kind() in ACTOR_KINDS for c in found):
                return found, token
    return (), None


def _turn_speaker(resolver: Resolver, head: Token) -> tuple[int, ...]:
    """The person whose transcript turn holds the word: the tag must name a person of the
    article ("((WN))", an interviewer's tag, names nobody, so its questions' "I" stays
    unresolved)."""
    state = resolver.state
    for turn in state.turns():
        if turn.start <= head.idx < turn.end:
            name = state.doc.char_span(turn.name_start, turn.name_end, alignment_mode="expand")
            if name is None or not len(name):
                return ()
            tag = Argument(state.text[name.start_char:name.end_char], name.start_char,
                           name.end_char, name.root.i)
            found = resolver.resolve(tag, "attribution", "say")
            people = all(state.clusters[c].kind() == "Person" for c in found)
            return found if found and people else ()
    return ()


def in_quote(state: ArticleState, token: Token) -> bool:
    """Is the word inside quotation marks (counted from the start of its paragraph)?"""
    return in_quotation(state.text, token.idx)
