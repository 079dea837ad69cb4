"""The actor network as one self-contained, offline HTML page.

The nodes, edges and options are vis-network's, in the shape pyvis gives them (built here
directly: pyvis checks every new node and edge against lists of those already added, which
made big pages quadratic); the page around them is ours, because pyvis's own template links
Bootstrap from the web and writes tooltips with ``innerHTML``. Here every script and style
is inlined (vis-network comes from the files pyvis ships), article text travels as JSON
inside a ``<script type="application/json">`` block and reaches the screen only through
``textContent`` or the canvas, never as markup.
The page keeps pyvis's globals ``network``, ``nodes`` and ``edges``.

A page of tens of thousands of nodes never settles in a browser, so a big network is cut
to its PAGE_NODE_LIMIT most connected actors (and PAGE_OTHER_LIMIT most connected other
entities) and the edges among them; the header says how many of how many it shows. The
GraphML export keeps the whole network.
"""

from __future__ import annotations

import heapq
import html
import json
import math
import re
from functools import cache
from importlib import util
from pathlib import Path
from typing import Any

import networkx as nx

from newsgraph.network import PAGE_CANDIDATES
from newsgraph.vocabulary import ACTOR_KINDS, FAMILIES, NON_ACTOR_KINDS

VIS_VERSION = "9.1.2"  # the vis-network build bundled with pyvis 0.3.2

KIND_COLORS: dict[str, str] = {
    "Person": "#4e79a7",
    "Organization": "#f28e2b",
    "ArmedGroup": "#b5332e",
    "Government": "#76b7b2",
    "Country": "#59a14f",
    "Group": "#b07aa1",
    "Location": "#9c755f",
    "Event": "#edc948",
    "Thing": "#bab0ac",
}
UNKNOWN_KIND_COLOR = "#8c8c8c"
FAMILY_COLORS: dict[str, str] = {
    "conflict": "#d62728",
    "cooperation": "#2ca02c",
    "statement": "#1f77b4",
    "other": "#7f7f7f",
}
FAMILY_LABELS = {
    "conflict": "Conflict",
    "cooperation": "Cooperation",
    "statement": "Statements",
    "other": "Other",
}

MIN_NODE_SIZE = 10.0
MAX_NODE_SIZE = 40.0
MAX_EDGE_WIDTH = 12.0
# Above these sizes the page trades polish for speed: no edge labels, straight edges,
# and fewer stabilization iterations (physics always stops once stabilized).
EDGE_LABEL_LIMIT = 300
SMOOTH_EDGE_LIMIT = 500
IMPROVED_LAYOUT_LIMIT = 150
STABILIZATION_BUDGET = 100_000  # iterations x nodes
MAX_ITERATIONS = 1000
MIN_ITERATIONS = 50
# the page stops the layout after this long whatever the iteration count (slow machines)
LAYOUT_TIME_LIMIT_MS = 3000
LAYOUT_SEED = 7
LABEL_LIMIT = 40
# A bigger network is cut to its most connected nodes: about 1,500 nodes load and settle
# in a browser within a couple of seconds (benchmarks/bench_network_page.py).
PAGE_NODE_LIMIT = 1000  # actors
PAGE_OTHER_LIMIT = 500  # other entities (hidden until the reader asks for them)
# The most central actors get a label big enough to read at the zoom the page opens with.
MAJOR_LABELS = 25
MAJOR_FONT_SIZE = 34  # canvas units, until the page has settled and sized them for the zoom
MAJOR_LABEL_PX = 13  # what those labels measure on screen at least
# Communities: colours for the biggest, named after their most central members.
COMMUNITY_COLORS = (
    "#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2",
    "#edc948", "#ff9da7", "#9c755f", "#2f4b7c", "#a05195", "#665191",
)
SMALL_COMMUNITY_COLOR = "#9aa0a6"
COMMUNITY_NAME_MEMBERS = 3
COMMUNITY_LEGEND_LIMIT = 12
# Families drawn faint and behind the others ("other": be in, have, include...): after the
# gate they are most of what is asserted, so they stay on, one click from hidden.
QUIET_FAMILIES = frozenset({"other"})
QUIET_OPACITY = 0.3
STRIP_MONTH_LIMIT = 120  # a longer time line is shown by year


def render_page(graph: nx.MultiDiGraph) -> str:
    """The whole network.html page for an actor graph from ``network.actor_graph``."""
    data = page_data(graph)
    title = _page_title(data["titles"], data["counts"]["articles"])
    return _TEMPLATE.format(
        title=html.escape(title),
        vis_css=_asset_text("pyvis", f"templates/lib/vis-{VIS_VERSION}/vis-network.css"),
        vis_js=_script_safe(
            _asset_text("pyvis", f"templates/lib/vis-{VIS_VERSION}/vis-network.min.js")
        ),
        page_css=_asset_text("newsgraph", "page_assets/page.css"),
        page_js=_script_safe(_asset_text("newsgraph", "page_assets/page.js")),
        header=_header_html(data),
        data=script_json(data),
    )


def page_data(
    graph: nx.MultiDiGraph,
    *,
    node_limit: int = PAGE_NODE_LIMIT,
    other_limit: int = PAGE_OTHER_LIMIT,
) -> dict[str, Any]:
    """Everything the page's script receives: vis nodes, edges, options and header facts.

    Only the ``node_limit`` most connected actors and ``other_limit`` most connected other
    entities are handed over (see ``page_nodes``); the counts stay those of the whole graph.
    """
    whole = graph
    kept = page_nodes(graph, node_limit=node_limit, other_limit=other_limit)
    if len(kept) < graph.number_of_nodes():
        graph = _cut(graph, kept)
    communities = community_legend(graph)
    vis_nodes = _vis_nodes(graph, {c["id"]: c["color"] for c in communities})
    names = {node["id"]: node["ngLabel"] for node in vis_nodes}
    candidates = [
        (c["from"], c["to"], c["key"], c) for c in whole.graph.get(PAGE_CANDIDATES, [])
        if c["from"] in names and c["to"] in names
    ]
    edge_total = graph.number_of_edges()
    drawn = [(u, v, key, attrs, True) for u, v, key, attrs in graph.edges(keys=True, data=True)]
    drawn += [(u, v, key, attrs, False) for u, v, key, attrs in candidates]
    # quiet families first: vis draws in order, so the others are drawn over them
    drawn.sort(key=lambda edge: str(edge[3].get("family") or "other") not in QUIET_FAMILIES)
    actors = sum(1 for _, actor in graph.nodes(data="is_actor", default=False) if actor)
    all_actors = sum(1 for _, actor in whole.nodes(data="is_actor", default=False) if actor)
    titles = [str(t) for t in whole.graph.get("titles", [])]
    return {
        "titles": titles,
        "titleCount": int(whole.graph.get("title_count", len(titles))),
        "counts": {
            "articles": int(whole.graph.get("article_count", len(titles))),
            "actors": all_actors,
            "others": whole.number_of_nodes() - all_actors,
            "relations": whole.number_of_edges(),
            "statements": sum(int(c) for _, _, c in whole.edges(data="count", default=1)),
        },
        # what the page draws: fewer than the counts when the network was cut
        "shown": {
            "actors": actors,
            "others": graph.number_of_nodes() - actors,
            "relations": edge_total,
        },
        "kinds": _kind_legend(graph),
        "families": _family_legend(graph),
        "communities": communities,
        "candidateCount": len(candidates),
        "months": time_strip(graph),
        "colorBy": "community" if int(whole.graph.get("article_count", 0)) > 1 else "kind",
        "majorLabelPx": MAJOR_LABEL_PX,
        "nodes": vis_nodes,
        "edges": _vis_edges(drawn, names, edge_total),
        "options": vis_options(graph.number_of_nodes(), edge_total),
        "layoutTimeLimitMs": LAYOUT_TIME_LIMIT_MS,
    }


def _vis_nodes(graph: nx.MultiDiGraph, community_color: dict[int, str]) -> list[dict[str, Any]]:
    """vis nodes in graph order: coloured by kind, sized by degree, placed by community."""
    top_degree = max((d for _, d in graph.nodes(data="degree", default=0.0)), default=0.0)
    positions = clustered_positions(graph)
    major = set(major_actors(graph))
    vis_nodes: list[dict[str, Any]] = []
    for key, attrs in graph.nodes(data=True):
        label = str(attrs.get("label") or key)
        kind = str(attrs.get("kind") or "Thing")
        color = KIND_COLORS.get(kind, UNKNOWN_KIND_COLOR)
        community = int(attrs.get("community", -1))
        node: dict[str, Any] = {
            "id": key,
            "label": short_label(label) or key,
            "shape": "dot",
            "color": {
                "background": color,
                "border": _darker(color),
                "highlight": {"background": color, "border": "#111111"},
                "hover": {"background": color, "border": "#111111"},
            },
            "size": node_size(float(attrs.get("degree", 0.0)), top_degree),
            "ngLabel": label,
            "ngKind": kind,
            "ngKindLabel": kind_label(kind),
            "ngActor": bool(attrs.get("is_actor", False)),
            "ngNames": [n for n in str(attrs.get("alt_labels", "")).split("; ") if n],
            "ngIri": str(attrs.get("iri", "")),
            "ngDegree": float(attrs.get("degree", 0.0)),
            "ngBetweenness": float(attrs.get("betweenness", 0.0)),
            "ngCommunity": community,
            "ngCommunityColor": community_color.get(community, SMALL_COMMUNITY_COLOR),
            "x": positions[key][0],
            "y": positions[key][1],
        }
        if key in major:
            node["font"] = {"size": MAJOR_FONT_SIZE}
            node["ngMajor"] = True
        vis_nodes.append(node)
    return vis_nodes


def _vis_edges(
    drawn: list[tuple[str, str, str, dict[str, Any], bool]],
    names: dict[str, str],
    edge_total: int,
) -> list[dict[str, Any]]:
    """vis edges: asserted ones, then those under the threshold (dashed, hidden at first)."""
    pair_index: dict[tuple[str, str], int] = {}
    vis_edges: list[dict[str, Any]] = []
    for number, (u, v, key, attrs, asserted) in enumerate(drawn):
        family = str(attrs.get("family") or "other")
        family = family if family in FAMILY_COLORS else "other"
        color = FAMILY_COLORS[family]
        count = int(attrs.get("count", 1))
        negated = int(attrs.get("negated_count", 0))
        predicate = str(attrs.get("predicate") or key)
        # parallel edges between one pair (any direction) bend apart instead of overlapping
        pair = (min(u, v), max(u, v))
        index = pair_index.get(pair, 0)
        pair_index[pair] = index + 1
        quiet = family in QUIET_FAMILIES
        options: dict[str, Any] = {
            "id": f"e{number}" if asserted else f"c{number}",
            "color": {"color": color, "highlight": color, "hover": color,
                      "opacity": QUIET_OPACITY if quiet else 0.85 if asserted else 0.45},
            "width": edge_width(count),
            "dashes": not asserted or (count > 0 and negated == count),
            "ngAsserted": asserted,
            "ngFamily": family,
            "ngPredicate": predicate,
            "ngProperty": str(attrs.get("property") or key),
            "ngCount": count,
            "ngNegated": negated,
            "ngFrom": names.get(u, u),
            "ngTo": names.get(v, v),
            "ngEvidence": [_evidence_item(item) for item in attrs.get("evidence", [])],
            "ngMonths": sorted(str(m) for m in (attrs.get("months") or {})),
        }
        if edge_total <= EDGE_LABEL_LIMIT and asserted and not quiet:
            options["label"] = predicate
        if edge_total <= SMOOTH_EDGE_LIMIT and index:
            options["smooth"] = {
                "enabled": True,
                "type": "curvedCW" if u <= v else "curvedCCW",
                "roundness": min(0.15 * index, 0.6),
            }
        vis_edges.append({"from": u, "to": v, "arrows": "to", **options})
    return vis_edges


def _kind_legend(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    kind_count: dict[str, int] = {}
    kind_actor: dict[str, bool] = {}
    for _, attrs in graph.nodes(data=True):
        kind = str(attrs.get("kind") or "Thing")
        kind_count[kind] = kind_count.get(kind, 0) + 1
        kind_actor[kind] = kind_actor.get(kind, False) or bool(attrs.get("is_actor", False))
    return [
        {
            "kind": kind,
            "label": kind_label(kind),
            "color": KIND_COLORS.get(kind, UNKNOWN_KIND_COLOR),
            "actor": kind_actor[kind],
            "count": kind_count[kind],
        }
        for kind in _kind_order(set(kind_count))
    ]


def _family_legend(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    family_counts = {f: 0 for f in FAMILIES}
    for _, _, family in graph.edges(data="family", default="other"):
        family_counts[family if family in family_counts else "other"] += 1
    return [
        {"family": f, "label": FAMILY_LABELS[f], "color": FAMILY_COLORS[f],
         "count": family_counts[f]}
        for f in FAMILIES
    ]


def major_actors(graph: nx.MultiDiGraph, limit: int = MAJOR_LABELS) -> list[str]:
    """The most central actors that have relations: their labels are drawn large."""
    linked = neighbour_counts(graph)
    actors = [
        n for n, actor in graph.nodes(data="is_actor", default=False) if actor and n in linked
    ]
    return heapq.nsmallest(
        limit, actors, key=lambda n: (-float(graph.nodes[n].get("degree", 0.0)), n)
    )


def community_legend(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """The biggest communities of related actors, each named after its most central members.

    Only actors with at least one relation count; a community of one is no group. The
    first COMMUNITY_LEGEND_LIMIT get a colour of their own, the rest share a grey.
    """
    members: dict[int, list[str]] = {}
    linked = neighbour_counts(graph)
    for node, attrs in graph.nodes(data=True):
        if attrs.get("is_actor") and node in linked:
            members.setdefault(int(attrs.get("community", -1)), []).append(node)
    groups = [(cid, nodes) for cid, nodes in members.items() if cid >= 0 and len(nodes) > 1]
    groups.sort(key=lambda g: (-len(g[1]), g[0]))
    legend = []
    for rank, (cid, nodes) in enumerate(groups[:COMMUNITY_LEGEND_LIMIT]):
        # named after its most central members, proper names before common nouns ("people")
        central = sorted(nodes, key=lambda n: (
            not str(graph.nodes[n].get("label") or n)[:1].isupper(),
            -float(graph.nodes[n].get("degree", 0.0)), n))
        named = [str(graph.nodes[n].get("label") or n) for n in central[:COMMUNITY_NAME_MEMBERS]]
        legend.append({
            "id": cid,
            "name": ", ".join(named),
            "size": len(nodes),
            "color": COMMUNITY_COLORS[rank % len(COMMUNITY_COLORS)],
        })
    return legend


def clustered_positions(graph: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Starting positions that put each community in a patch of its own.

    Community centres lie on a sunflower spiral, biggest first, with room for each
    community's size; members fill a small spiral around their centre. What the page
    opens with is laid out first and compactly, the rest beside it. The layout's
    physics starts from here, so groups stay groups; the same graph always gets the
    same positions.
    """
    first = set(opening_nodes(graph))
    positions = _patches(graph, [n for n in graph.nodes if n in first], (0.0, 0.0))
    if positions:  # the rest (shown on request) around what the page opens with
        reach = max(math.hypot(x, y) for x, y in positions.values()) + 200.0
    else:
        reach = 0.0
    positions.update(_patches(graph, [n for n in graph.nodes if n not in first], (reach, 0.0)))
    return positions


def opening_nodes(graph: nx.MultiDiGraph) -> list[str]:
    """What the page draws when it opens: actors joined by an asserted relation."""
    linked: set[str] = set()
    for u, v in graph.edges():
        if u != v and graph.nodes[u].get("is_actor") and graph.nodes[v].get("is_actor"):
            linked.update((u, v))
    return [n for n in graph.nodes if n in linked]


_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
_NODE_SPACING = 40.0


def _patches(graph: nx.MultiDiGraph, nodes: list[str],
             offset: tuple[float, float]) -> dict[str, tuple[int, int]]:
    """Community patches on a sunflower spiral (biggest first), members on a small one."""
    members: dict[int, list[str]] = {}
    for node in nodes:
        members.setdefault(int(graph.nodes[node].get("community", -1)), []).append(node)
    order = sorted(members.items(), key=lambda g: (-len(g[1]), g[0]))
    positions: dict[str, tuple[int, int]] = {}
    area = 0.0  # of the patches placed so far: the spiral's radius grows with its root
    for rank, (_, group) in enumerate(order):
        patch = _NODE_SPACING * (math.sqrt(len(group)) + 1)
        radius = 0.0 if rank == 0 else 1.2 * math.sqrt(area + patch * patch)
        area += patch * patch
        cx = offset[0] + radius * math.cos(rank * _GOLDEN_ANGLE)
        cy = offset[1] + radius * math.sin(rank * _GOLDEN_ANGLE)
        central = sorted(group, key=lambda n: (-float(graph.nodes[n].get("degree", 0.0)), n))
        for i, node in enumerate(central):
            r = _NODE_SPACING * math.sqrt(i)
            positions[node] = (round(cx + r * math.cos(i * _GOLDEN_ANGLE)),
                               round(cy + r * math.sin(i * _GOLDEN_ANGLE)))
    return positions


def time_strip(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Statements per month by family, every month from the first to the last dated one.

    Each bin is {label, start, end, counts}: a month, or a whole year when the dates
    span more than STRIP_MONTH_LIMIT months. Where the graph knows the months its
    articles were published in (``first_month``, ``last_month``), the strip covers
    that period, with one bin for earlier and one for later statements.
    """
    counts: dict[str, dict[str, int]] = {}
    for _, _, attrs in graph.edges(data=True):
        family = str(attrs.get("family") or "other")
        family = family if family in FAMILY_COLORS else "other"
        for month, count in (attrs.get("months") or {}).items():
            slot = counts.setdefault(str(month), {})
            slot[family] = slot.get(family, 0) + int(count)
    if not counts:
        return []
    first, last = min(counts), max(counts)
    # the corpus period where the articles are dated: a statement about 1965 in 2019 news
    # goes to an "earlier" bin instead of stretching the strip over decades
    period = (str(graph.graph.get("first_month", "")), str(graph.graph.get("last_month", "")))
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    if all(period):
        for key in [k for k in counts if k < period[0] or k > period[1]]:
            side = before if key < period[0] else after
            for family, count in counts.pop(key).items():
                side[family] = side.get(family, 0) + count
        first, last = period
    bins = _period_bins(counts, first, last)
    if before:
        bins.insert(0, {"label": f"before {first}", "start": "0000-01",
                        "end": _previous_month(first), "counts": before})
    if after:
        bins.append({"label": f"after {last}", "start": _next_month(last),
                     "end": "9999-12", "counts": after})
    return bins


def _next_month(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year + 1:04d}-01" if number == 12 else f"{year:04d}-{number + 1:02d}"


def _previous_month(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year - 1:04d}-12" if number == 1 else f"{year:04d}-{number - 1:02d}"


def _period_bins(counts: dict[str, dict[str, int]], first: str, last: str) -> list[dict[str, Any]]:
    """Monthly bins from first to last, or yearly ones over a long span."""
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
    if span > STRIP_MONTH_LIMIT:
        years: dict[str, dict[str, int]] = {}
        for key, slot in counts.items():
            year_slot = years.setdefault(key[:4], {})
            for family, count in slot.items():
                year_slot[family] = year_slot.get(family, 0) + count
        return [
            {"label": str(year), "start": f"{year:04d}-01", "end": f"{year:04d}-12",
             "counts": years.get(f"{year:04d}", {})}
            for year in range(int(first[:4]), int(last[:4]) + 1)
        ]
    bins = []
    key = first
    while key <= last:
        bins.append({"label": key, "start": key, "end": key, "counts": counts.get(key, {})})
        key = _next_month(key)
    return bins


def page_nodes(
    graph: nx.MultiDiGraph,
    *,
    node_limit: int = PAGE_NODE_LIMIT,
    other_limit: int = PAGE_OTHER_LIMIT,
) -> list[str]:
    """The nodes a page shows, in graph order: all of them, or the most connected.

    Connected means distinct neighbours, in either direction; ties go to the smaller key,
    so the choice is the same whatever order the graph was built in. Actors and other
    entities are chosen separately (the page hides the others until asked).
    """
    actors = [n for n, actor in graph.nodes(data="is_actor", default=False) if actor]
    if len(actors) <= node_limit and graph.number_of_nodes() - len(actors) <= other_limit:
        return list(graph.nodes)
    chosen: set[str] = set()
    actor_set = set(actors)
    others = [n for n in graph.nodes if n not in actor_set]
    counts = neighbour_counts(graph)
    for group, limit in ((actors, node_limit), (others, other_limit)):
        chosen.update(heapq.nsmallest(limit, group, key=lambda n: (-counts.get(n, 0), n)))
    return [n for n in graph.nodes if n in chosen]


def _cut(graph: nx.MultiDiGraph, kept: list[str]) -> nx.MultiDiGraph:
    """A copy holding only ``kept`` and the edges among them, in the graph's own order.

    (A networkx subgraph view may iterate its nodes in set order, which varies between
    processes; the page must not.)
    """
    inside = set(kept)
    cut = nx.MultiDiGraph()
    cut.graph.update(graph.graph)
    cut.add_nodes_from((node, graph.nodes[node]) for node in kept)
    cut.add_edges_from(
        (u, v, key, data)
        for u, v, key, data in graph.edges(keys=True, data=True)
        if u in inside and v in inside
    )
    return cut


def neighbour_counts(graph: nx.MultiDiGraph) -> dict[str, int]:
    """How many distinct other nodes each node is linked to, in either direction.

    Only nodes with at least one such neighbour are keys. One pass over the edges: the
    page asks this of every node (thousands), where each node's own look (a set of its
    successors and one of its predecessors) cost about 20 microseconds.
    """
    pairs = {(u, v) if u < v else (v, u) for u, v in graph.edges() if u != v}
    counts: dict[str, int] = {}
    for u, v in pairs:
        counts[u] = counts.get(u, 0) + 1
        counts[v] = counts.get(v, 0) + 1
    return counts


def vis_options(node_count: int, edge_count: int) -> dict[str, Any]:
    """vis-network options: a layout that stabilizes within a bounded number of iterations."""
    iterations = max(
        MIN_ITERATIONS, min(MAX_ITERATIONS, STABILIZATION_BUDGET // max(node_count, 1))
    )
    large = edge_count > SMOOTH_EDGE_LIMIT
    return {
        "autoResize": True,
        "layout": {
            "randomSeed": LAYOUT_SEED,
            "improvedLayout": node_count <= IMPROVED_LAYOUT_LIMIT,
        },
        "nodes": {
            "shape": "dot",
            "borderWidth": 1.5,
            "font": {
                "size": 14,
                "face": "system-ui, sans-serif",
                "color": "#1f2328",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {
                "size": 11,
                "align": "middle",
                "color": "#444444",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.2},
            "selectionWidth": 1.5,
            "hoverWidth": 1.5,
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -80,
                "centralGravity": 0.01,
                "springLength": 140,
                "springConstant": 0.06,
                "damping": 0.5,
                "avoidOverlap": 0.3,
            },
            "maxVelocity": 60,
            "minVelocity": 1.0,
            "timestep": 0.45,
            "stabilization": {
                "enabled": True,
                "iterations": iterations,
                "updateInterval": 10,
                "fit": True,
            },
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "multiselect": False,
            "navigationButtons": False,
            "keyboard": False,
        },
    }


def node_size(degree: float, top_degree: float) -> float:
    """Node radius grows with degree centrality, relative to the most central node."""
    if top_degree <= 0:
        return MIN_NODE_SIZE
    share = max(0.0, min(1.0, degree / top_degree))
    return round(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * math.sqrt(share), 2)


def edge_width(count: int) -> float:
    """Edge width shows how many statements were merged into it (1 statement = 1.5px)."""
    return round(min(MAX_EDGE_WIDTH, 1.5 + 2.0 * math.log2(max(count, 1))), 2)


def short_label(label: str, limit: int = LABEL_LIMIT) -> str:
    """The name drawn on the canvas: one line, long names cut (the tooltip has it whole)."""
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def kind_label(kind: str) -> str:
    """ "ArmedGroup" -> "Armed group"."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", kind) or [kind]
    text = " ".join(words)
    return text[:1].upper() + text[1:].lower() if text else "Thing"


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' survive literally."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _evidence_item(item: Any) -> dict[str, Any]:
    item = item if isinstance(item, dict) else {}
    return {
        "sentence": str(item.get("sentence", "")),
        "article": str(item.get("article", "")),
        "time": str(item.get("time", "")),
        "date": str(item.get("date", "")),
        "articleDate": str(item.get("article_date", "")),
        "place": str(item.get("place", "")),
        "modality": str(item.get("modality", "")),
        "negated": bool(item.get("negated", False)),
        "attributed_to": str(item.get("attributed_to", "")),
        "confidence": item.get("confidence", ""),
    }


def _kind_order(kinds: set[str]) -> list[str]:
    known = [k for k in (*ACTOR_KINDS, *NON_ACTOR_KINDS) if k in kinds]
    return known + sorted(kinds - set(known))


def _darker(color: str, factor: float = 0.7) -> str:
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (red, green, blue)))


def _page_title(titles: list[str], articles: int) -> str:
    named = [t for t in titles if t.strip()]
    if len(named) == 1 and articles <= 1:
        return f"Actor network: {named[0]}"
    return "Actor network"


def _header_html(data: dict[str, Any]) -> str:
    counts = data["counts"]
    shown = data["shown"]
    titles = [t for t in data["titles"] if t.strip()]
    parts = []
    if len(titles) == 1 and counts["articles"] <= 1:
        parts.append(f'<p class="ng-titles">{html.escape(titles[0])}</p>')
    elif titles:
        items = "".join(f"<li>{html.escape(t)}</li>" for t in titles)
        total = max(int(data.get("titleCount", len(titles))), len(titles))
        summary = "Article titles"
        if total > len(titles):
            summary += f" (the first {len(titles):,} of {total:,})"
        parts.append(
            f'<details class="ng-titles"><summary>{summary}</summary><ol>{items}</ol></details>'
        )
    facts = [
        (counts["articles"], "article", "articles"),
        (counts["actors"], "actor", "actors"),
        (counts["others"], "other entity", "other entities"),
        (counts["relations"], "relation", "relations"),
        (counts["statements"], "statement", "statements"),
    ]
    spans = " · ".join(
        f'<span class="ng-count"><b>{n}</b> {one if n == 1 else many}</span>'
        for n, one, many in facts
    )
    parts.append(f'<p class="ng-counts">{spans}</p>')
    cut = _cut_note(counts, shown)
    if cut:
        parts.append(f'<p class="ng-cut">{html.escape(cut)}</p>')
    return "\n".join(parts)


def _cut_note(counts: dict[str, int], shown: dict[str, int]) -> str:
    """Says plainly how much of the network the page leaves out, or nothing."""
    if shown["actors"] == counts["actors"] and shown["others"] == counts["others"]:
        return ""
    actors = (
        f"the {shown['actors']:,} most connected of {counts['actors']:,} actors"
        if shown["actors"] < counts["actors"]
        else f"all {counts['actors']:,} actors"
    )
    others = (
        f"{shown['others']:,} of {counts['others']:,} other entities"
        if shown["others"] < counts["others"]
        else f"all {counts['others']:,} other entities"
    )
    return (
        f"This page shows {actors} and {others}, with the {shown['relations']:,} relations "
        f"among them; the GraphML export holds the whole network."
    )


@cache
def _asset_text(package: str, name: str) -> str:
    """A file shipped in `package`, read without importing the package: importing pyvis
    (jinja2, its templates) cost the drawer 0.05 s of CPU for two files it only reads."""
    spec = util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"no package named {package!r}")
    return (Path(next(iter(spec.submodule_search_locations))) / name).read_text(encoding="utf-8")


def _script_safe(code: str) -> str:
    # a literal "</script" would end the inline element early
    return code.replace("</script", "<\\/script")


_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsgraph">
<title>{title}</title>
<link rel="icon" href="data:,">
<style>{vis_css}</style>
<style>{page_css}</style>
<script>{vis_js}</script>
</head>
<body>
<header id="ng-header">
<h1>Actor network</h1>
{header}
</header>
<nav id="ng-toolbar" aria-label="Network controls">
<form id="ng-search-form" role="search">
<input id="ng-search" type="search" list="ng-names" placeholder="Find an actor…"
 autocomplete="off" aria-label="Find an actor">
<datalist id="ng-names"></datalist>
<button type="submit">Find</button>
<span id="ng-search-status" aria-live="polite"></span>
</form>
<div id="ng-families" role="group" aria-labelledby="ng-families-label">
<span id="ng-families-label" class="ng-group-label">Relations</span></div>
<label class="ng-toggle"><input id="ng-show-others" type="checkbox"> show non-actors</label>
<label class="ng-toggle" id="ng-candidates-toggle" hidden><input id="ng-show-candidates"
 type="checkbox"> <span id="ng-candidates-label"></span></label>
<label class="ng-toggle"><input id="ng-show-isolated" type="checkbox">
 <span id="ng-isolated-label">show actors without relations</span></label>
<label class="ng-toggle">colour by <select id="ng-color-by">
<option value="community">community</option><option value="kind">entity type</option>
</select></label>
</nav>
<section id="ng-time" hidden aria-label="Time">
<div id="ng-strip" role="img" aria-label="Statements per period by family"></div>
<div id="ng-range">
<label>from <input id="ng-from" type="range" min="0" step="1"></label>
<label>to <input id="ng-to" type="range" min="0" step="1"></label>
<span id="ng-range-label" aria-live="polite"></span>
<span class="ng-hint">Relations without a date stay shown.</span>
</div>
</section>
<main id="ng-main">
<div id="mynetwork"></div>
<div id="ng-empty" hidden></div>
<aside id="ng-side">
<section id="ng-legend"><h2>Entity types</h2><ul id="ng-kinds"></ul>
<p class="ng-hint">Node size: centrality · edge width: number of statements ·
drawn: the asserted relations (factual, specific, confident enough; the RDF describes
every statement)</p></section>
<section id="ng-communities" hidden><h2>Communities</h2><ul id="ng-community-list"></ul>
<p class="ng-hint">Named after their most central actors.</p></section>
<section id="ng-details" aria-live="polite"><h2>Details</h2>
<p class="ng-hint">Hover or click a node or an edge.</p></section>
</aside>
</main>
<div id="ng-tooltip" role="tooltip" hidden></div>
<script id="ng-data" type="application/json">{data}</script>
<script>{page_js}</script>
</body>
</html>
"""
