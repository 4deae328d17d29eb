"""Benchmark the warehouse: build a synthetic warehouse and time dbt and the documented queries.

Writes N synthetic event mentions (default 10 million) spread over three years directly into the
raw tables of a fresh DuckDB warehouse (the contract orchestration/warehouse_ddl.sql), all days
but the last, then times

  1. a full `dbt build --full-refresh` (models and every test; target < 5 min),
  2. an incremental `dbt build` after adding the last day (target < 30 s),
  3. each SQL query of docs/queries.md (target < 500 ms; best of --repeat runs),

and prints them beside their targets. Usage::

    .venv/bin/python benchmarks/warehouse_bench.py                      # 10 million mentions
    .venv/bin/python benchmarks/warehouse_bench.py --mentions 1000000   # smaller

The synthetic data: four mentions per article, articles spread evenly over the days, 200 outlets,
one article in ten a wire copy of the one before (duplicate_of), 60 countries and 3
organizations with a skewed (quadratic) choice of source and target, 15% of mentions without a
target, 30% with a stated event date up to three days before publication, and CAMEO codes drawn
with a conflict probability that differs by dyad and drifts over time (so the index moves).
Generation is deterministic (hash-based). The functions are reused by the test suite to build
small synthetic warehouses.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb

REPO_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
QUERIES_DOC = REPO_ROOT / "docs" / "queries.md"
SEEDS_DIR = DBT_PROJECT_DIR / "seeds"

MENTIONS_PER_ARTICLE = 4
START = dt.date(2023, 1, 1)
DAYS = 3 * 365 + 1  # 2023-01-01 .. 2025-12-31

COUNTRIES = (
    "USA CHN RUS UKR GBR FRA DEU JPN KOR PRK IND PAK IRN ISR PSE SYR IRQ TUR SAU EGY "
    "ITA ESP POL NLD BEL SWE NOR FIN CAN MEX BRA ARG COL VEN CHL PER ZAF NGA ETH KEN "
    "COD RWA SDN LBY DZA MAR AFG BGD IDN PHL VNM THA MYS AUS NZL TWN MMR YEM LBN QAT"
).split()
ORGANIZATIONS = ("UNO", "NAT", "EEC")
ROLES = ("GOV", "GOV", "GOV", "GOV", "GOV", "MIL", "MIL", None, None, "JUD")

# mentions per event: a day's mentions report mentions/days/2.5 distinct event numbers, drawn
# with a quadratic skew (so some events get many mentions, most few)
# relative frequency of each CAMEO root among coded events (roughly GDELT's shape)
ROOT_WEIGHTS = {
    "01": 10, "02": 4, "03": 6, "04": 20, "05": 8, "06": 3, "07": 3, "08": 2, "09": 1, "10": 2,
    "11": 8, "12": 3, "13": 2, "14": 2, "15": 1, "16": 2, "17": 5, "18": 4, "19": 6, "20": 0.2,
}


# --------------------------------------------------------------------------- synthetic raw data


def _code_tables(con: duckdb.DuckDBPyConnection) -> None:
    """bench.actors, bench.roles and bench.cooperation_codes / bench.conflict_codes (weighted by repetition)."""
    import pandas as pd

    con.execute("create schema if not exists bench")
    actors = pd.DataFrame(
        [(i, code, "organization" if code in ORGANIZATIONS else "state") for i, code in enumerate(COUNTRIES + list(ORGANIZATIONS))],
        columns=["idx", "code", "kind"],
    )
    con.execute("create or replace table bench.actors as select * from actors")
    roles = pd.DataFrame(list(enumerate(ROLES)), columns=["idx", "role"])
    con.execute("create or replace table bench.roles as select cast(idx as integer) as idx, cast(role as varchar) as role from roles")

    with (SEEDS_DIR / "cameo_event_codes.csv").open(encoding="utf-8", newline="") as fh:
        codes = [r for r in csv.DictReader(fh) if len(r["code"]) > 2]  # no bare roots
    by_root: dict[str, list[dict]] = {}
    for r in codes:
        by_root.setdefault(r["root"], []).append(r)
    for name, quads in (("cooperation_codes", {"1", "2"}), ("conflict_codes", {"3", "4"})):
        rows = []
        for root, weight in ROOT_WEIGHTS.items():
            members = [r for r in by_root.get(root, []) if r["quad_class"] in quads]
            copies = max(1, round(weight * 10))
            for k in range(copies):
                r = members[k % len(members)] if members else None
                if r:
                    rows.append((r["code"], r["root"], int(r["quad_class"]), float(r["goldstein"])))
        frame = pd.DataFrame([(i, *row) for i, row in enumerate(rows)], columns=["idx", "code", "root", "quad_class", "goldstein"])
        con.execute(f"create or replace table bench.{name} as select * from frame")


def _uniform(expr: str, salt: int) -> str:
    """A deterministic pseudo-random number in [0, 1) from an integer expression."""
    return f"((hash({expr}, {salt}) % 1000003) / 1000003.0)"


def _articles_of_day(day: int, n_articles: int, days: int) -> int:
    """First article index published on day `day` (articles are spread evenly over the days)."""
    return -(-day * n_articles // days)


def insert_days(
    con: duckdb.DuckDBPyConnection,
    mentions: int,
    first_day: int,
    last_day: int,
    *,
    days: int = DAYS,
    start: dt.date = START,
    coder_version: str = "bench-1",
) -> int:
    """Insert the articles and mentions of days [first_day, last_day) of an N-mention corpus; returns mentions inserted."""
    _code_tables(con)
    n_articles = max(1, math.ceil(mentions / MENTIONS_PER_ARTICLE))
    a0, a1 = _articles_of_day(first_day, n_articles, days), _articles_of_day(last_day, n_articles, days)
    if a1 <= a0:
        return 0
    n_actors = len(COUNTRIES) + len(ORGANIZATIONS)
    n_roles = len(ROLES)
    n_coop = con.execute("select count(*) from bench.cooperation_codes").fetchall()[0][0]
    n_conf = con.execute("select count(*) from bench.conflict_codes").fetchall()[0][0]
    day_of = f"(a * {days} // {n_articles})"
    con.execute(
        f"""
        insert into raw.articles (article_id, title, text, published, date_precision, language,
            language_source, url, source, text_hash, source_file, source_line, ingested_at,
            canonical_url, duplicate_of, is_summary)
        select
            'bench-' || a,
            'Synthetic article ' || a,
            'Synthetic text of article ' || a || '.',
            date '{start}' + cast({day_of} as integer),
            'day',
            ['en', 'fr', 'es', 'de', 'it', 'pt'][cast(1 + hash(a, 10) % 6 as integer)],
            'record',
            'https://example.org/bench/' || a || '?utm_source=feed',
            'Outlet ' || (hash(a, 11) % 200),
            sha256('bench-' || a),
            'bench/' || (date '{start}' + cast({day_of} as integer)) || '.jsonl',
            cast(a % 100000 + 1 as integer),
            cast(date '{start}' + cast({day_of} as integer) as timestamp) + interval 6 hour,
            'https://example.org/bench/' || a,
            case when a > 0 and hash(a, 12) % 10 = 0 then 'bench-' || (a - 1) end,
            false
        from range({a0}, {a1}) as t(a)
        """
    )
    m0, m1 = a0 * MENTIONS_PER_ARTICLE, min(a1 * MENTIONS_PER_ARTICLE, mentions)
    ev = lambda salt: _uniform("ev", salt)  # noqa: E731
    events_per_day = max(1, round(mentions / days / 2.5))
    con.execute(
        f"""
        insert into raw.events
        with mentions as (
            select
                i,
                i // {MENTIONS_PER_ARTICLE} as a,
                cast((i // {MENTIONS_PER_ARTICLE}) * {days} // {n_articles} as integer) as day_index,
                0.5 + 0.5 * {_uniform("i", 13)} as confidence
            from range({m0}, {m1}) as t(i)
        ),
        base as (
            -- a mention reports one of the day's {events_per_day} events, popular ones more often:
            -- every attribute is drawn from the event number, so mentions of one event agree
            select
                mentions.*,
                date '{start}' + day_index as published,
                cast(floor({n_actors} * {ev(1)} * {ev(1)}) as integer) as source_idx,
                {ev(2)} as target_u,
                {ev(3)} < 0.15 as no_target,
                cast(floor({n_roles} * {ev(4)}) as integer) as source_role_idx,
                cast(floor({n_roles} * {ev(5)}) as integer) as target_role_idx,
                {ev(6)} as conflict_u,
                {ev(7)} as code_u,
                {ev(8)} < 0.3 as has_date,
                cast(floor(4 * {ev(9)}) as integer) as days_before
            from (
                select *, day_index * {events_per_day} + cast(floor({events_per_day} * {_uniform("i", 20)} * {_uniform("i", 20)}) as bigint) as ev
                from mentions
            ) as mentions
        ),
        dyads as (
            select
                base.*,
                (source_idx + 1 + cast(floor(({n_actors} - 1) * target_u * target_u) as integer)) % {n_actors} as target_idx
            from base
        ),
        tendency as (
            -- conflict probability: a dyad's own level, drifting over time
            select
                dyads.*,
                0.1 + 0.6 * ((hash(source_idx, target_idx, 14) % 1000) / 1000.0)
                    * (0.5 + 0.5 * sin((published - date '{start}') / 45.0 + (hash(source_idx, target_idx, 15) % 628) / 100.0))
                    as p_conflict
            from dyads
        ),
        chosen as (
            select
                tendency.*,
                case when conflict_u < p_conflict then 'conflict' else 'cooperation' end as side
            from tendency
        )
        select
            left(md5('bench-mention-' || i), 20) as event_id,
            'bench-' || a as article_id,
            cast(i % {MENTIONS_PER_ARTICLE} as integer) as sentence_index,
            'Synthetic sentence ' || i || ': ' || s.code || ' and ' || coalesce(t.code, 'no one')
                || ', code ' || coalesce(coop.code, conf.code) || ', as a wire service reported it on ' || published || '.' as sentence,
            case when s.kind = 'organization' then 'IGO' || s.code else s.code || coalesce(sr.role, '') end as source_actor,
            s.code as source_country,
            case when s.kind = 'organization' then 'IGO' else sr.role end as source_role,
            case when no_target then null when t.kind = 'organization' then 'IGO' || t.code else t.code || coalesce(tr.role, '') end as target_actor,
            case when no_target then null else t.code end as target_country,
            case when no_target then null when t.kind = 'organization' then 'IGO' else tr.role end as target_role,
            coalesce(coop.code, conf.code) as cameo_code,
            coalesce(coop.root, conf.root) as root,
            coalesce(coop.quad_class, conf.quad_class) as quad_class,
            coalesce(coop.goldstein, conf.goldstein) as goldstein,
            case when has_date then published - days_before end as event_date,
            ['en', 'fr', 'es', 'de', 'it', 'pt'][cast(1 + hash(a, 10) % 6 as integer)] as language,
            round(confidence, 3) as confidence,
            'en/verbs.tsv:' || (hash(i, 16) % 900 + 1) as rule,
            '{coder_version}' as coder_version,
            cast(i % 500 as integer) as source_start,
            cast(i % 500 + 12 as integer) as source_end,
            case when no_target then null else cast(i % 500 + 40 as integer) end as target_start,
            case when no_target then null else cast(i % 500 + 52 as integer) end as target_end,
            cast(i % 500 + 20 as integer) as trigger_start,
            cast(i % 500 + 28 as integer) as trigger_end,
            cast(published as timestamp) + interval 7 hour as coded_at
        from chosen
        join bench.actors as s on s.idx = chosen.source_idx
        join bench.actors as t on t.idx = chosen.target_idx
        join bench.roles as sr on sr.idx = chosen.source_role_idx
        join bench.roles as tr on tr.idx = chosen.target_role_idx
        left join bench.cooperation_codes as coop
            on chosen.side = 'cooperation' and coop.idx = cast(floor({n_coop} * code_u * code_u) as integer)
        left join bench.conflict_codes as conf
            on chosen.side = 'conflict' and conf.idx = cast(floor({n_conf} * code_u * code_u) as integer)
        order by i
        """
    )
    return m1 - m0


def create_warehouse(path: Path | str, mentions: int, through_day: int, *, days: int = DAYS, start: dt.date = START, chunk_days: int = 120) -> int:
    """A fresh warehouse at `path` holding days [0, through_day) of an N-mention corpus."""
    from orchestration import warehouse

    path = Path(path)
    for suffix in ("", ".wal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    con = warehouse.connect(path)
    try:
        total = 0
        for first in range(0, through_day, chunk_days):
            total += insert_days(con, mentions, first, min(first + chunk_days, through_day), days=days, start=start)
        con.execute("drop schema bench cascade")
        con.execute("checkpoint")
    finally:
        con.close()
    return total


def add_days(path: Path | str, mentions: int, first_day: int, last_day: int, *, days: int = DAYS, start: dt.date = START) -> int:
    """Add days [first_day, last_day) of the same corpus to an existing warehouse."""
    from orchestration import warehouse

    con = warehouse.connect(path)
    try:
        n = insert_days(con, mentions, first_day, last_day, days=days, start=start)
        con.execute("drop schema bench cascade")
        con.execute("checkpoint")
    finally:
        con.close()
    return n


# --------------------------------------------------------------------------- dbt and queries


def run_dbt(args: list[str], warehouse: Path | str, target_path: Path | str) -> tuple[float, dict]:
    """Run the dbt CLI on the warehouse; return (wall seconds, run_results.json with the CPU seconds added)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**os.environ, "EVENTPIPE_WAREHOUSE": str(warehouse), "DO_NOT_TRACK": "1"}
    dbt = Path(sys.executable).parent / "dbt"
    command = [str(dbt) if dbt.exists() else "dbt", *args, "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
               "--target-path", str(target_path), "--log-path", str(Path(target_path) / "logs")]
    started = time.perf_counter()
    proc = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        tail = "\n".join(proc.stdout.splitlines()[-40:])
        raise RuntimeError(f"dbt {' '.join(args)} failed ({proc.returncode}):\n{tail}\n{proc.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    results = json.loads((Path(target_path) / "run_results.json").read_text())
    results["cpu_seconds"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, results


_MANIFESTS: dict[str, object] = {}


def dbt_in_process(args: list[str], warehouse: Path | str, target_path: Path | str):
    """Run dbt in this process (dbtRunner) on the warehouse; returns the dbtRunnerResult.

    The project is parsed once per process and warehouse file name and the manifest reused, so
    that a test suite building several small warehouses (each named warehouse.duckdb, in its own
    folder: the file name is dbt's database name) pays for one parse.
    """
    from dbt.cli.main import dbtRunner

    common = ["--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
              "--target-path", str(target_path), "--log-path", str(Path(target_path) / "logs"),
              "--no-send-anonymous-usage-stats", "--quiet"]
    saved = {k: os.environ.get(k) for k in ("EVENTPIPE_WAREHOUSE", "DO_NOT_TRACK")}
    os.environ["EVENTPIPE_WAREHOUSE"] = str(warehouse)
    os.environ["DO_NOT_TRACK"] = "1"
    try:
        key = Path(warehouse).stem
        if key not in _MANIFESTS:
            parsed = dbtRunner().invoke(["parse", *common])
            if not parsed.success:
                raise RuntimeError(f"dbt parse failed: {parsed.exception}")
            _MANIFESTS[key] = parsed.result
        return dbtRunner(manifest=_MANIFESTS[key]).invoke([*args, *common])
    finally:
        _close_dbt_duckdb()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _close_dbt_duckdb() -> None:
    """dbt-duckdb keeps its DuckDB instance open in the process after a run; close it so that the
    warehouse can be opened again (with another configuration) or by another process."""
    try:
        from dbt.adapters.duckdb.connections import DuckDBConnectionManager
    except ImportError:  # pragma: no cover
        return
    env = DuckDBConnectionManager._ENV
    if env is not None:
        try:
            env.close()
        finally:
            DuckDBConnectionManager._ENV = None


def dbt_failures(result) -> list[str]:
    """Human-readable failures of a dbtRunnerResult (empty when it succeeded)."""
    if result.exception is not None:
        return [repr(result.exception)]
    return [
        f"{r.node.unique_id}: {r.status} {r.message or ''}"
        for r in (result.result.results if result.result is not None and hasattr(result.result, "results") else [])
        if str(r.status) not in ("success", "pass")
    ]


def split_times(results: dict) -> dict[str, float]:
    """Seconds spent in models, tests, seeds and the slowest node, from run_results.json."""
    out = {"models": 0.0, "tests": 0.0, "seeds": 0.0, "other": 0.0}
    for r in results["results"]:
        kind = r["unique_id"].split(".")[0]
        key = {"model": "models", "test": "tests", "seed": "seeds"}.get(kind, "other")
        out[key] += r.get("execution_time") or 0.0
    slowest = sorted(results["results"], key=lambda r: -(r.get("execution_time") or 0.0))[:5]
    out["slowest"] = [(r["unique_id"].split(".")[-1] if not r["unique_id"].startswith("test") else r["unique_id"].split(".")[2], round(r["execution_time"], 2)) for r in slowest]
    return out


def load_queries(path: Path = QUERIES_DOC) -> list[tuple[str, str]]:
    """(title, sql) of every ```sql block of docs/queries.md, titled by the heading above it."""
    text = path.read_text(encoding="utf-8")
    out = []
    for match in re.finditer(r"```sql\n(.*?)```", text, flags=re.S):
        headings = re.findall(r"^###\s+(.*)$", text[: match.start()], flags=re.M)
        out.append((headings[-1] if headings else f"query {len(out) + 1}", match.group(1)))
    return out


def time_queries(warehouse: Path | str, repeat: int = 3) -> list[tuple[str, int, float, float]]:
    """(title, rows, first run seconds, best of `repeat` seconds) for every documented query."""
    con = duckdb.connect(str(warehouse), read_only=True)
    out = []
    try:
        for title, sql in load_queries():
            times = []
            rows = 0
            for _ in range(repeat):
                started = time.perf_counter()
                rows = len(con.execute(sql).fetchall())
                times.append(time.perf_counter() - started)
            out.append((title, rows, times[0], min(times)))
    finally:
        con.close()
    return out


def table_sizes(warehouse: Path | str) -> dict[str, int]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        names = ["raw.articles", "raw.events", "marts.fct_event_mentions", "marts.fct_events", "marts.dyad_daily_trends", "marts.dyad_cc_index", "marts.country_daily_trends"]
        return {n: con.execute(f"select count(*) from {n}").fetchall()[0][0] for n in names}
    finally:
        con.close()


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mentions", type=int, default=10_000_000, help="event mentions over the three years (default 10 million)")
    parser.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "eventpipe-bench")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query (the best is reported)")
    parser.add_argument("--keep", action="store_true", help="keep the warehouse afterwards")
    args = parser.parse_args(argv)

    workdir = args.workdir
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    warehouse = workdir / "warehouse.duckdb"
    target = workdir / "target"

    print(f"eventpipe warehouse benchmark: {args.mentions:,} mentions over {DAYS} days from {START}, {os.cpu_count()} cores")
    print("  load average before: %.2f %.2f %.2f (other work on the machine slows every figure below)" % os.getloadavg())
    started = time.perf_counter()
    n = create_warehouse(warehouse, args.mentions, DAYS - 1)
    print(f"  generated {n:,} mentions (all days but the last) in {time.perf_counter() - started:.1f} s")

    full, full_results = run_dbt(["build", "--full-refresh"], warehouse, target)
    full_split = split_times(full_results)
    sizes = table_sizes(warehouse)
    print(f"  full build: {full:.1f} s wall, {full_results['cpu_seconds']:.1f} s CPU (models {full_split['models']:.1f} s, tests {full_split['tests']:.1f} s, seeds {full_split['seeds']:.1f} s); load %.2f" % os.getloadavg()[0])
    print(f"    slowest nodes: {full_split['slowest']}")
    for name, rows in sizes.items():
        print(f"    {name}: {rows:,} rows")

    added = add_days(warehouse, args.mentions, DAYS - 1, DAYS)
    incremental, inc_results = run_dbt(["build"], warehouse, target)
    inc_split = split_times(inc_results)
    print(f"  added the last day: {added:,} mentions")
    print(f"  incremental build: {incremental:.1f} s wall, {inc_results['cpu_seconds']:.1f} s CPU (models {inc_split['models']:.1f} s, tests {inc_split['tests']:.1f} s, seeds {inc_split['seeds']:.1f} s); load %.2f" % os.getloadavg()[0])
    print(f"    slowest nodes: {inc_split['slowest']}")

    print("  docs/queries.md (rows, first run, best of %d):" % args.repeat)
    query_times = time_queries(warehouse, args.repeat)
    for title, rows, first, best in query_times:
        flag = "ok" if best < 0.5 else "SLOW"
        print(f"    {best * 1000:7.0f} ms  (first {first * 1000:5.0f} ms, {rows:>4} rows)  {flag}  {title}")

    print("\nsummary (target):")
    print(f"  incremental dbt build, one new day: {incremental:6.1f} s  (< 30 s)   {'ok' if incremental < 30 else 'MISSED'}")
    print(f"  full dbt build:                     {full:6.1f} s  (< 300 s)  {'ok' if full < 300 else 'MISSED'}")
    slowest = max(query_times, key=lambda q: q[3])
    print(f"  slowest documented query:           {slowest[3] * 1000:6.0f} ms (< 500 ms) {'ok' if slowest[3] < 0.5 else 'MISSED'}  ({slowest[0]})")
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
