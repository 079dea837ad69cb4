#!/usr/bin/env bash
# Set up everything the tests need on a fresh Debian machine, then run them all:
# a virtualenv with the project and its test extras, Debian's chromium for the
# browser tests and Debian's virtuoso-opensource for the Virtuoso round trip, then ruff,
# mypy and pytest. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
PYTHON=.venv/bin/python bash .ci/install-browser.sh
bash .ci/install-virtuoso.sh

.venv/bin/ruff check src tests benchmarks
.venv/bin/mypy
.venv/bin/python -m pytest -q
