#!/usr/bin/env bash
# Peak memory of `kroniek analyze --jsonl` for archives of growing size: it
# should stay flat, since only a few records per thread are in flight.
#   bench/jsonl-memory.sh            # 1x, 10x and 50x the CoNLL-2002 training documents
set -euo pipefail
cd "$(dirname "$0")/.."
kroniek=${KRONIEK:-build/tools/kroniek}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build/bench/kroniek-bench --repeat 1 --write-text "$tmp/news.txt" >/dev/null
python3 - "$tmp/news.txt" "$tmp/one.jsonl" <<'PY'
import json, sys
docs = [d for d in open(sys.argv[1], encoding="utf-8").read().split("\n\n") if d.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i, d in enumerate(docs):
        f.write(json.dumps({"id": f"doc{i}", "text": d, "dct": "2000-06-30"}, ensure_ascii=False) + "\n")
PY
for n in 1 10 50; do
  for _ in $(seq "$n"); do cat "$tmp/one.jsonl"; done > "$tmp/batch.jsonl"
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$kroniek" analyze --jsonl "$tmp/batch.jsonl" > /dev/null
  read -r secs kb < "$tmp/time"
  awk -v n="$n" -v r="$(wc -l < "$tmp/batch.jsonl")" -v b="$(stat -c %s "$tmp/batch.jsonl")" -v s="$secs" -v k="$kb" \
    'BEGIN { printf "%4dx: %6d records, %7.1f MB in, %6.2f s, peak memory %6.1f MB\n", n, r, b / 1e6, s, k / 1024 }'
done
