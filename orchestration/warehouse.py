"""DuckDB side of the pipeline: create the raw tables and write batches into them idempotently.

Re-running a stage replaces the rows it owns (by primary key, or by article for events), so two
runs over the same inbox leave the same tables.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from orchestration import settings

DDL_PATH = Path(__file__).with_name("warehouse_ddl.sql")
# Files are created in a storage format the `duckdb` CLI from PyPI (1.5) can still read;
# DuckDB 2.0's default format would lock SQL users of that CLI out of the warehouse.
STORAGE_COMPATIBILITY = "v1.4.0"


def connect(path: Path | str) -> duckdb.DuckDBPyConnection:
    """Open the warehouse read-write and make sure the raw tables exist. DuckDB's memory is
    capped ($EVENTPIPE_DUCKDB_MEMORY): its buffer pool would otherwise keep up to 80% of RAM."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_COMPATIBILITY,
                                            "memory_limit": settings.duckdb_memory_limit()})
    con.execute(DDL_PATH.read_text())
    return con


def known_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """text_hash -> article_id of every stored article (for cross-run deduplication)."""
    return dict(con.execute("select text_hash, article_id from raw.articles").fetchall())


def upsert(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> int:
    """Insert or replace rows by primary key; columns are matched by name."""
    if frame.empty:
        return 0
    con.register("_batch", frame)
    try:
        columns = ", ".join(f'"{c}"' for c in frame.columns)
        con.execute(f"insert or replace into {table} ({columns}) select {columns} from _batch")
    finally:
        con.unregister("_batch")
    return len(frame)


def replace_events(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str], events: pd.DataFrame, quarantined: pd.DataFrame) -> None:
    """Replace every event (and quarantined event) of the given articles in one transaction."""
    ids = pd.DataFrame({"article_id": list(article_ids)})
    con.execute("begin transaction")
    try:
        con.register("_articles", ids)
        con.execute("delete from raw.events where article_id in (select article_id from _articles)")
        con.execute(
            "delete from raw.quarantine where table_name = 'events' "
            "and json_extract_string(payload, '$.article_id') in (select article_id from _articles)"
        )
        con.unregister("_articles")
        upsert(con, "raw.events", events)
        upsert(con, "raw.quarantine", quarantined)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def fetch_frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


# --- ingest: ledger of files read, per-source replacement, dedup state ----------------------

def ledger(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, int | None, int]]:
    """source_file -> (content_hash, size_bytes, records) of every source read so far."""
    rows = con.execute("select source_file, content_hash, size_bytes, records from raw.ingested_files").fetchall()
    return {name: (digest, size, records) for name, digest, size, records in rows}


def record_ingested_file(con: duckdb.DuckDBPyConnection, source_file: str, content_hash: str,
                         size_bytes: int | None, records: int, ingested_at: pd.Timestamp) -> None:
    con.execute(
        "insert or replace into raw.ingested_files (source_file, content_hash, size_bytes, records, ingested_at) "
        "values (?, ?, ?, ?, ?)",
        [source_file, content_hash, size_bytes, records, ingested_at.to_pydatetime()],
    )


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame, replace: bool = True) -> int:
    """`upsert` for use inside a long transaction: the frame is read through a replacement scan,
    not registered as a view (a view dropped inside a transaction keeps its DataFrame alive
    until the commit, so a large file written in one transaction would hold all its rows).
    `replace=False`: a plain insert (twice as fast; a key that exists already is an error)."""
    if frame.empty:
        return 0
    _rows = frame  # noqa: F841 (named in the SQL below)
    columns = ", ".join(f'"{c}"' for c in frame.columns)
    verb = "insert or replace" if replace else "insert"
    con.execute(f"{verb} into {table} ({columns}) select {columns} from _rows")
    return len(frame)


def write_ingested_files(con: duckdb.DuckDBPyConnection, rows: Iterable[tuple]) -> None:
    """Ledger rows (source_file, content_hash, size_bytes, records, ingested_at), in one statement."""
    frame = pd.DataFrame(list(rows), columns=["source_file", "content_hash", "size_bytes", "records", "ingested_at"])
    insert_frame(con, "raw.ingested_files", frame)


def sources_with_rows(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Every source_file that has articles or rejects in the warehouse."""
    return {name for (name,) in con.execute(
        "select distinct source_file from raw.articles union select distinct source_file from raw.rejected_records"
    ).fetchall()}


def forget_ingested_files(con: duckdb.DuckDBPyConnection, source_files: Iterable[str]) -> None:
    """Drop ledger rows, so these sources are read again on the next run."""
    _forget = pd.DataFrame({"source_file": sorted(set(source_files))})
    if _forget.empty:
        return
    con.execute("delete from raw.ingested_files where source_file in (select source_file from _forget)")


def stored_key_fingerprints(con: duckdb.DuckDBPyConnection) -> np.ndarray:
    """`key_fingerprints` of every stored article's id, text hash and canonical URL, computed
    by DuckDB: what the deduplicator's key filter is built from. Fetching a million articles'
    keys as Python strings to hash them there took three times as long."""
    column = con.execute(
        "select hash(k) as fingerprint from ("
        " select article_id as k from raw.articles union all select text_hash from raw.articles"
        " union all select canonical_url from raw.articles) where k is not null and k <> ''"
    ).fetchnumpy()["fingerprint"]
    return np.asarray(column).view(np.int64)


_HASHER: duckdb.DuckDBPyConnection | None = None


def key_fingerprints(values: list[str]) -> np.ndarray:
    """DuckDB's `hash()` of each string, as int64: the fingerprints `stored_key_fingerprints`
    gives the stored keys, computed for keys that are not stored (an in-memory connection of
    this process, so that no query interleaves with a cursor open on the warehouse)."""
    global _HASHER
    if not values:
        return np.empty(0, dtype=np.int64)
    if _HASHER is None:
        _HASHER = duckdb.connect()
    column = _HASHER.execute("select hash(k) as fingerprint from unnest(?) as t(k)", [values]).fetchnumpy()["fingerprint"]
    return np.asarray(column).view(np.int64)


def stored_articles_matching(con: duckdb.DuckDBPyConnection, ids: list[str], hashes: list[str], urls: list[str],
                             run_started: pd.Timestamp | None = None) -> list[tuple]:
    """Stored articles with any of these ids, text hashes or canonical URLs, oldest first, as
    (article_id, text_hash, canonical_url, source_file, is_summary, duplicate_of,
    written_this_run): the rows the deduplicator confirms a key-filter hit against."""
    since = run_started.to_pydatetime() if run_started is not None else None
    return con.execute(
        "select article_id, text_hash, canonical_url, source_file, coalesce(is_summary, false), duplicate_of, "
        "coalesce(ingested_at >= ?, false) from raw.articles "
        "where article_id in (select unnest(?::varchar[])) or text_hash in (select unnest(?::varchar[])) "
        "or canonical_url in (select unnest(?::varchar[])) "
        "order by ingested_at, source_file, source_line, article_id",
        [since, ids, hashes, urls],
    ).fetchall()


def stored_texts(con: duckdb.DuckDBPyConnection, days: list | None, undated: bool,
                 before: pd.Timestamp | None = None) -> list[tuple]:
    """(article_id, text, published, duplicate_of) of stored articles published on `days`
    (every day when None), plus the undated ones when `undated` (near-duplicate search);
    with `before`, only those ingested before it (not the rows the current run wrote)."""
    conditions, params = [], []
    if days is None:
        conditions.append("true")
    elif days:
        conditions.append("list_contains(?, published)")
        params.append(list(days))
    if undated:
        conditions.append("published is null")
    if not conditions:
        return []
    where = "(" + " or ".join(f"({c})" for c in conditions) + ")"
    if before is not None:
        where += " and ingested_at < ?"
        params.append(before.to_pydatetime())
    return con.execute(
        "select article_id, text, published, duplicate_of from raw.articles where "
        + where + " order by ingested_at, source_file, source_line, article_id",
        params,
    ).fetchall()


def source_article_hashes(con: duckdb.DuckDBPyConnection, source_file: str) -> dict[str, str]:
    """article_id -> text_hash of the articles stored from one source."""
    return dict(con.execute("select article_id, text_hash from raw.articles where source_file = ?", [source_file]).fetchall())


def delete_source_rows(con: duckdb.DuckDBPyConnection, source_file: str, record_level: bool = True) -> None:
    """Delete what one source left: its articles and rejects (`record_level`), or only its
    source-level rejects (a failed fetch, a refused feed) for sources that accumulate."""
    if record_level:
        con.execute("delete from raw.articles where source_file = ?", [source_file])
        con.execute("delete from raw.rejected_records where source_file = ?", [source_file])
    else:
        con.execute("delete from raw.rejected_records where source_file = ? and source_line is null", [source_file])


def dependent_sources(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str], exclude: str) -> set[str]:
    """Sources whose rows point at these articles (duplicates of them, copies of their story)."""
    _gone = pd.DataFrame({"article_id": sorted(set(article_ids))})
    if _gone.empty:
        return set()
    rows = con.execute(
        "select source_file from raw.rejected_records where duplicate_of in (select article_id from _gone) "
        "union select source_file from raw.articles where duplicate_of in (select article_id from _gone)"
    ).fetchall()
    return {name for (name,) in rows} - {exclude}


def source_counts(con: duckdb.DuckDBPyConnection, source_files: Iterable[str]) -> dict[str, dict]:
    """Per source: articles, near_duplicates, summaries stored, and rejects by reason."""
    _names = pd.DataFrame({"source_file": sorted(set(source_files))})
    result: dict[str, dict] = {name: {"articles": 0, "near_duplicates": 0, "summaries": 0, "rejects": {}}
                               for name in _names["source_file"]}
    if _names.empty:
        return result
    for name, articles, near, summaries in con.execute(
        "select source_file, count(*), count(duplicate_of), count(*) filter (where is_summary) "
        "from raw.articles where source_file in (select source_file from _names) group by 1"
    ).fetchall():
        result[name].update(articles=articles, near_duplicates=near, summaries=summaries)
    for name, reason, records in con.execute(
        "select source_file, reason, count(*) from raw.rejected_records "
        "where source_file in (select source_file from _names) group by 1, 2"
    ).fetchall():
        result[name]["rejects"][reason] = records
    return result


def publish_serving_copy(warehouse_file: Path | str, serving_file: Path | str) -> dict:
    """Publish the warehouse as a read-only copy for SQL users, atomically.

    DuckDB allows one writing process and, while it writes, no reader in another process: users
    query this copy instead. The warehouse is checkpointed (its WAL folded into the file), copied
    beside the serving path and renamed over it: a reader sees the old copy or the new one, never
    a partial file, and a connection already open keeps reading the old one until it closes.
    Call it while no writer holds the warehouse (the Dagster asset runs in the writer pool).
    """
    source, target = Path(warehouse_file), Path(serving_file)
    con = connect(source)
    try:
        con.execute("checkpoint")
    finally:
        con.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(source, "rb") as src, open(staging, "wb") as dst:
            shutil.copyfileobj(src, dst, length=16 * 1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())
        # a WAL left by someone who opened the copy for writing would not match the new file
        target.with_name(target.name + ".wal").unlink(missing_ok=True)
        os.replace(staging, target)
    finally:
        staging.unlink(missing_ok=True)
    return {"path": str(target), "bytes": target.stat().st_size}
