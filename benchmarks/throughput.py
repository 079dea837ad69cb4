"""How fast `newsgraph build` goes over a real corpus, against spaCy's own parse.

    python benchmarks/throughput.py [--corpus FILE.jsonl] [--corpora long,short] [--limit N]
                                    [--memory-sizes 50,150] [--no-workers] [--no-memory]
                                    [--no-startup] [--no-parse] [--profile] [--json FILE]

Measures, in one run, on two corpora made of the same articles: `long`, the
Wikinews articles as they are (about 740 words each), and `short`, each article cut
at the first paragraph end after its 300th word (made in a temporary folder at run
time; most news is that short, and there the fixed costs of an article weigh more):

- words per second of the bare parse (`nlp.pipe`, the model as spaCy ships it,
  already loaded) and of the whole build (`newsgraph.pipeline.build`, in-process,
  no cache), and their ratio in wall and in CPU time (goal: at most 1.0x on the long
  corpus, 1.1x on the short one);
- the build's two passes: analysis (read, parse, extract, resolve) and writing
  (merge, RDF files, network files);
- the wall time of `--workers 2` against `--workers 1` (goal: at least 1.8x faster), in
  this process (which holds the model: one worker uses it, two are forked from it) and
  as fresh `newsgraph build` processes (each loads the model once), and where
  the CPU time went: this process analysing and writing, the pool's workers, the drawer;
- peak memory (max RSS, each in a fresh subprocess) of a build of a few articles
  and of the whole corpus (goal: flat in the number of articles), beside `nlp.pipe`'s;
- start-up: `newsgraph --help`, `newsgraph build` of one sentence and `newsgraph
  query` of its small graph, each a fresh process, against `python -c "import spacy;
  spacy.load(MODEL)"`: best wall time of a few runs, CPU time and max RSS.

For a run of a few minutes: `--corpora short --limit 100 --memory-sizes '' --no-workers`.
Only the workers comparison (one worker against two, in this process and fresh):
`--no-parse --no-memory --no-startup`; `--fresh-pairs 5` runs five fresh pairs and prints their
median ratio (the wall time of one fresh pair moves by a tenth on a shared host).
On a machine that runs other work, trust the CPU ratios over the wall ones.
`--profile` adds the top functions by cumulative time of one in-process build per corpus.
The corpus is read where it lies (../shared/data/wikinews/ by default); nothing is copied
into the repository.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import resource
import statistics
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
SHORT_WORDS = 300
# a sentence's end: a full stop, ! or ? (and a closing quote or bracket), then a capital
_SENTENCE_END = re.compile(r"""[.!?]["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(]?[A-Z0-9])""")
# a full stop that ends a title or an initial, not a sentence ("Mr. Smith", "J. Smith")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z])\.$")


def subset(corpus: Path, n: int, folder: Path) -> Path:
    """The first n articles of the corpus as a .jsonl file in folder."""
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = folder / f"{corpus.stem}-first-{n}.jsonl"
    path.write_text("\n".join(lines[:n]) + "\n", encoding="utf-8")
    return path


def cut_short(text: str, words: int = SHORT_WORDS) -> str:
    """The text up to the first paragraph end after its `words`-th word (or a sentence end,
    in a paragraph that runs on 100 words more); a shorter text whole."""
    spans = [m.end() for m in re.finditer(r"\S+", text)]
    if len(spans) <= words:
        return text
    start = spans[words - 1]
    paragraph = text.find("\n", start)
    if paragraph >= 0 and len(text[start:paragraph].split()) <= 100:
        return text[:paragraph].rstrip()
    for match in _SENTENCE_END.finditer(text, start - 1):
        if not _ABBREVIATION.search(text[max(0, match.start() - 5) : match.start() + 1]):
            return text[: match.end()]
    return text


def short_corpus(corpus: Path, folder: Path, words: int = SHORT_WORDS) -> Path:
    """The corpus with every article cut to about its first `words` words, as a .jsonl file."""
    path = folder / f"{corpus.stem}-short.jsonl"
    with corpus.open(encoding="utf-8") as f, path.open("w", encoding="utf-8") as out:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            record["text"] = cut_short(record["text"], words)
            if "n_words" in record:
                record["n_words"] = len(record["text"].split())
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def texts_of(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def spacy_pipeline() -> Any:
    """The model as spaCy itself loads it, every component in: the baseline."""
    import spacy

    from newsgraph.parsing import DEFAULT_MODEL

    return spacy.load(DEFAULT_MODEL)


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its children that ended (a build forks its drawer)."""
    own = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + children.ru_utime + children.ru_stime


def time_parse(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of spaCy's own nlp.pipe over the texts (the full pipeline)."""
    nlp = spacy_pipeline()
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - started, time.process_time() - cpu


def _process_cpu(pid: int) -> float:
    """CPU seconds so far of a live process of this machine (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _parent_of(pid: int) -> int:
    """The parent process id of a live process (Linux /proc; 0 elsewhere)."""
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return 0


def time_build(
    corpus: Path, out: Path, *, workers: int = 1
) -> tuple[float, float, dict[str, float], dict[str, float]]:
    """Wall and CPU seconds of a whole build (its drawer and pool workers included), its
    two passes' wall time, and where its CPU time went (this process analysing and
    writing, the pool's workers, the forked drawer)."""
    from newsgraph import corpus as corpus_module
    from newsgraph import pipeline

    stages: dict[str, float] = {}
    split: dict[str, float] = {"pool workers": 0.0}
    forked_here: list[float] = []  # CPU of pool workers that are this process's children
    write = pipeline.write_graph
    close = corpus_module.Backend.close

    def timed_write(*args: Any, **options: Any) -> Any:
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return write(*args, **options)
        finally:
            stages["writing (merge, RDF, network)"] = time.perf_counter() - started
            split["this process, writing"] = time.process_time() - cpu

    def sampled_close(backend: Any) -> None:
        # read the pool's workers while alive (a fork server's children are not ours to wait for)
        pool = backend.local_pool()
        for pid in getattr(pool, "_processes", None) or ():
            split["pool workers"] += _process_cpu(pid)
            if _parent_of(pid) == os.getpid():  # forked here: counted with our children too
                forked_here.append(_process_cpu(pid))
        close(backend)

    pipeline.write_graph = timed_write
    setattr(corpus_module.Backend, "close", sampled_close)  # noqa: B010
    try:
        own = time.process_time()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        started, cpu = time.perf_counter(), _cpu_with_children()
        pipeline.build([str(corpus)], out, workers=workers, cache=False)
        total, cpu = time.perf_counter() - started, _cpu_with_children() - cpu
        own = time.process_time() - own
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        pipeline.write_graph = write
        setattr(corpus_module.Backend, "close", close)  # noqa: B010
    stages["analysis (read, parse, extract, resolve)"] = (
        total - stages["writing (merge, RDF, network)"]
    )
    split["this process, analysing"] = own - split["this process, writing"]
    children_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    split["drawer"] = children_cpu - sum(forked_here)
    return total, cpu + split["pool workers"] - sum(forked_here), stages, split


def print_split(split: dict[str, float]) -> None:
    print(
        f"  CPU: this process {split['this process, analysing']:.1f} s analysing + "
        f"{split['this process, writing']:.1f} s writing; pool workers "
        f"{split['pool workers']:.1f} s; network drawer {split['drawer']:.1f} s"
    )


def fresh_build(corpus: Path, out: Path, workers: int) -> float:
    """Wall seconds of `newsgraph build --no-cache --workers N` in a fresh process: what a
    user waits for, the model's loading included (once, or once in each worker)."""
    command = [sys.executable, "-c", "import sys; from newsgraph.cli import main; sys.exit(main())",
               "build", str(corpus), "--out", str(out), "--no-cache", "-q",
               "--workers", str(workers)]
    wall, _, _ = run_child(command)
    return wall



def fresh_pairs(corpus: Path, folder: Path, name: str, count: int) -> list[tuple[float, float]]:
    """`count` pairs of fresh builds, one worker then two, each pair back to back: a machine
    whose speed wanders (a shared host) moves both builds of a pair alike, and the median
    of their ratios is not one lucky or unlucky run."""
    return [(fresh_build(corpus, folder / f"out-{name}-fresh-1", 1),
             fresh_build(corpus, folder / f"out-{name}-fresh-2", 2))
            for _ in range(max(count, 1))]

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


def _child_env() -> dict[str, str]:
    """This environment, with the source tree first and bytecode written as an install would."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


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
    result = subprocess.run(
        [sys.executable, "-c", _MEMORY_CHILD, source, str(folder / f"out-memory-{n}"), job],
        check=True,
        capture_output=True,
        text=True,
        env=_child_env(),
    )
    drawer, process, model, during = (int(v) / 1024 for v in result.stdout.split()[-4:])
    return {"process": max(process, during), "model": model, "build": during, "drawer": drawer}


def run_child(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and max RSS (MiB) of one fresh process running the command.

    The CPU time and RSS are the process's own (os.wait4), its waited-for children
    (a build's network drawer) included in the CPU time.
    """
    started = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_child_env()
    )
    assert child.stderr is not None
    errors = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {errors.decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def startup(folder: Path, runs: int = 5) -> dict[str, dict[str, float]]:
    """Start-up of three commands and of loading the model with spaCy alone (best of `runs`)."""
    from newsgraph.parsing import DEFAULT_MODEL

    sentence = folder / "one-sentence.txt"
    sentence.write_text("The ministry said the rebels attacked the depots.\n", encoding="utf-8")
    out = folder / "out-startup"
    cli = [sys.executable, "-c", "import sys; from newsgraph.cli import main; sys.exit(main())"]
    commands = {
        f"spacy.load({DEFAULT_MODEL})": [
            sys.executable,
            "-c",
            f"import spacy; spacy.load({DEFAULT_MODEL!r})",
        ],
        "newsgraph --help": [*cli, "--help"],
        "newsgraph build (one sentence)": [
            *cli,
            "build",
            str(sentence),
            "--out",
            str(out),
            "--no-cache",
            "-q",
        ],
        "newsgraph query (one small file)": [
            *cli,
            "query",
            str(out / "graph.ttl"),
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        ],
    }
    figures: dict[str, dict[str, float]] = {}
    for name, command in commands.items():
        run_child(command)  # warm up: the file cache, the source tree's bytecode
        samples = [run_child(command) for _ in range(runs)]
        figures[name] = {
            "wall_seconds": min(wall for wall, _, _ in samples),
            "cpu_seconds": min(cpu for _, cpu, _ in samples),
            "max_rss_mib": max(rss for _, _, rss in samples),
        }
    return figures


def profile_build(corpus: Path, out: Path, top: int = 25) -> str:
    from newsgraph import pipeline

    profiler = cProfile.Profile()
    profiler.enable()
    pipeline.build([str(corpus)], out, cache=False)
    profiler.disable()
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(top)
    return stream.getvalue()


def measure_corpus(
    name: str, corpus: Path, folder: Path, args: argparse.Namespace
) -> dict[str, Any]:
    """The build against the bare parse on one corpus: ratios, two workers, peak memory."""
    texts = texts_of(corpus)
    words = sum(len(text.split()) for text in texts)
    print(
        f"\n== {name} corpus: {corpus.name} ({len(texts)} articles, {words:,} words, "
        f"{words / len(texts):,.0f} a article)"
    )
    goal = 1.0 if name == "long" else 1.1

    figures: dict[str, Any] = {"articles": len(texts), "words": words}
    if args.parse:
        parse, parse_cpu = time_parse(texts)
        print(f"bare parse (nlp.pipe):  {parse:7.1f} s  {words / parse:8,.0f} words/s")
    build, build_cpu, stages, split = time_build(corpus, folder / f"out-{name}-1")
    print(f"build, 1 worker:        {build:7.1f} s  {words / build:8,.0f} words/s")
    if args.parse:
        print(f"ratio build / parse:    {build / parse:7.2f}   (goal <= {goal})")
        print(
            f"  the same in CPU time: {build_cpu / parse_cpu:7.2f}   "
            f"({parse_cpu:.1f} s against {build_cpu:.1f} s)"
        )
        figures.update(parse_seconds=parse, ratio=build / parse, parse_cpu_seconds=parse_cpu,
                       cpu_ratio=build_cpu / parse_cpu)
    for stage, seconds in stages.items():
        print(f"  {stage:<42} {seconds:7.1f} s")
    print_split(split)
    figures.update(build_seconds=build, stages=stages, build_cpu_seconds=build_cpu,
                   cpu_split=split)

    if args.workers:
        build2, _, stages2, split2 = time_build(corpus, folder / f"out-{name}-2", workers=2)
        same = all(
            (folder / f"out-{name}-1" / file).read_bytes()
            == (folder / f"out-{name}-2" / file).read_bytes()
            for file in OUTPUT_FILES
        )
        print(f"build, 2 workers:       {build2:7.1f} s  {words / build2:8,.0f} words/s")
        print(f"speed-up 2 workers:     {build / build2:7.2f}x  (goal >= 1.8; same output: {same})")
        print("  (in this process, which holds the model: two workers are forked from it)")
        analysis1 = stages["analysis (read, parse, extract, resolve)"]
        analysis2 = stages2["analysis (read, parse, extract, resolve)"]
        print(f"  of the analysis alone: {analysis1 / analysis2:6.2f}x")
        print_split(split2)
        pairs = fresh_pairs(corpus, folder, name, args.fresh_pairs)
        for fresh1, fresh2 in pairs:
            print(f"fresh `newsgraph build`: {fresh1:6.1f} s with 1 worker, {fresh2:.1f} s with 2: "
                  f"{fresh1 / fresh2:.2f}x (each loads the model, as a user runs it)")
        fresh_ratio = statistics.median(one / two for one, two in pairs)
        if len(pairs) > 1:
            print(f"  median of {len(pairs)} pairs: {fresh_ratio:.2f}x")
        fresh1, fresh2 = pairs[0]
        figures.update(
            build_2_workers_seconds=build2,
            stages_2_workers=stages2,
            cpu_split_2_workers=split2,
            speedup_2_workers=build / build2,
            same_output_1_and_2_workers=same,
            fresh_process_seconds={"1": fresh1, "2": fresh2},
            fresh_process_pairs=[{"1": one, "2": two} for one, two in pairs],
            speedup_2_workers_fresh=fresh_ratio,
        )

    if args.memory:
        sizes = sorted(
            {min(int(n), len(texts)) for n in args.memory_sizes.split(",") if n} | {len(texts)}
        )
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
        figures.update(peak_rss_mib=memory, peak_rss_mib_bare_parse=parse_memory)

    if args.profile:
        print(profile_build(corpus, folder / f"out-{name}-profile"))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="a .jsonl corpus")
    parser.add_argument(
        "--corpora",
        default="long,short",
        help="which corpora to measure: long (the articles whole), short (cut to about "
        f"{SHORT_WORDS} words) or both (default: long,short)",
    )
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument(
        "--memory-sizes",
        default="50,150",
        help="article counts of the memory runs besides the whole corpus (comma-separated)",
    )
    parser.add_argument(
        "--no-workers", dest="workers", action="store_false", help="skip the --workers 2 build"
    )
    parser.add_argument(
        "--no-parse", dest="parse", action="store_false",
        help="skip the bare parse (and the ratios to it): with --no-memory --no-startup, "
        "only the --workers 2 comparison",
    )
    parser.add_argument(
        "--no-memory", dest="memory", action="store_false", help="skip the peak memory runs"
    )
    parser.add_argument(
        "--no-startup", dest="startup", action="store_false", help="skip the start-up runs"
    )
    parser.add_argument(
        "--startup-runs", type=int, default=5, help="runs of each start-up command (best kept)"
    )
    parser.add_argument(
        "--fresh-pairs", type=int, default=1, metavar="N",
        help="pairs of fresh `newsgraph build` runs (one worker, then two) of the workers "
        "comparison; with more than one, their median ratio is printed too",
    )
    parser.add_argument("--profile", action="store_true", help="also profile one build")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    names = [name.strip() for name in args.corpora.split(",") if name.strip()]
    if not names or set(names) - {"long", "short"}:
        parser.error("--corpora takes long, short or long,short")
    sys.path.insert(0, str(ROOT / "src"))

    source = args.corpus or (DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else FALLBACK_CORPUS)
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        folder = Path(tmp)
        if args.startup:
            figures["startup"] = startup(folder, args.startup_runs)
            base = next(iter(figures["startup"].values()))
            print(
                "start-up (fresh process; best wall of "
                f"{args.startup_runs} runs, least CPU, max RSS):"
            )
            for command, f in figures["startup"].items():
                print(
                    f"  {command:<40} {f['wall_seconds']:5.2f} s  CPU {f['cpu_seconds']:5.2f} s "
                    f"({f['cpu_seconds'] - base['cpu_seconds']:+.2f})  {f['max_rss_mib']:5.0f} MiB"
                )

        corpus = subset(source, args.limit, folder) if args.limit else source
        corpora = {"long": corpus}
        if "short" in names:
            corpora["short"] = short_corpus(corpus, folder)
        from newsgraph.parsing import load_pipeline

        for corpus_path in corpora.values():  # warm up: first calls allocate
            texts = texts_of(corpus_path)
            list(load_pipeline().pipe(texts[:3]))
            if args.parse:
                list(spacy_pipeline().pipe(texts[:3]))
        for name in names:
            figures[name] = measure_corpus(name, corpora[name], folder, args)
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
