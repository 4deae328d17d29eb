"""Where things live. One environment variable per location, read by Python and dbt alike.

EVENTPIPE_WAREHOUSE  DuckDB file (default data/warehouse.duckdb); dbt's profiles.yml reads it too.
EVENTPIPE_INBOX      folder of incoming articles (default data/inbox, seeded from data/samples).
EVENTPIPE_SERVING    read-only copy published after each run for SQL users (default
                     data/warehouse-serving.duckdb).
EVENTPIPE_PARTITION_START  first day of the daily partitions (default 2015-01-01).
EVENTPIPE_DUCKDB_MEMORY    DuckDB's memory limit in every pipeline process and in dbt (default
                     1GB; DuckDB's own default, 80% of RAM, lets its buffer pool grow with
                     the warehouse). Larger operations spill to a temporary folder beside the file.
Relative values are resolved against the repository root, so dbt (which runs from dbt_project/)
and Python see the same absolute path.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
SAMPLES_DIR = REPO_ROOT / "data" / "samples"


def _path_from_env(name: str, default: str) -> Path:
    value = os.environ.get(name) or default
    path = Path(value).expanduser()
    return path if path.is_absolute() else (REPO_ROOT / path).resolve()


def warehouse_path() -> Path:
    return _path_from_env("EVENTPIPE_WAREHOUSE", "data/warehouse.duckdb")


def inbox_path() -> Path:
    return _path_from_env("EVENTPIPE_INBOX", "data/inbox")


def serving_path() -> Path:
    return _path_from_env("EVENTPIPE_SERVING", "data/warehouse-serving.duckdb")


def partition_start() -> str:
    return os.environ.get("EVENTPIPE_PARTITION_START") or "2015-01-01"


DEFAULT_DUCKDB_MEMORY = "1GB"


def duckdb_memory_limit() -> str:
    return os.environ.get("EVENTPIPE_DUCKDB_MEMORY") or DEFAULT_DUCKDB_MEMORY


def export_for_dbt() -> Path:
    """Put the absolute warehouse path in the environment so profiles.yml resolves the same file."""
    path = warehouse_path()
    os.environ["EVENTPIPE_WAREHOUSE"] = str(path)
    return path
