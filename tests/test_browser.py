"""network.html in a real headless Chromium, opened from file:// with the network cut off.

Needs Debian's chromium at /usr/bin/chromium (installed by .ci/install-browser.sh) and
Playwright for Python, which drives it without downloading a browser of its own.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest
from graph_samples import (
    HOSTILE,
    doubtful_article,
    hostile_article,
    large_article,
    river_article,
    second_article,
    timeline_articles,
)
from playwright.sync_api import BrowserContext, Page, Route, sync_playwright

from newsgraph.network import actor_graph
from newsgraph.page import (
    MAJOR_LABEL_PX,
    PAGE_NODE_LIMIT,
    page_nodes,
    render_page,
)

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SETTLE_TIMEOUT_MS = 120_000  # generous: a correctness wait, not a speed check


@dataclass
class Session:
    page: Page
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    profile = tmp_path_factory.mktemp("chromium-profile")  # a fresh user-data-dir
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=FLAGS,
            viewport={"width": 1280, "height": 860},
            offline=True,
        )
        yield browser
        browser.close()


def open_page(context: BrowserContext, html_path: Path) -> Session:
    page = context.new_page()
    session = Session(page)
    page.on("console", lambda m: session.console.append((m.type, m.text)))
    page.on("pageerror", lambda e: session.errors.append(str(e)))
    page.on("request", lambda r: session.requests.append(r.url))

    def dialog(d) -> None:  # an alert() from injected script would land here
        session.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)

    def guard(route: Route) -> None:
        url = route.request.url
        if url.startswith(("file://", "data:")):
            route.continue_()
        else:
            session.blocked.append(url)
            route.abort()

    page.route("**/*", guard)
    page.goto(html_path.as_uri())
    page.wait_for_function(
        "window.newsgraph && window.newsgraph.settled === true", timeout=SETTLE_TIMEOUT_MS
    )
    return session


def write_page(graph: nx.MultiDiGraph, path: Path) -> Path:
    path.write_text(render_page(graph), encoding="utf-8")
    return path


def actor_ids(graph: nx.MultiDiGraph) -> list[str]:
    return sorted(n for n, actor in graph.nodes(data="is_actor") if actor)


def linked_ids(graph: nx.MultiDiGraph, *, others: bool = False,
               families: frozenset[str] | None = None) -> list[str]:
    """The nodes the page draws: those an edge of a shown family joins to another shown node."""
    shown = set(graph.nodes) if others else set(actor_ids(graph))
    families = families if families is not None else frozenset(
        ("conflict", "cooperation", "statement", "other"))
    linked: set[str] = set()
    for u, v, family in graph.edges(data="family"):
        if u != v and u in shown and v in shown and family in families:
            linked.update((u, v))
    return sorted(linked)


def show_everything(page: Page) -> None:
    """Tick the isolated-node toggle and every relation family the page leaves off."""
    page.check("#ng-show-isolated")
    for box in page.query_selector_all("#ng-families input:not(:checked):not(:disabled)"):
        box.check()


def drawn_nodes(page: Page) -> list[str]:
    return sorted(page.evaluate("newsgraph.drawnNodeIds()"))


def drawn_edges(page: Page) -> list[str]:
    return sorted(page.evaluate("newsgraph.drawnEdgeIds()"))


def dom_point(page: Page, script: str, arg: str) -> tuple[float, float]:
    """Page coordinates of a canvas point computed by `script` for item `arg`."""
    box = page.locator("#mynetwork").bounding_box()
    assert box is not None
    point = page.evaluate(script, arg)
    return box["x"] + point["x"], box["y"] + point["y"]


NODE_POINT = "id => network.canvasToDOM(network.getPosition(id))"
# a point on the drawn edge (curved or straight), from vis's own geometry: the middle,
# or the nearest point along it that no node or other edge covers
EDGE_POINT = """id => {
  const geometry = network.body.edges[id].edgeType;
  const points = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map(
    t => network.canvasToDOM(geometry.getPoint(t)));
  return points.find(p => network.getNodeAt(p) === undefined && network.getEdgeAt(p) === id)
    || points[0];
}"""


def hover(page: Page, x: float, y: float) -> str:
    page.mouse.move(5, 5)  # leave whatever was hovered before
    page.wait_for_function("document.getElementById('ng-tooltip').hidden === true")
    page.mouse.move(x, y, steps=3)
    page.wait_for_function("document.getElementById('ng-tooltip').hidden === false")
    return page.locator("#ng-tooltip").inner_text()


@pytest.fixture(scope="module")
def river(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, Path]:
    graph = actor_graph([river_article(), second_article()])
    return graph, write_page(graph, tmp_path_factory.mktemp("river") / "network.html")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, Path]:
    graph = actor_graph([hostile_article()])
    return graph, write_page(graph, tmp_path_factory.mktemp("hostile") / "network.html")


def test_loads_offline_without_errors_or_other_hosts(context, river) -> None:
    _, path = river
    session = open_page(context, path)
    assert session.errors == []
    assert [m for m in session.console if m[0] in ("error", "warning")] == []
    assert session.blocked == []
    assert session.requests == [path.as_uri()]  # nothing but the page itself
    assert session.page.evaluate("typeof vis.Network") == "function"
    session.page.close()


def test_drawn_nodes_are_the_actors(context, river) -> None:
    graph, path = river
    session = open_page(context, path)
    page = session.page
    assert drawn_nodes(page) == linked_ids(graph)
    assert len(drawn_nodes(page)) < graph.number_of_nodes()  # non-actors are hidden by default
    page.check("#ng-show-others")
    page.wait_for_function("window.newsgraph.settled === true", timeout=SETTLE_TIMEOUT_MS)
    assert drawn_nodes(page) == linked_ids(graph, others=True)
    show_everything(page)
    assert drawn_nodes(page) == sorted(graph.nodes)
    assert len(drawn_edges(page)) == graph.number_of_edges()
    page.uncheck("#ng-show-others")
    assert drawn_nodes(page) == actor_ids(graph)
    # pyvis's globals hold the whole graph whatever is shown
    assert page.evaluate("nodes.length") == graph.number_of_nodes()
    assert page.evaluate("edges.length") == graph.number_of_edges()
    assert session.errors == []
    page.close()


def test_family_filter_hides_edges(context, river) -> None:
    graph, path = river
    page = open_page(context, path).page
    conflict = {
        i for i, f in page.evaluate("edges.map(e => [e.id, e.ngFamily])") if f == "conflict"
    }
    before = set(drawn_edges(page))
    assert conflict & before
    page.uncheck("#ng-families input[value=conflict]")
    after = set(drawn_edges(page))
    assert after == before - conflict
    page.check("#ng-families input[value=conflict]")
    assert set(drawn_edges(page)) == before
    page.close()


def test_search_selects_and_describes_an_actor(context, river) -> None:
    _, path = river
    page = open_page(context, path).page
    page.fill("#ng-search", "brigade")
    page.press("#ng-search", "Enter")
    assert page.evaluate("network.getSelectedNodes()") == ["armed-group/red-brigade"]
    assert "Red Brigade" in page.locator("#ng-details").inner_text()
    page.fill("#ng-search", "old bridge")  # a non-actor: the toggle turns on to show it
    page.press("#ng-search", "Enter")
    assert page.is_checked("#ng-show-others")
    assert page.evaluate("network.getSelectedNodes()") == ["thing/old-bridge"]
    page.fill("#ng-search", "nobody at all")
    page.press("#ng-search", "Enter")
    assert "No match" in page.locator("#ng-search-status").inner_text()
    page.close()


def test_hover_shows_names_type_and_statements(context, river) -> None:
    _, path = river
    page = open_page(context, path).page
    text = hover(page, *dom_point(page, NODE_POINT, "armed-group/red-brigade"))
    assert "Red Brigade" in text and "Armed group" in text and "Red Brigades" in text
    edge_id = page.evaluate(
        "edges.get({filter: e => e.from === 'armed-group/red-brigade' &&"
        " e.to === 'armed-group/blue-militia'})[0].id"
    )
    text = hover(page, *dom_point(page, EDGE_POINT, edge_id))
    assert "3 statements" in text
    assert "The Red Brigade attacked the Blue Militia near Port Town in March." in text
    assert "time: in March (2024-03)" in text
    assert "reported" in text and "claimed" in text
    page.close()


def test_hovering_hostile_nodes_and_edges_runs_nothing(context, hostile) -> None:
    graph, path = hostile
    session = open_page(context, path)
    page = session.page
    page.check("#ng-show-others")  # every node and edge, non-actors too
    page.wait_for_function("window.newsgraph.settled === true", timeout=SETTLE_TIMEOUT_MS)
    show_everything(page)
    assert drawn_nodes(page) == sorted(graph.nodes)
    for node in sorted(graph.nodes):
        x, y = dom_point(page, NODE_POINT, node)
        assert graph.nodes[node]["label"] in hover(page, x, y)
        page.mouse.click(x, y)  # the details panel is built the same way
    for edge_id in drawn_edges(page):
        x, y = dom_point(page, EDGE_POINT, edge_id)
        sentence = page.evaluate("id => edges.get(id).ngEvidence[0].sentence", edge_id)
        assert sentence in hover(page, x, y)  # shown as text, literally
        page.mouse.click(x, y)
    page.wait_for_timeout(300)  # give any onerror/onload handler its chance to fire
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert session.dialogs == []
    assert session.errors == []
    assert [m for m in session.console if m[0] == "error"] == []
    assert page.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert page.evaluate("document.scripts.length") == 3  # vis, the data block, ours
    assert session.requests == [path.as_uri()]  # an <img src=x> would have asked for x
    header = page.locator("#ng-header").inner_text()
    assert HOSTILE[1] in header  # the title shows the markup as plain text
    page.close()


def test_screenshot(context, river, tmp_path: Path) -> None:
    _, path = river
    page = open_page(context, path).page
    shot = tmp_path / "network.png"
    page.screenshot(path=str(shot), full_page=True)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 860)
    assert len(data) > 20_000  # a drawn network, not a blank page
    page.close()


def test_large_graph_opens_and_settles(context, tmp_path: Path) -> None:
    graph = actor_graph([large_article()])
    session = open_page(context, write_page(graph, tmp_path / "network.html"))
    page = session.page
    # the page is cut to the most connected actors, and shows all of those
    assert len(actor_ids(graph)) > PAGE_NODE_LIMIT
    shown = set(page_nodes(graph)) & set(actor_ids(graph))
    assert len(shown) == PAGE_NODE_LIMIT
    show_everything(page)
    assert sorted(drawn_nodes(page)) == sorted(shown)
    assert "most connected" in page.inner_text("header")
    assert page.evaluate("network.physics.physicsEnabled") is False  # physics stopped
    assert session.errors == []
    page.close()


@pytest.fixture(scope="module")
def timeline(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, Path]:
    graph = actor_graph(timeline_articles())
    return graph, write_page(graph, tmp_path_factory.mktemp("timeline") / "network.html")


def edges_between(page: Page, pairs: list[tuple[str, str]]) -> set[str]:
    found = page.evaluate(
        "pairs => edges.get().filter(e => pairs.some(p => p[0] === e.from && p[1] === e.to))"
        ".map(e => e.id)", [list(p) for p in pairs])
    return set(found)


def test_time_range_filters_relations_by_their_dates(context, timeline) -> None:
    _, path = timeline
    session = open_page(context, path)
    page = session.page
    assert page.is_visible("#ng-time")
    assert page.locator("#ng-strip .ng-bar").count() == 3  # 2024-01, 2024-02, 2024-03
    january = edges_between(page, [("actor/north-alliance", "actor/southern-front")])
    all_drawn = set(drawn_edges(page))
    assert january <= all_drawn
    # only March: the January attack and the February shelling go, the talks and the
    # undated relation stay
    page.locator("#ng-from").fill("2")
    page.locator("#ng-from").dispatch_event("input")
    assert page.locator("#ng-range-label").inner_text() == "2024-03 – 2024-03"
    march = set(drawn_edges(page))
    shelling = edges_between(page, [("actor/hill-militia", "actor/river-guard")])
    undated = edges_between(page, [("actor/hill-militia", "actor/southern-front")])
    talks = page.evaluate("edges.get().filter(e => e.ngPredicate === 'meets with')"
                          ".map(e => e.id)")
    assert set(talks) <= march and undated <= march
    assert not (shelling & march)
    attack = page.evaluate("edges.get().filter(e => e.ngPredicate === 'attacks' && "
                           "e.from === 'actor/north-alliance').map(e => e.id)")
    assert not (set(attack) & march)
    # back to the whole range: everything is back
    page.locator("#ng-from").fill("0")
    page.locator("#ng-from").dispatch_event("input")
    assert set(drawn_edges(page)) == all_drawn
    assert session.errors == []
    page.close()


def test_isolated_actors_are_behind_a_toggle_with_their_count(context, timeline) -> None:
    graph, path = timeline
    page = open_page(context, path).page
    assert "actor/lone-envoy" not in drawn_nodes(page)
    drawn = drawn_nodes(page)
    edges_now = page.evaluate("newsgraph.drawnEdgeIds().map(id => edges.get(id))")
    touched = {e["from"] for e in edges_now} | {e["to"] for e in edges_now}
    assert set(drawn) == touched  # every drawn node has a drawn edge
    assert "show 1 entity without a shown relation" in page.inner_text("#ng-toolbar")
    page.check("#ng-show-isolated")
    assert "actor/lone-envoy" in drawn_nodes(page)
    page.uncheck("#ng-show-isolated")
    assert "actor/lone-envoy" not in drawn_nodes(page)
    # the quiet family ("have") is drawn faint, behind the others, and one click from hidden
    assert page.is_checked("#ng-families input[value=other]")
    faint = page.evaluate("edges.get().filter(e => e.ngFamily === 'other')"
                          ".map(e => [e.color.opacity, e.label === undefined])")
    assert faint and all(opacity < 0.5 and unlabelled for opacity, unlabelled in faint)
    page.check("#ng-show-others")
    assert "thing/old-depot" in drawn_nodes(page)
    page.uncheck("#ng-families input[value=other]")
    assert "thing/old-depot" not in drawn_nodes(page)
    page.close()


def test_community_legend_names_groups_and_colours_them(context, timeline) -> None:
    graph, path = timeline
    page = open_page(context, path).page
    assert page.is_visible("#ng-communities")
    legend = page.locator("#ng-community-list li").all_inner_texts()
    assert legend, "a legend entry per community of related actors"
    named = " ".join(legend)
    assert "North Alliance" in named or "Southern Front" in named
    colours = page.evaluate(
        "nodes.get().filter(n => n.ngCommunity >= 0).map(n => [n.ngCommunity, n.color.background])")
    by_community: dict[int, set[str]] = {}
    for cid, colour in colours:
        by_community.setdefault(cid, set()).add(colour)
    assert all(len(c) == 1 for c in by_community.values())  # one colour per community
    page.select_option("#ng-color-by", "kind")
    kind_colour = page.evaluate("nodes.get('actor/lone-envoy').color.background")
    assert kind_colour == "#4e79a7"  # the Person colour
    assert not page.is_visible("#ng-communities")
    page.close()


def test_actor_panel_lists_relations_in_time_order(context, timeline) -> None:
    _, path = timeline
    page = open_page(context, path).page
    page.fill("#ng-search", "North Alliance")
    page.press("#ng-search", "Enter")
    whens = page.locator("#ng-details .ng-timeline .ng-when").all_inner_texts()
    assert whens == sorted(whens) and len(whens) == 3
    assert whens[0].startswith("2024-01") and whens[-1].startswith("2024-03")
    text = page.inner_text("#ng-details .ng-timeline")
    assert "The North Alliance met the Southern Front for talks." in text
    assert "Report t3" in text
    page.close()


def test_central_actors_have_labels_readable_at_the_opening_zoom(context, timeline) -> None:
    _, path = timeline
    page = open_page(context, path).page
    sizes = page.evaluate(
        "nodes.get().filter(n => n.ngMajor).map(n => n.font.size * network.getScale())")
    assert sizes and min(sizes) >= MAJOR_LABEL_PX - 0.5  # pixels on screen
    page.close()


def test_relations_below_the_threshold_are_behind_a_toggle_drawn_dashed(context, tmp_path) -> None:
    graph = actor_graph([*timeline_articles(), doubtful_article()])
    assert not graph.has_edge("actor/lone-envoy", "actor/north-alliance")  # not asserted
    session = open_page(context, write_page(graph, tmp_path / "network.html"))
    page = session.page
    assert "actor/lone-envoy" not in drawn_nodes(page)
    label = page.inner_text("#ng-candidates-toggle")
    assert "show 1 relation below the confidence threshold" in label
    page.check("#ng-show-candidates")
    assert "actor/lone-envoy" in drawn_nodes(page)
    doubtful = page.evaluate("edges.get().filter(e => !e.ngAsserted)"
                             ".map(e => [e.id, e.dashes, e.from])")
    assert doubtful == [[doubtful[0][0], True, "actor/lone-envoy"]]
    assert doubtful[0][0] in drawn_edges(page)
    page.uncheck("#ng-show-candidates")
    assert doubtful[0][0] not in drawn_edges(page)
    assert session.errors == []
    page.close()
