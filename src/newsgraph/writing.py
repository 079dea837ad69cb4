"""Writing output files so that none is ever left half-written.

Each file is written to a temporary file in the same folder (so the final
rename stays on one file system and is atomic), flushed to disk, then renamed
over the target. A set of outputs is written in two phases: every temporary
file first, and only when all are complete are they renamed, so a failure
(a full disk, an unserializable graph) leaves the old outputs untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path

__all__ = ["staged_outputs", "write_atomic", "write_outputs_atomic"]


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
        for target, temporary in list(staged.items()):
            os.replace(temporary, target)
            del staged[target]
    finally:
        for temporary in staged.values():
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    for directory in sorted({target.parent for target in paths}):
        _fsync_dir(directory)


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
