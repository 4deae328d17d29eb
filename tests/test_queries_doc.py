"""Every SQL query of docs/queries.md runs as written.

Against the sample warehouse (the session fixture `sample_run`: the whole Dagster graph on
data/samples), each query runs and returns rows where the sample allows it (the sample's few
articles have no spike). Against a synthetic warehouse built here (three years' shape in small:
benchmarks/warehouse_bench.py, plus a burst of conflict planted on the last day), every query
returns rows, and the spike question finds the planted burst.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "queries.md"
TEXT = DOC.read_text(encoding="utf-8")
QUERIES = [
    (re.findall(r"^###\s+(.*)$", TEXT[: m.start()], flags=re.M)[-1], m.group(1))
    for m in re.finditer(r"```sql\n(.*?)```", TEXT, flags=re.S)
]
IDS = [f"q{i + 1}" for i in range(len(QUERIES))]

# questions the sample articles cannot answer with rows: none of their dyads spikes
EMPTY_ON_SAMPLE = {"Whose conflict with whom spiked last week?"}

MENTIONS = 30_000
DAYS = 200
START = dt.date(2025, 1, 1)
LAST_DAY = START + dt.timedelta(days=DAYS - 1)


from bench_module import warehouse_bench as _bench  # noqa: E402


def _title(title: str) -> str:
    return re.sub(r"^\d+\.\s*", "", title)


def test_the_doc_answers_at_least_eight_questions_including_the_two_of_the_issue():
    assert len(QUERIES) >= 8
    titles = [_title(t) for t, _ in QUERIES]
    assert "How has cooperation between Seoul and Tokyo moved month by month?" in titles
    assert "Whose conflict with whom spiked last week?" in titles
    assert all(t.endswith("?") for t in titles)
    # each query reads the marts only
    for _, sql in QUERIES:
        schemas = set(re.findall(r"\b(raw|staging|intermediate|seeds|marts)\.", sql))
        assert schemas == {"marts"}, sql


@pytest.mark.parametrize(("title", "sql"), QUERIES, ids=IDS)
def test_query_runs_on_the_sample_warehouse(sample_run, title, sql):
    _, warehouse, _ = sample_run
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        cursor = con.execute(sql)
        rows = cursor.fetchall()
        columns = [d[0] for d in cursor.description]
    finally:
        con.close()
    assert columns
    if _title(title) not in EMPTY_ON_SAMPLE:
        assert rows, title


@pytest.fixture(scope="module")
def synthetic_warehouse(tmp_path_factory):
    bench = _bench()
    base = tmp_path_factory.mktemp("queries")
    warehouse = base / "warehouse.duckdb"
    bench.create_warehouse(warehouse, MENTIONS, DAYS, days=DAYS, start=START)
    # a burst of conflict: eight distinct material-conflict events of RUS against UKR on the last day
    con = duckdb.connect(str(warehouse))
    try:
        con.execute(
            "insert into raw.articles (article_id, title, text, published, date_precision, language, language_source, "
            "url, source, text_hash, source_file, source_line, ingested_at, canonical_url, duplicate_of, is_summary) "
            "values ('burst', 'Burst', 'A burst of conflict.', ?, 'day', 'en', 'record', 'https://example.org/burst', "
            "'Burst Wire', 'burst-hash', 'burst.jsonl', 1, ?, 'https://example.org/burst', null, false)",
            [LAST_DAY, dt.datetime.combine(LAST_DAY, dt.time(6))],
        )
        codes = ["170", "171", "172", "173", "174", "180", "181", "190"]
        goldstein = {r["code"]: float(r["goldstein"]) for r in csv.DictReader((REPO / "dbt_project" / "seeds" / "cameo_event_codes.csv").open(encoding="utf-8"))}
        for i, code in enumerate(codes):
            con.execute(
                "insert into raw.events values (?, 'burst', ?, 'Russian forces attacked.', 'RUSMIL', 'RUS', 'MIL', "
                "'UKRGOV', 'UKR', 'GOV', ?, ?, 4, ?, null, 'en', 0.9, 'en/verbs.tsv:1', 'bench-1', 0, 6, 20, 27, 7, 15, ?)",
                [f"burst-{i:015d}", i, code, code[:2], goldstein[code], dt.datetime.combine(LAST_DAY, dt.time(7))],
            )
    finally:
        con.close()
    result = bench.dbt_in_process(["build", "--exclude-resource-type", "test"], warehouse, base / "target")
    assert result.success, bench.dbt_failures(result)
    return warehouse


@pytest.mark.parametrize(("title", "sql"), QUERIES, ids=IDS)
def test_query_returns_rows_on_a_synthetic_warehouse(synthetic_warehouse, title, sql):
    con = duckdb.connect(str(synthetic_warehouse), read_only=True)
    try:
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    assert rows, title


def test_the_spike_question_finds_the_planted_burst(synthetic_warehouse):
    sql = dict((_title(t), q) for t, q in QUERIES)["Whose conflict with whom spiked last week?"]
    con = duckdb.connect(str(synthetic_warehouse), read_only=True)
    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description]
        rows = [dict(zip(columns, r)) for r in cursor.fetchall()]
    finally:
        con.close()
    burst = [r for r in rows if r["event_day"] == LAST_DAY and r["source"] == "Russia" and r["target"] == "Ukraine"]
    assert burst, rows
    assert burst[0]["conflict_events"] >= 8 and burst[0]["z"] >= 2
    assert all(r["z"] > 0 for r in rows)


def test_the_seoul_tokyo_question_adds_both_directions(synthetic_warehouse):
    sql = dict((_title(t), q) for t, q in QUERIES)["How has cooperation between Seoul and Tokyo moved month by month?"]
    con = duckdb.connect(str(synthetic_warehouse), read_only=True)
    try:
        rows = con.execute(sql).fetchall()
        expected = con.execute(
            "select date_trunc('month', event_day)::date, count(*) from marts.fct_events "
            "where (source_country, target_country) in (('KOR', 'JPN'), ('JPN', 'KOR')) group by 1 order by 1"
        ).fetchall()
    finally:
        con.close()
    assert [(r[0], r[1]) for r in rows] == expected
    for _, events, cooperation, conflict, index, _ in rows:
        assert cooperation + conflict == events
        assert index == pytest.approx(round((cooperation - conflict) / events, 2))
