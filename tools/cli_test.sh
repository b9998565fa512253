#!/usr/bin/env bash
# End-to-end checks of the kroniek command: inputs, formats, bad input, exit codes.
#   tools/cli_test.sh path/to/kroniek
set -u
kroniek=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0 passes=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $name"; fails=$((fails + 1)); fi
}
run() {  # run EXPECTED_EXIT ARGS... ; leaves stdout in $tmp/out, stderr in $tmp/err
  local want=$1; shift
  "$kroniek" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  local got=$?
  [ "$got" -eq "$want" ] || { echo "  exit $got, wanted $want: kroniek $*"; sed 's/^/  stderr: /' "$tmp/err" | head -5; return 1; }
}
json_ok() { python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null; }

printf 'De minister zei dinsdag in Gent: "We gaan door."\n' > "$tmp/a.txt"
check "analyze a file" run 0 analyze --dct 2019-06-30 "$tmp/a.txt"
check "analyze writes JSON" json_ok "$tmp/out"
check "JSON has the contract's lists" grep -q '"mentions":\[.*"timex":\[.*"quotes":\[' "$tmp/out"
check "stdin with -" bash -c "'$kroniek' analyze - < '$tmp/a.txt' | python3 -c 'import json,sys; assert json.load(sys.stdin)[\"tokens\"]'"
check "text format" run 0 analyze --format text "$tmp/a.txt"
check "text format names sentences" grep -q 'Sentences' "$tmp/out"
check "conllu format" run 0 analyze --format conllu "$tmp/a.txt"
check "conllu has token lines" grep -qP '^1\tDe\t' "$tmp/out"
check "built-in example" run 0 analyze --example
check "example is JSON" json_ok "$tmp/out"

# Bad input: a clear message naming the input, a non-zero exit, never a crash.
check "missing file exits 3" run 3 analyze "$tmp/nope.txt"
check "missing file is named" grep -q 'nope.txt' "$tmp/err"
printf 'Goed\xff\xfe' > "$tmp/bad.txt"
check "invalid UTF-8 exits 1" run 1 analyze "$tmp/bad.txt"
check "invalid UTF-8 names file and byte" grep -q 'bad.txt.*byte 4' "$tmp/err"
head -c 100000 /dev/urandom > "$tmp/junk.bin"
check "binary junk exits 1" run 1 analyze "$tmp/junk.bin"
: > "$tmp/empty.txt"
check "empty file is an empty analysis" run 0 analyze "$tmp/empty.txt"
check "empty analysis is JSON" json_ok "$tmp/out"
printf '\xef\xbb\xbfHallo.\r\nTweede regel.\r\n' > "$tmp/bom.txt"
check "BOM and CRLF" run 0 analyze "$tmp/bom.txt"
check "BOM dropped, offsets from after it" python3 -c '
import json,sys; d=json.load(open(sys.argv[1])); t=d["tokens"]
assert t[0]["start"]==0 and t[0]["text"]=="Hallo", t[0]' "$tmp/out"
check "bad --dct is a usage error" run 2 analyze --dct 2019-02-30 "$tmp/a.txt"
check "unknown option is a usage error" run 2 analyze --frobnicate "$tmp/a.txt"
check "unknown command is a usage error" run 2 frobnicate
check "limit refuses, does not truncate" run 4 analyze --max-input-bytes 10 "$tmp/a.txt"
check "a number too large for --threads is a usage error" run 2 analyze --threads 99999999999999999999999 "$tmp/a.txt"
check "more than 256 threads is a usage error" run 2 analyze --threads 257 "$tmp/a.txt"
check "a number too large for --max-input-bytes is a usage error" run 2 analyze --max-input-bytes 99999999999999999999999 "$tmp/a.txt"

# An 18 MB single line: handled (ctest's timeout bounds the time).
python3 -c '
import sys
w = "De Amerikaanse president Donald Trump zei zondag om 15.50 uur: \"Het is goed.\" "
sys.stdout.write((w * (18_000_000 // len(w) + 1))[:18_000_000])' > "$tmp/long.txt"
check "18 MB single line" run 0 analyze --no-tokens "$tmp/long.txt"

# One 4 MB word after a name: a compound's head is looked up only as long as
# the longest role (it took hours when every suffix was hashed).
python3 -c '
import sys
sys.stdout.write("Burgemeester Jan " + "Abcdefghij" * 400_000 + " zei dat.\n")' > "$tmp/longword.txt"
check "4 MB single word" run 0 analyze --no-tokens "$tmp/longword.txt"

# JSONL batches: input order, bad records reported with their line, the rest go on.
{
  printf '{"id": "a", "text": "Eerste artikel.", "dct": "2019-06-30"}\n'
  printf '{"id": "b", "text": \n'
  printf '{"id": "c", "text": "Derde artikel."}\n'
} > "$tmp/batch.jsonl"
check "jsonl with a bad record exits 1" run 1 analyze --jsonl "$tmp/batch.jsonl"
check "jsonl reports the bad line" grep -q 'batch.jsonl:2' "$tmp/err"
check "jsonl keeps order" python3 -c '
import json,sys; rows=[json.loads(l) for l in open(sys.argv[1])]
assert [r.get("id") for r in rows]==["a",None,"c"], rows
assert rows[1]["line"]==2 and "error" in rows[1]' "$tmp/out"
check "jsonl from stdin" bash -c "head -1 '$tmp/batch.jsonl' | '$kroniek' analyze --jsonl --threads 2 | python3 -c 'import json,sys; assert json.loads(sys.stdin.readline())[\"id\"]==\"a\"'"

# --timings: each stage's time on stderr; the output is unchanged.
check "--timings" run 0 analyze --timings --dct 2019-06-30 "$tmp/a.txt"
check "--timings output is the same JSON" bash -c "'$kroniek' analyze --dct 2019-06-30 '$tmp/a.txt' | cmp -s - '$tmp/out'"
check "--timings names every stage" grep -q 'stage times: input .* tokenize .* entities .* time .* quotes .* total' "$tmp/err"
check "--timings with --jsonl" run 1 analyze --jsonl --threads 2 --timings "$tmp/batch.jsonl"
check "--timings with --jsonl sums the workers" grep -qE 'entities ([1-9][0-9]*\.[0-9]|0\.[1-9]) ms' "$tmp/err"

# Every command has --help.
check "kroniek --help" run 0 --help
check "analyze --help" run 0 analyze --help
check "analyze --help lists exit codes" grep -q 'Exit codes' "$tmp/out"

echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
