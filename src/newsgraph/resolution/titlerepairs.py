"""Title repairs: names of bodies and works the model cut short or in pieces.

"The Bread and Roses Party" tagged from "Roses", "The Ann and Tom Show" as "Ann" and "Tom
Show", a quoted title cut at its little words ('"Salute to the Nation"' as "Salute"), an
organization cut at its "and" when the acronym in brackets spells the whole ("National
Institute of Allergy [and Infectious Diseases] (NIAID)"), and a company's branch named
by its country ("BBC Scotland" as "BBC" and "Scotland"). Like `namerepairs`, every rule
reads the parse and the capitals, never a list of names.
"""

from __future__ import annotations

from ..lexicon import GATHERING_NOUNS, QUOTE_MARKS
from .keys import initials
from .state import ArticleState, Name
from .words import ACRONYM, NAME_ONLY_HEADS, ORG_WORDS

# a contest's head words: "the World Rapid and Blitz Championship" is one contest (the
# model tags "World Rapid" and "Blitz Championship"), as "the Bread and Roses Party" is a
# party; no gathering of people of any kind ("the Kelso and Dunmore protest")
_CONTEST_HEADS = GATHERING_NOUNS & {"championship", "championships", "cup", "tournament",
                                    "games", "olympiad"}
# head words of a body's or a work's name, which may hold an "and": "the Bread and Roses
# Party", "The Ann and Tom Show"
_NAME_HEADS = ORG_WORDS | {"show", "festival", "band", "orchestra", "theatre", "theater",
                           "choir", "awards", "prize", "magazine"} | _CONTEST_HEADS
# little words inside a quoted title ("Salute to the Nation", "Out of the Blue")
TITLE_LITTLE = {"to", "of", "the", "and", "in", "for", "a", "an", "on", "at", "&", "with"}
_MAX_TITLE_WORDS = 6


def whole_titles(state: ArticleState, names: list[Name]) -> list[Name]:
    """Mend names the model cut from a longer title: "the Bread and Roses Party" ("Roses
    Party" tagged), "The Ann and Tom Show" ("Ann" and "Tom Show"), a quoted title cut at
    its little words ('"Salute to the Nation"' as "Salute"), and an organization with the
    country or region of its branch ("BBC Scotland" as "BBC" and "Scotland")."""
    doc = state.doc
    out: list[Name] = []
    for name in names:
        if out and name.start < out[-1].end:
            continue  # inside a title mended before it
        name = _quoted_whole(state, name)
        while out and out[-1].start >= name.start:
            out.pop()  # a name the quoted title holds
        end = _spelled_on(state, name)
        if end is not None:
            name = Name.over(doc, name.start, end, "ORG", name.titles)
        start = _and_start(state, name)
        if start is not None:
            kept = [n for n in out if n.end <= start]
            if all(n.start >= start for n in out[len(kept):]):  # whole names only
                out = kept
                name = Name.over(doc, start, name.end, "ORG")
        if out and _branch(state, out[-1], name):
            first = out.pop()
            name = Name.over(doc, first.start, name.end, "ORG", first.titles)
        out.append(name)
    return out


def _spelled_on(state: ArticleState, name: Name) -> int | None:
    """Where "the Institute of Allergy [and Infectious Diseases] (NIAID)" ends when only the
    words before its "and" are tagged: the acronym in brackets spells the whole run (its
    letters reach back before the "and"; "the Red Cross and World Health Organization
    (WHO)" are two bodies). A country's letters before it may stay out ("US ...")."""
    doc = state.doc
    i = name.end
    if i >= len(doc) or doc[i].lower_ not in ("and", "&"):
        return None
    j = i + 1
    while j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper() and \
            state.sent_of[j] == state.sent_of[i]:
        j += 1
    if j == i + 1 or j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")":
        return None
    letters = doc[j + 1].text
    spelled = "".join(t.text[0] for t in doc[name.start:j] if t.text[:1].isupper())
    if not ACRONYM.match(letters) or not spelled.endswith(letters) or \
            len(spelled) - len(letters) > 2 or len(letters) <= j - i - 1:
        return None
    return j


def _bracketed_initials(state: ArticleState, name: Name) -> str:
    """The acronym in brackets right after the name, or ""."""
    doc, end = state.doc, name.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and \
            ACRONYM.match(doc[end + 1].text):
        return doc[end + 1].text
    return ""


def _and_start(state: ArticleState, name: Name) -> int | None:
    """Where "the A and B Party" starts when only "B Party" (or "A", "B Party") is tagged."""
    doc = state.doc
    last, i = doc[name.end - 1], name.start - 1
    if last.lower_ not in _NAME_HEADS or last.lower_ in NAME_ONLY_HEADS or \
            not last.text[:1].isupper() or i < 2 or doc[i].lower_ not in ("and", "&"):
        return None  # ("the AP and NBC News": two outlets)
    j = i
    while j > 0 and i - j < 3 and doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper() and \
            doc[j - 1].lower_ != "the" and state.sent_of[j - 1] == state.sent_of[i]:
        j -= 1
    # "the" before it: "Lee and the Labour Party" (two) has its "the" after the "and"; an
    # acronym or an adjective before the "and" is a name of its own ("the UN and Red Cross
    # Society", "the Democratic and Republican Party's primaries")
    # a complete name before the "and" ("the Secret Service and US Park Police": two
    # bodies) or an acronym opening the tagged name after it is a name of its own
    if doc[i - 1].lower_ in ORG_WORDS or ACRONYM.match(doc[i + 1].text) or \
            _bracketed_initials(state, name) in initials(name.text):
        return None  # ("the Red Cross and World Health Organization (WHO)": WHO's alone)
    if j == i or j == 0 or doc[j - 1].lower_ != "the" or any(
            ACRONYM.match(t.text) or t.pos_ == "ADJ" or t.ent_type_ == "NORP" for t in doc[j:i]):
        return None  # ("the Democratic and Republican parties' primaries": two parties)
    return j


def _quoted_whole(state: ArticleState, name: Name) -> Name:
    """The whole quoted title a name is part of ('a "Salute to the Workers" rally' when only
    "Salute" or "Workers" is tagged): every word between the quotation marks capitalised
    or a little word, the first and the last capitalised."""
    doc, sent = state.doc, state.sent_of[name.start]

    def title_word(k: int) -> bool:
        return (doc[k].lower_ in TITLE_LITTLE or doc[k].text[:1].isupper()) and \
            doc[k].text not in QUOTE_MARKS and state.sent_of[k] == sent

    start, end = name.start, name.end
    while start > 0 and name.end - start < _MAX_TITLE_WORDS and title_word(start - 1):
        start -= 1
    while end < len(doc) and end - start < _MAX_TITLE_WORDS and title_word(end):
        end += 1
    if (start, end) == (name.start, name.end) or start == 0 or end >= len(doc) or \
            doc[start - 1].text not in QUOTE_MARKS or doc[end].text not in QUOTE_MARKS or \
            not (doc[start].text[:1].isupper() and doc[end - 1].text[:1].isupper()):
        return name
    return Name.over(doc, start, end, name.label, name.titles)


def _branch(state: ArticleState, first: Name, second: Name) -> bool:
    """ "CNN Philippines", "BBC Scotland": an organization's name run straight into a
    country's or a region's is its branch there, one name (not "the UN Syria envoy", where
    the place is a modifier of the noun after it)."""
    doc = state.doc
    if first.label != "ORG" or second.label not in ("GPE", "LOC") or first.end != second.start \
            or not doc[first.end - 1].whitespace_ or second.titles or \
            state.sent_of[first.start] != state.sent_of[second.start]:
        return False
    after = doc[second.end] if second.end < len(doc) else None
    return doc[second.end - 1].dep_ != "compound" and (
        after is None or after.pos_ not in ("NOUN", "PROPN"))
