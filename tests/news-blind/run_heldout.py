#!/usr/bin/env python3
"""ctest driver: score kroniek on the third, blind held-out gold articles in this folder.

  run_heldout.py SCORE_PY KRONIEK_BINARY

Runs SCORE_PY (the shared scorer, ../shared/eval/score.py from the source
dir) over tests/news-blind/*.json with the built binary and prints its summary. The
scores are a measurement, not a bar: the test fails only when an article fails
to process or a span's offsets disagree with its text. Exits 77 (ctest's skip
code here) when the scorer is absent.
"""
import json
import os
import subprocess
import sys
import tempfile

SKIP = 77


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    score_py, kroniek = sys.argv[1], sys.argv[2]
    if not os.path.isfile(score_py):
        print(f"SKIP: scorer not found at {score_py} (../shared is absent)")
        return SKIP
    gold = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as tmp:
        summary = os.path.join(tmp, "summary.json")
        cmd = [sys.executable, score_py, "--gold", gold,
               "--cmd", f"'{kroniek}' analyze --no-tokens --dct {{dct}} {{file}}",
               "--json", summary]
        p = subprocess.run(cmd)
        if p.returncode != 0:
            print(f"FAIL: score.py exited {p.returncode}")
            return 1
        with open(summary, encoding="utf-8") as fh:
            res = json.load(fh)
    failed, bad = res.get("failed_docs", 0), res.get("bad_offsets", 0)
    if failed or bad:
        print(f"FAIL: {failed} article(s) failed to process, {bad} span(s) whose offsets disagree")
        return 1
    print(f"OK: {res.get('docs')} held-out articles processed, offsets consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
