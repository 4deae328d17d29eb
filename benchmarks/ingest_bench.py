"""Ingest speed and memory on a synthetic corpus: articles/s from JSONL, pages/s from HTML.

    .venv/bin/python benchmarks/ingest_bench.py                 # 20,000 JSONL articles, 1,000 pages
    .venv/bin/python benchmarks/ingest_bench.py --articles 50000 --pages 2000

Each measurement runs `pipeline.ingest_inbox` (readers, language detection, deduplication
with near-duplicate search, contract check, transactional writes to a fresh DuckDB warehouse)
in its own process, so its peak RSS is its own. The JSONL corpus is measured at two sizes;
for each, a second run under tracemalloc gives the peak of Python's own allocations: no file
is ever held whole, so what grows is only the deduplication state (~1.5 KB per distinct
article), while RSS also counts DuckDB's buffer pool (written blocks stay cached, up to its
memory_limit) and the file's uncommitted rows.

The corpus is generated: invented multilingual news-style sentences, ~2% exact and ~2%
near-duplicates, half the records without a language field (so detection runs for them);
pages of ~8-10 KB of HTML around 3-4 KB of article text (8-12 paragraphs) with navigation,
scripts, styles, a sidebar and a footer. Prints figures, asserts nothing.
Targets (issue 4): >= 2,000 articles/s from JSONL, >= 200 pages/s from HTML.

Wall-clock rates depend on what else runs on the machine; the rate per CPU-second of the
process is printed too (the two agree on an idle machine).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

ACTORS = {
    "en": ["The French president", "Japan's foreign minister", "The Kenyan government", "Brazil's defence minister",
           "The United Nations envoy", "Germany's chancellor", "The Indian prime minister", "Egyptian officials"],
    "fr": ["Le président français", "Le ministre japonais des Affaires étrangères", "Le gouvernement kényan",
           "Le ministre brésilien de la Défense", "L'envoyé des Nations unies", "La chancelière allemande"],
    "es": ["El presidente francés", "El ministro japonés de Exteriores", "El gobierno keniano",
           "El ministro brasileño de Defensa", "El enviado de las Naciones Unidas"],
    "de": ["Der französische Präsident", "Der japanische Außenminister", "Die kenianische Regierung",
           "Der brasilianische Verteidigungsminister", "Der UN-Gesandte"],
}
ACTS = {
    "en": ["met {o} in {p} on {d} to discuss {t}", "condemned the attack on {t} near {p}", "signed an agreement on {t} with {o}",
           "urged {o} to resume talks on {t}", "accused {o} of blocking progress on {t}", "announced new aid for {t} in {p}"],
    "fr": ["a rencontré {o} à {p} {d} pour discuter de {t}", "a condamné l'attaque contre {t} près de {p}",
           "a signé un accord sur {t} avec {o}", "a appelé {o} à reprendre les négociations sur {t}"],
    "es": ["se reunió con {o} en {p} el {d} para hablar de {t}", "condenó el ataque contra {t} cerca de {p}",
           "firmó un acuerdo sobre {t} con {o}", "pidió a {o} reanudar las conversaciones sobre {t}"],
    "de": ["traf {o} am {d} in {p}, um über {t} zu sprechen", "verurteilte den Angriff auf {t} bei {p}",
           "unterzeichnete mit {o} ein Abkommen über {t}", "forderte {o} auf, die Gespräche über {t} fortzusetzen"],
}
OTHERS = ["his Egyptian counterpart", "the Turkish delegation", "officials from Ghana", "the Canadian envoy",
          "representatives of the African Union", "the Chilean minister", "Polish diplomats", "the Thai government"]
PLACES = ["Cairo", "Nairobi", "Lima", "Warsaw", "Bangkok", "Ottawa", "Accra", "Geneva", "Hanoi", "Dakar"]
DAYS = {"en": ["Monday", "Tuesday", "Wednesday"], "fr": ["lundi", "mardi", "mercredi"],
        "es": ["lunes", "martes", "miércoles"], "de": ["Montag", "Dienstag", "Mittwoch"]}
TOPICS = ["water sharing", "border security", "energy supplies", "trade tariffs", "a humanitarian convoy",
          "migration", "fishing rights", "a prisoner exchange", "grain exports", "a ceasefire", "port access"]


def sentence(rng: random.Random, language: str) -> str:
    act = rng.choice(ACTS[language]).format(o=rng.choice(OTHERS), p=rng.choice(PLACES),
                                            d=rng.choice(DAYS[language]), t=rng.choice(TOPICS))
    return f"{rng.choice(ACTORS[language])} {act}, {rng.choice(['officials said', 'sources said', 'a statement said'])} {rng.randint(2, 99)}."


def article_text(rng: random.Random, language: str) -> str:
    paragraphs = []
    for _ in range(rng.randint(3, 5)):
        paragraphs.append(" ".join(sentence(rng, language) for _ in range(rng.randint(2, 4))))
    return "\n\n".join(paragraphs)


def write_jsonl(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = date(2025, 1, 1)
    previous: list[dict] = []
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            roll = rng.random()
            if previous and roll < 0.02:  # exact copy under another id
                record = dict(rng.choice(previous), id=f"bench-{index}")
            elif previous and roll < 0.04:  # wire copy: same text with a dateline added
                source = rng.choice(previous)
                record = dict(source, id=f"bench-{index}", text=f"{rng.choice(PLACES).upper()} (Wire) - " + source["text"],
                              url=None)
            else:
                language = rng.choice(list(ACTORS))
                record = {
                    "id": f"bench-{index}",
                    "published": (start + timedelta(days=rng.randrange(90))).isoformat(),
                    "title": sentence(rng, language)[:80],
                    "url": f"https://example.org/bench/{index}?utm_source=bench",
                    "source": rng.choice(["Sample Wire", "Sample Gazette", "Sample Times"]),
                    "text": article_text(rng, language),
                }
                if rng.random() < 0.5:
                    record["language"] = language
                previous.append(record)
                if len(previous) > 500:
                    previous.pop(0)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Sample Gazette</title>
<meta property="og:site_name" content="Sample Gazette"><meta property="article:published_time" content="{published}T08:00:00+01:00">
<link rel="canonical" href="https://example.org/gazette/{index}?utm_source=bench">
<style>body {{ font-family: serif; }} .ad {{ display: block; }} nav a {{ margin: 0 4px; }}</style>
<script>window.dataLayer = []; function track(e) {{ dataLayer.push(e); }} track("page {index}");</script></head>
<body><header><nav>{nav}</nav><div class="ad">Subscribe to our newsletter for daily updates</div></header>
<main><article><h1>{title}</h1><p class="byline">By a staff writer</p>{paragraphs}
<script>track("read");</script></article>
<aside><h2>Most read</h2><ul>{related}</ul></aside></main>
<footer><p>Copyright 2025 Sample Gazette. All rights reserved.</p><ul>{footer}</ul></footer></body></html>"""


def write_pages(folder: Path, count: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    nav = " ".join(f'<a href="/section/{n}">Section {n}</a>' for n in range(25))
    footer = "".join(f'<li><a href="/info/{n}">Information page {n}</a></li>' for n in range(15))
    for index in range(count):
        language = rng.choice(list(ACTORS))
        paragraphs = "".join(f"<p>{' '.join(sentence(rng, language) for _ in range(3))}</p>\n" for _ in range(rng.randint(8, 12)))
        related = "".join(f'<li><a href="/story/{rng.randrange(10**6)}">{sentence(rng, "en")[:60]}</a></li>' for _ in range(8))
        page = PAGE.format(lang=language, title=sentence(rng, language)[:70], index=index, nav=nav, footer=footer,
                           published=(date(2025, 1, 1) + timedelta(days=rng.randrange(90))).isoformat(),
                           paragraphs=paragraphs, related=related)
        (folder / f"page-{index:05d}.html").write_text(page, encoding="utf-8")


def measure(kind: str, count: int, workers: int | None, traced: bool) -> dict:
    """Run in a child process: build the corpus, ingest it, report time and peak RSS; then,
    with `traced`, ingest it again into a fresh warehouse under tracemalloc (Python's own
    allocations: what ingest holds, without DuckDB's buffer pool or the interpreter)."""
    import tracemalloc

    from orchestration import pipeline, warehouse

    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        if kind == "jsonl":
            write_jsonl(inbox / "corpus.jsonl", count)
        else:
            write_pages(inbox, count)
        size = sum(p.stat().st_size for p in inbox.iterdir())
        con = warehouse.connect(Path(tmp) / "bench.duckdb")
        # warm the lazily loaded parts (language model, trafilatura, dateparser) outside the clock
        warm = Path(tmp) / "warm"
        warm.mkdir()
        (warm / "w.jsonl").write_text(json.dumps({"text": "Warm-up text for the language model.", "published": "2025-01-01"}) + "\n")
        (warm / "w.html").write_text("<html><body><p>Warm-up page with a paragraph of text.</p></body></html>")
        pipeline.ingest_inbox(con, warm)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started, cpu_started = time.perf_counter(), time.process_time()
        result = pipeline.ingest_inbox(con, inbox, workers=workers)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        con.close()
        traced_peak = None
        if traced:
            again = warehouse.connect(Path(tmp) / "traced.duckdb")
            tracemalloc.start()
            base = tracemalloc.get_traced_memory()[0]
            pipeline.ingest_inbox(again, inbox, workers=0)
            traced_peak = (tracemalloc.get_traced_memory()[1] - base) / 1e6
            tracemalloc.stop()
            again.close()
    return {"kind": kind, "count": count, "bytes": size, "seconds": elapsed, "cpu_seconds": cpu, "records": result.records_read,
            "ingested": result.ingested, "duplicates": result.duplicates, "near_duplicates": result.near_duplicates,
            "rejected": result.rejected, "rss_before_mb": rss_before / 1024, "rss_peak_mb": rss_peak / 1024,
            "traced_peak_mb": traced_peak}


def run_child(kind: str, count: int, workers: int | None, traced: bool) -> dict:
    command = [sys.executable, __file__, "--child", kind, str(count), "--workers", str(workers)]
    if traced:
        command.append("--traced")
    output = subprocess.run(command, cwd=REPO, check=True, capture_output=True, text=True,
                            env={**os.environ, "EVENTPIPE_SOURCES": ""})
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000, help="JSONL records (default 20,000)")
    parser.add_argument("--pages", type=int, default=1_000, help="HTML pages (default 1,000)")
    parser.add_argument("--workers", default="auto",
                        help="processes reading pages ahead: auto (one per CPU, from 2,000 pages on) or a number; 0 = none")
    parser.add_argument("--no-traced", action="store_true", help="skip the tracemalloc runs (Python memory)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--traced", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    workers = None if args.workers in ("auto", "None") else int(args.workers)
    if args.child:
        print(json.dumps(measure(args.child[0], int(args.child[1]), workers, args.traced)))
        return
    print(f"ingest benchmark on {os.cpu_count()} CPU(s), Python {sys.version.split()[0]}, "
          f"page workers: {args.workers}; load average before: {os.getloadavg()[0]:.2f}")
    for kind, count in (("jsonl", max(1, args.articles // 4)), ("jsonl", args.articles), ("html", args.pages)):
        r = run_child(kind, count, workers, traced=kind == "jsonl" and not args.no_traced)
        unit = "articles" if kind == "jsonl" else "pages"
        rate, cpu_rate = r["records"] / r["seconds"], r["records"] / r["cpu_seconds"]
        print(f"{kind:5} {r['records']:>7,} records ({r['bytes'] / 1e6:5.1f} MB): {r['seconds']:6.2f} s = {rate:6,.0f} {unit}/s"
              f" (CPU time {r['cpu_seconds']:.2f} s = {cpu_rate:6,.0f}/s)"
              f" | ingested {r['ingested']:,} (near-duplicates {r['near_duplicates']:,}), duplicates {r['duplicates']:,},"
              f" rejected {r['rejected']:,}")
        memory = f"peak RSS {r['rss_peak_mb']:.0f} MB (after imports and warm-up {r['rss_before_mb']:.0f} MB)"
        if r["traced_peak_mb"] is not None:
            memory += f"; Python allocations of ingest, peak {r['traced_peak_mb']:.1f} MB (tracemalloc)"
        print(f"      {memory}")


if __name__ == "__main__":
    main()
