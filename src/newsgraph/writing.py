"""Writing output files so that none is ever left half-written.

Each file is written to a temporary file in the same folder (so the final
rename stays on one file system and is atomic), flushed to disk, then renamed
over the target. A set of outputs is written in two phases: every temporary
file first, and only when all are complete are they renamed, so a failure
(a full disk, an unserializable graph) leaves the old outputs untouched.

An output folder is written by one build at a time: `folder_lock` holds an OS
lock (flock) on a file in it, which the kernel releases when the process ends,
however it ends. Holding it, a build may remove the temporary files a killed
build left (`remove_debris`), since no one else is writing them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path

from .errors import UsageError

__all__ = [
    "LOCK_NAME",
    "folder_lock",
    "remove_debris",
    "staged_outputs",
    "write_atomic",
    "write_outputs_atomic",
]

log = logging.getLogger(__name__)

LOCK_NAME = ".newsgraph-lock"
# Signals that stop a build (Ctrl-C, `kill`): held back while a set of files is renamed
# into place, so an interrupted build leaves the old set or the new one, never a mix.
_STOPPING: tuple[int, ...] = (signal.SIGINT, signal.SIGTERM)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` atomically (str is written as UTF-8)."""
    write_outputs_atomic({Path(path): data})


def write_outputs_atomic(files: Mapping[Path, str | bytes]) -> None:
    """Write several files all or nothing: all temporary files first, then all renames.

    On an error every temporary file is removed and the error is raised again.
    Renames within one folder do not fail in practice; if one still does, the
    files already renamed stay new and the rest stay old.
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            target = Path(path)
            staged.append((_write_temp(target, data), target))
        with _signals_held():
            for i, (tmp, target) in enumerate(staged):
                os.replace(tmp, target)
                staged[i] = ("", target)
    except BaseException:
        for tmp, _ in staged:
            if tmp:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
        raise
    for directory in sorted({target.parent for _, target in staged}):
        _fsync_dir(directory)


@contextlib.contextmanager
def staged_outputs(targets: Iterable[Path]) -> Iterator[dict[Path, Path]]:
    """Temporary files to write the targets' content into, streaming, instead of in memory.

    Yields target -> temporary path (an empty file next to its target). When the
    block ends normally every temporary file is flushed to disk and renamed over
    its target; when it raises, every one is removed and the targets stay as they
    were. A big build writes its graph through these, so nothing has to fit in memory.
    """
    paths = [Path(target) for target in targets]
    staged: dict[Path, Path] = {}
    try:
        for target in paths:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            os.close(fd)
            staged[target] = Path(name)
        yield dict(staged)
        for temporary in staged.values():
            with open(temporary, "rb+") as handle:
                os.fsync(handle.fileno())
            os.chmod(temporary, 0o666 & ~_umask())
        with _signals_held():
            for target, temporary in list(staged.items()):
                os.replace(temporary, target)
                del staged[target]
    finally:
        for temporary in staged.values():
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    for directory in sorted({target.parent for target in paths}):
        _fsync_dir(directory)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Deliver Ctrl-C and SIGTERM only after the block (a few renames).

    The handlers are swapped rather than the signals blocked: a blocked signal would
    go to another thread of the process, and Python runs its handler all the same.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def note(signum: int, frame: object) -> None:
        caught.append(signum)

    previous = {number: signal.getsignal(number) for number in _STOPPING}
    swapped = {number for number, handler in previous.items() if handler is not None}
    for number in swapped:
        signal.signal(number, note)
    try:
        yield
    finally:
        for number in swapped:
            signal.signal(number, previous[number])
        for number in dict.fromkeys(caught):
            signal.raise_signal(number)  # now, to the usual handler


def remove_debris(folder: Path, names: Iterable[str]) -> int:
    """Remove the temporary files that writing these file names of `folder` leaves if killed.

    They are hidden files `.NAME.*.tmp` (and `..NAME.*.tmp` from a writer that stages its
    own temporary file next to the one it was given). Call it only holding the folder's
    lock: then no one is writing them. Returns how many it removed.
    """
    prefixes = tuple(f"{name}." for name in names)
    removed = 0
    for path in folder.glob(".*.tmp"):
        if path.name.lstrip(".").startswith(prefixes) and path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    if removed:
        log.info("removed %d temporary files of %s left by a build that did not finish",
                 removed, folder)
    return removed


# File descriptors of the locks this process holds; a forked child closes its copies, so a
# child that outlives its parent never keeps the parent's folder locked.
_HELD: set[int] = set()


def _forget_locks() -> None:
    for fd in _HELD:
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_locks)


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold `folder` for one writer; raise UsageError naming the holder if another has it.

    The lock is an flock on `folder/.newsgraph-lock`, so the kernel releases it when the
    holder ends, even by SIGKILL: a killed build never blocks the next. The file says
    who holds it (process id and start time) and is removed on release. Where the
    system or file system has no such locks, the folder is written unlocked.
    """
    fd = _acquire(folder)
    try:
        yield
    finally:
        if fd is not None:
            with contextlib.suppress(OSError):
                os.unlink(folder / LOCK_NAME)  # still held: no one can lock it in between
            _HELD.discard(fd)
            os.close(fd)


def _acquire(folder: Path) -> int | None:
    try:
        import fcntl
    except ImportError:  # not a POSIX system
        return None
    path = folder / LOCK_NAME
    while True:
        # never through a symbolic link: one planted here would have us truncate its target
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise UsageError(
                f"{folder} is being written by another newsgraph build ({_holder(path)}); "
                "wait until it ends, or write to another folder"
            ) from None
        except OSError as e:  # e.g. a network file system without flock
            os.close(fd)
            log.warning("cannot lock %s (%s); building without a lock", folder, e.strerror)
            return None
        # the holder before us may have removed the file between our open and our lock:
        # then we locked a file no one else will look at, so lock the one at the path
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    started = time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime())
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n{started}\n".encode())
    _HELD.add(fd)
    return fd


def _holder(path: Path) -> str:
    """Who holds the lock, as its file says: 'pid N, started T'."""
    try:
        pid, started = path.read_text(encoding="utf-8").splitlines()[:2]
    except (OSError, ValueError):
        return "it is just starting"
    return f"pid {pid}, started {started}"


def _write_temp(target: Path, data: str | bytes) -> str:
    """Write data to a new hidden temporary file next to `target`; return its path."""
    if isinstance(data, str):
        payload = data.encode("utf-8")
    elif isinstance(data, (bytes, bytearray, memoryview)):
        payload = bytes(data)
    else:  # bytes(42) would quietly write 42 NUL bytes
        raise TypeError(f"cannot write {type(data).__name__} to {target}; give str or bytes")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(tmp, 0o666 & ~_umask())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


@cache
def _umask() -> int:
    """The process umask (reading it means setting it, so read it once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(directory: Path) -> None:
    """Make the renames durable; not every platform can open a folder, so best effort."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
