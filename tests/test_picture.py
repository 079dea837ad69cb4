"""network.png: which actors are drawn, where, which are named, and repeatable bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from graph_samples import extraction, large_article, relation, river_article

from newsgraph.models import Article, Entity, ResolvedArticle
from newsgraph.network import actor_graph
from newsgraph.picture import LABEL_LIMIT, NODE_LIMIT, Plan, plan_picture, render_png, short_label

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
TESTS = Path(__file__).parent
SRC = TESTS.parent / "src"

HUB = "organization/harbour-workers-union"
LEAVES = [f"person/p{i}" for i in range(9)]
PAIR = ("country/northland", "country/southland")
LONELY = ("person/quiet-one", "group/bystanders", "organization/lone-committee")


def harbour_article() -> ResolvedArticle:
    """A union with nine members around it, one pair of countries and three lone actors."""
    entities = (
        Entity(HUB, "Harbour Workers Union", "Organization"),
        *(Entity(key, f"Member Number {i}", "Person") for i, key in enumerate(LEAVES)),
        Entity(PAIR[0], "Northland", "Country"),
        Entity(PAIR[1], "Southland", "Country"),
        Entity(LONELY[0], "Quiet One", "Person"),
        Entity(LONELY[1], "bystanders", "Group"),
        Entity(LONELY[2], "Lone Committee", "Organization"),
        Entity("thing/crane", "crane", "Thing", is_actor=False),
    )
    relations = [
        relation(key, "supports", "supports", HUB, extraction(f"{key} backs the union.", "support"))
        for key in LEAVES
    ]
    relations.append(
        relation(HUB, "attacks", "attacks", LEAVES[0], extraction("The union hit back.", "attack"))
    )
    relations.append(
        relation(
            PAIR[0], "attacks", "attacks", PAIR[1], extraction("Northland shelled it.", "attack")
        )
    )
    # a lone actor linked to a non-actor only stays lone among actors
    relations.append(
        relation(LONELY[0], "destroys", "destroys", "thing/crane", extraction("x.", "destroy"))
    )
    article = Article("h1", "...", title="Strike at the harbour")
    return ResolvedArticle(article, entities, tuple(relations))


@pytest.fixture(scope="module")
def harbour() -> nx.MultiDiGraph:
    return actor_graph([harbour_article()])


@pytest.fixture(scope="module")
def plan(harbour: nx.MultiDiGraph) -> Plan:
    return plan_picture(harbour)


def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def test_lone_actors_are_listed_not_drawn(plan: Plan) -> None:
    assert set(plan.unlinked) == set(LONELY)
    assert not set(LONELY) & set(plan.positions)
    assert "thing/crane" not in plan.positions  # non-actors are never drawn
    assert sorted(plan.positions) == sorted([HUB, *LEAVES, *PAIR])
    assert (plan.actors, plan.linked, plan.left_out) == (15, 12, 0)


def test_largest_component_fills_most_of_the_canvas(plan: Plan) -> None:
    assert plan.main[0] == HUB  # most central first
    assert set(plan.main) == {HUB, *LEAVES}
    xs = [plan.positions[n][0] for n in plan.main]
    ys = [plan.positions[n][1] for n in plan.main]
    x0, y0, x1, y1 = plan.area
    # a star stays round, so it is the height that it fills
    assert max(xs) - min(xs) > 0.5 * (x1 - x0)
    assert max(ys) - min(ys) > 0.7 * (y1 - y0)
    # the small component sits below the main one, and smaller
    pair_ys = [plan.positions[n][1] for n in PAIR]
    assert max(pair_ys) < min(ys)


def inside_and_clear_of_the_legend(plan: Plan) -> None:
    x0, y0, _, y1 = plan.area
    for node, (x, y) in plan.positions.items():
        r = plan.radii[node]
        dot = (x - r, y - r, x + r, y + r)
        assert x0 <= dot[0] and dot[2] <= plan.width and y0 <= dot[1] and dot[3] <= y1, node
        assert not overlap(dot, plan.legend), node
    for node, label in plan.labels.items():
        bx0, by0, bx1, by1 = label.box
        assert 0 <= bx0 and bx1 <= plan.width and 0 <= by0 and by1 <= plan.height
        assert not overlap(label.box, plan.legend), node


def test_everything_drawn_stays_inside_the_area(plan: Plan) -> None:
    inside_and_clear_of_the_legend(plan)


def test_many_small_parts_run_under_the_legend_not_over_it() -> None:
    pairs = [(f"person/a{i}", f"person/b{i}") for i in range(30)]
    entities = tuple(
        Entity(key, f"Someone Called {key[7:].upper()}", "Person") for pair in pairs for key in pair
    )
    relations = tuple(
        relation(a, "supports", "supports", b, extraction(f"{a} backs {b}.", "support"))
        for a, b in pairs
    )
    graph = actor_graph([ResolvedArticle(Article("p", "...", title="Pairs"), entities, relations)])
    plan = plan_picture(graph)
    assert max(x for x, _ in plan.positions.values()) > plan.area[2]  # under the legend
    inside_and_clear_of_the_legend(plan)
    assert len(plan.labels) > 20


def test_dots_do_not_overlap(plan: Plan) -> None:
    nodes = sorted(plan.positions)
    for i, a in enumerate(nodes):
        for b in nodes[i + 1 :]:
            (ax, ay), (bx, by) = plan.positions[a], plan.positions[b]
            gap = ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5
            assert gap >= plan.radii[a] + plan.radii[b], (a, b)


def test_every_actor_is_named_and_no_name_covers_another(plan: Plan) -> None:
    assert sorted(plan.labels) == sorted(plan.positions)
    boxes = [plan.labels[n].box for n in sorted(plan.labels)]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not overlap(a, b), (a, b)


def test_names_cover_no_other_dot(plan: Plan) -> None:
    for node, label in plan.labels.items():
        for other, (x, y) in plan.positions.items():
            if other == node:
                continue
            r = plan.radii[other]
            assert not overlap(label.box, (x - r, y - r, x + r, y + r)), (node, other)


def test_most_central_actor_is_biggest_and_bold(plan: Plan) -> None:
    assert max(plan.radii, key=lambda n: plan.radii[n]) == HUB
    assert plan.labels[HUB].bold
    assert plan.labels[HUB].text == "Harbour Workers Union"
    assert not plan.labels[LEAVES[5]].bold


def test_one_edge_per_ordered_pair_with_its_family(plan: Plan) -> None:
    assert plan.edges.edges[LEAVES[0], HUB]["family"] == "cooperation"
    assert plan.edges.edges[HUB, LEAVES[0]]["family"] == "conflict"
    assert plan.edges.number_of_edges() == len(LEAVES) + 2


def test_big_graph_shows_its_most_central_actors_only() -> None:
    graph = actor_graph([large_article(nodes=600, relations=900)])
    plan = plan_picture(graph)
    assert 0 < len(plan.positions) <= NODE_LIMIT
    assert plan.left_out == plan.linked - len(plan.positions) > 0
    assert len(plan.labels) <= LABEL_LIMIT
    top = min(plan.positions, key=lambda n: (-graph.nodes[n]["degree"], n))
    linked_top = min(
        (n for n in graph if graph.nodes[n]["is_actor"] and n not in plan.unlinked),
        key=lambda n: (-graph.nodes[n]["degree"], -graph.nodes[n]["betweenness"], n),
    )
    assert top == linked_top
    assert top in plan.labels


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Northland", "Northland"),
        ("  Harbour   Workers\nUnion ", "Harbour Workers Union"),
        (
            "Committee for the Protection of Harbour Workers",
            "Committee for the\nProtection of Harbour…",
        ),
        ("Supercalifragilisticexpialidociousness", "Supercalifragilistice…"),
        ("A $5 fund", r"A \$5 fund"),
    ],
)
def test_short_label(name: str, expected: str) -> None:
    assert short_label(name) == expected


def test_only_lone_actors_gives_a_picture_without_dots() -> None:
    resolved = ResolvedArticle(
        Article("l", "...", title="Nobody met"),
        (Entity("person/a", "A", "Person"), Entity("person/b", "B", "Person")),
        (),
    )
    graph = actor_graph([resolved])
    plan = plan_picture(graph)
    assert plan.positions == {} and plan.unlinked == ("person/a", "person/b")
    assert render_png(graph).startswith(PNG_MAGIC)


def test_picture_changes_with_the_graph(harbour: nx.MultiDiGraph) -> None:
    assert render_png(harbour) != render_png(actor_graph([river_article()]))


RENDER = """
import sys
from graph_samples import large_article, river_article
from newsgraph.network import actor_graph
from newsgraph.picture import render_png
from test_picture import harbour_article
graph = actor_graph([harbour_article(), river_article(), large_article(nodes=150, relations=220)])
sys.stdout.buffer.write(render_png(graph))
"""


def test_same_bytes_under_any_hash_seed() -> None:
    """Set and dict order follows PYTHONHASHSEED: the picture must not."""
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", RENDER],
            env={
                **os.environ,
                "PYTHONHASHSEED": seed,
                "PYTHONPATH": os.pathsep.join([str(SRC), str(TESTS)]),
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for seed in ("1", "2")
    ]
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err.decode()
        outputs.append(out)
    assert outputs[0].startswith(PNG_MAGIC)
    assert len(outputs[0]) > 50_000
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize(
    "titles, articles, expected",
    [
        (["Strike at the harbour"], 1, "Strike at the harbour"),
        (["Strike at the harbour"], 2, "Actor network"),  # the other article had no title
        (["Strike at the harbour", "Talks"], 2, "Actor network"),
        ([], 0, "Actor network"),
    ],
)
def test_picture_title_names_one_article_only(titles, articles, expected) -> None:
    from newsgraph.picture import _title

    graph = nx.MultiDiGraph()
    graph.graph.update(titles=titles, article_count=articles)
    assert _title(graph) == expected


def test_a_footnote_line_ends_at_the_word_a_word_by_word_scan_would_end_it() -> None:
    """The footnote's lines are found by doubling and halving, not by measuring word by
    word; for a width that grows with each word taken, both stop at the same word."""
    import random

    from newsgraph.picture import _longest

    chooser = random.Random(7)
    for _ in range(300):
        widths = [chooser.randint(1, 9) for _ in range(chooser.randint(0, 40))]
        room = chooser.randint(0, 60)
        start = chooser.randint(0, len(widths))
        low = chooser.randint(start, len(widths))

        def fits(end: int, begin: int, widths: list[int] = widths, room: int = room) -> bool:
            return sum(widths[begin:end]) <= room

        if low > start and not fits(low, start):
            continue  # `low` is given as fitting
        scanned = low
        while scanned < len(widths) and fits(scanned + 1, start):
            scanned += 1
        assert _longest(fits, start, low, len(widths)) == scanned
