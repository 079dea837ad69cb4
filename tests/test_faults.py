"""What a build promises under faults (docs/faults.md): a second build into the same folder,
a build killed or stopped while it writes, an article too long for spaCy at once.

The process tests run real builds in subprocesses and signal them. A build is held in
its writing pass (after its first article, with its temporary files open and its drawing
process started) by a stand-in for the RDF writer, so the signal lands there every time;
every wait is bounded.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph import analysis, pipeline
from newsgraph.cli import main
from newsgraph.corpus import CACHE_DIR
from newsgraph.parsing import DEFAULT_MODEL, load_pipeline
from newsgraph.pipeline import build

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = {
    "a1.txt": "Rebel fighters attacked a fuel convoy near the northern border on Monday. "
    "The defence ministry said the rebels had also seized two villages.",
    "b1.txt": "Flood waters destroyed three bridges in the river valley. "
    "The army evacuated hundreds of families from the flooded towns.",
}
FILES = {"graph.ttl", "graph.nt", "graph.jsonld", "graph.trig", "network.html",
         "network.graphml", "network.png"}

# A build that stops after writing its first article's triples, says so in a file, and
# waits there (bounded) for the test's signal.
HELD_BUILD = """
import sys, time, pathlib
from newsgraph import rdf
from newsgraph.cli import main

ready = pathlib.Path(sys.argv[1])
add = rdf.RdfStreams.add_lines

def held(self, *args):
    add(self, *args)
    ready.write_text("writing")
    time.sleep(120)

rdf.RdfStreams.add_lines = held
sys.exit(main(sys.argv[2:]))
"""


def article(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(ARTICLES[name], encoding="utf-8")
    return path


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def start_held_build(
    tmp_path: Path, source: Path, out: Path, *options: str
) -> tuple[subprocess.Popen[str], Path]:
    ready = tmp_path / f"ready-{source.stem}"
    process = subprocess.Popen(
        [sys.executable, "-c", HELD_BUILD, str(ready), "build", str(source), "--out", str(out),
         "--quiet", *options],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(),
    )
    deadline = time.monotonic() + 120
    while not ready.exists():
        if process.poll() is not None:
            pytest.fail(f"the build ended before writing: {process.communicate()[1]}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("the build did not reach its writing pass in 120 s")
        time.sleep(0.05)
    return process, ready


def children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def descendants(pid: int) -> set[int]:
    found = children(pid)
    for child in list(found):
        found |= descendants(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; only its exit status is left to collect


def wait_gone(pids: set[int], seconds: float = 30) -> set[int]:
    """The pids still running after waiting up to `seconds` for them to end."""
    deadline = time.monotonic() + seconds
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return {pid for pid in pids if alive(pid)}


def leftovers(out: Path) -> list[str]:
    """Temporary files and work folders in an output folder (its cache included)."""
    found = [p for p in out.rglob(".*.tmp")] + list(out.glob(f"{pipeline.Spill.PREFIX}*"))
    return sorted(str(p.relative_to(out)) for p in found)


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FILES}


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")


# ------------------------------------------------------------ concurrent builds


def test_a_second_build_into_a_busy_folder_exits_2_naming_the_first(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first, _ = start_held_build(tmp_path, article(tmp_path / "in", "a1.txt"), out)
    try:
        second = subprocess.run(
            [sys.executable, "-m", "newsgraph", "build", str(article(tmp_path / "in", "b1.txt")),
             "--out", str(out), "--quiet"],
            capture_output=True, text=True, env=env(), timeout=120,
        )
        assert second.returncode == 2
        [line] = second.stderr.strip().splitlines()
        assert line.startswith("newsgraph: error: ") and f"pid {first.pid}" in line
        assert str(out) in line and "another newsgraph build" in line
    finally:
        first.kill()
        first.communicate(timeout=60)
    # the kernel released the killed build's lock: the next build runs
    report = build([str(tmp_path / "in" / "b1.txt")], out)
    assert report.articles == 1 and set(FILES) <= {p.name for p in out.iterdir()}


# ------------------------------------------------------------ interrupted builds


@needs_proc
def test_a_killed_build_leaves_debris_the_next_build_removes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    process, _ = start_held_build(tmp_path, article(tmp_path / "in", "a1.txt"), out)
    drawing = children(process.pid)
    assert drawing, "the held build has its drawing process"
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    # the drawing process dies with its parent instead of waiting on its pipe for ever
    assert wait_gone(drawing) == set()
    debris = leftovers(out)
    assert any(name.startswith(".graph.ttl.") for name in debris), debris
    assert any(name.startswith(pipeline.Spill.PREFIX) for name in debris), debris
    report = build([str(tmp_path / "in" / "a1.txt")], out)
    assert report.articles == 1
    assert leftovers(out) == []
    assert {p.name for p in out.iterdir()} == FILES | {CACHE_DIR}


@needs_proc
def test_worker_processes_end_with_a_killed_build(tmp_path: Path) -> None:
    source = tmp_path / "in"
    article(source, "a1.txt")
    article(source, "b1.txt")
    process, _ = start_held_build(tmp_path, source, tmp_path / "out", "--workers", "2")
    started = descendants(process.pid)  # the fork server, two analysis workers (which draw)
    assert len(started) >= 3, started
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    assert wait_gone(started) == set()


@needs_proc
@pytest.mark.parametrize("options", [[], ["--workers", "2"]], ids=["one-process", "workers"])
def test_sigterm_stops_a_build_like_ctrl_c(tmp_path: Path, options: list[str]) -> None:
    out = tmp_path / "out"
    build([str(article(tmp_path / "in", "a1.txt"))], out)
    before = outputs(out)
    manifest = (out / CACHE_DIR / "manifest.json").read_bytes()
    process, _ = start_held_build(tmp_path, article(tmp_path / "more", "b1.txt"), out, *options)
    drawing = descendants(process.pid)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 128 + signal.SIGTERM
    assert err.strip().splitlines() == ["newsgraph: terminated"]
    assert wait_gone(drawing) == set()
    # the old outputs stand, whole and together with their manifest; nothing half-written
    assert outputs(out) == before
    assert (out / CACHE_DIR / "manifest.json").read_bytes() == manifest
    assert leftovers(out) == []
    assert {p.name for p in out.iterdir()} == FILES | {CACHE_DIR}


def test_a_build_removes_cache_debris_of_a_killed_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([str(article(tmp_path / "in", "a1.txt"))], out)
    cache = out / CACHE_DIR
    planted = [
        cache / "ab" / ".ab12.json.x1y2.tmp",  # a cached analysis being written
        cache / ".manifest.json.k3j4.tmp",  # the manifest being staged
        out / ".network.png.q9w8.tmp",
        out / "..network.graphml.a1.tmp.b2.tmp",  # the GraphML writer's own stage
    ]
    for path in planted:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half")
    keep = [out / ".my-notes.tmp", out / "notes.tmp"]  # not newsgraph's to remove
    for path in keep:
        path.write_bytes(b"mine")
    build([str(tmp_path / "in" / "a1.txt")], out)
    assert not any(path.exists() for path in planted)
    assert all(path.exists() for path in keep)


# ------------------------------------------------------- --out that is not a folder


@pytest.mark.parametrize("no_cache", [False, True], ids=["cache", "no-cache"])
@pytest.mark.parametrize("where", ["file", "below-a-file"])
def test_out_that_is_a_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_cache: bool, where: str
) -> None:
    (tmp_path / "taken").write_text("a file", encoding="utf-8")
    out = tmp_path / "taken" if where == "file" else tmp_path / "taken" / "sub"
    argv = ["build", str(article(tmp_path / "in", "a1.txt")), "--out", str(out), "--quiet"]
    assert main(argv + (["--no-cache"] if no_cache else [])) == 2
    err = capsys.readouterr().err
    [line] = err.strip().splitlines()
    assert line.startswith("newsgraph: error: the output folder ") and "is a file" in line
    assert CACHE_DIR not in line
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "a file"


# ------------------------------------------------------------- huge articles


LONG_LINE = " ".join(
    f"The council of district {i} met on Monday. Police arrested {i % 7 + 2} men in the "
    f"market of town {i}, the mayor said."
    for i in range(300)
)  # about 30,000 characters, without a line break


@pytest.fixture
def short_spacy(monkeypatch: pytest.MonkeyPatch) -> int:
    """spaCy refusing texts over 15,000 characters (E088), as it refuses 5 MB by default."""
    limit = 15_000
    monkeypatch.setattr(load_pipeline(DEFAULT_MODEL), "max_length", limit)  # the one builds use
    assert len(LONG_LINE) > 2 * limit and "\n" not in LONG_LINE
    return limit


def test_a_one_line_article_longer_than_spacy_takes_is_built(
    tmp_path: Path, short_spacy: int
) -> None:
    source = tmp_path / "long.txt"
    source.write_text(LONG_LINE, encoding="utf-8")
    report = build([str(source)], tmp_path / "out", cache=False)
    assert report.articles == 1
    # every sentence was read: the arrests are described as statements (the gate decides
    # which are asserted, so the asserted count is not what this test is about)
    statements = (tmp_path / "out" / "graph.nt").read_text().count(
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>")
    assert statements > 300


def test_a_one_line_article_on_stdin_is_built(
    tmp_path: Path, short_spacy: int, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(LONG_LINE.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["build", "-", "--out", str(tmp_path / "out"), "--quiet", "--no-cache"]) == 0
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("per_line", [False, True], ids=["article", "per-line"])
def test_extract_takes_a_one_line_article_longer_than_spacy_takes(
    tmp_path: Path, short_spacy: int, capsys: pytest.CaptureFixture[str], per_line: bool
) -> None:
    source = tmp_path / "long.txt"
    source.write_text(LONG_LINE, encoding="utf-8")
    assert main(["extract", str(source)] + (["--per-line"] if per_line else [])) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and len(captured.out.splitlines()) > 100


def test_a_failing_article_in_a_folder_is_skipped_with_a_short_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = analysis.extract

    def fails_on_floods(doc: object, **kwargs: object) -> object:
        if "Flood" in str(doc):
            raise ValueError(
                "[E088] Text of length 5000000 exceeds maximum of 1000000. The parser and NER "
                "models require roughly 1GB of temporary memory per 100,000 characters.\n"
                "This means long texts may cause memory allocation errors. If you're not "
                "using the parser or NER, it's probably safe to increase the limit."
            )
        return real(doc, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(analysis, "extract", fails_on_floods)
    folder = tmp_path / "in"
    article(folder, "a1.txt")
    article(folder, "b1.txt")
    report = build([str(folder)], tmp_path / "out", cache=False)
    [(source, reason)] = report.skipped
    assert source.endswith("b1.txt")
    assert reason == "analysis failed: ValueError: [E088] Text of length 5000000 exceeds " \
        "maximum of 1000000."
