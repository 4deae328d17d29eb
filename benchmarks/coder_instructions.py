"""Machine instructions the coder executes per sentence, counted by valgrind (callgrind).

    .venv/bin/python benchmarks/coder_instructions.py [--articles 300] [--against DIR]

Wall-clock speed on this shared machine moves by 15% or more within an hour (the host's clock,
not the code), so two versions of the coder timed minutes apart cannot be told apart by a few
percent. The number of instructions is deterministic (hash seed fixed): run the coder on the
same corpus articles as benchmarks/scale_bench.py once with dictionaries loaded and nothing
coded, once coding N articles, and the difference is what coding them cost. `--against DIR`
counts another checkout too (git worktree add DIR REV), for a before/after figure.

Needs valgrind (Debian: apt-get install valgrind); prints the figures and asserts nothing. Under
valgrind the run is about 50 times slower: 300 articles take two minutes or so per checkout.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# what each counted run executes: load the dictionaries, warm the word caches on 20 articles
# (as a long run has them), then code N corpus articles in this process
CHILD = """
import datetime as dt, sys
sys.path.insert(0, "benchmarks")
import corpus
from orchestration import parallel
from orchestration.coding.coder import EventCoder
from orchestration.coding.lexicon import load_language
from orchestration.pipeline import EVENT_COLUMNS
n, first = int(sys.argv[1]), 3000  # articles after those scale_bench times, so the two do not share a warm-up
rows = [(r["id"], r["text"], r["language"], dt.date.fromisoformat(r["published"]), "day")
        for r in (corpus.article(first + i) for i in range(n + 20))]
coder = EventCoder()
for lang in ("en", "fr", "es", "de", "it", "pt"):
    load_language(lang)
parallel.code_rows(rows[:20], tuple(EVENT_COLUMNS), coder)
events = parallel.code_rows(rows[20:], tuple(EVENT_COLUMNS), coder)
if len(sys.argv) > 2:  # (the uncounted run: what was coded)
    from orchestration.coding.text import split_sentences
    print("SENTENCES", sum(len(split_sentences(r[1])) for r in rows[20:]), "EVENTS", len(events))
"""


def count(checkout: Path, articles: int) -> tuple[int, int, int]:
    """(instructions for coding `articles`, their sentences, their events) in `checkout`."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(checkout))
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "child.py"
        script.write_text(CHILD)
        # uncounted first: builds the caches, and tells the sentences and events of the N articles
        last = subprocess.run([python, str(script), str(articles), "count"], cwd=checkout, env=env, check=True, capture_output=True, text=True).stdout
        totals = []
        for n in (0, articles):
            out = Path(tmp) / f"callgrind.{n}"
            run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", python, str(script), str(n)],
                                 cwd=checkout, env=env, check=True, capture_output=True, text=True)
            collected = re.search(r"Collected : (\d+)", run.stderr)
            if collected is None:
                raise SystemExit(f"no instruction count from valgrind in {checkout}:\n{run.stderr[-2000:]}")
            totals.append(int(collected.group(1)))
    figures = re.search(r"SENTENCES (\d+) EVENTS (\d+)", last)
    return totals[1] - totals[0], int(figures.group(1)), int(figures.group(2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--against", type=Path, help="another checkout to count the same way")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    for checkout in [REPO] + ([args.against.resolve()] if args.against else []):
        instructions, sentences, events = count(checkout, args.articles)
        print(f"{checkout}: {args.articles} corpus articles, {sentences} sentences, {events} events: "
              f"{instructions / 1e6:,.0f} M instructions, {instructions / sentences / 1e3:,.1f} k per sentence")


if __name__ == "__main__":
    main()
