"""The graph as Neo4j wants it: CSV files for ``neo4j-admin database import`` and a Cypher script.

Nodes are the entities (labels: their ontology class and its ancestors, e.g.
``Entity;Actor;Organization;ArmedGroup``) and the articles. Relationships are the direct
triples between entities, one per (subject, property, object), with how many statements
assert it, their sentences and the articles they come from, plus ``MENTIONS`` from an
article to every entity its statements name. Only asserted statements (``ng:asserted``
true: see ``assertion``) make a relationship or count as its evidence, exactly as in the RDF.

Node ids are the entity and article IRIs, so a node keeps its identity across exports.
Array values are separated by U+001F (the ASCII unit separator), which news text never
holds, so a sentence with a semicolon stays one element; the import command in
docs/stores.md passes ``--array-delimiter=U+001F``. Every value is one line (line breaks and
control characters become spaces), in the CSVs and the Cypher alike, so neo4j-admin needs
no ``--multiline-fields`` and both routes give the same graph.
"""

from __future__ import annotations

import csv
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.term import Node

from .syntax import escape_string
from .vocabulary import NG, NGP, PROV, ontology_graph

ARRAY_DELIMITER = "\x1f"
NODE_FILES = ("entities.csv", "articles.csv")
RELATIONSHIP_FILES = ("relations.csv", "mentions.csv")
CYPHER_FILE = "graph.cypher"

# article metadata: column -> local names of the predicates that can carry it, in preference
_ARTICLE_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "name", "label"),
    "date": ("date", "datePublished", "issued", "created"),
    "author": ("author", "creator"),
    "publisher": ("publisher",),
    "url": ("url", "source", "identifier"),
}
_ENTITY_HEADER = ("iri:ID", "name", "altLabels:string[]", "kind", "actor:boolean", ":LABEL")
_ARTICLE_HEADER = ("iri:ID", *_ARTICLE_FIELDS, ":LABEL")
_RELATION_HEADER = (
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "property",
    "label",
    "count:int",
    "confidence:float",
    "sentences:string[]",
    "articles:string[]",
)
_MENTION_HEADER = (":START_ID", ":END_ID", ":TYPE", "count:int")


@dataclass(frozen=True, order=True)
class Node4j:
    """One node: its IRI, labels (most general first) and properties."""

    iri: str
    labels: tuple[str, ...]
    properties: tuple[tuple[str, str | bool | tuple[str, ...]], ...]


@dataclass(frozen=True, order=True)
class Relationship4j:
    """One relationship between two nodes, by IRI."""

    start: str
    end: str
    type: str
    properties: tuple[tuple[str, str | int | float | tuple[str, ...]], ...] = field(default=())


# ------------------------------------------------------------------ reading the graph


def _union(graph: Graph) -> Graph:
    if not isinstance(graph, (Dataset, ConjunctiveGraph)):
        return graph
    merged = Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def _local(iri: Node) -> str:
    text = str(iri)
    return re.split(r"[#/]", text.rstrip("/#"))[-1]


def _clean(text: str) -> str:
    """One line, no control characters: what a CSV cell and an array element may hold."""
    return " ".join("".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in text).split())


def _class_labels(kind: URIRef) -> tuple[str, ...]:
    """The class and its ontology ancestors under ng:, most general first."""
    ontology = ontology_graph()
    chain: list[str] = []
    current: URIRef | None = kind
    while (
        isinstance(current, URIRef)
        and str(current).startswith(str(NG))
        and _local(current) not in chain
    ):
        chain.append(_local(current))
        parents = sorted(
            p
            for p in ontology.objects(current, RDFS.subClassOf)
            if isinstance(p, URIRef) and str(p).startswith(str(NG))
        )
        current = parents[0] if parents else None
    return tuple(reversed(chain))


def relationship_type(label: str) -> str:
    """A Neo4j relationship type from a property label: "calls for" -> CALLS_FOR.

    >>> relationship_type("withdraws from")
    'WITHDRAWS_FROM'
    >>> relationship_type("memberOf")
    'MEMBER_OF'
    """
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", label)
    words = "".join(c if c.isalnum() else " " for c in spaced).split()
    return "_".join(words).upper() or "RELATED_TO"


def _property_label(graph: Graph, prop: URIRef) -> str:
    for source in (graph, ontology_graph()):
        label = source.value(prop, RDFS.label)
        if isinstance(label, Literal):
            return str(label)
    return _local(prop)


def collect(graph: Graph) -> tuple[list[Node4j], list[Relationship4j], list[Relationship4j]]:
    """Nodes, relations between entities and article mentions of a newsgraph graph, sorted."""
    graph = _union(graph)
    nodes, entities = _entity_nodes(graph)
    articles = sorted(
        (a for a in graph.subjects(RDF.type, NG.Article) if isinstance(a, URIRef)), key=str
    )
    nodes.extend(_article_node(graph, article) for article in articles)
    evidence, mentions = _evidence(graph, set(articles), entities)
    mentioned = [
        Relationship4j(str(article), str(entity), "MENTIONS", (("count", count),))
        for (article, entity), count in sorted(mentions.items())
    ]
    return sorted(nodes), _relationships(graph, entities, evidence), mentioned


def _entity_nodes(graph: Graph) -> tuple[list[Node4j], set[Node]]:
    """A node for every entity, labelled with its class and the classes above it."""
    entity_kinds = {
        kind for kind in ontology_graph().transitive_subjects(RDFS.subClassOf, NG.Entity)
    }
    actor_kinds = set(ontology_graph().transitive_subjects(RDFS.subClassOf, NG.Actor))
    nodes: list[Node4j] = []
    entities: set[Node] = set()
    for entity in sorted(set(graph.subjects(RDF.type, None)), key=str):
        kinds = sorted(
            (
                k
                for k in graph.objects(entity, RDF.type)
                if k in entity_kinds and isinstance(k, URIRef)
            ),
            key=str,
        )
        if not isinstance(entity, URIRef) or not kinds:
            continue
        # the most specific class: the one with the longest chain of ancestors
        kind = max(kinds, key=lambda k: (len(_class_labels(k)), str(k)))
        labels = _class_labels(kind)
        label = graph.value(entity, RDFS.label)
        alt = sorted({_clean(str(a)) for a in graph.objects(entity, SKOS.altLabel)} - {""})
        entities.add(entity)
        nodes.append(
            Node4j(
                str(entity),
                labels,
                (
                    ("name", _clean(str(label)) if label is not None else _local(entity)),
                    ("altLabels", tuple(alt)),
                    ("kind", labels[-1]),
                    ("actor", kind in actor_kinds),
                ),
            )
        )
    return nodes, entities


def _article_node(graph: Graph, article: URIRef) -> Node4j:
    """An article as a node with the columns of _ARTICLE_FIELDS ("" when absent)."""
    values: dict[str, str] = {}
    by_local: dict[str, list[str]] = defaultdict(list)
    for prop, value in graph.predicate_objects(article):
        if prop == RDF.type:
            continue
        if isinstance(value, URIRef):  # e.g. a publisher node: use its label
            label = graph.value(value, RDFS.label)
            text = str(label) if label is not None else str(value)
        else:
            text = str(value)
        by_local[_local(prop)].append(_clean(text))
    for column, names in _ARTICLE_FIELDS.items():
        for local in names:
            if by_local.get(local):
                values[column] = sorted(by_local[local])[0]
                break
    return Node4j(
        str(article),
        ("Article",),
        tuple((column, values.get(column, "")) for column in _ARTICLE_FIELDS),
    )


Evidence = dict[tuple[Node, Node, Node], list[tuple[str, str, float]]]


def _evidence(graph: Graph, articles: set[URIRef], entities: set[Node]
              ) -> tuple[Evidence, dict[tuple[Node, Node], int]]:
    """What the rdf:Statement nodes say about each (subject, property, object), and how
    often each article mentions each entity."""
    evidence: Evidence = defaultdict(list)
    mentions: dict[tuple[Node, Node], int] = defaultdict(int)
    for statement in sorted(set(graph.subjects(RDF.type, RDF.Statement)), key=str):
        s = graph.value(statement, RDF.subject)
        p = graph.value(statement, RDF.predicate)
        o = graph.value(statement, RDF.object)
        if s is None or p is None or o is None:
            continue
        source = graph.value(statement, PROV.wasDerivedFrom)
        if source is not None and source in articles:
            for named in {s, o} & entities:
                mentions[(source, named)] += 1
        asserted = graph.value(statement, NG.asserted)
        if _true(graph.value(statement, NG.negated)) or (
            asserted is not None and not _true(asserted)
        ):
            continue  # described, not asserted: no evidence of a relationship
        sentence = graph.value(statement, NG.sentence)
        confidence = graph.value(statement, NG.confidence)
        evidence[(s, p, o)].append(
            (
                _clean(str(sentence)) if sentence is not None else "",
                str(source) if source is not None else "",
                _number(confidence),
            )
        )
    return evidence, mentions


def _relationships(graph: Graph, entities: set[Node], evidence: Evidence
                   ) -> list[Relationship4j]:
    """A relationship for every relation triple between two entities, with its evidence."""
    relationships: list[Relationship4j] = []
    for s, p, o in sorted(graph.triples((None, None, None)), key=lambda t: tuple(map(str, t))):
        if s not in entities or o not in entities or not isinstance(p, URIRef):
            continue
        if not _is_relation(p):
            continue
        found = evidence.get((s, p, o), [])
        name = _clean(_property_label(graph, p))
        relationships.append(
            Relationship4j(
                str(s),
                str(o),
                relationship_type(name),
                (
                    ("property", str(p)),
                    ("label", name),
                    ("count", max(1, len(found))),
                    ("confidence", max((c for _, _, c in found), default=0.0)),
                    ("sentences", tuple(sorted({t for t, _, _ in found} - {""}))),
                    ("articles", tuple(sorted({a for _, a, _ in found} - {""}))),
                ),
            )
        )
    return relationships


def _is_relation(prop: URIRef) -> bool:
    """A property of the relation hierarchy: ng:/ngp: terms other than statement fields."""
    if str(prop).startswith(str(NGP)):
        return True
    if not str(prop).startswith(str(NG)):
        return False
    ontology = ontology_graph()
    return prop == NG.relation or NG.relation in set(
        ontology.transitive_objects(prop, RDFS.subPropertyOf)
    )


def _true(value: Node | None) -> bool:
    return isinstance(value, Literal) and (value.toPython() is True or str(value) == "true")


def _number(value: Node | None) -> float:
    try:
        return float(str(value)) if value is not None else 0.0
    except ValueError:
        return 0.0


# ------------------------------------------------------------------ writing


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ARRAY_DELIMITER.join(_clean(str(v)) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return _clean(str(value))


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    """Write through a temporary file, so a failure never leaves half a CSV behind."""
    temporary = path.with_name(path.name + ".part")
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([_cell(v) for v in row])
    os.replace(temporary, path)
    return path


def cypher_string(text: str) -> str:
    r"""A double-quoted Cypher string literal that reads back as exactly `text`.

    >>> print(cypher_string('say "no"\nnow'))
    "say \"no\"\nnow"
    """
    return '"' + escape_string(text) + '"'


def cypher_name(name: str) -> str:
    """A label, type or property name, quoted with backticks when it needs to be."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        return name
    return "`" + name.replace("`", "``") + "`"


def _cypher_value(value: object) -> str:
    if value == "" or value == ():
        return "null"  # Neo4j has no empty values; null also clears a stale one on a re-run
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(cypher_string(str(v)) for v in value) + "]"
    return cypher_string(str(value))


def _node_key(node_labels: Sequence[str]) -> str:
    return "Article" if node_labels == ("Article",) else "Entity"


def cypher_script(nodes: Sequence[Node4j], relationships: Sequence[Relationship4j]) -> str:
    """Idempotent Cypher: MERGE every node on its IRI, then every relationship; SET the rest."""
    key_of = {node.iri: _node_key(node.labels) for node in nodes}
    lines = [
        "// newsgraph export for Neo4j 5: cypher-shell -f graph.cypher (safe to run again)",
        "CREATE CONSTRAINT newsgraph_entity_iri IF NOT EXISTS "
        "FOR (n:Entity) REQUIRE n.iri IS UNIQUE;",
        "CREATE CONSTRAINT newsgraph_article_iri IF NOT EXISTS "
        "FOR (n:Article) REQUIRE n.iri IS UNIQUE;",
    ]
    for node in nodes:
        key = _node_key(node.labels)
        sets = [f"n:{cypher_name(label)}" for label in node.labels if label != key]
        sets += [
            f"n.{cypher_name(name)} = {_cypher_value(value)}" for name, value in node.properties
        ]
        line = f"MERGE (n:{key} {{iri: {cypher_string(node.iri)}}})"
        lines.append(f"{line} SET {', '.join(sets)};" if sets else f"{line};")
    for rel in relationships:
        if rel.start not in key_of or rel.end not in key_of:
            continue
        sets = [f"r.{cypher_name(name)} = {_cypher_value(value)}" for name, value in rel.properties]
        line = (
            f"MATCH (a:{key_of[rel.start]} {{iri: {cypher_string(rel.start)}}}) "
            f"MATCH (b:{key_of[rel.end]} {{iri: {cypher_string(rel.end)}}}) "
            f"MERGE (a)-[r:{cypher_name(rel.type)}]->(b)"
        )
        lines.append(f"{line} SET {', '.join(sets)};" if sets else f"{line};")
    return "\n".join(lines) + "\n"


def write_neo4j(graph: Graph, out_dir: Path) -> list[Path]:
    """Write entities/articles/relations/mentions CSVs for neo4j-admin and graph.cypher.

    Returns the paths written, in a fixed order. A Dataset (graph.trig) is read as the union
    of its graphs.
    """
    nodes, relations, mentions = collect(graph)
    out_dir.mkdir(parents=True, exist_ok=True)
    entity_nodes = [n for n in nodes if n.labels != ("Article",)]
    article_nodes = [n for n in nodes if n.labels == ("Article",)]
    paths = [
        _write_csv(
            out_dir / NODE_FILES[0],
            _ENTITY_HEADER,
            ([n.iri, *(v for _, v in n.properties), ";".join(n.labels)] for n in entity_nodes),
        ),
        _write_csv(
            out_dir / NODE_FILES[1],
            _ARTICLE_HEADER,
            ([n.iri, *(v for _, v in n.properties), "Article"] for n in article_nodes),
        ),
        _write_csv(
            out_dir / RELATIONSHIP_FILES[0],
            _RELATION_HEADER,
            ([r.start, r.end, r.type, *(v for _, v in r.properties)] for r in relations),
        ),
        _write_csv(
            out_dir / RELATIONSHIP_FILES[1],
            _MENTION_HEADER,
            ([r.start, r.end, r.type, *(v for _, v in r.properties)] for r in mentions),
        ),
    ]
    cypher = out_dir / CYPHER_FILE
    temporary = cypher.with_name(cypher.name + ".part")
    temporary.write_text(cypher_script(nodes, [*relations, *mentions]), encoding="utf-8")
    os.replace(temporary, cypher)
    paths.append(cypher)
    return paths
