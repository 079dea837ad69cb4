"""Many articles at once: a per-article cache, incremental builds and parallel analysis.

The expensive part of a build is parsing and reading each article; merging and
writing the graph is cheap by comparison. So each article's analysis (its
ResolvedArticle) is stored as JSON under `OUT/.newsgraph-cache/`, keyed by a
digest of the article, and a manifest records which articles the output folder
holds. A re-run analyses only what is new and renders the union again, so
building A and then B gives the same bytes as building A and B at once.

Analysis runs on any `concurrent.futures.Executor`: inline in this process,
a local process pool, or a Dask cluster's executor. The same task function
(`analyse_batch`) runs in all three, and results are taken back in input order,
so the output never depends on how many workers there were.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import json
import logging
import os
import pickle
import sys
import tempfile
import time
import types
import typing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import AnalysisTimeout, NewsgraphError, UsageError
from .models import Article, Entity, ResolvedArticle
from .writing import remove_debris

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

log = logging.getLogger(__name__)

CACHE_DIR = ".newsgraph-cache"
MANIFEST = "manifest.json"
CACHE_FORMAT = 1  # bump when the layout of cache files changes
DASK_CONNECT_TIMEOUT = "20s"
# articles a task of a local backend analyses (and spaCy parses) at once, and at most how
# many single articles a worker takes at the end of a corpus (see analyse_corpus)
LOCAL_BATCH = 16
TAIL_ARTICLES = 8

T = TypeVar("T")
R = TypeVar("R")


# ------------------------------------------------------------------ JSON codec
#
# A generic codec over the frozen dataclasses of models.py, driven by their type
# hints, so a field added later (with a default) needs no change here.


def to_json(value: Any) -> Any:
    """A JSON-ready form of a dataclass value; fields at their default are left out."""
    kind: type = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple or kind is list:
        return [to_json(item) for item in value]
    fields = _fields(kind)
    if fields is not None:
        out: dict[str, Any] = {}
        for name, default in fields:
            item = getattr(value, name)
            if default is not _NO_DEFAULT and item == default:
                continue
            out[name] = to_json(item)
        return out
    if isinstance(value, (tuple, list)):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    return value


_PLAIN = frozenset({str, int, float, bool, type(None)})
_NO_DEFAULT = object()


@cache
def _fields(kind: type) -> tuple[tuple[str, Any], ...] | None:
    """A dataclass's field names, each with its default (made once), or None: no dataclass."""
    if not dataclasses.is_dataclass(kind):
        return None
    made = []
    for f in dataclasses.fields(kind):
        if f.default is not dataclasses.MISSING:
            made.append((f.name, f.default))
        elif f.default_factory is not dataclasses.MISSING:
            made.append((f.name, f.default_factory()))  # an empty tuple, list or dict
        else:
            made.append((f.name, _NO_DEFAULT))
    return tuple(made)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_json(hint: Any, data: Any) -> Any:
    """Rebuild a value of type `hint` from what `to_json` made of it."""
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        hints = _hints(hint)
        kwargs = {name: from_json(hints[name], item) for name, item in data.items()}
        return hint(**kwargs)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        options = [arg for arg in args if arg is not type(None)]
        if len(options) == 1:
            return from_json(options[0], data)
        for option in options:  # e.g. str | int: keep the value whose type fits
            base = typing.get_origin(option) or option
            if isinstance(base, type) and isinstance(data, base):
                return from_json(option, data)
        return data
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_json(args[0], item) for item in data)
        if args:
            return tuple(from_json(arg, item) for arg, item in zip(args, data, strict=True))
        return tuple(data)
    if origin is list:
        return [from_json(args[0], item) for item in data] if args else list(data)
    if origin is dict:
        return {key: from_json(args[1], item) for key, item in data.items()}
    if hint is float and isinstance(data, int):
        return float(data)
    return data


def dumps(value: Any) -> str:
    """Canonical JSON text: sorted keys, no spaces, so equal values give equal bytes."""
    return json.dumps(to_json(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def article_key(article: Article) -> str:
    """A digest of the article's text and metadata, but not of where it was read from.

    Analysis never looks at `source`, so a moved or renamed file is not analysed again.
    """
    anywhere = dataclasses.replace(article, source="")
    return hashlib.sha256(dumps(anywhere).encode("utf-8")).hexdigest()


def from_source(resolved: ResolvedArticle, source: str) -> ResolvedArticle:
    """A cached analysis, as read from `source` this time."""
    if resolved.article.source == source:
        return resolved
    return dataclasses.replace(
        resolved, article=dataclasses.replace(resolved.article, source=source)
    )


# -------------------------------------------------------------- what analysis depends on


@dataclass(frozen=True)
class Settings:
    """Everything besides the article that its analysis depends on."""

    model: str
    gazetteer: Gazetteer | None = None

    def fingerprint(self) -> str:
        """Changes whenever a cached analysis might no longer be what a fresh one gives."""
        digest = hashlib.sha256()
        for part in (
            str(CACHE_FORMAT),
            _code_digest(),
            self.model,
            _model_version(self.model),
            _package_version("spacy"),
        ):
            digest.update(part.encode("utf-8") + b"\0")
        if self.gazetteer is not None:
            digest.update(hashlib.sha256(pickle.dumps(self.gazetteer, protocol=4)).digest())
        return digest.hexdigest()


@cache
def _code_digest() -> str:
    """The package's own source and ontology: editing either invalidates the cache."""
    from .vocabulary import ontology_dir

    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    files = sorted(package.rglob("*.py")) + sorted(ontology_dir().glob("*.ttl"))
    for path in files:
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _package_version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


def _model_version(model: str) -> str:
    """The installed model's version, found without loading the model."""
    version = _package_version(model) or _package_version(model.replace("_", "-"))
    if version:
        return version
    meta = Path(model) / "meta.json"
    return meta.read_text(encoding="utf-8") if meta.is_file() else ""


# ------------------------------------------------------------------- the cache


class ArticleCache:
    """Each article's analysis as one JSON file, written atomically as it is made."""

    def __init__(self, root: Path, fingerprint: str) -> None:
        self.root = root
        self.fingerprint = fingerprint

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> ResolvedArticle | None:
        """The stored analysis, or None when absent, unreadable or made by other settings."""
        path = self.path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as e:
            log.warning("ignoring unreadable cache file %s: %s", path, e)
            return None
        if data.get("settings") != self.fingerprint:
            return None
        try:
            return typing.cast(ResolvedArticle, from_json(ResolvedArticle, data["resolved"]))
        except (KeyError, TypeError, ValueError) as e:
            log.warning("ignoring malformed cache file %s: %s", path, e)
            return None

    def article(self, key: str) -> Article | None:
        """The article stored under key, whatever settings analysed it (to analyse it again)."""
        try:
            data = json.loads(self.path(key).read_text(encoding="utf-8"))
            return typing.cast(Article, from_json(Article, data["resolved"]["article"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, resolved: ResolvedArticle) -> None:
        record = {"settings": self.fingerprint, "resolved": to_json(resolved)}
        text = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        write_text_atomic(self.path(key), text)


def write_text_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and a rename: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------- the manifest


@dataclass(frozen=True, order=True)
class Entry:
    """One article the output folder holds."""

    id: str  # Article.id
    source: str
    key: str  # article_key, the cache file's name


def read_manifest(cache_dir: Path) -> tuple[Entry, ...]:
    """The articles an earlier build wrote into this output folder (none if no manifest)."""
    path = cache_dir / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return tuple(Entry(**item) for item in data["articles"])
    except FileNotFoundError:
        return ()
    except (OSError, ValueError, KeyError, TypeError) as e:
        log.warning("ignoring unreadable manifest %s: %s", path, e)
        return ()


def remove_cache_debris(cache_dir: Path) -> int:
    """Remove the temporary files a killed build left in the cache; only under the folder lock.

    They are the hidden `.KEY.json.*.tmp` of `write_text_atomic` and the manifest's.
    """
    removed = remove_debris(cache_dir, [MANIFEST])
    for path in cache_dir.glob("??/.*.json.*.tmp"):
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def remove_orphans(cache_dir: Path, keep: set[str]) -> int:
    """Delete cached analyses the output no longer holds (replaced versions); how many."""
    removed = 0
    for path in cache_dir.glob("??/*.json"):
        if path.stem not in keep:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def manifest_text(entries: Iterable[Entry]) -> str:
    articles = [dataclasses.asdict(entry) for entry in sorted(entries)]
    return json.dumps({"format": CACHE_FORMAT, "articles": articles}, indent=1) + "\n"


# Sources that name no lasting place: two runs from them are two different articles.
_ANONYMOUS_SOURCES = frozenset({"", "-"})


def combine(previous: Iterable[Entry], current: Iterable[Entry]) -> list[Entry]:
    """The articles the output holds after this run, in a canonical order.

    An article of this run replaces an earlier one read from the same source (the
    file was edited) or with the same id (the same text again). The order is by
    id, never by run, so the output does not depend on how the corpus was split
    across runs.
    """
    current = list(current)
    sources = {entry.source for entry in current} - _ANONYMOUS_SOURCES
    by_id: dict[str, Entry] = {}
    for entry in current:  # within one run, the first of the same text wins
        by_id.setdefault(entry.id, entry)
    for entry in previous:
        if entry.source not in sources:
            by_id.setdefault(entry.id, entry)
    return sorted(by_id.values())


# ----------------------------------------------------------------- executors


class InlineExecutor(Executor):
    """Runs each task in this process when its result is asked for: the one-worker case.

    Not when it is submitted: the analysis submits a window of batches ahead of the one
    it waits for (so that a pool's workers never idle), and run at submit time the whole
    window was analysed before the first article was shown done (some 4 s of a short
    corpus without a sign of progress). Asked for in order, each task runs just then; a
    task nobody asks for (the build failed meanwhile) never runs.
    """

    def submit(self, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> Future[R]:
        return _Deferred(fn, args, kwargs)


class _Deferred(Future[R]):
    """A future of the InlineExecutor: its task runs, here, when its outcome is first asked."""

    def __init__(self, fn: Callable[..., R], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        super().__init__()
        self._task: tuple[Callable[..., R], tuple[Any, ...], dict[str, Any]] | None = (
            fn, args, kwargs
        )

    def _run(self) -> None:
        task, self._task = self._task, None
        if task is None or not self.set_running_or_notify_cancel():  # ran, or cancelled
            return
        fn, args, kwargs = task
        try:
            self.set_result(fn(*args, **kwargs))
        except BaseException as e:
            self.set_exception(e)

    def result(self, timeout: float | None = None) -> R:
        self._run()
        return super().result(timeout)

    def exception(self, timeout: float | None = None) -> BaseException | None:
        self._run()
        return super().exception(timeout)


class ForkedProcess(Executor):
    """One forked process that runs the tasks given to it, in the order given (Linux).

    A ProcessPoolExecutor runs two threads in this process (its manager and its queue's
    feeder); a pool forked from this process after them (see forks_here) would copy
    whatever lock one of them held at that instant, which is why Python 3.12 warns about
    fork() with threads. This one runs none here: tasks and results cross one pipe, and
    the results are read when a future is asked about (or at the next submit). In the
    child, a thread takes the tasks off the pipe as they come, so a submit never waits
    for the task before it to end.
    """

    def __init__(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self._pipe, theirs = context.Pipe()
        self._process = context.Process(
            target=_run_tasks, args=(theirs, os.getpid()), name="newsgraph-forked", daemon=True
        )
        self._process.start()
        theirs.close()
        self._pending: deque[_PipedFuture[Any]] = deque()
        self._closed = False

    def submit(self, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> Future[R]:
        if self._closed:
            raise RuntimeError("cannot submit a task to a process that was shut down")
        future: _PipedFuture[R] = _PipedFuture(self)
        future.set_running_or_notify_cancel()  # sent at once: no longer to be cancelled
        try:
            self._pipe.send((fn, args, kwargs))
        except (OSError, ValueError) as e:  # the process is gone
            future.set_exception(BrokenProcessPool(f"the forked process has ended ({e})"))
            return future
        self._pending.append(future)
        self.collect()
        return future

    def collect(self, until: Future[Any] | None = None, timeout: float | None = None) -> None:
        """Take the results that have come back; with `until`, wait (up to `timeout`) for its."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self._pending:
            waiting = until is not None and not Future.done(until)
            left = None if deadline is None else max(deadline - time.monotonic(), 0.0)
            try:
                if not self._pipe.poll(left if waiting else 0):
                    return
                ok, value = self._pipe.recv()
            except (EOFError, OSError):
                self._fail(BrokenProcessPool("the forked process ended before its tasks did"))
                return
            future = self._pending.popleft()
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def _fail(self, error: BaseException) -> None:
        while self._pending:
            self._pending.popleft().set_exception(error)

    def kill(self) -> None:
        """End the process at once, whatever it is doing; its unfinished tasks fail."""
        self._closed = True
        with contextlib.suppress(OSError, ValueError, AttributeError):
            self._process.kill()
            self._process.join(5)
        self.collect()  # what it sent before it was killed, then the rest fail
        self._fail(BrokenProcessPool("the forked process was stopped"))

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """No more tasks; with `wait`, until those given have ended (none can be cancelled)."""
        if self._closed and not self._process.is_alive():
            return
        self._closed = True
        with contextlib.suppress(OSError, ValueError):
            self._pipe.send(None)  # the child ends after the tasks before this
        if wait:
            if self._pending:
                self.collect(until=self._pending[-1])
            self._process.join()
        self._fail(BrokenProcessPool("the forked process was shut down"))
        self._pipe.close()


class BrokenProcessPool(RuntimeError):
    """The process that was to run a task has ended (killed, or shut down)."""


class _PipedFuture(Future[R]):
    """A future of a ForkedProcess: asking about it reads the results that came back."""

    def __init__(self, owner: ForkedProcess) -> None:
        super().__init__()
        self._owner = owner

    def done(self) -> bool:
        self._owner.collect()
        return super().done()

    def result(self, timeout: float | None = None) -> R:
        self._owner.collect(until=self, timeout=timeout)
        return super().result(timeout=0 if timeout is not None else None)

    def exception(self, timeout: float | None = None) -> BaseException | None:
        self._owner.collect(until=self, timeout=timeout)
        return super().exception(timeout=0 if timeout is not None else None)


def _run_tasks(pipe: Any, parent: int) -> None:
    """A ForkedProcess's loop: run each task that comes, in order, and send back its result."""
    import queue
    import threading

    die_with_parent(parent)
    # what it was forked with (the build's modules, a loaded model) lives as long as it
    # does: out of its collector's sight, whose full walks over it took about 0.27 s of a
    # drawing's 2 s of CPU (and copy the pages it shares with the build)
    gc.freeze()
    tasks: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def receive() -> None:  # so that a big task sent meanwhile never waits on this one
        while True:
            try:
                task = pipe.recv()
            except (EOFError, OSError):
                task = None
            tasks.put(task)
            if task is None:
                return

    threading.Thread(target=receive, name="newsgraph-tasks", daemon=True).start()
    while (task := tasks.get()) is not None:
        fn, args, kwargs = task
        try:
            reply = (True, fn(*args, **kwargs))
        except BaseException as e:  # the caller's future gets it
            reply = (False, e)
        try:
            pipe.send(reply)
        except (OSError, ValueError):  # the build is gone
            return
        except Exception as e:  # a result or an error that does not pickle
            pipe.send((False, RuntimeError(f"{getattr(fn, '__name__', fn)}: {short_reason(e)}")))


def ordered_map(
    submit: Callable[[T], Future[R]], items: Iterable[T], *, window: int
) -> Iterator[tuple[T, R]]:
    """Each item with its result, in input order, with at most `window` tasks in flight.

    `submit` starts the work for one item (e.g. `lambda x: executor.submit(fn, x)`).
    The window bounds memory: the input is read only as fast as results come back.
    """
    pending: deque[tuple[T, Future[R]]] = deque()
    for item in items:
        pending.append((item, submit(item)))
        if len(pending) >= max(window, 1):
            done, future = pending.popleft()
            yield done, future.result()
    while pending:
        done, future = pending.popleft()
        yield done, future.result()


@dataclass(frozen=True)
class Failed:
    """An article whose analysis raised: in a corpus it is skipped, not fatal."""

    source: str
    reason: str


@dataclass(frozen=True)
class Packed:
    """An analysed article pickled once, where it was made, with what a build reads of it.

    A pool worker sends its articles so: the build writes `data` to its spill as it is
    and reads only the entities and counts, where a ResolvedArticle would be unpickled
    there and pickled again (a tenth of the CPU of a two-worker build's writing pass).
    """

    id: str
    source: str
    words: int
    relations: int
    entities: tuple[Entity, ...]
    data: bytes  # the ResolvedArticle, pickled
    stored: bool = False  # written to the build's cache already, where it was made

    @classmethod
    def of(cls, resolved: ResolvedArticle, *, stored: bool = False) -> Packed:
        return cls(
            id=resolved.article.id,
            source=resolved.article.source,
            words=len(resolved.article.text.split()),
            relations=len(resolved.relations),
            entities=resolved.entities,
            data=pickle.dumps(resolved, protocol=pickle.HIGHEST_PROTOCOL),
            stored=stored,
        )

    def unpack(self) -> ResolvedArticle:
        return typing.cast(ResolvedArticle, pickle.loads(self.data))


def analyse_packed(
    task: Callable[..., tuple[ResolvedArticle | Failed, ...]],
    settings: Settings | None,
    articles: Sequence[Article],
    *,
    skip_failures: bool = False,
    store: ArticleCache | None = None,
    keys: Sequence[str] = (),
) -> tuple[Packed | Failed, ...]:
    """A pool worker's task when the build asks for packed results: `task`, each article packed.

    Given the build's cache (`store`, and each article's key), the worker writes each
    analysis there itself, as the build would on receiving it: the build's own process
    shares the CPUs with its workers, and the JSON is a tenth of a short article's writing.
    """
    done = task(settings, articles, skip_failures=skip_failures)
    if store is None:
        return tuple(item if isinstance(item, Failed) else Packed.of(item) for item in done)
    packed: list[Packed | Failed] = []
    for item, key in zip(done, keys, strict=True):
        if isinstance(item, Failed):
            packed.append(item)
            continue
        store.put(key, item)
        packed.append(Packed.of(item, stored=True))
    return tuple(packed)


_WORKER_SETTINGS: Settings | None = None
_WORKER_ERROR: BaseException | None = None


# prctl(2) option: the signal the kernel sends this process when its parent ends
_PR_SET_PDEATHSIG = 1


def die_with_parent(build: int) -> None:
    """Set up a worker process so that it never outlives the build (process `build`).

    A worker blocked on its task pipe would otherwise wait forever once a killed build
    is gone. A worker the build forked itself is sent SIGKILL by the kernel when its
    parent ends (Linux). A worker of a fork server is the server's child, and the server
    lives as long as its children do, so such a worker watches the build instead.
    Ctrl-C and SIGTERM are the build's to handle: it stops its workers itself.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if os.getppid() != build:
        _watch(build)
        return
    if sys.platform == "linux":
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):  # no prctl here: the build's shutdown still stops it
            pass
    if os.getppid() != build:  # the build ended before the kernel was told
        os._exit(1)


def _watch(build: int) -> None:
    """End this process, from a background thread, as soon as process `build` ends."""
    import select
    import threading

    try:
        handle = os.pidfd_open(build)  # Linux 5.3: readable once the process has ended
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        handle = -1

    def wait() -> None:
        if handle >= 0:
            select.select([handle], [], [])
        else:  # no pidfd: look once a second
            while process_alive(build):
                time.sleep(1)
        os._exit(1)

    threading.Thread(target=wait, name="newsgraph-watch-build", daemon=True).start()


def process_alive(pid: int) -> bool:
    """Whether a process of this id is running (this one is)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process: alive
        return True
    return True


def _init_worker(settings: Settings, build: int) -> None:
    """Load the spaCy pipeline once per worker process, before its first task."""
    global _WORKER_SETTINGS, _WORKER_ERROR

    die_with_parent(build)
    _WORKER_SETTINGS = settings
    from .parsing import load_pipeline

    try:
        load_pipeline(settings.model)
    except Exception as e:  # a failing initializer breaks the pool; report it on first task
        _WORKER_ERROR = e
    # what the worker was forked with (the model, the build's own objects) lives as long as
    # it does: out of its collector's sight, whose walks would copy those shared pages
    gc.freeze()


def analyse_batch(
    settings: Settings | None, articles: Sequence[Article], *, skip_failures: bool = False
) -> tuple[ResolvedArticle | Failed, ...]:
    """The task every backend runs: parse, extract and resolve a few articles, in order.

    `settings` is None in a process pool, whose initializer gave them already. With
    `skip_failures`, an article whose analysis raises comes back as `Failed`
    instead of failing the batch (the project's own errors always propagate).
    """
    from .analysis import analyse
    from .parsing import load_pipeline

    if _WORKER_ERROR is not None:
        raise _WORKER_ERROR
    settings = settings or _WORKER_SETTINGS
    if settings is None:
        raise RuntimeError("analyse_batch needs settings or a worker initialised with them")
    nlp = load_pipeline(settings.model)
    if not skip_failures:
        return tuple(analyse(nlp, articles, gazetteer=settings.gazetteer))
    done: list[ResolvedArticle | Failed] = []
    try:
        for resolved in analyse(nlp, articles, gazetteer=settings.gazetteer):
            done.append(resolved)
        return tuple(done)
    except AnalysisTimeout as e:  # skip the slow one, go on with those after it
        log.warning("%s", e)
        culprit = articles[len(done)]
        done.append(Failed(culprit.source, str(e).removeprefix(f"{culprit.source}: ")))
        rest = articles[len(done):]
        return tuple(done) + (analyse_batch(settings, rest, skip_failures=True) if rest else ())
    except NewsgraphError:
        raise
    except Exception:
        if len(articles) > 1:  # find the culprit: the others still count
            return tuple(
                item
                for article in articles
                for item in analyse_batch(settings, (article,), skip_failures=True)
            )
        error = sys.exc_info()[1]
        log.info("analysis of %s failed", articles[0].source, exc_info=True)
        return (Failed(articles[0].source, f"analysis failed: {short_reason(error)}"),)


def short_reason(error: BaseException | None, limit: int = 160) -> str:
    """An error as one short line: its type and the first line or sentence of its message.

    A library's message can be a paragraph (spaCy's E088 is eight lines); a skipped
    article's reason is one line of a report.

    >>> short_reason(ValueError("[E1] Text is too long.\\nSplit it, or raise the limit."))
    'ValueError: [E1] Text is too long.'
    """
    text = " ".join(str(error).split("\n", 1)[0].split()) if error is not None else ""
    first, dot, _ = text.partition(". ")
    text = first + "." if dot else text
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    name = type(error).__name__ if error is not None else "error"
    return f"{name}: {text}" if text else name


class Backend:
    """Where analysis runs: an executor, and the settings argument its tasks get.

    Inline runs tasks in this process; `workers > 1` starts a local process pool
    (its workers forked with the pipeline loaded, by a fork server or by this process
    if it holds the model: see forks_here); `dask` sends tasks
    to a Dask cluster through its concurrent.futures executor. The pool starts on
    the first task, so a run whose articles are all cached starts no worker (though
    `newsgraph build --workers N` starts the workers' fork server, which loads the
    model, at once: see cli._start_workers_early).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        workers: int = 1,
        dask: str | None = None,
        task: Callable[..., tuple[ResolvedArticle | Failed, ...]] | None = None,
    ) -> None:
        if workers < 1:
            raise UsageError(f"--workers must be at least 1, not {workers}")
        if dask is not None and workers != 1:
            raise UsageError("give either --workers N (this machine) or --dask ADDRESS, not both")
        self.settings = settings
        self.workers = workers
        self.task = task or analyse_batch  # tests put a stand-in here; it must pickle
        self._executor: Executor | None = None
        self._settings_arg: Any = settings
        self._close: Callable[[], None] = lambda: None
        self.parallelism = workers
        if dask is not None:
            self._start_dask(dask)

    def _start_dask(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError as e:
            raise UsageError("--dask needs Dask distributed: pip install 'newsgraph[dask]'") from e
        try:
            client = Client(address, timeout=DASK_CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            raise UsageError(
                f"cannot reach the Dask scheduler at {address} ({e}); "
                "give its address as tcp://HOST:8786"
            ) from e
        cores = sum(client.nthreads().values())
        if cores == 0:
            client.close()
            raise UsageError(f"the Dask scheduler at {address} has no workers; start some first")
        # Sent once to every worker rather than with every task (a gazetteer can be large).
        self._settings_arg = client.scatter(self.settings, broadcast=True, hash=False)
        self._executor = client.get_executor(pure=False)
        self.parallelism = cores
        self._close = client.close
        log.info("analysing on the Dask cluster at %s (%d worker threads)", address, cores)

    def _start_pool(self) -> Executor:
        if self.workers == 1:
            return InlineExecutor()
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # forkserver: workers never inherit this process's threads or a half-held lock; but
        # a process that holds the model already forks its workers itself (forks_here)
        method = "spawn" if sys.platform == "win32" else "forkserver"
        if method == "forkserver" and forks_here(self.settings.model):
            method = "fork"
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            # the server imports spaCy and loads the model once, for every worker it forks
            # (a server already running keeps what it has: the CLI starts it first thing)
            start_forkserver(self.settings.model)
        pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self.settings, os.getpid()),
        )
        self._settings_arg = None
        self._close = lambda: pool.shutdown(wait=True, cancel_futures=True)
        log.info("analysing with %d worker processes", self.workers)
        return pool

    def submit(
        self,
        articles: Sequence[Article],
        *,
        skip_failures: bool = False,
        packed: bool = False,
        store: ArticleCache | None = None,
        keys: Sequence[str] = (),
    ) -> Future[tuple[ResolvedArticle | Packed | Failed, ...]]:
        """Start analysing a batch of articles somewhere.

        With `packed`, a local pool's workers send their articles as Packed, and write
        each to `store` (under its key in `keys`) if given, marked `stored`; elsewhere
        (in this process, on Dask) they come as they are and nothing is stored.
        """
        if self._executor is None:
            self._executor = self._start_pool()
        if packed and self.local_pool() is not None:
            return self._executor.submit(
                analyse_packed, self.task, self._settings_arg, tuple(articles),
                skip_failures=skip_failures, store=store, keys=tuple(keys),
            )
        return self._executor.submit(
            self.task, self._settings_arg, tuple(articles), skip_failures=skip_failures
        )

    def local_pool(self) -> Executor | None:
        """The local process pool, if one was started, for other work once analysis is done.

        Not a Dask cluster: its workers cannot read this machine's files.
        """
        from concurrent.futures import ProcessPoolExecutor

        return self._executor if isinstance(self._executor, ProcessPoolExecutor) else None

    def close(self) -> None:
        self._close()
        self._close = lambda: None
        self._executor = None

    def __enter__(self) -> Backend:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        pool = self.local_pool()
        if pool is not None and kind is not None and issubclass(kind, KeyboardInterrupt):
            # Ctrl-C or SIGTERM: stop now, not after the batches in progress (their
            # results would be thrown away; a cache file a worker was writing is left as
            # a temporary file, which the next build removes: remove_cache_debris)
            kill_workers(pool)
        self.close()


def forks_here(model: str) -> bool:
    """Whether the pool's workers are forked from this process rather than a fork server.

    Where this process has loaded the model (a library user's, a benchmark's), a worker
    forked from it has the model at once, its pages shared, where a fork server would
    load it again first: about a second and a half of CPU before the first parse, which
    is a tenth of a two-worker build of 300 short articles. Only while this process runs
    no other thread, though: a forked worker would copy a lock another thread held at
    that instant, and wait for it for ever (a program that builds from a thread pool
    gets the fork server). The build's own drawer is a ForkedProcess, no thread here.
    """
    import multiprocessing
    import threading

    from .parsing import loaded_here

    return (
        "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and loaded_here(model)
    )


# the environment variable that names the model the fork server loads (see preload.py)
PRELOAD_VARIABLE = "NEWSGRAPH_PRELOAD_MODEL"


# what the fork server imports before it forks any worker (preload.py loads the model)
FORKSERVER_PRELOAD = ("newsgraph.analysis", "newsgraph.preload")


def start_forkserver(model: str) -> None:
    """Start this process's fork server, if none runs, with `model` to load for its workers.

    The server takes the variable from the environment it starts in; this process's
    environment is as it was afterwards. It returns at once: the server imports spaCy
    and loads the model on its own while this process goes on.
    """
    import multiprocessing
    from multiprocessing import forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(list(FORKSERVER_PRELOAD))
    before = os.environ.get(PRELOAD_VARIABLE)
    os.environ[PRELOAD_VARIABLE] = model
    try:
        forkserver.ensure_running()
    finally:
        if before is None:
            del os.environ[PRELOAD_VARIABLE]
        else:
            os.environ[PRELOAD_VARIABLE] = before


def kill_workers(pool: Executor) -> None:
    """End a process pool's workers at once, whatever they are doing; the pool is then broken.

    concurrent.futures cannot stop a running task (Python 3.14 adds terminate_workers).
    """
    if isinstance(pool, ForkedProcess):
        pool.kill()
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(OSError, AttributeError, ValueError):
            process.kill()
    for process in processes:
        with contextlib.suppress(OSError, AttributeError, ValueError, AssertionError):
            process.join(5)
    # The pool's manager thread may reap a killed worker at the same moment: the join here
    # can then return before the exit code is recorded. Wait (briefly) until it is.
    settled = time.monotonic() + 5
    for process in processes:
        with contextlib.suppress(OSError, AttributeError, ValueError):
            while process.exitcode is None and time.monotonic() < settled:
                time.sleep(0.01)
    # A worker killed while sending its result leaves half a message in the result pipe,
    # and the pool's manager thread waits for the rest for ever (so does shutdown, and so
    # does the interpreter's exit). This process holds the pipe's last write end: closing
    # it ends that read, and the manager finds the pool broken.
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()


# ------------------------------------------------------------- the analysis loop


@dataclass(frozen=True)
class Outcome:
    """One article's analysis, and whether it came from the cache."""

    key: str
    resolved: ResolvedArticle | Packed | Failed
    cached: bool


def chunks(items: Iterable[T], size: int, *, last: int = 0) -> Iterator[tuple[T, ...]]:
    """Consecutive tuples of at most `size` items; the `last` items one a tuple.

    Workers that share out the final tuples one item at a time end together, where
    whole batches would leave one idle while another does its last few items (the
    items are read `last` ahead to know which are the last).
    """
    batch: list[T] = []
    ahead: deque[T] = deque()
    for item in items:
        ahead.append(item)
        if len(ahead) <= last:
            continue
        batch.append(ahead.popleft())
        if len(batch) >= size:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
    for item in ahead:
        yield (item,)


def analyse_corpus(
    articles: Iterable[Article],
    backend: Backend,
    store: ArticleCache | None,
    *,
    batch_size: int = LOCAL_BATCH,
    skip_failures: bool = False,
    reuse: bool = True,
    packed: bool = False,
) -> Iterator[Outcome]:
    """Each article's analysis, in input order: from the cache, or from the backend.

    New analyses are stored in the cache as they are made (by a local pool's workers
    themselves, with `packed`), so an interrupted run keeps what it did. With `reuse`
    False, the cache is written but not read. With `packed`, each analysis comes as
    Packed (a pool's workers pack their own).
    """

    def lookup(batch: tuple[Article, ...]) -> tuple[tuple[Article, ...], list[Any]]:
        keys = [article_key(article) for article in batch]
        hits = [store.get(key) if store is not None and reuse else None for key in keys]
        return batch, list(zip(keys, hits, strict=True))

    def submit(
        planned: tuple[tuple[Article, ...], list[Any]],
    ) -> Future[tuple[ResolvedArticle | Packed | Failed, ...]]:
        batch, looked_up = planned
        missed = [(article, key) for article, (key, hit) in zip(batch, looked_up, strict=True)
                  if not hit]
        if missed:
            return backend.submit(
                [article for article, _ in missed], skip_failures=skip_failures, packed=packed,
                store=store, keys=[key for _, key in missed],
            )
        done: Future[tuple[ResolvedArticle | Packed | Failed, ...]] = Future()
        done.set_result(())
        return done

    # with more than one worker, the last batches are single articles, so that no worker
    # idles while another ends a whole batch (the writing pass waits for the last one);
    # at most TAIL_ARTICLES a worker: a single article parses slower than a batch
    tail = min(batch_size, TAIL_ARTICLES)
    last = tail * backend.parallelism if backend.parallelism > 1 else 0
    plans = (lookup(batch) for batch in chunks(articles, batch_size, last=last))
    # Results come back in input order, so one long article holds up the window behind it;
    # a wide window lets the other workers go on meanwhile (8 batches each: a few MB).
    for (batch, looked_up), fresh in ordered_map(submit, plans, window=8 * backend.parallelism):
        new = iter(fresh)
        for article, (key, hit) in zip(batch, looked_up, strict=True):
            if hit is not None:
                found = from_source(hit, article.source)
                yield Outcome(key, Packed.of(found) if packed else found, cached=True)
                continue
            resolved = next(new)
            if isinstance(resolved, ResolvedArticle) and store is not None:
                store.put(key, resolved)
            elif isinstance(resolved, Packed) and store is not None and not resolved.stored:
                store.put(key, resolved.unpack())
            if packed and isinstance(resolved, ResolvedArticle):
                resolved = Packed.of(resolved)
            yield Outcome(key, resolved, cached=False)


def estimate_total(inputs: Sequence[str]) -> int | None:
    """A cheap guess at how many articles the inputs hold, for a progress bar's ETA."""
    suffixes = {".txt", ".text", ".html", ".htm", ".md"}
    total = 0
    for name in inputs:
        if name == "-":
            total += 1
            continue
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() == ".jsonl":
                try:
                    with file.open("rb") as f:
                        total += sum(1 for line in f if line.strip())
                except OSError:
                    continue
            elif file.suffix.lower() in suffixes or not path.is_dir():
                total += 1
    return total or None
