"""rdflib against pyoxigraph on large graphs of the newsgraph shape: load time and query time.

A synthetic corpus (invented actors, relations drawn from the ontology's lemmas, a few
actors far more frequent than the rest, as in news) goes through the real RDF stage, so the
graph has exactly the layout `newsgraph build` writes. The example queries of
ontology/queries/ run on both engines; the answers are checked to agree.

    python benchmarks/query_engines.py                  # 100k and 500k triples
    python benchmarks/query_engines.py --sizes 20000 100000 --syntax trig

Prints one table per size and the ratios rdflib / pyoxigraph (higher: pyoxigraph faster).
rdflib runs in a child process and a query is stopped after --limit seconds; its time is then
shown as ">limit", a lower bound.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.models import (  # noqa: E402
    Argument,
    Article,
    Entity,
    Extraction,
    Relation,
    ResolvedArticle,
)
from newsgraph.query import load_graph, query_graph  # noqa: E402
from newsgraph.rdf import article_graph, article_iri  # noqa: E402
from newsgraph.vocabulary import ACTOR_KINDS, ontology_graph, property_for  # noqa: E402

LEMMAS = (
    "attack",
    "kill",
    "capture",
    "support",
    "back",
    "fight",
    "meet with",
    "accuse",
    "threaten",
    "praise",
    "withdraw from",
    "negotiate with",
    "condemn",
    "arm",
    "fund",
)
KIND_SLUGS = {
    "Person": "person",
    "Organization": "organization",
    "ArmedGroup": "armed-group",
    "Government": "government",
    "Country": "country",
    "Group": "group",
}
RELATIONS_PER_ARTICLE = 12
T = TypeVar("T")


def entity_pool(count: int, rng: random.Random) -> list[Entity]:
    pool = []
    for number in range(count):
        kind = rng.choice(ACTOR_KINDS)
        label = f"Actor {number:05d}"
        key = f"{KIND_SLUGS[kind]}/actor-{number:05d}"
        pool.append(Entity(key, label, kind, (f"A{number}", f"the {kind.lower()} {number}")))
    return pool


def synthetic_article(number: int, pool: list[Entity], rng: random.Random) -> ResolvedArticle:
    # news is skewed: a few actors are in many articles (Pareto-like choice of index)
    def pick() -> Entity:
        return (
            pool[min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1)]
            if rng.random() < 0.5
            else rng.choice(pool)
        )

    sentences, relations, named = [], [], {}
    offset = 0
    for _ in range(RELATIONS_PER_ARTICLE):
        subject, obj = pick(), pick()
        if subject == obj:
            continue
        lemma = rng.choice(LEMMAS)
        sentence = f"{subject.label} chose to {lemma} {obj.label} on day {rng.randint(1, 28)}."
        extraction = Extraction(
            sentence=sentence,
            sentence_start=offset,
            sentence_end=offset + len(sentence),
            subject=Argument(subject.label, offset, offset + len(subject.label)),
            predicate=lemma,
            lemma=lemma,
            object=Argument(obj.label, offset, offset + len(obj.label)),
            negated=rng.random() < 0.08,
            confidence=round(rng.uniform(0.3, 0.95), 3),
            date=f"2024-{rng.randint(1, 12):02d}",
        )
        prop = property_for(lemma)
        relations.append(Relation(subject.key, prop.name, prop.label, obj.key, extraction))
        named[subject.key], named[obj.key] = subject, obj
        sentences.append(sentence)
        offset += len(sentence) + 1
    text = " ".join(sentences)
    article = Article(
        id=f"{number:016x}",
        text=text,
        title=f"Report {number}",
        publisher="Synthetic Wire",
        date="2024-05-01",
    )
    return ResolvedArticle(article, tuple(named.values()), tuple(relations))


def write_corpus(folder: Path, triples: int, seed: int = 7) -> tuple[Path, Path, int, str]:
    """graph.nt and graph.trig with about `triples` triples; returns a frequent actor's name."""
    rng = random.Random(seed)
    pool = entity_pool(max(200, triples // 250), rng)
    ontology = ontology_graph()
    nt_lines: set[str] = {line for line in ontology.serialize(format="nt").splitlines() if line}
    trig_parts = ["{\n" + "\n".join(sorted(nt_lines)) + "\n}\n"]
    number = 0
    while len(nt_lines) < triples:
        resolved = synthetic_article(number, pool, rng)
        lines = [
            line for line in article_graph(resolved).serialize(format="nt").splitlines() if line
        ]
        nt_lines.update(lines)
        trig_parts.append(f"<{article_iri(resolved.article)}> {{\n" + "\n".join(lines) + "\n}\n")
        number += 1
    nt, trig = folder / "graph.nt", folder / "graph.trig"
    nt.write_text("\n".join(sorted(nt_lines)) + "\n", encoding="utf-8")
    trig.write_text("".join(trig_parts), encoding="utf-8")
    return nt, trig, len(nt_lines), pool[0].label


def example_queries(actor: str) -> dict[str, str]:
    queries = {}
    for path in sorted((ROOT / "ontology" / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        queries[path.stem] = text.replace('"Russia"', f'"{actor}"')  # an actor that exists
    return queries


def timed(work: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, float]:
    started = time.perf_counter()
    value = work(*args, **kwargs)
    return value, time.perf_counter() - started


def _rdflib_worker(path: Path, queries: dict[str, str], pipe: Any) -> None:
    """Load once, then run each query; send (step, seconds, rows) back as each ends."""
    loaded, seconds = timed(load_graph, path, engine="rdflib")
    pipe.send(("load", seconds, loaded.statements))
    for name, text in queries.items():
        result, seconds = timed(query_graph, loaded, text, timeout=0)
        pipe.send((name, seconds, len(result.rows)))


def run_rdflib(
    path: Path, queries: dict[str, str], limit: float
) -> tuple[dict[str, float], dict[str, int]]:
    """rdflib in a child process, so a query past `limit` seconds can really be stopped.

    A stopped query is recorded as taking `limit` (a lower bound, shown as ">").
    """
    context = multiprocessing.get_context("fork")
    times: dict[str, float] = {}
    rows: dict[str, int] = {}
    todo = dict(queries)
    while True:
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_rdflib_worker, args=(path, todo, sender), daemon=True)
        child.start()
        sender.close()
        expected = ["load", *todo]
        try:
            for step in expected:
                if not receiver.poll(limit if step != "load" else None):
                    times[step], rows[step] = limit, -1
                    del todo[step]
                    break
                name, seconds, count = receiver.recv()
                if name == "load":
                    times.setdefault("load", seconds)  # the first load is the one to report
                else:
                    times[name], rows[name] = seconds, count
                    del todo[name]
        finally:
            child.terminate()
            child.join()
        if not todo:
            return times, rows


def bench(
    path: Path, queries: dict[str, str], limit: float
) -> tuple[dict[str, dict[str, float]], set[str]]:
    times: dict[str, dict[str, float]] = {}
    rdflib_times, rdflib_rows = run_rdflib(path, queries, limit)
    stopped = {name for name, count in rdflib_rows.items() if count < 0}
    loaded, seconds = timed(load_graph, path, engine="oxigraph")
    times["load"] = {"rdflib": rdflib_times["load"], "oxigraph": seconds}
    for name, text in queries.items():
        result, seconds = timed(query_graph, loaded, text, timeout=0)
        times[name] = {"rdflib": rdflib_times[name], "oxigraph": seconds}
        if name not in stopped and rdflib_rows[name] != len(result.rows):
            print(
                f"  WARNING: {name}: rdflib {rdflib_rows[name]} rows, "
                f"oxigraph {len(result.rows)} rows"
            )
    return times, stopped


def report(label: str, times: dict[str, dict[str, float]], stopped: set[str]) -> None:
    print(f"\n{label}")
    print(f"  {'step':<26}{'rdflib s':>11}{'oxigraph s':>12}{'ratio':>10}")
    totals = {"rdflib": 0.0, "oxigraph": 0.0}
    for step, by_engine in times.items():
        ratio = by_engine["rdflib"] / max(by_engine["oxigraph"], 1e-9)
        more = ">" if step in stopped else " "
        print(
            f"  {step:<26}{more}{by_engine['rdflib']:>10.3f}{by_engine['oxigraph']:>12.3f}"
            f"{more}{ratio:>8.1f}x"
        )
        for engine in totals:
            totals[engine] += by_engine[engine]
    more = ">" if stopped else " "
    ratio = totals["rdflib"] / max(totals["oxigraph"], 1e-9)
    print(
        f"  {'total':<26}{more}{totals['rdflib']:>10.3f}{totals['oxigraph']:>12.3f}"
        f"{more}{ratio:>8.1f}x"
    )
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[100_000, 500_000],
        help="approximate triple counts (default: 100000 500000)",
    )
    parser.add_argument("--syntax", choices=("nt", "trig", "both"), default="both")
    parser.add_argument(
        "--limit",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="stop an rdflib query after this long (default: 120)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder = Path(tmp) / str(size)
            folder.mkdir()
            (nt, trig, count, actor), seconds = timed(write_corpus, folder, size)
            print(
                f"\n== {count:,} triples (generated in {seconds:.1f} s); "
                f"graph.nt {nt.stat().st_size / 1e6:.1f} MB, "
                f"graph.trig {trig.stat().st_size / 1e6:.1f} MB"
            )
            queries = example_queries(actor)
            for path in (
                [nt] if args.syntax == "nt" else [trig] if args.syntax == "trig" else [nt, trig]
            ):
                report(f"{path.name}:", *bench(path, queries, args.limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
