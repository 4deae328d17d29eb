"""Coder throughput on one core: raw article text to events, in sentences per second.

    .venv/bin/python benchmarks/coder_speed.py [--sentences 20000]

The corpus is the bundled sample articles (six languages) repeated, each copy with a distinct
id so nothing is cached per article; word-level lemma caching is part of the real coder and
stays on. Also prints the time and memory it takes to load every language's dictionaries.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from orchestration.coding.text import split_sentences

REPO = Path(__file__).resolve().parents[1]


def sample_articles() -> list[dict]:
    articles = []
    for line in (REPO / "data" / "samples" / "wire-2025-03.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if record.get("text") and record.get("language"):
            articles.append(record)
    seed = (REPO / "data" / "samples" / "seed-article.txt").read_text(encoding="utf-8").split("\n", 2)[2]
    articles.append({"id": "seed", "text": seed, "language": "fr", "published": "2025-02-01"})
    return articles


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sentences", type=int, default=20000)
    args = ap.parse_args()

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    from orchestration.coding.coder import EventCoder
    from orchestration.coding.lexicon import load_language

    coder = EventCoder()
    for lang in ("en", "fr", "es", "de", "it", "pt"):
        load_language(lang)
    load_s = time.perf_counter() - t0
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"dictionaries (6 languages): loaded in {load_s:.2f} s, peak RSS +{(rss_loaded - rss_before) / 1024:.0f} MB")

    base = sample_articles()
    per_copy = sum(len(split_sentences(a["text"])) for a in base)
    copies = max(1, args.sentences // per_copy)
    import datetime as dt

    sentences = events = 0
    t0 = time.perf_counter()
    for i in range(copies):
        for a in base:
            published = dt.date.fromisoformat(a["published"][:10]) if len(a.get("published", "")) >= 10 else None
            events += len(coder.code_article(f"{a['id']}-{i}", a["text"], a["language"], published, "day"))
    elapsed = time.perf_counter() - t0
    sentences = per_copy * copies
    print(f"coded {sentences} sentences ({copies} copies of {len(base)} articles) into {events} events in {elapsed:.2f} s")
    print(f"throughput: {sentences / elapsed:,.0f} sentences/s on one core")


if __name__ == "__main__":
    main()
