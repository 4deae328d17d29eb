"""code_articles: streamed in batches, coded in worker processes, incremental.

The events must not depend on the number of workers or the batch size, and a second run over
the same articles must leave every table as it was."""

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from orchestration import parallel, pipeline, warehouse

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "data" / "samples"


def sample_articles() -> list[dict]:
    records = []
    for line in (SAMPLES / "wire-2025-03.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and record.get("text") and record.get("language") and record.get("id"):
            records.append(record)
    return records


def store(con, records: list[dict]) -> None:
    rows = []
    for r in records:
        published = r.get("published", "")
        rows.append({
            "article_id": r["id"], "title": r.get("title"), "text": r["text"],
            "published": dt.date.fromisoformat(published[:10]) if len(published) >= 10 else None,
            "date_precision": "day" if len(published) >= 10 else None, "language": r["language"],
            "language_source": "record", "url": None, "source": None,
            "text_hash": hashlib.sha256(r["text"].encode()).hexdigest(), "source_file": "t.jsonl",
            "source_line": 1, "ingested_at": pd.Timestamp("2025-03-01"),
        })
    warehouse.upsert(con, "raw.articles", pd.DataFrame(rows))


def events(con) -> pd.DataFrame:
    return con.execute("select * exclude (coded_at) from raw.events order by event_id").df()


def ledger(con) -> list[tuple]:
    return con.execute("select * exclude (coded_at) from raw.coded_articles order by article_id").fetchall()


@pytest.fixture()
def articles() -> list[dict]:
    records = sample_articles()
    assert len({r["language"] for r in records}) >= 4
    return records


@pytest.fixture()
def small_chunks(monkeypatch):
    """Several chunks and batches even on a handful of articles; workers even below the threshold."""
    monkeypatch.setattr(pipeline, "CODING_CHUNK", 2)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 0)


def test_events_are_the_same_with_one_or_two_workers_and_any_batch_size(tmp_path, articles, small_chunks):
    results = {}
    frames = {}
    for workers, batch in ((1, 10_000), (1, 3), (2, 5)):
        con = warehouse.connect(tmp_path / f"w{workers}-{batch}.duckdb")
        store(con, articles)
        results[workers, batch] = pipeline.code_articles(con, workers=workers, batch_size=batch)
        frames[workers, batch] = events(con)
        con.close()
    reference = frames[1, 10_000]
    assert len(reference) > 10
    for key, frame in frames.items():
        pd.testing.assert_frame_equal(reference, frame, obj=str(key))
        assert results[key].events == len(reference)
        assert results[key].articles_coded == len(articles)
        assert results[key].events_by_root == results[1, 10_000].events_by_root


def test_default_workers_follow_the_environment(monkeypatch):
    monkeypatch.setenv("EVENTPIPE_WORKERS", "1")
    assert parallel.default_workers() == 1
    monkeypatch.delenv("EVENTPIPE_WORKERS")
    assert 1 <= parallel.default_workers() <= parallel.MAX_WORKERS


def test_a_second_run_codes_nothing_and_changes_nothing(tmp_path, articles):
    con = warehouse.connect(tmp_path / "w.duckdb")
    store(con, articles)
    first = pipeline.code_articles(con, workers=1)
    before = con.execute("select * from raw.events order by event_id").df()
    ledger_before = con.execute("select * from raw.coded_articles order by article_id").df()
    second = pipeline.code_articles(con, workers=1)
    assert first.articles_coded == len(articles) and second.articles_coded == 0
    assert second.articles_unchanged == len(articles) and second.events == 0
    # identical, coded_at included: nothing was rewritten
    pd.testing.assert_frame_equal(before, con.execute("select * from raw.events order by event_id").df())
    pd.testing.assert_frame_equal(ledger_before, con.execute("select * from raw.coded_articles order by article_id").df())
    con.close()


def test_only_changed_new_or_recoded_articles_are_coded(tmp_path, articles, monkeypatch):
    con = warehouse.connect(tmp_path / "w.duckdb")
    base, later = articles[:-2], articles[-2:]
    store(con, base)
    pipeline.code_articles(con, workers=1)
    full = events(con)

    # a new day: only the new articles are coded
    store(con, later)
    result = pipeline.code_articles(con, workers=1)
    assert result.articles_coded == len(later) and result.articles_unchanged == len(base)

    # a changed text replaces that article's events only
    changed = dict(base[0], text="France condemned Russia on Monday.", language="en")
    store(con, [changed])
    result = pipeline.code_articles(con, workers=1)
    assert result.articles_coded == 1
    mine = con.execute("select cameo_code, source_actor, target_actor from raw.events where article_id = ?", [changed["id"]]).fetchall()
    assert [(code[:2], s, t) for code, s, t in mine] == [("11", "FRA", "RUS")]
    assert set(events(con)["article_id"]) >= set(full["article_id"]) - {changed["id"]}

    # an article gone from the warehouse takes its events and ledger row with it
    con.execute("delete from raw.articles where article_id = ?", [changed["id"]])
    pipeline.code_articles(con, workers=1)
    assert con.execute("select count(*) from raw.events where article_id = ?", [changed["id"]]).fetchall() == [(0,)]
    assert changed["id"] not in {row[0] for row in ledger(con)}

    # recode=True codes everything again, with the same result
    store(con, [base[0]])
    pipeline.code_articles(con, workers=1)
    settled = events(con)
    result = pipeline.code_articles(con, workers=1, recode=True)
    assert result.articles_coded == len(articles) and result.articles_unchanged == 0
    pd.testing.assert_frame_equal(settled, events(con))

    # another coder (version or dictionaries) recodes everything
    monkeypatch.setattr(parallel, "coder_key", lambda: "other-coder")
    assert pipeline.code_articles(con, workers=1).articles_coded == len(articles)
    assert {row[5] for row in ledger(con)} == {"other-coder"}
    pd.testing.assert_frame_equal(settled, events(con))
    con.close()


def test_events_written_before_the_ledger_existed_are_replaced(tmp_path, articles):
    con = warehouse.connect(tmp_path / "w.duckdb")
    store(con, articles[:3])
    pipeline.code_articles(con, workers=1)
    expected = events(con)
    con.execute("drop table raw.coded_articles")  # a warehouse from before incremental coding
    result = pipeline.code_articles(con, workers=1)
    assert result.articles_coded == 3
    pd.testing.assert_frame_equal(expected, events(con))
    con.close()


OWNER_SCRIPT = """
import os, sys, time
sys.path.insert(0, {repo!r})
from orchestration.parallel import CodingPool, code_rows
if __name__ == "__main__":
    with CodingPool(2) as pool:
        futures = [pool.pool.submit(os.getpid) for _ in range(8)]
        print(" ".join(str(p) for p in sorted({{f.result() for f in futures}})), flush=True)
        time.sleep(600)
"""


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its parent to reap it has exited)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_workers_exit_when_the_process_owning_their_pool_is_killed(tmp_path):
    """A killed `eventpipe run` must not leave coding workers behind, waiting for ever."""
    script = tmp_path / "owner.py"
    script.write_text(OWNER_SCRIPT.format(repo=str(REPO)))
    owner = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(p) for p in owner.stdout.readline().split()]
        assert workers and all(_alive(p) for p in workers)
    finally:
        owner.kill()
        owner.wait()
    deadline = time.monotonic() + 30
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not any(_alive(p) for p in workers)
