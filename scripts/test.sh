#!/usr/bin/env bash
# Set up everything the tests need on a fresh Debian machine, then run them all:
# the browser (Debian's chromium), a virtualenv with the project and its test
# extras, ruff, mypy and pytest. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -f .ci/install-browser.sh ]; then
    bash .ci/install-browser.sh
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

.venv/bin/ruff check src tests benchmarks
.venv/bin/mypy
.venv/bin/python -m pytest -q
