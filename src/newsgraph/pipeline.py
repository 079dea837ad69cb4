"""The whole build: articles in, the output folder's files out.

Each stage lives in its own module; this one only wires them together and
writes the results all at once, so a failure never leaves a half-written set.
How many articles are analysed where, and what is reused from earlier builds,
is corpus.py's business.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .corpus import (
    CACHE_DIR,
    MANIFEST,
    ArticleCache,
    Backend,
    Entry,
    Failed,
    Settings,
    analyse_corpus,
    combine,
    estimate_total,
    from_source,
    manifest_text,
    read_manifest,
    remove_orphans,
    write_text_atomic,
)
from .errors import InputError
from .extraction import extract
from .models import Article, Extraction, ResolvedArticle
from .network import actor_graph, write_graphml
from .page import render_page
from .parsing import DEFAULT_MODEL
from .picture import render_png
from .rdf import serialize_articles
from .reading import iter_articles
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
    total: int | None = None  # an estimate of how many articles there are, when known
    cached: int = 0  # of `articles`, how many came from an earlier build


@dataclass(frozen=True)
class BuildReport:
    out_dir: Path
    files: tuple[Path, ...]
    articles: int
    entities: int
    relations: int
    skipped: tuple[tuple[str, str], ...] = field(default=())  # (source, reason)
    analysed: int = 0  # articles parsed in this run
    cached: int = 0  # articles of this run found in the cache
    kept: int = 0  # articles of earlier builds kept in the output


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


def render_rdf(resolved: Sequence[ResolvedArticle]) -> dict[str, str | bytes]:
    """The four RDF files' content, keyed by file name."""
    return dict(serialize_articles(resolved))


def render_network(resolved: Sequence[ResolvedArticle]) -> dict[str, str | bytes]:
    """The actor network's files (page, picture, GraphML), keyed by file name."""
    network = actor_graph(resolved)
    files: dict[str, str | bytes] = {
        "network.html": render_page(network),
        "network.png": render_png(network),
    }
    with tempfile.TemporaryDirectory() as tmp:
        graphml = Path(tmp) / "network.graphml"
        write_graphml(network, graphml)
        files["network.graphml"] = graphml.read_bytes()
    return files


def render_outputs(
    resolved: Sequence[ResolvedArticle], *, executor: Executor | None = None
) -> dict[str, str | bytes]:
    """Every output file's content, keyed by file name.

    Given an executor (the workers of a parallel build, idle by now), the network
    files are made there while this process writes the RDF.
    """
    network = executor.submit(render_network, list(resolved)) if executor is not None else None
    files = render_rdf(resolved)
    files.update(network.result() if network is not None else render_network(resolved))
    return files


def is_single_article(inputs: Sequence[str]) -> bool:
    """One named file (or stdin) is one article: reading it must succeed, or the build fails."""
    if len(inputs) != 1:
        return False
    name = inputs[0]
    return name == "-" or (Path(name).is_file() and Path(name).suffix.lower() != ".jsonl")


def describe_skip(source: str, reason: str) -> str:
    """One line about a skipped article that names it once."""
    return reason if source and source in reason else f"{source}: {reason}"


class _Tally:
    """Counts for the progress callback and the log."""

    def __init__(self, progress: Callable[[Progress], None] | None, total: int | None) -> None:
        self.progress = progress
        self.total = total
        self.articles = self.statements = self.words = self.cached = 0
        self.started = time.monotonic()
        self.logged = self.started

    def add(self, resolved: ResolvedArticle, cached: bool) -> None:
        self.articles += 1
        self.cached += cached
        self.statements += len(resolved.relations)
        self.words += len(resolved.article.text.split())
        if self.progress is not None:
            total = max(self.total, self.articles) if self.total else None
            self.progress(
                Progress(
                    self.articles,
                    self.statements,
                    self.words,
                    resolved.article.source,
                    total=total,
                    cached=self.cached,
                )
            )
        now = time.monotonic()
        if now - self.logged >= 30:
            self.logged = now
            rate = self.words / max(now - self.started, 1e-9)
            log.info(
                "%d articles (%d cached), %d statements, %.0f words/s",
                self.articles,
                self.cached,
                self.statements,
                rate,
            )


def build(
    inputs: Sequence[str],
    out_dir: Path,
    *,
    model: str = DEFAULT_MODEL,
    gazetteer: Gazetteer | None = None,
    progress: Callable[[Progress], None] | None = None,
    stdin: TextIO | None = None,
    workers: int = 1,
    dask: str | None = None,
    cache: bool = True,
    rebuild: bool = False,
    batch_size: int | None = None,
) -> BuildReport:
    """Read, analyse and write the graph of the given articles into out_dir.

    With `cache` (the default) each article's analysis is kept under
    out_dir/.newsgraph-cache/, articles analysed before are not parsed again,
    and the output holds the articles of earlier builds into out_dir as well
    (an article read again from the same source replaces its earlier version).
    `rebuild` forgets earlier builds; `cache=False` neither reads nor writes the
    cache and writes exactly the given articles. `workers` > 1 analyses in that
    many local processes, `dask` on a Dask cluster; the output is the same.
    In a corpus (a folder, a .jsonl file, several inputs), an article that cannot
    be read or analysed is skipped and reported; a single named file must be good.
    """
    settings = Settings(model=model, gazetteer=gazetteer)
    strict = is_single_article(inputs)
    skipped: list[tuple[str, str]] = []

    def on_error(source: str, error: Exception) -> None:
        log.info("skipping %s: %s", source, error)
        skipped.append((source, " ".join(str(error).split())))

    articles = iter_articles(inputs, stdin=stdin, on_error=None if strict else on_error)
    cache_dir = out_dir / CACHE_DIR
    store = ArticleCache(cache_dir, settings.fingerprint()) if cache else None
    previous = read_manifest(cache_dir) if cache and not rebuild else ()
    tally = _Tally(progress, estimate_total(inputs) if progress is not None else None)
    resolved: dict[str, ResolvedArticle] = {}  # by cache key
    current: list[Entry] = []
    with Backend(settings, workers=workers, dask=dask) as backend:
        batch_size = batch_size or (8 if backend.parallelism == 1 else 4)
        for outcome in analyse_corpus(
            articles,
            backend,
            store,
            batch_size=batch_size,
            skip_failures=not strict,
            reuse=not rebuild,
        ):
            if isinstance(outcome.resolved, Failed):
                skipped.append((outcome.resolved.source, outcome.resolved.reason))
                continue
            article = outcome.resolved.article
            current.append(Entry(article.id, article.source, outcome.key))
            resolved[outcome.key] = outcome.resolved
            tally.add(outcome.resolved, outcome.cached)
        if not current and skipped:
            first = describe_skip(*skipped[0])
            more = f" ({len(skipped)} skipped; the first: {first})" if len(skipped) > 1 else ""
            raise InputError(f"no article could be read{more or ': ' + first}")
        entries = combine(previous, current)
        earlier = [entry for entry in entries if entry.key not in resolved]
        if earlier:
            resolved.update(_earlier_articles(earlier, backend, store, skipped))
        entries = [entry for entry in entries if entry.key in resolved]
        merged = merge_articles([resolved[entry.key] for entry in entries])
        del resolved
        files = render_outputs(merged, executor=backend.idle_executor())
    paths = {out_dir / name: content for name, content in files.items()}
    out_dir.mkdir(parents=True, exist_ok=True)
    write_outputs_atomic(paths)
    if store is not None:
        write_text_atomic(cache_dir / MANIFEST, manifest_text(entries))
        remove_orphans(cache_dir, {entry.key for entry in entries})
    else:
        (cache_dir / MANIFEST).unlink(missing_ok=True)  # the output no longer matches it
    log.info("wrote %d files to %s", len(paths), out_dir)
    return BuildReport(
        out_dir=out_dir,
        files=tuple(sorted(paths)),
        articles=len(merged),
        entities=len({e.key for a in merged for e in a.entities}),
        relations=sum(len(a.relations) for a in merged),
        skipped=tuple(skipped),
        analysed=tally.articles - tally.cached,
        cached=tally.cached,
        kept=len(earlier),
    )


def _earlier_articles(
    entries: Sequence[Entry],
    backend: Backend,
    store: ArticleCache | None,
    skipped: list[tuple[str, str]],
) -> dict[str, ResolvedArticle]:
    """The analyses of articles earlier builds wrote, made again if the settings changed."""
    if store is None:
        return {}
    found: dict[str, ResolvedArticle] = {}
    stale: list[Article] = []
    for entry in entries:
        hit = store.get(entry.key)
        if hit is not None:
            found[entry.key] = from_source(hit, entry.source)
            continue
        article = store.article(entry.key)
        if article is None:
            log.warning("the cached analysis of %s is gone; build it again", entry.source)
            skipped.append((entry.source, "cached analysis of an earlier build is missing"))
        else:
            stale.append(article)
    if stale:
        log.info("analysing %d articles of earlier builds again (settings changed)", len(stale))
        for outcome in analyse_corpus(stale, backend, store, skip_failures=True):
            if isinstance(outcome.resolved, Failed):
                skipped.append((outcome.resolved.source, outcome.resolved.reason))
            else:
                found[outcome.key] = outcome.resolved
    return found
