"""Shared fixtures: one full Dagster materialization of the sample corpus into a temporary warehouse."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# every article of data/samples is published in these days: one single-run backfill covers them
SAMPLE_RANGE = {"dagster/asset_partition_range_start": "2025-01-01", "dagster/asset_partition_range_end": "2025-03-31"}


@pytest.fixture(scope="session")
def coder():
    """One EventCoder for every coder test (its dictionaries load once per session)."""
    from orchestration.coding.coder import EventCoder

    return EventCoder()


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """Materialize every asset (landing, then articles, coding, checks, dbt build, report and
    serving copy for the partitions 2025-01-01…2025-03-31, in one run) on a copy of data/samples.

    Returns (job result, warehouse path, inbox path). The warehouse path is exported the same way
    `make run` does it, so dbt's profiles.yml resolves the temporary file.
    """
    import dagster as dg

    base = tmp_path_factory.mktemp("pipeline")
    inbox = base / "inbox"
    shutil.copytree(REPO / "data" / "samples", inbox)
    warehouse = base / "warehouse.duckdb"
    previous = {k: os.environ.get(k) for k in ("EVENTPIPE_WAREHOUSE", "EVENTPIPE_INBOX", "EVENTPIPE_REPORTS", "EVENTPIPE_SERVING")}
    os.environ["EVENTPIPE_WAREHOUSE"] = str(warehouse)
    os.environ["EVENTPIPE_INBOX"] = str(inbox)
    os.environ["EVENTPIPE_REPORTS"] = str(base / "reports")
    os.environ["EVENTPIPE_SERVING"] = str(base / "serving.duckdb")

    from orchestration.definitions import defs
    from orchestration.defs.resources import InboxResource, WarehouseResource

    test_defs = dg.Definitions(
        assets=list(defs.assets),
        asset_checks=list(defs.asset_checks),
        jobs=list(defs.jobs),
        resources={**defs.resources, "warehouse": WarehouseResource(path=str(warehouse)), "inbox": InboxResource(path=str(inbox))},
    )
    with dg.DagsterInstance.ephemeral() as instance:
        landing = test_defs.resolve_job_def("land_inbox_job").execute_in_process(instance=instance, raise_on_error=False)
        assert landing.success
        result = test_defs.resolve_job_def("eventpipe_job").execute_in_process(
            instance=instance, raise_on_error=False, tags=SAMPLE_RANGE)
    yield result, warehouse, inbox
    for key, value in previous.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
