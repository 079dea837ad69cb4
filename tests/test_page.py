"""The data handed to the page and the page's self-containment (no browser needed)."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from graph_samples import HOSTILE, hostile_article, river_article, second_article

from newsgraph.network import actor_graph
from newsgraph.page import (
    COMMUNITY_COLORS,
    EDGE_LABEL_LIMIT,
    FAMILY_COLORS,
    KIND_COLORS,
    LABEL_LIMIT,
    MAX_EDGE_WIDTH,
    MAX_NODE_SIZE,
    MIN_NODE_SIZE,
    PAGE_NODE_LIMIT,
    STRIP_MONTH_LIMIT,
    UNKNOWN_KIND_COLOR,
    clustered_positions,
    community_legend,
    edge_width,
    kind_label,
    neighbour_counts,
    node_size,
    page_data,
    page_nodes,
    render_page,
    script_json,
    short_label,
    time_strip,
)

RED = "armed-group/red-brigade"
BLUE = "armed-group/blue-militia"


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return actor_graph([river_article(), second_article()])


@pytest.fixture(scope="module")
def data(graph: nx.MultiDiGraph) -> dict:
    return page_data(graph)


@pytest.fixture(scope="module")
def html(graph: nx.MultiDiGraph) -> str:
    return render_page(graph)


def embedded_data(page: str) -> dict:
    match = re.search(r'<script id="ng-data" type="application/json">(.*?)</script>', page, re.S)
    assert match, "the page must carry its data block"
    return json.loads(match.group(1))


def node(data: dict, key: str) -> dict:
    return next(n for n in data["nodes"] if n["id"] == key)


def edge(data: dict, u: str, v: str, prop: str) -> dict:
    return next(e for e in data["edges"] if (e["from"], e["to"], e["ngProperty"]) == (u, v, prop))


# ---- nodes ----


@pytest.mark.parametrize(
    "key, kind",
    [
        (RED, "ArmedGroup"),
        ("country/freedonia", "Country"),
        ("person/jane-okafor", "Person"),
        ("thing/old-bridge", "Thing"),
        ("location/port-town", "Location"),
    ],
)
def test_node_colour_by_kind(data: dict, key: str, kind: str) -> None:
    assert node(data, key)["color"]["background"] == KIND_COLORS[kind]


def test_every_node_is_handed_over_with_its_actor_flag(data: dict, graph) -> None:
    assert [n["id"] for n in data["nodes"]] == list(graph.nodes)
    actors = {n["id"] for n in data["nodes"] if n["ngActor"]}
    assert actors == {k for k, a in graph.nodes(data="is_actor") if a}
    assert data["counts"]["actors"] == 5
    assert data["counts"]["others"] == 2


def test_legend_lists_kinds_in_order_with_counts(data: dict) -> None:
    kinds = [(k["kind"], k["count"], k["actor"]) for k in data["kinds"]]
    assert kinds == [
        ("Person", 1, True),
        ("ArmedGroup", 2, True),
        ("Government", 1, True),
        ("Country", 1, True),
        ("Location", 1, False),
        ("Thing", 1, False),
    ]


def test_node_size_follows_centrality(data: dict) -> None:
    sizes = {n["id"]: n["size"] for n in data["nodes"]}
    assert sizes[RED] == MAX_NODE_SIZE  # the most central node
    assert sizes["location/port-town"] == MIN_NODE_SIZE  # no relations at all
    assert sizes[RED] > sizes[BLUE] >= sizes["person/jane-okafor"] > MIN_NODE_SIZE


@pytest.mark.parametrize(
    "degree, top, expected",
    [
        (0.0, 0.0, MIN_NODE_SIZE),
        (0.0, 0.5, MIN_NODE_SIZE),
        (0.5, 0.5, MAX_NODE_SIZE),
        (0.25, 1.0, MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * 0.5),
    ],
)
def test_node_size_formula(degree: float, top: float, expected: float) -> None:
    assert node_size(degree, top) == pytest.approx(expected)


def test_node_names_and_type_for_hover(data: dict) -> None:
    red = node(data, RED)
    assert red["label"] == "Red Brigade"
    assert red["ngKindLabel"] == "Armed group"
    assert red["ngNames"] == ["RB", "Red Brigades", "the brigade"]
    assert "title" not in red  # vis would render a string title as markup-capable popup


def test_long_names_are_cut_on_the_canvas_only() -> None:
    graph = nx.MultiDiGraph()
    name = "The Very Long Official Name of a Coordinating Committee of Many Parties"
    graph.add_node("organization/c", label=name, kind="Organization", is_actor=True)
    drawn = page_data(graph)["nodes"][0]
    assert drawn["label"] == short_label(name)
    assert len(drawn["label"]) == LABEL_LIMIT and drawn["label"].endswith("…")
    assert drawn["ngLabel"] == name


@pytest.mark.parametrize(
    "kind, label",
    [("ArmedGroup", "Armed group"), ("Person", "Person"), ("NGO", "Ngo"), ("", "Thing")],
)
def test_kind_label(kind: str, label: str) -> None:
    assert kind_label(kind) == label


def test_unknown_kind_gets_fallback_colour() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("x/y", label="Y", kind="Spaceship", is_actor=True)
    data = page_data(graph)
    assert data["nodes"][0]["color"]["background"] == UNKNOWN_KIND_COLOR
    assert data["kinds"] == [
        {
            "kind": "Spaceship",
            "label": "Spaceship",
            "color": UNKNOWN_KIND_COLOR,
            "actor": True,
            "count": 1,
        }
    ]


# ---- edges ----


def test_parallel_statements_are_one_edge_with_width_by_count(data: dict) -> None:
    attacks = [e for e in data["edges"] if (e["from"], e["to"]) == (RED, BLUE)]
    assert len(attacks) == 1
    merged = attacks[0]
    assert merged["ngCount"] == 3
    assert len(merged["ngEvidence"]) == 3
    assert merged["width"] == edge_width(3) > edge_width(1)


@pytest.mark.parametrize("count, width", [(1, 1.5), (2, 3.5), (4, 5.5), (10_000, MAX_EDGE_WIDTH)])
def test_edge_width_formula(count: int, width: float) -> None:
    assert edge_width(count) == width


@pytest.mark.parametrize(
    "u, v, prop, family",
    [
        (RED, BLUE, "attacks", "conflict"),
        ("country/freedonia", "government/ministry-of-defence", "supports", "cooperation"),
        ("person/jane-okafor", RED, "says", "statement"),
    ],
)
def test_edge_colour_by_family(data: dict, u: str, v: str, prop: str, family: str) -> None:
    found = edge(data, u, v, prop)
    assert found["ngFamily"] == family
    assert found["color"]["color"] == FAMILY_COLORS[family]


def test_edge_label_is_the_predicate(data: dict) -> None:
    assert edge(data, "country/freedonia", RED, "meetsWith")["label"] == "meets"


def test_a_negated_statement_makes_no_edge_and_none_is_dashed(data: dict) -> None:
    # "The militia did not attack the ministry." is described in the RDF, never drawn
    assert not [e for e in data["edges"] if e["from"] == BLUE and e["to"] != RED]
    assert all(e["dashes"] is False for e in data["edges"])


def test_edge_evidence_for_hover(data: dict) -> None:
    evidence = edge(data, RED, BLUE, "attacks")["ngEvidence"]
    assert evidence[0]["sentence"].startswith("The Red Brigade attacked")
    assert evidence[0]["time"] == "in March"
    assert evidence[1]["modality"] == "reported"
    assert [e["negated"] for e in evidence] == [False, False, False]
    assert "title" not in edge(data, RED, BLUE, "attacks")


def test_family_counts_for_the_filter(data: dict) -> None:
    counts = {f["family"]: f["count"] for f in data["families"]}
    assert counts == {"conflict": 2, "cooperation": 2, "statement": 1, "other": 0}


def test_big_graphs_drop_edge_labels_and_cap_iterations() -> None:
    graph = nx.MultiDiGraph()
    size = EDGE_LABEL_LIMIT + 50
    for i in range(size):
        graph.add_node(f"n/{i}", label=f"N{i}", kind="Person", is_actor=True, degree=0.0)
    for i in range(size):
        graph.add_edge(
            f"n/{i}",
            f"n/{(i + 1) % size}",
            key="attacks",
            property="attacks",
            predicate="attacks",
            family="conflict",
            count=1,
            negated_count=0,
            evidence=[],
        )
    data = page_data(graph)
    assert all("label" not in e for e in data["edges"])
    small = page_data(actor_graph([river_article()]))
    big_iterations = data["options"]["physics"]["stabilization"]["iterations"]
    assert big_iterations < small["options"]["physics"]["stabilization"]["iterations"]


def test_physics_stabilizes_with_a_fixed_seed(data: dict) -> None:
    options = data["options"]
    assert options["physics"]["stabilization"]["enabled"] is True
    assert 0 < options["physics"]["stabilization"]["iterations"] <= 1000
    assert isinstance(options["layout"]["randomSeed"], int)
    assert options["interaction"]["hover"] is True


# ---- the page ----


def test_header_has_titles_and_counts(html: str) -> None:
    assert "Fighting along the northern river" in html
    assert "Talks in the capital" in html
    assert "<b>5</b> actors" in html
    assert "<b>7</b> statements" in html  # the negated one is not drawn


def test_page_is_self_contained(html: str) -> None:
    # no external resource of any kind: no src/href attribute pointing anywhere but data:
    links = re.findall(
        r"""<(?:script|link|img|iframe|object|embed)\b[^>]*?\s(?:src|href)=["']?([^"'\s>]*)""", html
    )
    assert links and all(link.startswith("data:") for link in links)
    urls = re.findall(r"""url\(\s*["']?([^"')\s]*)""", html)
    assert all(url.startswith("data:") for url in urls)  # CSS pulls nothing in
    assert "cdnjs" not in html and "jsdelivr" not in html
    assert "bootstrap" not in html.lower()
    assert "@import" not in html
    assert "vis.Network" in html and "vis-network" in html  # vis inlined from pyvis's bundle


def test_page_keeps_pyvis_globals(html: str) -> None:
    for name in ("network", "nodes", "edges"):
        assert re.search(rf"^var {name};$", html, re.M)


def test_page_data_round_trips(html: str, data: dict) -> None:
    assert embedded_data(html) == json.loads(json.dumps(data))


def test_same_graph_same_page(graph) -> None:
    assert render_page(graph) == render_page(actor_graph([river_article(), second_article()]))


def test_empty_graph_renders() -> None:
    html = render_page(actor_graph([]))
    assert embedded_data(html)["nodes"] == []


# ---- safety ----


@pytest.mark.parametrize(
    "text", ["</script><script>alert(1)</script>", "<!-- x", "a & b", "\u2028", "<img src=x>"]
)
def test_script_json_cannot_break_out(text: str) -> None:
    encoded = script_json({"t": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert "\u2028" not in encoded
    assert json.loads(encoded) == {"t": text}


def test_hostile_text_never_reaches_the_page_as_markup() -> None:
    html = render_page(actor_graph([hostile_article()]))
    for payload in HOSTILE:
        assert payload not in html
    assert "window.__pwned" not in re.sub(
        r'<script id="ng-data".*?</script>|<header.*?</header>|<title>.*?</title>',
        "",
        html,
        flags=re.S,
    )
    # the text itself survives, intact, as data
    data = embedded_data(html)
    labels = {n["id"]: n["ngLabel"] for n in data["nodes"]}
    assert labels["person/x"] == f"Mr {HOSTILE[0]}"
    assert HOSTILE[1] in data["titles"][0]


def test_hostile_title_is_escaped_in_header() -> None:
    html = render_page(actor_graph([hostile_article()]))
    header = re.search(r"<header.*?</header>", html, re.S).group(0)
    assert "&lt;script&gt;window.__pwned=2" in header
    assert "<script" not in header and "<img" not in header
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "<" not in title


# ---- big networks are cut to their most connected nodes ----


def hub_graph(actors: int, others: int) -> nx.MultiDiGraph:
    """Actor i links to the i actors before it (so later ones are more connected); each
    other entity hangs off actor 0."""
    graph = nx.MultiDiGraph()
    graph.graph.update(titles=["Hubs"], article_count=1)
    for i in range(actors):
        graph.add_node(f"actor/{i:02d}", label=f"Actor {i}", kind="Person", is_actor=True)
    for j in range(others):
        graph.add_node(f"thing/{j:02d}", label=f"Thing {j}", kind="Thing", is_actor=False)
    pairs = [(f"actor/{i:02d}", f"actor/{h:02d}") for i in range(actors) for h in range(i)]
    pairs += [("actor/00", f"thing/{j:02d}") for j in range(others)]
    for u, v in pairs:
        graph.add_edge(
            u,
            v,
            key="attacks",
            property="attacks",
            predicate="attacks",
            family="conflict",
            count=1,
            negated_count=0,
            evidence=[],
        )
    return graph


def test_page_nodes_keep_everything_under_the_limits(graph: nx.MultiDiGraph) -> None:
    assert page_nodes(graph) == list(graph.nodes)


def test_neighbour_counts_count_distinct_others_in_either_direction() -> None:
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(["a", "b", "c", "d"])
    graph.add_edge("a", "b", key="p")
    graph.add_edge("a", "b", key="q")  # a second relation to the same neighbour
    graph.add_edge("b", "a", key="p")  # and one back
    graph.add_edge("c", "a", key="p")
    graph.add_edge("c", "c", key="p")  # a loop is no neighbour
    assert neighbour_counts(graph) == {"a": 2, "b": 1, "c": 1}  # "d" has none


def test_page_keeps_the_most_connected_and_the_edges_among_them() -> None:
    graph = hub_graph(6, 3)
    # neighbours: actor/00 has 5 actors + 3 things = 8, every other actor has 5
    kept = page_nodes(graph, node_limit=3, other_limit=2)
    assert kept == ["actor/00", "actor/01", "actor/02", "thing/00", "thing/01"]  # ties by key
    data = page_data(graph, node_limit=3, other_limit=2)
    assert [n["id"] for n in data["nodes"]] == kept
    assert {(e["from"], e["to"]) for e in data["edges"]} == {
        ("actor/01", "actor/00"),
        ("actor/02", "actor/00"),
        ("actor/02", "actor/01"),
        ("actor/00", "thing/00"),
        ("actor/00", "thing/01"),
    }
    assert data["counts"]["actors"] == 6 and data["counts"]["others"] == 3
    assert data["counts"]["relations"] == graph.number_of_edges()
    assert data["shown"] == {"actors": 3, "others": 2, "relations": 5}
    assert sum(k["count"] for k in data["kinds"]) == 5  # the legend counts what is drawn


def ring_graph(lonely: int, ring: int) -> nx.MultiDiGraph:
    """``lonely`` actors without links, then ``ring`` actors linked in a ring."""
    graph = hub_graph(0, 0)
    keys = [f"actor/{i:04d}" for i in range(lonely + ring)]
    for key in keys:
        graph.add_node(key, label=key.title(), kind="Organization", is_actor=True)
    for u, v in zip(keys[lonely:], keys[lonely + 1 :] + keys[lonely : lonely + 1], strict=True):
        graph.add_edge(
            u,
            v,
            key="supports",
            property="supports",
            predicate="supports",
            family="cooperation",
            count=2,
            negated_count=0,
            evidence=[],
        )
    return graph


def test_cut_page_says_how_much_it_shows() -> None:
    html = render_page(ring_graph(40, PAGE_NODE_LIMIT))
    header = re.search(r"<header.*?</header>", html, re.S).group(0)
    total = f"{PAGE_NODE_LIMIT + 40:,}"
    assert f"the {PAGE_NODE_LIMIT:,} most connected of {total} actors" in header
    assert "GraphML" in header
    assert f"<b>{PAGE_NODE_LIMIT + 40}</b> actors" in header  # the counts are the whole graph
    data = embedded_data(html)
    assert len(data["nodes"]) == len(data["edges"]) == PAGE_NODE_LIMIT
    assert "actor/0000" not in {n["id"] for n in data["nodes"]}  # the unlinked went


def test_cut_page_is_deterministic() -> None:
    assert render_page(hub_graph(8, 4)) == render_page(hub_graph(8, 4))
    small = page_data(hub_graph(8, 4), node_limit=4, other_limit=1)
    assert small == page_data(hub_graph(8, 4), node_limit=4, other_limit=1)


def test_small_page_has_no_cut_note(html: str, data: dict) -> None:
    assert 'class="ng-cut"' not in html
    assert data["shown"] == {"actors": 5, "others": 2, "relations": 5}


def test_titles_list_says_when_it_is_the_first_few() -> None:
    graph = hub_graph(2, 0)
    graph.graph.update(titles=["One", "Two"], title_count=30, article_count=31)
    header = re.search(r"<header.*?</header>", render_page(graph), re.S).group(0)
    assert "Article titles (the first 2 of 30)" in header
    assert re.search(r"<title>Actor network</title>", render_page(graph))


def test_one_title_names_the_page_only_for_one_article() -> None:
    graph = hub_graph(2, 0)
    assert "<title>Actor network: Hubs</title>" in render_page(graph)
    graph.graph.update(article_count=2)  # the other article had no title
    assert "<title>Actor network</title>" in render_page(graph)


def test_time_strip_has_every_month_between_the_first_and_last() -> None:
    from graph_samples import timeline_articles

    strip = time_strip(actor_graph(timeline_articles()))
    assert [b["label"] for b in strip] == ["2024-01", "2024-02", "2024-03"]
    assert strip[0]["counts"] == {"conflict": 1, "cooperation": 2}
    assert strip[2]["counts"] == {"cooperation": 1, "other": 1}


def test_time_strip_goes_by_year_over_a_long_span() -> None:
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b", key="attacks", family="conflict", months={"1990-05": 2})
    graph.add_edge("a", "c", key="supports", family="cooperation", months={"2020-02": 1})
    strip = time_strip(graph)
    assert (2020 - 1990) * 12 > STRIP_MONTH_LIMIT
    assert [b["label"] for b in strip][:2] == ["1990", "1991"] and len(strip) == 31
    assert strip[0] == {"label": "1990", "start": "1990-01", "end": "1990-12",
                        "counts": {"conflict": 2}}


def test_community_legend_and_positions() -> None:
    from graph_samples import timeline_articles

    graph = actor_graph(timeline_articles())
    legend = community_legend(graph)
    assert legend and legend[0]["color"] == COMMUNITY_COLORS[0]
    # named after members, biggest first; an isolated actor is in no legend entry
    assert all("Lone Envoy" not in c["name"] for c in legend)
    assert [c["size"] for c in legend] == sorted((c["size"] for c in legend), reverse=True)
    positions = clustered_positions(graph)
    assert positions == clustered_positions(actor_graph(list(reversed(timeline_articles()))))
    assert set(positions) == set(graph.nodes)
    data = page_data(graph)
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])


def test_time_strip_covers_the_corpus_period_with_earlier_and_later_bins() -> None:
    graph = nx.MultiDiGraph(first_month="2019-01", last_month="2019-03")
    graph.add_edge("a", "b", key="attacks", family="conflict",
                   months={"1965-05": 1, "2019-02": 2, "2030-01": 1})
    strip = time_strip(graph)
    assert [b["label"] for b in strip] == [
        "before 2019-01", "2019-01", "2019-02", "2019-03", "after 2019-03"]
    assert strip[0]["end"] == "2018-12" and strip[-1]["start"] == "2019-04"
    assert strip[0]["counts"] == {"conflict": 1} and strip[2]["counts"] == {"conflict": 2}


def test_the_page_reads_pyvis_files_without_importing_pyvis() -> None:
    """The drawer reads vis-network's two files from pyvis's folder; importing pyvis (and
    jinja2) for them cost CPU the workers need."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    tests = Path(__file__).parent
    code = (
        "import sys\n"
        "from graph_samples import river_article\n"
        "from newsgraph.network import actor_graph\n"
        "from newsgraph.page import render_page\n"
        "page = render_page(actor_graph([river_article()]))\n"
        "print('vis-network' in page, 'pyvis' in sys.modules)\n"
    )
    paths = os.pathsep.join([str(tests.parent / "src"), str(tests)])
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": paths}, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "False"]
