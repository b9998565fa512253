#!/usr/bin/env bash
# Compares `kroniek analyze` with Frog (Debian packages frog and frogdata) on the
# same text: the first N bytes (default 20000) of the CoNLL-2002 training text
# rebuilt as raw text, or the file given. Frog is slow: 20 kB takes minutes.
#   bench/compare-frog.sh [BYTES] [TEXT]
set -euo pipefail
cd "$(dirname "$0")/.."
kroniek=${KRONIEK:-build/tools/kroniek}
bytes=${1:-20000}
command -v frog >/dev/null || { echo "Frog is not installed: apt-get install frog frogdata" >&2; exit 3; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install time" >&2; exit 3; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "${2:-}" ]; then
  head -c "$bytes" "$2" > "$tmp/in.txt"
else
  build/bench/kroniek-bench --repeat 1 --write-text "$tmp/all.txt" >/dev/null
  head -c "$bytes" "$tmp/all.txt" > "$tmp/in.txt"
fi
# Whole lines only, so neither tool sees a cut word.
sed -i '$d' "$tmp/in.txt"
tokens=$(build/bench/kroniek-bench --text "$tmp/in.txt" --repeat 1 | awk '/ tokens, /{print $1}')
# In the temporary folder: Frog leaves a debug file where it runs.
(cd "$tmp" && /usr/bin/time -f "%e %M" -o "$tmp/frog.time" frog -t "$tmp/in.txt" -o "$tmp/frog.out" >/dev/null 2>&1)
/usr/bin/time -f "%e %M" -o "$tmp/kroniek.time" "$kroniek" analyze --dct 2000-06-30 "$tmp/in.txt" >/dev/null
read -r fs fm < "$tmp/frog.time"
read -r ks km < "$tmp/kroniek.time"
printf 'input: %s bytes, %s tokens\n' "$(stat -c %s "$tmp/in.txt")" "$tokens"
printf '%-32s %9s s %8s MB %10s tokens/s\n' "frog (all modules)" "$fs" "$((fm / 1024))" "$(awk -v t="$tokens" -v s="$fs" 'BEGIN{printf "%.0f", t/s}')"
printf '%-32s %9s s %8s MB %10s tokens/s\n' "kroniek analyze" "$ks" "$((km / 1024))" "$(awk -v t="$tokens" -v s="$ks" 'BEGIN{ if (s < 0.01) s = 0.01; printf "%.0f", t/s}')"
awk -v f="$fs" -v k="$ks" 'BEGIN { if (k < 0.01) k = 0.01; printf "kroniek analyze is %.0fx faster than Frog (wall clock, start-up included)\n", f / k }'
