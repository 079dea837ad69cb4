"""The actor graph: nodes, merged edges with evidence, analytics, GraphML and the PNG."""

from __future__ import annotations

import itertools
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from graph_samples import (
    HOSTILE_IMG,
    extraction,
    hostile_article,
    large_article,
    relation,
    river_article,
    second_article,
)

from newsgraph.models import Article, Entity, ResolvedArticle
from newsgraph.network import (
    BETWEENNESS_SAMPLE,
    COMMUNITY_FOLD_LIMIT,
    EVIDENCE_LIMIT,
    EXACT_BETWEENNESS_LIMIT,
    PAGE_CANDIDATES,
    SEED,
    TITLE_LIMIT,
    NetworkBuilder,
    actor_graph,
    analytics,
    betweenness_centrality,
    communities_of,
    statement_month,
    write_graphml,
)
from newsgraph.page import render_page
from newsgraph.picture import render_png
from newsgraph.vocabulary import ENTITY

RED = "armed-group/red-brigade"
BLUE = "armed-group/blue-militia"
MINISTRY = "government/ministry-of-defence"
FREEDONIA = "country/freedonia"
OKAFOR = "person/jane-okafor"
BRIDGE = "thing/old-bridge"


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return actor_graph([river_article(), second_article()])


def test_one_node_per_entity_key(graph: nx.MultiDiGraph) -> None:
    assert sorted(graph.nodes) == sorted(
        [RED, BLUE, MINISTRY, FREEDONIA, OKAFOR, BRIDGE, "location/port-town"]
    )
    assert list(graph.nodes) == sorted(graph.nodes)  # sorted insertion


@pytest.mark.parametrize(
    "key, label, kind, is_actor",
    [
        (RED, "Red Brigade", "ArmedGroup", True),
        (MINISTRY, "Ministry of Defence", "Government", True),
        (OKAFOR, "Jane Okafor", "Person", True),
        (BRIDGE, "old bridge", "Thing", False),
    ],
)
def test_node_attributes(graph: nx.MultiDiGraph, key: str, label: str, kind: str, is_actor: bool):
    data = graph.nodes[key]
    assert (data["label"], data["kind"], data["is_actor"]) == (label, kind, is_actor)
    assert data["iri"] == str(ENTITY[key])


def test_alt_labels_pooled_across_articles(graph: nx.MultiDiGraph) -> None:
    assert graph.nodes[RED]["alt_labels"] == "RB; Red Brigades; the brigade"


def test_parallel_statements_merge_into_one_edge(graph: nx.MultiDiGraph) -> None:
    edges = graph.get_edge_data(RED, BLUE)
    assert list(edges) == ["attacks"]
    edge = edges["attacks"]
    assert edge["count"] == 3
    assert edge["negated_count"] == 0
    assert [e["sentence"][:20] for e in edge["evidence"]] == [
        "The Red Brigade atta",
        "Officials said the b",
        "Jane Okafor said the",
    ]


@pytest.mark.parametrize(
    "u, v, key, predicate, family",
    [
        (RED, BLUE, "attacks", "attacks", "conflict"),
        (FREEDONIA, MINISTRY, "supports", "supports", "cooperation"),
        (FREEDONIA, RED, "meetsWith", "meets", "cooperation"),
        (OKAFOR, RED, "says", "says", "statement"),
    ],
)
def test_edge_family_and_predicate(graph, u, v, key, predicate, family) -> None:
    edge = graph.edges[u, v, key]
    assert (edge["property"], edge["predicate"], edge["family"]) == (key, predicate, family)


def test_a_negated_statement_is_never_drawn(graph: nx.MultiDiGraph) -> None:
    # "The militia did not attack the ministry." is described in the RDF, never an edge
    assert not graph.has_edge(BLUE, MINISTRY)
    assert all(data["negated_count"] == 0 for _, _, data in graph.edges(data=True))


def test_evidence_carries_qualifiers(graph: nx.MultiDiGraph, pinned_calibration) -> None:
    first, second, third = graph.edges[RED, BLUE, "attacks"]["evidence"]
    assert first["time"] == "in March"
    assert first["date"] == "2024-03"
    assert first["place"] == "Port Town"  # the resolved place's label
    assert first["article"] == "Fighting along the northern river"
    assert first["article_id"] == "a1"
    assert second["modality"] == "reported"
    assert second["attributed_to"] == "Officials"  # unresolved: the text as written
    assert third["attributed_to"] == "Jane Okafor"  # resolved to an entity
    # the calibrated confidence, not the extractor's score (0.8)
    calibrated = pinned_calibration.probability({"bias": 1.0, "raw": 0.8})
    assert third["confidence"] == pytest.approx(calibrated, abs=1e-3) != pytest.approx(0.8)


def test_graph_attributes(graph: nx.MultiDiGraph) -> None:
    assert graph.graph["titles"] == ["Fighting along the northern river", "Talks in the capital"]
    assert graph.graph["article_count"] == 2


def test_analytics_attributes(graph: nx.MultiDiGraph) -> None:
    degree = nx.get_node_attributes(graph, "degree")
    assert max(degree, key=degree.__getitem__) == RED
    assert graph.nodes[RED]["betweenness"] > graph.nodes[OKAFOR]["betweenness"]
    communities = nx.get_node_attributes(graph, "community")
    assert set(communities) == set(graph.nodes)
    assert all(isinstance(c, int) and c >= 0 for c in communities.values())


def test_analytics_summary(graph: nx.MultiDiGraph) -> None:
    summary = analytics(graph)
    assert (summary["nodes"], summary["actors"], summary["edges"]) == (7, 5, 5)
    assert summary["statements"] == 7  # the negated one is not drawn
    assert summary["by_degree"][0]["label"] == "Red Brigade"
    assert summary["by_betweenness"][0]["label"] == "Red Brigade"
    members = sorted(m for c in summary["communities"] for m in c["members"])
    assert members == [
        "Blue Militia",
        "Freedonia",
        "Jane Okafor",
        "Ministry of Defence",
        "Red Brigade",
    ]  # actors only


def test_deterministic() -> None:
    one = actor_graph([river_article(), second_article()])
    two = actor_graph([river_article(), second_article()])
    assert list(one.nodes(data=True)) == list(two.nodes(data=True))
    assert list(one.edges(keys=True, data=True)) == list(two.edges(keys=True, data=True))


def test_relation_to_unlisted_entity_still_gets_a_node() -> None:
    resolved = river_article()
    trimmed = ResolvedArticle(
        resolved.article,
        tuple(e for e in resolved.entities if e.key != BRIDGE),
        resolved.relations,
    )
    graph = actor_graph([trimmed])
    assert graph.nodes[BRIDGE]["is_actor"] is False


def test_empty_input() -> None:
    graph = actor_graph([])
    assert graph.number_of_nodes() == 0
    assert analytics(graph)["actors"] == 0


def test_isolated_entities_only() -> None:
    lonely = ResolvedArticle(Article("z", "..."), (Entity("person/a", "A", "Person"),), ())
    graph = actor_graph([lonely])
    assert graph.nodes["person/a"]["degree"] == 0.0


def test_graphml_round_trip(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = write_graphml(graph, tmp_path / "out" / "network.graphml")
    assert sorted(p.name for p in path.parent.iterdir()) == ["network.graphml"]  # no temp left
    back = nx.read_graphml(path, force_multigraph=True)
    assert set(back.nodes) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes[RED]["label"] == "Red Brigade"
    assert back.nodes[RED]["is_actor"] is True
    edge = back.edges[RED, BLUE, "attacks"]
    assert edge["count"] == 3
    assert (edge["label"], edge["weight"]) == ("attacks", 3)  # what Gephi/Cytoscape read
    assert [e["time"] for e in json.loads(edge["evidence"])] == ["in March", "on Sunday", ""]
    assert json.loads(back.graph["titles"])[1] == "Talks in the capital"


def test_graphml_is_plain_xml_with_typed_keys(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = write_graphml(graph, tmp_path / "network.graphml")
    root = ET.parse(path).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = {
        (k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.findall("g:key", ns)
    }
    assert keys[("node", "degree")] == "double"
    assert keys[("edge", "count")] == "long"
    assert keys[("edge", "evidence")] == "string"


def test_graphml_same_bytes_twice(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    one = write_graphml(graph, tmp_path / "a.graphml").read_bytes()
    two = write_graphml(actor_graph([river_article(), second_article()]), tmp_path / "b.graphml")
    assert one == two.read_bytes()


def test_graphml_failure_leaves_old_file_intact(
    graph: nx.MultiDiGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "network.graphml"
    target.write_text("previous export")

    def half_write(_graph: object, stream, **_kw: object) -> None:
        stream.write(b"<graphml><node")
        raise OSError("disk full")

    monkeypatch.setattr("newsgraph.network._write_graphml", half_write)
    with pytest.raises(OSError, match="disk full"):
        write_graphml(graph, target)
    assert [p.name for p in tmp_path.iterdir()] == ["network.graphml"]
    assert target.read_text() == "previous export"


def networkx_graphml(graph: nx.MultiDiGraph, path: Path) -> bytes:
    """What networkx's own writer gives for the values write_graphml writes."""
    flat = nx.MultiDiGraph()
    flat.graph.update(
        {k: json.dumps(v) if isinstance(v, list) else v for k, v in graph.graph.items()
         if not k.startswith("page_")}  # the page's own data is no part of the export
    )
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **data)
    for u, v, key, data in graph.edges(keys=True, data=True):
        attrs = {"label": data.get("predicate", key), "weight": data.get("count", 1), **data}
        for name in ("evidence", "months"):
            attrs[name] = json.dumps(attrs[name], ensure_ascii=False, sort_keys=True)
        flat.add_edge(u, v, key=key, **attrs)
    nx.write_graphml(flat, path, encoding="utf-8", prettyprint=True)
    return path.read_bytes()


@pytest.mark.parametrize("articles", [[], [river_article(), second_article()], [hostile_article()]])
def test_graphml_bytes_are_those_of_networkx(articles: list, tmp_path: Path) -> None:
    graph = actor_graph(articles)
    ours = write_graphml(graph, tmp_path / "ours.graphml").read_bytes()
    assert ours == networkx_graphml(graph, tmp_path / "theirs.graphml")


def test_graphml_drops_characters_xml_cannot_hold(tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("person/a", label="Form\x0cfeed\x00 and\ttab", kind="Person")
    back = nx.read_graphml(write_graphml(graph, tmp_path / "c.graphml"))
    assert back.nodes["person/a"]["label"] == "Formfeed and\ttab"


def test_graphml_escapes_markup(tmp_path: Path) -> None:
    path = write_graphml(actor_graph([hostile_article()]), tmp_path / "h.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.nodes["person/x"]["label"] == f"Mr {HOSTILE_IMG}"


PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_png_is_deterministic(graph: nx.MultiDiGraph) -> None:
    data = render_png(graph)
    assert data.startswith(PNG_MAGIC)
    assert len(data) > 10_000
    assert render_png(actor_graph([river_article(), second_article()])) == data


def test_png_of_empty_graph() -> None:
    assert render_png(actor_graph([])).startswith(PNG_MAGIC)


def test_png_survives_dollar_and_markup() -> None:
    resolved = river_article()
    money = ResolvedArticle(
        Article("m", "...", title="A $5 million deal and $3 more"),
        resolved.entities,
        resolved.relations,
    )
    assert render_png(actor_graph([money, hostile_article()])).startswith(PNG_MAGIC)


def test_png_with_names_the_font_cannot_draw() -> None:
    # pytest turns warnings into errors: a missing glyph must not warn or fail
    resolved = ResolvedArticle(
        Article("u", "...", title="北京 and دمشق"),
        (Entity("person/a", "北京政府", "Person"), Entity("person/b", "بشار", "Person")),
        (),
    )
    assert render_png(actor_graph([resolved])).startswith(PNG_MAGIC)


# ---- building one article at a time ----


def third_article() -> ResolvedArticle:
    """Repeats an edge of the first article and names the brigade differently."""
    article = Article(id="a0", text="...", title="Earlier clashes")
    entities = (
        Entity("armed-group/red-brigade", "Red Brigades", "ArmedGroup", ("the Reds",)),
        Entity("armed-group/blue-militia", "Blue Militia", "ArmedGroup"),
    )
    sentence = "The Red Brigades shelled the Blue Militia."
    relations = (
        relation(RED, "attacks", "attacks", BLUE, extraction(sentence, "attack", start=5)),
        relation(RED, "attacks", "attacks", BLUE, extraction(sentence, "shell", start=5)),
    )
    return ResolvedArticle(article, entities, relations)


def build(articles: list[ResolvedArticle], **options: int) -> nx.MultiDiGraph:
    builder = NetworkBuilder(**options)
    for resolved in articles:
        builder.add(resolved)
    return builder.graph()


def same_graph(one: nx.MultiDiGraph, two: nx.MultiDiGraph) -> bool:
    return (
        one.graph == two.graph
        and list(one.nodes(data=True)) == list(two.nodes(data=True))
        and list(one.edges(keys=True, data=True)) == list(two.edges(keys=True, data=True))
    )


def test_builder_gives_the_graph_actor_graph_gives(graph: nx.MultiDiGraph) -> None:
    assert same_graph(build([river_article(), second_article()]), graph)


def test_builder_graph_can_be_asked_for_midway() -> None:
    builder = NetworkBuilder()
    builder.add(river_article())
    first = builder.graph()
    builder.add(second_article())
    assert same_graph(first, actor_graph([river_article()]))
    assert same_graph(builder.graph(), actor_graph([river_article(), second_article()]))


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_add_order_does_not_matter(order: tuple[int, ...], tmp_path: Path) -> None:
    articles = [river_article(), second_article(), third_article()]
    reference = build(articles)
    shuffled = build([articles[i] for i in order])
    assert same_graph(shuffled, reference)
    one = write_graphml(reference, tmp_path / "a.graphml").read_bytes()
    assert write_graphml(shuffled, tmp_path / "b.graphml").read_bytes() == one
    assert render_page(shuffled) == render_page(reference)


def test_label_comes_from_the_first_article_by_id_in_any_order() -> None:
    articles = [river_article(), third_article()]  # ids "a1" and "a0"
    for group in (articles, articles[::-1]):
        node = build(group).nodes[RED]
        assert node["label"] == "Red Brigades"  # as article "a0" names it
        assert node["alt_labels"] == "RB; Red Brigade; the Reds; the brigade"


def test_evidence_follows_article_id_then_place_in_article() -> None:
    graph = build([river_article(), third_article()])
    edge = graph.edges[RED, BLUE, "attacks"]
    assert edge["count"] == 5
    assert [(e["article_id"], e["sentence"][:12]) for e in edge["evidence"]] == [
        ("a0", "The Red Brig"),
        ("a0", "The Red Brig"),
        ("a1", "The Red Brig"),
        ("a1", "Officials sa"),
        ("a1", "Jane Okafor "),
    ]


def many_statements(article_id: str, count: int, *, start: int = 0) -> ResolvedArticle:
    """One edge said ``count`` times; every third statement is a denial (never drawn)."""
    sentences = [f"The brigade attacked the militia, report {start + i}." for i in range(count)]
    relations = tuple(
        relation(
            RED,
            "attacks",
            "attacks",
            BLUE,
            extraction(text, "attack", start=100 * (start + i), negated=(start + i) % 3 == 0),
        )
        for i, text in enumerate(sentences)
    )
    entities = (
        Entity(RED, "Red Brigade", "ArmedGroup"),
        Entity(BLUE, "Blue Militia", "ArmedGroup"),
    )
    return ResolvedArticle(Article(article_id, "..."), entities, relations)


def test_evidence_is_capped_but_counts_stay_true() -> None:
    graph = build([many_statements("x", 30)], evidence_limit=5)
    edge = graph.edges[RED, BLUE, "attacks"]
    assert (edge["count"], edge["negated_count"]) == (20, 0)
    assert [e["sentence"][-3:] for e in edge["evidence"]] == [" 1.", " 2.", " 4.", " 5.", " 7."]


def test_default_evidence_limit() -> None:
    said = EVIDENCE_LIMIT + 11
    edge = actor_graph([many_statements("x", said)]).edges[RED, BLUE, "attacks"]
    assert edge["count"] == said - (said + 2) // 3  # every third is a denial
    assert len(edge["evidence"]) == EVIDENCE_LIMIT


def test_capped_evidence_is_the_same_in_any_order() -> None:
    parts = [many_statements(f"p{i}", 9, start=9 * i) for i in range(4)]
    reference = build(parts, evidence_limit=4)
    for order in ([3, 1, 0, 2], [2, 3, 1, 0]):
        assert same_graph(build([parts[i] for i in order], evidence_limit=4), reference)
    edge = reference.edges[RED, BLUE, "attacks"]
    assert (edge["count"], edge["negated_count"]) == (24, 0)
    assert [e["article_id"] for e in edge["evidence"]] == ["p0"] * 4


def test_evidence_limit_must_be_positive() -> None:
    with pytest.raises(ValueError, match="evidence_limit"):
        NetworkBuilder(evidence_limit=0)


def test_titles_are_capped_to_the_first_by_id() -> None:
    articles = [
        ResolvedArticle(Article(f"t{i:03d}", "...", title=f"Report {i:03d}"), (), ())
        for i in range(TITLE_LIMIT + 5)
    ]
    articles.append(ResolvedArticle(Article("t999", "..."), (), ()))  # untitled
    graph = build(articles[::-1])
    assert graph.graph["titles"] == [f"Report {i:03d}" for i in range(TITLE_LIMIT)]
    assert graph.graph["title_count"] == TITLE_LIMIT + 5
    assert graph.graph["article_count"] == TITLE_LIMIT + 6


# ---- betweenness ----


def simple_graph(resolved: ResolvedArticle) -> nx.Graph:
    multi = actor_graph([resolved])
    simple = nx.Graph()
    simple.add_nodes_from(multi.nodes)
    simple.add_edges_from((u, v) for u, v in multi.edges() if u != v)
    return simple


def test_betweenness_is_networkx_exact_on_small_graphs() -> None:
    simple = simple_graph(large_article(300, 400))
    assert simple.number_of_nodes() <= EXACT_BETWEENNESS_LIMIT
    ours = betweenness_centrality(simple)
    theirs = nx.betweenness_centrality(simple)
    assert max(theirs.values()) > 0
    assert all(ours[n] == pytest.approx(theirs[n], abs=1e-12) for n in simple)


def test_betweenness_is_networkx_sampled_on_big_graphs() -> None:
    simple = simple_graph(large_article(900, 1500))
    assert simple.number_of_nodes() > EXACT_BETWEENNESS_LIMIT
    ours = betweenness_centrality(simple)
    theirs = nx.betweenness_centrality(simple, k=BETWEENNESS_SAMPLE, seed=SEED)
    assert max(theirs.values()) > 0
    assert all(ours[n] == pytest.approx(theirs[n], abs=1e-12) for n in simple)


@pytest.mark.parametrize("edges, middle", [([(1, 2), (2, 3)], 2), ([(1, 2), (2, 3), (3, 4)], 2)])
def test_betweenness_of_a_path(edges: list[tuple[int, int]], middle: int) -> None:
    path = nx.Graph([(str(u), str(v)) for u, v in edges])
    assert betweenness_centrality(path) == pytest.approx(nx.betweenness_centrality(path))
    assert betweenness_centrality(path)[str(middle)] > 0


def test_png_is_the_same_in_any_add_order() -> None:
    articles = [river_article(), second_article(), third_article()]
    assert render_png(build(articles)) == render_png(build(articles[::-1]))


def test_big_graph_communities_keep_leaves_with_their_neighbour() -> None:
    simple = simple_graph(large_article(900, 700))
    nx.set_edge_attributes(simple, 1, "weight")
    assert simple.number_of_nodes() > COMMUNITY_FOLD_LIMIT
    found = communities_of(simple)
    where = {node: i for i, members in enumerate(found) for node in members}
    assert sorted(where) == sorted(simple)  # every node in exactly one community
    assert sum(len(c) for c in found) == simple.number_of_nodes()
    leaves = [n for n in simple if simple.degree(n) == 1]
    assert leaves and all(where[n] == where[next(iter(simple.adj[n]))] for n in leaves)
    assert all(len(found[where[n]]) == 1 for n in simple if simple.degree(n) == 0)
    louvain = nx.community.louvain_communities(simple, seed=SEED)
    ours, theirs = (nx.community.modularity(simple, c) for c in (found, louvain))
    assert ours == pytest.approx(theirs, abs=0.02)
    assert communities_of(simple) == found  # deterministic
    # a small component is one community (modularity's resolution limit), as in networkx
    total = simple.size(weight="weight")
    small = [
        c
        for c in nx.connected_components(simple)
        if len(c) > 1 and sum(d for _, d in simple.degree(c)) ** 2 < 8 * total
    ]
    assert small and all(found[where[min(c)]] == c for c in small)
    assert all(c in louvain for c in small)


@pytest.mark.parametrize("date, article_date, month", [
    ("2024-03-05", "2024-06-01", "2024-03"),  # the statement's own month
    ("2024-03", "", "2024-03"),
    ("2024", "2024-06-01", "2024-06"),  # "this year": the article's month
    ("2016", "2024-06-01", "2016-01"),  # another year: its January
    ("", "2024-06-01", "2024-06"),  # no date of its own: the article's
    ("", "", ""),  # undated
    ("", "2024", ""),  # an article dated by year only gives no month
])
def test_statement_month(date: str, article_date: str, month: str) -> None:
    assert statement_month(date, article_date) == month


def test_edges_count_statements_per_month() -> None:
    from graph_samples import timeline_articles

    graph = actor_graph(timeline_articles())
    months = {(u, v, k): m for u, v, k, m in graph.edges(keys=True, data="months")}
    assert months[("actor/north-alliance", "actor/southern-front", "attacks")] == {"2024-01": 1}
    assert months[("actor/hill-militia", "actor/southern-front", "supports")] == {}


def test_statements_under_the_threshold_are_page_candidates_never_graphml_edges(
    tmp_path: Path,
) -> None:
    from graph_samples import doubtful_article

    graph = actor_graph([doubtful_article()])
    assert graph.number_of_edges() == 0
    [candidate] = graph.graph[PAGE_CANDIDATES]
    assert (candidate["from"], candidate["to"], candidate["property"]) == (
        "actor/lone-envoy", "actor/north-alliance", "supports")
    assert candidate["count"] == 1 and candidate["months"] == {"2024-02": 1}
    text = write_graphml(graph, tmp_path / "n.graphml").read_text()
    assert "may have advised" not in text and "page_candidates" not in text


def test_graphml_keys_an_attribute_by_its_values_type_as_networkx_does(tmp_path: Path) -> None:
    """One name with values of several types gets a key per type, numbers written as they
    are, in the order networkx makes them, however the ids are looked up."""
    graph = nx.MultiDiGraph()
    graph.add_node("a", score=1, flag=True, note="x < y & z")
    graph.add_node("b", score=1.5, flag=1, note=2)
    graph.add_node("c", score="high", flag=False, note=float("inf"))
    graph.add_edge("a", "b", key="k", predicate="meet", count=2, weight_hint=0.25)
    ours = write_graphml(graph, tmp_path / "ours.graphml").read_bytes()
    nx.write_graphml(_with_edge_names(graph), tmp_path / "theirs.graphml", encoding="utf-8",
                     prettyprint=True)
    assert ours == (tmp_path / "theirs.graphml").read_bytes()
    assert ours.count(b'attr.name="score"') == 3


def _with_edge_names(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    flat = nx.MultiDiGraph()
    flat.add_nodes_from(graph.nodes(data=True))
    for u, v, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, label=data.get("predicate", key),
                      weight=data.get("count", 1), **data)
    return flat
