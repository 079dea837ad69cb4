"""A time bound on one article's analysis, so a long corpus never stalls on one article.

Extraction and resolution are pure Python over a parse; a rule that loops on some
unforeseen token sequence would otherwise hold a build forever. The bound is an
interval timer (SIGALRM), so it works only in a process's main thread on a system
that has one; elsewhere (a Dask worker thread, Windows) the analysis runs unbounded.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import AnalysisTimeout

MIN_SECONDS = 60.0  # far above any article seen: 20,000 words analyse in about 5 s
SECONDS_PER_1000_CHARS = 1.0


def analysis_bound(characters: int) -> float:
    """Seconds one article of this length may take to extract and resolve."""
    return max(MIN_SECONDS, characters / 1000 * SECONDS_PER_1000_CHARS)


def can_bound() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float, what: str) -> Iterator[None]:
    """Raise AnalysisTimeout in the block if it runs longer than `seconds`."""
    if not can_bound() or seconds <= 0:
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise AnalysisTimeout(f"{what}: analysis took longer than {seconds:.0f} s, skipped")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
