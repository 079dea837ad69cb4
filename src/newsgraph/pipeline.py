"""The whole build: articles in, the output folder's files out.

Each stage lives in its own module; this one wires them together, keeps the
analysed articles on disk between the two passes (Spill), draws the network in a
forked process, and writes the results all at once, so a failure never leaves a
half-written set. It also keeps the output folder: one build at a time holds it
(writing.folder_lock), and what a killed build left there is removed first.
How many articles are analysed where, and what is reused from earlier builds,
is corpus.py's business.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import pickle
import shutil
import sys
import tempfile
import threading
import time
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO, TypeVar

from .assertion import assess_article
from .corpus import (
    CACHE_DIR,
    LOCAL_BATCH,
    MANIFEST,
    ArticleCache,
    Backend,
    Entry,
    Failed,
    ForkedProcess,
    Packed,
    Settings,
    analyse_corpus,
    chunks,
    combine,
    estimate_total,
    forks_here,
    from_source,
    kill_workers,
    manifest_text,
    ordered_map,
    process_alive,
    read_manifest,
    remove_cache_debris,
    remove_orphans,
)
from .errors import InputError, UsageError
from .models import Article, Extraction, ResolvedArticle
from .parsing import DEFAULT_MODEL
from .rdf import RdfStreams, article_iri, article_lines, trig_block, write_from_ntriples
from .reading import iter_articles
from .resolution import EntityIndex, EntityMerge
from .writing import folder_lock, remove_debris, staged_outputs

if TYPE_CHECKING:
    import networkx as nx
    from spacy.language import Language

    from .assertion import Assessment
    from .gazetteer import Gazetteer
    from .models import Relation
    from .network import NetworkBuilder

log = logging.getLogger(__name__)
T = TypeVar("T")

RDF_FILES = ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig")
NETWORK_FILES = ("network.html", "network.graphml", "network.png")
OUTPUT_FILES = RDF_FILES + NETWORK_FILES


# N-Triples lines the union sorter holds before it spills a sorted run to disk:
# about 60 MB of lines, whatever the size of the corpus
SORT_BUFFER_LINES = 200_000


@dataclass(frozen=True)
class Progress:
    """Where a build is, for whoever shows progress."""

    articles: int
    statements: int
    words: int
    current: str
    total: int | None = None  # an estimate of how many articles there are, when known
    cached: int = 0  # of `articles`, how many came from an earlier build
    stage: str = "analysing"  # then "writing": the second pass, through the output files


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


def extract_statements(
    nlp: Language, texts: Iterable[str], *, article_date: str = ""
) -> Iterator[list[Extraction]]:
    """Sentence-level statements for each text, in surface form (what Open IE benchmarks score)."""
    from .analysis import mend_parse, parse_whole
    from .extraction import extract

    for doc, _ in parse_whole(nlp, ((text, None) for text in texts), 64):
        yield extract(mend_parse(doc), article_date=article_date)


def is_single_article(inputs: Sequence[str]) -> bool:
    """One named file (or stdin) is one article: reading it must succeed, or the build fails."""
    if len(inputs) != 1:
        return False
    name = inputs[0]
    try:
        return name == "-" or (Path(name).is_file() and Path(name).suffix.lower() != ".jsonl")
    except OSError:  # in a folder we may not enter: one named path, whose reading says why
        return True


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

    def add(self, resolved: Packed, cached: bool) -> None:
        self.articles += 1
        self.cached += cached
        self.statements += resolved.relations
        self.words += resolved.words
        if self.progress is not None:
            total = max(self.total, self.articles) if self.total else None
            self.progress(
                Progress(
                    self.articles,
                    self.statements,
                    self.words,
                    resolved.source,
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

    The build runs in two passes so that memory does not grow with the corpus:
    the first analyses each article and keeps it on disk (a spill file under
    out_dir), noting only its entities' names; the second reads the articles back
    one at a time, in id order, and streams them into the output files.

    One build at a time writes into out_dir: another one raises UsageError naming
    this one (see writing.folder_lock). A build first removes what a killed one left.
    """
    created = _output_folder(out_dir)
    try:
        with folder_lock(out_dir):
            # holding the lock, whatever a killed build left here is debris
            Spill.remove_abandoned(out_dir)
            remove_debris(out_dir, OUTPUT_FILES)
            remove_cache_debris(out_dir / CACHE_DIR)
            return _build_locked(
                inputs,
                out_dir,
                Settings(model=model, gazetteer=gazetteer),
                progress=progress,
                stdin=stdin,
                workers=workers,
                dask=dask,
                cache=cache,
                rebuild=rebuild,
                batch_size=batch_size,
            )
    except BaseException:
        if created:  # a build that failed before writing anything leaves no empty folder
            with contextlib.suppress(OSError):
                out_dir.rmdir()
        raise


def _output_folder(out_dir: Path) -> bool:
    """Make the output folder if needed (whether it did); a file in its way is a UsageError."""
    if out_dir.is_dir():
        return False
    for place in (out_dir, *out_dir.parents):
        if place.exists() and not place.is_dir():
            what = "is a file" if place == out_dir else f"cannot be made: {place} is a file"
            raise UsageError(f"the output folder {out_dir} {what}; give a folder to write into")
    out_dir.mkdir(parents=True, exist_ok=True)
    return True


def _build_locked(
    inputs: Sequence[str],
    out_dir: Path,
    settings: Settings,
    *,
    progress: Callable[[Progress], None] | None,
    stdin: TextIO | None,
    workers: int,
    dask: str | None,
    cache: bool,
    rebuild: bool,
    batch_size: int | None,
) -> BuildReport:
    """The build, holding the output folder's lock."""
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
    current: list[Entry] = []
    index = EntityIndex()
    ids: set[str] = set()
    prepare_now = drawer_prepares_at_once(workers, dask, settings.model)
    sparing = False
    with (
        _early_drawer(prepare=prepare_now) as drawer,
        Backend(settings, workers=workers, dask=dask) as backend,
        Spill(out_dir) as spill,
        contextlib.ExitStack() as spared,
    ):
        # the parser and the recognizer step through a batch's texts together: a batch of 16
        # short articles parses about 7% faster than one of 8 (and 8 than 4), in a worker as
        # here; a Dask cluster's many workers share out smaller ones
        batch_size = batch_size or (4 if dask is not None else LOCAL_BATCH)
        for outcome in analyse_corpus(
            articles,
            backend,
            store,
            batch_size=batch_size,
            skip_failures=not strict,
            reuse=not rebuild,
            packed=True,  # pickled once, where it was analysed: the spill keeps it as it is
        ):
            if not sparing:  # the model is loaded now: out of the collector's walks
                spared.enter_context(_collector_spared())
                sparing = True
            packed = outcome.resolved
            if isinstance(packed, Failed):
                skipped.append((packed.source, packed.reason))
                continue
            assert isinstance(packed, Packed)
            current.append(Entry(packed.id, packed.source, outcome.key))
            if packed.id not in ids:  # the same text twice in one run: the first counts
                ids.add(packed.id)
                index.add(packed.entities)
            spill.put(outcome.key, packed)
            tally.add(packed, outcome.cached)
        if not current and skipped:
            first = describe_skip(*skipped[0])
            more = f" ({len(skipped)} skipped; the first: {first})" if len(skipped) > 1 else ""
            raise InputError(f"no article could be read{more or ': ' + first}")
        entries = combine(previous, current)
        earlier = [entry for entry in entries if entry.key not in spill]
        if earlier:
            _earlier_articles(earlier, backend, store, spill, index, skipped)
        entries = [entry for entry in entries if entry.key in spill]
        log.info("writing the graph of %d articles", len(entries))
        if drawer is not None and not prepare_now:
            drawer.submit(_prepare_drawing)  # while this process merges the entities
        with _collector_spared():
            written = write_graph(
                spill.reader([entry.key for entry in entries]),
                out_dir,
                index.merge(),
                spill.folder,
                drawer=drawer or backend.local_pool(),
                progress=progress,
                total=len(entries),
                # the manifest is renamed into place with the outputs it describes
                extra={cache_dir / MANIFEST: manifest_text(entries)} if store is not None else {},
                # the pool's workers are idle now: each article's RDF is made there
                helpers=backend.local_pool(),
                window=4 * backend.parallelism,
            )
    if store is not None:
        remove_orphans(cache_dir, {entry.key for entry in entries})
    else:
        (cache_dir / MANIFEST).unlink(missing_ok=True)  # the output no longer matches it
    log.info("wrote %d files to %s", len(written.files), out_dir)
    return BuildReport(
        out_dir=out_dir,
        files=written.files,
        articles=written.articles,
        entities=written.entities,
        relations=written.relations,
        skipped=tuple(skipped),
        analysed=tally.articles - tally.cached,
        cached=tally.cached,
        kept=len(earlier),
    )


def drawer_prepares_at_once(workers: int, dask: str | None, model: str) -> bool:
    """Whether the drawer imports what drawing needs at the start of a build.

    Only while a CPU is free: local workers forked from this process (which holds the
    model) take both at once, so the drawer imports once their analysis is done. Workers
    of a fork server wait about a second for it to load the model; the imports (about
    0.4 s of CPU) fit in that second, and the writing pass no longer waits for them.
    """
    return workers == 1 or dask is not None or not forks_here(model)


@contextlib.contextmanager
def _collector_spared() -> Iterator[None]:
    """Keep what exists now (the loaded model, the analysis's index) from the collector.

    Those objects outlive the pass, and a full collection walks every one of them: in a
    process that holds the model, about a tenth of a second each time, which a build
    paid half a dozen times while it analysed short news in this process, and a
    two-worker build while both workers waited for the entities' merge. They are handed
    back when the outermost block ends. Nothing is done if someone else froze objects
    already (a pool worker does): unfreezing would hand theirs back too.
    """
    global _SPARING
    if gc.get_freeze_count() and not _SPARING:
        yield
        return
    gc.freeze()
    _SPARING += 1
    try:
        yield
    finally:
        _SPARING -= 1
        if not _SPARING:
            gc.unfreeze()


_SPARING = 0  # how many _collector_spared blocks of this process froze and are open


@dataclass(frozen=True)
class Written:
    files: tuple[Path, ...]
    articles: int
    entities: int
    relations: int


def write_graph(
    articles: SpillReader,
    out_dir: Path,
    merge: EntityMerge,
    scratch: Path,
    *,
    drawer: Executor | None = None,
    progress: Callable[[Progress], None] | None = None,
    total: int | None = None,
    extra: Mapping[Path, str] | None = None,
    helpers: Executor | None = None,
    window: int = 4,
) -> Written:
    """Stream the articles (in id order, as the manifest keeps them) into the output files.

    Each article is merged (`merge.apply`), its triples go to the RDF writers and
    its relations to the network; only the sorter's buffer and the network grow.
    Nothing replaces the old outputs until every new file (and the `extra` files,
    path -> text) is complete. Given a `drawer` (a process of this machine, which
    reads the spill itself), the network is built and drawn there while this one
    writes the RDF. Without helpers the drawer (one process, which runs its tasks in the
    order given) also merges and judges each article first and hands the gate's verdicts
    back (judge_articles), so that this process, which has more to write of each article
    than to judge, does not judge it again. Given `helpers` (the analysis pool,
    idle by now), each article's lines and TriG block are made there, `window` tasks
    of a few articles at a time, and this process only writes them, in order; with a
    drawer too, the helpers also hand it each merged article with its gate verdicts (in
    files, see add_network_parts), so the drawer neither merges nor judges an article
    again, and it draws once the last one is in (a drawer other than the helpers must be
    one process, which runs its tasks in the order given). Once graph.nt is written, the
    union's JSON-LD is made from it by a helper, or else by the drawer once it has drawn,
    while this process makes the Turtle: with one worker the drawer's CPU is idle by then.
    """
    targets = [out_dir / name for name in OUTPUT_FILES]
    extra = dict(extra or {})
    shared: set[str] = set()  # keys that can recur across articles (bounded by the index)
    local = relations = count = 0
    words = 0
    started = logged = time.monotonic()
    with staged_outputs([*targets, *extra]) as temporary:
        pictures = {name: temporary[out_dir / name] for name in NETWORK_FILES}
        # with helpers, they hand the drawer its articles (a drawer of its own: one process
        # that runs its tasks in order); without, the drawer merges and judges each article
        # itself and hands the verdicts back for the RDF (see judge_articles)
        parts_drawer = drawer if helpers is not None and drawer is not helpers else None
        judge = drawer if helpers is None else None
        drawing: Future[None] | None = None
        if drawer is not None and drawer is helpers:
            drawing = drawer.submit(draw_network, articles, merge, pictures)
        streams: dict[str, TextIO] = {}
        # the union's Turtle and JSON-LD are written from graph.nt, the JSON-LD apart: by a
        # helper, or by the drawer once it has drawn (one worker: its CPU is free by then)
        apart = helpers if helpers is not None else drawer
        union = ("graph.ttl", "graph.jsonld") if apart is not None else ()
        try:
            streams.update(
                (name, _open_text(temporary[out_dir / name]))
                for name in RDF_FILES
                if name not in union
            )
            rdf = RdfStreams(streams, scratch, buffer_lines=SORT_BUFFER_LINES)
            network: NetworkBuilder | None = None
            if drawer is None:
                from .network import NetworkBuilder  # the analysis needs none of the network

                network = NetworkBuilder()
            outputs: Iterable[ArticleOutput]
            if helpers is not None and network is None:  # the network needs the verdicts
                outputs = _outputs_elsewhere(helpers, articles, merge, scratch, window,
                                             parts_drawer)
            elif judge is not None:
                judged = _judged_apart(judge, articles, merge, scratch)
                # the drawer draws once it has judged the last article, while this process
                # still writes the RDF
                drawing = judge.submit(draw_added, str(scratch), pictures)
                outputs = _judged_outputs(articles, merge, judged)
            else:
                outputs = (article_output(r, merge, network=network) for r in articles)
            for output in outputs:
                rdf.add_lines(output.name, output.lines, output.trig)
                count += 1
                relations += output.relations
                words += output.words
                shared.update(output.shared)
                local += output.local
                if progress is not None:
                    progress(Progress(count, relations, words, output.source,
                                      total=total, stage="writing"))
                if time.monotonic() - logged >= 30:  # quiet logs of a long run still move
                    logged = time.monotonic()
                    log.info("written %d of %s articles", count, total or "?")
            if parts_drawer is not None:  # every article is in: draw while the union is written
                drawing = parts_drawer.submit(draw_added, str(scratch), pictures)
            rdf.finish()
            for stream in streams.values():
                stream.close()
            if apart is not None:
                _write_union_apart(apart, temporary[out_dir / "graph.nt"],
                                   {name: temporary[out_dir / name] for name in union})
            if drawing is not None:
                drawing.result()
            else:
                assert network is not None
                write_network_files(network.graph(), pictures)
        except BaseException:
            if drawing is not None and drawer is not None:
                _stop_task(drawer, drawing)
            raise
        finally:
            for stream in streams.values():
                stream.close()
        for path, text in extra.items():
            temporary[path].write_text(text, encoding="utf-8")
    log.info("wrote the graph in %.1f s", time.monotonic() - started)
    return Written(tuple(sorted(targets)), count, len(shared) + local, relations)


@dataclass(frozen=True)
class ArticleOutput:
    """What the writing pass needs of one merged article: its RDF (made anywhere) and counts."""

    name: str  # the IRI of its named graph
    source: str
    lines: list[str]  # its N-Triples lines, sorted and distinct
    trig: str | None  # its TriG block, when made away from the TriG file
    relations: int  # asserted relations
    words: int
    shared: tuple[str, ...]  # keys of its entities that can recur across articles
    local: int  # how many of its entities cannot


# what the network takes of one merged article: the article, less its text and
# extractions (the network reads neither), and the gate's verdict on each relation
NetworkPart = tuple[ResolvedArticle, "Mapping[Relation, Assessment]"]


def article_output(
    resolved: ResolvedArticle,
    merge: EntityMerge,
    *,
    trig: bool = False,
    network: NetworkBuilder | None = None,
    parts: list[NetworkPart] | None = None,
    judged: Sequence[Assessment] | None = None,
) -> ArticleOutput:
    """One article, merged with the rest, as RDF lines (and its TriG block, with `trig`).

    Given a `network`, its relations are added there too; given `parts`, what the
    network takes of it is appended there (for a network built in another process).
    `judged` is the gate's verdicts on the merged article's relations, in their order, if
    another process judged them already (judge_articles).
    """
    article = merge.apply(resolved)
    # once: the RDF and the network read them
    verdicts = (assess_article(article) if judged is None
                else dict(zip(article.relations, judged, strict=True)))
    name = str(article_iri(article.article))
    lines = article_lines(article, verdicts)
    if network is not None:
        network.add(article, verdicts)
    if parts is not None:  # less to pickle: no text, only the statements the network keeps
        kept = {r: v for r, v in verdicts.items() if v.asserted or v.candidate}
        slim = ResolvedArticle(article=replace(article.article, text=""), entities=article.entities,
                               relations=tuple(r for r in article.relations if r in kept))
        parts.append((slim, kept))
    shared = tuple(entity.key for entity in article.entities if entity.key in merge.entities)
    return ArticleOutput(
        name=name,
        source=article.article.source,
        lines=lines,
        trig=trig_block(name, lines) if trig else None,
        relations=sum(v.asserted for v in verdicts.values()),
        words=len(article.article.text.split()),
        shared=shared,
        local=len(article.entities) - len(shared),
    )


def article_outputs(
    articles: SpillReader, merge: Path, network: Path | None = None
) -> tuple[ArticleOutput, ...]:
    """A helper process's task in the writing pass: a few articles' output, in order.

    `merge` is the EntityMerge pickled to a file, read once per process and build.
    Given `network`, what the network takes of these articles is pickled to that file.
    """
    entity_merge = _read_merge(merge)
    parts: list[NetworkPart] | None = [] if network is not None else None
    done = tuple(article_output(resolved, entity_merge, trig=True, parts=parts)
                 for resolved in articles)
    if network is not None:
        with open(network, "wb") as handle:
            pickle.dump(parts, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return done


@lru_cache(maxsize=1)
def _read_merge(path: Path) -> EntityMerge:
    with open(path, "rb") as handle:
        return typing.cast(EntityMerge, pickle.load(handle))


# articles per task of a helper in the writing pass: a few, so the tasks share out evenly
OUTPUT_BATCH = 4


def _outputs_elsewhere(
    helpers: Executor,
    articles: SpillReader,
    merge: EntityMerge,
    scratch: Path,
    window: int,
    drawer: Executor | None = None,
) -> Iterator[ArticleOutput]:
    """The articles' outputs made by `helpers`, a few articles a task, in input order.

    Given a `drawer`, each task's network parts are added there as the task comes back
    (in order), for draw_added to draw.
    """
    path = _merge_file(merge, scratch)
    tasks = (
        (SpillReader(articles.path, offsets), scratch / f"network-{i}.pickle" if drawer else None)
        for i, offsets in enumerate(chunks(articles.offsets, OUTPUT_BATCH))
    )
    for (_, network), done in ordered_map(
        lambda task: helpers.submit(article_outputs, task[0], path, task[1]), tasks, window=window
    ):
        if drawer is not None and network is not None:
            drawer.submit(add_network_parts, str(scratch), network)
        yield from done


def _merge_file(merge: EntityMerge, scratch: Path) -> Path:
    """The merge pickled to a file of the scratch folder, for other processes (_read_merge)."""
    path = scratch / "merge.pickle"
    with open(path, "wb") as handle:
        pickle.dump(merge, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _judged_apart(
    drawer: Executor, articles: SpillReader, merge: EntityMerge, scratch: Path
) -> list[Future[tuple[tuple[Assessment, ...], ...]]]:
    """The drawer's verdicts on the articles, a few articles a task, every task sent at once.

    The drawer (one process that runs its tasks in order) then runs ahead of this one,
    which writes more of each article than it judges, and can draw as soon as it is done.
    """
    path = _merge_file(merge, scratch)
    return [drawer.submit(judge_articles, str(scratch), SpillReader(articles.path, offsets), path)
            for offsets in chunks(articles.offsets, OUTPUT_BATCH)]


def _judged_outputs(
    articles: SpillReader,
    merge: EntityMerge,
    judged: Iterable[Future[tuple[tuple[Assessment, ...], ...]]],
) -> Iterator[ArticleOutput]:
    """The articles' outputs, made here with the verdicts the drawer handed back, in order."""
    reading = iter(articles)
    for task in judged:
        for verdicts in task.result():
            yield article_output(next(reading), merge, judged=verdicts)


def judge_articles(
    build: str, articles: SpillReader, merge: Path
) -> tuple[tuple[Assessment, ...], ...]:
    """A drawer's task without helpers: merge and judge a few articles, add them to this
    build's network (draw_added draws it), and hand back each one's verdicts in the order
    of its merged relations (for article_output's `judged`)."""
    entity_merge = _read_merge(merge)
    judged = []
    with _adding_to(build) as network:
        for resolved in articles:
            article = entity_merge.apply(resolved)
            verdicts = assess_article(article)
            network.add(article, verdicts)
            judged.append(tuple(verdicts.values()))
    return tuple(judged)


def _write_union_apart(helpers: Executor, ntriples: Path, targets: Mapping[str, Path]) -> None:
    """The union's JSON-LD made by a helper while this process makes its Turtle.

    Both read the finished N-Triples file (the union, sorted). If this process fails or
    is stopped meanwhile, the helper is ended before the temporary files are removed.
    """
    jsonld = {name: path for name, path in targets.items() if name == "graph.jsonld"}
    rest = {name: path for name, path in targets.items() if name not in jsonld}
    apart = helpers.submit(write_from_ntriples, ntriples, jsonld)
    try:
        write_from_ntriples(ntriples, rest)
        apart.result()
    except BaseException:
        _stop_task(helpers, apart)
        raise


def draw_network(
    articles: Iterable[ResolvedArticle], merge: EntityMerge, paths: Mapping[str, Path]
) -> None:
    """Build the actor network of the articles and write its files to the given paths."""
    from .network import NetworkBuilder

    network = NetworkBuilder()
    for resolved in articles:
        network.add(merge.apply(resolved))
    write_network_files(network.graph(), paths)


# The networks a drawer process is building, by build (its scratch folder): each is
# built by add_network_parts tasks, in order, and drawn by draw_added
_ADDED: dict[str, NetworkBuilder | BaseException] = {}


def add_network_parts(build: str, parts: Path) -> None:
    """Add the network parts a helper pickled to `parts` (then removed) to this build's network.

    A failure is kept for draw_added to raise: nobody waits for these tasks themselves,
    and a network with articles missing must never be drawn.
    """
    with _adding_to(build) as network:
        with open(parts, "rb") as handle:
            added = typing.cast(list[NetworkPart], pickle.load(handle))
        parts.unlink()
        for article, verdicts in added:
            network.add(article, verdicts)


@contextlib.contextmanager
def _adding_to(build: str) -> Iterator[NetworkBuilder]:
    """This build's network in the drawer, to add articles to.

    A failure is kept for draw_added to raise: a network with articles missing must
    never be drawn. After one, the failure is raised again, and nothing is added.
    """
    from .network import NetworkBuilder

    network = _ADDED.get(build)
    if network is None:
        network = _ADDED[build] = NetworkBuilder()
    if isinstance(network, BaseException):
        raise network
    try:
        yield network
    except BaseException as e:
        _ADDED[build] = e
        raise


def draw_added(build: str, paths: Mapping[str, Path]) -> None:
    """Write the network files of what add_network_parts added for this build."""
    from .network import NetworkBuilder

    network = _ADDED.pop(build, None) or NetworkBuilder()
    if isinstance(network, BaseException):
        raise network
    write_network_files(network.graph(), paths)


def write_network_files(graph: nx.MultiDiGraph, paths: Mapping[str, Path]) -> None:
    """The actor network's page, picture and GraphML, to the paths of those file names."""
    from .network import write_graphml
    from .page import render_page
    from .picture import render_png

    paths["network.html"].write_text(render_page(graph), encoding="utf-8")
    paths["network.png"].write_bytes(render_png(graph))
    write_graphml(graph, paths["network.graphml"])


@contextlib.contextmanager
def _early_drawer(*, prepare: bool = True) -> Iterator[Executor | None]:
    """The process that will draw the network, forked at the start of a build.

    Forked before any pool or thread exists, it imports what drawing needs while the
    articles are analysed (with `prepare`: a second CPU that one worker leaves free), and
    draws when the writing pass starts. None where forking is not safe.
    """
    drawer = _one_fork()
    if drawer is None:
        yield None
        return
    try:
        if prepare:
            drawer.submit(_prepare_drawing)
        yield drawer
    except BaseException:
        kill_workers(drawer)  # Ctrl-C or an error: no need to wait for its imports
        raise
    finally:
        drawer.shutdown(wait=True, cancel_futures=True)


def _prepare_drawing() -> None:
    """Import the drawing's modules (networkx, matplotlib) ahead of the drawing.

    Run in the drawer's own process. What the imports make lives as long as the process:
    the cyclic collector is paused while they run (its walks over the growing heap took
    about 0.06 s of their 0.44 s of CPU on the short corpus) and then told to leave it
    alone (`gc.freeze`), so the drawing's own collections do not walk it again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        with _no_property_docs():
            from . import network, page, picture  # noqa: F401
    finally:
        if enabled:
            gc.enable()
    gc.freeze()


@contextlib.contextmanager
def _no_property_docs() -> Iterator[None]:
    """While matplotlib is imported, its artists' property tables are left out of docstrings.

    Each Artist class writes the table of its settable properties into a docstring as it
    is defined (`matplotlib.artist.kwdoc`): about 0.08 s of CPU in importing matplotlib,
    for help text a drawer never shows. Only its docstrings change.
    """
    try:
        import matplotlib.artist as artist
    except ImportError:  # the drawing's own import says what is missing
        yield
        return
    kwdoc = artist.kwdoc
    artist.kwdoc = _no_doc
    try:
        yield
    finally:
        artist.kwdoc = kwdoc


def _no_doc(artist: object) -> str:
    return ""


def _one_fork() -> Executor | None:
    """One forked process to draw the network in, where forking is safe (Linux, no threads).

    A forked child shares the parent's memory until it writes, so it starts at once
    and needs no model; elsewhere the network is drawn in this process, after the RDF.
    It runs no thread in this process, so the analysis pool may still be forked from
    this one (corpus.forks_here).
    """
    if sys.platform != "linux" or threading.active_count() > 1:
        return None
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ForkedProcess()


def _stop_task(pool: Executor, task: Future[None]) -> None:
    """End a task that writes output files (a drawing, the JSON-LD) and is still going.

    Otherwise it would go on writing them after the build gave up (Ctrl-C, an error),
    and leave new ones behind. So the pool's processes are ended; it is not used again.
    """
    if task.done() or task.cancel():
        return
    kill_workers(pool)
    with contextlib.suppress(BaseException):
        task.exception(timeout=10)


def _open_text(path: Path) -> TextIO:
    """A UTF-8 text stream that writes newlines as they are, buffered for big files."""
    return open(path, "w", encoding="utf-8", newline="", buffering=1 << 20)


class Spill:
    """The analysed articles of a build, kept on disk between its two passes.

    One append-only pickle file in a hidden folder of the output folder (the
    same disk as the output, which is where the room is); removed at the end.
    The folder's name holds the build's process id, so that the next build can
    remove what a killed one left (a spill is tens of KB an article).
    """

    PREFIX = ".newsgraph-work-"

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._folder: Path | None = None
        self._handle: BinaryIO | None = None
        self._offsets: dict[str, int] = {}

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            self.remove_abandoned(self.out_dir)
            prefix = f"{self.PREFIX}{os.getpid()}-"
            self._folder = Path(tempfile.mkdtemp(prefix=prefix, dir=self.out_dir))
        return self._folder

    @classmethod
    def remove_abandoned(cls, out_dir: Path) -> None:
        """Remove the work folders of builds whose process is gone (killed, or crashed)."""
        for folder in out_dir.glob(f"{cls.PREFIX}*"):
            pid = folder.name[len(cls.PREFIX) :].partition("-")[0]
            if pid.isdigit() and not process_alive(int(pid)):
                log.info("removing %s, left by a build that did not finish", folder)
                shutil.rmtree(folder, ignore_errors=True)

    def __contains__(self, key: str) -> bool:
        return key in self._offsets

    def put(self, key: str, resolved: ResolvedArticle | Packed) -> None:
        """Keep an article (a Packed one is written as it was pickled)."""
        if self._handle is None:
            self._handle = open(self.folder / "articles.pickle", "w+b")  # noqa: SIM115
        self._handle.seek(0, os.SEEK_END)
        self._offsets[key] = self._handle.tell()
        if isinstance(resolved, Packed):
            self._handle.write(resolved.data)
        else:
            pickle.dump(resolved, self._handle, protocol=pickle.HIGHEST_PROTOCOL)

    def reader(self, keys: Sequence[str]) -> SpillReader:
        """The articles of these keys, in this order, readable in another process too."""
        if self._handle is not None:
            self._handle.flush()
        path = self.folder / "articles.pickle"
        return SpillReader(path, tuple(self._offsets[key] for key in keys))

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None:
            self._handle.close()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)


@dataclass(frozen=True)
class SpillReader:
    """Articles of a spill file, read one at a time (picklable: only a path and offsets)."""

    path: Path
    offsets: tuple[int, ...]

    def __iter__(self) -> Iterator[ResolvedArticle]:
        if not self.offsets:
            return
        with open(self.path, "rb") as handle:
            for offset in self.offsets:
                handle.seek(offset)
                yield typing.cast(ResolvedArticle, pickle.load(handle))


def _earlier_articles(
    entries: Sequence[Entry],
    backend: Backend,
    store: ArticleCache | None,
    spill: Spill,
    index: EntityIndex,
    skipped: list[tuple[str, str]],
) -> None:
    """Bring the analyses of articles earlier builds wrote into this build's spill and index.

    They are made again if the settings changed.
    """
    if store is None:
        return
    stale: list[Article] = []
    for entry in entries:
        hit = store.get(entry.key)
        if hit is not None:
            index.add(hit.entities)
            spill.put(entry.key, from_source(hit, entry.source))
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
                index.add(outcome.resolved.entities)
                spill.put(outcome.key, outcome.resolved)
