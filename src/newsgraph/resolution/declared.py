"""What "the declaration" is: the one thing the article says someone declared.

A performative act brings its object into being ("declared a state of emergency"), and
news then calls that thing by the act's noun: "the declaration", "his emergency
declaration", "the declaration of state of emergency" (words.PERFORMATIVE_NOUNS). Such a
phrase is the one thing the article declares with the noun's own verb, as its direct
object (or the noun a relative clause of the verb hangs on: "the state of emergency
that he declared"), when that thing was met before the phrase: "the declaration" says
the reader knows it, and the article may tell who declared it only later. Not when the
phrase starts a new one ("a declaration", "the declaration that ...", "the joint
declaration": a word the declared thing lacks), when the verb is negated or under a
modal (nothing was declared), or names what the object was declared to be ("declared
the outbreak a pandemic"), nor when two things were declared.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import EVENT_NOUNS
from ..parsing import lemma_of
from ..qualifiers import is_negator
from .keys import entity_key, name_words
from .phrases import common_label
from .state import ArticleState
from .words import PERFORMATIVE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

_OWN_WORDS = {"amod", "compound", "prep", "pobj"}  # words that may say which thing it is


def declared_thing(state: ArticleState, head: Token) -> int | None:
    """The one thing declared, met before `head`, that its act's noun names, or None."""
    verb = PERFORMATIVE_NOUNS.get(lemma_of(head).lower())
    if verb is None or head.tag_ != "NN" or not _definite(head) or \
            any(c.dep_ in {"relcl", "acl", "appos"} for c in head.children):
        return None
    things = {ident for token in state.doc if lemma_of(token).lower() == verb
              for ident in _objects(state, token)}
    if len(things) != 1:
        return None
    ident = things.pop()
    if state.clusters[ident].first >= head.idx:
        return None
    words = {w.casefold() for w in name_words(state.clusters[ident].label())}
    own = [t for t in head.subtree if t.i != head.i and t.dep_ in _OWN_WORDS
           and not (t.dep_ == "prep" and t.lower_ == "of")]
    return ident if all(t.lower_ in words for t in own) else None


def _definite(head: Token) -> bool:
    """Does "the", "this" or a possessor say the phrase points at a known thing?"""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
               for c in head.children)


def _objects(state: ArticleState, verb: Token) -> list[int]:
    """The things a "declare" verb brings into being: its object, or the noun its
    relative clause hangs on; none under a negation or a modal, or with a complement."""
    if verb.pos_ != "VERB" or any(is_negator(c) or c.tag_ == "MD" or
                                  c.dep_ in {"oprd", "xcomp", "ccomp"}
                                  for c in verb.children):
        return []
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    if not nouns and verb.dep_ == "relcl":
        nouns = [verb.head]
    found = []
    for noun in nouns:
        if lemma_of(noun).lower() in EVENT_NOUNS:
            continue  # "declared war", "a ceasefire": the declaration opened it, is not it
        label = common_label(state, state.doc[noun.left_edge.i:noun.right_edge.i + 1], noun)
        for kind in ("Thing", "Event"):
            ident = state.by_key.get(entity_key(kind, label))
            if ident is not None:
                found.append(ident)
    return found
