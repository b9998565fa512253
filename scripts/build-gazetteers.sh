#!/usr/bin/env bash
# Rebuilds the NER gazetteers in data/gazetteers/ from lists that Debian ships.
# Needs: apt-get install iso-codes hunspell-nl gettext tzdata libgeonames-common libtext-names-perl python3
# Each output file starts with '#' lines that name its sources; then one entry
# per line (words separated by single spaces). org-cue.txt, role.txt and
# holiday.txt are short hand-written lists of generic words (no names); this
# script leaves them alone. After a rebuild, retrain:
#   build/tools/kroniek train ner
set -euo pipefail
cd "$(dirname "$0")/.."
out=data/gazetteers
mkdir -p "$out"
for f in /usr/share/hunspell/nl.dic /usr/share/locale/nl/LC_MESSAGES/iso_3166-1.mo \
         /usr/share/iso-codes/json/iso_3166-2.json /usr/share/zoneinfo/Europe \
         /usr/share/locale/nl/LC_MESSAGES/geonames.mo /usr/share/perl5/Text/Names.pm; do
  [ -e "$f" ] || { echo "build-gazetteers: $f is missing (apt-get install iso-codes hunspell-nl gettext tzdata libgeonames-common libtext-names-perl)" >&2; exit 3; }
done
version() { dpkg-query -W -f='${Package} ${Version}' "$1" 2>/dev/null || echo "$1 (version unknown)"; }

export ISO_NL=/usr/share/locale/nl/LC_MESSAGES
export V_ISO="$(version iso-codes)" V_HUN="$(version hunspell-nl)" V_TZ="$(version tzdata)" V_GEO="$(version libgeonames-common)" V_NAMES="$(version libtext-names-perl)"
python3 - "$out" <<'PY'
import json, os, re, subprocess, sys
out = sys.argv[1]
iso_nl = os.environ["ISO_NL"]

def mo_pairs(name):
    """(msgid, msgstr) pairs of a Dutch translation catalogue."""
    po = subprocess.run(["msgunfmt", f"{iso_nl}/{name}.mo"], check=True, capture_output=True, text=True).stdout
    pairs, cur = [], {}
    for key, val in re.findall(r'^(msgid|msgstr) "(.*)"$', po, re.M):
        cur[key] = val.replace('\\"', '"')
        if key == "msgstr":
            if cur.get("msgid"):
                pairs.append((cur["msgid"], val))
            cur = {}
    return pairs

def clean(name):
    """One entry per name; 'Korea, Republiek' style inversions and parenthesised notes are dropped."""
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    if not name or "," in name or ";" in name:
        return None
    name = re.sub(r"([.'])(?=\S)", r"\1", name)
    return " ".join(name.split())

def write(fname, header, entries):
    entries = sorted({e for e in entries if e})
    with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
        for h in header:
            f.write(f"# {h}\n")
        for e in entries:
            f.write(e + "\n")
    print(f"{fname}: {len(entries)} entries")

# Dictionary words (OpenTaal, as Debian's hunspell-nl ships it): lowercase
# words are common words; capitalised entries are names.
lower, capital = set(), set()
with open("/usr/share/hunspell/nl.dic", encoding="utf-8") as f:
    next(f)
    for line in f:
        w = line.split("/", 1)[0].strip()
        if not w or " " in w or w.startswith(("€", "-")) or any(ch.isdigit() for ch in w):
            continue
        (capital if w[0].isupper() else lower).add(w)
src_hun = f"{os.environ['V_HUN']}: /usr/share/hunspell/nl.dic (OpenTaal word list), affix flags removed"
write("dict-lower.txt", ["Lowercase Dutch words: a capitalised word that is also one is less likely a name.", src_hun], lower)
write("dict-capital.txt", ["Capitalised entries of the Dutch dictionary (places, people, organisations, products).", src_hun], capital)

# Places: countries (Dutch names), subdivisions (Dutch and native names), time-zone cities.
loc = set()
for msgid, msgstr in mo_pairs("iso_3166-1") + mo_pairs("iso_3166-3"):
    loc.add(clean(msgstr))
for msgid, msgstr in mo_pairs("iso_3166-2"):
    loc.add(clean(msgstr))
for entry in json.load(open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8"))["3166-2"]:
    loc.add(clean(entry["name"]))
for msgid, msgstr in mo_pairs("geonames"):
    loc.add(clean(msgstr))
for area in ["Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"]:
    base = f"/usr/share/zoneinfo/{area}"
    for root, dirs, files in os.walk(base):
        for name in files:
            if name[0].isupper():
                loc.add(clean(name.replace("_", " ")))
write("loc.txt", ["Countries, regions and cities.",
                  f"{os.environ['V_ISO']}: Dutch names of ISO 3166-1 and 3166-3 countries (nl/iso_3166-1.mo, iso_3166-3.mo via msgunfmt)",
                  f"{os.environ['V_ISO']}: ISO 3166-2 subdivisions, Dutch (nl/iso_3166-2.mo) and native names (json/iso_3166-2.json)",
                  f"{os.environ['V_GEO']}: Dutch names of the world's larger cities (GeoNames, nl/geonames.mo via msgunfmt)",
                  f"{os.environ['V_TZ']}: city names of the time zones (/usr/share/zoneinfo/*/*)"], loc)

# Languages and currencies (MISC in CoNLL): Dutch names.
misc = set()
for msgid, msgstr in mo_pairs("iso_639-2"):
    misc.add(clean(msgstr))
for msgid, msgstr in mo_pairs("iso_4217"):
    misc.add(clean(msgstr))
misc = {m for m in misc if m and m[0].isupper()}
write("misc.txt", ["Languages and currencies with capitalised Dutch names.",
                   f"{os.environ['V_ISO']}: nl/iso_639-2.mo and nl/iso_4217.mo via msgunfmt"], misc)
# People: the US Census 1990 given-name and surname lists that Text::Names
# (libtext-names-perl) carries as here-documents of "NAME freq cumfreq rank".
names_pm = open("/usr/share/perl5/Text/Names.pm", encoding="latin-1").read()
def census(var):
    m = re.search(r"\$" + var + r" = <<ENDNAMES;\n(.*?)\nENDNAMES", names_pm, re.S)
    return {w.capitalize() for w in re.findall(r"^([A-Z][A-Z'-]+)\s", m.group(1), re.M)}
src_names = f"{os.environ['V_NAMES']}: US Census 1990 name lists in /usr/share/perl5/Text/Names.pm"
write("per.txt", ["Given names (mostly English-language).", src_names],
      census("COMMON_MALE_FIRSTNAMES") | census("COMMON_FEMALE_FIRSTNAMES"))
write("surnames.txt", ["Family names (mostly English-language).", src_names], census("COMMON_SURNAMES"))
PY
