"""Python assets: land the inbox, publish each day's articles, code each day's events.

The work is in orchestration.pipeline and orchestration.quality; this wires it to Dagster:
daily partitions by publication date (defs/partitions.py), single-run backfills, retries, the
DuckDB writer pool, checks that carry their numbers, and metadata users can read.
"""

import json
from pathlib import Path

import dagster as dg
import pandas as pd

from orchestration import pipeline, quality
from orchestration.defs.partitions import DAILY, RETRY, SINGLE_RUN, WRITER_POOL, window_days, window_label
from orchestration.defs.resources import InboxResource, WarehouseResource
from orchestration.errors import StageError

INGESTED_FILES = dg.AssetKey(["raw", "ingested_files"])
ARTICLES = dg.AssetKey(["raw", "articles"])
REJECTED = dg.AssetKey(["raw", "rejected_records"])
EVENTS = dg.AssetKey(["raw", "events"])
QUARANTINE = dg.AssetKey(["raw", "quarantine"])

CHECK_REJECT_SHARE = dg.AssetCheckSpec("reject_share_below_threshold", asset=REJECTED,
                                       description="Rejected records (duplicates aside) stay below EVENTPIPE_MAX_REJECT_SHARE (10%) of the records read.")
CHECK_ARTICLES = dg.AssetCheckSpec("articles_meet_contract", asset=ARTICLES, blocking=True,
                                   description="The partition's articles meet the pandera ArticleModel; invalid articles were rejected at ingest (invalid_article).")
CHECK_EVENTS = dg.AssetCheckSpec("events_meet_contract", asset=EVENTS, blocking=True,
                                 description="The partition's events meet the pandera EventModel; failing events were quarantined in raw.quarantine.")
CHECK_ROW_COUNT = dg.AssetCheckSpec("event_count_not_anomalous", asset=EVENTS,
                                    description="Events per day within EVENTPIPE_MAX_ROW_COUNT_Z (3) standard deviations of the trailing four weeks.")
CHECK_COVERAGE = dg.AssetCheckSpec("coder_coverage", asset=EVENTS,
                                   description="Per language, the share of articles with at least one event is at least EVENTPIPE_MIN_CODER_COVERAGE (20%).")


def _md_table(rows: list[dict]) -> dg.MarkdownMetadataValue:
    if not rows:
        return dg.MetadataValue.md("_none_")
    columns = list(rows[0])
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(str(row.get(c, "")).replace("|", "\\|").replace("\n", " ") for c in columns) + " |" for row in rows]
    return dg.MetadataValue.md("\n".join(lines))


def _counts(counts: dict, key: str = "key") -> dg.MarkdownMetadataValue:
    return _md_table([{key: k, "count": v} for k, v in counts.items()])


def _check_result(spec: dg.AssetCheckSpec, verdict: quality.Verdict, severity=dg.AssetCheckSeverity.WARN) -> dg.AssetCheckResult:
    metadata = {"summary": dg.MetadataValue.text(verdict.summary), **verdict.numbers}
    if verdict.table:
        metadata["details"] = _md_table(verdict.table)
    return dg.AssetCheckResult(asset_key=spec.asset_key, check_name=spec.name, passed=verdict.passed,
                               severity=severity, metadata=metadata)


def _fail(err: StageError) -> dg.Failure:
    """A data error fails the same way again: no retry, and the file or articles are named."""
    return dg.Failure(description=str(err), metadata={"at_fault": err.subject}, allow_retries=False)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(INGESTED_FILES, group_name="ingest",
                     description="Ledger of inbox files and feeds read (content hash, records): a file is read again only when it changes."),
        dg.AssetSpec(REJECTED, group_name="ingest",
                     description="Every record that could not be ingested, with file, line and reason (duplicates included)."),
    ],
    check_specs=[CHECK_REJECT_SHARE],
    pool=WRITER_POOL,
    retry_policy=RETRY,
)
def land_inbox(context: dg.AssetExecutionContext, warehouse: WarehouseResource, inbox: InboxResource):
    """Read every new or changed inbox file into raw.articles and raw.rejected_records. Files are
    not organised by day, so landing is not partitioned: it stores the articles of whatever days
    the files hold, and reports those days (`partition_days`) for the sensor to process."""
    started = pd.Timestamp.now()
    try:
        with warehouse.connect() as con:
            result = pipeline.ingest_inbox(con, Path(inbox.path))
            days = pipeline.partition_days(con, ingested_since=started.to_pydatetime())
            files = con.execute("select count(*) from raw.ingested_files").fetchall()[0][0]
    except StageError as err:
        raise _fail(err) from err
    context.log.info("landing: %s", result)
    # days less than a month apart share a run: an empty day costs little, a run rebuilds the marts
    ranges = [[first.isoformat(), last.isoformat()] for first, last in pipeline.day_ranges(days, max_gap_days=31)]
    yield dg.MaterializeResult(
        asset_key=INGESTED_FILES,
        metadata={
            "files_read": result.files_read,
            "files_unchanged": result.files_skipped,
            "records_read": result.records_read,
            "articles_ingested": result.ingested,
            "near_duplicates": result.near_duplicates,
            "partition_days": dg.MetadataValue.json({"days": len(days), "ranges": ranges}),
            "dagster/row_count": files,
        },
    )
    yield dg.MaterializeResult(
        asset_key=REJECTED,
        metadata={"rejected": result.rejected, "duplicates": result.duplicates,
                  "rejected_by_reason": _counts(result.rejected_by_reason, "reason")},
    )
    yield _check_result(CHECK_REJECT_SHARE, quality.reject_share(result.records_read, result.rejected, result.rejected_by_reason))


@dg.asset(
    key=ARTICLES,
    deps=[INGESTED_FILES],
    group_name="ingest",
    partitions_def=DAILY,
    backfill_policy=SINGLE_RUN,
    check_specs=[CHECK_ARTICLES],
    pool=WRITER_POOL,
    retry_policy=RETRY,
    description="Articles by publication day (else ingestion day), one row per distinct text; a partition is "
                "materialized once its landed articles meet the contract.",
)
def articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    first, last = window_days(context)
    with warehouse.connect() as con:
        verdict = quality.articles_contract(con, first, last)
        by_language = dict(con.execute(
            f"select language, count(*) from raw.articles a where {quality.IN_WINDOW} group by 1 order by 2 desc", [first, last]).fetchall())
        copies = con.execute(
            f"select count(*) from raw.articles a where {quality.IN_WINDOW} and duplicate_of is not null", [first, last]).fetchall()[0][0]
        preview = con.execute(
            f"select article_id, {pipeline.PARTITION_DAY_SQL.format(a='a.')} as day, language, source, title, url from raw.articles a "
            f"where {quality.IN_WINDOW} order by day, article_id limit 10", [first, last]).fetchall()
    context.log.info("articles %s: %s", window_label(first, last), by_language)
    return dg.MaterializeResult(
        metadata={
            "window": window_label(first, last),
            "dagster/row_count": sum(by_language.values()),
            "articles_by_language": _counts(by_language, "language"),
            "wire_copies": copies,
            "preview": _md_table([{"article_id": a, "day": str(d), "language": lang, "source": s or "",
                                   "title": (f"[{t or a}]({u})" if u else (t or ""))[:160]} for a, d, lang, s, t, u in preview]),
        },
        check_results=[_check_result(CHECK_ARTICLES, verdict, dg.AssetCheckSeverity.ERROR)],
    )


class CodingConfig(dg.Config):
    recode: bool = False
    """Code every article of the window again, not only those new or changed since they were
    coded (the coder recodes by itself when its code or dictionaries change)."""


@dg.multi_asset(
    specs=[
        dg.AssetSpec(EVENTS, deps=[ARTICLES], group_name="coding",
                     description="CAMEO events coded from the partition's articles, each traceable to its article, sentence and character offsets."),
        dg.AssetSpec(QUARANTINE, deps=[ARTICLES], group_name="coding",
                     description="Coded events that failed the pandera contract, with the failed check."),
    ],
    partitions_def=DAILY,
    backfill_policy=SINGLE_RUN,
    check_specs=[CHECK_EVENTS, CHECK_ROW_COUNT, CHECK_COVERAGE],
    pool=WRITER_POOL,
    retry_policy=RETRY,
)
def code_events(context: dg.AssetExecutionContext, config: CodingConfig, warehouse: WarehouseResource):
    first, last = window_days(context)
    try:
        with warehouse.connect() as con:
            result = pipeline.code_articles(con, recode=config.recode, window=(first, last))
            contract = quality.events_contract(con, first, last)
            anomaly = quality.row_count_anomaly(con, first, last)
            coverage = quality.coder_coverage(con, first, last)
            in_window = con.execute(
                f"select count(*) from raw.events e join raw.articles a using (article_id) where {quality.IN_WINDOW}", [first, last]).fetchall()[0][0]
            by_root = dict(con.execute(
                f"select e.root, count(*) from raw.events e join raw.articles a using (article_id) where {quality.IN_WINDOW} group by 1 order by 1",
                [first, last]).fetchall())
            preview = con.execute(
                f"select e.article_id, a.url, e.source_actor, e.target_actor, e.cameo_code, e.event_date, e.sentence "
                f"from raw.events e join raw.articles a using (article_id) where {quality.IN_WINDOW} "
                f"order by e.article_id, e.sentence_index, e.cameo_code limit 10", [first, last]).fetchall()
    except StageError as err:
        raise _fail(err) from err
    context.log.info("coding %s: %s", window_label(first, last), result)
    yield dg.MaterializeResult(
        asset_key=EVENTS,
        metadata={
            "window": window_label(first, last),
            "articles_coded_now": result.articles_coded,
            "articles_unchanged": result.articles_unchanged,
            "dagster/row_count": in_window,
            "events_by_root": _counts(by_root, "root"),
            "articles_by_language": _counts(result.articles_by_language, "language"),
            "preview": _md_table([{"article": f"[{a}]({u})" if u else a, "source": s or "", "target": t or "", "code": c,
                                   "date": str(d or ""), "sentence": sentence[:140]} for a, u, s, t, c, d, sentence in preview]),
        },
    )
    quarantined = contract.numbers["events_quarantined"]  # counted by the contract check for the same window
    yield dg.MaterializeResult(asset_key=QUARANTINE, metadata={"dagster/row_count": quarantined, "window": window_label(first, last)})
    yield _check_result(CHECK_EVENTS, contract, dg.AssetCheckSeverity.ERROR)
    yield _check_result(CHECK_ROW_COUNT, anomaly)
    yield _check_result(CHECK_COVERAGE, coverage)


def partition_days_of(materialization_metadata: dict) -> list[list[str]]:
    """The day ranges a landing reported (see land_inbox), from its materialization metadata."""
    value = materialization_metadata.get("partition_days")
    data = getattr(value, "data", value) or {}
    if isinstance(data, str):
        data = json.loads(data)
    return [list(r) for r in data.get("ranges", [])]
