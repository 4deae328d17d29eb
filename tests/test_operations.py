"""Running it like production: partitions, idempotent reruns, the schedule, the inbox sensor, the
single-writer pool and the read-only serving copy that SQL users query while runs write."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import duckdb

from orchestration.definitions import defs
from orchestration.defs.partitions import DAILY, WRITER_POOL
from orchestration.defs.resources import InboxResource, WarehouseResource

REPO = Path(__file__).resolve().parent.parent
TABLES = ["raw.articles", "raw.events", "raw.quarantine", "marts.fct_event_mentions", "marts.fct_events",
          "marts.dyad_daily_trends", "marts.country_daily_trends", "marts.dyad_weekly_trends", "marts.dyad_cc_index"]


def _defs_for(warehouse: Path, inbox: Path) -> dg.Definitions:
    return dg.Definitions(
        assets=list(defs.assets), asset_checks=list(defs.asset_checks), jobs=list(defs.jobs),
        sensors=list(defs.sensors), schedules=list(defs.schedules),
        resources={**defs.resources, "warehouse": WarehouseResource(path=str(warehouse)), "inbox": InboxResource(path=str(inbox))},
    )


def _snapshot(warehouse: Path) -> dict:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        counts = {t: con.execute(f"select count(*) from {t}").fetchall()[0][0] for t in TABLES}
        counts["event_ids"] = con.execute("select md5(string_agg(event_id, ',' order by event_id)) from raw.events").fetchall()[0][0]
        counts["trend_values"] = con.execute(
            "select sum(events), round(sum(sum_goldstein), 3) from marts.dyad_daily_trends").fetchall()[0]
        return counts
    finally:
        con.close()


def test_python_assets_and_incremental_marts_are_daily_partitioned_with_single_run_backfills():
    graph = defs.resolve_asset_graph()
    partitioned = {k.to_user_string() for k in graph.get_all_asset_keys() if graph.get(k).partitions_def == DAILY}
    assert {"raw/articles", "raw/events", "raw/quarantine", "marts/fct_event_mentions", "marts/fct_events",
            "marts/dyad_daily_trends", "marts/dyad_cc_index"} <= partitioned
    assert not {"raw/ingested_files", "staging/stg_events", "marts/dim_countries", "serving/warehouse"} & partitioned
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        if node.partitions_def is not None:
            assert node.backfill_policy == dg.BackfillPolicy.single_run(), key
    # every step that opens the DuckDB file waits for the one writer slot
    for assets_def in defs.assets:
        if hasattr(assets_def, "op") and assets_def.keys:
            assert assets_def.op.pool == WRITER_POOL, assets_def.keys


def test_rerunning_a_partition_is_idempotent_and_a_recode_gives_the_same_warehouse(sample_run, tmp_path, monkeypatch):
    result, warehouse, inbox = sample_run
    assert result.success
    copy = tmp_path / "warehouse.duckdb"
    shutil.copy(warehouse, copy)
    monkeypatch.setenv("EVENTPIPE_WAREHOUSE", str(copy))
    monkeypatch.setenv("EVENTPIPE_SERVING", str(tmp_path / "serving.duckdb"))
    before = _snapshot(copy)
    test_defs = _defs_for(copy, inbox)
    job = test_defs.resolve_job_def("eventpipe_job")
    with dg.DagsterInstance.ephemeral() as instance:
        again = job.execute_in_process(instance=instance, partition_key="2025-03-04", raise_on_error=False)
        assert again.success
        assert _snapshot(copy) == before
        recoded = job.execute_in_process(instance=instance, partition_key="2025-03-04", raise_on_error=False,
                                         run_config={"ops": {"code_events": {"config": {"recode": True}}}})
        assert recoded.success
        coded = [e for e in recoded.all_events if e.is_step_materialization
                 and e.event_specific_data.materialization.asset_key.to_user_string() == "raw/events"]
        assert coded[0].event_specific_data.materialization.metadata["articles_coded_now"].value >= 1
        assert _snapshot(copy) == before
        # the partition's materializations are recorded for that day only
        status = instance.get_materialized_partitions(dg.AssetKey(["raw", "events"]))
        assert status == {"2025-03-04"}
    # the serving copy published at the end of the run holds what the warehouse holds
    assert _snapshot(tmp_path / "serving.duckdb") == before


def test_schedule_materializes_yesterdays_partition():
    schedule = defs.get_schedule_def("daily_eventpipe")
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    context = dg.build_schedule_context(scheduled_execution_time=dt.datetime(2025, 3, 5, 6, 0, tzinfo=dt.timezone.utc),
                                        repository_def=defs.get_repository_def())
    requests = schedule.evaluate_tick(context).run_requests
    assert [r.partition_key for r in requests] == ["2025-03-04"]


def test_inbox_sensor_lands_new_files_then_requests_the_days_they_hold(tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(REPO / "data" / "samples" / "wire-2025-03.jsonl", inbox)
    warehouse = tmp_path / "warehouse.duckdb"
    monkeypatch.setenv("EVENTPIPE_INBOX", str(inbox))
    test_defs = _defs_for(warehouse, inbox)
    sensor = test_defs.get_sensor_def("inbox_sensor")
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    with dg.DagsterInstance.ephemeral() as instance:
        first = sensor.evaluate_tick(dg.build_sensor_context(instance=instance, definitions=test_defs))
        assert [r.job_name for r in first.run_requests] == ["land_inbox_job"]
        quiet = sensor.evaluate_tick(dg.build_sensor_context(instance=instance, cursor=first.cursor, definitions=test_defs))
        assert not quiet.run_requests  # nothing changed, nothing landed
        landing = test_defs.resolve_job_def("land_inbox_job").execute_in_process(instance=instance)
        assert landing.success
        after = sensor.evaluate_tick(dg.build_sensor_context(instance=instance, cursor=quiet.cursor, definitions=test_defs))
    con = duckdb.connect(str(warehouse), read_only=True)
    days = sorted(row[0].isoformat() for row in con.execute("select distinct published from raw.articles").fetchall())
    con.close()
    assert {r.job_name for r in after.run_requests} == {"eventpipe_job"}
    ranges = [(r.tags["dagster/asset_partition_range_start"], r.tags["dagster/asset_partition_range_end"]) for r in after.run_requests]
    # every landed day is in exactly one requested range; each range starts and ends on a landed day
    assert all(sum(first <= day <= last for first, last in ranges) == 1 for day in days)
    assert all(first in days and last in days for first, last in ranges)
    assert ranges[0][0] == days[0] and ranges[-1][1] == days[-1]


def test_sql_users_query_the_serving_copy_while_a_run_writes(sample_run, tmp_path):
    """A backfill runs in another process; while it holds the warehouse (a read-only open of the
    warehouse fails on DuckDB's lock), queries on the serving copy succeed; at the end the copy is
    replaced with the new state."""
    _, warehouse, inbox = sample_run
    copy, serving = tmp_path / "warehouse.duckdb", tmp_path / "serving.duckdb"
    shutil.copy(warehouse, copy)
    shutil.copy(warehouse, serving)
    published_before = serving.stat().st_mtime_ns
    env = {**os.environ, "EVENTPIPE_WAREHOUSE": str(copy), "EVENTPIPE_SERVING": str(serving), "EVENTPIPE_INBOX": str(inbox),
           "EVENTPIPE_REPORTS": str(tmp_path / "reports"), "DAGSTER_HOME": str(tmp_path / "dagster_home")}
    log = open(tmp_path / "backfill.log", "w")  # a file, not a pipe: a full pipe would stall the run
    run = subprocess.Popen([sys.executable, "-m", "orchestration.cli", "backfill", "2025-03-21", "2025-03-28", "--recode"],
                           cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    queries_while_locked = 0
    try:
        deadline = time.monotonic() + 600
        while run.poll() is None and time.monotonic() < deadline:
            try:
                duckdb.connect(str(copy), read_only=True).close()
                locked = False
            except duckdb.IOException:
                locked = True
            if locked:
                reader = duckdb.connect(str(serving), read_only=True)
                assert reader.execute("select count(*) from marts.dyad_daily_trends").fetchall()[0][0] > 0
                reader.close()
                queries_while_locked += 1
            time.sleep(0.2)
        run.wait(timeout=60)
    finally:
        if run.poll() is None:
            run.kill()
        log.close()
    assert run.returncode == 0, (tmp_path / "backfill.log").read_text()[-3000:]
    assert queries_while_locked >= 3, "the run never held the warehouse while we queried"
    assert serving.stat().st_mtime_ns > published_before
    assert _snapshot(serving) == _snapshot(copy)
