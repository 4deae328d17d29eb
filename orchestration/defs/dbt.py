"""dbt models, seeds and tests as Dagster assets and asset checks (dagster-dbt)."""


import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from orchestration import settings
from orchestration.defs.partitions import DAILY, RETRY, SINGLE_RUN, WRITER_POOL, window_days

settings.export_for_dbt()  # profiles.yml reads the same absolute warehouse path
DBT_PROJECT = DbtProject(project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR)


def prepare_manifest(force: bool = False) -> None:
    """Build target/manifest.json (dbt parse) so the Definitions can load; `make` does this first."""
    if DBT_PROJECT.manifest_path.exists() and not force:
        return
    from dbt.cli.main import dbtRunner

    result = dbtRunner().invoke(
        ["parse", "--project-dir", str(settings.DBT_PROJECT_DIR), "--profiles-dir", str(settings.DBT_PROJECT_DIR), "--quiet"]
    )
    if not result.success:
        raise RuntimeError(f"dbt parse failed: {result.exception}")


prepare_manifest()


class EventpipeDbtTranslator(DagsterDbtTranslator):
    """Every dbt node sits in the `warehouse` group; sources keep their raw/<table> keys."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return "warehouse"


# fct_event_mentions and every model built on it are partitioned by publication day: a
# partition run passes its window to dbt as vars and the incremental marts recompute the
# periods its articles touch (dbt_project/macros/incremental.sql). Seeds, staging views and the
# code tables are not partitioned.
DAILY_MODELS = "fct_event_mentions+"


# what both dbt asset definitions share: the project, the translator, the writer pool, retries
DBT_ASSETS_COMMON = dict(
    manifest=DBT_PROJECT.manifest_path,
    project=DBT_PROJECT,
    dagster_dbt_translator=EventpipeDbtTranslator(),
    pool=WRITER_POOL,
    retry_policy=RETRY,
)


@dbt_assets(**DBT_ASSETS_COMMON, exclude=DAILY_MODELS)
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    """Seeds, staging views and code tables; dbt tests become asset checks."""
    yield from dbt.cli(["build"], context=context).stream()


@dbt_assets(**DBT_ASSETS_COMMON, select=DAILY_MODELS, partitions_def=DAILY, backfill_policy=SINGLE_RUN)
def warehouse_daily_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    """Event mentions, GDELT-style events and the trend marts, recomputed for the partition window."""
    first, last = window_days(context)
    window = {"partition_start": first.isoformat(), "partition_end": last.isoformat()}
    yield from dbt.cli(["build", "--vars", json.dumps(window)], context=context).stream()


def dbt_resource() -> DbtCliResource:
    # the dbt installed beside this Python, so it works without an activated virtualenv
    executable = Path(sys.executable).parent / "dbt"
    return DbtCliResource(project_dir=DBT_PROJECT, dbt_executable=str(executable) if executable.exists() else "dbt")
