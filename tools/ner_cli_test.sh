#!/usr/bin/env bash
# End-to-end checks of kroniek tag / eval ner / train ner: outputs and exit codes.
#   tools/ner_cli_test.sh path/to/kroniek
set -u
kroniek=$1
gazetteers=$(cd "$(dirname "$0")/.." && pwd)/data/gazetteers
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0 passes=0
check() {
  local name=$1; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $name"; fails=$((fails + 1)); fi
}
run() {  # run EXPECTED_EXIT ARGS...
  local want=$1; shift
  "$kroniek" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  local got=$?
  [ "$got" -eq "$want" ] || { echo "  exit $got, wanted $want: kroniek $*"; head -3 "$tmp/err"; return 1; }
}

printf -- '-DOCSTART- -X- O\n\nMinister N O\nAnna N B-PER\nPeeters N I-PER\nbezocht V O\nGent N B-LOC\n. Punc O\n\nZe V O\nlachte V O\n. Punc O\n' > "$tmp/in.conll"
check "tag --conll" run 0 tag --conll "$tmp/in.conll"
check "tag keeps every line" test "$(wc -l < "$tmp/out")" -eq "$(wc -l < "$tmp/in.conll")"
check "tag passes -DOCSTART- through" grep -qx -- '-DOCSTART- -X- O' "$tmp/out"
check "tag adds a BIO column" grep -qE '^Gent N B-LOC [BIO]' "$tmp/out"
cp "$tmp/out" "$tmp/tagged"
check "eval ner" run 0 eval ner "$tmp/tagged"
check "eval ner prints FB1" grep -q 'FB1:' "$tmp/out"
check "tag --help" run 0 tag --help
check "eval --help" run 0 eval ner --help
check "train --help" run 0 train ner --help
check "tag without --conll is a usage error" run 2 tag
check "tag: unknown option" run 2 tag --conll "$tmp/in.conll" --bogus
check "tag: missing file" run 3 tag --conll "$tmp/nope.conll"
printf 'not a model' > "$tmp/bad.kmodel"
check "tag: corrupt model" run 3 tag --conll "$tmp/in.conll" --ner-model "$tmp/bad.kmodel"
check "corrupt model says why" grep -q 'wrong magic\|truncated' "$tmp/err"
check "analyze: corrupt model" run 3 analyze --ner-model "$tmp/bad.kmodel" "$tmp/in.conll"
check "eval: lines without tags" bash -c "printf 'Gent\n' > '$tmp/one'; '$kroniek' eval ner '$tmp/one' >/dev/null 2>&1; test \$? -eq 1"
check "train: missing data" run 3 train ner --train "$tmp/nope" --out "$tmp/m.kmodel"
check "train: --seed needs a number" run 2 train ner --seed x1 --out "$tmp/m.kmodel"
check "train: --seed beyond 64 bits" run 2 train ner --seed 99999999999999999999999 --out "$tmp/m.kmodel"
check "train: --epochs 0" run 2 train ner --epochs 0 --out "$tmp/m.kmodel"
check "train with a seed" run 0 train ner --train "$tmp/in.conll" --dev "$tmp/in.conll" --seed 7 --epochs 2 --gazetteers "$gazetteers" --out "$tmp/s1.kmodel"
check "train with the same seed again" run 0 train ner --train "$tmp/in.conll" --dev "$tmp/in.conll" --seed 7 --epochs 2 --gazetteers "$gazetteers" --out "$tmp/s2.kmodel"
check "the same seed gives the same bytes" cmp -s "$tmp/s1.kmodel" "$tmp/s2.kmodel"

echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
