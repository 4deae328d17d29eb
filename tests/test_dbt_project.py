"""The dbt project end to end on a throwaway DuckDB warehouse, and the seeds' link to the coder.

The warehouse is built from the real raw-table contract (orchestration/warehouse_ddl.sql) and a
handful of hand-written rows; then `dbt seed`, `dbt run` and `dbt test` run in-process through
dbt's Python API and the marts are checked against values computed by hand.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path

import duckdb
import pytest

from orchestration.seeds import DICTIONARIES_DIR, SEED_HEADERS, write_seeds

REPO_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
SEEDS_DIR = DBT_PROJECT_DIR / "seeds"
DDL_PATH = REPO_ROOT / "orchestration" / "warehouse_ddl.sql"

ROOTS = [f"{i:02d}" for i in range(1, 21)]


# --------------------------------------------------------------------------- seeds vs dictionaries


def test_committed_seeds_equal_generated_seeds(tmp_path: Path) -> None:
    counts = write_seeds(DICTIONARIES_DIR, tmp_path)
    assert set(counts) == set(SEED_HEADERS)
    for name in SEED_HEADERS:
        committed = SEEDS_DIR / f"{name}.csv"
        assert committed.exists(), f"{committed} missing: run `python -m orchestration.seeds`"
        assert committed.read_bytes() == (tmp_path / f"{name}.csv").read_bytes(), (
            f"{committed.name} is out of date with the coder's dictionaries: "
            "run `python -m orchestration.seeds` and commit the result"
        )


def _read_seed(name: str) -> list[dict[str, str]]:
    with (SEEDS_DIR / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_event_code_seed_covers_every_cameo_code() -> None:
    rows = _read_seed("cameo_event_codes")
    codes = [r["code"] for r in rows]
    # 310 codes in GDELT's lookup file; the coder's dictionary restores code 106, which that
    # file had run into the 1056 line (see the header of cameo_codes.tsv): 311.
    assert len(codes) in (310, 311)
    assert len(set(codes)) == len(codes)
    assert sorted({r["root"] for r in rows}) == ROOTS
    # every root is itself a code, and leading zeros survive
    assert set(ROOTS) <= set(codes)
    assert {"010", "036", "040", "0211"} <= set(codes)
    for r in rows:
        assert r["code"].startswith(r["root"])
        assert -10.0 <= float(r["goldstein"]) <= 10.0
        assert r["quad_class"] in {"1", "2", "3", "4"}


def test_country_seed_has_states_and_organizations() -> None:
    rows = {r["code"]: r for r in _read_seed("countries")}
    assert rows["KOR"]["kind"] == "state"
    assert rows["JPN"]["kind"] == "state"
    assert rows["KSV"]["kind"] == "state"
    organizations = [r for r in rows.values() if r["kind"] == "organization"]
    assert organizations, "no organizations in the countries seed"
    assert all(r["role"] for r in organizations)
    assert "UNO" in rows and rows["UNO"]["kind"] == "organization"


# --------------------------------------------------------------------------- dbt end to end

T0 = dt.datetime(2024, 3, 6, 8, 0, 0)

ARTICLES = [
    # article_id, title, text, published, date_precision, language, language_source, url,
    # source, text_hash, source_file, source_line, ingested_at
    (
        "yna-20240305-001",
        "South Korea and Japan hold talks in Seoul",
        "South Korean Foreign Minister Cho Tae-yul met his Japanese counterpart Yoko Kamikawa "
        "in Seoul on Tuesday. The two ministers discussed North Korea.",
        dt.date(2024, 3, 5),
        "day",
        "en",
        "record",
        "https://en.yna.co.kr/view/AEN20240305001",
        "Yonhap",
        "a" * 64,
        "2024-03-05/yonhap.jsonl",
        1,
        T0,
    ),
    (
        "art-3f9c2b7d1e6a4c08",
        "Séoul prêt à négocier avec Tokyo",
        "Le gouvernement sud-coréen s'est dit prêt à négocier avec le Japon sur la question "
        "des travailleurs forcés.",
        dt.date(2024, 3, 5),
        "day",
        "fr",
        "detected",
        "https://www.lemonde.fr/international/article/2024/03/05/seoul-tokyo",
        "Le Monde",
        "b" * 64,
        "2024-03-05/lemonde.txt",
        None,
        T0,
    ),
]

_EVENT_COMMON = dict(
    coder_version="0.1.0",
    coded_at=T0,
)

EVENTS = [
    # KOR -> JPN 040 and JPN -> KOR 040: a reciprocal meeting, stated date (Tuesday 2024-03-05)
    dict(
        event_id="e0000000000000000001",
        article_id="yna-20240305-001",
        sentence_index=0,
        sentence=ARTICLES[0][2].split(". ")[0] + ".",
        source_actor="KORGOV",
        source_country="KOR",
        source_role="GOV",
        target_actor="JPNGOV",
        target_country="JPN",
        target_role="GOV",
        cameo_code="040",
        root="04",
        quad_class=1,
        goldstein=1.0,
        event_date=dt.date(2024, 3, 5),
        language="en",
        confidence=0.9,
        rule="en/verbs.tsv:12",
        source_start=0,
        source_end=41,
        target_start=55,
        target_end=79,
        trigger_start=42,
        trigger_end=45,
    ),
    dict(
        event_id="e0000000000000000002",
        article_id="yna-20240305-001",
        sentence_index=0,
        sentence=ARTICLES[0][2].split(". ")[0] + ".",
        source_actor="JPNGOV",
        source_country="JPN",
        source_role="GOV",
        target_actor="KORGOV",
        target_country="KOR",
        target_role="GOV",
        cameo_code="040",
        root="04",
        quad_class=1,
        goldstein=1.0,
        event_date=dt.date(2024, 3, 5),
        language="en",
        confidence=0.9,
        rule="en/verbs.tsv:12",
        source_start=55,
        source_end=79,
        target_start=0,
        target_end=41,
        trigger_start=42,
        trigger_end=45,
    ),
    # KOR -> JPN 036, no stated date: event_day falls back to the publication date
    dict(
        event_id="e0000000000000000003",
        article_id="art-3f9c2b7d1e6a4c08",
        sentence_index=0,
        sentence=ARTICLES[1][2],
        source_actor="KORGOV",
        source_country="KOR",
        source_role="GOV",
        target_actor="JPN",
        target_country="JPN",
        target_role=None,
        cameo_code="036",
        root="03",
        quad_class=1,
        goldstein=4.0,
        event_date=None,
        language="fr",
        confidence=0.75,
        rule="fr/verbs.tsv:40",
        source_start=3,
        source_end=29,
        target_start=57,
        target_end=65,
        trigger_start=38,
        trigger_end=53,
    ),
]

REJECTED = [
    (
        "c" * 64,
        "2024-03-05/yonhap.jsonl",
        2,
        "duplicate",
        "same normalized text as yna-20240305-001",
        '{"id": "yna-20240305-001-dup", "title": "South Korea and Japan hold talks"',
        "yna-20240305-001",
        T0,
    ),
]


def _load_raw(db_path: Path) -> None:
    con = duckdb.connect(str(db_path))
    try:
        con.execute(DDL_PATH.read_text(encoding="utf-8"))
        con.executemany("insert into raw.articles values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ARTICLES)
        columns = [
            "event_id", "article_id", "sentence_index", "sentence", "source_actor",
            "source_country", "source_role", "target_actor", "target_country", "target_role",
            "cameo_code", "root", "quad_class", "goldstein", "event_date", "language",
            "confidence", "rule", "coder_version", "source_start", "source_end", "target_start",
            "target_end", "trigger_start", "trigger_end", "coded_at",
        ]
        rows = [tuple({**_EVENT_COMMON, **e}[c] for c in columns) for e in EVENTS]
        con.executemany(
            f"insert into raw.events ({', '.join(columns)}) values ({', '.join('?' * len(columns))})",
            rows,
        )
        con.executemany("insert into raw.rejected_records values (?, ?, ?, ?, ?, ?, ?, ?)", REJECTED)
        con.execute(
            "insert into raw.quarantine values (?, ?, ?, ?, ?, ?)",
            [
                "events:e0000000000000000099",
                "events",
                "e0000000000000000099",
                "goldstein_in_range",
                '{"event_id": "e0000000000000000099", "goldstein": 12.0}',
                T0,
            ],
        )
    finally:
        con.close()


def _dbt(command: str, target_path: Path, log_path: Path):
    from dbt.cli.main import dbtRunner

    args = [
        command,
        "--project-dir", str(DBT_PROJECT_DIR),
        "--profiles-dir", str(DBT_PROJECT_DIR),
        "--target-path", str(target_path),
        "--log-path", str(log_path),
        "--no-send-anonymous-usage-stats",
        "--quiet",
    ]
    return dbtRunner().invoke(args)


@pytest.fixture(scope="module")
def dbt_results(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("dbt")
    db_path = tmp / "warehouse.duckdb"
    _load_raw(db_path)
    results = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVENTPIPE_WAREHOUSE", str(db_path))
        mp.setenv("DO_NOT_TRACK", "1")
        for command in ("seed", "run", "test"):
            res = _dbt(command, tmp / "target", tmp / "logs")
            results[command] = res
            if not res.success:
                break
    return db_path, results


def _query(db_path: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db_path))
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _failures(res) -> list[str]:
    if res.exception is not None:
        return [repr(res.exception)]
    return [
        f"{r.node.unique_id}: {r.status} {r.message or ''}"
        for r in (res.result.results if res.result is not None else [])
        if str(r.status) not in ("success", "pass")
    ]


@pytest.mark.parametrize("command", ["seed", "run", "test"])
def test_dbt_command_succeeds(dbt_results, command: str) -> None:
    _, results = dbt_results
    assert command in results, "an earlier dbt command failed"
    res = results[command]
    assert res.success, _failures(res)
    assert res.result.results, f"dbt {command} did nothing"
    assert _failures(res) == []


def test_dbt_ran_every_model_and_many_tests(dbt_results) -> None:
    _, results = dbt_results
    models = {r.node.name for r in results["run"].result.results}
    assert models == {
        "stg_articles", "stg_events", "stg_rejected_records", "stg_quarantine",
        "int_events_enriched",
        "fct_events", "dim_event_codes", "dim_countries", "dyad_daily_trends", "rejects_by_reason",
    }
    tests = [r.node.name for r in results["test"].result.results]
    assert len(tests) > 50
    assert "assert_goldstein_in_range" in tests
    assert any(t.startswith("unique_combination_dyad_daily_trends") for t in tests)
    assert any(t.startswith("relationships_fct_events_cameo_code") for t in tests)


def test_schemas_are_clean(dbt_results) -> None:
    db_path, _ = dbt_results
    rows = _query(
        db_path,
        "select table_schema, table_name, table_type from information_schema.tables "
        "where table_schema in ('seeds', 'staging', 'intermediate', 'marts') order by all",
    )
    found = {(s, t): kind for s, t, kind in rows}
    assert found[("seeds", "cameo_event_codes")] == "BASE TABLE"
    assert found[("seeds", "countries")] == "BASE TABLE"
    assert found[("seeds", "quad_classes")] == "BASE TABLE"
    assert found[("staging", "stg_events")] == "VIEW"
    assert found[("intermediate", "int_events_enriched")] == "VIEW"
    assert found[("marts", "fct_events")] == "BASE TABLE"
    assert found[("marts", "dyad_daily_trends")] == "BASE TABLE"
    assert not any(s.startswith("main_") for s, _ in found)


def test_fct_events(dbt_results) -> None:
    db_path, _ = dbt_results
    rows = _query(
        db_path,
        "select event_id, event_day, event_day_source, cameo_code, event_label, outlet, url, "
        "sentence_index, confidence, rule from marts.fct_events order by event_id",
    )
    assert len(rows) == 3
    by_id = {r[0]: r for r in rows}
    e1, e3 = by_id["e0000000000000000001"], by_id["e0000000000000000003"]
    labels = {r["code"]: r["label"] for r in _read_seed("cameo_event_codes")}
    assert e1[1:5] == (dt.date(2024, 3, 5), "event", "040", labels["040"])
    assert e1[5:7] == ("Yonhap", "https://en.yna.co.kr/view/AEN20240305001")
    # no stated date: the publication date, flagged as such
    assert e3[1:4] == (dt.date(2024, 3, 5), "article", "036")
    assert e3[5] == "Le Monde"
    assert (e3[7], e3[8], e3[9]) == (0, 0.75, "fr/verbs.tsv:40")


def test_dyad_daily_trends(dbt_results) -> None:
    db_path, _ = dbt_results
    rows = _query(
        db_path,
        "select event_day, source_country, target_country, events, mean_goldstein, sum_goldstein, "
        "verbal_cooperation, material_cooperation, verbal_conflict, material_conflict "
        "from marts.dyad_daily_trends order by all",
    )
    day = dt.date(2024, 3, 5)
    assert rows == [
        # JPN -> KOR: one 040 meeting (Goldstein 1.0)
        (day, "JPN", "KOR", 1, pytest.approx(1.0), pytest.approx(1.0), 1, 0, 0, 0),
        # KOR -> JPN: 040 (1.0) and 036 (4.0): mean 2.5
        (day, "KOR", "JPN", 2, pytest.approx(2.5), pytest.approx(5.0), 2, 0, 0, 0),
    ]


def test_dimensions_and_operator_marts(dbt_results) -> None:
    db_path, _ = dbt_results
    [(n_codes, code_type)] = _query(
        db_path,
        "select count(*), any_value(typeof(code)) from marts.dim_event_codes",
    )
    assert n_codes == len(_read_seed("cameo_event_codes"))
    assert code_type == "VARCHAR"
    assert _query(
        db_path,
        "select code, root, quad_class, quad_class_key, goldstein, code_level "
        "from marts.dim_event_codes where code in ('036', '040') order by code",
    ) == [
        ("036", "03", 1, "verbal_cooperation", 4.0, 2),
        ("040", "04", 1, "verbal_cooperation", 1.0, 2),
    ]
    assert _query(
        db_path, "select code, kind, is_state from marts.dim_countries where code in ('KOR', 'UNO') order by code"
    ) == [("KOR", "state", True), ("UNO", "organization", False)]
    # empty CSV cells load as nulls, not empty strings
    assert _query(
        db_path, "select count(*) filter (where role is null), count(*) filter (where role = '') "
        "from marts.dim_countries where kind = 'state'"
    ) == [(len([r for r in _read_seed("countries") if r["kind"] == "state"]), 0)]
    assert _query(db_path, "select reason, records from marts.rejects_by_reason") == [("duplicate", 1)]
