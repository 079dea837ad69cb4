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
object.

The same deed told by its noun (DEED_NOUNS), which `extract` does not read at all:
"Russia's threat to attack Ukraine alarmed Europe", "the protesters' attempt to storm the
parliament failed", "Russia made an attempt to seize Kyiv" (the one who makes it) give
"threaten to attack", "attempt to storm", "attempt to seize", with the owner named (a
possessive) or the subject of "make"; as factual as the clause the noun stands in says
("may make an attempt", "planned an attempt", "a failed attempt" is one made).

Derived after `extract`, as spoken_topics is, so CaRB measures the sentence's own words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from .extraction import event_noun_modality, own_modality
from .models import Argument, Extraction
from .parsing import lemma_of, tokens_of, verb_forms
from .qualifiers import CONTROL_MODALITY, entity_of
from .request_clauses import possessor_argument, subject_argument

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DEED_RULE = "control-deed"
# control verbs whose own doing is an event, whatever becomes of the act they control
DEED_VERBS = frozenset({"try", "attempt", "threaten", "agree", "refuse", "decline",
                        "promise", "vow", "pledge", "offer"})
_VERB_FORMS = verb_forms(DEED_VERBS)
# the nouns of such deeds, by the verb of their predicate ("a threat to attack": threaten)
DEED_NOUNS = {"attempt": "attempt", "attempts": "attempt", "bid": "bid", "bids": "bid",
              "threat": "threaten", "threats": "threaten", "offer": "offer",
              "offers": "offer", "promise": "promise", "promises": "promise",
              "pledge": "pledge", "pledges": "pledge", "vow": "vow", "vows": "vow",
              "refusal": "refuse"}
# verbs whose subject makes the deed their object names ("made an attempt to")
_MAKING_VERBS = frozenset({"make", "launch", "mount", "issue", "renew"})


def deeds(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """One "<control verb> to <act>" statement per statement of an act a deed verb
    controls, and one per deed noun with its doer and the act's object."""
    found = [e for noun in tokens_of(doc, frozenset(DEED_NOUNS))
             if (e := _told_by_noun(noun)) is not None]
    pairs = _controlled_acts(doc)
    for e in extractions if pairs else ():
        if e.passive or e.subject is None or e.object is None or not e.lemma:
            continue
        act_lemma = e.lemma.split(" ")[0]
        for control, act, verb in pairs:
            if e.sentence_start <= act.idx < e.sentence_end and \
                    e.modality == CONTROL_MODALITY[verb] and act_lemma == lemma_of(act).lower() \
                    and f"{control.text} to {act.text}" in e.predicate:
                modality, negated = own_modality(control)
                found.append(replace(e, lemma=f"{verb} to {e.lemma}", modality=modality,
                                     negated=negated, rule=DEED_RULE))
                break
    return found


def _controlled_acts(doc: Doc) -> list[tuple[Token, Token, str]]:
    """Each deed verb with the bare infinitive right after its "to" ("tried to storm"), and
    the deed verb's lemma."""
    pairs: list[tuple[Token, Token, str]] = []
    for control in tokens_of(doc, _VERB_FORMS):
        verb = lemma_of(control).lower()
        if control.pos_ != "VERB" or verb not in DEED_VERBS:
            continue
        pairs.extend((control, act, verb) for act in control.children
                     if act.dep_ == "xcomp" and act.tag_ == "VB" and act.i >= 2 and
                     doc[act.i - 1].tag_ == "TO" and doc[act.i - 1].head == act and
                     doc[act.i - 2] == control)
    return pairs


def _told_by_noun(noun: Token) -> Extraction | None:
    """ "Russia's threat to attack Ukraine" -> Russia threaten to attack Ukraine."""
    if noun.pos_ != "NOUN":
        return None
    act = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB" and
                c.i == noun.i + 2 and noun.doc[noun.i + 1].tag_ == "TO"), None)
    if act is None or any(c.dep_ == "neg" for c in act.children):
        return None
    target = next((c for c in act.children if c.dep_ == "dobj"), None)
    if target is None:
        return None
    doer = _doer(noun)
    if doer is None:
        return None
    obj = _phrase(target)
    modality, negated = event_noun_modality(noun)
    verb = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    if verb is not None and verb.pos_ in ("VERB", "AUX") and not modality:
        modality, own_negated = own_modality(verb)
        negated = negated or (own_negated and noun.dep_ == "dobj")  # (a subject's: not)
    sent = noun.sent
    return Extraction(sent.text, sent.start_char, sent.end_char, doer,
                      f"{noun.text} to {act.text}",
                      f"{DEED_NOUNS[noun.lower_]} to {lemma_of(act).lower()}", obj,
                      negated=negated, modality=modality, rule=DEED_RULE)


def _doer(noun: Token) -> Argument | None:
    """Whose the deed is: the noun's possessor ("Russia's threat"), or the subject of the
    verb that makes it ("Russia made an attempt")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return possessor_argument(owner)
    if noun.dep_ == "dobj" and lemma_of(noun.head).lower() in _MAKING_VERBS:
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return subject_argument(noun.head) or (_phrase(subject) if subject is not None
                                               and subject.pos_ == "NOUN" else None)
    return None


def _phrase(head: Token) -> Argument:
    """The object's words: its name, or the phrase up to its head with an "of" phrase after
    it ("the ruins of the city"; never a clause the parser hung on it: "Ukraine alarmed")."""
    name = entity_of(head)
    if name is not None:
        return Argument.of(name, head.i)
    end = head.i
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and of.i == head.i + 1:
        end = of.right_edge.i
    return Argument.of(head.doc[head.left_edge.i:end + 1], head.i)
