#!/usr/bin/env bash
# Virtuoso Open Source 7 for tests/test_virtuoso.py: Debian's package. The tests start their
# own server (own database folder, loopback ports), so the package's service is not needed.
# Safe to run again: skipped when virtuoso-t is already installed.
set -euo pipefail

if ! command -v virtuoso-t >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y virtuoso-opensource
fi

command -v virtuoso-t >/dev/null
