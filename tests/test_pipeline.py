"""Corpus builds end to end with the real model: skipping, incremental, workers, Dask.

Articles are a few handwritten sentences each, so every build takes about a second.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from newsgraph import analysis, pipeline
from newsgraph.cli import _progress_printer, main
from newsgraph.corpus import CACHE_DIR, MANIFEST, ArticleCache, Settings, article_key
from newsgraph.errors import InputError, UsageError
from newsgraph.parsing import DEFAULT_MODEL
from newsgraph.pipeline import BuildReport, Progress, build

FILES = (
    "graph.ttl",
    "graph.nt",
    "graph.jsonld",
    "graph.trig",
    "network.graphml",
    "network.html",
    "network.png",
)

ARTICLES = {
    "a1.txt": "Rebel fighters attacked a fuel convoy near the northern border on Monday. "
    "The defence ministry said the rebels had also seized two villages.",
    "a2.txt": "The foreign minister of Norway met the president of Chile in Oslo. "
    "Norway supports the new trade agreement, the minister said.",
    "b1.txt": "Flood waters destroyed three bridges in the river valley. "
    "The army evacuated hundreds of families from the flooded towns.",
    "b2.txt": "Police arrested the mayor of a coastal town on Friday. "
    "Prosecutors accused him of taking bribes from a construction company.",
}


def corpus(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")
    return folder


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FILES}


@pytest.fixture(scope="module")
def fresh_all(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], BuildReport]:
    """All four articles built at once, with no cache: what every other way must equal."""
    base = tmp_path_factory.mktemp("fresh")
    source = corpus(base / "in", *ARTICLES)
    report = build([str(source)], base / "out", cache=False)
    return outputs(base / "out"), report


def test_fresh_build_has_every_article(fresh_all: tuple[dict[str, bytes], BuildReport]) -> None:
    files, report = fresh_all
    assert report.articles == 4
    assert report.analysed == 4 and report.cached == 0 and report.kept == 0
    assert report.relations > 0
    assert b"convoy" in files["graph.nt"]


def test_incremental_equals_at_once(tmp_path: Path, fresh_all: tuple) -> None:
    folder = corpus(tmp_path / "in", "a1.txt", "a2.txt")
    out = tmp_path / "out"
    first = build([str(folder)], out)
    assert first.analysed == 2
    corpus(folder, "b1.txt", "b2.txt")  # the folder grows
    second = build([str(folder)], out)
    assert (second.analysed, second.cached, second.articles) == (2, 2, 4)
    assert outputs(out) == fresh_all[0]


def test_new_articles_join_earlier_builds(tmp_path: Path, fresh_all: tuple) -> None:
    out = tmp_path / "out"
    build([str(corpus(tmp_path / "week1", "b2.txt", "a1.txt"))], out)
    report = build([str(corpus(tmp_path / "week2", "a2.txt", "b1.txt"))], out)
    assert (report.analysed, report.kept, report.articles) == (2, 2, 4)
    assert outputs(out) == fresh_all[0]


def test_rerun_parses_nothing(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", "a1.txt", "b1.txt")
    out = tmp_path / "out"
    build([str(folder)], out)
    before = outputs(out)
    again = build([str(folder)], out)
    assert (again.analysed, again.cached) == (0, 2)
    assert outputs(out) == before


def test_moved_files_are_not_parsed_again(tmp_path: Path, fresh_all: tuple) -> None:
    out = tmp_path / "out"
    build([str(corpus(tmp_path / "old", "a1.txt", "a2.txt"))], out)
    folder = corpus(tmp_path / "new", *ARTICLES)
    report = build([str(folder)], out)
    assert (report.analysed, report.cached, report.articles) == (2, 2, 4)
    assert outputs(out) == fresh_all[0]
    manifest = (out / CACHE_DIR / MANIFEST).read_text(encoding="utf-8")
    assert "old" not in manifest.replace(str(tmp_path), "")


def test_edited_article_replaces_its_earlier_version(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", "a1.txt", "b1.txt")
    out = tmp_path / "out"
    build([str(folder)], out)
    (folder / "b1.txt").write_text(ARTICLES["b2.txt"], encoding="utf-8")
    report = build([str(folder)], out)
    assert report.articles == 2
    nt = (out / "graph.nt").read_bytes()
    assert b"bridges" not in nt and b"mayor" in nt
    assert len(list((out / CACHE_DIR).glob("??/*.json"))) == 2  # the old version is gone


def test_rebuild_forgets_earlier_builds(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([str(corpus(tmp_path / "one", "a1.txt"))], out)
    report = build([str(corpus(tmp_path / "two", "b1.txt"))], out, rebuild=True)
    assert (report.articles, report.analysed, report.kept) == (1, 1, 0)
    assert b"convoy" not in (out / "graph.nt").read_bytes()


def test_no_cache_writes_no_cache(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([str(corpus(tmp_path / "in", "a1.txt"))], out, cache=False)
    assert not (out / CACHE_DIR).exists()


def test_cached_analysis_equals_a_fresh_one(tmp_path: Path) -> None:
    from newsgraph.analysis import analyse
    from newsgraph.parsing import load_pipeline
    from newsgraph.reading import iter_articles

    folder = corpus(tmp_path / "in", "a1.txt", "a2.txt")
    out = tmp_path / "out"
    build([str(folder)], out)
    store = ArticleCache(out / CACHE_DIR, Settings(DEFAULT_MODEL).fingerprint())
    articles = list(iter_articles([str(folder)]))
    for resolved in analyse(load_pipeline(), articles):
        assert store.get(article_key(resolved.article)) == resolved


def test_changed_settings_analyse_earlier_articles_again(
    tmp_path: Path, fresh_all: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build([str(corpus(tmp_path / "one", "a1.txt", "a2.txt"))], out)
    monkeypatch.setattr("newsgraph.corpus._code_digest", lambda: "newer code")
    report = build([str(corpus(tmp_path / "two", "b1.txt", "b2.txt"))], out)
    assert (report.analysed, report.kept, report.articles) == (2, 2, 4)
    assert outputs(out) == fresh_all[0]
    # the earlier articles were stored again under the new settings
    assert build([str(tmp_path / "two")], out).analysed == 0


def test_bad_articles_are_skipped_and_named(tmp_path: Path, fresh_all: tuple) -> None:
    folder = corpus(tmp_path / "in", *ARTICLES)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    (folder / "lines.jsonl").write_text('{"text": "Troops left."}\nnot json\n', encoding="utf-8")
    report = build([str(folder)], tmp_path / "out", cache=False)
    skipped = dict(report.skipped)
    assert set(skipped) == {
        str(folder / "empty.txt"),
        str(folder / "scan.txt"),
        f"{folder / 'lines.jsonl'}:2",
    }
    assert "empty" in skipped[str(folder / "empty.txt")]
    assert "PDF" in skipped[str(folder / "scan.txt")]
    assert report.articles == 5


def test_cli_summary_names_skipped_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = corpus(tmp_path / "in", "a1.txt")
    (folder / "empty.txt").write_bytes(b"")
    assert main(["build", str(folder), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "skipped" in err and "empty.txt" in err
    assert "1 article(s) skipped" in err


def test_corpus_with_no_good_article_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n", encoding="utf-8")
    with pytest.raises(InputError, match="no article"):
        build([str(folder)], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_single_bad_file_is_still_strict(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        build([str(tmp_path / "empty.txt")], tmp_path / "out")


def test_two_workers_give_the_same_bytes(tmp_path: Path, fresh_all: tuple) -> None:
    folder = corpus(tmp_path / "in", *ARTICLES)
    report = build([str(folder)], tmp_path / "out", workers=2, cache=False, batch_size=1)
    assert report.analysed == 4
    assert outputs(tmp_path / "out") == fresh_all[0]


def test_two_workers_of_a_fork_server_give_the_same_bytes(
    tmp_path: Path, fresh_all: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    # this process holds the model (fresh_all loaded it), so its workers are forked from
    # it (the test above); as if it did not, they come from the fork server, as in the CLI
    from newsgraph import parsing

    monkeypatch.setattr(parsing, "loaded_here", lambda name: False)
    folder = corpus(tmp_path / "in", *ARTICLES)
    report = build([str(folder)], tmp_path / "out", workers=2, cache=False, batch_size=1)
    assert report.analysed == 4
    assert outputs(tmp_path / "out") == fresh_all[0]


def test_dask_cluster_gives_the_same_bytes(tmp_path: Path, fresh_all: tuple) -> None:
    from distributed import LocalCluster

    folder = corpus(tmp_path / "in", *ARTICLES)
    with LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        report = build([str(folder)], tmp_path / "out", dask=cluster.scheduler_address)
    assert report.analysed == 4
    assert outputs(tmp_path / "out") == fresh_all[0]


def test_dask_without_distributed_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(__import__("sys").modules, "distributed", None)
    folder = corpus(tmp_path / "in", "a1.txt")
    with pytest.raises(UsageError, match="newsgraph\\[dask\\]"):
        build([str(folder)], tmp_path / "out", dask="tcp://127.0.0.1:8786")
    assert main(["build", str(folder), "--dask", "tcp://127.0.0.1:8786"]) == 2
    assert "pip install" in capsys.readouterr().err


def test_progress_reports_every_article(tmp_path: Path) -> None:
    seen: list[Progress] = []
    build(
        [str(corpus(tmp_path / "in", "a1.txt", "b1.txt"))], tmp_path / "out", progress=seen.append
    )
    analysing = [p for p in seen if p.stage == "analysing"]
    writing = [p for p in seen if p.stage == "writing"]
    assert seen == analysing + writing  # first every article is analysed, then written
    assert [p.articles for p in analysing] == [1, 2] == [p.articles for p in writing]
    assert analysing[-1].total == 2 and analysing[-1].words > 20
    assert analysing[-1].statements >= analysing[0].statements
    assert writing[-1].total == 2 and writing[-1].statements > 0


def test_progress_bar_shows_rate_and_eta() -> None:
    stream = io.StringIO()
    show = _progress_printer(stream)
    show(Progress(articles=10, statements=42, words=4000, current="x.txt", total=10))
    line = stream.getvalue()
    assert "10/10 articles" in line and "42 statements" in line
    assert "words/s" in line and "ETA 0:00" in line
    assert line.lstrip("\r").startswith("analysing: ")
    show(Progress(articles=3, statements=7, words=900, current="y.txt", total=10, stage="writing"))
    second = stream.getvalue()[len(line):]
    assert second.startswith("\n") and "writing: " in second and "3/10 articles" in second


def test_manifest_lists_the_output_articles(tmp_path: Path) -> None:
    import json

    out = tmp_path / "out"
    build([str(corpus(tmp_path / "in", "a1.txt", "b1.txt"))], out)
    manifest = json.loads((out / CACHE_DIR / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(Path(a["source"]).name for a in manifest["articles"]) == ["a1.txt", "b1.txt"]


@pytest.mark.parametrize(
    "options, message",
    [
        (["--workers", "0"], "at least 1"),
        (["--workers", "2", "--dask", "tcp://127.0.0.1:9"], "not both"),
    ],
)
def test_cli_rejects_bad_parallel_options(
    options: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = corpus(tmp_path / "in", "a1.txt")
    assert main(["build", str(folder), "--out", str(tmp_path / "out"), *options]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_cli_rebuild_and_no_cache_exclude_each_other(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["build", str(tmp_path), "--rebuild", "--no-cache"])
    assert exit_info.value.code == 2


def test_spilling_sorter_gives_the_same_bytes(
    tmp_path: Path, fresh_all: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a corpus too big for the sorter's buffer: the union is sorted through runs on disk
    monkeypatch.setattr(pipeline, "SORT_BUFFER_LINES", 7)
    build([str(corpus(tmp_path / "in", *ARTICLES))], tmp_path / "out", cache=False)
    assert outputs(tmp_path / "out") == fresh_all[0]


def test_a_build_keeps_the_loaded_model_from_the_collector_until_it_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the first articles are analysed (the model is loaded), what exists is frozen
    out of the collector's full walks for the rest of the build, and handed back at its end."""
    import gc

    assert gc.get_freeze_count() == 0  # nobody in this process froze anything before
    seen: list[int] = []
    put = pipeline.Spill.put

    def put_and_look(self: pipeline.Spill, *args: object) -> None:
        seen.append(gc.get_freeze_count())
        put(self, *args)

    monkeypatch.setattr(pipeline.Spill, "put", put_and_look)
    build([str(corpus(tmp_path / "in", "a1.txt", "b1.txt"))], tmp_path / "out", cache=False)
    assert len(seen) == 2 and all(count > 0 for count in seen)
    assert gc.get_freeze_count() == 0


def test_a_spared_block_inside_another_freezes_what_is_new_and_hands_back_nothing() -> None:
    """The writing pass's block inside the analysis's: what the analysis made is frozen
    too, and only the outermost block hands everything back."""
    import gc

    assert gc.get_freeze_count() == 0
    with pipeline._collector_spared():
        outer = gc.get_freeze_count()
        made = [[] for _ in range(1000)]  # containers the collector tracks
        with pipeline._collector_spared():
            assert gc.get_freeze_count() >= outer + len(made)
        assert gc.get_freeze_count() >= outer + len(made)
    assert gc.get_freeze_count() == 0


def test_build_leaves_no_work_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    build([str(corpus(tmp_path / "in", "a1.txt", "b1.txt"))], out)
    assert sorted(p.name for p in out.iterdir()) == sorted([*FILES, CACHE_DIR])

    def broken(graph: object, paths: object) -> None:
        raise RuntimeError("the drawing failed")

    monkeypatch.setattr(pipeline, "write_network_files", broken)
    with pytest.raises(RuntimeError):
        build([str(corpus(tmp_path / "in", "a2.txt"))], out)
    # neither the spill, nor temporary outputs, nor half a graph
    assert sorted(p.name for p in out.iterdir()) == sorted([*FILES, CACHE_DIR])


def test_failed_write_keeps_outputs_and_manifest_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build([str(corpus(tmp_path / "in", "a1.txt"))], out)
    before = outputs(out)
    manifest = (out / CACHE_DIR / MANIFEST).read_text(encoding="utf-8")

    def broken(graph: object, paths: object) -> None:
        raise RuntimeError("the drawing failed")

    monkeypatch.setattr(pipeline, "write_network_files", broken)
    with pytest.raises(RuntimeError):
        build([str(corpus(tmp_path / "in", "b1.txt"))], out)
    assert outputs(out) == before
    assert (out / CACHE_DIR / MANIFEST).read_text(encoding="utf-8") == manifest
    monkeypatch.undo()
    build([str(tmp_path / "in")], out)  # the next run still knows both articles
    assert outputs(out) != before and "b1.txt" in (out / CACHE_DIR / MANIFEST).read_text()


def test_network_drawn_here_or_in_another_process_is_the_same(
    tmp_path: Path, fresh_all: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawers: list[object] = []
    real = pipeline._one_fork

    def watched() -> object:
        drawers.append(real())
        return drawers[-1]

    monkeypatch.setattr(pipeline, "_one_fork", watched)
    build([str(corpus(tmp_path / "in", *ARTICLES))], tmp_path / "forked", cache=False)
    monkeypatch.setattr(pipeline, "_one_fork", lambda: None)
    build([str(corpus(tmp_path / "in", *ARTICLES))], tmp_path / "here", cache=False)
    assert outputs(tmp_path / "forked") == outputs(tmp_path / "here") == fresh_all[0]
    assert drawers
    for drawer in drawers:  # each one-off process was shut down with its build
        if drawer is not None:
            with pytest.raises(RuntimeError):
                drawer.submit(print)  # type: ignore[attr-defined]


def test_one_worker_has_its_drawer_write_the_union_json_ld_and_the_same_bytes(
    tmp_path: Path, fresh_all: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    # with no pool, the drawer (idle once it has drawn) writes the JSON-LD from graph.nt
    # while this process writes the Turtle
    from newsgraph.corpus import ForkedProcess

    drawers: list[ForkedProcess] = []
    apart: list[object] = []
    real = pipeline._write_union_apart

    def one_fork() -> ForkedProcess:
        drawers.append(ForkedProcess())
        return drawers[-1]

    def union_apart(helpers: object, *args: object) -> None:
        apart.append(helpers)
        real(helpers, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_one_fork", one_fork)
    monkeypatch.setattr(pipeline, "_write_union_apart", union_apart)
    build([str(corpus(tmp_path / "in", *ARTICLES))], tmp_path / "out", cache=False)
    assert apart == drawers and len(drawers) == 1
    assert outputs(tmp_path / "out") == fresh_all[0]


def test_batches_hold_a_few_texts_and_a_bounded_amount_of_text() -> None:
    items = [("a" * n, i) for i, n in enumerate([5, 5, 5, 30, 5, 5, 5, 5, 5])]
    made = list(analysis.batches(iter(items), 3, 12))
    assert [item for batch in made for item in batch] == items  # nothing lost, in order
    assert [[i for _, i in batch] for batch in made] == [[0, 1], [2], [3], [4, 5], [6, 7], [8]]
    assert all(len(batch) <= 3 for batch in made)
    assert list(analysis.batches(iter([]), 3, 12)) == []


def test_a_text_parses_the_same_alone_and_in_a_big_batch(nlp):
    # the build parses 16 articles at once for speed: it must not change any parse
    texts = [
        "The minister said on Monday that the army had retaken the town.",
        "Rebels attacked a convoy near the border, killing three soldiers.",
        "The company, based in Oslo, sold its shares to a Dutch bank in 2019.",
        "Police arrested two men after the fire; one of them was later released.",
    ] * 5

    def parses(batch_size: int) -> list[list[tuple[str, str, int, str, str]]]:
        return [[(t.text, t.tag_, t.head.i, t.dep_, t.ent_type_) for t in doc]
                for doc, _ in analysis.parse_whole(nlp, ((text, None) for text in texts),
                                                   batch_size)]

    assert parses(16) == parses(1)


def test_a_killed_build_leaves_work_that_the_next_one_removes(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "out"
    out.mkdir()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    abandoned = out / f"{pipeline.Spill.PREFIX}{gone.stdout.strip()}-abc"
    abandoned.mkdir()
    (abandoned / "articles.pickle").write_bytes(b"half a spill")
    running = out / f"{pipeline.Spill.PREFIX}{os.getpid()}-xyz"  # a build still at work
    running.mkdir()
    build([str(corpus(tmp_path / "in", "a1.txt"))], out)
    assert not abandoned.exists() and running.exists()
    assert sorted(p.name for p in out.iterdir()) == sorted([*FILES, CACHE_DIR, running.name])


def test_two_workers_write_through_their_helpers_and_give_the_same_bytes(
    tmp_path: Path, fresh_all: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    used: list[str] = []
    elsewhere, apart = pipeline._outputs_elsewhere, pipeline._write_union_apart

    def outputs_elsewhere(*args: object) -> object:
        used.append("articles")
        return elsewhere(*args)  # type: ignore[arg-type]

    def union_apart(*args: object) -> None:
        used.append("union")
        apart(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_outputs_elsewhere", outputs_elsewhere)
    monkeypatch.setattr(pipeline, "_write_union_apart", union_apart)
    monkeypatch.setattr(pipeline, "OUTPUT_BATCH", 1)  # a task an article: several in flight
    build([str(corpus(tmp_path / "in", *ARTICLES))], tmp_path / "out", workers=2, cache=False)
    assert used == ["articles", "union"]
    assert outputs(tmp_path / "out") == fresh_all[0]


def test_a_build_forks_its_drawer_and_workers_beside_no_other_thread(
    tmp_path: Path, fresh_all: tuple
) -> None:
    # the drawer is forked first, the pool's workers after it (this process holds the
    # model): at each fork this process must run one thread, or a child could inherit a
    # lock held by a thread it does not have
    import threading

    from newsgraph import parsing

    alone = threading.active_count() == 1  # not so after a test that used Dask, say
    assert parsing.loaded_here(parsing.DEFAULT_MODEL)  # fresh_all loaded it here
    threads: list[int] = []
    watching = [True]
    os.register_at_fork(before=lambda: watching[0] and threads.append(threading.active_count()))
    try:
        build([str(corpus(tmp_path / "in", *ARTICLES))], tmp_path / "out", workers=2, cache=False)
    finally:
        watching[0] = False  # a hook cannot be taken back; it stops recording
    assert set(threads) <= {1}
    # alone, it forks the drawer and both workers; else none (a fork server's workers)
    assert len(threads) >= 3 if alone else not threads
    assert outputs(tmp_path / "out") == fresh_all[0]


def _never_from_the_spill(*args: object) -> None:
    raise AssertionError("the drawer read, merged and judged the articles again")


def test_with_workers_the_drawer_gets_each_article_from_the_helpers(
    tmp_path: Path, fresh_all: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the helpers merged each article and judged its relations already: the drawer (a
    # process of its own, whatever threads this test process runs) takes those, in order
    from newsgraph.corpus import ForkedProcess

    def one_fork() -> ForkedProcess:
        return ForkedProcess()

    monkeypatch.setattr(pipeline, "_one_fork", one_fork)
    monkeypatch.setattr(pipeline, "draw_network", _never_from_the_spill)
    monkeypatch.setattr(pipeline, "OUTPUT_BATCH", 1)  # several tasks, several files
    build([str(corpus(tmp_path / "in", *ARTICLES))], tmp_path / "out", workers=2, cache=False)
    assert outputs(tmp_path / "out") == fresh_all[0]


def test_with_one_worker_the_drawer_judges_each_article_and_the_build_does_not_again(
    tmp_path: Path, fresh_all: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the drawer merges and judges each article for its network and hands the verdicts
    # back: the build's own process writes the RDF with them and judges none again
    from newsgraph.corpus import ForkedProcess

    here, judge = os.getpid(), pipeline.assess_article

    def judged_in_the_drawer(*args: object, **options: object) -> object:
        assert os.getpid() != here, "the build's process judged an article again"
        return judge(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_one_fork", ForkedProcess)
    monkeypatch.setattr(pipeline, "assess_article", judged_in_the_drawer)
    monkeypatch.setattr(pipeline, "draw_network", _never_from_the_spill)
    monkeypatch.setattr(pipeline, "OUTPUT_BATCH", 1)  # several tasks, each article its own
    build([str(corpus(tmp_path / "in", *ARTICLES))], tmp_path / "out", cache=False)
    assert outputs(tmp_path / "out") == fresh_all[0]


def test_a_drawer_that_could_not_judge_an_article_draws_nothing(tmp_path: Path) -> None:
    from newsgraph.resolution import EntityIndex

    merge = pipeline._merge_file(EntityIndex().merge(), tmp_path)
    gone = pipeline.SpillReader(tmp_path / "gone.pickle", (0,))
    paths = {name: tmp_path / name for name in pipeline.NETWORK_FILES}
    with pytest.raises(FileNotFoundError):
        pipeline.judge_articles("a judged build", gone, merge)
    with pytest.raises(FileNotFoundError):  # the next task too: nothing is added after it
        pipeline.judge_articles("a judged build", pipeline.SpillReader(gone.path, ()), merge)
    with pytest.raises(FileNotFoundError):
        pipeline.draw_added("a judged build", paths)
    assert not any(path.exists() for path in paths.values())


def test_a_network_missing_an_article_is_never_drawn(tmp_path: Path) -> None:
    paths = {name: tmp_path / name for name in pipeline.NETWORK_FILES}
    with pytest.raises(FileNotFoundError):
        pipeline.add_network_parts("a build", tmp_path / "gone.pickle")
    with pytest.raises(FileNotFoundError):  # the drawing reports it, draws nothing
        pipeline.draw_added("a build", paths)
    assert not any(path.exists() for path in paths.values())
    pipeline.draw_added("another build", paths)  # nothing added: an empty network
    assert all(path.stat().st_size > 0 for path in paths.values())


_BUILD: list[int] = []  # the process that plays the build in the test below


def _stopped_while_writing(source: Path, targets: dict[str, Path]) -> None:
    """write_from_ntriples, stopped: the helper writes half its JSON-LD and takes its time;
    the build (Ctrl-C while it writes the Turtle) is interrupted once the helper is at work."""
    import time

    if os.getpid() != _BUILD[0]:
        for path in targets.values():
            with open(path, "r+", encoding="utf-8") as handle:
                handle.write("[half a document")
        time.sleep(120)
        return
    jsonld = targets["graph.ttl"].with_name("graph.jsonld")
    deadline = time.monotonic() + 60
    while jsonld.stat().st_size == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    raise KeyboardInterrupt


# the pool's manager thread may report the killed worker (a broken pool) on its own
# thread: expected here, and not what this test checks
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_helper_writing_the_jsonld_is_ended_when_the_build_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    targets = {name: tmp_path / name for name in ("graph.ttl", "graph.jsonld")}
    for path in targets.values():
        path.touch()
    (tmp_path / "graph.nt").write_text("", encoding="utf-8")
    _BUILD[:] = [os.getpid()]
    helpers = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    helpers.submit(print).result()  # started
    processes = list(helpers._processes.values())  # type: ignore[attr-defined]
    monkeypatch.setattr(pipeline, "write_from_ntriples", _stopped_while_writing)
    with pytest.raises(KeyboardInterrupt):
        pipeline._write_union_apart(helpers, tmp_path / "graph.nt", targets)
    assert targets["graph.jsonld"].read_text(encoding="utf-8") == "[half a document"
    # the helper is gone before the caller removes the temporary files
    assert all(process.exitcode is not None for process in processes)
    helpers.shutdown()


def test_the_drawer_gets_only_the_statements_its_network_keeps(
    tmp_path: Path, fresh_all: tuple
) -> None:
    # what a helper hands the drawer is less to pickle (no text, no statement the network
    # leaves out), and the network built from it is the one built from the whole articles
    from newsgraph.corpus import analyse_batch
    from newsgraph.network import NetworkBuilder
    from newsgraph.reading import iter_articles
    from newsgraph.resolution import EntityIndex

    articles = list(iter_articles([str(corpus(tmp_path / "in", *ARTICLES))]))
    resolved = analyse_batch(Settings(DEFAULT_MODEL), articles)
    index = EntityIndex()
    for item in resolved:
        index.add(item.entities)  # type: ignore[union-attr]
    merge = index.merge()
    parts: list[pipeline.NetworkPart] = []
    whole, slim = NetworkBuilder(), NetworkBuilder()
    for item in resolved:
        pipeline.article_output(item, merge, parts=parts)  # type: ignore[arg-type]
        whole.add(merge.apply(item))  # type: ignore[arg-type]
    for part, verdicts in parts:
        assert part.article.text == ""
        assert all(verdict.asserted or verdict.candidate for verdict in verdicts.values())
        assert set(verdicts) == set(part.relations)
        slim.add(part, verdicts)
    network_files = ("network.graphml", "network.html")
    pipeline.write_network_files(whole.graph(), {n: tmp_path / f"whole-{n}" for n in FILES})
    pipeline.write_network_files(slim.graph(), {n: tmp_path / f"slim-{n}" for n in FILES})
    for name in network_files:
        assert (tmp_path / f"whole-{name}").read_bytes() == (tmp_path / f"slim-{name}").read_bytes()


PREPARE_IN_A_FRESH_PROCESS = """
import gc, sys
import matplotlib.artist
from newsgraph import pipeline
kwdoc = matplotlib.artist.kwdoc
pipeline._prepare_drawing()
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
line = Line2D([0, 1], [0, 1])
line.set(color="red", linewidth=2.0)
table = kwdoc(Rectangle)
print(matplotlib.artist.kwdoc is kwdoc, "linewidth" in table,
      table in (Rectangle.set.__doc__ or ""), line.get_linewidth() == 2.0,
      gc.isenabled(), gc.get_freeze_count() > 0)
"""


def test_the_drawers_imports_skip_property_tables_and_leave_matplotlib_as_it_was() -> None:
    """_prepare_drawing (run in the drawer's process) imports matplotlib without writing
    its artists' property tables into docstrings; afterwards `kwdoc` is matplotlib's own
    again, artists work, the collector is on and what the imports made is frozen."""
    import subprocess
    import sys

    src = Path(__file__).parent.parent / "src"
    # matplotlib.artist imported first, so the test sees the real kwdoc; the classes
    # defined after (lines, patches) are the ones whose docstrings are spared
    run = subprocess.run([sys.executable, "-c", PREPARE_IN_A_FRESH_PROCESS],
                         capture_output=True, text=True, timeout=300, check=False,
                         env={**os.environ, "PYTHONPATH": str(src)})
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "True", "False", "True", "True", "True"]


@pytest.mark.parametrize(
    ("workers", "dask", "model_here", "expected"),
    [
        (1, None, True, True),  # one worker: the drawer has the second CPU to itself
        (1, None, False, True),
        (2, None, False, True),  # a fork server loads the model: a CPU waits meanwhile
        (2, None, True, False),  # workers forked from here parse at once, on both CPUs
        (1, "tcp://scheduler:8786", True, True),  # the work is elsewhere: this machine is free
    ],
)
def test_the_drawer_imports_at_once_only_while_a_cpu_is_free(
    monkeypatch: pytest.MonkeyPatch, workers: int, dask: str | None, model_here: bool,
    expected: bool,
) -> None:
    monkeypatch.setattr(pipeline, "forks_here", lambda model: model_here)
    assert pipeline.drawer_prepares_at_once(workers, dask, "some_model") is expected
