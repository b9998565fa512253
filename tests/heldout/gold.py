"""Shared helpers for the held-out gold sets (tests/news*/make_gold.py).

Each annotation names its surface string and, where the string occurs more
than once, which occurrence it means; code-point offsets are computed here and
every span's text is asserted.

  E(surface, type)        every whole-word occurrence not already inside a longer span
  E(surface, type, i)     only the i-th whole-word occurrence (0-based)
  T(surface, type, value, i=0)
  Q(prefix, speaker, i=0) the quote opening with prefix; the span runs from just
                          after the opening mark to just before its closing mark
"""
import json
import os
import sys

CLOSERS = {"'": "'", '"': '"', "„": '"”', "“": "”", "‘": "’", "«": "»"}


def E(s, t, i=None):
    return ("E", s, t, i)


def T(s, t, v, i=0):
    return ("T", s, t, v, i)


def Q(p, spk, i=0):
    return ("Q", p, spk, i)


def word_occurrences(text, s):
    out, k = [], text.find(s)
    while k >= 0:
        before = text[k - 1] if k > 0 else " "
        after = text[k + len(s)] if k + len(s) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(k)
        k = text.find(s, k + 1)
    return out


def overlaps(a, spans):
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


def build(art):
    text = art["text"]
    ents, timex, quotes = [], [], []
    # Longer entity strings first, so "Peeters" (all) skips "Jan Peeters".
    ann = art["ann"]
    for a in sorted((a for a in ann if a[0] == "E"), key=lambda a: -len(a[1])):
        _, s, t, i = a
        occ = word_occurrences(text, s)
        assert occ, f"{art['id']}: entity {s!r} not found"
        if i is not None:
            assert i < len(occ), f"{art['id']}: entity {s!r} has no occurrence {i}"
            picks = [occ[i]]
        else:
            picks = [k for k in occ if not overlaps((k, k + len(s)), [(e["start"], e["end"]) for e in ents])]
            assert picks, f"{art['id']}: entity {s!r}: every occurrence already covered"
        for k in picks:
            span = (k, k + len(s))
            assert not overlaps(span, [(e["start"], e["end"]) for e in ents]), f"{art['id']}: {s!r} overlaps"
            ents.append({"start": k, "end": k + len(s), "text": s, "type": t})
    for a in ann:
        if a[0] == "T":
            _, s, t, v, i = a
            occ = word_occurrences(text, s)
            assert i < len(occ), f"{art['id']}: timex {s!r} occurrence {i} not found"
            k = occ[i]
            assert not overlaps((k, k + len(s)), [(x["start"], x["end"]) for x in timex]), s
            timex.append({"start": k, "end": k + len(s), "text": s, "type": t, "value": v})
        elif a[0] == "Q":
            _, p, spk, i = a
            occ = [k for k in word_occurrences(text, p) if k > 0 and text[k - 1] in CLOSERS]
            if not occ:  # a prefix that starts with a non-word character
                occ = [k for k in range(len(text)) if text.startswith(p, k) and k > 0 and text[k - 1] in CLOSERS]
            assert i < len(occ), f"{art['id']}: quote {p!r} occurrence {i} not found"
            k = occ[i]
            closers = CLOSERS[text[k - 1]]
            e = k + len(p)
            while True:
                assert e < len(text) and text[e] != "\n", f"{art['id']}: quote {p!r} not closed"
                nxt = text[e + 1] if e + 1 < len(text) else " "
                prev = text[e - 1]
                if text[e] in closers and not (text[e] in "'’" and prev.isalpha() and nxt.isalpha()):
                    break
                e += 1
            quotes.append({"start": k, "end": e, "text": text[k:e], "speaker": spk})
    for lst in (ents, timex, quotes):
        lst.sort(key=lambda x: x["start"])
        for x in lst:
            assert text[x["start"]:x["end"]] == x["text"], x
    return {"id": art["id"], "url": None, "outlet": art["outlet"], "topic": art["topic"],
            "dct": art["dct"], "text": text, "entities": ents, "timex": timex, "quotes": quotes}


def write_set(articles, here, min_words, max_words):
    """Writes each article's gold JSON beside the calling make_gold.py, or with
    --check only verifies that the files are up to date."""
    check = "--check" in sys.argv[1:]
    stale = 0
    for art in articles:
        doc = build(art)
        words = len(art["text"].split())
        assert min_words <= words <= max_words, f"{art['id']}: {words} words"
        out = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
        path = os.path.join(here, art["id"] + ".json")
        if check:
            with open(path, encoding="utf-8") as fh:
                stale += fh.read() != out
        else:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(out)
        print(f"{art['id']}: {words} words, {len(doc['entities'])} entities, "
              f"{len(doc['timex'])} timex, {len(doc['quotes'])} quotes")
    if stale:
        sys.exit(f"{stale} gold file(s) out of date: run make_gold.py")
