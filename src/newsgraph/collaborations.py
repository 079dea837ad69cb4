"""Who works with whom: "researchers from Acme and Eastport University found ..." makes Acme
cooperate with Eastport University, and "worked in partnership with Y" makes the subject
cooperate with Y.

News of science and of public services says who worked together through the phrase that
names the team, not through a verb: "scientists from A and B reported", "a study by a team
from A and B", "the police are working in cooperation with the council". The verb is what
the team did (reported, published); that the two bodies did it together is said by the
phrase alone, and "A cooperates with B" is how an analyst writes it down. Only a team of
researchers from two named organizations counts ("protesters from A and B" marched side by
side, "officials from A and B" may have met to disagree), only a statement the extractor
reads as done (not negated, not planned or hedged), and only the words that say working
together ("in cooperation with", "in collaboration with", "in partnership with"; "in
conjunction with a visit" says when).

Derived after `extract`, as spoken_topics is, so CaRB measures the sentence's own words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .lexicon import COOPERATION_NOUNS, RESEARCH_TEAM_NOUNS
from .models import Argument, Extraction
from .parsing import lemma_of
from .qualifiers import entity_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

JOINT_RULE = "joint-work"
COOPERATE = "cooperate with"


def collaborations(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """One "cooperate with" statement per pair of bodies a team is from, and per partner
    a subject works "in cooperation with"."""
    found: list[Extraction] = []
    seen: set[tuple[int, int]] = set()
    for e in extractions:
        if e.subject is None or e.subject.root < 0 or e.negated or e.modality:
            continue
        pairs = [*_team_bodies(doc[e.subject.root]), *_partners(doc, e)]
        for first, second in pairs:
            if (first.start, second.start) in seen:
                continue
            seen.add((first.start, second.start))
            found.append(Extraction(
                e.sentence, e.sentence_start, e.sentence_end, first, "work with", COOPERATE,
                second, rule=JOINT_RULE))
    return found


def _team_bodies(team: Token) -> Iterator[tuple[Argument, Argument]]:
    """ "researchers from Acme and Eastport University": the first body with each other one
    (in the order the text names them)."""
    if team.pos_ != "NOUN" or lemma_of(team).lower() not in RESEARCH_TEAM_NOUNS:
        return
    source = next((c for c in team.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    # (the parser may hang "and B" on "from" as a second object, or on the last word of A's
    # name: "from the University of Kelso and B")
    pobjs = [c for c in source.children if c.dep_ == "pobj"] if source else []
    words = {t for p in pobjs for t in _name_words(p)}
    bodies = {t for t in words | {c for t in words for c in t.conjuncts} if t.ent_type_ == "ORG"}
    named: dict[int, Argument] = {}
    for body in sorted(bodies, key=lambda t: t.i):
        argument = _argument(body)
        if argument is not None and body.i >= pobjs[0].i:
            named.setdefault(argument.start, argument)
    if len(named) < 2 or len({body.text for body in named.values()}) < len(named):
        return
    first, *others = [named[start] for start in sorted(named)]
    for other in others:
        yield first, other


def _name_words(noun: Token) -> list[Token]:
    """The words of the name a noun stands in (the noun alone if it is no name)."""
    name = entity_of(noun)
    return [noun] if name is None else list(name)


def _partners(doc: Doc, e: Extraction) -> Iterator[tuple[Argument, Argument]]:
    """ "is working in cooperation with the council (and the school)": the subject with each
    one it works with, wherever the statement holds the phrase (its object or an adjunct)."""
    assert e.subject is not None
    for arg in (e.object, *e.extra):
        if arg is None or arg.root < 0:
            continue
        noun = doc[arg.root]
        if noun.dep_ != "pobj" or noun.head.lower_ != "in" or \
                lemma_of(noun).lower() not in COOPERATION_NOUNS:
            continue
        with_ = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        partner = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ else None
        if partner is None:
            continue
        for member in (partner, *partner.conjuncts):
            if member.pos_ in ("NOUN", "PROPN") and member.i > noun.i:
                yield e.subject, _phrase(member)


def _argument(body: Token) -> Argument | None:
    """The recognizer's name a body's word stands in."""
    name: Span | None = entity_of(body)
    if name is None:
        return None
    return Argument.of(name, name.root.i)


def _phrase(noun: Token) -> Argument:
    """A partner's noun phrase: its name, else the noun with the words before it that modify
    it ("the local school"), never a conjunct or a clause after it."""
    name = entity_of(noun)
    if name is not None:
        return Argument.of(name, noun.i)
    start = min([noun.i, *(c.left_edge.i for c in noun.lefts if c.dep_ in _MODIFIERS)])
    span = noun.doc[start:noun.i + 1]
    return Argument.of(span, noun.i)


# the words before a noun that belong to its phrase
_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod"})
