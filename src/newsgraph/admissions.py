"""Where someone was elected, appointed, nominated, inducted or taught: "Lee was elected to
the Kelso Council" and "voters elected Lee to the Kelso Council" make Lee elected to the
council; "Lee was nominated for the Kelso Prize" makes Lee nominated for the prize; "Lee
was educated at Kelso College" and "Lee studied law at Kelso College" make Lee study at
the college.

`extract` reads a passive with no agent as an unknown one electing Lee, with the body
left as an extra phrase ("to the Kelso Council"); the active voice makes the voters elect
Lee, the body again an extra phrase; and "studied law at X" keeps "law" as the object and
the college as an extra phrase. Either way the body never reaches the graph, yet where
someone sits, or where they studied, is what an analyst writes down of a profile or an
obituary. Here the one elected or taught takes the body as object.

Only a body named as a proper noun counts, or a body within one ("was appointed to the
board of Acme"; "was appointed to the position", "was elected to his first term" name
none), only a preposition the verb takes for it ("elected to", not "elected in 2005"),
and the statement keeps its source's negation and modality ("was not elected to", "hopes
to be elected to") for the gate.

Derived after `extract`, as recipients is, so CaRB measures the sentence's own words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from .extraction import CONFIRMED_IN_POST
from .models import Argument, Extraction
from .parsing import prep_object
from .qualifiers import entity_of
from .recipients import OWN_SUBJECT_RULES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ADMISSION_RULE = "admitted-to"
STUDY_AT = "study at"
# a verb and preposition, and what it says of the one it acts on (the passive's subject,
# the active's object)
ENTRIES = {
    ("elect", "to"): "elected to", ("re-elect", "to"): "elected to",
    ("reelect", "to"): "elected to", ("appoint", "to"): "appointed to",
    ("name", "to"): "appointed to", ("induct", "into"): "inducted into",
    ("educate", "at"): STUDY_AT, ("train", "at"): STUDY_AT, ("school", "at"): STUDY_AT,
    ("enrol", "at"): STUDY_AT, ("enroll", "at"): STUDY_AT,
    (CONFIRMED_IN_POST, "to"): "appointed to",
    ("nominate", "for"): "nominated for", ("shortlist", "for"): "nominated for",
}
# an active verb whose subject learned at the "at" phrase's body, whatever it studied
STUDY_VERBS = frozenset({"study"})
# what a body named is tagged as ("the Kelso Council", "Congress", "Kelso College")
_BODY_ENTS = frozenset({"ORG", "FAC", "GPE", ""})


def admissions(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """One statement per body someone was elected, appointed or inducted to, or studied at."""
    found = []
    for e in extractions:
        if e.passive and e.subject is None and e.object is not None and \
                e.rule in OWN_SUBJECT_RULES:  # (the passives whose one acted on is given)
            verb, _, prep = e.lemma.partition(" ")
            lemma, taken = ENTRIES.get((verb, prep)), e.object
            phrase, body = _body(doc, e, prep)
        elif not e.passive and e.subject is not None and e.object is not None and \
                e.object.root >= 0 and doc[e.object.root].ent_type_ == "PERSON":
            # "the Senate confirmed Ann Lee to the court": the one put there, as above
            prep = next((a.role for a in e.extra if (e.lemma, a.role) in ENTRIES), "")
            lemma, taken = ENTRIES.get((e.lemma, prep)), e.object
            phrase, body = _body(doc, e, prep)
        elif not e.passive and e.subject is not None and e.lemma in STUDY_VERBS:
            lemma, taken = STUDY_AT, e.subject
            phrase, body = _body(doc, e, "at")
            body = body or _studied_past_the_field(doc, e)
        else:
            continue
        if lemma is None or body is None:
            continue
        rest = tuple(a for a in e.extra if a is not phrase)
        found.append(replace(e, subject=taken, lemma=lemma, object=replace(body, role=""),
                             extra=rest, passive=False, rule=ADMISSION_RULE))
    return found


def _body(doc: Doc, e: Extraction, prep: str) -> tuple[Argument | None, Argument | None]:
    """The extra phrase the preposition opens and the named body it gives (after a passive
    the phrase is the body; after an active verb it holds the preposition too)."""
    for a in e.extra:
        if a.role != prep or a.root < 0:
            continue
        head = doc[a.root]
        if head.dep_ != "prep":
            return (a, a) if named_body(head) or _body_of_a_named(head) else (None, None)
        named = prep_object(head)
        if named is not None and named_body(named):
            return a, body_argument(named)
        if named is not None and _body_of_a_named(named):
            return a, Argument.of(doc[named.left_edge.i : named.right_edge.i + 1], named.i)
    return None, None


# a body within a named one: "the board of Acme", "the cabinet of Zembla"
INNER_BODIES = frozenset({"board", "cabinet", "committee", "council", "panel", "bench",
                          "faculty", "staff", "executive"})


def _body_of_a_named(noun: Token) -> bool:
    """Is the phrase a body within a named one ("the board of Acme"; not "the board")?"""
    return noun.pos_ == "NOUN" and noun.lower_ in INNER_BODIES and any(
        c.dep_ == "prep" and c.lower_ == "of" and (n := prep_object(c)) is not None and
        named_body(n) for c in noun.children)


def _studied_past_the_field(doc: Doc, e: Extraction) -> Argument | None:
    """The body of "studied law at X" where the parser hangs the "at" phrase on what was
    studied."""
    if e.object is None or e.object.root < 0:
        return None
    for prep in doc[e.object.root].children:
        named = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "at" else None
        if named is not None and named_body(named):
            return body_argument(named)
    return None


def body_argument(head: Token) -> Argument:
    """The body's name as an argument: the recognizer's span, or the words up to the head."""
    return Argument.of(entity_of(head) or head.doc[head.left_edge.i : head.i + 1], head.i)


def named_body(root: Token) -> bool:
    """Is the phrase's head a proper name no person bears ("the Kelso Council", "Congress")?"""
    return root.pos_ == "PROPN" and root.ent_type_ in _BODY_ENTS
