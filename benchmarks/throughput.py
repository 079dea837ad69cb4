"""How fast `newsgraph build` goes over a real corpus, against spaCy's own parse.

    python benchmarks/throughput.py [--corpus FILE.jsonl] [--limit N] [--profile]

Measures, in one run over the same texts:

- words per second of the bare parse (`nlp.pipe`, the model already loaded) and of
  the whole build (`newsgraph.pipeline.build`, in-process, no cache), and their ratio
  (goal: the build takes at most 1.3x the bare parse);
- the build's two passes: analysis (read, parse, extract, resolve) and writing
  (merge, RDF files, network files);
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
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "wikinews" / "wikinews_2019_2020.jsonl"
FALLBACK_CORPUS = Path("/work/shared/data/wikinews/wikinews_2019_2020.jsonl")
OUTPUT_FILES = (
    "graph.ttl",
    "graph.nt",
    "graph.jsonld",
    "graph.trig",
    "network.graphml",
    "network.html",
    "network.png",
)


def subset(corpus: Path, n: int, folder: Path) -> Path:
    """The first n articles of the corpus as a .jsonl file in folder."""
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = folder / f"first-{n}.jsonl"
    path.write_text("\n".join(lines[:n]) + "\n", encoding="utf-8")
    return path


def texts_of(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def spacy_pipeline() -> Any:
    """The model as spaCy itself loads it, every component in: the baseline."""
    import spacy

    from newsgraph.parsing import DEFAULT_MODEL

    return spacy.load(DEFAULT_MODEL)


def time_parse(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of spaCy's own nlp.pipe over the texts (the full pipeline)."""
    nlp = spacy_pipeline()
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - started, time.process_time() - cpu


def time_build(
    corpus: Path, out: Path, *, workers: int = 1
) -> tuple[float, float, dict[str, float]]:
    """Wall and CPU (this process) seconds of a whole build, and its two passes' wall time."""
    from newsgraph import pipeline

    stages: dict[str, float] = {}
    write = pipeline.write_graph

    def timed_write(*args, **options):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return write(*args, **options)
        finally:
            stages["writing (merge, RDF, network)"] = time.perf_counter() - started

    pipeline.write_graph = timed_write
    try:
        started, cpu = time.perf_counter(), time.process_time()
        pipeline.build([str(corpus)], out, workers=workers, cache=False)
        total, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        pipeline.write_graph = write
    stages["analysis (read, parse, extract, resolve)"] = (
        total - stages["writing (merge, RDF, network)"]
    )
    return total, cpu, stages


# Run in a fresh interpreter: load the model, forget the peak that loading made
# (Linux: writing 5 to /proc/self/clear_refs resets VmHWM), build, print both peaks.
_MEMORY_CHILD = """
import json, resource, sys
from pathlib import Path
from newsgraph.parsing import DEFAULT_MODEL, load_pipeline
if sys.argv[3] == "parse":  # spaCy as it ships the model
    import spacy
    nlp = spacy.load(DEFAULT_MODEL)
else:
    nlp = load_pipeline()
nlp("The ministry said the rebels attacked the depots.")
def status(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0
# (ru_maxrss would not do: after fork it starts at the parent's peak)
with_model = status("VmHWM")
after_load = status("VmRSS")
try:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
except OSError:
    pass
if sys.argv[1] != "-" and sys.argv[3] == "parse":
    with open(sys.argv[1], encoding="utf-8") as f:
        for _ in nlp.pipe(json.loads(line)["text"] for line in f if line.strip()):
            pass
elif sys.argv[1] != "-":
    from newsgraph.pipeline import build
    build([sys.argv[1]], Path(sys.argv[2]), cache=False)
# the process that draws the network (a fork of this one) counts apart
drawer = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
peak = status("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(drawer, with_model, after_load, peak)
"""


def peak_memory(
    corpus: Path | None, n: int, folder: Path, *, job: str = "build"
) -> dict[str, float]:
    """MiB of a fresh process that builds the first n articles (none: only loads the model).

    `process` is the max RSS of the whole process (the model's loading included);
    `build` the peak RSS while building, after the model was loaded; `model` the RSS
    the loaded model leaves; `drawer` the max RSS of the forked process that draws
    the network (it shares the parent's pages until it writes them, so this overstates).
    With `job` "parse" the process only runs spaCy's nlp.pipe over the texts instead
    (the model loaded a second time, as spaCy ships it): the baseline for `build`.
    """
    source = "-" if corpus is None else str(subset(corpus, n, folder))
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    result = subprocess.run(
        [sys.executable, "-c", _MEMORY_CHILD, source, str(folder / f"out-memory-{n}"), job],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    drawer, process, model, during = (int(v) / 1024 for v in result.stdout.split()[-4:])
    return {"process": max(process, during), "model": model, "build": during, "drawer": drawer}


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
    parser.add_argument(
        "--memory-sizes",
        default="50,150",
        help="article counts of the memory runs besides the whole corpus (comma-separated)",
    )
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

        list(load_pipeline().pipe(texts[:3]))  # warm up: first calls allocate
        list(spacy_pipeline().pipe(texts[:3]))

        parse, parse_cpu = time_parse(texts)
        build, build_cpu, stages = time_build(corpus, folder / "out-1")
        print(f"bare parse (nlp.pipe):  {parse:7.1f} s  {words / parse:8,.0f} words/s")
        print(f"build, 1 worker:        {build:7.1f} s  {words / build:8,.0f} words/s")
        print(f"ratio build / parse:    {build / parse:7.2f}   (goal <= 1.3)")
        print(
            f"  the same in CPU time: {build_cpu / parse_cpu:7.2f}   "
            f"({parse_cpu:.1f} s against {build_cpu:.1f} s)"
        )
        for stage, seconds in stages.items():
            print(f"  {stage:<42} {seconds:7.1f} s")

        build2, _, stages2 = time_build(corpus, folder / "out-2", workers=2)
        same = all(
            (folder / "out-1" / name).read_bytes() == (folder / "out-2" / name).read_bytes()
            for name in OUTPUT_FILES
        )
        print(f"build, 2 workers:       {build2:7.1f} s  {words / build2:8,.0f} words/s")
        print(f"speed-up 2 workers:     {build / build2:7.2f}x  (goal >= 1.7; same output: {same})")
        analysis1 = stages["analysis (read, parse, extract, resolve)"]
        analysis2 = stages2["analysis (read, parse, extract, resolve)"]
        print(f"  of the analysis alone: {analysis1 / analysis2:6.2f}x")

        sizes = sorted({min(int(n), len(texts)) for n in args.memory_sizes.split(",") if n}
                       | {len(texts)})
        memory = {str(n): peak_memory(corpus, n, folder) for n in sizes}
        parse_memory = {str(n): peak_memory(corpus, n, folder, job="parse") for n in sizes}
        print(f"RSS with the model loaded: {memory[str(sizes[0])]['model']:6.0f} MiB")
        for n, figures_n in memory.items():
            print(
                f"peak RSS, {n:>4} articles: {figures_n['build']:6.0f} MiB while building, "
                f"{figures_n['process']:6.0f} MiB whole process, "
                f"{figures_n['drawer']:6.0f} MiB network drawer; "
                f"bare nlp.pipe {parse_memory[n]['build']:6.0f} MiB"
            )

        figures = {
            "articles": len(texts),
            "words": words,
            "parse_seconds": parse,
            "build_seconds": build,
            "ratio": build / parse,
            "stages": stages,
            "parse_cpu_seconds": parse_cpu,
            "build_cpu_seconds": build_cpu,
            "build_2_workers_seconds": build2,
            "stages_2_workers": stages2,
            "speedup_2_workers": build / build2,
            "same_output_1_and_2_workers": same,
            "peak_rss_mib": memory,
            "peak_rss_mib_bare_parse": parse_memory,
        }
        if args.profile:
            print(profile_build(corpus, folder / "out-profile"))
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
