"""The streaming RDF writers on a real build's triples: time, and memory as the corpus grows.

    python benchmarks/rdf_writers.py [--corpus FILE.jsonl] [--limit N] [--copies K ...]
                                     [--buffer-lines B] [--baseline OLD_RDF.py]

Analyses the first N articles of the corpus once (spaCy parse, extraction,
resolution; not timed), then measures, best of --repeat runs:

- `rdf.article_triples` for every article (making the triples, not writing them);
- `rdf.serialize_articles` (the four files as strings, what the build used to write);
- `rdf.RdfStreams` writing the four files to disk, one article at a time;
- with --baseline (an rdf.py of an earlier commit, e.g. `git show REV:src/newsgraph/rdf.py`
  together with its syntax.py saved next to it as syntax.py), the same
  `serialize_articles` of that version, for comparison.

Then, for each K of --copies, the articles repeated K times under new article
ids (so K times the statements, sharing entities as a real corpus does) are
written with RdfStreams to disk, with the peak of Python's traced memory: it
should stay flat as K grows (the sorter's buffer, not the corpus, bounds it).
The corpus is read where it lies; nothing is copied.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import importlib.util
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph import rdf  # noqa: E402
from newsgraph.models import ResolvedArticle  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/data/wikinews/wikinews_2019_2020.jsonl")


def analysed(corpus: Path, limit: int) -> list[ResolvedArticle]:
    from newsgraph.analysis import analyse
    from newsgraph.parsing import load_pipeline
    from newsgraph.reading import iter_articles
    from newsgraph.resolution import merge_articles

    with tempfile.TemporaryDirectory() as tmp:
        lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        subset = Path(tmp) / "subset.jsonl"
        subset.write_text("\n".join(lines[:limit]) + "\n", encoding="utf-8")
        articles = list(iter_articles([str(subset)], on_error=lambda source, error: None))
    return merge_articles(list(analyse(load_pipeline(), articles)))


def copies(resolved: Sequence[ResolvedArticle], count: int) -> Iterator[ResolvedArticle]:
    """The articles `count` times, each copy under its own article id (sorted by IRI later)."""
    for n in range(count):
        for item in resolved:
            article = dataclasses.replace(item.article, id=f"{item.article.id}-{n:05d}")
            yield dataclasses.replace(item, article=article)


def stream_to_disk(
    resolved: Sequence[ResolvedArticle], folder: Path, buffer_lines: int
) -> dict[str, int]:
    """The four files written with RdfStreams, articles in IRI order; file name -> bytes."""
    files = {name: (folder / name).open("w", encoding="utf-8") for name in rdf.FORMATS}
    spill = folder / "spill"
    spill.mkdir(exist_ok=True)
    try:
        with rdf.RdfStreams(files, spill, buffer_lines=buffer_lines) as writer:
            for item in sorted(resolved, key=lambda r: str(rdf.article_iri(r.article))):
                writer.add_article(rdf.article_iri(item.article), rdf.article_triples(item))
            writer.finish()
    finally:
        for file in files.values():
            file.close()
    return {name: (folder / name).stat().st_size for name in rdf.FORMATS}


def best(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def load_baseline(path: Path) -> ModuleType:
    """An earlier rdf.py (with its syntax.py beside it) as the package `newsgraph_baseline`."""
    package = ModuleType("newsgraph_baseline")
    package.__path__ = [str(path.parent)]
    sys.modules["newsgraph_baseline"] = package
    for name in ("models", "vocabulary"):
        sys.modules[f"newsgraph_baseline.{name}"] = sys.modules[f"newsgraph.{name}"]
    for name, file in (("syntax", path.parent / "syntax.py"), ("rdf", path)):
        spec = importlib.util.spec_from_file_location(f"newsgraph_baseline.{name}", file)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return sys.modules["newsgraph_baseline.rdf"]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--copies", type=int, nargs="*", default=[1, 4])
    parser.add_argument("--buffer-lines", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", type=Path)
    args = parser.parse_args(argv)

    resolved = analysed(args.corpus, args.limit)
    triples = sum(len(rdf.article_triples(item)) for item in resolved)
    print(f"{len(resolved)} articles, {triples} triples (before the union)")
    rows = [
        ("article_triples", best(lambda: [rdf.article_triples(r) for r in resolved], args.repeat)),
        ("serialize_articles", best(lambda: rdf.serialize_articles(resolved), args.repeat)),
    ]
    if args.baseline is not None:
        baseline = load_baseline(args.baseline)
        rows.append(
            ("baseline serialize_articles",
             best(lambda: baseline.serialize_articles(resolved), args.repeat))
        )
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(
            ("RdfStreams to disk",
             best(lambda: stream_to_disk(resolved, Path(tmp), args.buffer_lines), args.repeat))
        )
    for name, seconds in rows:
        print(f"  {name:<30}{seconds:>8.3f} s")

    print(f"RdfStreams to disk, buffer_lines={args.buffer_lines}, traced peak memory:")
    for count in args.copies:
        corpus = list(copies(resolved, count))
        with tempfile.TemporaryDirectory() as tmp:
            gc.collect()
            tracemalloc.start()
            started = time.perf_counter()
            sizes = stream_to_disk(corpus, Path(tmp), args.buffer_lines)
            seconds = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        print(
            f"  {len(corpus):>6} articles: {sum(sizes.values()) / 1e6:8.1f} MB written, "
            f"peak {peak / 1e6:6.1f} MB, {seconds:6.1f} s (traced)"
        )


if __name__ == "__main__":
    main()
