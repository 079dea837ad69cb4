"""Plain values passed between the stages.

reading -> Article; extraction -> Extraction (surface statements);
resolution -> ResolvedArticle (entities + relations); graph stages consume those.
All are frozen and ordered so deduplication and deterministic output come free.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, is_dataclass
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Span

T = TypeVar("T")


@dataclass(frozen=True, order=True)
class Article:
    """One news article, cleaned of what is not news."""

    id: str  # stable: derived from the content hash, never a counter
    text: str
    source: str = ""  # file path, URL or "-" for stdin
    title: str = ""
    author: str = ""
    publisher: str = ""
    date: str = ""  # ISO 8601 (YYYY-MM-DD) when known
    copyright: str = ""
    url: str = ""
    content_hash: str = ""  # sha256 of the cleaned text


@dataclass(frozen=True, order=True)
class Argument:
    """A phrase of the sentence, in surface form, with its place in the article."""

    text: str
    start: int  # character offsets into Article.text
    end: int
    root: int = -1  # token index (in the article's Doc) of the phrase's head word
    role: str = ""  # for extra arguments: "time", "place", "quantity" or a preposition

    @classmethod
    def of(cls, span: Span, root: int, role: str = "") -> Argument:
        """The words of a span of the parsed article, headed by the token at `root`."""
        return cls(span.text, span.start_char, span.end_char, root, role)


@dataclass(frozen=True, order=True)
class Extraction:
    """One sentence-level statement as the words of the sentence say it.

    `subject` is None when a passive has no agent (the agent is unknown).
    """

    sentence: str
    sentence_start: int
    sentence_end: int
    subject: Argument | None
    predicate: str  # surface verb group as written, e.g. "have expanded", "withdrew from"
    lemma: str  # normalized predicate, e.g. "expand", "withdraw from"
    object: Argument | None
    extra: tuple[Argument, ...] = ()  # further arguments (time, place, prepositional)
    negated: bool = False
    modality: str = ""  # "", "claimed", "alleged", "reported", "attempted", "capable", ...
    attribution: Argument | None = None
    time: Argument | None = None
    place: Argument | None = None
    quantity: str = ""
    confidence: float = 0.5
    date: str = ""  # the time normalized (YYYY, YYYY-MM or YYYY-MM-DD) where the text allows
    # True when the sentence says it in the passive: subject/object are still agent/patient,
    # but the surface order (for Open IE output) is patient, predicate, agent
    passive: bool = False
    rule: str = ""  # which extraction rule made it: a feature of its calibrated confidence


@dataclass(frozen=True, order=True)
class Entity:
    """One real-world actor or thing, the same across articles and runs."""

    key: str  # IRI path below the entity namespace, e.g. "person/bashar-al-assad"
    label: str  # canonical name as written in the news
    kind: str  # ontology class local name: Person, Organization, ArmedGroup, ...
    alt_labels: tuple[str, ...] = ()  # every other way the text named it, sorted
    is_actor: bool = True
    roles: tuple[str, ...] = ()  # titles and roles the text gave it ("president"), sorted


@dataclass(frozen=True, order=True)
class Relation:
    """An extraction with its arguments resolved to entities and its predicate to a property."""

    subject: str  # Entity.key
    property: str  # ontology property local name, e.g. "supports", or a minted one
    property_label: str  # e.g. "supports", "withdraws from"
    object: str  # Entity.key
    extraction: Extraction
    attributed_to: str = ""  # Entity.key of whom the statement is attributed to
    place: str = ""  # Entity.key of the place, when resolved
    # how each end was reached from the words (one of RESOLVED_VIA): the gate asserts
    # only ends resolved with certainty, and calibration reads them as features
    subject_via: str = "name"
    object_via: str = "name"


# "name": the words name it (a proper name, a country, a demonym); "nominal": a common
# noun phrase taken as it is ("oil convoys"); "tied": one tied to a name by "of" and
# labelled with it ("the ruins of Valdora" -> "ruins of Valdora"); "description": a
# definite description resolved to a named actor ("the group"); "pronoun": a pronoun
# resolved by coreference; "speaker": first person in a quotation, resolved to its
# speaker; "uncertain": resolved on weak evidence (kept and described, never asserted)
RESOLVED_VIA = ("name", "nominal", "tied", "description", "pronoun", "speaker", "uncertain")


@dataclass(frozen=True)
class ResolvedArticle:
    """Everything the graph stages need from one article."""

    article: Article
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    extractions: tuple[Extraction, ...] = field(default=())


def in_order(items: Iterable[T]) -> list[T]:
    """The items sorted by their own order; by sort_key only when that fails (rare: the
    key is slower to build than the fields are to compare)."""
    items = list(items)
    try:
        return sorted(items)  # type: ignore[type-var]
    except TypeError:
        return sorted(items, key=sort_key)


def sort_key(value: Any) -> tuple:
    """The value's own order (field by field), but total: a missing end (None) sorts before
    an Argument instead of failing to compare with it, as two statements of one sentence
    that differ only there would (a relation made by two rules)."""
    if value is None:
        return (0,)
    if is_dataclass(value) and not isinstance(value, type):
        return (1, tuple(sort_key(getattr(value, f.name)) for f in fields(value)))
    if isinstance(value, tuple):
        return (1, tuple(sort_key(item) for item in value))
    return (1, value)
