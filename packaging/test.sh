#!/bin/bash
# Installs what Loket needs, builds everything with warnings as errors, and runs every test:
# unit, integration (against the real loket-hub, on SQLite and on a throwaway PostgreSQL),
# UI (offscreen) and the Debian package check.
# usage: packaging/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOKET_WERROR=ON
cmake --build build-test
ctest --test-dir build-test --output-on-failure --timeout 900 -j2
