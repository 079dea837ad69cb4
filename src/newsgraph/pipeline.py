"""The whole build: articles in, the output folder's files out.

Each stage lives in its own module; this one only wires them together and
writes the results all at once, so a failure never leaves a half-written set.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .extraction import extract
from .models import Article, Extraction, ResolvedArticle
from .network import actor_graph, write_graphml
from .page import render_page
from .parsing import DEFAULT_MODEL, load_pipeline
from .picture import render_png
from .rdf import build_dataset, serialize_dataset
from .reading import read_articles
from .resolution import merge_articles, resolve
from .writing import write_outputs_atomic

if TYPE_CHECKING:
    from spacy.language import Language

    from .gazetteer import Gazetteer

log = logging.getLogger(__name__)

OUTPUT_FILES = (
    "graph.ttl",
    "graph.nt",
    "graph.jsonld",
    "graph.trig",
    "network.html",
    "network.graphml",
    "network.png",
)


@dataclass(frozen=True)
class Progress:
    """Where a build is, for whoever shows progress."""

    articles: int
    statements: int
    words: int
    current: str


@dataclass(frozen=True)
class BuildReport:
    out_dir: Path
    files: tuple[Path, ...]
    articles: int
    entities: int
    relations: int
    skipped: tuple[tuple[str, str], ...] = field(default=())  # (source, reason)


def analyse(
    nlp: Language,
    articles: Iterable[Article],
    *,
    gazetteer: Gazetteer | None = None,
    batch_size: int = 8,
) -> Iterator[ResolvedArticle]:
    """Parse, extract and resolve each article, streaming, in input order."""
    pending = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pending, as_tuples=True, batch_size=batch_size):
        extractions = extract(doc, article_date=article.date)
        yield resolve(article, doc, extractions, gazetteer=gazetteer)


def extract_statements(
    nlp: Language, texts: Iterable[str], *, article_date: str = ""
) -> Iterator[list[Extraction]]:
    """Sentence-level statements for each text, in surface form (what Open IE benchmarks score)."""
    for doc in nlp.pipe(texts, batch_size=64):
        yield extract(doc, article_date=article_date)


def render_outputs(resolved: Sequence[ResolvedArticle]) -> dict[str, str | bytes]:
    """Every output file's content, keyed by file name."""
    files: dict[str, str | bytes] = dict(serialize_dataset(build_dataset(resolved)))
    network = actor_graph(resolved)
    files["network.html"] = render_page(network)
    files["network.png"] = render_png(network)
    with tempfile.TemporaryDirectory() as tmp:
        graphml = Path(tmp) / "network.graphml"
        write_graphml(network, graphml)
        files["network.graphml"] = graphml.read_bytes()
    return files


def build(
    inputs: Sequence[str],
    out_dir: Path,
    *,
    model: str = DEFAULT_MODEL,
    gazetteer: Gazetteer | None = None,
    progress: Callable[[Progress], None] | None = None,
    stdin: TextIO | None = None,
) -> BuildReport:
    """Read, analyse and write the graph of the given articles into out_dir."""
    articles = read_articles(inputs, stdin=stdin)
    nlp = load_pipeline(model)
    resolved: list[ResolvedArticle] = []
    statements = words = 0
    for item in analyse(nlp, articles, gazetteer=gazetteer):
        resolved.append(item)
        statements += len(item.relations)
        words += len(item.article.text.split())
        if progress is not None:
            progress(Progress(len(resolved), statements, words, item.article.source))
    merged = merge_articles(resolved)
    files = render_outputs(merged)
    paths = {out_dir / name: content for name, content in files.items()}
    out_dir.mkdir(parents=True, exist_ok=True)
    write_outputs_atomic(paths)
    log.info("wrote %d files to %s", len(paths), out_dir)
    return BuildReport(
        out_dir=out_dir,
        files=tuple(sorted(paths)),
        articles=len(merged),
        entities=len({e.key for a in merged for e in a.entities}),
        relations=sum(len(a.relations) for a in merged),
    )
