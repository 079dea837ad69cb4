"""Score open information extraction systems on the CaRB dev split.

Runs each system over the dev sentences (one spaCy parse shared by all systems),
scores it with our CaRB scorer (benchmarks/carb_scoring.py) and prints one row
per system: best F1, AUC, the precision and recall at the best F1, the number of
extractions and sentences per second (spaCy parse included, one process).

Systems:
  newsgraph         newsgraph.extraction.extract(doc) in surface form, as
                    `newsgraph extract` prints it: rel = predicate, arguments
                    from newsgraph.extraction.surface_arguments (a passive keeps
                    its patient first; time, place, ... follow); confidence as
                    given. Without surface_arguments: as newsgraph-active.
  newsgraph-active  the same extractions, arg1 = subject (the agent), arg2 =
                    object, then the extra arguments; no subject, no tuple.
  textacy           textacy.extract.subject_verb_object_triples, confidence 1.0
                    (the baseline of issue 3).

Examples:
  python benchmarks/carb.py
  python benchmarks/carb.py --systems newsgraph --limit 100 --errors 20
  python benchmarks/carb.py --dump /tmp/newsgraph.tsv
  PYTHONPATH=../other-worktree/src python benchmarks/carb.py   # another newsgraph

The data are read where they lie (default: the nearest shared/data/carb above
this file, or $CARB_DATA); they are never copied into the repository. Threads
of the numeric libraries are limited to one so the speed is a one-core figure.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")  # before numpy is imported: speed on one core

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterable, Sequence  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, TextIO  # noqa: E402

from carb_scoring import (  # noqa: E402
    CarbScore,
    OieTuple,
    best_matches,
    match,
    parse_gold,
    score,
    sentence_key,
    unescape_brackets,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsgraph.models import Extraction

# A newsgraph on PYTHONPATH (or installed) wins; else this checkout's src/ is used.
sys.path.append(str(Path(__file__).resolve().parents[1] / "src"))

SYSTEMS = ("newsgraph", "textacy")  # the default run; SYSTEM_FACTORIES has them all
PROGRESS_EVERY = 100


class BenchmarkError(Exception):
    """The benchmark cannot run as asked (missing data, unknown system, no model)."""


@dataclass(frozen=True)
class SystemRun:
    """What one system produced on the benchmark and how long it took."""

    name: str
    predictions: dict[str, list[OieTuple]]  # keyed by the dev.txt sentence
    seconds: float  # extraction only; the shared parse time is added when reporting


def default_data_dir() -> Path:
    """$CARB_DATA, else the first shared/data/carb found walking up from this file."""
    if "CARB_DATA" in os.environ:
        return Path(os.environ["CARB_DATA"])
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "data" / "carb"
        if candidate.is_dir():
            return candidate
    return Path("shared/data/carb")


def load_data(data_dir: Path, limit: int | None) -> tuple[list[str], dict[str, list[OieTuple]]]:
    """The dev sentences (first `limit` of them) and the gold tuples of those sentences."""
    sentences_path = data_dir / "dev.txt"
    gold_path = data_dir / "dev_gold.tsv"
    for path in (sentences_path, gold_path):
        if not path.is_file():
            raise BenchmarkError(f"{path} not found; pass --data DIR (the CaRB dev folder)")
    sentences = [line.strip() for line in sentences_path.read_text(encoding="utf-8").splitlines()]
    sentences = [s for s in sentences if s]
    if limit is not None:
        sentences = sentences[:limit]
    with gold_path.open(encoding="utf-8") as lines:
        gold = parse_gold(lines)
    keys = {sentence_key(s) for s in sentences}
    gold = {s: tuples for s, tuples in gold.items() if sentence_key(s) in keys}
    return sentences, gold


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_sentences(nlp: Language, sentences: Sequence[str]) -> tuple[list[Doc], float]:
    """Parse every sentence (PTB bracket escapes turned back into brackets); docs and seconds."""
    texts = [unescape_brackets(s) for s in sentences]
    docs: list[Doc] = []
    start = time.perf_counter()
    for doc in nlp.pipe(texts):
        docs.append(doc)
        if len(docs) % PROGRESS_EVERY == 0:
            progress(f"  parsed {len(docs)}/{len(texts)}")
    return docs, time.perf_counter() - start


def subject_first_arguments(extraction: Extraction) -> list[str]:
    """Subject (the agent), object, extra arguments; none when the subject is unknown."""
    if extraction.subject is None:
        return []
    args = [extraction.subject.text]
    if extraction.object is not None:
        args.append(extraction.object.text)
    args.extend(argument.text for argument in extraction.extra)
    return args


def extraction_tuple(
    extraction: Extraction,
    arguments: Callable[[Extraction], list[str]] = subject_first_arguments,
) -> OieTuple | None:
    """A newsgraph Extraction as a CaRB tuple: (arg1, predicate, more arguments).

    `arguments` orders the arguments; None when it gives none, or when the
    extraction has neither subject nor object (CaRB needs an arg1).
    """
    args = arguments(extraction)
    if not args or (extraction.subject is None and extraction.object is None):
        return None
    return OieTuple(extraction.predicate, tuple(args), extraction.confidence)


def newsgraph_system(*, surface: bool = True) -> Callable[[Doc], list[OieTuple]]:
    """The newsgraph extractor as a Doc -> tuples function.

    surface=True orders the arguments as `newsgraph extract` prints them
    (newsgraph.extraction.surface_arguments, when the module has it: a passive
    keeps its patient first, as CaRB's gold does); otherwise, and for
    surface=False, subject (agent) first and statements without a subject skipped.
    """
    try:
        from newsgraph import extraction as module
    except ImportError as e:
        raise BenchmarkError(
            f"cannot import newsgraph.extraction ({e}); run with --systems textacy, "
            "or put a newsgraph that has it on PYTHONPATH"
        ) from e
    arguments: Callable[[Extraction], list[str]] = subject_first_arguments
    if surface:
        arguments = getattr(module, "surface_arguments", subject_first_arguments)

    def run(doc: Doc) -> list[OieTuple]:
        tuples = (extraction_tuple(extraction, arguments) for extraction in module.extract(doc))
        return [item for item in tuples if item is not None]

    return run


def textacy_system() -> Callable[[Doc], list[OieTuple]]:
    """textacy's subject-verb-object triples, each part joined into text, confidence 1."""
    try:
        from textacy.extract import subject_verb_object_triples
    except ImportError as e:
        raise BenchmarkError(f"textacy is not installed ({e}); pip install textacy") from e

    def join(tokens: Iterable[object]) -> str:
        return " ".join(token.text for token in tokens)  # type: ignore[attr-defined]

    def run(doc: Doc) -> list[OieTuple]:
        return [
            OieTuple(join(triple.verb), (join(triple.subject), join(triple.object)), 1.0)
            for triple in subject_verb_object_triples(doc)
        ]

    return run


SYSTEM_FACTORIES: dict[str, Callable[[], Callable[[Doc], list[OieTuple]]]] = {
    "newsgraph": newsgraph_system,
    "newsgraph-active": lambda: newsgraph_system(surface=False),
    "textacy": textacy_system,
}


def run_system(
    name: str, extract: Callable[[Doc], list[OieTuple]], sentences: Sequence[str],
    docs: Sequence[Doc],
) -> SystemRun:
    """Run one system over the parsed sentences, timing the extraction."""
    predictions: dict[str, list[OieTuple]] = {}
    start = time.perf_counter()
    for count, (sentence, doc) in enumerate(zip(sentences, docs, strict=True), start=1):
        predictions[sentence] = extract(doc)
        if count % PROGRESS_EVERY == 0:
            progress(f"  {name}: {count}/{len(sentences)}")
    return SystemRun(name, predictions, time.perf_counter() - start)


def format_table(rows: Sequence[tuple[str, CarbScore, float]]) -> str:
    """The results table (figures as fractions, like the README's table divided by 100)."""
    width = max([len("system"), *(len(name) for name, _, _ in rows)]) + 2
    header = f"{'system':<{width}}{'F1':>7}{'AUC':>7}{'P':>7}{'R':>7}{'extr.':>8}{'sent/s':>9}"
    lines = [header, "-" * len(header)]
    for name, result, speed in rows:
        lines.append(
            f"{name:<{width}}{result.f1:>7.3f}{result.auc:>7.3f}{result.precision:>7.3f}"
            f"{result.recall:>7.3f}{result.predictions:>8d}{speed:>9.1f}"
        )
    return "\n".join(lines)


def figures(rows: Sequence[tuple[str, CarbScore, float]], sentences: int, model: str) -> dict:
    """The table as plain data, for --json."""
    return {
        "sentences": sentences,
        "model": model,
        "systems": {
            name: {
                "f1": result.f1,
                "auc": result.auc,
                "precision": result.precision,
                "recall": result.recall,
                "threshold": result.threshold,
                "extractions": result.predictions,
                "sentences_per_second": speed,
            }
            for name, result, speed in rows
        },
    }


def format_tuple(item: OieTuple) -> str:
    return " | ".join((item.args[0] if item.args else "", item.relation, *item.args[1:]))


def write_dump(out: TextIO, sentences: Sequence[str], run: SystemRun) -> None:
    """TSV: sentence, confidence, arg1, relation, arg2 and further arguments."""
    for sentence in sentences:
        for item in run.predictions.get(sentence, []):
            arg1 = item.args[0] if item.args else ""
            fields = [sentence, f"{item.confidence:.4g}", arg1, item.relation, *item.args[1:]]
            out.write("\t".join(field.replace("\t", " ") for field in fields) + "\n")


def write_errors(
    out: TextIO, gold: dict[str, list[OieTuple]], run: SystemRun, count: int
) -> None:
    """The `count` gold tuples with the worst recall, grouped by sentence, with its predictions.

    A gold tuple's recall is its best over all predictions of its sentence (the
    lowest threshold); ties keep gold order. Each prediction is shown with its
    best (precision, recall) against any gold tuple of the sentence.
    """
    predictions_by_key: dict[str, list[OieTuple]] = {}
    for sentence, tuples in run.predictions.items():
        predictions_by_key.setdefault(sentence_key(sentence), []).extend(tuples)
    worst = sorted(best_matches(gold, run.predictions), key=lambda row: row[2])[:count]
    by_sentence: dict[str, list[tuple[OieTuple, float]]] = {}
    for sentence, gold_tuple, recall, _ in worst:
        by_sentence.setdefault(sentence, []).append((gold_tuple, recall))
    out.write(f"\n{len(worst)} gold tuples with the worst recall for {run.name} "
              f"(arg1 | relation | more arguments):\n")
    for sentence, rows in by_sentence.items():
        out.write(f"\n{sentence}\n")
        for gold_tuple, recall in rows:
            out.write(f"  gold  R={recall:.2f}  {format_tuple(gold_tuple)}\n")
        candidates = predictions_by_key.get(sentence_key(sentence), [])
        if not candidates:
            out.write("  (no prediction for this sentence)\n")
        for candidate in sorted(candidates, key=lambda c: -c.confidence):
            precision, recall = max(match(g, candidate) for g in gold[sentence])
            out.write(f"  pred  c={candidate.confidence:.2f} best P={precision:.2f} "
                      f"R={recall:.2f}  {format_tuple(candidate)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carb.py",
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data", type=Path, default=None,
                        help="folder with dev.txt and dev_gold.tsv "
                             "(default: $CARB_DATA or the nearest shared/data/carb)")
    parser.add_argument("--systems", default=",".join(SYSTEMS),
                        help=f"comma-separated systems to run, from {', '.join(SYSTEM_FACTORIES)} "
                             f"(default: {','.join(SYSTEMS)})")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="only the first N sentences (and their gold)")
    parser.add_argument("--model", default=None,
                        help="spaCy pipeline (default: newsgraph.parsing.DEFAULT_MODEL)")
    parser.add_argument("--dump", type=Path, default=None, metavar="FILE",
                        help="write the newsgraph predictions (else the first system's) as TSV: "
                             "sentence, confidence, arg1, relation, arg2, more arguments")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print the N gold tuples with the worst recall for newsgraph "
                             "(else the first system) and the predictions of their sentences")
    parser.add_argument("--json", type=Path, default=None, metavar="FILE",
                        help="also write the figures of every system as JSON")
    parser.add_argument("--curve", action="store_true",
                        help="also print each system's precision-recall curve")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; exit code 2 with a one-line message when it cannot."""
    args = build_parser().parse_args(argv)
    try:
        return run_benchmark(args)
    except BenchmarkError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


def run_benchmark(args: argparse.Namespace) -> int:
    systems = [name.strip() for name in args.systems.split(",") if name.strip()]
    unknown = [name for name in systems if name not in SYSTEM_FACTORIES]
    if unknown or not systems:
        raise BenchmarkError(f"unknown system(s) {', '.join(unknown) or '(none)'}; "
                         f"choose from {', '.join(SYSTEM_FACTORIES)}")
    if args.limit is not None and args.limit < 1:
        raise BenchmarkError("--limit must be at least 1")
    extractors = {name: SYSTEM_FACTORIES[name]() for name in systems}  # fail before parsing

    from newsgraph.errors import NewsgraphError
    from newsgraph.parsing import DEFAULT_MODEL, load_pipeline

    data_dir = args.data or default_data_dir()
    sentences, gold = load_data(data_dir, args.limit)
    progress(f"{len(sentences)} sentences, {sum(map(len, gold.values()))} gold tuples "
             f"from {data_dir}")

    model = args.model or DEFAULT_MODEL
    start = time.perf_counter()
    try:
        nlp = load_pipeline(model)
    except NewsgraphError as e:
        raise BenchmarkError(str(e)) from e
    progress(f"loaded {model} in {time.perf_counter() - start:.1f}s; parsing")
    docs, parse_seconds = parse_sentences(nlp, sentences)
    progress(f"parsed in {parse_seconds:.1f}s ({len(docs) / parse_seconds:.1f} sentences/s)")

    runs = []
    for name, extract in extractors.items():
        progress(f"running {name}")
        runs.append(run_system(name, extract, sentences, docs))

    rows = []
    for run in runs:
        result = score(gold, run.predictions)
        speed = len(sentences) / (parse_seconds + run.seconds)
        rows.append((run.name, result, speed))

    print(format_table(rows))
    print(f"\n{len(sentences)} sentences, {rows[0][1].gold_tuples} gold tuples; "
          f"spaCy {model} parse alone: {len(docs) / parse_seconds:.1f} sentences/s; "
          f"speed = sentences / (parse + extraction) seconds.")
    if args.curve:
        for name, result, _ in rows:
            print(f"\n{name}: threshold, precision, recall, F1, kept")
            for point in result.curve:
                print(f"  {point.threshold:.4f}  {point.precision:.3f}  {point.recall:.3f}  "
                      f"{point.f1:.3f}  {point.kept}")

    if args.json is not None:
        args.json.write_text(json.dumps(figures(rows, len(sentences), model), indent=2) + "\n",
                             encoding="utf-8")
        progress(f"wrote the figures to {args.json}")

    focus = next((run for run in runs if run.name.startswith("newsgraph")), runs[0])
    if args.dump is not None:
        with args.dump.open("w", encoding="utf-8") as out:
            write_dump(out, sentences, focus)
        progress(f"wrote the {focus.name} predictions to {args.dump}")
    if args.errors > 0:
        write_errors(sys.stdout, gold, focus, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
