"""A country's name before a body's name: "U.S. Prohibition Party" is the "Prohibition
Party" the article also names, the country saying whose body it is.

Only a country's name or abbreviation counts, never its demonym: "Syrian Democratic
Forces" is a name of its own, and a "Democratic Forces" in the same article may be
another body. A name that is also a US state ("Georgia Democratic Party") is a state's
branch, and a bare name the article qualifies by two countries ("US Army", "the Russian
Army", "the Army") is either, so joins neither. The qualified name must come first, as
news introduces a body in full and shortens it after: a bare name used before it is
the article's own body, perhaps a state's or a territory's ("the Senate" and "the
House of Representatives" of a story about Puerto Rico, which later names the "U.S.
Senate"; the short-form rules read "the Senate" so too). (A country's name after a company's,
"Acme Poland", is a branch: see `branches`.)
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ..demonyms import country_for_name, normalize, us_states
from .keys import head_part
from .persons import has_org_word, is_personish
from .phrases import country_prefix
from .state import Name

if TYPE_CHECKING:
    from .clustering import Unions


def join_country_prefixed(names: list[Name], words: list[list[str]],
                          unions: Unions) -> None:
    """Join each "<country> <body>" to the bare "<body>" of the article (see above)."""
    bare: dict[tuple[str, ...], list[int]] = defaultdict(list)
    first: dict[tuple[str, ...], int] = {}  # where each name is first used
    for j, name in enumerate(names):
        first.setdefault(tuple(words[j]), name.start)
        if _bodyish(name):
            bare[tuple(words[j])].append(j)
    for i, name in enumerate(names):
        if not _bodyish(name) or name.titles:
            continue
        country, size = country_prefix(words[i])
        rest = tuple(words[i][size:])
        if country is None or country_for_name(" ".join(words[i][:size])) is None or \
                normalize(" ".join(words[i][:size])) in us_states() or rest not in bare:
            continue
        if first[rest] < first[tuple(words[i])]:
            continue
        others = {_qualifier(words[k], rest) for k in range(len(names))}
        others.discard(None)
        if others - {country.code}:
            continue
        for j in bare[rest]:
            unions.union(i, j)


def _bodyish(name: Name) -> bool:
    """Is the name an organization's, as the short-form rules read it?"""
    return not is_personish(name) and country_for_name(name.text) is None and (
        name.label in {"ORG", "GAZ"} or has_org_word(name.text))


def _qualifier(words: list[str], rest: tuple[str, ...]) -> str | None:
    """The code of the country a name qualifies `rest` by: before it ("UK Army",
    "British Army") or after its "of" ("Army of Myanmar"); else None."""
    size = len(rest)
    if len(words) > size and tuple(words[-size:]) == rest:
        country, width = country_prefix(words)
        return country.code if country is not None and width == len(words) - size else None
    head = head_part(words)
    if tuple(head) == rest and len(words) > size and words[size] == "of":
        country = country_for_name(" ".join(words[size + 1:]))
        return country.code if country is not None else None
    return None
