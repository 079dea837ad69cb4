"""An attempt, a threat, an agreement, a promise, an offer or a refusal is a deed of its own.

"Protesters tried to storm the parliament": `extract` reads the storming with the modality
"attempted", which keeps it out of the asserted graph, as it must (nobody stormed
anything). But the attempt happened, and it is what an analyst writes down: "protesters
try to storm the parliament". So with "threatened to attack" (a threat made), "agreed to
buy" (a deal struck), "refused to pay", "vowed to appeal", "offered to send": the control
verb and its act make one predicate ("threaten to attack"), with the same subject and
object, told as the words around the control verb tell it ("may try to" is possible, "did
not threaten to" negated, "said they would try to" is to come), never as the act done.

Only the verbs of DEED_VERBS, whose own doing is an event; "wanted to", "planned to",
"sought to" or "failed to" say what was meant or missed, not a deed. Only an infinitive
right after the verb ("tried to storm"; not "tried not to hurt", whose trying is of
something else, nor "tried and failed to"), in the active voice, with a subject and an
object. Derived after `extract`, as spoken_topics is, so CaRB measures the sentence's own
words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from .extraction import own_modality
from .models import Extraction
from .parsing import lemma_of
from .qualifiers import CONTROL_MODALITY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DEED_RULE = "control-deed"
# control verbs whose own doing is an event, whatever becomes of the act they control
DEED_VERBS = frozenset({"try", "attempt", "threaten", "agree", "refuse", "decline",
                        "promise", "vow", "pledge", "offer"})


def deeds(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """One "<control verb> to <act>" statement per statement of an act a deed verb controls."""
    pairs = _controlled_acts(doc)
    if not pairs:
        return []
    found = []
    for e in extractions:
        if e.passive or e.subject is None or e.object is None or not e.lemma:
            continue
        for control, act in pairs:
            verb = lemma_of(control).lower()
            if not e.sentence_start <= act.idx < e.sentence_end or \
                    e.modality != CONTROL_MODALITY[verb] or \
                    e.lemma.split(" ")[0] != lemma_of(act).lower() or \
                    f"{control.text} to {act.text}" not in e.predicate:
                continue
            modality, negated = own_modality(control)
            found.append(replace(e, lemma=f"{verb} to {e.lemma}", modality=modality,
                                 negated=negated, rule=DEED_RULE))
            break
    return found


def _controlled_acts(doc: Doc) -> list[tuple[Token, Token]]:
    """Each deed verb with the bare infinitive right after its "to" ("tried to storm")."""
    pairs = []
    for control in doc:
        if control.pos_ != "VERB" or lemma_of(control).lower() not in DEED_VERBS:
            continue
        for act in control.children:
            if act.dep_ == "xcomp" and act.tag_ == "VB" and act.i >= 2 and \
                    doc[act.i - 1].tag_ == "TO" and doc[act.i - 1].head == act and \
                    doc[act.i - 2] == control:
                pairs.append((control, act))
    return pairs
