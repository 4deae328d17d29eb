"""The pipeline stages without Dagster: accounting, idempotency, quarantine."""

import shutil
from pathlib import Path

import pandas as pd

from orchestration import pipeline, warehouse
from orchestration.schemas import EventModel, split_valid

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


def table_counts(con):
    return {t: con.execute(f"select count(*) from raw.{t}").fetchall()[0][0] for t in ("articles", "rejected_records", "events", "quarantine")}


def test_every_record_is_accounted_for_and_a_second_run_changes_nothing(tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    con = warehouse.connect(tmp_path / "w.duckdb")
    first = pipeline.ingest_inbox(con, inbox)
    coded = pipeline.code_articles(con)
    assert first.records_read == first.ingested + first.duplicates + first.rejected
    counts = table_counts(con)
    assert counts["articles"] + counts["rejected_records"] == first.records_read
    events = con.execute("select * from raw.events order by event_id").df()

    second = pipeline.ingest_inbox(con, inbox)
    pipeline.code_articles(con)
    assert second.records_read == first.records_read
    assert table_counts(con) == counts
    again = con.execute("select * from raw.events order by event_id").df()
    pd.testing.assert_frame_equal(events.drop(columns="coded_at"), again.drop(columns="coded_at"))
    assert coded.events == counts["events"] > 0
    con.close()


def test_a_copy_of_a_stored_text_under_a_new_id_is_a_duplicate(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.jsonl").write_text('{"id": "a1", "text": "France condemned Russia.", "published": "2025-01-02"}\n', encoding="utf-8")
    con = warehouse.connect(tmp_path / "w.duckdb")
    pipeline.ingest_inbox(con, inbox)
    (inbox / "b.jsonl").write_text('{"id": "b1", "text": "France condemned Russia.", "published": "2025-01-02"}\n', encoding="utf-8")
    result = pipeline.ingest_inbox(con, inbox)
    assert result.duplicates == 1
    assert con.execute("select duplicate_of from raw.rejected_records where reason = 'duplicate'").fetchall() == [("a1",)]
    assert con.execute("select count(*) from raw.articles").fetchall()[0][0] == 1
    con.close()


def test_events_breaking_the_contract_are_quarantined_with_the_failed_check():
    good = {
        "event_id": "0" * 20, "article_id": "a", "sentence_index": 0, "sentence": "x", "source_actor": "FRAGOV",
        "source_country": "FRA", "source_role": "GOV", "target_actor": "RUS", "target_country": "RUS", "target_role": None,
        "cameo_code": "111", "root": "11", "quad_class": 3, "goldstein": -2.0, "event_date": None, "language": "en",
        "confidence": 0.9, "rule": "en/verbs.tsv:1", "coder_version": "t", "source_start": 0, "source_end": 1,
        "target_start": None, "target_end": None, "trigger_start": 0, "trigger_end": 1,
    }
    bad = dict(good, event_id="1" * 20, quad_class=4)  # 111 is verbal conflict (3)
    valid, quarantined = split_valid(pd.DataFrame([good, bad]), EventModel, "event_id")
    assert list(valid["event_id"]) == ["0" * 20]
    assert list(quarantined["record_id"]) == ["1" * 20]
    assert "quad_class_matches_code_table" in quarantined["failed_check"].iloc[0]
