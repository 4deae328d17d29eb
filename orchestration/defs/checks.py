"""Blocking pandera checks: downstream dbt models only run on tables that meet the contract."""


import dagster as dg
import pandera.pandas as pa

from orchestration.defs.assets import ARTICLES, EVENTS
from orchestration.defs.resources import WarehouseResource
from orchestration.schemas import ArticleModel, EventModel


def _check(warehouse: WarehouseResource, table: str, model, quarantine_sql: str) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        frame = con.execute(f"select * from {table}").df()
        quarantined = con.execute(quarantine_sql).fetchall()[0][0]
    try:
        model.validate(frame, lazy=True)
        failures = 0
        detail = "all rows meet the contract"
    except pa.errors.SchemaErrors as err:
        failures = len(err.failure_cases)
        detail = err.failure_cases[["column", "check"]].drop_duplicates().to_string(index=False)[:2000]
    return dg.AssetCheckResult(
        passed=failures == 0,
        metadata={"rows_checked": len(frame), "failure_cases": failures, "quarantined_or_rejected": quarantined, "detail": dg.MetadataValue.text(detail)},
    )


@dg.asset_check(asset=ARTICLES, blocking=True, description="raw.articles meets ArticleModel; invalid articles went to raw.rejected_records (invalid_article).")
def articles_meet_contract(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    return _check(warehouse, "raw.articles", ArticleModel, "select count(*) from raw.rejected_records where reason = 'invalid_article'")


@dg.asset_check(asset=EVENTS, blocking=True, description="raw.events meets EventModel; failing events were quarantined in raw.quarantine.")
def events_meet_contract(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    return _check(warehouse, "raw.events", EventModel, "select count(*) from raw.quarantine where table_name = 'events'")
