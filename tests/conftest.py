"""Shared fixtures: one full Dagster materialization of the sample corpus into a temporary warehouse."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """Materialize every asset (ingest, coding, checks, dbt build) on a copy of data/samples.

    Returns (job result, warehouse path, inbox path). The warehouse path is exported the same way
    `make run` does it, so dbt's profiles.yml resolves the temporary file.
    """
    import dagster as dg

    base = tmp_path_factory.mktemp("pipeline")
    inbox = base / "inbox"
    shutil.copytree(REPO / "data" / "samples", inbox)
    warehouse = base / "warehouse.duckdb"
    previous = {k: os.environ.get(k) for k in ("EVENTPIPE_WAREHOUSE", "EVENTPIPE_INBOX", "EVENTPIPE_REPORTS")}
    os.environ["EVENTPIPE_WAREHOUSE"] = str(warehouse)
    os.environ["EVENTPIPE_INBOX"] = str(inbox)
    os.environ["EVENTPIPE_REPORTS"] = str(base / "reports")

    from orchestration.definitions import defs
    from orchestration.defs.resources import InboxResource, WarehouseResource

    test_defs = dg.Definitions(
        assets=list(defs.assets),
        asset_checks=list(defs.asset_checks),
        jobs=list(defs.jobs),
        resources={**defs.resources, "warehouse": WarehouseResource(path=str(warehouse)), "inbox": InboxResource(path=str(inbox))},
    )
    with dg.DagsterInstance.ephemeral() as instance:
        result = test_defs.resolve_job_def("eventpipe_job").execute_in_process(instance=instance, raise_on_error=False)
    yield result, warehouse, inbox
    for key, value in previous.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
