"""Who asks whom: "Lee requested that Kell declare an emergency" makes Lee call on Kell.

A request names the one asked in one of two ways: as the verb's object ("urged Kell to
resign", which `extract` reads as ng:callsOn), or as the subject of the clause that says
what is asked ("requested that Kell declare", "demanded Zembla withdraw"). That clause
is no fact, and the gate keeps it unasserted; the request itself was made, of someone
named. Only a clause whose verb is in the base form, or takes "should", asks for
something ("Lee asked that Zembla be heard"); "Lee urged that Zembla had lied" is no
request. The one asked must be named, not a pronoun ("urged that they leave": whom?).

Derived after `extract`, as spoken_topics is, so CaRB measures the sentence's own words.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .models import Argument, Extraction
from .parsing import lemma_of, tokens_of, verb_forms
from .qualifiers import entity_of, is_negator
from .resolution.words import NAME_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

REQUEST_RULE = "request-clause"
# the verbs that ask with a clause; each with the act makes an ng:callsOn lemma
REQUEST_VERBS = frozenset({"request", "urge", "ask", "demand"})
_ASKED_MODALS = frozenset({"should", "must"})
_REQUEST_FORMS = verb_forms((*REQUEST_VERBS, "call"))


def request_clauses(doc: Doc) -> list[Extraction]:
    """One "calls on" statement per request whose words name the one asked."""
    found = []
    for verb in tokens_of(doc, _REQUEST_FORMS):
        if verb.pos_ != "VERB" or lemma_of(verb) not in REQUEST_VERBS | {"call"} or \
                _hedged(verb):
            continue
        requester = subject_argument(verb)
        if requester is None:
            continue
        sent = verb.sent
        for lemma, asked in _asked(verb):
            found.append(Extraction(sent.text, sent.start_char, sent.end_char, requester,
                                    verb.text, lemma, asked, rule=REQUEST_RULE))
    return found


def _hedged(verb: Token) -> bool:
    """ "did not ask", "may demand", "if Lee asks": no request made."""
    return any(c.dep_ == "mark" or c.tag_ == "MD" or is_negator(c) for c in verb.children)


def _asked(verb: Token) -> Iterator[tuple[str, Argument]]:
    """(the request's lemma, the one asked) of each request the verb makes of a name:
    "requested that Kell declare" (request to declare), "called for Kell to resign" (call
    on to resign), "demanded an apology from Zembla" (demand from)."""
    lemma = lemma_of(verb)
    for clause in verb.children:
        if lemma == "call":
            asked_for = clause.dep_ == "advcl" and _marked(clause, "for") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            act = f"call on to {lemma_of(clause)}"
        else:
            asked_for = clause.dep_ == "ccomp" and _asks(clause)
            act = f"{lemma} to {lemma_of(clause)}"
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")),
                       None) if asked_for else None
        asked = named_argument(subject) if subject is not None and subject.pos_ != "PRON" else None
        if asked is not None:
            yield act, asked
    if lemma in ("demand", "request"):
        for thing in (c for c in verb.children if c.dep_ == "dobj"):
            for source in _from(thing) or _from(verb):
                yield f"{lemma} from", source


def _marked(clause: Token, word: str) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == word for c in clause.children)


def _from(head: Token) -> list[Argument]:
    """The named one a "from" phrase of the head names ("an apology from Zembla")."""
    found = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        asked = named_argument(pobj) if pobj is not None else None
        if asked is not None:
            found.append(asked)
    return found


def _asks(clause: Token) -> bool:
    """A clause in the subjunctive ("that Kell declare", "that Zembla be heard") or with
    "should": what is asked, not what is told."""
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children):
        return False  # "asked whether Kell would come", "urged as Zembla left"
    if any(c.dep_ == "neg" for c in clause.children):
        return False  # "demanded that Zembla not interfere": asked of it, but to refrain
    modals = [c for c in clause.children if c.tag_ == "MD"]
    if modals:
        return all(m.lower_ in _ASKED_MODALS for m in modals)
    if clause.tag_ == "VB":
        return True
    # a passive "be heard": the base form is on its auxiliary
    return clause.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB"
                                        for c in clause.children)


def named_argument(token: Token) -> Argument | None:
    """The name the token heads, as an argument, if the recognizer tags one."""
    if token.ent_type_ not in NAME_LABELS:
        return None
    span: Span | None = entity_of(token)
    if span is None:
        return None
    return Argument.of(span, token.i)


def possessor_argument(owner: Token) -> Argument:
    """A possessive's or a noun modifier's name as an argument: its words as the parser
    joins them ("Bread and Roses Party", where the recognizer may tag "Roses Party"),
    without "the" and the possessive's "'s", which the recognizer may take into the name."""
    words = [t for t in owner.subtree if t.dep_ not in ("case", "det")]
    return Argument.of(owner.doc[words[0].i : words[-1].i + 1], owner.i)


def subject_argument(verb: Token) -> Argument | None:
    """The verb's subject, or that of the verb it is conjoined to ("arranged X and has
    requested ..."), as an argument: a name, or a pronoun the resolver decides."""
    node = verb
    while True:
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None or node.dep_ != "conj":
            break
        node = node.head
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        return Argument(subject.text, subject.idx, subject.idx + len(subject), subject.i)
    if subject.pos_ == "PROPN" and not subject.ent_type_:  # a name the recognizer missed
        first = subject.left_edge
        return Argument(subject.doc[first.i:subject.i + 1].text, first.idx,
                        subject.idx + len(subject), subject.i)
    return named_argument(subject)
