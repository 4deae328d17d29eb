"""Data-quality measures behind the Dagster asset checks (no Dagster here, so they are easy to test).

Each function returns a `Verdict`: whether the data passed, a one-line summary, and the numbers
that explain it (they become the check's metadata in the UI).
"""

from __future__ import annotations

import datetime as dt
import math
import os
from dataclasses import dataclass, field

import duckdb
import pandera.pandas as pa

from orchestration.coding.text import SUPPORTED_LANGUAGES
from orchestration.pipeline import PARTITION_DAY_SQL
from orchestration.schemas import ArticleModel, EventModel

IN_WINDOW = f"{PARTITION_DAY_SQL.format(a='a.')} between ? and ?"


@dataclass
class Verdict:
    passed: bool
    summary: str
    numbers: dict = field(default_factory=dict)
    table: list[dict] = field(default_factory=list)  # rows shown as a markdown table


def _threshold(name: str, default: float) -> float:
    return float(os.environ.get(name) or default)


def articles_contract(con: duckdb.DuckDBPyConnection, first: dt.date, last: dt.date) -> Verdict:
    """The window's articles meet ArticleModel (invalid ones were rejected at ingest)."""
    frame = con.execute(f"select a.* from raw.articles a where {IN_WINDOW}", [first, last]).df()
    rejected = con.execute("select count(*) from raw.rejected_records where reason = 'invalid_article'").fetchall()[0][0]
    return _contract(frame, ArticleModel, {"invalid_articles_rejected_at_ingest": rejected})


def events_contract(con: duckdb.DuckDBPyConnection, first: dt.date, last: dt.date) -> Verdict:
    """The window's events meet EventModel (failing ones were quarantined when coded)."""
    frame = con.execute(
        f"select e.* from raw.events e join raw.articles a using (article_id) where {IN_WINDOW}", [first, last]
    ).df()
    quarantined = con.execute(
        f"select count(*) from raw.quarantine q join raw.articles a on a.article_id = json_extract_string(q.payload, '$.article_id') "
        f"where q.table_name = 'events' and {IN_WINDOW}", [first, last]
    ).fetchall()[0][0]
    return _contract(frame, EventModel, {"events_quarantined": quarantined})


def _contract(frame, model, extra: dict) -> Verdict:
    try:
        model.validate(frame, lazy=True)
        failures, detail = 0, "all rows meet the contract"
    except pa.errors.SchemaErrors as err:
        failures = len(err.failure_cases)
        detail = err.failure_cases[["column", "check"]].drop_duplicates().to_string(index=False)[:2000]
    return Verdict(failures == 0, detail, {"rows_checked": len(frame), "failure_cases": failures, **extra})


def reject_share(records_read: int, rejected: int, by_reason: dict[str, int], threshold: float | None = None) -> Verdict:
    """Rejected records (duplicates aside) as a share of the records a landing read."""
    threshold = _threshold("EVENTPIPE_MAX_REJECT_SHARE", 0.10) if threshold is None else threshold
    share = rejected / records_read if records_read else 0.0
    numbers = {"records_read": records_read, "rejected": rejected, "reject_share": round(share, 4), "threshold": threshold}
    table = [{"reason": reason, "records": n} for reason, n in sorted(by_reason.items(), key=lambda kv: -kv[1])]
    if not records_read:
        return Verdict(True, "no new records were read", numbers, table)
    passed = share <= threshold
    return Verdict(passed, f"{rejected} of {records_read} records rejected ({share:.1%}; threshold {threshold:.0%})", numbers, table)


def daily_event_counts(con: duckdb.DuckDBPyConnection, first: dt.date, last: dt.date) -> dict[dt.date, int]:
    """Events per partition day, for every day in [first, last] that has at least one article."""
    rows = con.execute(
        f"select {PARTITION_DAY_SQL.format(a='a.')} as day, count(e.event_id) from raw.articles a "
        f"left join raw.events e using (article_id) where {IN_WINDOW} group by 1", [first, last]
    ).fetchall()
    return {day: n for day, n in rows}


def row_count_anomaly(con: duckdb.DuckDBPyConnection, first: dt.date, last: dt.date, trailing_days: int = 28,
                      max_z: float | None = None, min_history_days: int = 7) -> Verdict:
    """Each day of the window against the trailing `trailing_days` before it: a day whose event
    count lies more than `max_z` standard deviations from the trailing mean is an anomaly (a
    feed that went silent, a coder that stopped matching, a flood of duplicates). Days without
    any article are no data, not zeros. Fewer than `min_history_days` days of history: passed,
    with the reason."""
    max_z = _threshold("EVENTPIPE_MAX_ROW_COUNT_Z", 3.0) if max_z is None else max_z
    counts = daily_event_counts(con, first - dt.timedelta(days=trailing_days), last)
    rows, anomalies = [], []
    day = first
    while day <= last:
        history = [n for d, n in counts.items() if day - dt.timedelta(days=trailing_days) <= d < day]
        if day in counts:
            row = {"day": day.isoformat(), "events": counts[day], "history_days": len(history)}
            if len(history) >= min_history_days:
                mean = sum(history) / len(history)
                sd = max(math.sqrt(sum((n - mean) ** 2 for n in history) / (len(history) - 1)), 1.0)
                z = (counts[day] - mean) / sd
                row.update(trailing_mean=round(mean, 1), trailing_sd=round(sd, 1), z=round(z, 2))
                if abs(z) > max_z:
                    anomalies.append(row)
            rows.append(row)
        day += dt.timedelta(days=1)
    judged = [r for r in rows if "z" in r]
    numbers = {"days_with_articles": len(rows), "days_judged": len(judged), "anomalous_days": len(anomalies),
               "max_abs_z": max((abs(r["z"]) for r in judged), default=0.0), "z_threshold": max_z,
               "trailing_days": trailing_days}
    if not judged:
        return Verdict(True, f"not enough history to judge (fewer than {min_history_days} earlier days with articles)", numbers, rows[-10:])
    if anomalies:
        worst = max(anomalies, key=lambda r: abs(r["z"]))
        return Verdict(False, f"{len(anomalies)} anomalous day(s); worst {worst['day']}: {worst['events']} events "
                              f"against a trailing mean of {worst['trailing_mean']} (z {worst['z']})", numbers, anomalies[:20])
    return Verdict(True, f"{len(judged)} day(s) within {max_z} standard deviations of their trailing {trailing_days} days", numbers, rows[-10:])


def coder_coverage(con: duckdb.DuckDBPyConnection, first: dt.date, last: dt.date, min_share: float | None = None,
                   min_articles: int = 5) -> Verdict:
    """Share of the window's articles with at least one event, per supported language. A language
    with at least `min_articles` articles below `min_share` fails (dictionaries that stopped
    matching, text that lost its sentences). Other languages are listed, never coded."""
    min_share = _threshold("EVENTPIPE_MIN_CODER_COVERAGE", 0.2) if min_share is None else min_share
    rows = con.execute(
        f"select a.language, count(*) as articles, count(*) filter (where c.events > 0) as with_events "
        f"from raw.articles a left join raw.coded_articles c using (article_id) where {IN_WINDOW} group by 1 order by 2 desc, 1",
        [first, last],
    ).fetchall()
    table, low = [], []
    for language, articles, with_events in rows:
        supported = language in SUPPORTED_LANGUAGES
        share = with_events / articles if articles else 0.0
        table.append({"language": language, "articles": articles, "with_events": with_events,
                      "share": round(share, 3), "coded": "yes" if supported else "no (unsupported language)"})
        if supported and articles >= min_articles and share < min_share:
            low.append(f"{language} {share:.0%} of {articles}")
    numbers = {"articles": sum(r[1] for r in rows), "with_events": sum(r[2] for r in rows), "min_share": min_share,
               "languages_below": len(low)}
    if low:
        return Verdict(False, "coverage below threshold: " + ", ".join(low), numbers, table)
    return Verdict(True, f"every language with at least {min_articles} articles has at least {min_share:.0%} of them coded", numbers, table)
