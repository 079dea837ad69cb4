"""Whom a performer played, told as a noun: "his role as Jackie Robinson in 42 was a
breakthrough" makes him play Jackie Robinson.

A profile or an obituary names a performer's parts as much by nouns ("her role as Mrs
Danvers", "his portrayal of Nixon") as by verbs ("she played Mrs Danvers"), and `extract`
reads only the verbs. Here the owner of such a noun plays the named character.

Only a part someone had: the owner is the noun's possessive, a person's name ("Lee's"), the
part a person's name; "her upcoming role as X" or "his planned portrayal of X" is none yet, and
"his role as mediator" or "her role as Secretary of State" name no character.

Derived after `extract`, as recipients is, so CaRB measures the sentence's own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import Argument, Extraction
from .parsing import lemma_of, prep_object
from .request_clauses import named_argument, possessor_argument

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PLAYED_RULE = "played-part"
PLAY = "play"
# a performer's part, and the preposition that names whom it is of
PERFORMED_PARTS = {"role": "as", "part": "as", "portrayal": "of", "turn": "as"}
# words that make a part one not yet played, or only thought of
NOT_YET_PLAYED = frozenset({"upcoming", "planned", "future", "proposed", "potential",
                            "possible", "rumored", "rumoured", "next", "forthcoming"})


def performances(doc: Doc) -> list[Extraction]:
    """One "play" statement per part a possessive owner had as a named person."""
    found = []
    for noun in doc:
        preposition = PERFORMED_PARTS.get(lemma_of(noun).lower()) if noun.pos_ == "NOUN" else None
        if preposition is None or any(c.lower_ in NOT_YET_PLAYED for c in noun.children):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        character = _character(noun, preposition)
        performer = _owner_argument(owner) if owner is not None else None
        if performer is None or character is None:
            continue
        sent = noun.sent
        found.append(Extraction(sent.text, sent.start_char, sent.end_char, performer,
                                f"{noun.text} {preposition}", PLAY, character,
                                rule=PLAYED_RULE))
    return found


def _character(noun: Token, preposition: str) -> Argument | None:
    """The person's name the part's "as" or "of" phrase gives."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == preposition:
            named = prep_object(prep)
            if named is not None and named.ent_type_ == "PERSON" and named.pos_ == "PROPN":
                return named_argument(named)
    return None


def _owner_argument(owner: Token) -> Argument | None:
    """The possessive as an argument, if it is a person's name. Not "his" or "her": in
    "Day considered her best performance to be her portrayal of Ruth Etting" the resolver
    gave "her" to a man named before (the first "her" sits in no clause of Day's own), and
    a part given to the wrong performer is a wrong edge."""
    return possessor_argument(owner) if owner.ent_type_ == "PERSON" else None
