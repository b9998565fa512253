#!/usr/bin/env python3
"""List kroniek's errors on the held-out articles, per task (a reading aid;
score.py gives the figures).

  tests/news-blind/errors.py build/tools/kroniek
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

MIN_QUOTE_WORDS = 4


def analyze(kroniek, doc):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as tf:
        tf.write(doc["text"])
    try:
        out = subprocess.run([kroniek, "analyze", "--no-tokens", "--dct", doc["dct"], tf.name],
                             capture_output=True, check=True).stdout
    finally:
        os.unlink(tf.name)
    return json.loads(out)


def mentions(pred):
    if "mentions" in pred:
        ms = pred["mentions"]
    else:
        ms = [m for e in pred.get("entities", []) for m in e.get("mentions", [])]
    return [m for m in ms if m.get("kind", "name") == "name"]


def same_speaker(gold, pred):
    if not gold or not pred:
        return gold == pred
    g, p = gold.lower(), pred.lower()
    return g in p or p in g or g.split()[-1] == p.split()[-1]


def main():
    kroniek = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    for path in sorted(glob.glob(os.path.join(here, "blind-*.json"))):
        gold = json.load(open(path, encoding="utf-8"))
        pred = analyze(kroniek, gold)
        text, did = gold["text"], gold["id"]
        ctx = lambda s, e: text[max(0, s - 25):e + 10].replace("\n", " ")
        gp = {(m["start"], m["end"]): m["type"] for m in gold["entities"]}
        pp = {(m["start"], m["end"]): m["type"] for m in mentions(pred)}
        for k in sorted(set(gp) | set(pp)):
            if gp.get(k) != pp.get(k):
                print(f"{did} NER  gold={gp.get(k, '-'):4} pred={pp.get(k, '-'):4} {text[k[0]:k[1]]!r}")
        gt = {(t["start"], t["end"]): t for t in gold["timex"]}
        pt = {(t["start"], t["end"]): t for t in pred.get("timex", [])}
        for k in sorted(set(gt) | set(pt)):
            g, p = gt.get(k), pt.get(k)
            if g and p and g["value"] == p.get("value") and g["type"] == p.get("type"):
                continue
            fmt = lambda t: f"{t['text']!r} {t['type']} {t['value']}" if t else "-"
            print(f"{did} TIMEX gold={fmt(g)}  pred={fmt(p)}  ...{ctx(*k)!r}")
        pq = [q for q in pred.get("quotes", []) if q.get("kind", "direct") == "direct"]
        for g in gold["quotes"]:
            if len(g["text"].split()) < MIN_QUOTE_WORDS:
                continue
            hits = [q for q in pq if q["start"] < g["end"] and g["start"] < q["end"]]
            if not hits:
                print(f"{did} QUOTE missed {g['text'][:50]!r} (speaker {g['speaker']})")
                continue
            for q in hits:
                name = q.get("speaker_name")
                if not same_speaker(g["speaker"], name):
                    print(f"{did} QUOTE speaker gold={g['speaker']!r} pred={name!r}: {g['text'][:50]!r}")


if __name__ == "__main__":
    main()
