"""A static picture of the actor network (network.png) for reports and the README.

Drawn with matplotlib's Agg canvas, without pyplot and without a browser, on a layout with
a fixed seed, so the same graph gives the same picture.
"""

from __future__ import annotations

import io
import math
import warnings

import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from newsgraph.page import FAMILY_COLORS, FAMILY_LABELS, KIND_COLORS, UNKNOWN_KIND_COLOR, kind_label
from newsgraph.vocabulary import ACTOR_KINDS, FAMILIES

LAYOUT_SEED = 42
LABELLED_NODES = 40  # only the most central actors are named, so big graphs stay legible
ARROW_LIMIT = 400  # arrow patches are slow; above this many edges draw plain lines
# A picture of thousands of dots says little and the layout gets slow: big graphs show
# their most central actors only (the subtitle says so).
PICTURE_NODE_LIMIT = 300
SPRING_SPREAD = 2.5


def render_png(graph: nx.MultiDiGraph, *, width: float = 12.0, height: float = 9.0) -> bytes:
    """PNG bytes of the actor network: colour by kind, size by centrality, edges by family."""
    actors = [n for n, actor in graph.nodes(data="is_actor", default=False) if actor]
    shown = sorted(actors, key=lambda n: (-graph.nodes[n].get("degree", 0.0), n))
    simple = _collapse(graph.subgraph(shown[:PICTURE_NODE_LIMIT]))

    figure = Figure(figsize=(width, height), dpi=100, facecolor="white")
    FigureCanvasAgg(figure)
    ax = figure.add_axes((0.01, 0.01, 0.83, 0.9))
    ax.set_axis_off()
    figure.suptitle(_title(graph), fontsize=14, fontweight="bold", y=0.975)
    figure.text(
        0.5, 0.925, _subtitle(graph, simple, len(actors)), ha="center", fontsize=10, color="#555555"
    )

    if simple.number_of_nodes() == 0:
        ax.text(
            0.5,
            0.5,
            "No actors were found.",
            ha="center",
            va="center",
            fontsize=14,
            color="#777777",
            transform=ax.transAxes,
        )
        return _png(figure)

    positions = _layout(simple)
    top = max((graph.nodes[n].get("degree", 0.0) for n in simple), default=0.0)
    nodelist = sorted(simple)
    crowd = min(1.0, math.sqrt(20 / len(nodelist)))  # smaller dots when there are many
    sizes = [crowd * _area(graph.nodes[n].get("degree", 0.0), top) for n in nodelist]
    colors = [KIND_COLORS.get(graph.nodes[n].get("kind", ""), UNKNOWN_KIND_COLOR) for n in nodelist]
    edgelist = sorted(simple.edges)
    arrows = len(edgelist) <= ARROW_LIMIT
    nx.draw_networkx_edges(
        simple,
        positions,
        ax=ax,
        edgelist=edgelist,
        edge_color=[FAMILY_COLORS.get(simple.edges[e]["family"], "#7f7f7f") for e in edgelist],
        width=[min(8.0, 0.8 + 1.2 * math.log2(simple.edges[e]["count"])) for e in edgelist],
        style=["dashed" if simple.edges[e]["negated"] else "solid" for e in edgelist],
        alpha=0.75,
        nodelist=nodelist,
        node_size=sizes,
        **(
            {"arrows": True, "arrowsize": 12, "connectionstyle": "arc3,rad=0.08"}
            if arrows
            else {"arrows": False}
        ),
    )
    nx.draw_networkx_nodes(
        simple,
        positions,
        ax=ax,
        nodelist=nodelist,
        node_size=sizes,
        node_color=colors,
        edgecolors="#333333",
        linewidths=0.6,
    )
    ranked = sorted(nodelist, key=lambda n: (-graph.nodes[n].get("degree", 0.0), n))
    size_of = dict(zip(nodelist, sizes, strict=True))
    for node in ranked[: LABELLED_NODES if len(nodelist) <= 100 else LABELLED_NODES // 2]:
        label = _plain(str(graph.nodes[node].get("label", node)), 32)
        # below the node: offset by its radius in points (node_size is an area in points²)
        ax.annotate(
            label,
            positions[node],
            xytext=(0, -(math.sqrt(size_of[node]) / 2 + 2)),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=9,
            color="#1f2328",
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.75, "pad": 0.5},
        )
    # room for the labels of nodes on the rim
    ax.margins(0.3 if len(nodelist) < 3 else 0.08)
    ax.set_aspect("equal", adjustable="datalim")

    present = {graph.nodes[n].get("kind", "") for n in nodelist}
    kinds = [k for k in ACTOR_KINDS if k in present] + sorted(present - set(ACTOR_KINDS))
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=9,
            markeredgecolor="#333333",
            markerfacecolor=KIND_COLORS.get(k, UNKNOWN_KIND_COLOR),
            label=kind_label(k),
        )
        for k in kinds
    ]
    drawn = {simple.edges[e]["family"] for e in edgelist}
    families = [f for f in FAMILIES if f in drawn] + sorted(drawn - set(FAMILIES))
    handles += [
        Line2D(
            [],
            [],
            color=FAMILY_COLORS.get(f, "#7f7f7f"),
            linewidth=2.5,
            label=FAMILY_LABELS.get(f, f),
        )
        for f in families
    ]
    ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9, frameon=False
    )
    return _png(figure)


def _collapse(view: nx.MultiDiGraph) -> nx.DiGraph:
    """One drawn edge per ordered pair: the family with most statements, the total count."""
    simple = nx.DiGraph()
    simple.add_nodes_from(sorted(view.nodes))
    per_pair: dict[tuple[str, str], dict[str, int]] = {}
    negated: dict[tuple[str, str], bool] = {}
    for u, v, data in sorted(view.edges(data=True), key=lambda e: (e[0], e[1], e[2]["property"])):
        if u == v:
            continue
        counts = per_pair.setdefault((u, v), {})
        family = data.get("family", "other")
        counts[family] = counts.get(family, 0) + int(data.get("count", 1))
        only_negated = data.get("negated_count", 0) == data.get("count", 1)
        negated[(u, v)] = negated.get((u, v), True) and only_negated
    for (u, v), counts in per_pair.items():
        family = min(counts, key=lambda f: (-counts[f], f))
        simple.add_edge(u, v, family=family, count=sum(counts.values()), negated=negated[(u, v)])
    return simple


def _ordered_subgraph(graph: nx.Graph, members: list[str]) -> nx.Graph:
    """A copy with nodes and edges in sorted order.

    A subgraph view iterates its node set in hash order, which changes between
    processes, and spring_layout's seeded start positions follow that order.
    """
    part = nx.Graph()
    part.add_nodes_from(members)
    part.add_edges_from(sorted(tuple(sorted(e)) for e in graph.subgraph(members).edges()))
    return part


def _layout(simple: nx.DiGraph) -> dict[str, tuple[float, float]]:
    """Spring layout per connected component, components packed in rows, largest first.

    One spring layout over everything flings small components and isolated actors to the
    rim and squeezes the main cluster into the middle; packing keeps every part readable.
    """
    undirected = simple.to_undirected()
    parts = sorted(
        (sorted(c) for c in nx.connected_components(undirected)), key=lambda c: (-len(c), c[0])
    )
    boxes = []
    for members in parts:
        side = math.sqrt(len(members))  # a component's box grows with its area
        if len(members) == 1:
            local = {members[0]: (0.0, 0.0)}
        elif len(members) == 2:
            local = {members[0]: (-1.0, 0.0), members[1]: (1.0, 0.0)}
        else:
            local = {
                node: (float(x), float(y))
                for node, (x, y) in nx.spring_layout(
                    _ordered_subgraph(undirected, members),
                    seed=LAYOUT_SEED,
                    k=SPRING_SPREAD / math.sqrt(len(members)),  # roomier than the default
                    iterations=200 if len(members) <= 150 else 80,
                ).items()
            }
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
        scale = side / span if len(members) > 1 else 0.0
        boxes.append(
            (
                {n: ((x - min(xs)) * scale, (y - min(ys)) * scale) for n, (x, y) in local.items()},
                side,
            )
        )
    positions: dict[str, tuple[float, float]] = {}
    row_width = max(boxes[0][1], 1.6 * math.sqrt(undirected.number_of_nodes()))
    gap = 0.8
    x = y = row_height = 0.0
    for local, side in boxes:
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y - row_height - gap, 0.0
        for node, (px, py) in local.items():
            positions[node] = (x + px, y - py)
        x += side + gap
        row_height = max(row_height, side)
    return positions


def _plain(text: str, limit: int) -> str:
    """One line, at most `limit` characters, with "$" escaped so matplotlib draws no math."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.replace("$", r"\$")


def _area(degree: float, top: float) -> float:
    share = degree / top if top > 0 else 0.0
    return 120.0 + 1400.0 * math.sqrt(max(0.0, min(1.0, share)))


def _title(graph: nx.MultiDiGraph) -> str:
    titles = [str(t) for t in graph.graph.get("titles", []) if str(t).strip()]
    if len(titles) == 1:
        return _plain(titles[0], 90)
    return "Actor network"


def _subtitle(graph: nx.MultiDiGraph, simple: nx.DiGraph, actors: int) -> str:
    articles = int(graph.graph.get("article_count", 0))
    statements = sum(int(c) for _, _, c in graph.edges(data="count", default=1))
    shown = simple.number_of_nodes()
    who = f"{actors} actors" if shown == actors else f"the {shown} most central of {actors} actors"
    return (
        f"{articles} article{'s' if articles != 1 else ''} · {who} · "
        f"{simple.number_of_edges()} links · {statements} statements"
    )


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        # names in scripts the bundled font lacks are drawn as boxes; that is no error
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from", category=UserWarning)
        # no Software/date metadata, so the bytes depend on the graph only
        figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
