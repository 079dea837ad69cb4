"""Users' own lists of known entities and their aliases (`--gazetteer FILE`).

Two formats:

- CSV with the columns `name,alias,type` (a header row is optional). One row per alias;
  `alias` and `type` may be empty. `type` is an ontology class local name (Person,
  Organization, ArmedGroup, Government, Country, Group, Location, Event, Thing).
- Turtle (`.ttl`): every subject with an `rdfs:label` is an entity; `skos:altLabel`
  values are its aliases and an `rdf:type` whose local name is an ontology class
  (from any namespace, e.g. schema:Person) gives its type.

A name matching an entry resolves to the entry's canonical name and type.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .demonyms import normalize
from .errors import InputError
from .vocabulary import ACTOR_KINDS, NON_ACTOR_KINDS

KINDS = ACTOR_KINDS + NON_ACTOR_KINDS
_KIND_BY_KEY = {kind.casefold(): kind for kind in KINDS} | {
    "armed group": "ArmedGroup", "armed_group": "ArmedGroup", "org": "Organization",
    "organisation": "Organization", "place": "Location", "gpe": "Location",
}


@dataclass(frozen=True, order=True)
class GazetteerEntry:
    """One known entity: its canonical name, type and aliases."""

    name: str
    kind: str = ""  # ontology class local name, or "" to let the text decide
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gazetteer:
    """Known entities, looked up by any of their names (case and "the" ignored)."""

    entries: tuple[GazetteerEntry, ...] = ()
    _index: dict[str, GazetteerEntry] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for entry in sorted(self.entries):
            for name in (entry.name, *entry.aliases):
                key = normalize(name)
                if key:
                    self._index.setdefault(key, entry)

    def lookup(self, text: str) -> GazetteerEntry | None:
        """The entry one of whose names is `text`, else None."""
        return self._index.get(normalize(text))

    def names(self) -> tuple[str, ...]:
        """Every name and alias, to find them in text the NER missed."""
        return tuple(sorted({n for e in self.entries for n in (e.name, *e.aliases)}))


def kind_of(text: str) -> str | None:
    """The ontology class local name a type cell or IRI names, or None if it names none.

    >>> kind_of("armed group"), kind_of("https://schema.org/Person"), kind_of("Car")
    ('ArmedGroup', 'Person', None)
    """
    local = text.strip().rstrip("/#")
    local = local.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return _KIND_BY_KEY.get(local.casefold())


def build_gazetteer(rows: Iterable[tuple[str, str, str]]) -> Gazetteer:
    """A Gazetteer from (name, alias, kind) rows; rows of one name are combined."""
    kinds: dict[str, str] = {}
    aliases: dict[str, set[str]] = {}
    for name, alias, kind in rows:
        name = " ".join(name.split())
        aliases.setdefault(name, set())
        if alias.strip() and " ".join(alias.split()) != name:
            aliases[name].add(" ".join(alias.split()))
        if kind:
            if kinds.get(name, kind) != kind:
                raise InputError(f"gazetteer gives {name!r} two types ({kinds[name]} and {kind}); "
                                 "keep one")
            kinds[name] = kind
    return Gazetteer(tuple(sorted(
        GazetteerEntry(name, kinds.get(name, ""), tuple(sorted(aliases[name])))
        for name in aliases
    )))


def _csv_rows(path: Path) -> list[tuple[str, str, str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read gazetteer {path}: {e}; give a UTF-8 CSV file") from e
    if "\x00" in text:  # UTF-16 without a byte order mark decodes as UTF-8 full of NULs
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(f"gazetteer {path} line {line} holds a NUL byte (is it UTF-16?); "
                         "give a UTF-8 CSV file")
    rows: list[tuple[str, str, str]] = []
    for number, row in _csv_records(path, text):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if number == 1 and [c.strip().casefold() for c in row[:3]] == ["name", "alias", "type"]:
            continue
        if len(row) > 3:
            raise InputError(f"gazetteer {path} line {number}: {len(row)} columns; "
                             "expected name,alias,type (quote names that hold commas)")
        name, alias, kind_text = (row + ["", ""])[:3]
        if not name.strip():
            raise InputError(f"gazetteer {path} line {number}: empty name; "
                             "every row needs a name in the first column")
        kind = kind_of(kind_text) if kind_text.strip() else ""
        if kind is None:
            raise InputError(f"gazetteer {path} line {number}: unknown type {kind_text.strip()!r}; "
                             f"use one of {', '.join(KINDS)}")
        rows.append((name.strip(), alias.strip(), kind))
    return rows


def _csv_records(path: Path, text: str) -> Iterator[tuple[int, list[str]]]:
    """The CSV rows with their line numbers; what the csv module cannot read is an InputError."""
    reader = csv.reader(text.splitlines())
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as e:  # e.g. a field longer than the module's limit of 131,072 characters
        raise InputError(f"gazetteer {path} line {reader.line_num}: not readable as CSV "
                         f"({e}); give one short name,alias,type row per line") from e


def _turtle_rows(path: Path) -> list[tuple[str, str, str]]:
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, RDFS, SKOS

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as e:  # rdflib raises many parser-specific types
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise InputError(f"cannot parse gazetteer {path} as Turtle: {first}") from e
    rows: list[tuple[str, str, str]] = []
    for subject in sorted(set(graph.subjects(RDFS.label, None)), key=str):
        labels = sorted(str(o) for o in graph.objects(subject, RDFS.label)
                        if isinstance(o, Literal))
        if not labels:
            continue
        kinds = sorted({k for t in graph.objects(subject, RDF.type)
                        if isinstance(t, URIRef) and (k := kind_of(str(t)))})
        kind = kinds[0] if kinds else ""
        name = labels[0]
        alts = labels[1:] + sorted(str(o) for o in graph.objects(subject, SKOS.altLabel))
        rows.append((name, "", kind))
        rows.extend((name, alt, kind) for alt in alts)
    return rows


def load_gazetteer(path: Path) -> Gazetteer:
    """Read a gazetteer from a CSV (`name,alias,type`) or Turtle file.

    Raises InputError with a one-line message when the file is missing or malformed.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"gazetteer {path} does not exist; give a .csv or .ttl file")
    suffix = path.suffix.casefold()
    if suffix == ".csv":
        rows = _csv_rows(path)
    elif suffix in {".ttl", ".turtle"}:
        rows = _turtle_rows(path)
    else:
        raise InputError(f"gazetteer {path}: unknown format {suffix or '(no suffix)'!r}; "
                         "use a .csv (name,alias,type) or .ttl file")
    if not rows:
        raise InputError(f"gazetteer {path} holds no entities; add rows name,alias,type")
    return build_gazetteer(rows)
