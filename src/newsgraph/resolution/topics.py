"""The article's topic among names a short form or description could stand for.

"The court" after the Court of Session and the Supreme Court may be either; a reader
takes the one the article is about: the name that was the subject of its main clauses
("the Court of Session ruled ...; the Court of Session is the highest court"), not a
name met in passing ("the only court above it is the Supreme Court") or as the subject
of a clause inside another ("the framework that the Supreme Court set"). That is a
reading only when the difference is clear: the topic is the subject of two main
clauses or more and named more often than each rival, and no rival was ever the
subject of a main clause. Otherwise two names are comparably salient and the
description stays apart. Only a description ("the court") is read so: a capitalised
word alone ("the Federation as a whole", "Party business") is too often another body
or no name at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from .clusters import is_subject
from .state import Name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

K = TypeVar("K")

# a name is the topic among rivals when it was the subject of at least this many clauses
_TOPIC_SUBJECTS = 2


def topic(doc: Doc, mentions: Mapping[K, Sequence[Name]]) -> K | None:
    """The candidate whose names (those before the short form) make it the topic, if one
    clearly does (see the module's docstring)."""
    if len(mentions) < 2:
        return None
    subjects = {c: sum(_main_subject(doc[n.start:n.end].root) for n in names)
                for c, names in mentions.items()}
    best = max(mentions, key=lambda c: (subjects[c], len(mentions[c])))
    if subjects[best] < _TOPIC_SUBJECTS:
        return None
    if all(subjects[c] == 0 and len(mentions[c]) < len(mentions[best])
           for c in mentions if c != best):
        return best
    return None


def _main_subject(root: Token) -> bool:
    """Is a name's own head word ("Court" of "the Court of Session ruled") the subject of
    a main clause? A subject of a clause inside another ("the framework that the Supreme
    Court has counseled") is no sign of what the article is about."""
    if not is_subject(root):
        return False
    verb = root.head if root.dep_ != "conj" else root.head.head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
