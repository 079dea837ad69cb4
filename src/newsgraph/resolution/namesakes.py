"""A place named "New X" and the bare "X" of one article: one place only when nothing
says the bare name is the older namesake.

News shortens a few such names ("the Indian capital, New Delhi ... four floors in
Delhi"), but most places named "New X" lie far from their namesake, and a bare "X"
beside them is that other place: "New Mexico" / "Mexico", "New York" / "York", "New
South Wales" / "Wales", "New Cairo" / "Cairo". So the bare name joins only when

- both are place names (GPE, LOC), the bare one is one word, and "New X" comes first;
- neither is a country, a US state or a region the tables know, nor is "X" a
  country's capital: a country or state named "New X" is never called "X" ("New
  Jersey", "New Zealand"), and a capital "X" is its own city ("New Taipei", "Taipei");
- the article names nothing else by the word ("Orleans Parish", "York University":
  then "X" may be that other thing's place) and never places the bare name in a region
  of its own ("York, England").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..demonyms import country_for_capital, country_for_name, normalize, region_country, us_states
from .state import Name

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .clustering import Unions

_PLACES = {"GPE", "LOC"}


def join_namesakes(doc: Doc, names: list[Name], words: list[list[str]],
                   unions: Unions) -> None:
    """Join a bare "X" to the one "New X" place of the article (see above)."""
    for i, name in enumerate(names):
        if name.label not in _PLACES or len(words[i]) != 1 or _known(name.text) or \
                country_for_capital(name.text) is not None:
            continue
        word = words[i][0]
        newer = [j for j, other in enumerate(names) if other.label in _PLACES
                 and words[j] == ["new", word] and other.text.startswith("New ")
                 and not _known(other.text)]
        if not newer or names[newer[0]].start > name.start:
            continue
        others = [j for j in range(len(names)) if word in words[j]
                  and words[j] not in ([word], ["new", word])]
        uses = [n for n, w in zip(names, words, strict=True) if w == [word]]
        if others or any(_placed_apart(doc, n) for n in uses):
            continue
        unions.union(i, newer[0])


def _known(text: str) -> bool:
    """A country, a US state or a region the tables know ("Wales", "New South Wales")."""
    return country_for_name(text) is not None or normalize(text) in us_states() or \
        region_country(text) is not None


def _placed_apart(doc: Doc, name: Name) -> bool:
    """Is the name written with a place of its own after a comma ("York, England")?"""
    return name.end + 1 < len(doc) and doc[name.end].text == "," and \
        doc[name.end + 1].ent_type_ in _PLACES
