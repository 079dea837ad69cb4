"""The RDF stage: resolved articles in, an rdflib Dataset and its serializations out.

The default graph holds the ontology; each article gets a named graph (its IRI)
holding the article node, the entities it mentions, the direct triples and the
rdf:Statement nodes with provenance. No blank nodes, so output is stable.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from .models import Article, Entity, Relation, ResolvedArticle
from .vocabulary import (
    ARTICLE,
    ENTITY,
    NG,
    NGP,
    PROV,
    STATEMENT,
    entity_iri,
    ontology_graph,
    property_for,
)

# Modalities under which the event did not (yet) happen: described, never asserted.
UNASSERTED_MODALITIES = frozenset(
    {
        "attempted",
        "capable",
        "possible",
        "intended",
        "planned",
        "conditional",
        "hypothetical",
        "future",
    }
)

FORMATS = {
    "graph.ttl": "turtle",
    "graph.nt": "nt",
    "graph.jsonld": "json-ld",
    "graph.trig": "trig",
}


def article_iri(article: Article) -> URIRef:
    return ARTICLE[article.id]


def is_asserted(relation: Relation) -> bool:
    """Whether the relation becomes a direct triple, not only a described statement."""
    extraction = relation.extraction
    return not extraction.negated and extraction.modality not in UNASSERTED_MODALITIES


def statement_iri(article: Article, relation: Relation) -> URIRef:
    """Derived from what the statement says and where, so it is the same on every run."""
    e = relation.extraction
    basis = "\x1f".join(
        [
            article.id,
            str(e.sentence_start),
            str(e.sentence_end),
            relation.subject,
            relation.property,
            relation.object,
            e.predicate,
            str(e.subject.start if e.subject else -1),
            str(e.object.start if e.object else -1),
            str(e.negated),
            e.modality,
        ]
    )
    return STATEMENT[hashlib.sha256(basis.encode()).hexdigest()[:20]]


def _date_literal(value: str) -> Literal | None:
    parts = value.split("-")
    if len(parts) == 1 and len(value) == 4 and value.isdigit():
        return Literal(value, datatype=XSD.gYear)
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return Literal(value, datatype=XSD.gYearMonth)
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return Literal(value, datatype=XSD.date)
    return None


def _describe_article(graph: Graph, article: Article) -> None:
    node = article_iri(article)
    graph.add((node, RDF.type, NG.Article))
    graph.add((node, RDF.type, PROV.Entity))
    for prop, value in (
        (DCTERMS.title, article.title),
        (DCTERMS.creator, article.author),
        (DCTERMS.publisher, article.publisher),
        (DCTERMS.rights, article.copyright),
        (DCTERMS.source, article.url),
    ):
        if value:
            graph.add((node, prop, Literal(value)))
    date = _date_literal(article.date) if article.date else None
    if date is not None:
        graph.add((node, DCTERMS.date, date))
    graph.add((node, NG.contentHash, Literal(article.content_hash or article.id)))


def _describe_entity(graph: Graph, entity: Entity) -> None:
    node = entity_iri(entity.key)
    graph.add((node, RDF.type, NG[entity.kind]))
    graph.add((node, RDFS.label, Literal(entity.label)))
    for alt in entity.alt_labels:
        if alt != entity.label:
            graph.add((node, SKOS.altLabel, Literal(alt)))
    for role in getattr(entity, "roles", ()):
        graph.add((node, NG.role, Literal(role)))


def _describe_relation(graph: Graph, article: Article, relation: Relation) -> None:
    e = relation.extraction
    prop = property_for(e.lemma)
    predicate = prop.iri
    if prop.minted:
        graph.add((predicate, RDF.type, OWL.ObjectProperty))
        graph.add((predicate, RDFS.label, Literal(prop.label)))
        graph.add((predicate, RDFS.subPropertyOf, NG.otherRelation))
    subject, obj = entity_iri(relation.subject), entity_iri(relation.object)
    if is_asserted(relation):
        graph.add((subject, predicate, obj))
    node = statement_iri(article, relation)
    graph.add((node, RDF.type, RDF.Statement))
    graph.add((node, RDF.subject, subject))
    graph.add((node, RDF.predicate, predicate))
    graph.add((node, RDF.object, obj))
    graph.add((node, PROV.wasDerivedFrom, article_iri(article)))
    graph.add((node, NG.sentence, Literal(e.sentence.strip())))
    graph.add((node, NG.startOffset, Literal(e.sentence_start, datatype=XSD.integer)))
    graph.add((node, NG.endOffset, Literal(e.sentence_end, datatype=XSD.integer)))
    confidence = f"{min(max(e.confidence, 0.0), 1.0):.3f}"
    graph.add((node, NG.confidence, Literal(confidence, datatype=XSD.decimal)))
    graph.add((node, NG.negated, Literal(e.negated)))
    graph.add((node, NG.predicateText, Literal(e.predicate)))
    if e.subject is not None:
        graph.add((node, NG.subjectText, Literal(e.subject.text)))
    if e.object is not None:
        graph.add((node, NG.objectText, Literal(e.object.text)))
    if e.modality:
        graph.add((node, NG.modality, Literal(e.modality)))
    if relation.attributed_to:
        graph.add((node, NG.attributedTo, entity_iri(relation.attributed_to)))
    if e.attribution is not None:
        graph.add((node, NG.attributionText, Literal(e.attribution.text)))
    if e.time is not None:
        graph.add((node, NG.time, Literal(e.time.text)))
    date = _date_literal(e.date) if e.date else None
    if date is not None:
        graph.add((node, NG.date, date))
    if relation.place:
        graph.add((node, NG.place, entity_iri(relation.place)))
    if e.place is not None:
        graph.add((node, NG.placeText, Literal(e.place.text)))
    if e.quantity:
        graph.add((node, NG.quantity, Literal(e.quantity)))


def article_graph(resolved: ResolvedArticle, graph: Graph | None = None) -> Graph:
    """The triples one article contributes (its named graph's content)."""
    graph = graph if graph is not None else Graph()
    article = resolved.article
    _describe_article(graph, article)
    for entity in resolved.entities:
        _describe_entity(graph, entity)
    described: set[URIRef] = set()
    # the same statement reached twice (say, through two rules) is described once,
    # with its best confidence
    for relation in sorted(resolved.relations, key=lambda r: -r.extraction.confidence):
        node = statement_iri(article, relation)
        if node not in described:
            described.add(node)
            _describe_relation(graph, article, relation)
    return graph


def build_dataset(articles: Iterable[ResolvedArticle]) -> Dataset:
    """The ontology in the default graph, one named graph per article."""
    dataset = Dataset()
    bind_prefixes(dataset)
    default = dataset.default_context
    for triple in ontology_graph():
        default.add(triple)
    for resolved in articles:
        article_graph(resolved, dataset.graph(article_iri(resolved.article)))
    return dataset


def bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in (
        ("ng", NG),
        ("ngp", NGP),
        ("skos", SKOS),
        ("prov", PROV),
        ("dcterms", DCTERMS),
        ("owl", OWL),
        ("xsd", XSD),
    ):
        graph.bind(prefix, namespace, override=True)
    graph.bind("entity", ENTITY)
    graph.bind("article", ARTICLE)
    graph.bind("statement", STATEMENT)


def union_graph(dataset: Dataset) -> Graph:
    union = Graph()
    bind_prefixes(union)
    for quad in dataset.quads((None, None, None, None)):
        union.add(quad[:3])
    return union


def _sorted_ntriples(graph: Graph) -> str:
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return "".join(f"{line}\n" for line in sorted(set(lines)) if line.strip())


def _canonical_jsonld(graph: Graph) -> str:
    data = json.loads(graph.serialize(format="json-ld", encoding="utf-8").decode("utf-8"))

    def canon(value: object) -> object:
        if isinstance(value, dict):
            return {k: canon(v) for k, v in sorted(value.items())}
        if isinstance(value, list):
            items = [canon(v) for v in value]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    return json.dumps(canon(data), indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def _trig(dataset: Dataset) -> str:
    """TriG written graph by graph in IRI order, so the bytes never depend on hashing."""
    parts: list[str] = []
    prefixes = Graph()
    bind_prefixes(prefixes)
    header = "".join(
        f"@prefix {prefix}: <{namespace}> .\n"
        for prefix, namespace in sorted(prefixes.namespaces())
        if prefix
    )
    parts.append(header)
    contexts = sorted(dataset.contexts(), key=lambda g: str(g.identifier))
    for context in contexts:
        if len(context) == 0:
            continue
        body = Graph()
        bind_prefixes(body)
        for triple in context:
            body.add(triple)
        turtle = body.serialize(format="turtle")
        lines = [line for line in turtle.splitlines() if not line.startswith("@prefix")]
        # no indentation: it would change the text of multi-line literals
        content = "\n".join(lines).strip("\n")
        if context.identifier == dataset.default_context.identifier:
            parts.append("{\n" + content + "\n}\n")
        else:
            parts.append(f"<{context.identifier}> {{\n{content}\n}}\n")
    return "\n".join(parts)


def serialize_dataset(dataset: Dataset) -> dict[str, str]:
    """File name -> text for the four RDF files; identical input gives identical bytes."""
    union = union_graph(dataset)
    return {
        "graph.ttl": union.serialize(format="turtle"),
        "graph.nt": _sorted_ntriples(union),
        "graph.jsonld": _canonical_jsonld(union),
        "graph.trig": _trig(dataset),
    }
