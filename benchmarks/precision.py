"""Precision and recall of the asserted graph, judged by careful readers (run by hand).

The articles are drawn with a fixed seed from the Wikinews corpus in
../shared/data/wikinews/ (drawn, not picked). Two hand-made files beside this
script hold the judgments; they only grow:

- judged/pool.jsonl: one verdict per asserted triple as a user sees it,
  {"article", "subject", "predicate", "object", "verdict": right|partly|wrong,
  "why", "sentence"}, keyed by (article, subject, predicate, object) labels, so an
  unchanged triple keeps its verdict across runs (rules in ../shared/PRECISION.md);
- judged/key_relations.jsonl: the relations a careful analyst writes down from the
  article before looking at any output, {"article", "subject": [names],
  "predicate": [labels or families], "object": [names]}; an asserted triple holds
  one when a subject name and an object name are among its ends' labels and its
  property (or a property above it) has one of the predicate labels.

    python benchmarks/precision.py                 # build the drawn articles, report
    python benchmarks/precision.py --sheets DIR    # also write what is left to judge
    python benchmarks/precision.py --out DIR --no-build   # report on an earlier build
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "shared" / "data" / "wikinews" / "wikinews_2019_2020.jsonl"
POOL = HERE / "judged" / "pool.jsonl"
KEY_RELATIONS = HERE / "judged" / "key_relations.jsonl"
SEED = 20261130
DRAWN = 40
VERDICTS = ("right", "partly", "wrong")
NG = "https://w3id.org/newsgraph/ontology#"


def read_corpus(path: Path = CORPUS) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def draw(rows: Sequence[dict], count: int = DRAWN, seed: int = SEED) -> list[dict]:
    """`count` articles drawn at random with a fixed seed, in corpus order."""
    ids = sorted(row["id"] for row in rows)
    chosen = set(random.Random(seed).sample(ids, count))
    return [row for row in rows if row["id"] in chosen]


@dataclass
class Triple:
    """One direct edge of the graph, with what a judge needs to read it."""

    article: str
    subject: str
    predicate: str
    object: str
    confidence: float
    sentences: list[str] = field(default_factory=list)
    subject_names: set[str] = field(default_factory=set)
    object_names: set[str] = field(default_factory=set)
    predicate_names: set[str] = field(default_factory=set)  # its label and those above it

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.article, self.subject, self.predicate, self.object)


def build(rows: Sequence[dict], out: Path) -> None:
    from newsgraph.pipeline import build as build_graph

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "drawn.jsonl"
        corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        build_graph([str(corpus)], out, rebuild=True)


_ASSERTED = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
SELECT ?title ?s ?sl ?p ?pl ?o ?ol ?sentence ?confidence WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      prov:wasDerivedFrom ?article ; ng:sentence ?sentence ; ng:confidence ?confidence .
  ?s ?p ?o .
  ?article dcterms:title ?title .
  ?s rdfs:label ?sl . ?o rdfs:label ?ol . ?p rdfs:label ?pl .
}
"""

_NAMES = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?e ?name WHERE { { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } }
"""

_ABOVE = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?p ?label WHERE { ?p rdfs:subPropertyOf* ?q . ?q rdfs:label ?label }
"""

_STATEMENTS = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT (COUNT(?st) AS ?n) WHERE { ?st a rdf:Statement }
"""


def asserted_triples(out: Path, rows: Sequence[dict]) -> tuple[list[Triple], int]:
    """The asserted edges of a build and the number of statements it describes."""
    import pyoxigraph

    store = pyoxigraph.Store()
    with (out / "graph.nt").open("rb") as data:
        store.bulk_load(data, pyoxigraph.RdfFormat.N_TRIPLES)
    by_title = {row["title"]: row["id"] for row in rows}
    names: dict[str, set[str]] = defaultdict(set)
    for solution in store.query(_NAMES):
        names[solution["e"].value].add(solution["name"].value.casefold())
    above: dict[str, set[str]] = defaultdict(set)
    for solution in store.query(_ABOVE):
        above[solution["p"].value].add(solution["label"].value.casefold())
    triples: dict[tuple[str, str, str, str], Triple] = {}
    for solution in store.query(_ASSERTED):
        article = by_title.get(solution["title"].value, solution["title"].value)
        triple = Triple(article, solution["sl"].value, solution["pl"].value, solution["ol"].value,
                        float(solution["confidence"].value))
        triple = triples.setdefault(triple.key, triple)
        triple.confidence = max(triple.confidence, float(solution["confidence"].value))
        if solution["sentence"].value not in triple.sentences:
            triple.sentences.append(solution["sentence"].value)
        triple.subject_names |= names[solution["s"].value]
        triple.object_names |= names[solution["o"].value]
        triple.predicate_names |= above[solution["p"].value]
    statements = int(next(iter(store.query(_STATEMENTS)))["n"].value)
    return sorted(triples.values(), key=lambda t: t.key), statements


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def pool_verdicts(path: Path = POOL) -> dict[tuple[str, str, str, str], str]:
    verdicts = {}
    for item in read_jsonl(path):
        if item.get("verdict") in VERDICTS:
            verdicts[(item["article"], item["subject"], item["predicate"], item["object"])] = \
                item["verdict"]
    return verdicts


def holds(key: dict, triple: Triple) -> bool:
    """Does this asserted triple hold the key relation (names and predicate meaning)?"""
    if key["article"] != triple.article:
        return False
    subjects = {name.casefold() for name in key["subject"]}
    objects = {name.casefold() for name in key["object"]}
    predicates = {name.casefold() for name in key["predicate"]}
    return bool(subjects & triple.subject_names and objects & triple.object_names
                and predicates & triple.predicate_names)


def reliability(judged: Iterable[tuple[float, str]], edges: Sequence[float]) -> list[tuple]:
    """Per confidence bucket: count, mean confidence, strict and lenient precision."""
    rows = []
    judged = list(judged)
    for low, high in zip(edges, edges[1:], strict=False):
        inside = [(c, v) for c, v in judged if low <= c < high or (high == edges[-1] and c == high)]
        if not inside:
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        right = sum(v == "right" for _, v in inside) / len(inside)
        lenient = sum(v != "wrong" for _, v in inside) / len(inside)
        rows.append((f"{low:.1f}-{high:.1f}", len(inside), mean, right, lenient))
    return rows


def report(triples: Sequence[Triple], statements: int, rows: Sequence[dict]) -> dict:
    verdicts = pool_verdicts()
    judged = [(t.confidence, verdicts[t.key]) for t in triples if t.key in verdicts]
    keys = [k for k in read_jsonl(KEY_RELATIONS) if k["article"] in {r["id"] for r in rows}]
    found = [k for k in keys if any(holds(k, t) for t in triples)]
    figures = {
        "articles": len(rows),
        "statements": statements,
        "asserted": len(triples),
        "share asserted": len(triples) / statements if statements else 0.0,
        "judged": len(judged),
        "strict precision": sum(v == "right" for _, v in judged) / len(judged) if judged else 0.0,
        "lenient precision": sum(v != "wrong" for _, v in judged) / len(judged) if judged else 0.0,
        "key relations": len(keys),
        "recall": len(found) / len(keys) if keys else 0.0,
        "reliability": reliability(judged, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
    }
    return figures


def write_sheets(folder: Path, triples: Sequence[Triple], rows: Sequence[dict]) -> int:
    """One Markdown sheet per article with its text and the triples still to judge."""
    verdicts = pool_verdicts()
    folder.mkdir(parents=True, exist_ok=True)
    todo = 0
    texts = {row["id"]: row for row in rows}
    by_article: dict[str, list[Triple]] = defaultdict(list)
    for triple in triples:
        if triple.key not in verdicts:
            by_article[triple.article].append(triple)
    for article, items in sorted(by_article.items()):
        row = texts.get(article, {"title": article, "text": ""})
        lines = [f"# {article}: {row['title']}", "", row["text"], "", "## To judge", ""]
        template = []
        for triple in items:
            lines.append(f"- {triple.subject} | {triple.predicate} | {triple.object}"
                         f"  (confidence {triple.confidence:.2f})")
            lines.extend(f"    - “{sentence}”" for sentence in triple.sentences)
            template.append(json.dumps({
                "article": article, "subject": triple.subject, "predicate": triple.predicate,
                "object": triple.object, "verdict": "", "why": "",
                "sentence": triple.sentences[0]}, ensure_ascii=False))
        (folder / f"{article}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (folder / f"{article}.jsonl").write_text("\n".join(template) + "\n", encoding="utf-8")
        todo += len(items)
    return todo


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="build folder (default: a temporary one)")
    parser.add_argument("--no-build", action="store_true", help="report on --out as it is")
    parser.add_argument("--sheets", type=Path, help="write what is left to judge here")
    parser.add_argument("--list", action="store_true", help="print the drawn article ids")
    args = parser.parse_args(argv)
    rows = draw(read_corpus())
    if args.list:
        print("\n".join(row["id"] for row in rows))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "out"
        if not args.no_build:
            build(rows, out)
        triples, statements = asserted_triples(out, rows)
        figures = report(triples, statements, rows)
        if args.sheets:
            todo = write_sheets(args.sheets, triples, rows)
            print(f"{todo} triple(s) to judge, sheets in {args.sheets}/", file=sys.stderr)
    for name, value in figures.items():
        if name == "reliability":
            continue
        print(f"{name:>18}: {value:.3f}" if isinstance(value, float) else f"{name:>18}: {value}")
    print("\nconfidence  n  mean  strict  lenient")
    for bucket, count, mean, strict, lenient in figures["reliability"]:
        print(f"{bucket:>9} {count:>4} {mean:.2f}  {strict:.2f}    {lenient:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
