#!/usr/bin/env python3
"""Scores `kroniek analyze` (tokenizer + NER + the rules analyze applies after
the tagger) on a CoNLL-2002 file rebuilt as plain text: words joined by
spaces, one sentence a line, one document per -DOCSTART-. Strict span+type
match against the CoNLL chunks. `kroniek tag --conll` scores the tagger
alone on the gold tokens; this scores what `analyze` outputs.

  scripts/eval-ner-as-text.py build/tools/kroniek ../shared/data/conll2002/ned.testa
"""
import json
import os
import subprocess
import sys
import tempfile


def documents(path):
    docs, cur, sent = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sent:
                cur.append(sent)
                sent = []
            if cur:
                docs.append(cur)
                cur = []
        elif not line.strip():
            if sent:
                cur.append(sent)
                sent = []
        else:
            parts = line.split()
            sent.append((parts[0], parts[-1]))
    if sent:
        cur.append(sent)
    if cur:
        docs.append(cur)
    return docs


def as_text(doc):
    text, chunks = "", []
    for sent in doc:
        start = typ = None
        end = 0
        for word, tag in sent:
            if text and not text.endswith("\n"):
                text += " "
            b = len(text)
            text += word
            if tag.startswith("B-") or (tag.startswith("I-") and typ != tag[2:]):
                if start is not None:
                    chunks.append((start, end, typ))
                start, typ = b, tag[2:]
            elif tag == "O" and start is not None:
                chunks.append((start, end, typ))
                start = typ = None
            end = len(text)
        if start is not None:
            chunks.append((start, end, typ))
        text += "\n"
    return text, set(chunks)


def main():
    kroniek, conll = sys.argv[1], sys.argv[2]
    tp = fp = fn = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, doc in enumerate(documents(conll)):
            text, gold = as_text(doc)
            path = os.path.join(tmp, f"{i}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            out = subprocess.run([kroniek, "analyze", "--no-tokens", "--dct", "2000-06-01", path],
                                 capture_output=True, text=True, check=True).stdout
            pred = {(m["start"], m["end"], m["type"]) for m in json.loads(out)["mentions"]
                    if m.get("kind", "name") == "name"}
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn += len(gold - pred)
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    print(f"precision {100 * p:.2f} recall {100 * r:.2f} F1 {200 * p * r / max(1e-9, p + r):.2f}")


if __name__ == "__main__":
    main()
