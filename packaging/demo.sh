#!/bin/bash
# Installs what Loket needs, builds it, and starts `loket --demo`: a local regional hub with a
# generated demo region, and the app logged in to it as a counter clerk.
# usage: packaging/demo.sh [extra loket options]
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DLOKET_BUILD_TESTS=OFF
cmake --build build-release
exec build-release/app/loket/loket --demo "$@"
