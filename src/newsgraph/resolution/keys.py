"""Keys and labels: how an entity is named in the graph, the same in every build.

A key is `<coarse kind>/<slug of the canonical name>` and nothing else (no counters,
no article), so the same actor gets the same key alone or with other articles. A
generic non-actor ("deaths", "the vehicle") is one article's own: its key holds the
article id (see `entity_key`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..demonyms import normalize
from ..lexicon import CHAMBERS, slug
from ..vocabulary import ACTOR_KINDS

_PREFIX = {"Person": "actor", "Organization": "actor", "ArmedGroup": "actor",
           "Government": "actor", "Country": "country", "Location": "place", "Group": "group",
           "Event": "thing", "Thing": "thing"}


def entity_key(kind: str, label: str, *, article: str = "", own: bool = False) -> str:
    """Key of an entity: coarse kind + slug of the canonical name.

    A generic non-actor ("deaths", "the vehicle", "Roman temples": its head word is lower
    case) is a different thing in every article, so with `article` given its key also
    holds the article id: `thing/<article-id>/<slug>`, stable per article. So does an
    actor the article names only in a way no other article can be sure to share (`own`:
    a lone first name, "his son Tom", a chamber's word alone, "the Senate"). Named
    non-actors ("Euphrates River", "Boeing 737") and every other actor key on the name
    alone.
    """
    prefix = _PREFIX.get(kind, "thing")
    if article and (own or (kind not in ACTOR_KINDS and generic(label))):
        return f"{prefix}/{slug(article)}/{slug(label)}"
    return f"{prefix}/{slug(label)}"


def chamber_alone(label: str) -> bool:
    """Is the name a legislature's word alone ("Senate", "the parliament")? It names the
    chamber of whichever country its article is about: one article's Senate may be
    another's state senate or another country's, so it is keyed in its article."""
    return label.casefold() in CHAMBERS


def generic(label: str) -> bool:
    """A common noun phrase, not a name: its last word with letters is lower case."""
    found = [w for w in name_words(label) if any(c.isalpha() for c in w)]
    return bool(found) and not found[-1][:1].isupper()


def article_local(key: str) -> bool:
    """A generic non-actor's key ("thing/<article-id>/deaths", "place/<article-id>/the-town")
    or a lone first name's ("actor/<article-id>/tom") holds its article's id, a slash a
    name's slug never has: it meets no other article."""
    return key.count("/") > 1


def name_words(name: str) -> list[str]:
    """The words of a name, split at spaces and hyphens."""
    return list(word_tuple(name))


# words after which a name goes on with what it is of or for ("Council of Ex-Muslims")
_HEAD_ENDS = {"of", "for", "on", "in", "to", "at"}


def head_part(words: list[str]) -> list[str]:
    """The words of a name up to its head noun: "council" of "council of ex muslims"."""
    for k, word in enumerate(words):
        if word in _HEAD_ENDS and k:
            return words[:k]
    return words


def modifier_words(part: Sequence[str]) -> set[str]:
    """The words before a name's head noun, and each two of them run together: a hyphened
    word is written whole too ("the takedown notice" after "a DMCA take-down notice")."""
    before = part[:-1]
    return set(before) | {a + b for a, b in zip(before, before[1:], strict=False)}


_WORD_BREAK = re.compile(r"[\s\-]+")


@lru_cache(maxsize=1 << 16)  # names are split again and again while clustering
def word_tuple(name: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD_BREAK.split(name.replace("’", "'")) if w)


def title_key(parts: Sequence[str]) -> str:
    """The words before a name as a key of the title table ("Gov." -> "gov")."""
    return _title_key_of(tuple(parts))


@lru_cache(maxsize=1 << 14)  # the words before every name are tried as titles
def _title_key_of(parts: tuple[str, ...]) -> str:
    return " ".join(w.casefold().rstrip(".") for w in parts)


def initials(name: str) -> set[str]:
    """Acronyms a name could have: initials of its capitalized words, with or without linkers."""
    found = [w for w in name_words(name) if w[:1].isalpha()]
    strict = "".join(w[0] for w in found if w[0].isupper()).upper()
    loose = "".join(w[0] for w in found).upper()
    return {strict, loose} - {""}


@lru_cache(maxsize=1 << 16)  # the same surfaces are cleaned for every entity made
def clean(text: str) -> str:
    """A way of naming as a label: no possessive "'s", no quotes or trailing punctuation
    (but the dot of an abbreviation: "U.S.", "Ann Lee Jr.")."""
    text = " ".join(text.split())
    text = re.sub(r"['’]s$", "", text).strip(" ,;:\"“”")
    if not _ABBREVIATED.search(text):
        text = text.rstrip(" .,;:\"“”")
    return re.sub(r"^The\s", "the ", text)


_ABBREVIATED = re.compile(r"(?:(?:^|[\s.])[A-Za-z]\.|\b(?:Jr|Sr|Inc|Co|Ltd|Corp|St)\.)$")


@lru_cache(maxsize=1 << 16)
def strip_the(text: str) -> str:
    """A label without its leading "the" ("the Islamic State" -> "Islamic State")."""
    text = clean(text)
    return re.sub(r"^(?:the|The)\s+", "", text)


# endings that make a group's name its members or its adjective ("Houthis", "Kanvaris")
_GROUP_ENDINGS = ("s", "es", "n", "ns", "an", "ans", "ian", "ians", "i", "is", "ist", "ists")


def group_forms(base: str) -> set[str]:
    """Plural and adjective forms of a group's distinctive word, normalized.

    >>> sorted(group_forms("Kanvari"))[:3]
    ['kanvarian', 'kanvarians', 'kanvaries']
    """
    base = normalize(base)
    return {base + ending for ending in _GROUP_ENDINGS}


# particles of Arabic names ("al-", "bin", "Abu"): a name with one is romanized Arabic
_ARABIC_PARTICLES = {"al", "el", "ul", "ud", "bin", "ibn", "bint", "abu", "abd"}
# vowels romanizations write either way ("Osama"/"Usama", "Laden"/"Ladin")
_VOWEL_CLASS = str.maketrans({"e": "i", "o": "u", "y": "i"})
_MARKS = re.compile(r"['‘’ʿʾ`]")


@lru_cache(maxsize=1 << 16)
def spelling(text: str) -> str:
    """A name as compared for spelling: `normalize`d; a romanized Arabic name (one with
    a particle "al-", "bin", "Abu") also folded over what romanizations disagree on:
    the article's spelling ("el"/"al"), an ayn or hamza mark ("Qa'ida"), e/i and o/u
    ("Laden"/"Ladin", "Osama"/"Usama") and doubled letters, so that
    "al-Qa'ida" and "Al-Qaeda", "Usama bin Ladin" and "Osama bin Laden" are one.

    >>> spelling("Usama bin Ladin") == spelling("Osama bin Laden")
    True
    >>> spelling("Hamza bin Laden") == spelling("Osama bin Laden")
    False
    """
    plain = normalize(text)
    words = plain.split()
    if not _ARABIC_PARTICLES & set(words):
        return plain
    folded = []
    for word in words:
        word = "al" if word in {"el", "ul"} else _MARKS.sub("", word).translate(_VOWEL_CLASS)
        folded.append(re.sub(r"(.)\1+", r"\1", word))
    return " ".join(folded)


_VOWELS = frozenset("aeiou")
MIN_MISSPELT_LETTERS = 8  # shorter place names one vowel apart are often two places


def one_vowel_apart(first: str, second: str) -> bool:
    """Are two long one-word names the same but for one vowel written as another (a
    misspelling or a transliteration: "Valdorograd" / "Valdorigrad")?

    >>> one_vowel_apart("Valdorograd", "Valdorigrad")
    True
    >>> one_vowel_apart("Slovakia", "Slovenia")
    False
    """
    a, b = normalize(first), normalize(second)
    if len(a) != len(b) or len(a) < MIN_MISSPELT_LETTERS or not a.isalpha():
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(apart) == 1 and set(apart[0]) <= _VOWELS
