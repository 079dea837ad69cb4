"""What the fork server of a build's process pool imports: the model its workers will use.

Loaded once in the server, the model is in every worker the server forks (its pages
shared until written) instead of being loaded again in each. The build names the model
in the environment the server starts with (corpus.PRELOAD_VARIABLE); a server started
by anyone else loads nothing here.
"""

from __future__ import annotations

import gc
import os

from .corpus import PRELOAD_VARIABLE


def _preload() -> None:
    model = os.environ.get(PRELOAD_VARIABLE)
    if not model:
        return
    from .parsing import load_pipeline

    try:
        load_pipeline(model)
    except Exception:  # a worker loads it again and reports why it cannot
        return
    # What is loaded now lives as long as every worker: out of the collector's sight, no
    # worker's collection walks it again (nor writes to its pages, which stay shared)
    gc.freeze()


_preload()
