"""What the fork server of a build's process pool imports: the model its workers will use.

Loaded once in the server, the model is in every worker the server forks (its pages
shared until written) instead of being loaded again in each. The build names the model
in the environment the server starts with (corpus.PRELOAD_VARIABLE); a server started
by anyone else loads nothing here.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys

from .corpus import PRELOAD_VARIABLE


def _preload() -> None:
    model = os.environ.get(PRELOAD_VARIABLE)
    if not model:
        return
    from .analysis import warm_up
    from .parsing import load_pipeline

    try:
        nlp = load_pipeline(model)
    except Exception:  # a worker loads it again and reports why it cannot
        return
    # a warm-up that fails leaves each worker to build what it needs itself, as before
    with contextlib.suppress(Exception):
        warm_up(nlp)
    # What is loaded now lives as long as every worker: out of the collector's sight, no
    # worker's collection walks it again (nor writes to its pages, which stay shared)
    gc.freeze()
    atexit.register(_end_at_once, os.getpid())


def _end_at_once(server: int) -> None:
    """End the fork server without tearing down what it loaded.

    The server ends when the build does, and the teardown of the model (module by module,
    object by object) kept the build's stderr open about 0.05 s longer, for nothing: the
    server has no file to flush or remove, and nobody reads its exit status. Only the
    server itself: its workers end by os._exit already, and never run this.
    """
    if os.getpid() != server:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


_preload()
