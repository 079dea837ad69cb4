"""A plural noun that names its members: "arrested two men, Tom Kell and Ann Lee".

The resolver reads the noun as the name in apposition to it ("two men" is Tom Kell), but
only the first name of a list: Ann Lee, arrested too, got no edge. So every further name
of the list gets the statement as well, with the words, modality and rule of the one it
comes from: "police arrest Ann Lee". The same holds of a subject ("store chains Acme and
Zeta Stores lowered limits"). Only names (proper nouns) set in apposition after a plural
common noun; "two cities, the north and the south" lists no one.

Derived after `extract`, as spoken_topics is, so CaRB measures the sentence's own words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from .models import Argument, Extraction
from .request_clauses import named_argument

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def apposed_names(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """The statement again for each name after the first that a plural subject or object
    lists in apposition."""
    extractions = list(extractions)
    taken = {(e.sentence_start, e.lemma, slot, argument.root)
             for e in extractions for slot, argument in (("s", e.subject), ("o", e.object))
             if argument is not None}
    found = []
    for e in extractions:
        for slot, argument in (("s", e.subject), ("o", e.object)):
            other = e.object if slot == "s" else e.subject
            if argument is None or argument.root < 0 or e.lemma == "be" or \
                    other is not None and other.root >= 0 and \
                    doc[other.root] in doc[argument.root].subtree:
                continue  # ("Tom Kell be two men": the apposition itself)
            for name in listed_names(doc[argument.root])[1:]:
                if (e.sentence_start, e.lemma, slot, name.root) in taken:
                    continue  # the extractor split the list itself
                taken.add((e.sentence_start, e.lemma, slot, name.root))
                found.append(replace(e, subject=name) if slot == "s" else
                             replace(e, object=name))
    return found


def listed_names(noun: Token) -> list[Argument]:
    """The names a plural common noun lists in apposition, in the text's order ("two men,
    Tom Kell and Ann Lee" -> Tom Kell, Ann Lee); none for any other word."""
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN":
        return []
    first = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i), None)
    if first is None or first.pos_ != "PROPN":
        return []
    names = [first, *(c for c in first.conjuncts if c.i > first.i)]
    if not all(t.pos_ == "PROPN" for t in names):
        return []  # "two cities, Lyon and the capital": a list of other things too
    return [_name(t) for t in names]


def _name(head: Token) -> Argument:
    """The name a proper noun heads: its entity, or it with the words hung on it before."""
    named = named_argument(head)
    if named is not None:
        return named
    start = head.i
    while start > 0 and head.doc[start - 1].dep_ in ("compound", "flat") and \
            head.doc[start - 1].head.i == head.i:
        start -= 1
    return Argument.of(head.doc[start: head.i + 1], head.i)
