#!/usr/bin/env bash
# Compares `kroniek analyze` with ucto (Debian package ucto) on the same text:
# the CoNLL-2002 training text rebuilt as raw text (1.1 MB), or the file given.
#   bench/compare-ucto.sh [TEXT]
set -euo pipefail
cd "$(dirname "$0")/.."
kroniek=${KRONIEK:-build/tools/kroniek}
command -v ucto >/dev/null || { echo "ucto is not installed: apt-get install ucto" >&2; exit 3; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install time" >&2; exit 3; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
text=${1:-}
if [ -z "$text" ]; then
  text=$tmp/news.txt
  build/bench/kroniek-bench --repeat 1 --write-text "$text" >/dev/null
fi
tokens=$(build/bench/kroniek-bench --text "$text" --repeat 1 | awk '/ tokens, /{print $1}')
measure() {  # prints "seconds peak-KB"
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  cat "$tmp/time"
}
read -r us um < <(measure ucto -L nld -n "$text" "$tmp/ucto.out")
read -r ks km < <(measure "$kroniek" analyze --dct 2000-06-30 "$text")
read -r ts tm < <(measure "$kroniek" analyze --dct 2000-06-30 --no-tokens "$text")
# The same text as a JSONL archive, one record per paragraph block (article), on every core.
python3 - "$text" "$tmp/news.jsonl" <<'PY'
import json, sys
docs = [d for d in open(sys.argv[1], encoding="utf-8").read().split("\n\n") if d.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i, d in enumerate(docs):
        f.write(json.dumps({"id": str(i), "text": d, "dct": "2000-06-30"}, ensure_ascii=False) + "\n")
PY
read -r js jm < <(measure "$kroniek" analyze --jsonl "$tmp/news.jsonl")
printf 'input: %s (%s bytes, %s tokens)\n' "$text" "$(stat -c %s "$text")" "$tokens"
printf '%-40s %8s s %8s MB\n' "ucto -L nld (tokenize only)" "$us" "$((um / 1024))"
printf '%-40s %8s s %8s MB\n' "kroniek analyze (JSON with tokens)" "$ks" "$((km / 1024))"
printf '%-40s %8s s %8s MB\n' "kroniek analyze --no-tokens" "$ts" "$((tm / 1024))"
printf '%-40s %8s s %8s MB\n' "kroniek analyze --jsonl (every core)" "$js" "$((jm / 1024))"
awk -v u="$us" -v k="$ks" -v j="$js" -v n="$(nproc)" 'BEGIN { if (k < 0.01) k = 0.01; if (j < 0.01) j = 0.01
  printf "kroniek analyze is %.0fx faster than ucto on one core, %.0fx with --jsonl on %d cores\n", u / k, u / j, n }'
