"""Python assets: ingest the inbox into raw tables, code events. The work is in orchestration.pipeline."""


from pathlib import Path

import dagster as dg

from orchestration import pipeline
from orchestration.defs.resources import InboxResource, WarehouseResource

ARTICLES = dg.AssetKey(["raw", "articles"])
REJECTED = dg.AssetKey(["raw", "rejected_records"])
EVENTS = dg.AssetKey(["raw", "events"])
QUARANTINE = dg.AssetKey(["raw", "quarantine"])


def _table(counts: dict) -> dg.MarkdownMetadataValue:
    rows = "\n".join(f"| {k} | {v} |" for k, v in counts.items()) or "| — | 0 |"
    return dg.MetadataValue.md("| key | count |\n|---|---|\n" + rows)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(ARTICLES, group_name="ingest", description="Articles read from the inbox (text and JSONL), one row per distinct text."),
        dg.AssetSpec(REJECTED, group_name="ingest", description="Every record that could not be ingested, with file, line and reason (duplicates included)."),
    ],
    pool="duckdb_writer",
)
def ingest_articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource, inbox: InboxResource):
    with warehouse.connect() as con:
        result = pipeline.ingest_inbox(con, Path(inbox.path))
        stored = con.execute("select count(*) from raw.articles").fetchall()[0][0]
    context.log.info("ingest: %s", result)
    yield dg.MaterializeResult(
        asset_key=ARTICLES,
        metadata={
            "files_read": result.files_read,
            "records_read": result.records_read,
            "ingested": result.ingested,
            "duplicates": result.duplicates,
            "rejected": result.rejected,
            "dagster/row_count": stored,
        },
    )
    yield dg.MaterializeResult(asset_key=REJECTED, metadata={"rejected_by_reason": _table(result.rejected_by_reason), "rejected": result.rejected})


@dg.multi_asset(
    specs=[
        dg.AssetSpec(EVENTS, deps=[ARTICLES], group_name="coding", description="CAMEO events coded from every stored article, each traceable to its sentence."),
        dg.AssetSpec(QUARANTINE, deps=[ARTICLES], group_name="coding", description="Coded events that failed the pandera contract, with the failed check."),
    ],
    pool="duckdb_writer",
)
def code_events(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    with warehouse.connect() as con:
        result = pipeline.code_articles(con)
    context.log.info("coding: %s", result)
    yield dg.MaterializeResult(
        asset_key=EVENTS,
        metadata={
            "articles_coded": result.articles_coded,
            "dagster/row_count": result.events,
            "events_by_root": _table(result.events_by_root),
            "articles_by_language": _table(result.articles_by_language),
        },
    )
    yield dg.MaterializeResult(asset_key=QUARANTINE, metadata={"dagster/row_count": result.quarantined})
