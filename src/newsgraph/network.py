"""The actor network: resolved articles -> networkx graph, analytics and GraphML.

One node per entity (``Entity.key``), one edge per (subject, object, property) carrying
every statement behind it as evidence. The same input always gives the same graph: nodes
and edges are inserted in sorted order and the analytics use fixed seeds.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from newsgraph.models import Entity, Relation, ResolvedArticle
from newsgraph.vocabulary import ENTITY, NG, family_of, property_for

SEED = 42
# Exact betweenness costs O(nodes * edges); above this many nodes it is estimated from
# a fixed sample of pivots (seeded, so still deterministic): a 2,000-node graph stays fast.
EXACT_BETWEENNESS_LIMIT = 500
BETWEENNESS_SAMPLE = 100


def actor_graph(articles: Sequence[ResolvedArticle]) -> nx.MultiDiGraph:
    """Build the entity graph of every article, with analytics as node attributes."""
    entities = _merge_entities(ent for resolved in articles for ent in resolved.entities)
    labels = {key: ent.label for key, ent in entities.items()}
    grouped: dict[tuple[str, str, str], list[tuple[ResolvedArticle, Relation]]] = {}
    for resolved in articles:
        for relation in resolved.relations:
            grouped.setdefault((relation.subject, relation.object, relation.property), []).append(
                (resolved, relation)
            )
            for key in (relation.subject, relation.object):
                # a relation may name an entity its article did not list: keep it visible
                entities.setdefault(key, Entity(key, key, "Thing", is_actor=False))

    graph = nx.MultiDiGraph()
    graph.graph["titles"] = [resolved.article.title for resolved in articles]
    graph.graph["article_count"] = len(articles)
    for key in sorted(entities):
        ent = entities[key]
        graph.add_node(
            key,
            label=ent.label,
            kind=ent.kind,
            is_actor=bool(ent.is_actor),
            alt_labels="; ".join(ent.alt_labels),
            iri=str(ENTITY[key]),
        )
    for (subject, obj, prop), items in sorted(grouped.items()):
        items.sort(key=lambda item: _evidence_order(*item))
        relation = items[0][1]
        evidence = [_evidence(resolved, rel, labels) for resolved, rel in items]
        graph.add_edge(
            subject,
            obj,
            key=prop,
            property=prop,
            predicate=relation.property_label or prop,
            family=_family(relation),
            count=len(items),
            negated_count=sum(1 for item in evidence if item["negated"]),
            evidence=evidence,
        )
    _add_analytics(graph)
    return graph


def analytics(graph: nx.MultiDiGraph, *, top: int = 10) -> dict[str, Any]:
    """Summary for reports: counts, the most central actors and the communities."""
    actors = [node for node, data in graph.nodes(data=True) if data.get("is_actor")]

    def ranked(measure: str) -> list[dict[str, Any]]:
        order = sorted(actors, key=lambda n: (-graph.nodes[n].get(measure, 0.0), n))
        return [
            {"key": n, "label": graph.nodes[n]["label"], measure: graph.nodes[n].get(measure, 0.0)}
            for n in order[:top]
        ]

    communities: dict[int, list[str]] = {}
    for node in actors:
        communities.setdefault(graph.nodes[node].get("community", -1), []).append(node)
    return {
        "articles": graph.graph.get("article_count", 0),
        "nodes": graph.number_of_nodes(),
        "actors": len(actors),
        "edges": graph.number_of_edges(),
        "statements": sum(count for _, _, count in graph.edges(data="count", default=0)),
        "by_degree": ranked("degree"),
        "by_betweenness": ranked("betweenness"),
        "communities": [
            {"id": cid, "size": len(members), "members": [graph.nodes[n]["label"] for n in members]}
            for cid, members in sorted(communities.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        ],
    }


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Write GraphML that Gephi and Cytoscape load; never leaves a half-written file.

    Lists and dicts (titles, evidence) are written as JSON text. Each edge also gets the
    attributes those tools look for: ``label`` (the predicate) and ``weight`` (the count).
    """
    target = Path(path)
    flat = nx.MultiDiGraph()
    flat.graph.update({k: _graphml_value(v) for k, v in graph.graph.items()})
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: _graphml_value(v) for k, v in data.items()})
    for u, v, key, data in graph.edges(keys=True, data=True):
        attrs = {"label": data.get("predicate", key), "weight": data.get("count", 1), **data}
        flat.add_edge(u, v, key=key, **{k: _graphml_value(val) for k, val in attrs.items()})
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            nx.write_graphml(flat, stream, encoding="utf-8", prettyprint=True)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the export is meant to be shared
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _graphml_value(value: Any) -> Any:
    """GraphML holds scalars only: lists and dicts travel as JSON text."""
    if isinstance(value, bool | int | float | str):
        return value
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _merge_entities(entities: Iterable[Entity]) -> dict[str, Entity]:
    """One entity per key; names seen in several articles are pooled."""
    merged: dict[str, Entity] = {}
    for ent in entities:
        seen = merged.get(ent.key)
        if seen is None:
            merged[ent.key] = ent
            continue
        names = set(seen.alt_labels) | set(ent.alt_labels)
        if ent.label != seen.label:
            names.add(ent.label)
        names.discard(seen.label)
        merged[ent.key] = Entity(
            seen.key, seen.label, seen.kind, tuple(sorted(names)), seen.is_actor or ent.is_actor
        )
    return merged


def _family(relation: Relation) -> str:
    prop = property_for(relation.extraction.lemma)
    if prop.name == relation.property:
        return prop.family
    return family_of(NG[relation.property])


def _evidence_order(resolved: ResolvedArticle, relation: Relation) -> tuple[Any, ...]:
    ext = relation.extraction
    return (resolved.article.id, ext.sentence_start, ext.sentence, ext.predicate, ext.confidence)


def _evidence(
    resolved: ResolvedArticle, relation: Relation, labels: dict[str, str]
) -> dict[str, Any]:
    ext = relation.extraction
    place = labels.get(relation.place, relation.place) if relation.place else ""
    attributed = labels.get(relation.attributed_to, relation.attributed_to)
    return {
        "sentence": ext.sentence,
        "article": resolved.article.title,
        "article_id": resolved.article.id,
        "time": ext.time.text if ext.time else "",
        "date": ext.date,
        "place": place or (ext.place.text if ext.place else ""),
        "modality": ext.modality,
        "negated": bool(ext.negated),
        "attributed_to": attributed or (ext.attribution.text if ext.attribution else ""),
        "confidence": round(float(ext.confidence), 3),
    }


def _add_analytics(graph: nx.MultiDiGraph) -> None:
    """Degree and betweenness centrality and a community id on every node."""
    if graph.number_of_nodes() == 0:
        return
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    for u, v, count in graph.edges(data="count"):
        if u == v:
            continue
        weight = simple.get_edge_data(u, v, {}).get("weight", 0) + count
        simple.add_edge(u, v, weight=weight)
    degree = nx.degree_centrality(simple) if simple.number_of_nodes() > 1 else {}
    if simple.number_of_nodes() > EXACT_BETWEENNESS_LIMIT:
        betweenness = nx.betweenness_centrality(simple, k=BETWEENNESS_SAMPLE, seed=SEED)
    else:
        betweenness = nx.betweenness_centrality(simple)
    communities = nx.community.louvain_communities(simple, weight="weight", seed=SEED)
    # number communities by size, then by their first member, so ids do not depend on set order
    ordered = sorted((sorted(c) for c in communities), key=lambda c: (-len(c), c[0]))
    community = {node: cid for cid, members in enumerate(ordered) for node in members}
    for node in graph.nodes:
        graph.nodes[node]["degree"] = round(degree.get(node, 0.0), 6)
        graph.nodes[node]["betweenness"] = round(betweenness.get(node, 0.0), 6)
        graph.nodes[node]["community"] = community.get(node, -1)
