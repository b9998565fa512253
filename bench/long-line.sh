#!/usr/bin/env bash
# Time and peak memory of `kroniek analyze` on one gigantic line (default 18 MB
# of repeated news-like text with names, times and quotes).
#   bench/long-line.sh [BYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
kroniek=${KRONIEK:-build/tools/kroniek}
bytes=${1:-18000000}
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install time" >&2; exit 3; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$bytes" "$tmp/long.txt" <<'PY'
import sys
w = "De minister van Financiën Jan de Vries zei zondag om 15.50 uur in Gent: \"Het is goed.\" "
n = int(sys.argv[1])
open(sys.argv[2], "w", encoding="utf-8").write((w * (n // len(w) + 1))[:n])
PY
/usr/bin/time -f "%e %M" -o "$tmp/time" "$kroniek" analyze --no-tokens --dct 2019-06-30 "$tmp/long.txt" > "$tmp/out.json"
read -r secs kb < "$tmp/time"
awk -v b="$bytes" -v s="$secs" -v k="$kb" -v o="$(stat -c %s "$tmp/out.json")" \
  'BEGIN { printf "one line of %.1f MB: %.2f s, peak memory %.0f MB, %.1f MB of JSON out\n", b / 1e6, s, k / 1024, o / 1e6 }'
