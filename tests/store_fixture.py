"""A small build output of the newsgraph shape, for the query, store and Neo4j tests.

Two invented articles go through the real RDF stage (newsgraph.rdf), so the files have
exactly the layout `newsgraph build` writes: the ontology in the default graph, one named
graph per article with its article node, entities, direct triples and rdf:Statement nodes.
One statement is negated (described, not asserted); one predicate is minted (ngp:).
"""

from __future__ import annotations

from pathlib import Path

from builders import relation, resolved_article
from rdflib import Dataset, Graph

from newsgraph.models import Entity, ResolvedArticle
from newsgraph.rdf import article_iri, build_dataset, serialize_dataset

NORTHLAND = Entity("country/northland", "Northland", "Country", ("Northlanders",))
RIVER_FRONT = Entity("armed-group/river-front", "River Front", "ArmedGroup",
                     ("RF", 'the "Front"', "the front"))
MAYOR = Entity("person/ada-quill", "Ada Quill", "Person", ("Mayor Quill", "Quill"))
DEPOTS = Entity("thing/fuel-depots", "fuel depots", "Thing", (), is_actor=False)
HARBOUR = Entity("location/grey-harbour", "Grey Harbour", "Location", (), is_actor=False)


def _key(entity: Entity, words: str) -> tuple[str, str]:
    return words, entity.key


def articles() -> list[ResolvedArticle]:
    s1 = "River Front fighters attacked fuel depots near Grey Harbour."
    s2 = "Northland backed Mayor Quill."
    s3 = 'Quill did not oppose the "Front"; \\ she said.'
    s4 = "The front hit the depots again."
    s5 = "Mayor Quill waved at envoys in\nGrey Harbour."
    first = resolved_article(
        " ".join([s1, s2, s3]),
        [RIVER_FRONT, DEPOTS, NORTHLAND, MAYOR],
        [
            relation(s1, _key(RIVER_FRONT, "River Front"), "attack", _key(DEPOTS, "fuel depots")),
            relation(s2, _key(NORTHLAND, "Northland"), "back", _key(MAYOR, "Mayor Quill")),
            relation(s3, _key(MAYOR, "Quill"), "oppose", _key(RIVER_FRONT, '"Front"'),
                     negated=True),
        ],
        title="Militants strike depots", date="2024-03-01", publisher="The Harbour Post",
    )
    second = resolved_article(
        " ".join([s4, s5]),
        [RIVER_FRONT, DEPOTS, MAYOR, HARBOUR],
        [
            relation(s4, _key(RIVER_FRONT, "The front"), "hit", _key(DEPOTS, "the depots")),
            relation(s5, _key(MAYOR, "Mayor Quill"), "wave at", _key(HARBOUR, "Grey Harbour")),
        ],
        title="Harbour talks", date="2024-03-02",
    )
    return [first, second]


def dataset() -> Dataset:
    return build_dataset(articles())


def article_names() -> list[str]:
    return sorted(str(article_iri(a.article)) for a in articles())


def union(data: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def write_output(folder: Path, data: Dataset | None = None) -> Path:
    """Write graph.trig, graph.ttl, graph.nt and graph.jsonld as `newsgraph build` does."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in serialize_dataset(data if data is not None else dataset()).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
