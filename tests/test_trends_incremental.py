"""Incremental marts: adding a day costs that day, and gives what a full refresh gives.

A synthetic warehouse (benchmarks/warehouse_bench.py) is built for 110 days; then a new day
arrives together with a late report (an article published on the new day about an event 60 days
earlier, beyond the lookback) and a re-coded article of the last day (one of its mentions
vanishes). An incremental `dbt build` must leave rows outside the recompute window alone, pick
up the new day, the late report and the vanished mention, pass its tests, and equal a full
refresh of the same raw tables, mart by mart, row by row. The first build and the full refresh
leave the dbt tests out (they run over whole tables in test_dbt_project and the sample run).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("warehouse_bench", REPO / "benchmarks" / "warehouse_bench.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

MENTIONS = 6_000
DAYS = 111
START = dt.date(2025, 1, 1)
NEW_DAY = START + dt.timedelta(days=DAYS - 1)
LATE_DAY = NEW_DAY - dt.timedelta(days=60)

INCREMENTAL_MARTS = [
    "fct_event_mentions", "fct_events",
    "dyad_daily_trends", "dyad_weekly_trends", "dyad_monthly_trends",
    "country_daily_trends", "country_weekly_trends", "country_monthly_trends",
    "dyad_cc_index", "dyad_weekly_movers",
]
COMPARED = INCREMENTAL_MARTS + ["dim_dates", "dim_event_codes", "dim_countries"]


def _rows(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple]:
    """Every row of a table, doubles rounded to 9 decimals (sums may add up in another order), sorted."""
    columns = con.execute(
        "select column_name, data_type from information_schema.columns "
        "where table_schema = ? and table_name = ? order by ordinal_position",
        table.split("."),
    ).fetchall()
    select = ", ".join(f"round({c}, 9)" if t == "DOUBLE" else c for c, t in columns)
    return con.execute(f"select {select} from {table} order by all").fetchall()


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("incremental")
    warehouse = base / "warehouse.duckdb"
    target = base / "target"
    out: dict = {"warehouse": warehouse}

    # day 1: everything up to the day before the new day
    bench.create_warehouse(warehouse, MENTIONS, DAYS - 1, days=DAYS, start=START)
    out["first"] = bench.dbt_in_process(["build", "--exclude-resource-type", "test"], warehouse, target)
    if not out["first"].success:
        return out

    con = duckdb.connect(str(warehouse))
    try:
        # a sentinel outside every recompute window: an incremental run must not rewrite it
        out["sentinel"] = con.execute(
            "select event_key, max_confidence from marts.fct_events where event_day = ? order by event_key limit 1",
            [START + dt.timedelta(days=5)],
        ).fetchall()[0]
        con.execute("update marts.fct_events set max_confidence = 0.123456 where event_key = ?", [out["sentinel"][0]])
        out["late_event_before"] = con.execute(
            "select event_key, num_mentions from marts.fct_events where event_day = ? "
            "and target_actor is not null order by num_mentions desc, event_key limit 1",
            [LATE_DAY],
        ).fetchall()[0]
    finally:
        con.close()

    # day 2: the new day, a late report, a re-coded article
    bench.add_days(warehouse, MENTIONS, DAYS - 1, DAYS, days=DAYS, start=START)
    con = duckdb.connect(str(warehouse))
    try:
        con.execute(
            """
            insert into raw.articles (article_id, title, text, published, date_precision, language,
                language_source, url, source, text_hash, source_file, source_line, ingested_at,
                canonical_url, duplicate_of, is_summary)
            values ('late-report', 'A look back', 'A look back at an old event.', ?, 'day', 'en',
                'record', 'https://example.org/late', 'Late Outlet', 'late-hash', 'late.jsonl', 1,
                ?, 'https://example.org/late', null, false)
            """,
            [NEW_DAY, dt.datetime.combine(NEW_DAY, dt.time(18))],
        )
        # the same event as the most-mentioned one of LATE_DAY, stated as happening that day
        con.execute(
            """
            insert into raw.events
            select 'late-mention-000001', 'late-report', 0, 'Back then, they met.', e.source_actor,
                e.source_country, e.source_role, e.target_actor, e.target_country, e.target_role,
                e.cameo_code, e.root, e.quad_class, e.goldstein, ?, 'en', 0.9, 'en/verbs.tsv:1',
                e.coder_version, 0, 4, 10, 14, 5, 9, ?
            from marts.fct_event_mentions as e
            where e.event_key = ?
            limit 1
            """,
            [LATE_DAY, dt.datetime.combine(NEW_DAY, dt.time(19)), out["late_event_before"][0]],
        )
        # re-coding an article of the last loaded day drops one of its mentions
        out["dropped"] = con.execute(
            "select event_id from raw.events e join raw.articles a using (article_id) "
            "where a.published = ? order by event_id limit 1",
            [NEW_DAY - dt.timedelta(days=1)],
        ).fetchall()[0][0]
        con.execute("delete from raw.events where event_id = ?", [out["dropped"]])
    finally:
        con.close()

    out["incremental"] = bench.dbt_in_process(["build"], warehouse, target)
    if not out["incremental"].success:
        return out

    con = duckdb.connect(str(warehouse))
    try:
        out["sentinel_after"] = con.execute(
            "select max_confidence from marts.fct_events where event_key = ?", [out["sentinel"][0]]
        ).fetchall()
        # put the sentinel back as a full refresh will compute it
        con.execute("update marts.fct_events set max_confidence = ? where event_key = ?", [out["sentinel"][1], out["sentinel"][0]])
        out["incremental_rows"] = {t: _rows(con, f"marts.{t}") for t in COMPARED}
    finally:
        con.close()

    out["full"] = bench.dbt_in_process(["build", "--full-refresh", "--exclude-resource-type", "test"], warehouse, target)
    if out["full"].success:
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            out["full_rows"] = {t: _rows(con, f"marts.{t}") for t in COMPARED}
        finally:
            con.close()
    return out


def test_every_run_succeeds_and_the_incremental_build_passes_its_tests(runs):
    for step in ("first", "incremental", "full"):
        assert step in runs, f"an earlier step failed: {[bench.dbt_failures(runs[s]) for s in ('first', 'incremental') if s in runs]}"
        assert runs[step].success, (step, bench.dbt_failures(runs[step]))


def test_the_incremental_run_left_rows_outside_the_window_alone(runs):
    assert runs.get("sentinel_after") == [(0.123456,)], "the incremental run rebuilt an old day"


def test_the_incremental_run_picked_up_the_new_day_the_late_report_and_the_dropped_mention(runs):
    rows = runs["incremental_rows"]
    assert any(r[0] == "late-mention-000001" for r in rows["fct_event_mentions"])
    assert not any(r[0] == runs["dropped"] for r in rows["fct_event_mentions"])
    con = duckdb.connect(str(runs["warehouse"]), read_only=True)
    try:
        assert con.execute("select count(*) from marts.fct_events where event_day = ?", [NEW_DAY]).fetchall()[0][0] > 0
        key, before = runs["late_event_before"]
        [(after,)] = con.execute("select num_mentions from marts.fct_events where event_key = ?", [key]).fetchall()
        assert after == before + 1
    finally:
        con.close()


@pytest.mark.parametrize("table", COMPARED)
def test_incremental_runs_equal_a_full_refresh(runs, table):
    assert "full_rows" in runs, "the full refresh failed"
    incremental, full = runs["incremental_rows"][table], runs["full_rows"][table]
    assert incremental, f"{table} is empty"
    assert len(incremental) == len(full)
    assert incremental == full


def test_a_changed_mart_or_a_new_coder_version_rebuilds_in_full(runs):
    """The on-run-start guard: a mart whose columns no longer match its documentation, and every
    incremental mart once the events were re-coded by another coder, are rebuilt in full."""
    assert "full_rows" in runs, "the full refresh failed"
    warehouse = runs["warehouse"]
    con = duckdb.connect(str(warehouse))
    try:
        con.execute("alter table marts.dyad_monthly_trends add column stale_column integer")
        [(old_mention,)] = con.execute(
            "select event_id from raw.events e join raw.articles a using (article_id) where a.published = ? order by event_id limit 1",
            [START + dt.timedelta(days=3)],
        ).fetchall()
        con.execute("update raw.events set coder_version = 'recoded' where event_id = ?", [old_mention])
    finally:
        con.close()
    result = bench.dbt_in_process(["build", "--exclude-resource-type", "test"], warehouse, warehouse.parent / "target")
    assert result.success, bench.dbt_failures(result)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        columns = [r[0] for r in con.execute("describe marts.dyad_monthly_trends").fetchall()]
        assert "stale_column" not in columns
        assert _rows(con, "marts.dyad_monthly_trends") == runs["full_rows"]["dyad_monthly_trends"]
        # an old day, far outside any window: only a full rebuild brings the new version in
        assert con.execute("select coder_version from marts.fct_event_mentions where mention_id = ?", [old_mention]).fetchall() == [("recoded",)]
    finally:
        con.close()
