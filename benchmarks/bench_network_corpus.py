"""The actor network of real articles: build, analytics, page, picture and GraphML timed apart.

    python benchmarks/bench_network_corpus.py [--articles 100 285] [--repeat 4]

Parses ../shared/data/wikinews/wikinews_2019_2020.jsonl once (the resolved articles are
cached with pickle in the temp folder; delete the file to parse again), merges the first N
with ``resolution.merge_articles`` as a build does, then times ``NetworkBuilder.add`` over
them, ``graph()`` (with analytics), ``render_page``, ``render_png`` and ``write_graphml``.
``--repeat R`` also adds the articles R times over (as new article ids) and reports the
builder's memory, which must grow with distinct entities and edges, not with statements.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src")]

from newsgraph.models import ResolvedArticle  # noqa: E402
from newsgraph.network import NetworkBuilder, write_graphml  # noqa: E402
from newsgraph.page import render_page  # noqa: E402
from newsgraph.picture import render_png  # noqa: E402
from newsgraph.vocabulary import property_for  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "wikinews" / "wikinews_2019_2020.jsonl"
FALLBACK_CORPUS = Path("/work/shared/data/wikinews/wikinews_2019_2020.jsonl")
CACHE = Path(tempfile.gettempdir()) / "newsgraph_bench_wikinews_resolved.pkl"


def resolved_corpus(corpus: Path) -> list[ResolvedArticle]:
    if CACHE.exists():
        with CACHE.open("rb") as stream:
            cached: list[ResolvedArticle] = pickle.load(stream)
        return cached
    from newsgraph.analysis import analyse
    from newsgraph.parsing import load_pipeline
    from newsgraph.reading import iter_articles

    articles = list(iter_articles([str(corpus)], on_error=lambda source, error: None))
    if not articles:
        raise SystemExit(f"no articles in {corpus}; give the Wikinews .jsonl with --corpus")
    resolved = list(analyse(load_pipeline(), articles))
    with CACHE.open("wb") as stream:
        pickle.dump(resolved, stream)
    return resolved


def timed(label: str, func: Callable[..., Any], *args: Any) -> Any:
    start = time.perf_counter()
    result = func(*args)
    print(f"  {label:<22} {time.perf_counter() - start:7.2f} s")
    return result


def add_all(builder: NetworkBuilder, articles: list[ResolvedArticle]) -> NetworkBuilder:
    for resolved in articles:
        builder.add(resolved)
    return builder


def renamed(resolved: ResolvedArticle, copy: int) -> ResolvedArticle:
    """The same article under another id: same entities and edges, more statements."""
    article = dataclasses.replace(resolved.article, id=f"{resolved.article.id}~{copy}")
    return dataclasses.replace(resolved, article=article)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 285])
    parser.add_argument("--repeat", type=int, default=4)
    default = DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else FALLBACK_CORPUS
    parser.add_argument("--corpus", type=Path, default=default)
    args = parser.parse_args()

    from newsgraph.resolution import merge_articles

    corpus = resolved_corpus(args.corpus)
    property_for("attack")  # load the ontology outside the timings
    for count in args.articles:
        merged = merge_articles(corpus[:count])
        print(f"first {len(merged)} articles")
        builder = timed("NetworkBuilder.add", add_all, NetworkBuilder(), merged)
        graph = timed("graph() + analytics", builder.graph)
        statements = sum(c for _, _, c in graph.edges(data="count"))
        print(
            f"  {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, "
            f"{statements} statements"
        )
        html = timed("render_page", render_page, graph)
        png = timed("render_png", render_png, graph)
        with tempfile.TemporaryDirectory() as folder:
            path = timed("write_graphml", write_graphml, graph, Path(folder) / "n.graphml")
            size = path.stat().st_size
        print(
            f"  network.html {len(html.encode()) / 1e6:.1f} MB, network.png "
            f"{len(png) / 1e3:.0f} kB, network.graphml {size / 1e6:.1f} MB"
        )
        if args.repeat > 1:
            for copies in (1, args.repeat):
                tracemalloc.start()
                repeated = NetworkBuilder()
                for copy in range(copies):
                    for resolved in merged:
                        repeated.add(renamed(resolved, copy))
                held = tracemalloc.get_traced_memory()[0]
                tracemalloc.stop()
                print(
                    f"  builder after the articles {copies}x: {held / 1e6:.1f} MB held "
                    f"({copies * statements} statements)"
                )


if __name__ == "__main__":
    main()
