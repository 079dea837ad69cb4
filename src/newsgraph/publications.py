"""Where a work appeared: "In findings published in Nature, researchers from Acme reported
..." makes the researchers publish in Nature.

News of science names the journal a study appeared in, most often in a phrase set before
the clause ("In findings published on Monday in Current Biology, neuroscientists
examined ..."), or as where a verb of publishing put the work ("published their findings
in Nature Sustainability"). `extract` keeps the journal as an adjunct, so it never
becomes a node, while "the researchers publish in Current Biology" is what an analyst
writes down. The one who published is the verb's own subject or "by" agent, or, for a
phrase set before the clause, the subject of that clause, when the phrase names the
clause's own work (findings, a study, a paper, research, results; not "a report" or "an
article", which a journalist may have written about them). The journal is a name, never
a place or a time ("published in Germany", "published in May"), and a statement the
extractor reads as not done (negated, planned, hedged) publishes nothing.

Derived after `extract`, as spoken_topics is, so CaRB measures the sentence's own words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .models import Argument, Extraction
from .parsing import lemma_of
from .qualifiers import entity_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PUBLISHED_RULE = "published-in"
PUBLISH_IN = "publish in"
PUBLISH = "publish"
# a clause's own work, which its subject published: "In findings published in Nature, ..."
WORK_NOUNS = frozenset({"finding", "findings", "study", "paper", "research", "result",
                        "results"})
# names that are no journal: places, times, numbers
_NOT_JOURNALS = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "NORP",
                           "PERSON", "MONEY", "PERCENT", "QUANTITY"})


def publications(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """One "publish in" statement per publisher and journal the sentence names."""
    found: list[Extraction] = []
    seen: set[tuple[int, int]] = set()
    for e in extractions:
        if e.subject is None or e.negated or e.modality:
            continue
        for journal in _journals(doc, e):
            if (e.subject.start, journal.start) in seen:
                continue
            seen.add((e.subject.start, journal.start))
            found.append(Extraction(
                e.sentence, e.sentence_start, e.sentence_end, e.subject, "published in",
                PUBLISH_IN, journal, rule=PUBLISHED_RULE))
    return found


def _journals(doc: Doc, e: Extraction) -> Iterator[Argument]:
    """The journals the statement's subject published in: its own verb's "in", or the
    "in" of a work of its own the clause opens with."""
    if e.lemma in (PUBLISH, PUBLISH_IN):
        places = [e.object] if e.lemma == PUBLISH_IN else []
        for arg in [*places, *(a for a in e.extra if a.role == "in")]:
            word = _head(doc, arg)
            journal = _journal(word) if word is not None else None
            if journal is not None:
                yield journal
        return
    for arg in e.extra:
        work = _head(doc, arg)
        if work is None or work.dep_ != "pobj" or lemma_of(work).lower() not in WORK_NOUNS or \
                work.head.lower_ != "in":
            continue
        for published in work.children:
            if published.dep_ != "acl" or lemma_of(published).lower() != PUBLISH or any(
                    c.dep_ == "agent" for c in published.children):
                continue  # (a "by" agent published it: its own statement says so)
            for prep in published.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    journal = _journal(pobj) if pobj is not None else None
                    if journal is not None:
                        yield journal


def _head(doc: Doc, arg: Argument | None) -> Token | None:
    """The noun an argument names (an adjunct's root is its preposition: "in Nature")."""
    if arg is None or arg.root < 0:
        return None
    word = doc[arg.root]
    if word.dep_ == "prep":
        return next((c for c in word.children if c.dep_ == "pobj"), None)
    return word


def _journal(word: Token) -> Argument | None:
    """The name of a journal an "in" phrase gives ("Current Biology", "the journal Cell"), or
    None for a place, a time or a common noun."""
    if lemma_of(word).lower() == "journal":
        word = next((c for c in word.children if c.dep_ in ("appos", "compound", "npadvmod")
                     and c.pos_ == "PROPN" and c.i > word.i), word)
    name = entity_of(word)
    if word.pos_ != "PROPN" or name is None or name.label_ in _NOT_JOURNALS or \
            name.root.i != word.i:
        return None  # (only a name the recognizer reads whole: "PLOS [ONE]" makes "ONE")
    end = name.end
    # a trailing conjunct of the name ("Astronomy & Astrophysics")
    tail = next((c for c in word.children if c.dep_ == "conj" and c.pos_ == "PROPN" and
                 any(k.dep_ == "cc" and k.text == "&" for k in word.children)), None)
    if tail is not None:
        end = max(end, tail.i + 1)
    span = word.doc[name.start:end]
    if span[0].lower_ == "the":
        span = span[1:]
    return Argument.of(span, word.i)
