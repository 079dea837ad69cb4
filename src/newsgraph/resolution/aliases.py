"""Names the text declares to be one: "X (Y)", "X, known as Y", "Y, the acronym for X".

A bracketed short form after a name is that name's when one of the two is an acronym or
both share a word ("World Health Organization (WHO)"), unless the acronym spells a
longer title that ends with a place's name ("Notes from Poland (NFP)" is no name of
Poland); "X, or Y", and "X, known as Y" / "X, also called Y" when the naming word
hangs on X itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..demonyms import normalize
from ..parsing import lemma_of
from .keys import initials, name_words
from .persons import is_personish
from .state import ArticleState, Name
from .words import ACRONYM

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _short_form_pair(first: str, second: str) -> bool:
    """Is one of the two an acronym ("World Health Organization (WHO)"), or do both
    share a word ("Islamic State (Islamic State of Iraq)")?"""
    if any(ACRONYM.match(text.replace(" ", "")) for text in (first, second)):
        return True
    words = {w.casefold() for w in name_words(first)}
    return bool(words & {w.casefold() for w in name_words(second)})


# lower-case words inside a title whose initials an acronym may keep ("Notes from Poland")
_TITLE_LINKERS = {"of", "from", "for", "and", "the", "on", "in", "to"}


def _initials_of_longer(doc: Doc, name: Name, acronym: str) -> bool:
    """Is a bracketed acronym the initials of a longer title that ends with a place's
    name, not of the place ("Notes from Poland (NFP)" is no name of Poland)? (A name
    of another kind the model cut short keeps its acronym: "British American Drama
    Academy (BADA)" tagged from "American".)"""
    letters = acronym.replace(".", "")
    if name.label not in {"GPE", "LOC"} or not ACRONYM.match(acronym) or \
            letters in initials(name.text):
        return False
    k = name.start
    while k > max(name.start - 4, 0) and (doc[k - 1].is_title or
                                          doc[k - 1].lower_ in _TITLE_LINKERS):
        k -= 1
        if letters in initials(doc[k:name.end].text):
            return True
    return False


def _names_another(doc: Doc, name: Name, verb: Token, other: Name) -> bool:
    """Does "X called Y" give X another name, rather than say what X called someone?

    A name before "called" or "dubbed" with no comma between is the subject of the
    verb ("Lee called Chan's plan a failure", "Lee later called Chan a liar"): after a
    name, a naming participle follows a comma ("X, also called Y"); "known as" names
    either way. A name followed by "'s" possesses something else: it is no name of X.
    """
    if other.end < len(doc) and doc[other.end].tag_ == "POS":
        return False
    before = doc[verb.i - 1]
    if before.pos_ == "ADV" and before.i > name.end:  # "X, also called Y"
        before = doc[before.i - 1]
    return verb.lower_ == "known" or before.text == ","


def aliases_of(state: ArticleState, i: int, names: list[Name]) -> Iterable[int]:
    """Names the text declares to be the same: "X (Y)", "X, known as Y", "acronym for X"."""
    doc, sent_of = state.doc, state.sent_of
    name = names[i]
    after = [j for j in range(i + 1, len(names))
             if sent_of[names[j].start] == sent_of[name.start]]
    if after:
        j = after[0]
        between = [t.lower_ for t in doc[name.end:names[j].start]]
        known = [t for t in doc[name.end:names[j].start]
                 if t.lower_ in {"known", "called", "dubbed"}]
        # "X, known as Y" only when "known" hangs on X itself (the parse says whether
        # "the withdrawal from X, known as Y" names X or the withdrawal)
        bracketed = between in (["("], ["(", "the"])
        # "X (Y)" declares a short form, not a qualifier: "Melbourne (State Suburbs)"
        if (bracketed and _short_form_pair(name.text, names[j].text)
                and not _initials_of_longer(doc, name, names[j].text)) or between in (
                [",", "or"], [",", "or", "the"]) or (
                known and len(between) <= 6
                and between[-1] in {"as", "the", "called", "dubbed"}
                and name.start <= known[0].head.i < name.end
                and _names_another(doc, name, known[0], names[j])):
            yield j
    # "Y ..., using the Arabic acronym for X" / "Y is the acronym for X"
    start = name.start
    k = start - 1 if start and doc[start - 1].lower_ != "the" else start - 2
    # ("the name of X" is no alias: "dates tied to the name of X")
    if k >= 1 and doc[k].lower_ in {"for", "of"} and (
            lemma_of(doc[k - 1]).lower() in {"acronym", "abbreviation", "initial", "initialism"}
            or (lemma_of(doc[k - 1]).lower() == "name" and doc[k].lower_ == "for")):
        before = [j for j in range(i) if sent_of[names[j].start] == sent_of[start]
                  and normalize(names[j].text) != normalize(name.text)
                  and not is_personish(names[j])]
        if before:
            yield before[-1]


def spelled_out(state: ArticleState, names: list[Name]) -> list[Name]:
    """The lower-case expansion an acronym stands in brackets with: "DRM (digital rights
    management)", "liquid natural gas (LNG)". The words the letters spell are a name of
    the acronym's entity (the "X (Y)" rule then joins them); a capitalised expansion is
    the recognizer's own name already."""
    doc, taken = state.doc, {i for n in names for i in range(n.start, n.end)}
    found = []
    for name in names:
        letters = name.text.replace(".", "")
        if not ACRONYM.match(name.text) or len(letters) < 2 or name.end - name.start != 1:
            continue
        if name.end + 1 < len(doc) and doc[name.end].text == "(":  # "DRM (digital ...)"
            span = _spelling(doc, name.end + 1, letters, forward=True)
        elif name.start >= 2 and doc[name.start - 1].text == "(" and \
                name.end < len(doc) and doc[name.end].text == ")":  # "liquid ... gas (LNG)"
            span = _spelling(doc, name.start - 1, letters, forward=False)
        else:
            continue
        if span is not None and taken.isdisjoint(range(*span)):
            found.append(Name.over(doc, *span, ""))
            taken.update(range(*span))
    return found


def _spelling(doc: Doc, edge: int, letters: str, *, forward: bool) -> tuple[int, int] | None:
    """The lower-case words from `edge` on (or before it) whose initials are the letters,
    linkers ("of", "and") allowed between them."""
    for size in range(len(letters), len(letters) + 3):
        start, end = (edge, edge + size) if forward else (edge - size, edge)
        if start < 0 or end > len(doc):
            return None
        words = doc[start:end]
        if not all(t.is_alpha and t.is_lower for t in words) or \
                words[0].lower_ in _TITLE_LINKERS or words[-1].lower_ in _TITLE_LINKERS:
            continue
        spelled = {"".join(t.text[0] for t in words if t.lower_ not in _TITLE_LINKERS),
                   "".join(t.text[0] for t in words)}
        if letters.upper() in {w.upper() for w in spelled} and (
                not forward or end == len(doc) or doc[end].text in {")", ",", ";"}):
            return start, end
    return None
