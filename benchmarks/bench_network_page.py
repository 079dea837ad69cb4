"""How long the actor network takes at scale: graph, analytics, GraphML, PNG and the page.

    python benchmarks/bench_network_page.py [--nodes 2000] [--relations 3000] [--no-browser]

The browser part opens network.html in headless Chromium (/usr/bin/chromium) from file://
and reports the time until the layout has settled (physics stopped).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from graph_samples import large_article  # noqa: E402

from newsgraph.network import actor_graph, write_graphml  # noqa: E402
from newsgraph.page import render_page  # noqa: E402
from newsgraph.picture import render_png  # noqa: E402

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def timed(label: str, func, *args):
    start = time.perf_counter()
    result = func(*args)
    print(f"{label:<28} {time.perf_counter() - start:7.2f} s")
    return result


def browser_settle(path: Path, runs: int) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path="/usr/bin/chromium",
            headless=True,
            args=FLAGS,
            viewport={"width": 1280, "height": 860},
            offline=True,
        )
        for run in range(runs):
            page = context.new_page()
            start = time.perf_counter()
            page.goto(path.as_uri())
            loaded = time.perf_counter() - start
            page.wait_for_function(
                "window.newsgraph && window.newsgraph.settled === true", timeout=120_000, polling=50
            )
            settled = time.perf_counter() - start
            drawn = page.evaluate("newsgraph.drawnNodeIds().length")
            marks = page.evaluate(
                "Object.fromEntries(performance.getEntriesByType('mark')"
                ".map(m => [m.name, Math.round(m.startTime)]))"
            )
            print(f"  page marks (ms since navigation): {marks}")
            print(
                f"browser run {run + 1}: load {loaded:5.2f} s, settled {settled:5.2f} s, "
                f"{drawn} nodes drawn"
            )
            page.close()
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--relations", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()

    article = large_article(args.nodes, args.relations)
    graph = timed("actor_graph (+analytics)", actor_graph, [article])
    print(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        timed("write_graphml", write_graphml, graph, out / "network.graphml")
        timed("render_png", render_png, graph)
        html = timed("render_page", render_page, graph)
        page = out / "network.html"
        page.write_text(html, encoding="utf-8")
        print(f"network.html: {len(html.encode()) / 1e6:.1f} MB")
        if not args.no_browser:
            browser_settle(page, args.runs)


if __name__ == "__main__":
    main()
