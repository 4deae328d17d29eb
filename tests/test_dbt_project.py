"""The dbt project end to end on a throwaway DuckDB warehouse, and the seeds' link to the coder.

The warehouse is built from the real raw-table contract (orchestration/warehouse_ddl.sql) and a
handful of hand-written rows; then `dbt build` (seeds, models and every test) and `dbt docs
generate` run in-process through dbt's Python API, and the marts are checked against values
computed by hand: mentions grouped into GDELT-style events (a wire copy counted once per story),
dyad and country series, the conflict-cooperation index, a spike and the week's top mover.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest
import yaml

from orchestration.seeds import DICTIONARIES_DIR, SEED_HEADERS, plover_event_type, write_seeds

REPO_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
SEEDS_DIR = DBT_PROJECT_DIR / "seeds"
DDL_PATH = REPO_ROOT / "orchestration" / "warehouse_ddl.sql"

ROOTS = [f"{i:02d}" for i in range(1, 21)]


from bench_module import warehouse_bench as _bench  # noqa: E402


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


def test_country_seed_has_states_organizations_and_iso_codes() -> None:
    rows = {r["code"]: r for r in _read_seed("countries")}
    assert rows["KOR"]["kind"] == "state"
    assert (rows["KOR"]["iso_alpha2"], rows["KOR"]["iso_alpha3"], rows["KOR"]["iso_numeric"]) == ("KR", "KOR", "410")
    assert rows["AFG"]["iso_numeric"] == "004"  # leading zeros kept
    assert rows["JPN"]["region"] == "Asia" and rows["JPN"]["subregion"] == "Eastern Asia"
    assert rows["KSV"]["kind"] == "state" and rows["KSV"]["iso_alpha2"] == ""  # Kosovo: no ISO code
    organizations = [r for r in rows.values() if r["kind"] == "organization"]
    assert organizations, "no organizations in the countries seed"
    assert all(r["role"] and not r["iso_alpha3"] for r in organizations)
    assert "UNO" in rows and rows["UNO"]["kind"] == "organization"
    states = [r for r in rows.values() if r["kind"] == "state" and r["code"] != "KSV"]
    assert all(r["iso_alpha3"] == r["code"] and len(r["iso_alpha2"]) == 2 for r in states)


def test_plover_seed_maps_every_code() -> None:
    codes = {r["code"] for r in _read_seed("cameo_event_codes")}
    mapping = {r["code"]: r["plover_event_type"] for r in _read_seed("cameo_plover")}
    assert set(mapping) == codes
    assert {mapping[c] for c in codes if not c.startswith("01")} <= {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
        "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
    assert (mapping["04"], mapping["040"], mapping["036"], mapping["0211"]) == ("CONSULT", "CONSULT", "AGREE", "REQUEST")
    assert (mapping["111"], mapping["163"], mapping["190"], mapping["0871"]) == ("ACCUSE", "SANCTION", "ASSAULT", "RETREAT")
    assert mapping["010"] == "" and plover_event_type("010") is None  # generic statements: no PLOVER type
    assert plover_event_type("1923") == "COERCE"  # a longer code inherits its prefix's override


# --------------------------------------------------------------------------- dbt end to end

T0 = dt.datetime(2024, 3, 6, 8, 0, 0)
DAY = dt.date(2024, 3, 5)  # a Tuesday
NEXT_DAY = dt.date(2024, 3, 6)
WEEK = dt.date(2024, 3, 4)  # its ISO week starts on Monday 4 March

ARTICLE_COLUMNS = [
    "article_id", "title", "text", "published", "date_precision", "language", "language_source",
    "url", "source", "text_hash", "source_file", "source_line", "ingested_at", "canonical_url",
    "duplicate_of", "is_summary",
]
YNA_TEXT = (
    "South Korean Foreign Minister Cho Tae-yul met his Japanese counterpart Yoko Kamikawa "
    "in Seoul on Tuesday. The two ministers discussed North Korea."
)
ARTICLES = [
    dict(article_id="yna-20240305-001", title="South Korea and Japan hold talks in Seoul", text=YNA_TEXT,
         published=DAY, date_precision="day", language="en", language_source="record",
         url="https://en.yna.co.kr/view/AEN20240305001?utm_source=x", source="Yonhap", text_hash="a" * 64,
         source_file="2024-03-05/yonhap.jsonl", source_line=1, ingested_at=T0,
         canonical_url="https://en.yna.co.kr/view/AEN20240305001", duplicate_of=None, is_summary=False),
    # a near-duplicate wire copy of the Yonhap story in another outlet: one more source, not one more article
    dict(article_id="kyodo-20240305-001", title="S. Korea, Japan hold talks", text=YNA_TEXT + " (Kyodo)",
         published=DAY, date_precision="day", language="en", language_source="record",
         url="https://english.kyodonews.net/news/2024/03/0305", source="Kyodo", text_hash="d" * 64,
         source_file="2024-03-05/kyodo.jsonl", source_line=1, ingested_at=T0,
         canonical_url="https://english.kyodonews.net/news/2024/03/0305", duplicate_of="yna-20240305-001", is_summary=False),
    dict(article_id="art-3f9c2b7d1e6a4c08", title="Séoul prêt à négocier avec Tokyo",
         text="Le gouvernement sud-coréen s'est dit prêt à négocier avec le Japon sur la question des travailleurs forcés.",
         published=DAY, date_precision="day", language="fr", language_source="detected",
         url="https://www.lemonde.fr/international/article/2024/03/05/seoul-tokyo", source="Le Monde", text_hash="b" * 64,
         source_file="2024-03-05/lemonde.txt", source_line=None, ingested_at=T0,
         canonical_url="https://www.lemonde.fr/international/article/2024/03/05/seoul-tokyo", duplicate_of=None, is_summary=False),
    # the next day, Yonhap again: the Tuesday meeting (a third mention, a second story) and sanctions
    dict(article_id="yna-20240306-002", title="Seoul imposes curbs on Japanese firms",
         text="After Tuesday's meeting in Seoul, South Korea restricted exports, arrested two executives and expelled a trade envoy of Japan.",
         published=NEXT_DAY, date_precision="day", language="en", language_source="record",
         url="https://en.yna.co.kr/view/AEN20240306002", source="Yonhap", text_hash="e" * 64,
         source_file="2024-03-06/yonhap.jsonl", source_line=1, ingested_at=T0,
         canonical_url="https://en.yna.co.kr/view/AEN20240306002", duplicate_of=None, is_summary=False),
    # no publication date and no stated date: its mention has no day, hence no event
    dict(article_id="undated-1", title=None, text="France and Germany held talks.", published=None,
         date_precision=None, language="en", language_source="detected", url=None, source=None,
         text_hash="f" * 64, source_file="notes/undated.txt", source_line=None, ingested_at=T0,
         canonical_url=None, duplicate_of=None, is_summary=True),
]

EVENT_COLUMNS = [
    "event_id", "article_id", "sentence_index", "sentence", "source_actor", "source_country",
    "source_role", "target_actor", "target_country", "target_role", "cameo_code", "root",
    "quad_class", "goldstein", "event_date", "language", "confidence", "rule", "coder_version",
    "source_start", "source_end", "target_start", "target_end", "trigger_start", "trigger_end", "coded_at",
]


def _event(event_id, article_id, source, target, code, goldstein, event_date, confidence=0.9, rule="en/verbs.tsv:12", sentence_index=0):
    quad = {"03": 1, "04": 1, "17": 4}[code[:2]]
    source_country, source_role = source[:3], source[3:] or None
    target_country, target_role = target[:3], target[3:] or None
    return dict(
        event_id=event_id, article_id=article_id, sentence_index=sentence_index, sentence="A sentence.",
        source_actor=source, source_country=source_country, source_role=source_role,
        target_actor=target, target_country=target_country, target_role=target_role,
        cameo_code=code, root=code[:2], quad_class=quad, goldstein=goldstein, event_date=event_date,
        language="en", confidence=confidence, rule=rule, coder_version="0.1.0",
        source_start=0, source_end=5, target_start=10, target_end=15, trigger_start=6, trigger_end=9, coded_at=T0,
    )


EVENTS = [
    # the Tuesday meeting, KOR -> JPN: Yonhap, its Kyodo wire copy, and Yonhap's follow-up (stated date)
    _event("e0000000000000000001", "yna-20240305-001", "KORGOV", "JPNGOV", "040", 1.0, DAY, confidence=0.9),
    _event("e0000000000000000004", "kyodo-20240305-001", "KORGOV", "JPNGOV", "040", 1.0, DAY, confidence=0.8),
    _event("e0000000000000000005", "yna-20240306-002", "KORGOV", "JPNGOV", "040", 1.0, DAY, confidence=0.7),
    # ... and JPN -> KOR, reported once
    _event("e0000000000000000002", "yna-20240305-001", "JPNGOV", "KORGOV", "040", 1.0, DAY),
    # KOR -> JPN 036 without a stated date: the publication date
    _event("e0000000000000000003", "art-3f9c2b7d1e6a4c08", "KORGOV", "JPN", "036", 4.0, None, confidence=0.75, rule="fr/verbs.tsv:40"),
    # three material-conflict events KOR -> JPN the next day: a spike from nothing
    _event("e0000000000000000006", "yna-20240306-002", "KORGOV", "JPNGOV", "172", -5.0, None, sentence_index=1),
    _event("e0000000000000000007", "yna-20240306-002", "KORGOV", "JPNGOV", "173", -5.0, None, sentence_index=1),
    _event("e0000000000000000008", "yna-20240306-002", "KORGOV", "JPNGOV", "174", -5.0, None, sentence_index=1),
    # undated
    _event("e0000000000000000009", "undated-1", "FRAGOV", "DEUGOV", "040", 1.0, None),
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
        con.executemany(
            f"insert into raw.articles ({', '.join(ARTICLE_COLUMNS)}) values ({', '.join('?' * len(ARTICLE_COLUMNS))})",
            [tuple(a[c] for c in ARTICLE_COLUMNS) for a in ARTICLES],
        )
        con.executemany(
            f"insert into raw.events ({', '.join(EVENT_COLUMNS)}) values ({', '.join('?' * len(EVENT_COLUMNS))})",
            [tuple(e[c] for c in EVENT_COLUMNS) for e in EVENTS],
        )
        con.executemany("insert into raw.rejected_records values (?, ?, ?, ?, ?, ?, ?, ?)", REJECTED)
        con.execute(
            "insert into raw.quarantine values (?, ?, ?, ?, ?, ?)",
            ["events:e0000000000000000099", "events", "e0000000000000000099", "goldstein_in_range",
             '{"event_id": "e0000000000000000099", "goldstein": 12.0}', T0],
        )
        con.execute(
            "insert into raw.ingested_files values (?, ?, ?, ?, ?)",
            ["2024-03-05/yonhap.jsonl", "9" * 64, 2048, 2, T0],
        )
    finally:
        con.close()


@pytest.fixture(scope="module")
def dbt_results(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("dbt")
    db_path = tmp / "warehouse.duckdb"  # the file name is dbt's database name: the same in every test warehouse
    _load_raw(db_path)
    bench = _bench()
    results = {"build": bench.dbt_in_process(["build"], db_path, tmp / "target")}
    if results["build"].success:
        results["docs"] = bench.dbt_in_process(["docs", "generate"], db_path, tmp / "target")
    return db_path, results, tmp / "target"


def _query(db_path: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_dbt_build_succeeds(dbt_results) -> None:
    _, results, _ = dbt_results
    res = results["build"]
    assert res.success, _bench().dbt_failures(res)
    assert res.result.results, "dbt build did nothing"


def test_dbt_built_every_model_and_ran_the_tests(dbt_results) -> None:
    _, results, _ = dbt_results
    done = results["build"].result.results
    models = {r.node.name for r in done if r.node.resource_type == "model"}
    assert models == {
        "stg_articles", "stg_events", "stg_rejected_records", "stg_quarantine", "stg_ingested_files",
        "int_event_mentions",
        "fct_event_mentions", "fct_events", "dim_event_codes", "dim_countries", "dim_dates",
        "dyad_daily_trends", "dyad_weekly_trends", "dyad_monthly_trends",
        "country_daily_trends", "country_weekly_trends", "country_monthly_trends",
        "dyad_cc_index", "dyad_weekly_movers", "rejects_by_reason",
    }
    tests = [r.node.name for r in done if r.node.resource_type == "test"]
    assert len(tests) > 150
    for name in ("assert_goldstein_in_range", "assert_quad_class_matches_root", "assert_no_orphan_mentions",
                 "assert_event_mention_counts", "assert_trend_totals_agree", "assert_events_match_event_codes"):
        assert name in tests
    for prefix in ("unique_combination_dyad_daily_trends", "relationships_fct_events_cameo_code",
                   "relationships_fct_event_mentions_event_key", "unique_fct_events_event_key",
                   "accepted_values_dim_event_codes_plover_event_type", "relationships_fct_events_event_day"):
        assert any(t.startswith(prefix) for t in tests), prefix


def test_every_model_is_incremental_where_it_should_be(dbt_results) -> None:
    _, results, _ = dbt_results
    kinds = {r.node.name: r.node.config.materialized for r in results["build"].result.results if r.node.resource_type == "model"}
    for name in ("fct_event_mentions", "fct_events", "dyad_daily_trends", "dyad_weekly_trends", "dyad_monthly_trends",
                 "country_daily_trends", "country_weekly_trends", "country_monthly_trends", "dyad_cc_index", "dyad_weekly_movers"):
        assert kinds[name] == "incremental", name


def test_schemas_are_clean(dbt_results) -> None:
    db_path, _, _ = dbt_results
    rows = _query(
        db_path,
        "select table_schema, table_name, table_type from information_schema.tables "
        "where table_schema in ('seeds', 'staging', 'intermediate', 'marts') order by all",
    )
    found = {(s, t): kind for s, t, kind in rows}
    for seed in ("cameo_event_codes", "cameo_plover", "countries", "quad_classes"):
        assert found[("seeds", seed)] == "BASE TABLE"
    assert found[("staging", "stg_events")] == "VIEW"
    assert found[("intermediate", "int_event_mentions")] == "VIEW"
    assert found[("marts", "fct_events")] == "BASE TABLE"
    assert found[("marts", "dyad_daily_trends")] == "BASE TABLE"
    assert not any(s.startswith("main_") or "__dbt_tmp" in t for s, t in found)


def test_fct_event_mentions_keep_provenance(dbt_results) -> None:
    db_path, _, _ = dbt_results
    rows = _query(
        db_path,
        "select mention_id, event_key, event_day, event_day_source, story_id, outlet, url, canonical_url, "
        "is_wire_duplicate, sentence_index, confidence, rule from marts.fct_event_mentions order by mention_id",
    )
    assert len(rows) == len(EVENTS)
    by_id = {r[0]: r for r in rows}
    kyodo = by_id["e0000000000000000004"]
    assert kyodo[2:9] == (DAY, "event", "yna-20240305-001", "Kyodo", "https://english.kyodonews.net/news/2024/03/0305",
                          "https://english.kyodonews.net/news/2024/03/0305", True)
    lemonde = by_id["e0000000000000000003"]
    assert lemonde[2:4] == (DAY, "article")
    assert (lemonde[9], lemonde[10], lemonde[11]) == (0, 0.75, "fr/verbs.tsv:40")
    # the three mentions of the Tuesday meeting share one event key; the undated one has none
    assert by_id["e0000000000000000001"][1] == kyodo[1] == by_id["e0000000000000000005"][1]
    assert len(kyodo[1]) == 20
    assert by_id["e0000000000000000009"][1:3] == (None, None)


def test_fct_events_group_mentions_like_gdelt(dbt_results) -> None:
    db_path, _, _ = dbt_results
    rows = _query(
        db_path,
        "select event_day, source_actor, target_actor, cameo_code, num_mentions, num_sources, num_articles, "
        "first_seen, last_seen, round(mean_confidence, 6), event_day_source, article_id, outlet, event_label "
        "from marts.fct_events order by all",
    )
    labels = {r["code"]: r["label"] for r in _read_seed("cameo_event_codes")}
    assert rows == [
        (DAY, "JPNGOV", "KORGOV", "040", 1, 1, 1, DAY, DAY, 0.9, "event", "yna-20240305-001", "Yonhap", labels["040"]),
        (DAY, "KORGOV", "JPN", "036", 1, 1, 1, DAY, DAY, 0.75, "article", "art-3f9c2b7d1e6a4c08", "Le Monde", labels["036"]),
        # three mentions, two outlets (Yonhap, Kyodo), two stories (the wire copy counts once);
        # the first mention is the earliest publication, then the smallest article id
        (DAY, "KORGOV", "JPNGOV", "040", 3, 2, 2, DAY, NEXT_DAY, 0.8, "event", "kyodo-20240305-001", "Kyodo", labels["040"]),
        (NEXT_DAY, "KORGOV", "JPNGOV", "172", 1, 1, 1, NEXT_DAY, NEXT_DAY, 0.9, "article", "yna-20240306-002", "Yonhap", labels["172"]),
        (NEXT_DAY, "KORGOV", "JPNGOV", "173", 1, 1, 1, NEXT_DAY, NEXT_DAY, 0.9, "article", "yna-20240306-002", "Yonhap", labels["173"]),
        (NEXT_DAY, "KORGOV", "JPNGOV", "174", 1, 1, 1, NEXT_DAY, NEXT_DAY, 0.9, "article", "yna-20240306-002", "Yonhap", labels["174"]),
    ]
    # the key is stable: the same md5 a later run (or anyone) computes from the grain
    [(key,)] = _query(db_path, "select event_key from marts.fct_events where cameo_code = '036'")
    [(expected,)] = _query(db_path, "select left(md5(?), 20)", ["2024-03-05|KORGOV|KOR|GOV|JPN|JPN||036"])
    assert key == expected


def test_dyad_series_and_index(dbt_results) -> None:
    db_path, _, _ = dbt_results
    approx = pytest.approx
    assert _query(
        db_path,
        "select event_day, source_country, target_country, events, mentions, cooperation_events, conflict_events, "
        "material_conflict, sum_goldstein, mean_goldstein, material_conflict_share, cc_index "
        "from marts.dyad_daily_trends order by all",
    ) == [
        (DAY, "JPN", "KOR", 1, 1, 1, 0, 0, approx(1.0), approx(1.0), approx(0.0), approx(1.0)),
        # the meeting (040, three mentions) and the 036 offer: two events, four mentions
        (DAY, "KOR", "JPN", 2, 4, 2, 0, 0, approx(5.0), approx(2.5), approx(0.0), approx(1.0)),
        (NEXT_DAY, "KOR", "JPN", 3, 3, 0, 3, 3, approx(-15.0), approx(-5.0), approx(1.0), approx(-1.0)),
    ]
    assert _query(
        db_path,
        "select week_start, source_country, target_country, events, cooperation_events, conflict_events, "
        "sum_goldstein, mean_goldstein, cc_index from marts.dyad_weekly_trends order by all",
    ) == [
        (WEEK, "JPN", "KOR", 1, 1, 0, approx(1.0), approx(1.0), approx(1.0)),
        (WEEK, "KOR", "JPN", 5, 2, 3, approx(-10.0), approx(-2.0), approx(-0.2)),
    ]
    assert _query(
        db_path, "select month_start, source_country, target_country, events from marts.dyad_monthly_trends order by all"
    ) == [(dt.date(2024, 3, 1), "JPN", "KOR", 1), (dt.date(2024, 3, 1), "KOR", "JPN", 5)]

    rows = _query(
        db_path,
        "select event_day, events_7d, cc_index_7d, cc_index_30d, cc_index_previous_7d, cc_index_wow_change, "
        "conflict_z, is_conflict_spike, cooperation_z, is_cooperation_spike "
        "from marts.dyad_cc_index where source_country = 'KOR' and target_country = 'JPN' order by event_day",
    )
    assert rows == [
        # two cooperation events out of a flat history: z = (2 - 0) / 0.5 = 4, but fewer than 3 events
        (DAY, 2, approx(1.0), approx(1.0), None, None, approx(0.0), False, approx(4.0), False),
        # three conflict events out of nothing: z = 3 / 0.5 = 6, and 3 events: a spike
        (NEXT_DAY, 5, approx(-0.2), approx(-0.2), None, None, approx(6.0), True, approx((0 - 2 / 90) / 0.5), False),
    ]


def test_country_series_count_sent_and_received(dbt_results) -> None:
    db_path, _, _ = dbt_results
    assert _query(
        db_path,
        "select event_day, country, direction, events, cc_index from marts.country_daily_trends order by all",
    ) == [
        (DAY, "JPN", "received", 2, pytest.approx(1.0)),
        (DAY, "JPN", "sent", 1, pytest.approx(1.0)),
        (DAY, "KOR", "received", 1, pytest.approx(1.0)),
        (DAY, "KOR", "sent", 2, pytest.approx(1.0)),
        (NEXT_DAY, "JPN", "received", 3, pytest.approx(-1.0)),
        (NEXT_DAY, "KOR", "sent", 3, pytest.approx(-1.0)),
    ]
    assert _query(
        db_path, "select week_start, country, direction, events from marts.country_weekly_trends where country = 'KOR' order by all"
    ) == [(WEEK, "KOR", "received", 1), (WEEK, "KOR", "sent", 5)]


def test_weekly_movers(dbt_results) -> None:
    db_path, _, _ = dbt_results
    # JPN -> KOR has a single event over the two weeks (fewer than movers_min_events)
    assert _query(
        db_path,
        "select week_start, mover_rank, source_country, target_country, direction, events, previous_events, "
        "goldstein_change, cc_index, previous_cc_index from marts.dyad_weekly_movers order by all",
    ) == [(WEEK, 1, "KOR", "JPN", "conflict", 5, 0, pytest.approx(-10.0), pytest.approx(-0.2), None)]


def test_dimensions_and_operator_marts(dbt_results) -> None:
    db_path, _, _ = dbt_results
    [(n_codes, code_type)] = _query(db_path, "select count(*), any_value(typeof(code)) from marts.dim_event_codes")
    assert n_codes == len(_read_seed("cameo_event_codes"))
    assert code_type == "VARCHAR"
    assert _query(
        db_path,
        "select code, root, quad_class, quad_class_key, goldstein, code_level, plover_event_type "
        "from marts.dim_event_codes where code in ('010', '036', '040', '172') order by code",
    ) == [
        ("010", "01", 1, "verbal_cooperation", 0.0, 2, None),
        ("036", "03", 1, "verbal_cooperation", 4.0, 2, "AGREE"),
        ("040", "04", 1, "verbal_cooperation", 1.0, 2, "CONSULT"),
        ("172", "17", 4, "material_conflict", -5.0, 2, "COERCE"),
    ]
    assert _query(
        db_path,
        "select code, kind, is_state, iso_alpha2, iso_numeric, region from marts.dim_countries "
        "where code in ('KOR', 'UNO') order by code",
    ) == [("KOR", "state", True, "KR", "410", "Asia"), ("UNO", "organization", False, None, None, None)]
    # empty CSV cells load as nulls, not empty strings
    assert _query(
        db_path, "select count(*) filter (where role is null), count(*) filter (where role = '') "
        "from marts.dim_countries where kind = 'state'"
    ) == [(len([r for r in _read_seed("countries") if r["kind"] == "state"]), 0)]
    # the calendar covers 2024 from the Monday of the week of 1 January
    assert _query(db_path, "select min(date_day), max(date_day), count(*) from marts.dim_dates") == [
        (dt.date(2024, 1, 1), dt.date(2024, 12, 31), 366)
    ]
    assert _query(
        db_path, "select week_start, month_start, iso_week, iso_day_of_week, day_name, is_weekend from marts.dim_dates where date_day = ?", [DAY]
    ) == [(WEEK, dt.date(2024, 3, 1), 10, 2, "Tuesday", False)]
    assert _query(db_path, "select reason, records from marts.rejects_by_reason") == [("duplicate", 1)]
    assert _query(db_path, "select source_file, records from staging.stg_ingested_files") == [("2024-03-05/yonhap.jsonl", 2)]


# --------------------------------------------------------------------------- documentation


def test_dbt_docs_generate_works(dbt_results) -> None:
    _, results, target = dbt_results
    assert "docs" in results, "dbt build failed"
    assert results["docs"].success, _bench().dbt_failures(results["docs"])
    catalog = json.loads((target / "catalog.json").read_text())
    assert "model.eventpipe.fct_events" in catalog["nodes"]
    assert (target / "index.html").exists()


def test_every_model_seed_and_column_is_described_and_documented_columns_exist(dbt_results) -> None:
    _, results, target = dbt_results
    manifest = json.loads((target / "manifest.json").read_text())
    catalog = json.loads((target / "catalog.json").read_text())
    problems = []
    for uid, node in manifest["nodes"].items():
        if node["resource_type"] not in ("model", "seed") or node["package_name"] != "eventpipe":
            continue
        if not node["description"].strip():
            problems.append(f"{uid}: no description")
        documented = {name.lower(): col for name, col in node["columns"].items()}
        for name, col in documented.items():
            if not col["description"].strip():
                problems.append(f"{uid}.{name}: no description")
        actual = {name.lower() for name in catalog["nodes"][uid]["columns"]}
        if set(documented) != actual:
            problems.append(f"{uid}: documented {sorted(set(documented) - actual)} not in the table, "
                            f"undocumented {sorted(actual - set(documented))}")
    for uid, source in manifest["sources"].items():
        if not source["description"].strip():
            problems.append(f"{uid}: no description")
    assert problems == []


def test_every_model_file_has_a_yml_file() -> None:
    for sql in (DBT_PROJECT_DIR / "models").rglob("*.sql"):
        ymls = list(sql.parent.glob("*.yml"))
        names = {m["name"] for y in ymls for m in (yaml.safe_load(y.read_text()) or {}).get("models", [])}
        assert sql.stem in names, f"{sql} has no entry in a .yml beside it"
