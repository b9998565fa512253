#!/usr/bin/env bash
# Rebuilds src/coref/given_names.tsv: given name -> gender (m/f), used to tell
# "zei hij" from "zei ze" when pronouns are resolved.
# Needs: apt-get install libtext-names-perl npm python3 (only to rebuild; the
# built table is committed and linked into the library).
# Sources (both free, both installed by ordinary clients):
#   - Debian libtext-names-perl: Text::Names::guessGender over its US census
#     first-name tables (apt-get install libtext-names-perl)
#   - npm gender-detection-from-name (MIT): its de/en/fr/es/it/tr name maps
#     (fetched with `npm pack gender-detection-from-name` into a temp dir)
# Each source (and each language map) votes; a name is kept when one gender
# has more than twice the other's votes; so is any name
# shorter than two letters.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/coref/given_names.tsv
[ -e /usr/share/perl5/Text/Names.pm ] || { echo "build-given-names: apt-get install libtext-names-perl" >&2; exit 3; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent gender-detection-from-name >/dev/null && tar xzf gender-detection-from-name-*.tgz)
perl -MText::Names=guessGender -e '
  Text::Names::prepareCommonNames();
  my %all = (%Text::Names::commonMaleFirstnames, %Text::Names::commonFemaleFirstnames);
  for my $n (keys %all) { my $g = guessGender($n); print lc($n), "\t", lc($g), "\n" if $g; }' > "$tmp/textnames.tsv"
V_NAMES="$(dpkg-query -W -f='${Package} ${Version}' libtext-names-perl)"
V_NPM="gender-detection-from-name $(node -p "require('$tmp/package/package.json').version")"
python3 - "$tmp" "$out" "$V_NAMES" "$V_NPM" <<'PY'
import re, sys, glob
tmp, out, v_names, v_npm = sys.argv[1:]
votes = {}
def add(name, g):
    name = name.strip().lower()
    if len(name) < 2 or not re.fullmatch(r"[a-zà-ÿ'-]+", name):
        return
    votes.setdefault(name, []).append(g)
for line in open(f"{tmp}/textnames.tsv", encoding="utf-8"):
    n, g = line.rstrip("\n").split("\t")
    add(n, g)
for f in sorted(glob.glob(f"{tmp}/package/names/*.js")):
    for n, g in re.findall(r"\['([^']+)',\s*'(male|female|unisex)'\]", open(f, encoding="utf-8").read()):
        add(n, {"male": "m", "female": "f"}.get(g, "u"))
with open(out, "w", encoding="utf-8") as o:
    o.write("# Given name TAB gender (m/f). Built by scripts/build-given-names.sh from\n")
    o.write(f"# {v_names} (Text::Names::guessGender) and npm {v_npm} (MIT).\n")
    o.write("# Names the sources disagree on are left out; coref/given_names_nl.tsv adds Dutch ones.\n")
    for n in sorted(votes):
        m, f = votes[n].count("m"), votes[n].count("f")
        if max(m, f) >= 2 * min(m, f) + 1 and votes[n].count("u") <= min(m, f):
            o.write(f"{n}\t{'m' if m > f else 'f'}\n")
PY
echo "build-given-names: $(grep -vc '^#' "$out") names in $out"
