"""The interviewer's tag of a transcript: "((WN))" is the publication whose initials it is.

An interview transcript opens each turn with its speaker's tag. The tag of the side that
asks the questions is often the initials of the publication running the interview, of
a name written as one word ("WN" for "Wikinews", "GH" for "GitHub"): the tag is that
publication when its letters begin the one such organization name of the article and
follow in it in order (a name the model tags as an organization is preferred to one it
left untagged: a capitalised "Women" opening a sentence is no rival to it). A tag that
could be two names' is neither's; a person's tag, a country's, or the tag of a side
that asks nothing is left alone. (A tag that is the initials of a name of several
words is an acronym, joined by the clustering stage.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..demonyms import country_for_name
from .persons import is_personish
from .state import ArticleState, Name
from .words import ACRONYM

if TYPE_CHECKING:
    from .clustering import Unions


def join_interviewer_tags(state: ArticleState, names: list[Name], words: list[list[str]],
                          unions: Unions) -> None:
    """Join an asking side's tag to the one one-word organization name it abbreviates."""
    asking = {state.text[turn.name_start:turn.name_end].strip() for turn in state.turns()
              if "?" in state.text[turn.name_end:turn.end]}
    for tag in asking:
        if not ACRONYM.match(tag) or country_for_name(tag) is not None:
            continue
        tagged = [i for i, name in enumerate(names) if name.text == tag]
        # a name the model tags as an organization first; else one it left untagged
        for labels in ({"ORG"}, {""}):
            found = {words[j][0]: j for j, name in enumerate(names)
                     if len(words[j]) == 1 and name.label in labels
                     and not is_personish(name) and _abbreviates(tag, name.text)}
            if found:
                break
        if tagged and len(found) == 1:
            for i in tagged:
                unions.union(i, next(iter(found.values())))


def _abbreviates(tag: str, word: str) -> bool:
    """Do the tag's letters begin the word (written not all in capitals, longer than the
    tag by a syllable at least) and follow in it in order ("WN", "Wikinews")?"""
    letters = tag.replace(".", "").casefold()
    if word.isupper() or len(word) < len(letters) + 3 or \
            word[:1].casefold() != letters[:1]:
        return False
    rest = iter(word[1:].casefold())
    return all(letter in rest for letter in letters[1:])
