"""The actor network: resolved articles -> networkx graph, analytics and GraphML.

One node per entity (``Entity.key``), one edge per (subject, object, property) carrying
the true number of asserted statements behind it and the best few of them as evidence.
Only asserted statements make edges (see ``assertion``): a negated, planned or vague
statement, or one under the confidence threshold, is described in the RDF, never drawn.
``NetworkBuilder`` takes the articles one at a time and keeps only what the graph needs
(entities, edge counters and at most ``evidence_limit`` evidence items per edge), so a
corpus of any size is built in memory that grows with distinct entities and edges, never
with article text. The same articles in any order give the same graph: every choice
(an entity's label, the evidence kept, the titles listed) is a minimum over a total
order, nodes and edges are inserted in sorted order and the analytics use fixed seeds.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

import networkx as nx
import numpy as np

from newsgraph.assertion import Assessment, assess_article
from newsgraph.models import Entity, Relation, ResolvedArticle
from newsgraph.vocabulary import ENTITY, NG, family_of, property_for

SEED = 42
# Exact betweenness costs O(nodes * edges); above this many nodes it is estimated from
# a fixed sample of pivots (seeded, so still deterministic): a 2,000-node graph stays fast.
EXACT_BETWEENNESS_LIMIT = 500
BETWEENNESS_SAMPLE = 100
# Above this many nodes, communities are found on the graph without its leaves (see
# ``communities_of``): most nodes of a news network are things named once.
COMMUNITY_FOLD_LIMIT = 500
# Evidence items kept per edge (the first by article id and place in the article); the
# edge's ``count`` still counts every asserted statement (``negated_count`` is 0 since
# negated statements are never asserted; the page still reads it).
EVIDENCE_LIMIT = 20
# graph attribute holding the edges of statements below the confidence threshold (page only)
PAGE_CANDIDATES = "page_candidates"
# Article titles kept in ``graph.graph["titles"]`` (the first by article id).
TITLE_LIMIT = 20


class _Evidence(NamedTuple):
    """One statement behind an edge, as kept: compact, and totally ordered.

    The first five fields are ``_evidence_order``; the rest break its ties, so which
    items survive the cut never depends on the order the articles came in. Entity keys
    (place, attribution) are turned into labels only when the graph is made, because a
    later article may change which label an entity shows.
    """

    article_id: str
    sentence_start: int
    sentence: str
    predicate: str
    confidence: float
    article: str
    time: str
    date: str
    place_key: str
    place_text: str
    modality: str
    negated: bool
    attributed_key: str
    attributed_text: str
    property_label: str
    lemma: str
    article_date: str


@dataclass
class _EdgeTally:
    count: int = 0
    negated_count: int = 0
    best: list[_Evidence] = field(default_factory=list)
    months: dict[str, int] = field(default_factory=dict)  # statements per month, when dated


@dataclass
class _EntityTally:
    rank: tuple[str, str, str]  # (article id, label, kind) of the version that names it
    kind: str
    alt_labels: tuple[str, ...]  # as given, while only one version was seen
    is_actor: bool
    names: set[str] | None = None  # every label and alt label, once a second version came


class NetworkBuilder:
    """Builds the actor graph one resolved article at a time, in bounded memory.

    >>> builder = NetworkBuilder(evidence_limit=5)
    >>> builder.graph().number_of_nodes()
    0
    """

    def __init__(self, *, evidence_limit: int = EVIDENCE_LIMIT) -> None:
        if evidence_limit < 1:
            raise ValueError("evidence_limit must be at least 1")
        self.evidence_limit = evidence_limit
        self._entities: dict[str, _EntityTally] = {}
        self._edges: dict[tuple[str, str, str], _EdgeTally] = {}
        # statements that fail the gate only for their confidence: the page can show them,
        # labelled as not asserted; they are never GraphML edges
        self._candidates: dict[tuple[str, str, str], _EdgeTally] = {}
        self._titles: list[tuple[str, str]] = []  # (article id, title), TITLE_LIMIT smallest
        self._title_count = 0
        self._article_count = 0
        self._months: tuple[str, str] = ("", "")  # first and last month articles are dated

    @property
    def article_count(self) -> int:
        return self._article_count

    def add(self, resolved: ResolvedArticle,
            verdicts: Mapping[Relation, Assessment] | None = None) -> None:
        """Take in one article: entity names, edge counts and the best statements are kept."""
        article = resolved.article
        self._article_count += 1
        if len(article.date) >= 7:
            month = article.date[:7]
            first, last = self._months
            self._months = (min(first or month, month), max(last, month))
        if article.title.strip():
            self._title_count += 1
            self._titles.append((article.id, article.title))
            if len(self._titles) > 2 * TITLE_LIMIT:
                self._titles = sorted(self._titles)[:TITLE_LIMIT]
        for ent in resolved.entities:
            self._add_entity(article.id, ent)
        verdicts = verdicts if verdicts is not None else assess_article(resolved)
        for relation in resolved.relations:
            verdict = verdicts[relation]
            if verdict.asserted:
                edges = self._edges
            elif verdict.candidate:
                edges = self._candidates
            else:
                continue
            key = (relation.subject, relation.object, relation.property)
            tally = edges.get(key)
            if tally is None:
                tally = edges[key] = _EdgeTally()
            item = _record(resolved, relation, verdict.confidence)
            tally.count += 1
            tally.negated_count += item.negated
            month = statement_month(relation.extraction.date, article.date)
            if month:
                tally.months[month] = tally.months.get(month, 0) + 1
            tally.best.append(item)
            # sort and cut once the list is twice the limit: amortized O(log) per statement
            if len(tally.best) > 2 * self.evidence_limit:
                tally.best.sort()
                del tally.best[self.evidence_limit :]

    def graph(self) -> nx.MultiDiGraph:
        """The graph of every article added so far, with analytics as node attributes."""
        labels = {key: self._label(tally) for key, tally in self._entities.items()}
        graph = nx.MultiDiGraph()
        titles = sorted(self._titles)[:TITLE_LIMIT]
        graph.graph["titles"] = [title for _, title in titles]
        graph.graph["title_count"] = self._title_count
        graph.graph["article_count"] = self._article_count
        if self._months[0]:
            graph.graph["first_month"], graph.graph["last_month"] = self._months
        keys = set(self._entities)
        for subject, obj, _ in (*self._edges, *self._candidates):
            keys.update((subject, obj))
        for key in sorted(keys):
            tally = self._entities.get(key)
            if tally is None:
                # a relation may name an entity its article did not list: keep it visible
                graph.add_node(
                    key,
                    label=key,
                    kind="Thing",
                    is_actor=False,
                    alt_labels="",
                    iri=str(ENTITY[key]),
                )
                continue
            graph.add_node(
                key,
                label=labels[key],
                kind=tally.kind,
                is_actor=tally.is_actor,
                alt_labels="; ".join(self._alt_labels(tally, labels[key])),
                iri=str(ENTITY[key]),
            )
        families: dict[tuple[str, str], str] = {}  # property_for scans a table: ask once
        for (subject, obj, prop), edge in sorted(self._edges.items()):
            graph.add_edge(subject, obj, key=prop,
                           **self._edge_attributes(prop, edge, labels, families))
        _add_analytics(graph)
        # for the page only (the GraphML writer leaves out graph attributes named page_*)
        graph.graph[PAGE_CANDIDATES] = [
            {"from": subject, "to": obj, "key": prop,
             **self._edge_attributes(prop, edge, labels, families)}
            for (subject, obj, prop), edge in sorted(self._candidates.items())
        ]
        return graph

    def _edge_attributes(self, prop: str, edge: _EdgeTally, labels: dict[str, str],
                         families: dict[tuple[str, str], str]) -> dict[str, Any]:
        best = sorted(edge.best)[: self.evidence_limit]
        first = best[0]
        family = families.get((first.lemma, prop))
        if family is None:
            family = families[(first.lemma, prop)] = _family(first.lemma, prop)
        return {
            "property": prop,
            "predicate": first.property_label or prop,
            "family": family,
            "count": edge.count,
            "negated_count": edge.negated_count,
            "months": dict(sorted(edge.months.items())),
            "evidence": [_evidence(item, labels) for item in best],
        }

    def _add_entity(self, article_id: str, ent: Entity) -> None:
        rank = (article_id, ent.label, ent.kind)
        seen = self._entities.get(ent.key)
        if seen is None:
            self._entities[ent.key] = _EntityTally(
                rank, ent.kind, tuple(ent.alt_labels), bool(ent.is_actor)
            )
            return
        if seen.names is None:
            seen.names = {seen.rank[1], *seen.alt_labels}
        seen.names.update((ent.label, *ent.alt_labels))
        seen.is_actor = seen.is_actor or bool(ent.is_actor)
        if rank < seen.rank:
            # the version from the first article (by id) names the entity
            seen.rank, seen.kind, seen.alt_labels = rank, ent.kind, tuple(ent.alt_labels)

    @staticmethod
    def _label(tally: _EntityTally) -> str:
        return tally.rank[1]

    @staticmethod
    def _alt_labels(tally: _EntityTally, label: str) -> tuple[str, ...]:
        if tally.names is None:
            return tally.alt_labels
        return tuple(sorted(tally.names - {label}))


def actor_graph(articles: Iterable[ResolvedArticle]) -> nx.MultiDiGraph:
    """Build the entity graph of every article, with analytics as node attributes."""
    builder = NetworkBuilder()
    for resolved in articles:
        builder.add(resolved)
    return builder.graph()


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
    The bytes are those networkx's (lxml) writer gives for the same values, but written
    straight from the graph, one node or edge at a time, without a copy of the graph
    (about three times faster). Characters XML cannot hold are left out.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            _write_graphml(graph, stream)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the export is meant to be shared
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


_GRAPHML_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)
_PLAIN = (int, float, bool)  # types whose str() XML takes as it is
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _write_graphml(graph: nx.MultiDiGraph, stream: BinaryIO) -> None:
    """The GraphML document, key declarations first (newest first, as networkx writes them)."""
    graph_data = {k: v for k, v in graph.graph.items()
                  if k not in ("node_default", "edge_default") and not k.startswith("page_")}
    keys: dict[tuple[str, str, str], str] = {}  # (name, type, scope) -> id, in order made
    # the same id by the name's and the value's Python types: one lookup per attribute
    known: dict[tuple[type, Any, type, str], str] = {}

    def key_of(name: Any, value: Any, scope: str) -> str:
        seen = (type(name), name, type(value), scope)
        made = known.get(seen)
        if made is None:
            found = (str(name), _graphml_type(value), scope)
            made = keys.get(found)
            if made is None:
                made = keys[found] = f"d{len(keys)}"
            known[seen] = made
        return made

    for name, value in graph_data.items():
        key_of(name, value, "graph")
    for _, data in graph.nodes(data=True):
        for name, value in data.items():
            key_of(name, value, "node")
    for _, _, key, data in graph.edges(keys=True, data=True):
        for name, value in _edge_attributes(key, data).items():
            key_of(name, value, "edge")

    out: list[str] = [_GRAPHML_HEAD]
    for (name, kind, scope), made in reversed(keys.items()):
        out.append(
            f'<key id="{made}" for="{scope}" attr.name="{_xml_attribute(name)}" '
            f'attr.type="{kind}"/>\n'
        )
    out.append(
        '<graph edgedefault="directed">'
        if graph.is_directed()
        else '<graph edgedefault="undirected">'
    )

    def data_lines(items: dict[Any, Any], scope: str, indent: str) -> None:
        for name, value in items.items():
            # a number's text needs no escaping (about half of the values)
            text = str(value) if type(value) in _PLAIN else _xml_text(str(_graphml_value(value)))
            out.append(f'{indent}<data key="{key_of(name, value, scope)}">{text}</data>\n')

    data_lines(graph_data, "graph", "")
    for node, data in graph.nodes(data=True):
        opening = f'<node id="{_xml_attribute(str(node))}"'
        if data:
            out.append(opening + ">\n")
            data_lines(data, "node", "  ")
            out.append("</node>\n")
        else:
            out.append(opening + "/>\n")
        if len(out) > 4096:
            stream.write("".join(out).encode("utf-8"))
            out.clear()
    for u, v, key, data in graph.edges(keys=True, data=True):
        opening = (
            f'<edge source="{_xml_attribute(str(u))}" target="{_xml_attribute(str(v))}" '
            f'id="{_xml_attribute(str(key))}"'
        )
        attrs = _edge_attributes(key, data)
        if attrs:
            out.append(opening + ">\n")
            data_lines(attrs, "edge", "  ")
            out.append("</edge>\n")
        else:
            out.append(opening + "/>\n")
        if len(out) > 4096:
            stream.write("".join(out).encode("utf-8"))
            out.clear()
    out.append("</graph></graphml>")
    stream.write("".join(out).encode("utf-8"))


def _edge_attributes(key: Any, data: dict[str, Any]) -> dict[str, Any]:
    return {"label": data.get("predicate", key), "weight": data.get("count", 1), **data}


def _graphml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _xml_text(text: str) -> str:
    text = _NOT_XML.sub("", text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def _xml_attribute(text: str) -> str:
    return _xml_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _graphml_value(value: Any) -> Any:
    """GraphML holds scalars only: lists and dicts travel as JSON text."""
    if isinstance(value, bool | int | float | str):
        return value
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _family(lemma: str, prop: str) -> str:
    found = property_for(lemma)
    if found.name == prop:
        return found.family
    return family_of(NG[prop])


def _evidence_order(
    resolved: ResolvedArticle, relation: Relation, confidence: float
) -> tuple[Any, ...]:
    """Which statements an edge shows first (and keeps): by article, then by place in it."""
    ext = relation.extraction
    return (resolved.article.id, ext.sentence_start, ext.sentence, ext.predicate, confidence)


def _record(resolved: ResolvedArticle, relation: Relation, confidence: float) -> _Evidence:
    """One asserted statement as an edge keeps it; `confidence` is the calibrated one."""
    ext = relation.extraction
    article_id, sentence_start, sentence, predicate, confidence = _evidence_order(
        resolved, relation, confidence
    )
    return _Evidence(
        article_id=article_id,
        sentence_start=sentence_start,
        sentence=sentence,
        predicate=predicate,
        confidence=confidence,
        article=resolved.article.title,
        time=ext.time.text if ext.time else "",
        date=ext.date,
        place_key=relation.place,
        place_text=ext.place.text if ext.place else "",
        modality=ext.modality,
        negated=bool(ext.negated),
        attributed_key=relation.attributed_to,
        attributed_text=ext.attribution.text if ext.attribution else "",
        property_label=relation.property_label,
        lemma=ext.lemma,
        article_date=resolved.article.date,
    )


def _evidence(item: _Evidence, labels: dict[str, str]) -> dict[str, Any]:
    place = labels.get(item.place_key, item.place_key)
    attributed = labels.get(item.attributed_key, item.attributed_key)
    return {
        "sentence": item.sentence,
        "article": item.article,
        "article_id": item.article_id,
        "time": item.time,
        "date": item.date,
        "article_date": item.article_date,
        "place": place or item.place_text,
        "modality": item.modality,
        "negated": item.negated,
        "attributed_to": attributed or item.attributed_text,
        "confidence": round(float(item.confidence), 3),
    }


def statement_month(date: str, article_date: str) -> str:
    """The month ("YYYY-MM") a statement belongs to on a time line, or "" when undated.

    The statement's own date where it names a month; a bare year is the article's month
    when the article is of that year (news of "this year"), else the year's January; a
    statement with no date of its own takes the article's date.
    """
    article_month = article_date[:7] if len(article_date) >= 7 else ""
    if len(date) >= 7:
        return date[:7]
    if len(date) == 4 and date.isdigit():
        return article_month if article_month[:4] == date else f"{date}-01"
    return article_month


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
    betweenness = betweenness_centrality(simple)
    # number communities by size, then by their first member, so ids do not depend on set order
    ordered = sorted((sorted(c) for c in communities_of(simple)), key=lambda c: (-len(c), c[0]))
    community = {node: cid for cid, members in enumerate(ordered) for node in members}
    for node in graph.nodes:
        graph.nodes[node]["degree"] = round(degree.get(node, 0.0), 6)
        graph.nodes[node]["betweenness"] = round(betweenness.get(node, 0.0), 6)
        graph.nodes[node]["community"] = community.get(node, -1)


def betweenness_centrality(simple: nx.Graph) -> dict[str, float]:
    """Normalized betweenness of an undirected graph, as networkx computes it, but faster.

    Up to EXACT_BETWEENNESS_LIMIT nodes every node is a source (exact); above it
    BETWEENNESS_SAMPLE sources are drawn the way ``nx.betweenness_centrality(k=..., seed=SEED)``
    draws them, and scaled the same way, so the values agree with networkx's. The work is
    Brandes's algorithm, one breadth-first search per source, done level by level on numpy
    arrays: networkx's pure-Python search was most of a build's network time once the
    articles joined into one large component.
    """
    nodes = list(simple)
    count = len(nodes)
    if count <= EXACT_BETWEENNESS_LIMIT:
        sources = nodes
    else:
        sources = random.Random(SEED).sample(nodes, BETWEENNESS_SAMPLE)
    raw = _brandes(simple, nodes, sources)
    pairs = count - 1  # possible sources or targets of a path through a node
    if pairs < 2:
        return dict.fromkeys(nodes, 0.0)
    if len(sources) == count:
        scaled = raw / (pairs * (pairs - 1))
    else:
        # a sampled source is never counted for itself: it saw one source fewer
        chosen = np.zeros(count, dtype=bool)
        index = {node: i for i, node in enumerate(nodes)}
        chosen[[index[s] for s in sources]] = True
        k = len(sources)
        source_scale = 1 / ((k - 1) * (pairs - 1)) if k > 1 else math.nan
        scaled = raw * np.where(chosen, source_scale, 1 / (k * (pairs - 1)))
    return {node: float(value) for node, value in zip(nodes, scaled, strict=True)}


def _brandes(simple: nx.Graph, nodes: Sequence[str], sources: Sequence[str]) -> np.ndarray:
    """Unscaled betweenness from the given sources (Brandes), on a CSR adjacency."""
    count = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    degrees = np.fromiter((len(simple.adj[v]) for v in nodes), dtype=np.int64, count=count)
    indptr = np.zeros(count + 1, dtype=np.int64)
    np.cumsum(degrees, out=indptr[1:])
    neighbours = np.fromiter(
        (index[w] for v in nodes for w in simple.adj[v]), dtype=np.int64, count=int(indptr[-1])
    )
    total = np.zeros(count)
    dist = np.full(count, -1, dtype=np.int64)
    sigma = np.zeros(count)  # shortest paths from the source
    delta = np.zeros(count)  # the source's dependency on each node
    for source in sources:
        start = index[source]
        dist[start], sigma[start] = 0, 1.0
        levels = [np.array([start], dtype=np.int64)]  # nodes by distance, each sorted
        steps: list[tuple[np.ndarray, np.ndarray]] = []  # shortest-path edges, level to next
        while True:
            frontier = levels[-1]
            first = indptr[frontier]
            degree = indptr[frontier + 1] - first
            edges = int(degree.sum())
            if edges == 0:
                break
            tail = np.repeat(frontier, degree)
            offsets = np.repeat(first - (np.cumsum(degree) - degree), degree) + np.arange(edges)
            head = neighbours[offsets]
            fresh = np.unique(head[dist[head] < 0])
            if fresh.size == 0:
                break
            dist[fresh] = len(levels)
            forward = dist[head] == len(levels)
            tail, head = tail[forward], head[forward]
            sigma[fresh] = np.bincount(
                np.searchsorted(fresh, head), weights=sigma[tail], minlength=fresh.size
            )
            levels.append(fresh)
            steps.append((tail, head))
        for (tail, head), here in zip(reversed(steps), reversed(levels[:-1]), strict=True):
            share = sigma[tail] / sigma[head] * (1.0 + delta[head])
            delta[here] += np.bincount(
                np.searchsorted(here, tail), weights=share, minlength=here.size
            )
        reached = np.concatenate(levels)
        total[reached] += delta[reached]
        total[start] -= delta[start]
        dist[reached], sigma[reached], delta[reached] = -1, 0.0, 0.0
    return total


def communities_of(simple: nx.Graph) -> list[set[str]]:
    """Louvain communities (weighted, seeded), on a smaller graph when the graph is big.

    In a big news network most nodes are leaves (one link) or alone. Louvain always puts a
    leaf in its neighbour's community (the move gains modularity), so above
    COMMUNITY_FOLD_LIMIT nodes each leaf is folded into its neighbour beforehand, its link
    kept as a loop on the neighbour (so every degree and the total weight stay the same,
    as in Louvain's own aggregation step), and nodes without links stay alone. Louvain
    then runs on the core only, and only on its large components (``_louvain_by_component``).
    """
    if simple.number_of_nodes() <= COMMUNITY_FOLD_LIMIT:
        return list(nx.community.louvain_communities(simple, weight="weight", seed=SEED))
    anchor: dict[str, str] = {}
    alone: list[str] = []
    core = nx.Graph()
    for node in simple:
        neighbours = simple.adj[node]
        if not neighbours:
            alone.append(node)
            continue
        if len(neighbours) == 1:
            (other,) = neighbours
            # of two nodes linked only to each other, the larger key folds into the smaller
            if len(simple.adj[other]) > 1 or other < node:
                anchor[node] = other
                continue
        core.add_node(node)
    loops: dict[str, float] = {}
    for u, v, weight in simple.edges(data="weight", default=1):
        if u in anchor or v in anchor:
            other = v if u in anchor else u
            loops[other] = loops.get(other, 0) + weight
        else:
            core.add_edge(u, v, weight=weight)
    for node in core:  # in node order, so the graph is the same in every process
        if node in loops:
            core.add_edge(node, node, weight=loops[node])
    found = _louvain_by_component(core)
    community = {node: i for i, members in enumerate(found) for node in members}
    for leaf, other in anchor.items():
        found[community[other]].add(leaf)
    return found + [{node} for node in alone]


def _louvain_by_component(core: nx.Graph) -> list[set[str]]:
    """Louvain communities of ``core``, running Louvain on its large components only.

    Modularity cannot split a small component (the resolution limit): two linked parts of
    total degrees a and b gain by merging whenever a * b < 2m * (the weight between them),
    and a * b is at most K^2 / 4 for a component of total degree K; with weights of at
    least 1, a component with K^2 < 8m always ends as one community, so it is taken whole.
    The large components go to Louvain together, with the resolution scaled by their share
    of the weight so that every move is judged against the whole graph's total, as it
    would be if the small components were still there.
    """
    total = core.size(weight="weight")  # m, loops counted once, as networkx does
    if total == 0:
        return [{node} for node in core]
    strength = dict(core.degree(weight="weight"))  # loops count twice, as in modularity
    whole: list[set[str]] = []
    large: list[str] = []
    for members in nx.connected_components(core):
        degree_sum = sum(strength[node] for node in members)
        if degree_sum * degree_sum < 8 * total:
            whole.append(set(members))
        else:
            large.extend(members)
    if not large:
        return whole
    rest = core.subgraph(sorted(large))
    share = nx.Graph()  # a plain copy in sorted order: a subgraph view may iterate a set
    share.add_nodes_from(sorted(large))
    edges = sorted((min(u, v), max(u, v), w) for u, v, w in rest.edges(data="weight"))
    share.add_weighted_edges_from(edges)
    resolution = share.size(weight="weight") / total
    found = nx.community.louvain_communities(
        share, weight="weight", resolution=resolution, seed=SEED
    )
    return whole + [set(c) for c in found]
