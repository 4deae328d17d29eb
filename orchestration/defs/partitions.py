"""Daily partitions by publication date, and the policies every warehouse-writing asset shares."""

import datetime as dt

import dagster as dg

from orchestration import settings

# An article's partition is the day it was published (else the day it was ingested: see
# pipeline.PARTITION_DAY_SQL). end_offset=1 opens today's partition, so articles published
# today are processed as soon as they arrive; the schedule completes yesterday's.
DAILY = dg.DailyPartitionsDefinition(start_date=settings.partition_start(), end_offset=1)

# A backfill of any number of days is one run: one ingest, one coding pass, one dbt build over
# the whole window (per-day runs would rebuild the marts once per day).
SINGLE_RUN = dg.BackfillPolicy.single_run()

# Transient failures (the DuckDB file lock held by a process outside Dagster, a full disk being
# cleared) are retried with exponential backoff; errors in the data fail the same way again and
# name the file or article at fault (orchestration.errors.StageError).
RETRY = dg.RetryPolicy(max_retries=3, delay=10, backoff=dg.Backoff.EXPONENTIAL, jitter=dg.Jitter.PLUS_MINUS)

# Every step that opens the DuckDB file runs in this pool; dagster.yaml limits it to one slot, so
# overlapping runs and backfills queue for the file instead of failing on its lock.
WRITER_POOL = "duckdb_writer"


def window_days(context: dg.AssetExecutionContext) -> tuple[dt.date, dt.date]:
    """The run's partition window as inclusive (first day, last day)."""
    window = context.partition_time_window
    return window.start.date(), (window.end - dt.timedelta(days=1)).date()


def window_label(first: dt.date, last: dt.date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()}…{last.isoformat()}"
