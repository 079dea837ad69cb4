"""A static picture of the actor network (network.png) for reports and the README.

Drawn with matplotlib's Agg canvas, without pyplot and without a browser. The work is in
``plan_picture``: it picks the actors worth drawing, lays out the largest connected
component over most of the canvas (stress majorization, a Kamada-Kawai-like layout, in
numpy), packs the smaller components in a strip below it, pushes overlapping dots apart
and places names where they cover no other name or dot. Every step iterates in sorted
order and uses no unseeded randomness, so the same graph gives the same bytes in any
process. All coordinates are inches on the canvas, which makes sizes and overlaps easy
to reason about.
"""

from __future__ import annotations

import io
import math
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

import networkx as nx
import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patheffects import withStroke

from newsgraph.page import FAMILY_COLORS, FAMILY_LABELS, KIND_COLORS, UNKNOWN_KIND_COLOR, kind_label
from newsgraph.vocabulary import ACTOR_KINDS, FAMILIES

DPI = 100
SEED = 42
# Beyond this many linked actors the picture shows only the most central ones: a few
# hundred dots say little on a page, and the subtitle tells how many were left out.
NODE_LIMIT = 120
LABEL_LIMIT = 70  # names drawn at most (only where they cover nothing, past the first few)
ALWAYS_LABELLED = 10  # the most central actors are named even where the name must overlap
LABEL_CHARS = 22  # a name longer than this wraps onto a second line
ARROW_LIMIT = 400  # arrow patches are slow; above this many edges draw plain lines
STRESS_ITERATIONS = 300

# canvas bands, in inches
TITLE_BAND = 0.95
LEGEND_COLUMN = 1.9
LEGEND_STEP = 0.24
MARGIN = 0.15
FOOTNOTE_LINE = 0.2
# the smaller components are drawn at this many inches per link, in a strip that takes
# at most this share of the drawing area; those that do not fit are counted, not drawn
SMALL_UNIT = 0.7
STRIP_SHARE = 0.32
# the largest component never spreads wider than this per link (a triangle stays a triangle)
MAX_UNIT = 1.8
STRETCH = 1.35  # how much one axis may be stretched beyond the other to fill the canvas
LABEL_PAD = 0.55  # room kept beside the outermost dots for their names
STRIP_GAP = 0.3  # between the boxes of the small parts, and above the strip
STRIP_ROW = 0.6  # a row of small parts: room above the top dot and for the names below
NODE_GAP = 0.06  # smallest gap between two dots

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class Label:
    """A name placed on the canvas: centre, size in inches, font size in points."""

    text: str
    x: float
    y: float
    width: float
    height: float
    size: float
    bold: bool

    @property
    def box(self) -> Box:
        return (
            self.x - self.width / 2,
            self.y - self.height / 2,
            self.x + self.width / 2,
            self.y + self.height / 2,
        )


@dataclass(frozen=True)
class Plan:
    """Everything ``render_png`` draws, in inches; tests check the geometry here."""

    width: float
    height: float
    area: Box  # where the network is drawn
    legend: Box  # kept free for the legend (the strip of small parts may run beneath it)
    edges: nx.DiGraph  # one edge per ordered pair of drawn actors
    positions: Mapping[str, tuple[float, float]]
    radii: Mapping[str, float]
    labels: Mapping[str, Label]
    main: tuple[str, ...]  # the largest connected component, drawn big
    unlinked: tuple[str, ...]  # actors with no link to another actor, most central first
    actors: int
    linked: int  # actors with at least one link to another actor
    left_out: int  # linked actors not drawn (beyond NODE_LIMIT, or no room in the strip)


def render_png(graph: nx.MultiDiGraph, *, width: float = 12.0, height: float = 9.0) -> bytes:
    """PNG bytes of the actor network: colour by kind, size by centrality, edges by family."""
    figure = Figure(figsize=(width, height), dpi=DPI, facecolor="white")
    canvas = FigureCanvasAgg(figure)
    plan = plan_picture(graph, width=width, height=height, renderer=canvas.get_renderer())
    ax = figure.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_axis_off()
    ax.set_xlim(0.0, width)
    ax.set_ylim(0.0, height)
    ax.text(
        width / 2,
        height - 0.32,
        _title(graph),
        ha="center",
        va="center",
        fontsize=15,
        fontweight="bold",
        color="#1f2328",
    )
    ax.text(
        width / 2,
        height - 0.65,
        _subtitle(graph, plan),
        ha="center",
        va="center",
        fontsize=10,
        color="#555555",
    )
    if not plan.positions:
        ax.text(
            (plan.area[0] + plan.area[2]) / 2,
            (plan.area[1] + plan.area[3]) / 2,
            "No links between actors were found." if plan.actors else "No actors were found.",
            ha="center",
            va="center",
            fontsize=14,
            color="#777777",
        )
    else:
        _draw_network(ax, graph, plan)
    _draw_legend(ax, graph, plan)
    _draw_footnote(ax, graph, plan, canvas.get_renderer())
    return _png(figure)


def plan_picture(
    graph: nx.MultiDiGraph,
    *,
    width: float = 12.0,
    height: float = 9.0,
    renderer: RendererAgg | None = None,
) -> Plan:
    """Choose, lay out and label the actors to draw on a ``width`` x ``height`` inch canvas."""
    if renderer is None:
        renderer = RendererAgg(int(width * DPI), int(height * DPI), DPI)
    actors = [n for n, actor in graph.nodes(data="is_actor", default=False) if actor]
    everyone = _collapse(graph, sorted(actors))
    rank = _ranker(graph)
    linked = sorted((n for n in everyone if everyone.degree(n) > 0), key=rank)
    unlinked = tuple(sorted((n for n in everyone if everyone.degree(n) == 0), key=rank))
    chosen = linked[:NODE_LIMIT]
    # an actor whose every partner fell outside the limit would float alone: leave it out
    kept = _collapse(graph, sorted(chosen))
    chosen = [n for n in chosen if kept.degree(n) > 0]
    simple = _collapse(graph, sorted(chosen))

    footnote = FOOTNOTE_LINE * (2 if unlinked else 1) + 0.1
    area = (MARGIN, footnote, width - LEGEND_COLUMN, height - TITLE_BAND)
    legend = (area[2], height - TITLE_BAND - _legend_height(0, 0), width, height)
    empty = Plan(
        width, height, area, legend, nx.DiGraph(), {}, {}, {}, (), unlinked, len(actors), 0, 0
    )
    if simple.number_of_nodes() == 0:
        return replace(empty, linked=len(linked))

    top = max(float(graph.nodes[n].get("degree", 0.0)) for n in simple)
    crowd = min(1.0, max(0.5, math.sqrt(30 / simple.number_of_nodes())))
    radii = {n: crowd * _radius(float(graph.nodes[n].get("degree", 0.0)), top) for n in simple}

    undirected = _undirected(simple)
    parts = sorted(
        (sorted(c, key=rank) for c in nx.connected_components(undirected)),
        key=lambda c: (-len(c), rank(c[0])),
    )
    label_widths = {
        n: _measure(short_label(str(graph.nodes[n].get("label", n))), 8.5, False, renderer)[0]
        for n in simple
    }
    kinds = {graph.nodes[n].get("kind", "") for n in simple}
    families = {family for _, _, family in simple.edges(data="family")}
    legend_bottom = height - TITLE_BAND - _legend_height(len(kinds), len(families) + 1)
    legend = (area[2], legend_bottom, width, height)
    positions = _arrange(
        undirected, parts, radii, label_widths, area, width - MARGIN, legend_bottom
    )
    drawn = sorted(positions)
    simple = _collapse(graph, drawn)
    radii = {n: radii[n] for n in drawn}
    bounds = (0.05, area[1] - 0.05, width - 0.05, area[3] + 0.1)
    labels = _place_labels(
        graph, simple, positions, radii, bounds, legend, sorted(drawn, key=rank), renderer
    )
    return Plan(
        width=width,
        height=height,
        area=area,
        legend=legend,
        edges=simple,
        positions=positions,
        radii=radii,
        labels=labels,
        main=tuple(n for n in parts[0] if n in positions),
        unlinked=unlinked,
        actors=len(actors),
        linked=len(linked),
        left_out=len(linked) - len(drawn),
    )


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """A name on at most two lines of about ``limit`` characters, cut with "…" if longer.

    >>> short_label("Syndicate of Northern River Fishermen and Boat Owners", 20)
    'Syndicate of\\nNorthern River…'
    """
    words = " ".join(text.split()).split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > limit:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    if len(lines) > 2 or len(lines[-1]) > limit:
        second = lines[1] if len(lines) > 1 else ""
        if len(lines) == 1:  # one word too long for any line
            lines = [lines[0][: limit - 1] + "…"]
        else:
            lines = [lines[0], (second[: limit - 1].rstrip() + "…")]
    if len(lines[0]) > limit:
        lines[0] = lines[0][: limit - 1] + "…"
    return "\n".join(lines).replace("$", r"\$")


# --- choosing and collapsing ---------------------------------------------------------


def _ranker(graph: nx.MultiDiGraph) -> Callable[[str], tuple[float, float, str]]:
    """Most central first: degree centrality, then betweenness, then the key (no ties)."""

    def rank(node: str) -> tuple[float, float, str]:
        data = graph.nodes[node]
        return (-float(data.get("degree", 0.0)), -float(data.get("betweenness", 0.0)), node)

    return rank


def _collapse(graph: nx.MultiDiGraph, members: Sequence[str]) -> nx.DiGraph:
    """One drawn edge per ordered pair of members: the family with most statements."""
    inside = set(members)
    simple = nx.DiGraph()
    simple.add_nodes_from(members)
    per_pair: dict[tuple[str, str], dict[str, int]] = {}
    negated: dict[tuple[str, str], bool] = {}
    for u in members:
        for v, keyed in sorted(graph.adj[u].items()):
            if v == u or v not in inside:
                continue
            for key in sorted(keyed):
                data = keyed[key]
                counts = per_pair.setdefault((u, v), {})
                family = data.get("family", "other")
                counts[family] = counts.get(family, 0) + int(data.get("count", 1))
                only_negated = data.get("negated_count", 0) == data.get("count", 1)
                negated[(u, v)] = negated.get((u, v), True) and only_negated
    for (u, v), counts in per_pair.items():
        family = min(counts, key=lambda f: (-counts[f], f))
        simple.add_edge(u, v, family=family, count=sum(counts.values()), negated=negated[(u, v)])
    return simple


def _undirected(simple: nx.DiGraph) -> nx.Graph:
    """An undirected copy with nodes and edges in sorted order (never hash order)."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(simple))
    graph.add_edges_from(sorted(tuple(sorted(e)) for e in simple.edges))
    return graph


# --- layout ----------------------------------------------------------------------------


def _stress_layout(graph: nx.Graph, members: Sequence[str]) -> np.ndarray:
    """Positions (one row per member) whose distances follow the link distances.

    Stress majorization from a classical-MDS start: like Kamada-Kawai, the leaves of a hub
    spread around it instead of piling up, and it needs numpy only. The arithmetic is
    element-wise (no BLAS or LAPACK call), which keeps it fast on a busy machine where
    threaded BLAS stalls, and exactly repeatable. The result is centred and turned so that
    its longest extent is horizontal (the canvas is wide).
    """
    count = len(members)
    if count == 1:
        return np.zeros((1, 2))
    if count == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]])
    index = {node: i for i, node in enumerate(members)}
    dist = np.zeros((count, count))
    for source in members:
        for target, hops in nx.single_source_shortest_path_length(graph, source).items():
            dist[index[source], index[target]] = hops
    pos = _mds_start(dist)
    # leaves of one hub start on the same spot and would never part: nudge them apart
    pos = pos + np.random.default_rng(SEED).normal(scale=0.05, size=pos.shape)
    weight = np.where(dist > 0, 1.0 / np.maximum(dist, 1.0) ** 2, 0.0)
    total = weight.sum(1)[:, None]
    for _ in range(STRESS_ITERATIONS):
        # each dot moves to where its weighted distances to all others are best kept
        diff = pos[:, None, :] - pos[None, :, :]
        gaps = np.sqrt((diff**2).sum(-1))
        pull = np.where(gaps > 1e-9, dist / np.maximum(gaps, 1e-9), 0.0)
        target = pos[None, :, :] + pull[..., None] * diff
        moved = (weight[..., None] * target).sum(1) / total
        step = float(np.abs(moved - pos).max())
        pos = moved
        if step < 1e-3:
            break
    return _upright(pos)


def _mds_start(dist: np.ndarray) -> np.ndarray:
    """The classical-MDS plane of a distance matrix, by power iteration (element-wise)."""
    count = len(dist)
    squared = dist**2
    gram = -0.5 * (squared - squared.mean(0) - squared.mean(1)[:, None] + squared.mean())
    # shifted so every eigenvalue is positive: power iteration then finds the largest ones
    shift = float(np.abs(gram).sum(1).max())
    shifted = gram + shift * np.eye(count)
    units: list[np.ndarray] = []
    columns = []
    for start in (np.cos(np.arange(count) + 0.5), np.sin(2 * np.arange(count) + 0.5)):
        vector = start
        for _ in range(100):
            for unit in units:  # deflate: stay orthogonal to the axes already found
                vector = vector - (vector * unit).sum() * unit
            vector = (shifted * vector[None, :]).sum(1)
            vector = vector / max(float(np.sqrt((vector**2).sum())), 1e-12)
        value = float((vector * (gram * vector[None, :]).sum(1)).sum())
        units.append(vector)
        columns.append(vector * math.sqrt(max(value, 1e-9)))
    return np.stack(columns, axis=1)


def _upright(pos: np.ndarray) -> np.ndarray:
    """Centre the positions and turn their longest extent horizontal, in a fixed mirror."""
    pos = pos - pos.mean(0)
    xx, yy, xy = (pos[:, 0] ** 2).sum(), (pos[:, 1] ** 2).sum(), (pos[:, 0] * pos[:, 1]).sum()
    angle = 0.5 * math.atan2(2 * xy, xx - yy)
    cos, sin = math.cos(angle), math.sin(angle)
    pos = np.stack([pos[:, 0] * cos + pos[:, 1] * sin, -pos[:, 0] * sin + pos[:, 1] * cos], 1)
    for column in range(2):
        if pos[0, column] > 0:
            pos[:, column] = -pos[:, column]
    return pos


def _arrange(
    graph: nx.Graph,
    parts: list[list[str]],
    radii: Mapping[str, float],
    label_widths: Mapping[str, float],
    area: Box,
    canvas_right: float,
    legend_bottom: float,
) -> dict[str, tuple[float, float]]:
    """Canvas positions: the largest part fills the area above a strip of the smaller ones.

    Rows of the strip below ``legend_bottom`` run on under the legend, to ``canvas_right``.
    """
    x0, y0, x1, y1 = area
    full_height = y1 - y0
    # each small part gets a box wide enough for its names written below its dots
    boxes: list[tuple[list[str], np.ndarray, float, float]] = []  # members, pos, width, height
    for members in parts[1:]:
        pos = _stress_layout(graph, members) * SMALL_UNIT
        pos = pos - pos.min(0)
        half = np.array([max(label_widths[n] / 2, radii[n]) for n in members])
        left = float((pos[:, 0] - half).min())
        pos[:, 0] -= left - STRIP_GAP / 2
        width = float((pos[:, 0] + half).max()) + STRIP_GAP / 2
        height = float(pos[:, 1].max()) + STRIP_ROW
        boxes.append((members, pos, width, height))
    # a small largest part needs little room: the strip may then take the rest
    main = parts[0]
    pos = _stress_layout(graph, main)
    span = pos.max(0) - pos.min(0)
    main_needs = float(span[1]) * MAX_UNIT + 2 * 0.3 + STRIP_GAP
    strip_limit = max(STRIP_SHARE * full_height, full_height - main_needs)

    def row_room(row_height: float) -> float:
        """Width of a row this high on top of the rows below: wider beneath the legend."""
        under = y0 + strip_height + row_height <= legend_bottom - 0.1
        return (canvas_right if under else x1) - x0

    # shelf packing from the bottom up, the largest parts first, while there is height
    rows: list[tuple[list[tuple[list[str], np.ndarray, float, float]], float]] = []
    strip_height = 0.0
    current: list[tuple[list[str], np.ndarray, float, float]] = []
    row_width = row_height = 0.0
    for box in boxes:
        taller = max(row_height, box[3])
        fits = strip_height + taller <= strip_limit and row_width + box[2] <= row_room(taller)
        if current and fits:
            current.append(box)
            row_width, row_height = row_width + box[2], taller
            continue
        if current:
            rows.append((current, row_height))
            strip_height += row_height
        if strip_height + box[3] > strip_limit or box[2] > row_room(box[3]):
            current = []
            break
        current, row_width, row_height = [box], box[2], box[3]
    if current:
        rows.append((current, row_height))
        strip_height += row_height
    placed: dict[str, tuple[float, float]] = {}
    bottom = y0
    for row, height in rows:
        left = x0
        for members, pos_small, box_width, box_height in row:
            for node, (px, py) in zip(members, pos_small, strict=True):
                # the top dot sits just below the row's top edge; names go below the dots
                top = bottom + height - 0.2 - (box_height - STRIP_ROW)
                placed[node] = (float(left + px), float(top + py))
            left += box_width
        bottom += height

    main_box = (x0, y0 + strip_height + (STRIP_GAP if rows else 0.0), x1, y1)
    room = np.array(
        [main_box[2] - main_box[0] - 2 * LABEL_PAD, main_box[3] - main_box[1] - 2 * 0.3]
    )
    scales = np.where(span > 1e-9, room / np.maximum(span, 1e-9), np.inf)
    uniform = min(float(scales.min()), MAX_UNIT)
    scale = np.minimum(scales, uniform * STRETCH)
    scale = np.where(np.isfinite(scale), scale, uniform)
    centre = np.array([(main_box[0] + main_box[2]) / 2, (main_box[1] + main_box[3]) / 2])
    pos = (pos - (pos.max(0) + pos.min(0)) / 2) * scale + centre
    radius = np.array([radii[n] for n in main])
    inner = (main_box[0] + 0.25, main_box[1] + 0.2, main_box[2] - 0.25, main_box[3] - 0.2)
    pos = _separate(pos, radius, inner)
    for node, (px, py) in zip(main, pos, strict=True):
        placed[node] = (float(px), float(py))
    return placed


def _separate(pos: np.ndarray, radius: np.ndarray, box: Box, rounds: int = 80) -> np.ndarray:
    """Push overlapping dots apart (a few relaxation rounds), keeping them inside ``box``."""
    count = len(pos)
    if count < 2:
        return pos
    pos = pos.copy()
    need = radius[:, None] + radius[None, :] + NODE_GAP
    np.fill_diagonal(need, 0.0)
    # coincident dots need a direction to part in; derive it from their order
    angles = np.arange(count) * 2.399963  # the golden angle
    fallback = np.stack([np.cos(angles), np.sin(angles)], axis=1)
    for _ in range(rounds):
        diff = pos[:, None, :] - pos[None, :, :]
        gaps = np.sqrt((diff**2).sum(-1))
        overlap = np.where(gaps < need, need - gaps, 0.0)
        if overlap.max() < 1e-3:
            break
        safe = np.maximum(gaps, 1e-9)[..., None]
        direction = np.where(
            gaps[..., None] > 1e-9, diff / safe, fallback[:, None, :] - fallback[None, :, :]
        )
        pos = pos + 0.5 * (overlap[..., None] * direction).sum(1)
        pos[:, 0] = np.clip(pos[:, 0], box[0], box[2])
        pos[:, 1] = np.clip(pos[:, 1], box[1], box[3])
    return pos


def _radius(degree: float, top: float) -> float:
    """Dot radius in inches: the area grows with centrality relative to the most central."""
    share = max(0.0, min(1.0, degree / top)) if top > 0 else 0.0
    return 0.07 + 0.16 * math.sqrt(share)


# --- labels ----------------------------------------------------------------------------


def _place_labels(
    graph: nx.MultiDiGraph,
    simple: nx.DiGraph,
    positions: Mapping[str, tuple[float, float]],
    radii: Mapping[str, float],
    bounds: Box,
    legend: Box,
    ranked: Sequence[str],
    renderer: RendererAgg,
) -> dict[str, Label]:
    """Greedy placement, most central first: the free spot nearest the dot, below first.

    A spot is free when its name covers no placed name and no other dot; crossing edges
    costs a little. The ALWAYS_LABELLED most central actors take the least bad spot even
    when none is free; the others are left unnamed rather than drawn over something.
    """
    nodes = sorted(positions)
    centres = np.array([positions[n] for n in nodes])
    node_radius = np.array([radii[n] for n in nodes])
    index = {n: i for i, n in enumerate(nodes)}
    segments = np.array([[*positions[u], *positions[v]] for u, v in sorted(simple.edges)]).reshape(
        -1, 4
    )
    taken: list[Box] = []
    labels: dict[str, Label] = {}
    for rank, node in enumerate(ranked[: LABEL_LIMIT * 2]):
        if len(labels) >= LABEL_LIMIT:
            break
        bold = rank < 3
        size = 10.0 if rank < 3 else 8.5
        text = short_label(str(graph.nodes[node].get("label", node)))
        width, height = _measure(text, size, bold, renderer)
        x, y = positions[node]
        r = radii[node]
        best: tuple[float, Box] | None = None
        for order, (dx, dy) in enumerate(_CANDIDATES):
            cx = x + dx * (r + 0.03 + width / 2) if dx else x
            cy = y + dy * (r + 0.02 + height / 2) if dy else y
            if dx and dy:  # diagonal spots hug the dot's corner
                cx = x + dx * (0.7 * r + 0.02 + width / 2)
                cy = y + dy * (0.7 * r + 0.02 + height / 2)
            box = (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)
            inside = bounds[0] <= box[0] and box[2] <= bounds[2]
            if not (inside and bounds[1] <= box[1] and box[3] <= bounds[3]):
                continue
            if _overlap(box, legend) > 0:
                continue
            cost = 10.0 * sum(_overlap(box, other) for other in taken)
            cost += 5.0 * _dots_under(box, centres, node_radius, skip=index[node])
            blocked = cost > 0
            cost += 0.01 * _crossings(box, segments) + 0.001 * order
            if blocked and rank >= ALWAYS_LABELLED:
                continue
            if best is None or cost < best[0]:
                best = (cost, box)
        if best is None:
            continue
        box = best[1]
        taken.append(box)
        labels[node] = Label(
            text, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2, width, height, size, bold
        )
    return labels


# label spots around a dot: below, above, right, left, then the four corners
_CANDIDATES = ((0, -1), (0, 1), (1, 0), (-1, 0), (1, -1), (-1, -1), (1, 1), (-1, 1))


def _measure(text: str, size: float, bold: bool, renderer: RendererAgg) -> tuple[float, float]:
    """Width and height in inches of ``text`` as drawn (one or two lines)."""
    font = FontProperties(size=size, weight="bold" if bold else "normal")
    lines = text.split("\n")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from", category=UserWarning)
        widths = [
            renderer.get_text_width_height_descent(line, font, ismath=False)[0] for line in lines
        ]
    height = len(lines) * size * 1.2 / 72
    return max(widths) / DPI + 0.04, height


def _overlap(a: Box, b: Box) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def _dots_under(box: Box, centres: np.ndarray, radius: np.ndarray, *, skip: int) -> float:
    """How much of ``box`` covers dots other than its own (overlap of squares, inches²)."""
    width = np.minimum(box[2], centres[:, 0] + radius) - np.maximum(box[0], centres[:, 0] - radius)
    height = np.minimum(box[3], centres[:, 1] + radius) - np.maximum(box[1], centres[:, 1] - radius)
    area = np.where((width > 0) & (height > 0), width * height, 0.0)
    area[skip] = 0.0
    return float(area.sum())


def _crossings(box: Box, segments: np.ndarray) -> int:
    """How many edges (straight segments) pass through ``box`` (Liang-Barsky clipping)."""
    if len(segments) == 0:
        return 0
    x0, y0 = segments[:, 0], segments[:, 1]
    dx, dy = segments[:, 2] - x0, segments[:, 3] - y0
    low = np.zeros(len(segments))
    high = np.ones(len(segments))
    inside = np.ones(len(segments), dtype=bool)
    for p, q in ((-dx, x0 - box[0]), (dx, box[2] - x0), (-dy, y0 - box[1]), (dy, box[3] - y0)):
        parallel = np.abs(p) < 1e-12
        inside &= ~(parallel & (q < 0))
        t = np.where(parallel, 0.0, q / np.where(parallel, 1.0, p))
        low = np.where(~parallel & (p < 0), np.maximum(low, t), low)
        high = np.where(~parallel & (p > 0), np.minimum(high, t), high)
    return int((inside & (low <= high)).sum())


# --- drawing ---------------------------------------------------------------------------


def _draw_network(ax: Axes, graph: nx.MultiDiGraph, plan: Plan) -> None:
    nodelist = sorted(plan.positions)
    # scatter sizes are areas in points²; the diameter is 2r inches = 144r points
    sizes = [(144 * plan.radii[n]) ** 2 for n in nodelist]
    edgelist = sorted(plan.edges.edges)
    arrows = len(edgelist) <= ARROW_LIMIT
    if edgelist:
        data = plan.edges.edges
        nx.draw_networkx_edges(
            plan.edges,
            plan.positions,
            ax=ax,
            edgelist=edgelist,
            edge_color=[FAMILY_COLORS.get(data[e]["family"], "#7f7f7f") for e in edgelist],
            width=[min(6.0, 0.9 + 1.1 * math.log2(data[e]["count"])) for e in edgelist],
            style=["dashed" if data[e]["negated"] else "solid" for e in edgelist],
            alpha=0.8 if len(edgelist) <= 100 else 0.6,
            nodelist=nodelist,
            node_size=sizes,
            **(
                {"arrows": True, "arrowsize": 11, "connectionstyle": "arc3,rad=0.1"}
                if arrows
                else {"arrows": False}
            ),
        )
    nx.draw_networkx_nodes(
        plan.edges,
        plan.positions,
        ax=ax,
        nodelist=nodelist,
        node_size=sizes,
        node_color=[
            KIND_COLORS.get(graph.nodes[n].get("kind", ""), UNKNOWN_KIND_COLOR) for n in nodelist
        ],
        edgecolors="#333333",
        linewidths=0.7,
    )
    halo = [withStroke(linewidth=3, foreground="white")]
    for node in sorted(plan.labels):
        label = plan.labels[node]
        ax.text(
            label.x,
            label.y,
            label.text,
            ha="center",
            va="center",
            fontsize=label.size,
            fontweight="bold" if label.bold else "normal",
            color="#1f2328",
            linespacing=1.0,
            path_effects=halo,
            zorder=5,
        )


def _legend_height(kinds: int, links: int) -> float:
    """Inches the legend column takes: headings, one row per entry and the closing note."""
    return 0.1 + LEGEND_STEP * (kinds + links + 2) + 0.1 + 0.75


def _draw_legend(ax: Axes, graph: nx.MultiDiGraph, plan: Plan) -> None:
    """Kinds and link families actually drawn, in a column on the right."""
    left = plan.width - LEGEND_COLUMN + 0.2
    y = plan.height - TITLE_BAND - 0.1
    step = LEGEND_STEP

    def heading(text: str) -> None:
        nonlocal y
        ax.text(left, y, text, fontsize=10, fontweight="bold", va="center", color="#1f2328")
        y -= step

    present = {graph.nodes[n].get("kind", "") for n in plan.positions}
    kinds = [k for k in ACTOR_KINDS if k in present] + sorted(present - set(ACTOR_KINDS))
    if kinds:
        heading("Actors")
    for kind in kinds:
        ax.scatter(
            [left + 0.08],
            [y],
            s=90,
            color=KIND_COLORS.get(kind, UNKNOWN_KIND_COLOR),
            edgecolors="#333333",
            linewidths=0.7,
        )
        ax.text(left + 0.28, y, kind_label(kind), fontsize=9, va="center", color="#1f2328")
        y -= step
    data = plan.edges.edges
    drawn = {data[e]["family"] for e in plan.edges.edges}
    families = [f for f in FAMILIES if f in drawn] + sorted(drawn - set(FAMILIES))
    if families:
        y -= 0.1
        heading("Links")
    for family in families:
        ax.plot(
            [left, left + 0.2], [y, y], color=FAMILY_COLORS.get(family, "#7f7f7f"), linewidth=2.5
        )
        ax.text(
            left + 0.28,
            y,
            FAMILY_LABELS.get(family) or str(family),
            fontsize=9,
            va="center",
            color="#1f2328",
        )
        y -= step
    if any(data[e]["negated"] for e in plan.edges.edges):
        ax.plot([left, left + 0.2], [y, y], color="#555555", linewidth=1.5, linestyle="dashed")
        ax.text(left + 0.28, y, "Denied", fontsize=9, va="center", color="#1f2328")
        y -= step
    if plan.positions:
        ax.text(
            left,
            y - 0.05,
            "Dot size: centrality\nArrow: from subject\nto object\nLine width: statements",
            fontsize=8,
            va="top",
            color="#555555",
            linespacing=1.3,
        )


def _draw_footnote(ax: Axes, graph: nx.MultiDiGraph, plan: Plan, renderer: RendererAgg) -> None:
    """Actors with no link to another actor are named here instead of drawn as lone dots."""
    notes = []
    if plan.left_out:
        notes.append(f"Not drawn: {plan.left_out} less central actors with links.")
    if plan.unlinked:
        names = [" ".join(str(graph.nodes[n].get("label", n)).split()) for n in plan.unlinked]
        notes.append(f"Named with no link to another actor ({len(names)}): " + "; ".join(names))
    if not notes:
        return
    text = " ".join(notes).replace("$", r"\$")
    room = (plan.width - 2 * MARGIN) * DPI
    font = FontProperties(size=8.5)
    words = text.split(" ")

    def fits(end: int, start: int) -> bool:
        line = " ".join(words[start:end]).lstrip(" ")
        return renderer.get_text_width_height_descent(line, font, ismath=False)[0] <= room

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from", category=UserWarning)
        # a line takes words while they fit; its first word always, unless it is the first
        first = _longest(fits, 0, 0, len(words))
        if first == len(words):
            lines = [" ".join(words).lstrip(" ")]
        else:
            second = _longest(fits, first, first + 1, len(words))
            lines = [" ".join(words[:first]).lstrip(" "), " ".join(words[first:second])]
            if second < len(words) and words[second]:  # the list goes on: end with an ellipsis
                lines[-1] = lines[-1].rstrip(";,") + " …"
    ax.text(
        MARGIN,
        0.1,
        "\n".join(lines),
        fontsize=8.5,
        va="bottom",
        ha="left",
        color="#555555",
        linespacing=1.3,
    )


def _longest(fits: Callable[[int, int], bool], start: int, low: int, high: int) -> int:
    """The largest end in [low, high] whose words[start:end] `fits`, given that `low` does.

    Steps that double, then halving, not word by word: a long footnote took some sixty
    text measurements (a tenth of the picture's CPU), and no trial is much longer than
    a line (the list of names can run to thousands). A line only grows as it takes
    words, so both ways end at the same word.
    """
    step = 1
    while low < high:
        trial = min(low + step, high)
        if not fits(trial, start):
            high = trial - 1
            break
        low, step = trial, 2 * step
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle, start):
            low = middle
        else:
            high = middle - 1
    return low


def _title(graph: nx.MultiDiGraph) -> str:
    titles = [str(t) for t in graph.graph.get("titles", []) if str(t).strip()]
    # one title names the picture only when it is the network of one article
    if len(titles) == 1 and int(graph.graph.get("article_count", 1)) <= 1:
        text = " ".join(titles[0].split())
        if len(text) > 90:
            text = text[:89].rstrip() + "…"
        return text.replace("$", r"\$")
    return "Actor network"


def _subtitle(graph: nx.MultiDiGraph, plan: Plan) -> str:
    articles = int(graph.graph.get("article_count", 0))
    statements = sum(int(c) for _, _, c in graph.edges(data="count", default=1))
    shown = len(plan.positions)
    if plan.left_out:
        who = f"{plan.actors} actors, the {shown} most central of them drawn"
    else:
        who = f"{plan.actors} actors, {shown} of them linked and drawn"
    return (
        f"{articles} article{'s' if articles != 1 else ''} · {who} · "
        f"{plan.edges.number_of_edges()} links · {statements} statements"
    )


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        # names in scripts the bundled font lacks are drawn as boxes; that is no error
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from", category=UserWarning)
        # no Software/date metadata, so the bytes depend on the graph only
        figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
