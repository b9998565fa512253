#!/usr/bin/env bash
# Scores kroniek on the gold news articles with the project's yardstick.
#   scripts/eval-news.sh [GOLD_DIR]     (default ../shared/data/news-dev)
set -euo pipefail
cd "$(dirname "$0")/.."
gold=${1:-../shared/data/news-dev}
[ -d "$gold" ] || { echo "no gold articles at $gold (../shared is not here)" >&2; exit 3; }
exec python3 ../shared/eval/score.py --gold "$gold" \
  --cmd "$PWD/build/tools/kroniek analyze --no-tokens --dct {dct} {file}"
