"""Atomic writing: a file (or a set of files) is complete or untouched, never half-written."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from newsgraph import writing
from newsgraph.errors import UsageError
from newsgraph.writing import staged_outputs, write_atomic, write_outputs_atomic


@pytest.mark.parametrize(
    "data, expected",
    [
        ("graph ✓\n", "graph ✓\n".encode()),
        (b"\x00\x01bytes", b"\x00\x01bytes"),
        ("", b""),
    ],
)
def test_write_atomic_writes_str_as_utf8_and_bytes_as_is(
    tmp_path: Path, data: str | bytes, expected: bytes
) -> None:
    target = tmp_path / "out.ttl"
    write_atomic(target, data)
    assert target.read_bytes() == expected
    assert os.listdir(tmp_path) == ["out.ttl"]


def test_write_atomic_replaces_and_creates_folders(tmp_path: Path) -> None:
    target = tmp_path / "new" / "dir" / "graph.nt"
    write_atomic(target, "old")
    write_atomic(target, "new")
    assert target.read_text() == "new"


def test_written_file_has_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    write_atomic(target, "x")
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_failed_write_leaves_no_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writing.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(tmp_path / "graph.ttl", "data")
    assert os.listdir(tmp_path) == []


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("old complete graph")
    monkeypatch.setattr(writing.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError("boom")))
    with pytest.raises(OSError):
        write_atomic(target, "new graph")
    assert target.read_text() == "old complete graph"
    assert os.listdir(tmp_path) == ["graph.ttl"]


def test_outputs_are_all_written(tmp_path: Path) -> None:
    files = {tmp_path / "graph.ttl": "ttl", tmp_path / "graph.nt": b"nt",
             tmp_path / "network.html": "<html></html>"}
    write_outputs_atomic(files)
    assert sorted(os.listdir(tmp_path)) == ["graph.nt", "graph.ttl", "network.html"]
    assert (tmp_path / "graph.nt").read_bytes() == b"nt"


def test_one_failing_output_leaves_none_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "graph.ttl").write_text("old ttl")
    calls = []
    real_fsync = os.fsync

    def fsync_fails_on_third(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(writing.os, "fsync", fsync_fails_on_third)
    files = {tmp_path / "graph.ttl": "new ttl", tmp_path / "graph.nt": "nt",
             tmp_path / "graph.jsonld": "{}", tmp_path / "network.html": "<html/>"}
    with pytest.raises(OSError):
        write_outputs_atomic(files)
    assert os.listdir(tmp_path) == ["graph.ttl"]
    assert (tmp_path / "graph.ttl").read_text() == "old ttl"


def test_unwritable_data_fails_before_any_rename(tmp_path: Path) -> None:
    files = {tmp_path / "a.txt": "fine", tmp_path / "b.txt": 42}
    with pytest.raises(TypeError):
        write_outputs_atomic(files)  # type: ignore[arg-type]
    assert os.listdir(tmp_path) == []


def test_staged_outputs_appear_only_when_the_block_ends(tmp_path: Path) -> None:
    (tmp_path / "graph.nt").write_text("old nt")
    targets = [tmp_path / "graph.nt", tmp_path / "sub" / "graph.ttl"]
    with staged_outputs(targets) as temporary:
        assert sorted(temporary) == sorted(targets)
        for target, tmp in temporary.items():
            assert tmp.parent == target.parent and tmp.name.startswith(f".{target.name}.")
            tmp.write_text(f"new {target.name}")
        assert (tmp_path / "graph.nt").read_text() == "old nt"  # not yet
        assert not (tmp_path / "sub" / "graph.ttl").exists()
    assert (tmp_path / "graph.nt").read_text() == "new graph.nt"
    assert (tmp_path / "sub" / "graph.ttl").read_text() == "new graph.ttl"
    assert sorted(os.listdir(tmp_path)) == ["graph.nt", "sub"]
    mode = stat.S_IMODE((tmp_path / "graph.nt").stat().st_mode)
    assert mode & 0o044  # readable by others, unlike mkstemp's private files


def test_staged_outputs_failing_block_keeps_the_old_files(tmp_path: Path) -> None:
    (tmp_path / "graph.nt").write_text("old nt")
    targets = [tmp_path / "graph.nt", tmp_path / "x.ttl"]
    with pytest.raises(RuntimeError), staged_outputs(targets) as temporary:
        for tmp in temporary.values():
            tmp.write_text("half")
        raise RuntimeError("the writer broke half-way")
    assert os.listdir(tmp_path) == ["graph.nt"]
    assert (tmp_path / "graph.nt").read_text() == "old nt"


def test_folder_lock_is_held_by_one_writer_and_names_it(tmp_path: Path) -> None:
    with writing.folder_lock(tmp_path):
        # a second open of the lock file conflicts even within one process (flock)
        with pytest.raises(UsageError) as info, writing.folder_lock(tmp_path):
            pass
        message = str(info.value)
        assert f"pid {os.getpid()}, started " in message and str(tmp_path) in message
        assert "\n" not in message
    assert not (tmp_path / writing.LOCK_NAME).exists()  # released and removed
    with writing.folder_lock(tmp_path):  # and free again
        assert (tmp_path / writing.LOCK_NAME).read_text().split("\n")[0] == str(os.getpid())


def test_a_forked_child_does_not_keep_the_lock(tmp_path: Path) -> None:
    with writing.folder_lock(tmp_path):
        child = os.fork()
        if child == 0:  # the child sleeps on, as a worker blocked on its pipe would
            import time

            time.sleep(30)
            os._exit(0)
    try:
        with writing.folder_lock(tmp_path):  # the parent let go: the folder is free
            pass
    finally:
        os.kill(child, 9)
        os.waitpid(child, 0)


@pytest.mark.parametrize("signum", ["SIGINT", "SIGTERM"])
def test_a_stop_during_the_renames_comes_after_all_of_them(tmp_path: Path, signum: str) -> None:
    import signal

    targets = [tmp_path / name for name in ("a.ttl", "b.nt", "c.html")]
    for target in targets:
        target.write_text("old", encoding="utf-8")
    real_replace = os.replace
    renamed: list[str] = []

    def replace(source: str, target: str) -> None:
        real_replace(source, target)
        renamed.append(Path(target).name)
        if len(renamed) == 1:
            signal.raise_signal(getattr(signal, signum))  # lands between two renames

    caught: list[list[str]] = []

    def stop(number: int, frame: object) -> None:
        caught.append(list(renamed))
        raise KeyboardInterrupt

    previous = signal.signal(getattr(signal, signum), stop)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(os, "replace", replace)
            with pytest.raises(KeyboardInterrupt), staged_outputs(targets) as temporary:
                for path in temporary.values():
                    path.write_text("new", encoding="utf-8")
    finally:
        signal.signal(getattr(signal, signum), previous)
    assert caught == [["a.ttl", "b.nt", "c.html"]]  # the stop came after every rename
    assert [t.read_text(encoding="utf-8") for t in targets] == ["new"] * 3
