"""How fast `newsgraph build` goes over a real corpus, against spaCy's own parse.

    python benchmarks/throughput.py [--corpus FILE.jsonl] [--limit N] [--profile]

Measures, in one run over the same texts:

- words per second of the bare parse (`nlp.pipe`, the model already loaded) and of
  the whole build (`newsgraph.pipeline.build`, in-process, no cache), and their ratio
  (goal: the build takes at most 1.3x the bare parse);
- the build's stages: analysis (parse + extract + resolve) against merge + render + write;
- the wall time of `--workers 2` against `--workers 1` (goal: at least 1.7x faster);
- peak memory (max RSS, each in a fresh subprocess) of a build of a few articles
  and of the whole corpus (goal: flat in the number of articles).

`--profile` adds the top functions by cumulative time of one in-process build.
The corpus is read where it lies (../shared/data/wikinews/ by default); nothing is copied.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "wikinews" / "wikinews_2019_2020.jsonl"
FALLBACK_CORPUS = Path("/work/shared/data/wikinews/wikinews_2019_2020.jsonl")


def subset(corpus: Path, n: int, folder: Path) -> Path:
    """The first n articles of the corpus as a .jsonl file in folder."""
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = folder / f"first-{n}.jsonl"
    path.write_text("\n".join(lines[:n]) + "\n", encoding="utf-8")
    return path


def texts_of(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def time_parse(texts: list[str]) -> float:
    from newsgraph.parsing import load_pipeline

    nlp = load_pipeline()
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - started


def time_build(corpus: Path, out: Path, *, workers: int = 1) -> tuple[float, dict[str, float]]:
    """Wall time of a whole build, and how it splits between analysis and the rest."""
    from newsgraph import pipeline

    stages: dict[str, float] = {}
    render = pipeline.render_outputs
    merge = pipeline.merge_articles

    def timed_render(resolved):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return render(resolved)
        finally:
            stages["render"] = time.perf_counter() - started

    def timed_merge(resolved):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return merge(resolved)
        finally:
            stages["merge"] = time.perf_counter() - started

    pipeline.render_outputs = timed_render  # type: ignore[assignment]
    pipeline.merge_articles = timed_merge
    try:
        started = time.perf_counter()
        pipeline.build([str(corpus)], out, workers=workers, cache=False)
        total = time.perf_counter() - started
    finally:
        pipeline.render_outputs = render
        pipeline.merge_articles = merge
    stages["analysis, reading and writing"] = total - stages["render"] - stages["merge"]
    return total, stages


def peak_memory(corpus: Path, n: int, folder: Path) -> float:
    """Max RSS in MiB of a fresh process that builds the first n articles."""
    source = subset(corpus, n, folder)
    code = (
        "import resource, sys; from pathlib import Path; "
        "from newsgraph.pipeline import build; "
        f"build([{str(source)!r}], Path({str(folder / f'out-{n}')!r}), cache=False); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    return _max_rss(code)


def model_memory() -> float:
    """Max RSS in MiB of a fresh process that only loads the model and parses one sentence."""
    code = (
        "import resource; from newsgraph.parsing import load_pipeline; "
        "load_pipeline()('The ministry said the rebels attacked the depots.'); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    return _max_rss(code)


def _max_rss(code: str) -> float:
    """Run code in a fresh interpreter; it prints its max RSS in KiB (Linux), returned in MiB."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
    )
    return int(result.stdout.strip().splitlines()[-1]) / 1024


def profile_build(corpus: Path, out: Path, top: int = 25) -> str:
    from newsgraph import pipeline

    profiler = cProfile.Profile()
    profiler.enable()
    pipeline.build([str(corpus)], out, cache=False)
    profiler.disable()
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(top)
    return stream.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="a .jsonl corpus")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--small", type=int, default=50, help="articles in the small memory run")
    parser.add_argument("--profile", action="store_true", help="also profile one build")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))

    corpus = args.corpus or (DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else FALLBACK_CORPUS)
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        folder = Path(tmp)
        if args.limit:
            corpus = subset(corpus, args.limit, folder)
        texts = texts_of(corpus)
        words = sum(len(text.split()) for text in texts)
        print(f"corpus: {corpus} ({len(texts)} articles, {words:,} words)")

        from newsgraph.parsing import load_pipeline

        nlp = load_pipeline()
        list(nlp.pipe(texts[:3]))  # warm up: first calls allocate

        parse = time_parse(texts)
        build, stages = time_build(corpus, folder / "out-1")
        print(f"bare parse (nlp.pipe):  {parse:7.1f} s  {words / parse:8,.0f} words/s")
        print(f"build, 1 worker:        {build:7.1f} s  {words / build:8,.0f} words/s")
        print(f"ratio build / parse:    {build / parse:7.2f}   (goal <= 1.3)")
        for stage, seconds in stages.items():
            print(f"  {stage:<30} {seconds:7.1f} s")

        build2, _ = time_build(corpus, folder / "out-2", workers=2)
        same = all(
            (folder / "out-1" / name).read_bytes() == (folder / "out-2" / name).read_bytes()
            for name in ("graph.nt", "graph.ttl", "graph.trig", "graph.jsonld", "network.graphml")
        )
        print(f"build, 2 workers:       {build2:7.1f} s  {words / build2:8,.0f} words/s")
        print(f"speed-up 2 workers:     {build / build2:7.2f}x  (goal >= 1.7; same output: {same})")

        small = min(args.small, len(texts))
        base = model_memory()
        mem_small = peak_memory(corpus, small, folder)
        mem_all = peak_memory(corpus, len(texts), folder)
        print(f"peak RSS, model only:   {base:7.0f} MiB")
        print(f"peak RSS, {small:>4} articles: {mem_small:7.0f} MiB")
        print(f"peak RSS, {len(texts):>4} articles: {mem_all:7.0f} MiB")

        figures = {
            "articles": len(texts),
            "words": words,
            "parse_seconds": parse,
            "build_seconds": build,
            "ratio": build / parse,
            "stages": stages,
            "build_2_workers_seconds": build2,
            "speedup_2_workers": build / build2,
            "same_output_1_and_2_workers": same,
            "peak_rss_mib": {"model": base, str(small): mem_small, str(len(texts)): mem_all},
        }
        if args.profile:
            print(profile_build(corpus, folder / "out-profile"))
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
