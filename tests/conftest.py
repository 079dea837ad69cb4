from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "syria-islamic-state-resurgence.txt"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.parsing import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article built once through the CLI; tests read its output folder."""
    from newsgraph.cli import main

    out = tmp_path_factory.mktemp("seed-build")
    assert main(["build", str(SEED), "--out", str(out), "--quiet"]) == 0
    return out
