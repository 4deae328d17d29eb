"""The pipeline's stages as plain functions over a DuckDB connection (no Dagster).

The Dagster assets, the `eventpipe` CLI and the tests all call these, so every stage can be run
and checked without an orchestrator.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from orchestration import warehouse
from orchestration.coding.coder import CODER_VERSION, EventCoder
from orchestration.ingest import Article, Rejected, make_record_key, scan_inbox, summarize
from orchestration.schemas import ArticleModel, EventModel, split_valid


@dataclass
class IngestResult:
    files_read: int
    records_read: int
    ingested: int
    duplicates: int
    rejected_by_reason: dict[str, int] = field(default_factory=dict)

    @property
    def rejected(self) -> int:
        return sum(self.rejected_by_reason.values())


@dataclass
class CodingResult:
    articles_coded: int
    events: int
    quarantined: int
    events_by_root: dict[str, int] = field(default_factory=dict)
    articles_by_language: dict[str, int] = field(default_factory=dict)


def seed_inbox(inbox: Path, samples: Path) -> int:
    """Copy the bundled samples into an empty or missing inbox; returns files copied."""
    if inbox.exists() and any(inbox.iterdir()):
        return 0
    inbox.mkdir(parents=True, exist_ok=True)
    copied = 0
    for path in sorted(samples.iterdir()):
        if path.is_file() and path.suffix in (".txt", ".jsonl", ".ndjson"):
            shutil.copy2(path, inbox / path.name)
            copied += 1
    return copied


def ingest_inbox(con: duckdb.DuckDBPyConnection, inbox: Path) -> IngestResult:
    """Read every file of the inbox into raw.articles / raw.rejected_records.

    Articles that break the pandera contract become rejected records (reason `invalid_article`
    with the failed check), so every record read ends up in one of the two tables.
    """
    items = list(scan_inbox(inbox, known_hashes=warehouse.known_hashes(con)))
    report = summarize(items)
    articles = [i for i in items if isinstance(i, Article)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    now = pd.Timestamp.now()

    frame = pd.DataFrame([a.as_row() for a in articles], columns=[f for f in Article.__dataclass_fields__])
    valid, invalid = split_valid(frame, ArticleModel, "article_id")
    by_reason = dict(report.rejected_by_reason)
    if not invalid.empty:
        for row, check in zip(frame.set_index("article_id").loc[invalid["record_id"]].reset_index().itertuples(), invalid["failed_check"]):
            rejected.append(
                Rejected(make_record_key(row.source_file, row.source_line, row.text[:200]), row.source_file, row.source_line, "invalid_article", check, row.text[:200])
            )
        by_reason["invalid_article"] = len(invalid)

    valid = valid.assign(ingested_at=now)
    warehouse.upsert(con, "raw.articles", valid)
    rejects = pd.DataFrame([r.as_row() for r in rejected], columns=[f for f in Rejected.__dataclass_fields__]).assign(rejected_at=now)
    warehouse.upsert(con, "raw.rejected_records", rejects)
    return IngestResult(report.files_read, report.records_read, len(valid), report.duplicates, by_reason)


EVENT_COLUMNS = list(EventModel.to_schema().columns)


def code_articles(con: duckdb.DuckDBPyConnection, coder: EventCoder | None = None) -> CodingResult:
    """Code every stored article, validate the events, replace each article's events."""
    coder = coder or EventCoder()
    articles = con.execute("select article_id, text, language, published, date_precision from raw.articles order by article_id").fetchall()
    rows = []
    for article_id, text, language, published, precision in articles:
        for event in coder.code_article(article_id, text, language, published, precision):
            rows.append(event.as_dict())
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    events["event_date"] = pd.to_datetime(events["event_date"]).dt.date
    valid, quarantined = split_valid(events, EventModel, "event_id")
    now = pd.Timestamp.now()
    valid = valid.assign(coded_at=now)
    quarantine = quarantined.assign(
        quarantine_key="events:" + quarantined["record_id"].astype(str), table_name="events", quarantined_at=now
    )[["quarantine_key", "table_name", "record_id", "failed_check", "payload", "quarantined_at"]]
    warehouse.replace_events(con, [a[0] for a in articles], valid, quarantine)
    return CodingResult(
        articles_coded=len(articles),
        events=len(valid),
        quarantined=len(quarantine),
        events_by_root=dict(sorted(Counter(valid["root"]).items())),
        articles_by_language=dict(Counter(a[2] for a in articles)),
    )


def summary(con: duckdb.DuckDBPyConnection) -> dict:
    """Figures the `eventpipe run` summary prints, read back from the warehouse."""
    one = lambda sql: con.execute(sql).fetchall()[0][0]  # noqa: E731
    return {
        "articles": one("select count(*) from raw.articles"),
        "rejected_by_reason": dict(con.execute("select reason, count(*) from raw.rejected_records group by 1 order by 2 desc, 1").fetchall()),
        "events": one("select count(*) from raw.events"),
        "quarantined": one("select count(*) from raw.quarantine"),
        "events_by_root": dict(con.execute("select root, count(*) from raw.events group by 1 order by 1").fetchall()),
        "top_dyads": con.execute(
            "select source_country, target_country, count(*) as events from raw.events "
            "where target_country is not null group by 1, 2 order by 3 desc, 1, 2 limit 5"
        ).fetchall(),
        "coder_version": CODER_VERSION,
        "as_of": dt.datetime.now().isoformat(timespec="seconds"),
    }
