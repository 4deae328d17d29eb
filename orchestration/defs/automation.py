"""The main job, its daily schedule, and a sensor that starts a run when the inbox changes."""


import hashlib
import json
import os
from pathlib import Path

import dagster as dg

from orchestration import settings

eventpipe_job = dg.define_asset_job(
    "eventpipe_job",
    selection=dg.AssetSelection.all(),
    description="Ingest the inbox, code events, validate, and build the dbt warehouse.",
    executor_def=dg.in_process_executor,  # one process: DuckDB has a single writer
)

daily_schedule = dg.ScheduleDefinition(
    name="daily_eventpipe",
    job=eventpipe_job,
    cron_schedule=os.environ.get("EVENTPIPE_SCHEDULE_CRON", "0 6 * * *"),
    default_status=dg.DefaultScheduleStatus.RUNNING,
)


def inbox_fingerprint(inbox: Path) -> dict[str, str]:
    """relative path -> size:mtime of every file in the inbox (cheap; content is hashed at ingest)."""
    if not inbox.exists():
        return {}
    return {
        str(p.relative_to(inbox)): f"{p.stat().st_size}:{p.stat().st_mtime_ns}"
        for p in sorted(inbox.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


@dg.sensor(job=eventpipe_job, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
def inbox_sensor(context: dg.SensorEvaluationContext):
    """Request a run when files are added to or changed in the inbox."""
    current = inbox_fingerprint(settings.inbox_path())
    previous = json.loads(context.cursor) if context.cursor else {}
    changed = sorted(k for k, v in current.items() if previous.get(k) != v)
    if not changed:
        return dg.SkipReason("no new or changed files in the inbox")
    context.update_cursor(json.dumps(current))
    run_key = hashlib.sha256(json.dumps(current, sort_keys=True).encode()).hexdigest()[:16]
    return dg.RunRequest(run_key=run_key, tags={"eventpipe/changed_files": ", ".join(changed)[:200]})
