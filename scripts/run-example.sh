#!/usr/bin/env bash
# Builds kroniek and analyzes the built-in example article.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target kroniek_cli
build/tools/kroniek analyze --example --format text
