"""A small handwritten build output of the newsgraph shape, for the query and store tests.

Two invented articles; the default graph holds the ontology, each article's named graph
holds its article node, the entities it names, the direct triples and the rdf:Statement
nodes with their provenance. One statement is negated, so it has no direct triple.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from newsgraph.vocabulary import ARTICLE, ENTITY, NG, NGP, PROV, STATEMENT, ontology_graph

NORTHLAND = ENTITY["country/northland"]
RIVER_FRONT = ENTITY["armed-group/river-front"]
MAYOR = ENTITY["person/ada-quill"]
DEPOTS = ENTITY["thing/fuel-depots"]
HARBOUR = ENTITY["location/grey-harbour"]

ENTITIES = {
    NORTHLAND: ("Country", "Northland", ("Northlanders",)),
    RIVER_FRONT: ("ArmedGroup", "River Front", ("RF", "the front", 'the "Front"')),
    MAYOR: ("Person", "Ada Quill", ("Mayor Quill", "Quill")),
    DEPOTS: ("Thing", "fuel depots", ()),
    HARBOUR: ("Location", "Grey Harbour", ()),
}

# (article id, title, [(subject, property, object, sentence, negated)])
ARTICLES = [
    ("a1", "Militants strike depots", [
        (RIVER_FRONT, NG.attacks, DEPOTS,
         "River Front fighters attacked fuel depots near Grey Harbour.", False),
        (NORTHLAND, NG.supports, MAYOR, "Northland backed Mayor Quill.", False),
        (MAYOR, NG.opposes, RIVER_FRONT, "Quill did not oppose \"the Front\"; \\ she said.",
         True),
    ]),
    ("a2", "Harbour talks", [
        (RIVER_FRONT, NG.attacks, DEPOTS, "The front hit the depots again.", False),
        (MAYOR, NGP["meets-in"], HARBOUR, "Mayor Quill met envoys in Grey Harbour\non Monday.",
         False),
    ]),
]


def article_iri(article_id: str) -> URIRef:
    return ARTICLE[article_id]


def build_dataset() -> Dataset:
    dataset = Dataset()
    for triple in ontology_graph():
        dataset.default_graph.add(triple)
    for article_id, title, statements in ARTICLES:
        graph = dataset.graph(article_iri(article_id))
        article = article_iri(article_id)
        graph.add((article, RDF.type, NG.Article))
        graph.add((article, DCTERMS.title, Literal(title)))
        graph.add((article, DCTERMS.date, Literal("2024-03-0" + article_id[-1],
                                                  datatype=XSD.date)))
        named = {s for s, _, o, _, _ in statements} | {o for _, _, o, _, _ in statements}
        for entity in sorted(named):
            kind, label, alt = ENTITIES[entity]
            graph.add((entity, RDF.type, NG[kind]))
            graph.add((entity, RDFS.label, Literal(label)))
            for other in alt:
                graph.add((entity, SKOS.altLabel, Literal(other)))
        for number, (subject, prop, obj, sentence, negated) in enumerate(statements):
            node = STATEMENT[f"{article_id}-{number}"]
            if not negated:
                graph.add((subject, prop, obj))
            graph.add((node, RDF.type, RDF.Statement))
            graph.add((node, RDF.subject, subject))
            graph.add((node, RDF.predicate, prop))
            graph.add((node, RDF.object, obj))
            graph.add((node, PROV.wasDerivedFrom, article))
            graph.add((node, NG.sentence, Literal(sentence, lang="en")))
            graph.add((node, NG.startOffset, Literal(number * 100)))
            graph.add((node, NG.confidence, Literal(0.75)))
            graph.add((node, NG.negated, Literal(negated)))
    return dataset


def union(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def write_output(folder: Path, dataset: Dataset | None = None) -> Path:
    """Write graph.trig, graph.ttl, graph.nt and graph.jsonld as a build would."""
    dataset = dataset if dataset is not None else build_dataset()
    folder.mkdir(parents=True, exist_ok=True)
    dataset.serialize(folder / "graph.trig", format="trig")
    merged = union(dataset)
    merged.serialize(folder / "graph.ttl", format="turtle")
    merged.serialize(folder / "graph.nt", format="nt", encoding="utf-8")
    merged.serialize(folder / "graph.jsonld", format="json-ld")
    return folder
