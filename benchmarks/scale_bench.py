"""Pipeline at scale: coder sentences/s on one and two cores, end to end at 10k/100k(/1M)
articles, and an incremental day of 10k new articles on top of the largest base.

    .venv/bin/python benchmarks/scale_bench.py coder [--articles 3000]
    .venv/bin/python benchmarks/scale_bench.py e2e 10000 [--incremental 10000]
    .venv/bin/python benchmarks/scale_bench.py day DIR 1000000 10000 [--keep-base-coding]   (the day again, on DIR/base.duckdb)

Each measurement runs in a child process of its own (so its peak RSS is its own) on the
deterministic corpus of benchmarks/corpus.py, generated once under $EVENTPIPE_BENCH_DIR
(default /tmp/eventpipe-scale) in files of 10,000 articles. End to end = pipeline.ingest_inbox
-> pipeline.code_articles (stream, code in worker processes, validate per batch, load) ->
`dbt build` (every model and test) on a fresh warehouse. Peak RSS is sampled every 0.2 s over
the process and all its descendants (coding workers, dbt), and reported for the whole tree and
for the largest single process. Prints a JSON line per measurement; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import corpus  # noqa: E402

BENCH_DIR = Path(os.environ.get("EVENTPIPE_BENCH_DIR", "/tmp/eventpipe-scale"))
PER_FILE = 10_000


# ------------------------------------------------------------------------------ memory sampling

def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, stack = [], [root]
    while stack:
        pid = stack.pop()
        out.append(pid)
        stack.extend(children.get(pid, []))
    return out


def _role(pid: int) -> str:
    """What a process of the tree is: this benchmark, a dbt run, or a worker process."""
    if pid == os.getpid():
        return "pipeline"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            command = f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "other"
    if "dbt" in command:
        return "dbt"
    if "multiprocessing" in command or "concurrent" in command:
        return "worker"
    return "other"


class PeakRSS:
    """Samples the RSS of this process tree; `.tree_mb` (sum), `.process_mb` (largest one) and
    `.by_role_mb` (largest process of each role: pipeline, worker, dbt)."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval, self.tree_kb, self.process_kb = interval, 0, 0
        self.role_kb: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = _descendants(os.getpid())
            sizes = [_rss_kb(pid) for pid in pids]
            for pid, size in zip(pids, sizes):
                role = _role(pid)
                self.role_kb[role] = max(self.role_kb.get(role, 0), size)
            self.tree_kb = max(self.tree_kb, sum(sizes))
            self.process_kb = max(self.process_kb, max(sizes, default=0))
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakRSS":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def tree_mb(self) -> float:
        return self.tree_kb / 1024

    @property
    def process_mb(self) -> float:
        return self.process_kb / 1024

    @property
    def by_role_mb(self) -> dict[str, float]:
        return {role: round(kb / 1024) for role, kb in sorted(self.role_kb.items())}


# ------------------------------------------------------------------------------ corpus

def corpus_files(count: int, first: int = 0, day=None) -> list[Path]:
    """Files holding articles first .. first+count-1 (generated once, reused); with `day`,
    dated as that day's collection (see corpus.article)."""
    if day is not None:
        folder = BENCH_DIR / f"corpus-{first}-{count}-{day}"
        return corpus.write_corpus(folder, count, first, per_file=PER_FILE, day=day)
    if first % PER_FILE or count % PER_FILE:
        folder = BENCH_DIR / f"corpus-{first}-{count}"
        return corpus.write_corpus(folder, count, first, per_file=PER_FILE)
    files = []
    for start in range(first, first + count, PER_FILE):
        files += corpus.write_corpus(BENCH_DIR / "corpus", PER_FILE, start, per_file=PER_FILE)
    return files


def link_inbox(inbox: Path, files: list[Path]) -> None:
    inbox.mkdir(parents=True, exist_ok=True)
    for path in files:
        target = inbox / path.name
        if not target.exists():
            try:
                os.link(path, target)
            except OSError:
                shutil.copy2(path, target)


# ------------------------------------------------------------------------------ coder speed

def _sleep(seconds: float) -> None:
    time.sleep(seconds)


def measure_coder(articles: int, repeat: int = 3) -> dict:
    """Sentences/s of code_rows on one core (this process) and on two worker processes, on
    the same articles, dictionaries loaded beforehand (their load time is reported apart).

    The one-core pass runs `repeat` times in a row: this machine's speed moves by 15% or more
    from one minute to the next (the host's, not the code's), so every pass's rate is reported,
    with the median and the best (as timeit reports its best: interference only slows a run).
    The one_core_* fields are the median pass's."""
    import datetime as dt

    from orchestration import parallel
    from orchestration.coding.coder import EventCoder
    from orchestration.coding.lexicon import load_language
    from orchestration.coding.text import split_sentences
    from orchestration.pipeline import EVENT_COLUMNS

    fields = tuple(EVENT_COLUMNS)
    records = [corpus.article(i) for i in range(articles)]
    rows = [(r["id"], r["text"], r["language"], dt.date.fromisoformat(r["published"]), "day") for r in records]
    sentences = sum(len(split_sentences(r[1])) for r in rows)
    started = time.perf_counter()
    coder = EventCoder()
    for lang in ("en", "fr", "es", "de", "it", "pt"):
        load_language(lang)
    load_seconds = time.perf_counter() - started
    parallel.code_rows(rows[:50], fields, coder)  # warm the word caches a little, as in a long run

    passes = []
    for _ in range(max(1, repeat)):
        started, cpu_started = time.perf_counter(), time.process_time()
        one_events = parallel.code_rows(rows, fields, coder)
        passes.append((time.perf_counter() - started, time.process_time() - cpu_started))
    one, one_cpu = sorted(passes)[len(passes) // 2]  # the median pass (by wall clock)
    best = min(wall for wall, _ in passes)

    chunk = 100
    chunks = [rows[i:i + chunk] for i in range(0, len(rows), chunk)]
    with parallel.CodingPool(2, languages=("en", "fr", "es", "de", "it", "pt")) as pool:
        warm = [pool.pool.submit(_sleep, 1.0) for _ in range(2)]  # both workers started and loaded
        for future in warm:
            future.result()
        started = time.perf_counter()
        futures = [pool.pool.submit(parallel.code_rows_timed, c, fields) for c in chunks]
        results = [f.result() for f in futures]
        two = time.perf_counter() - started
    two_events = [event for events, _ in results for event in events]
    two_cpu = sum(cpu for _, cpu in results)
    assert two_events == one_events, "events differ between one and two workers"
    return {"articles": articles, "sentences": sentences, "events": len(one_events), "load_seconds": load_seconds,
            "one_core_seconds": one, "one_core_cpu_seconds": one_cpu, "two_core_seconds": two, "two_core_cpu_seconds": two_cpu,
            "one_core_rate": sentences / one, "two_core_rate": sentences / two, "speedup": one / two,
            "one_core_cpu_rate": sentences / one_cpu, "two_core_cpu_rate_per_core": sentences / two_cpu,
            "one_core_passes": len(passes), "one_core_pass_rates": [round(sentences / wall) for wall, _ in passes],
            "one_core_best_rate": sentences / best,
            "loadavg_1min": os.getloadavg()[0]}


# ------------------------------------------------------------------------------ end to end

def age_base(db: Path, days: int) -> None:
    """Move the base's ingestion and coding times `days` back, in the raw tables and in the
    mentions mart.

    The base is ingested minutes before the incremental day, so without this every base article
    counts as "ingested within the lookback" (dbt var lookback_days), which the incremental
    marts recompute in full: that is a re-run of the whole history, not a daily run. In use the
    base arrived on earlier days; aging it makes the benchmark's day what a daily run sees."""
    import duckdb

    con = duckdb.connect(str(db))
    try:
        for table in ("raw.articles", "raw.ingested_files", "marts.fct_event_mentions"):
            con.execute(f"update {table} set ingested_at = ingested_at - interval {int(days)} day")
        for table in ("raw.events", "raw.coded_articles", "marts.fct_event_mentions"):
            con.execute(f"update {table} set coded_at = coded_at - interval {int(days)} day")
        con.execute("checkpoint")
    finally:
        con.close()


def run_stages(db: Path, inbox: Path, workdir: Path, out: dict, prefix: str, snapshots: bool = False) -> None:
    """Ingest the inbox, code, `dbt build`: times, counts and peak RSS into `out` (keys `prefix`...)."""
    from warehouse_bench import run_dbt

    from orchestration import pipeline, warehouse

    with PeakRSS() as peak:
        started = time.perf_counter()
        con = warehouse.connect(db)
        t = time.perf_counter()
        ingested = pipeline.ingest_inbox(con, inbox)
        out[f"{prefix}ingest_seconds"] = time.perf_counter() - t
        t = time.perf_counter()
        coded = pipeline.code_articles(con)
        out[f"{prefix}code_seconds"] = time.perf_counter() - t
        con.close()
        copying = time.perf_counter()
        if snapshots and prefix:
            shutil.copy2(db, workdir / "before-dbt.duckdb")
        copy_seconds = time.perf_counter() - copying
        t = time.perf_counter()
        run_dbt(["build"], db, workdir / "target")
        out[f"{prefix}dbt_seconds"] = time.perf_counter() - t
        out[f"{prefix}total_seconds"] = time.perf_counter() - started - copy_seconds
    out[f"{prefix}ingested"] = ingested.ingested
    out[f"{prefix}records"] = ingested.records_read
    out[f"{prefix}articles_coded"] = coded.articles_coded
    out[f"{prefix}events"] = coded.events
    out[f"{prefix}quarantined"] = coded.quarantined
    out[f"{prefix}peak_tree_mb"] = peak.tree_mb
    out[f"{prefix}peak_process_mb"] = peak.process_mb
    out[f"{prefix}peak_by_role_mb"] = peak.by_role_mb


def measure_day(workdir: Path, size: int, incremental: int, keep_base_coding: bool = False) -> dict:
    """The incremental day again, on the base kept by `e2e SIZE --incremental N --snapshots`
    (workdir/base.duckdb, built and aged): the same day's articles ingested, coded and built on a
    copy of it. For studying the daily run without rebuilding the base (half an hour at 1M).
    If the coder changed since the base was built, every base article is coded again (the
    coding ledger keys articles by coder): articles_coded then exceeds the day's articles, unless
    `keep_base_coding` relabels the base's ledger rows with the current coder first (the base's
    events stay those of the coder that built it: the day's figures are then timings only)."""
    base = workdir / "base.duckdb"
    if not base.exists():
        raise SystemExit(f"no {base}: run `scale_bench.py e2e {size} --incremental {incremental} --snapshots --workdir {workdir}` first")
    db = workdir / "warehouse.duckdb"
    shutil.copy2(base, db)
    if keep_base_coding:
        import duckdb

        from orchestration import parallel

        con = duckdb.connect(str(db))
        con.execute("update raw.coded_articles set coder_key = ?", [parallel.coder_key()])
        con.execute("checkpoint")
        con.close()
    os.environ["EVENTPIPE_WAREHOUSE"] = str(db)
    os.environ["EVENTPIPE_SOURCES"] = ""
    inbox = workdir / "inbox"
    link_inbox(inbox, corpus_files(size) + corpus_files(incremental, first=size, day=corpus.NEXT_DAY))
    out: dict = {"size": size, "incremental": incremental, "from_snapshot": str(base), "base_coding_kept": keep_base_coding}
    run_stages(db, inbox, workdir, out, "inc_")
    if out["inc_articles_coded"] > incremental:
        out["warning"] = "the coder changed since the base was built: base articles were coded again"
    return out


def measure_e2e(size: int, incremental: int, workdir: Path, age_days: int = 30, snapshots: bool = False) -> dict:
    """Fresh warehouse: ingest `size` articles, code, dbt build; then (if `incremental`) add
    the next `incremental` articles, dated as the collection of the day after the base period
    (corpus.NEXT_DAY), and run the three stages again, the base's ingestion aged `age_days`
    first (see age_base; 0 leaves it as ingested).

    With `snapshots`, copies of the warehouse are kept in `workdir` at two points, so that
    the incremental day's dbt build can be studied again without the base's half hour:
    base.duckdb (base built and aged) and before-dbt.duckdb (the day ingested and coded)."""
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    files = corpus_files(size)
    extra = corpus_files(incremental, first=size, day=corpus.NEXT_DAY) if incremental else []
    db = workdir / "warehouse.duckdb"
    os.environ["EVENTPIPE_WAREHOUSE"] = str(db)
    os.environ["EVENTPIPE_SOURCES"] = ""
    inbox = workdir / "inbox"
    link_inbox(inbox, files)
    out: dict = {"size": size, "workers": int(os.environ.get("EVENTPIPE_WORKERS", "0")) or None}

    run_stages(db, inbox, workdir, out, "", snapshots)
    if incremental:
        if age_days:
            age_base(db, age_days)
        out["base_aged_days"] = age_days
        if snapshots:
            shutil.copy2(db, workdir / "base.duckdb")
        link_inbox(inbox, extra)
        run_stages(db, inbox, workdir, out, "inc_", snapshots)
        out["incremental"] = incremental
    con = __import__("duckdb").connect(str(db), read_only=True)
    out["raw_events"] = con.execute("select count(*) from raw.events").fetchall()[0][0]
    out["fct_event_mentions"] = con.execute("select count(*) from marts.fct_event_mentions").fetchall()[0][0]
    con.close()
    out["db_mb"] = db.stat().st_size / 1e6
    out["parent_maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    c = sub.add_parser("coder")
    c.add_argument("--articles", type=int, default=3000)
    c.add_argument("--repeat", type=int, default=3, help="one-core passes (median and best reported)")
    e = sub.add_parser("e2e")
    e.add_argument("size", type=int)
    e.add_argument("--incremental", type=int, default=0)
    e.add_argument("--workdir", type=Path, default=None)
    e.add_argument("--keep", action="store_true")
    e.add_argument("--snapshots", action="store_true",
                   help="keep copies of the warehouse before the incremental day and before its dbt build (implies --keep)")
    e.add_argument("--age-base-days", type=int, default=30,
                   help="before the incremental day, move the base's ingestion times back this many days (0: not)")
    d = sub.add_parser("day", help="the incremental day again, on the base kept by e2e --snapshots in DIR")
    d.add_argument("workdir", type=Path)
    d.add_argument("size", type=int)
    d.add_argument("incremental", type=int)
    d.add_argument("--keep-base-coding", action="store_true",
                   help="timing only: mark the base as coded by the current coder (its events stay the older coder's), "
                        "so that a changed coder codes the day's articles alone instead of the whole base")
    args = parser.parse_args()
    if args.what == "coder":
        print(json.dumps(measure_coder(args.articles, args.repeat)))
    elif args.what == "day":
        print(json.dumps(measure_day(args.workdir, args.size, args.incremental, args.keep_base_coding)))
    else:
        workdir = args.workdir or BENCH_DIR / f"e2e-{args.size}"
        result = measure_e2e(args.size, args.incremental, workdir, args.age_base_days, args.snapshots)
        if not (args.keep or args.snapshots):
            shutil.rmtree(workdir, ignore_errors=True)
        print(json.dumps(result))


if __name__ == "__main__":
    main()
