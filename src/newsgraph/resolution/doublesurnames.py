"""The first part of a two-part surname: "López" of "Ana María López Obrador".

Spanish and Portuguese names end in two surnames, and news shortens the person to the
first of them ("Ricardo Pérez Nevado ... Pérez said"). `persons.join_surnames` joins a
bare name only to the full names it ends, so this joins a bare person name that ends
no name of the article to the one full name of three words or more (particles and
generational suffixes aside) whose next-to-last word it is, written before it. The
full name may be one the model took for an organization, as long as no organization
word ends it: the bare name's own tag says it is a person's. A name the article uses
otherwise (a given name, another name's word, a surname it ends) or with a title
borne with a given name ("Queen Ann") joins nothing here, and with two such full
names neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..demonyms import country_for_name
from .persons import has_org_word, is_personish
from .state import Name
from .words import GIVEN_NAME_TITLES, NAME_PARTICLES, NAME_SUFFIXES

if TYPE_CHECKING:
    from .clustering import Unions


def join_first_surnames(names: list[Name], given: set[str], keys: list[str],
                        unions: Unions) -> None:
    """Join a bare first surname to the one full name it is the next-to-last word of."""
    cores = [_core(name) for name in names]
    for i, name in enumerate(names):
        if len(cores[i]) != 1 or not is_personish(name) or keys[i] in given or \
                GIVEN_NAME_TITLES & set(name.titles):
            continue  # ("Queen Ann" is no "Mary Ann Lee")
        word = cores[i][0]
        fuller = [j for j, core in enumerate(cores) if len(core) >= 3 and core[-2] == word
                  and names[j].start < name.start and _personal(names[j])]
        # (the full name shortened to its two surnames, "Pérez Nevado", is the same name)
        elsewhere = [j for j, core in enumerate(cores) if word in core and len(core) > 1
                     and not any(cores[k][-len(core):] == core for k in fuller)]
        if fuller and not elsewhere and len({unions.find(j) for j in fuller}) == 1:
            unions.union(i, fuller[0])


def taken_for_bodies(names: list[Name]) -> list[Name]:
    """The names of one entity that the recognizer took for an organization's, though the
    entity uses the first of two surnames alone tagged as a person's: its full names of
    three words or more and that surname's other uses ("Ricardo Pérez Nevado" and a
    "Pérez" tagged ORG, beside a "Pérez" tagged PERSON)."""
    cores = [_core(name) for name in names]
    alone = {core[0] for name, core in zip(names, cores, strict=True)
             if len(core) == 1 and name.label == "PERSON"}
    full = [name for name, core in zip(names, cores, strict=True) if len(core) >= 3
            and core[-2] in alone and name.label != "PERSON" and _personal(name)]
    firsts = {_core(name)[-2] for name in full}
    return full + [name for name, core in zip(names, cores, strict=True)
                   if len(core) == 1 and core[0] in firsts and name.label == "ORG"]


def _core(name: Name) -> list[str]:
    """A name's space-separated words, case folded, without particles or a suffix
    (hyphened parts stay one word: "Won-soon")."""
    core = [w.casefold() for w in name.text.split() if w.casefold() not in NAME_PARTICLES]
    while len(core) > 2 and core[-1].rstrip(".") in NAME_SUFFIXES:
        core.pop()
    return core


def _personal(name: Name) -> bool:
    """Can the name be a person's full name: capitalised words, no organization word
    ending it, no country, and a person's or an organization's tag (or a title)?"""
    return (is_personish(name) or name.label in {"ORG", ""}) and \
        not has_org_word(name.text) and country_for_name(name.text) is None and \
        all(w[:1].isupper() for w in name.text.split() if w.casefold() not in NAME_PARTICLES)
