"""Resources, configured from the same environment variables as the CLI and dbt (see settings.py)."""


from collections.abc import Iterator
from contextlib import contextmanager

import dagster as dg
import duckdb

from orchestration import settings, warehouse


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file (EVENTPIPE_WAREHOUSE)."""

    path: str

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        con = warehouse.connect(self.path)
        try:
            yield con
        finally:
            con.close()


class InboxResource(dg.ConfigurableResource):
    """The folder new articles are dropped into (EVENTPIPE_INBOX)."""

    path: str


def default_resources() -> dict:
    return {
        "warehouse": WarehouseResource(path=str(settings.warehouse_path())),
        "inbox": InboxResource(path=str(settings.inbox_path())),
    }
