"""DuckDB side of the pipeline: create the raw tables and write batches into them idempotently.

Re-running a stage replaces the rows it owns (by primary key, or by article for events), so two
runs over the same inbox leave the same tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import duckdb
import pandas as pd

DDL_PATH = Path(__file__).with_name("warehouse_ddl.sql")
# Files are created in a storage format the `duckdb` CLI from PyPI (1.5) can still read;
# DuckDB 2.0's default format would lock SQL users of that CLI out of the warehouse.
STORAGE_COMPATIBILITY = "v1.4.0"


def connect(path: Path | str) -> duckdb.DuckDBPyConnection:
    """Open the warehouse read-write and make sure the raw tables exist."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
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
