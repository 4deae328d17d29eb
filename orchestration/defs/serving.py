"""The read-only serving copy of the warehouse, published at the end of every run of the main job."""

import dagster as dg

from orchestration import settings, warehouse
from orchestration.defs.assets import ARTICLES, EVENTS, INGESTED_FILES, QUARANTINE, REJECTED
from orchestration.defs.dbt import warehouse_daily_models, warehouse_models
from orchestration.defs.partitions import RETRY, WRITER_POOL

SERVING = dg.AssetKey(["serving", "warehouse"])


@dg.asset(
    key=SERVING,
    deps=[INGESTED_FILES, REJECTED, ARTICLES, EVENTS, QUARANTINE, *warehouse_models.keys, *warehouse_daily_models.keys],
    group_name="warehouse",
    pool=WRITER_POOL,
    retry_policy=RETRY,
    description="Read-only copy of the warehouse for SQL users (EVENTPIPE_SERVING, default data/warehouse-serving.duckdb), "
                "replaced atomically after each run: `duckdb -readonly`, notebooks and BI tools query it while runs write.",
)
def serving_warehouse(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    published = warehouse.publish_serving_copy(settings.warehouse_path(), settings.serving_path())
    context.log.info("published %s (%s bytes)", published["path"], published["bytes"])
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(published["path"]),
        "size_mb": round(published["bytes"] / 1e6, 1),
        "query_it": dg.MetadataValue.md(f"`duckdb -readonly {published['path']} -c \"select * from marts.dyad_daily_trends limit 5\"`"),
    })
