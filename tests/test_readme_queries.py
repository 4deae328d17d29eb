"""Every SQL example in the README runs as written against the sample warehouse and returns rows."""

import re
from pathlib import Path

import duckdb
import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
QUERIES = re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_readme_has_three_to_five_queries():
    assert 3 <= len(QUERIES) <= 5


@pytest.mark.parametrize("sql", QUERIES, ids=[f"query{i + 1}" for i in range(len(QUERIES))])
def test_readme_query_returns_rows(sample_run, sql):
    _, warehouse, _ = sample_run
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    assert rows, sql
