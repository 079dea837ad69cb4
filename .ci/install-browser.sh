#!/usr/bin/env bash
# Headless Chromium for tests/test_browser.py: Debian's package, driven by Playwright for
# Python (no browser download: the tests point Playwright at /usr/bin/chromium).
# Safe to run again: each step is skipped when already done.
set -euo pipefail

if ! command -v /usr/bin/chromium >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
fi

# the interpreter that runs the tests: $PYTHON, else the active virtualenv's, else python3
PYTHON="${PYTHON:-${VIRTUAL_ENV:+$VIRTUAL_ENV/bin/python}}"
PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c "import playwright" >/dev/null 2>&1; then
    "$PYTHON" -m pip install playwright
fi

test -x /usr/bin/chromium
