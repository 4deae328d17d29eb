"""Jobs, the daily schedule, the inbox sensor and the freshness sensor.

- `eventpipe_job`: every asset, for a day or a range of days (one run whatever the range).
- `land_inbox_job`: only reads new inbox files (unpartitioned).
- The daily schedule materializes yesterday's partition.
- The inbox sensor lands new files as soon as they appear, then starts `eventpipe_job` for the
  days the landed articles were published on (single-run ranges).
"""

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import dagster as dg

from orchestration import settings
from orchestration.defs.assets import EVENTS, INGESTED_FILES, REJECTED, partition_days_of
from orchestration.defs.partitions import DAILY

freshness_checks = dg.build_time_partition_freshness_checks(
    assets=[EVENTS], deadline_cron=os.environ.get("EVENTPIPE_FRESHNESS_CRON", "0 9 * * *"),
    timezone=os.environ.get("EVENTPIPE_SCHEDULE_TIMEZONE", "UTC"),
)
freshness_sensor = dg.build_sensor_for_freshness_checks(
    freshness_checks=freshness_checks, default_status=dg.DefaultSensorStatus.RUNNING,
)

eventpipe_job = dg.define_asset_job(
    "eventpipe_job",
    # freshness checks are evaluated by their sensor, against the clock, not inside runs
    selection=dg.AssetSelection.all() - dg.AssetSelection.checks(*freshness_checks),
    description="Land the inbox, then for the partition window: publish articles, code events, validate, "
                "build the dbt warehouse, write the report, publish the serving copy.",
    executor_def=dg.in_process_executor,  # one process: DuckDB has a single writer
)

land_inbox_job = dg.define_asset_job(
    "land_inbox_job",
    selection=dg.AssetSelection.assets(INGESTED_FILES, REJECTED),
    description="Read new or changed inbox files into the warehouse (the inbox sensor then processes their days).",
    executor_def=dg.in_process_executor,
)


@dg.schedule(
    job=eventpipe_job,
    cron_schedule=os.environ.get("EVENTPIPE_SCHEDULE_CRON", "0 6 * * *"),
    execution_timezone=os.environ.get("EVENTPIPE_SCHEDULE_TIMEZONE", "UTC"),
    default_status=dg.DefaultScheduleStatus.RUNNING,
)
def daily_eventpipe(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    """Materialize yesterday's partition (the day is complete; late articles about it are picked
    up by the sensor)."""
    day = (context.scheduled_execution_time.date() - dt.timedelta(days=1)).isoformat()
    return dg.RunRequest(run_key=f"daily-{day}", partition_key=day)


def inbox_fingerprint(inbox: Path) -> dict[str, str]:
    """relative path -> size:mtime of every file in the inbox (cheap; content is hashed at ingest)."""
    if not inbox.exists():
        return {}
    return {
        str(p.relative_to(inbox)): f"{p.stat().st_size}:{p.stat().st_mtime_ns}"
        for p in sorted(inbox.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def range_run_request(first: str, last: str, key_prefix: str) -> dg.RunRequest:
    """One run of eventpipe_job over the inclusive day range (single-run backfill policy)."""
    tags = {"dagster/asset_partition_range_start": first, "dagster/asset_partition_range_end": last}
    return dg.RunRequest(run_key=f"{key_prefix}-{first}-{last}", job_name="eventpipe_job", tags=tags)


def clamp_to_partitions(first: str, last: str, partition_keys: list[str]) -> tuple[str, str] | None:
    """The part of [first, last] that has partitions (articles dated before the first partition or
    in the future are stored, but have no partition to process them)."""
    if not partition_keys:
        return None
    first, last = max(first, partition_keys[0]), min(last, partition_keys[-1])
    return (first, last) if first <= last else None


@dg.sensor(jobs=[land_inbox_job, eventpipe_job], minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
def inbox_sensor(context: dg.SensorEvaluationContext):
    """Land new or changed inbox files, then process the days their articles fall in.

    Two steps, so that the sensor itself never parses files: a change in the inbox requests a
    landing run; each new landing (by this sensor, the schedule or a user) reports the days of
    the articles it stored, and the sensor requests one eventpipe_job run per range of days.
    """
    cursor = json.loads(context.cursor) if context.cursor else {}
    files, landing_id = cursor.get("files", {}), cursor.get("landing_id")
    requests: list[dg.RunRequest] = []

    current = inbox_fingerprint(settings.inbox_path())
    changed = sorted(k for k, v in current.items() if files.get(k) != v)
    if changed:
        digest = hashlib.sha256(json.dumps(current, sort_keys=True).encode()).hexdigest()[:16]
        requests.append(dg.RunRequest(run_key=f"land-{digest}", job_name="land_inbox_job",
                                      tags={"eventpipe/changed_files": ", ".join(changed)[:200]}))

    if "landing_id" not in cursor:  # first evaluation: landings from now on (earlier ones were processed)
        latest = context.instance.fetch_materializations(INGESTED_FILES, limit=1).records
        landing_id = latest[0].storage_id if latest else 0
    records = context.instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=INGESTED_FILES, after_storage_id=landing_id), limit=100, ascending=True
    ).records
    keys = DAILY.get_partition_keys(current_time=dt.datetime.now(dt.timezone.utc))
    for record in records:
        metadata = record.asset_materialization.metadata if record.asset_materialization else {}
        for first, last in partition_days_of(metadata):
            clamped = clamp_to_partitions(first, last, keys)
            if clamped:
                requests.append(range_run_request(*clamped, key_prefix=f"landing{record.storage_id}"))
        landing_id = record.storage_id

    context.update_cursor(json.dumps({"files": current, "landing_id": landing_id}))
    if not requests:
        return dg.SkipReason("no new or changed inbox files, and no new landed days")
    return requests
