"""The measures behind the asset checks, on small warehouses built for each case."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from orchestration import parallel, pipeline, quality, warehouse
from orchestration.errors import StageError

DAY0 = dt.date(2025, 5, 1)


def _add_day(con, day: dt.date, events: int, language: str = "en", articles: int = 1) -> None:
    """`articles` articles published on `day`; the first carries `events` events."""
    for a in range(articles):
        article_id = f"a-{day.isoformat()}-{a}"
        text = f"Article {a} of {day}."
        con.execute(
            "insert into raw.articles (article_id, text, published, date_precision, language, language_source, text_hash, source_file, ingested_at) "
            "values (?, ?, ?, 'day', ?, 'record', ?, 'test.jsonl', now())",
            [article_id, text, day, language, hashlib.sha256(text.encode()).hexdigest()],
        )
        n = events if a == 0 else 0
        con.execute("create table if not exists raw.coded_articles (article_id varchar primary key, text_hash varchar, language varchar, "
                    "published date, date_precision varchar, coder_key varchar, events integer, coded_at timestamp)")
        con.execute("insert into raw.coded_articles values (?, '', ?, ?, 'day', 'k', ?, now())", [article_id, language, day, n])
        for i in range(n):
            con.execute(
                "insert into raw.events (event_id, article_id, sentence_index, sentence, source_country, target_country, cameo_code, root, "
                "quad_class, goldstein, language, confidence, rule, coder_version, trigger_start, trigger_end, coded_at) "
                "values (?, ?, ?, 'X met Y.', 'FRA', 'DEU', '040', '04', 1, 1.0, ?, 0.9, 'verbs.tsv:1', 't', 0, 3, now())",
                [f"e-{article_id}-{i}", article_id, i, language],
            )


@pytest.fixture()
def con(tmp_path):
    connection = warehouse.connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


def test_row_count_anomaly_flags_a_silent_day_against_four_weeks(con):
    for offset in range(28):
        _add_day(con, DAY0 + dt.timedelta(days=offset), events=10 + offset % 3)
    today = DAY0 + dt.timedelta(days=28)
    _add_day(con, today, events=0)
    verdict = quality.row_count_anomaly(con, today, today)
    assert not verdict.passed
    assert verdict.numbers["anomalous_days"] == 1 and verdict.table[0]["day"] == today.isoformat()
    assert verdict.table[0]["trailing_mean"] == pytest.approx(10.96, abs=0.1)


def test_row_count_anomaly_passes_an_ordinary_day_and_says_when_history_is_short(con):
    for offset in range(29):
        _add_day(con, DAY0 + dt.timedelta(days=offset), events=10 + offset % 3)
    last = DAY0 + dt.timedelta(days=28)
    assert quality.row_count_anomaly(con, last, last).passed
    short = quality.row_count_anomaly(con, DAY0 + dt.timedelta(days=3), DAY0 + dt.timedelta(days=3))
    assert short.passed and "not enough history" in short.summary and short.numbers["days_judged"] == 0


def test_row_count_anomaly_judges_every_day_of_a_backfill_window(con):
    for offset in range(40):
        _add_day(con, DAY0 + dt.timedelta(days=offset), events=0 if offset == 33 else 12)
    verdict = quality.row_count_anomaly(con, DAY0 + dt.timedelta(days=30), DAY0 + dt.timedelta(days=39))
    assert not verdict.passed
    assert [row["day"] for row in verdict.table] == [(DAY0 + dt.timedelta(days=33)).isoformat()]


def test_coder_coverage_fails_a_supported_language_that_stopped_matching_and_ignores_others(con):
    _add_day(con, DAY0, events=2, language="en", articles=6)  # 1 of 6 en articles coded: 17%
    _add_day(con, DAY0 + dt.timedelta(days=1), events=0, language="ru", articles=9)
    verdict = quality.coder_coverage(con, DAY0, DAY0 + dt.timedelta(days=1), min_share=0.2)
    assert not verdict.passed and "en 17% of 6" in verdict.summary
    by_language = {row["language"]: row for row in verdict.table}
    assert by_language["ru"]["coded"].startswith("no")
    assert quality.coder_coverage(con, DAY0, DAY0 + dt.timedelta(days=1), min_share=0.1).passed


def test_reject_share_against_threshold():
    assert not quality.reject_share(100, 12, {"invalid_json": 12}, threshold=0.1).passed
    passed = quality.reject_share(100, 3, {"invalid_json": 2, "empty_text": 1}, threshold=0.1)
    assert passed.passed and passed.numbers["reject_share"] == 0.03 and passed.table[0] == {"reason": "invalid_json", "records": 2}
    assert quality.reject_share(0, 0, {}).passed


def test_contract_of_a_window_checks_only_its_rows_and_names_the_failed_checks(con):
    # the hand-made events above break the contract: ids not sha256 prefixes, no source actor
    _add_day(con, DAY0, events=3)
    _add_day(con, DAY0 + dt.timedelta(days=1), events=2)
    verdict = quality.events_contract(con, DAY0, DAY0)
    assert not verdict.passed and verdict.numbers["rows_checked"] == 3
    assert "event_id" in verdict.summary and "str_matches" in verdict.summary
    assert quality.events_contract(con, DAY0 + dt.timedelta(days=5), DAY0 + dt.timedelta(days=6)).passed


def test_partition_days_and_ranges(con):
    for day in (DAY0, DAY0 + dt.timedelta(days=2), DAY0 + dt.timedelta(days=30)):
        _add_day(con, day, events=1)
    days = pipeline.partition_days(con)
    assert days == [DAY0, DAY0 + dt.timedelta(days=2), DAY0 + dt.timedelta(days=30)]
    assert pipeline.day_ranges(days, max_gap_days=7) == [(DAY0, DAY0 + dt.timedelta(days=2)), (DAY0 + dt.timedelta(days=30),) * 2]
    assert pipeline.day_ranges(days, max_gap_days=31) == [(DAY0, DAY0 + dt.timedelta(days=30))]


def test_code_articles_in_a_window_codes_only_that_window(con):
    text = "Le président français Emmanuel Macron a rencontré le chancelier allemand à Berlin."
    for day in (DAY0, DAY0 + dt.timedelta(days=1)):
        con.execute(
            "insert into raw.articles (article_id, text, published, date_precision, language, language_source, text_hash, source_file, ingested_at) "
            "values (?, ?, ?, 'day', 'fr', 'record', ?, 'test.jsonl', now())",
            [f"fr-{day}", text, day, hashlib.sha256((text + str(day)).encode()).hexdigest()],
        )
    first = pipeline.code_articles(con, workers=1, window=(DAY0, DAY0))
    assert first.articles_coded == 1
    assert con.execute("select distinct article_id from raw.events").fetchall() == [(f"fr-{DAY0}",)]
    again = pipeline.code_articles(con, workers=1, window=(DAY0, DAY0))
    assert again.articles_coded == 0 and again.articles_unchanged == 1
    recoded = pipeline.code_articles(con, workers=1, window=(DAY0, DAY0), recode=True)
    assert recoded.articles_coded == 1 and recoded.events == first.events


class _BrokenCoder:
    def code_article(self, article_id, *args):
        raise ValueError("dictionary state corrupted")


def test_a_coding_failure_names_the_article():
    rows = [("art-1", "Some text.", "en", None, None)]
    with pytest.raises(StageError) as raised:
        parallel.code_rows(rows, ("event_id",), _BrokenCoder())
    assert raised.value.subject == "coding article art-1" and "dictionary state corrupted" in str(raised.value)
