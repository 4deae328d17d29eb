"""Ingest into the warehouse: the ledger of files read, changed files, deduplication across
runs, fetched feeds that accumulate, parallel reading, and a run killed with SIGKILL."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import duckdb
import pytest

from orchestration import pipeline, warehouse
from orchestration.ingest.sources import parse_config

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
TODAY = date(2025, 6, 1)
ENGLISH = ("South Korea's foreign minister met his Japanese counterpart in Tokyo on Tuesday "
           "to discuss North Korea's missile programme and regional security.")
STORY = ("Armed men attacked a border post in northern Benin on Thursday, killing six soldiers, the "
         "Beninese army said. The government in Porto-Novo blamed militants operating from neighbouring "
         "Burkina Faso and called for closer security cooperation in the region. Burkina Faso's government "
         "denied that its territory had been used to prepare the attack. The African Union condemned the "
         "attack and offered its condolences to the families of the victims.")


def record(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


def write_jsonl(path: Path, records: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return path


def rows(con, table: str, drop: tuple[str, ...] = ("ingested_at", "rejected_at")) -> list[tuple]:
    columns = [c for (c,) in con.execute(
        "select column_name from information_schema.columns where table_schema = 'raw' and table_name = ? order by ordinal_position",
        [table]).fetchall() if c not in drop]
    return sorted(con.execute(f"select {', '.join(columns)} from raw.{table}").fetchall(), key=repr)


def count(con, sql: str) -> int:
    return con.execute(sql).fetchall()[0][0]


def assert_accounted(result: pipeline.IngestResult, con=None) -> None:
    assert result.records_read == result.ingested + result.duplicates + result.rejected
    if con is not None:  # and the warehouse holds exactly what was read
        assert count(con, "select count(*) from raw.articles") == result.ingested
        assert count(con, "select count(*) from raw.rejected_records") == result.duplicates + result.rejected
        assert count(con, "select coalesce(sum(records), 0) from raw.ingested_files") == result.records_read


@pytest.fixture
def con(tmp_path):
    connection = warehouse.connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


# --- the sample inbox, twice ------------------------------------------------------------------

def test_samples_then_a_rerun_that_reads_nothing(tmp_path, con):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    first = pipeline.ingest_inbox(con, inbox, sources=parse_config({}))
    assert (first.files_read, first.records_read, first.ingested, first.duplicates) == (7, 31, 26, 3)
    assert first.rejected_by_reason == {"empty_text": 1, "invalid_json": 1}
    assert (first.near_duplicates, first.summaries, first.files_skipped) == (1, 2, 0)
    assert_accounted(first, con)
    ledger = dict(con.execute("select source_file, content_hash from raw.ingested_files").fetchall())
    assert ledger["wire-2025-03.jsonl"] == hashlib.sha256((inbox / "wire-2025-03.jsonl").read_bytes()).hexdigest()
    assert count(con, "select records from raw.ingested_files where source_file = 'wire-2025-03.jsonl'") == 19
    assert count(con, "select count(*) from raw.articles where duplicate_of = 'wire-en-05'") == 1
    before = rows(con, "articles", drop=())

    events = []
    second = pipeline.ingest_inbox(con, inbox, sources=parse_config({}), progress=lambda *e: events.append(e))
    assert {e[0] for e in events} == {"skip"}  # nothing read, nothing written
    assert (second.files_read, second.records_read, second.ingested, second.duplicates) == (7, 31, 26, 3)
    assert second.rejected_by_reason == first.rejected_by_reason
    assert (second.files_skipped, second.records_skipped, second.near_duplicates, second.summaries) == (7, 31, 1, 2)
    assert rows(con, "articles", drop=()) == before  # ingested_at included: untouched


# --- changed files ------------------------------------------------------------------------------

def test_a_changed_file_is_read_again_and_replaces_its_rows(tmp_path, con):
    inbox = tmp_path / "inbox"
    wire = write_jsonl(inbox / "wire.jsonl", [
        record(id="a", published="2025-01-14", text=ENGLISH),
        "{broken",
        record(id="b", published="2025-01-15", text="Japan and South Korea agreed to share missile warning data in real time."),
        record(id="c", published="2025-01-16", text="France condemned the attack on a humanitarian convoy in eastern Congo."),
    ])
    other = write_jsonl(inbox / "other.jsonl", [record(id="o", published="2025-01-14", text="Egypt and Sudan discussed the Nile dam.")])
    first = pipeline.ingest_inbox(con, inbox, today=TODAY)
    assert (first.ingested, first.rejected_by_reason) == (4, {"invalid_json": 1})
    other_ingested_at = count(con, "select ingested_at from raw.articles where article_id = 'o'")

    write_jsonl(wire, [
        record(id="a", published="2025-01-14", text=ENGLISH),  # unchanged
        record(id="fixed", published="2025-01-14", text="The broken line, repaired: Chile and Peru signed a mining accord."),
        record(id="b", published="2025-01-15", text="Japan and South Korea agreed to share missile warning data, officials said."),  # corrected
        # c removed
        record(id="d", published="2025-01-17", text="Kenya and Ethiopia reopened two border crossings on Monday."),
    ])
    second = pipeline.ingest_inbox(con, inbox, today=TODAY)
    assert (second.files_skipped, second.records_read, second.ingested, second.rejected) == (1, 5, 5, 0)
    assert_accounted(second, con)
    ids = {i for (i,) in con.execute("select article_id from raw.articles").fetchall()}
    assert ids == {"a", "fixed", "b", "d", "o"}
    assert "officials said" in count(con, "select text from raw.articles where article_id = 'b'")
    assert count(con, "select count(*) from raw.rejected_records") == 0  # the fixed line's reject is gone
    assert count(con, "select ingested_at from raw.articles where article_id = 'o'") == other_ingested_at
    assert count(con, "select records from raw.ingested_files where source_file = 'wire.jsonl'") == 4
    del other


def test_files_pointing_at_articles_that_vanish_are_read_again(tmp_path, con):
    inbox = tmp_path / "inbox"
    first_file = write_jsonl(inbox / "a-first.jsonl", [record(id="x", published="2025-03-21", text=STORY, url="https://example.org/x")])
    write_jsonl(inbox / "b-copies.jsonl", [
        record(id="copy", published="2025-03-21", text=STORY),  # same text -> duplicate of x
        record(id="wire", published="2025-03-22", text="COTONOU (Wire) - " + STORY),  # wire copy -> duplicate_of x
        record(id="same-url", published="2025-03-21", text=ENGLISH, url="https://EXAMPLE.org/x?utm_source=a"),  # same URL
    ])
    first = pipeline.ingest_inbox(con, inbox, today=TODAY)
    assert (first.ingested, first.duplicates, first.near_duplicates) == (2, 2, 1)
    assert count(con, "select duplicate_of from raw.articles where article_id = 'wire'") == "x"

    write_jsonl(first_file, [record(id="y", published="2025-01-02", text=ENGLISH.replace("Tokyo", "Seoul"))])  # x is gone
    second = pipeline.ingest_inbox(con, inbox, today=TODAY)
    assert_accounted(second, con)
    assert second.files_skipped == 0  # b-copies.jsonl was read again: its rows pointed at x
    stored = dict(con.execute("select article_id, duplicate_of from raw.articles").fetchall())
    assert stored == {"y": None, "copy": None, "wire": "copy", "same-url": None}
    assert count(con, "select count(*) from raw.rejected_records") == 0


# --- deduplication across runs -----------------------------------------------------------------

def test_near_duplicates_and_urls_across_runs(tmp_path, con):
    inbox = tmp_path / "inbox"
    write_jsonl(inbox / "day1.jsonl", [record(id="orig", published="2025-03-21", text=STORY, url="https://example.org/orig")])
    pipeline.ingest_inbox(con, inbox, today=TODAY)
    write_jsonl(inbox / "day2.jsonl", [
        record(id="copy1", published="2025-03-22", text="COTONOU (Wire) - " + STORY.replace("six soldiers", "6 soldiers")),
        record(id="late", published="2025-04-15", text="COTONOU (Wire) - " + STORY),  # 3+ weeks later: another story
        record(id="repost", published="2025-03-22", text=ENGLISH, url="https://example.org/orig/#top"),
        record(id="other", published="2025-03-22", text=ENGLISH.replace("Tokyo", "Osaka") + " More."),
    ])
    result = pipeline.ingest_inbox(con, inbox, today=TODAY)
    links = dict(con.execute("select article_id, duplicate_of from raw.articles").fetchall())
    assert links == {"orig": None, "copy1": "orig", "late": None, "other": None}
    assert con.execute("select reason, duplicate_of from raw.rejected_records").fetchall() == [("duplicate", "orig")]
    assert (result.near_duplicates, result.duplicates, result.files_skipped) == (1, 1, 1)


def test_a_full_page_after_its_feed_summary_is_kept_and_linked(tmp_path, con):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "feed.rss").write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><guid>s1</guid><link>https://example.org/benin?utm_source=rss</link><pubDate>Fri, 21 Mar 2025 10:00:00 +0000</pubDate>
<description>Six soldiers were killed in an attack on a border post in northern Benin.</description></item></channel></rss>""", encoding="utf-8")
    pipeline.ingest_inbox(con, inbox, today=TODAY)
    (inbox / "benin.html").write_text(f"""<html><head><link rel="canonical" href="https://example.org/benin">
<meta property="article:published_time" content="2025-03-21"></head><body><article><p>{STORY}</p></article></body></html>""", encoding="utf-8")
    pipeline.ingest_inbox(con, inbox, today=TODAY)
    stored = {r[0]: r[1:] for r in con.execute("select article_id, duplicate_of, is_summary from raw.articles").fetchall()}
    assert stored == {"s1": (None, True), "benin": ("s1", False)}


def test_evicting_the_deduplicators_maps_gives_the_same_rows(tmp_path, monkeypatch):
    """At scale the deduplicator keeps stored and written articles only as fingerprints and
    looks hits up in the warehouse; flushing every 3 rows and evicting at every flush must
    judge every kind of duplicate exactly as keeping everything in memory does."""
    from orchestration.ingest import inbox as inbox_module

    def day_file(day: int, offset: int) -> list[str]:
        places = ["Cairo", "Lima", "Accra", "Hanoi", "Dakar"]
        return [record(id=f"a{offset + n}", published=f"2025-03-{day:02d}", url=f"https://example.org/{offset + n}",
                       text=f"The foreign minister of country {offset + n} met officials in {places[n % 5]} on Tuesday "
                            f"to discuss trade, border security and a water treaty, statement {offset + n} said.")
                for n in range(8)]

    first = day_file(20, 0) + [
        record(id="x", published="2025-03-21", text=STORY, url="https://example.org/x"),
        record(id="same-text", published="2025-03-21", text=STORY),
        record(id="a1", published="2025-03-21", text=ENGLISH),  # conflicting id
        record(id="wire", published="2025-03-22", text="COTONOU (Wire) - " + STORY),
    ]
    second = day_file(21, 100) + [
        record(id="same-url", published="2025-03-21", text=ENGLISH, url="https://EXAMPLE.org/x?utm_source=a"),
        record(id="again", published="2025-03-20", text=json.loads(first[3])["text"]),  # text of a3, stored
        record(id="a103", published="2025-03-21", text=ENGLISH + " Later."),  # id written earlier in this run
        record(id="wire2", published="2025-03-22", text="LOME (Wire) - " + STORY),
        day_file(21, 100)[2],  # the same record twice in one file
    ]
    outcomes = {}
    for mode in ("kept", "evicted"):
        if mode == "evicted":
            monkeypatch.setattr(inbox_module, "EVICT_AFTER", 0)
        inbox = tmp_path / mode / "inbox"
        write_jsonl(inbox / "day1.jsonl", first)
        connection = warehouse.connect(tmp_path / mode / "w.duckdb")
        batch = 3 if mode == "evicted" else 2000
        results = [pipeline.ingest_inbox(connection, inbox, today=TODAY, batch_size=batch)]
        write_jsonl(inbox / "day2.jsonl", second)
        results.append(pipeline.ingest_inbox(connection, inbox, today=TODAY, batch_size=batch))
        outcomes[mode] = (results, rows(connection, "articles"), rows(connection, "rejected_records"))
        connection.close()
    assert outcomes["evicted"] == outcomes["kept"]
    connection = warehouse.connect(tmp_path / "evicted" / "w.duckdb")
    judged = connection.execute("select source_file, source_line, reason, duplicate_of from raw.rejected_records "
                                "order by source_file, source_line").fetchall()
    links = dict(connection.execute("select article_id, duplicate_of from raw.articles where duplicate_of is not null").fetchall())
    connection.close()
    assert judged == [
        ("day1.jsonl", 10, "duplicate", "x"),  # same text, same run
        ("day1.jsonl", 11, "conflicting_id", None),  # id of an article of the same run
        ("day2.jsonl", 9, "duplicate", "x"),  # URL of a stored article
        ("day2.jsonl", 10, "duplicate", "a3"),  # text of a stored article
        ("day2.jsonl", 11, "conflicting_id", None),  # id written earlier in this run (then evicted)
        ("day2.jsonl", 13, "duplicate", "a102"),  # the same record twice in one file
    ]
    assert links == {"wire": "x", "wire2": "x"}  # wire copies, within a run and across runs


# --- feeds fetched from URLs accumulate ---------------------------------------------------------

def feed(*items: tuple[str, str]) -> bytes:
    body = "".join(f"<item><guid isPermaLink=\"false\">{guid}</guid><link>https://example.org/{guid}</link>"
                   f"<pubDate>Fri, 21 Mar 2025 10:00:00 +0000</pubDate><description>{text}</description></item>"
                   for guid, text in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Live</title>{body}</channel></rss>'.encode()


def test_a_fetched_feed_keeps_items_that_left_it_and_updates_changed_ones(tmp_path, con):
    state = {"body": feed(("a", "Chile and Peru signed a mining accord in Lima on Thursday."),
                          ("b", "Ghana and Togo will hold talks on customs delays next week."))}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.end_headers()
            self.wfile.write(state["body"])

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/live.rss"
        config = parse_config({"feeds": [{"url": url}]})
        inbox = tmp_path / "inbox"
        inbox.mkdir()
        first = pipeline.ingest_inbox(con, inbox, sources=config, today=TODAY)
        assert (first.files_read, first.ingested) == (1, 2)
        assert pipeline.ingest_inbox(con, inbox, sources=config, today=TODAY).files_skipped == 1  # same bytes
        state["body"] = feed(("b", "Ghana and Togo will hold talks on customs delays at the Aflao crossing next week."),
                             ("c", "Austria and Slovenia agreed on closer cooperation on energy supplies."))
        third = pipeline.ingest_inbox(con, inbox, sources=config, today=TODAY, batch_size=1)  # upserts across flushes
        assert third.records_read == 3 and third.ingested == 3  # the feed has given a, b (new text), c
        assert third.files_skipped == 0 and count(con, "select records from raw.ingested_files") == 2
        stored = dict(con.execute("select article_id, text from raw.articles").fetchall())
        assert set(stored) == {"a", "b", "c"} and "Aflao" in stored["b"]
        assert count(con, "select count(*) from raw.rejected_records") == 0
    finally:
        server.shutdown()
        server.server_close()


# --- reading pages in worker processes gives the same warehouse --------------------------------

def test_parallel_reading_of_pages_gives_the_same_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_DOCUMENTS", 64)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    places = ["Cairo", "Lima", "Accra", "Hanoi", "Dakar", "Quito", "Oslo", "Riga"]
    for n in range(pipeline.PARALLEL_MIN_DOCUMENTS + 6):
        place = places[n % len(places)]
        text = (f"The foreign minister of country {n} met officials in {place} on Tuesday to discuss trade "
                f"and border security, the ministry said in statement number {n}.")
        copy = f"<p>{text}</p>" if n % 10 else f"<p>{place.upper()} (Wire) - {text}</p>"
        (inbox / f"page-{n:03d}.html").write_text(
            f"<html><head><title>Talks {n}</title></head><body><article>{copy}<p>{text} Again.</p></article></body></html>", encoding="utf-8")
    (inbox / "page-999.html").write_bytes(b"\x00\x01binary")
    results = {}
    for workers in (0, 2):
        connection = warehouse.connect(tmp_path / f"w{workers}.duckdb")
        results[workers] = pipeline.ingest_inbox(connection, inbox, today=TODAY, workers=workers)
        results[workers, "rows"] = (rows(connection, "articles"), rows(connection, "rejected_records"))
        connection.close()
    assert results[0] == results[2]
    assert results[0, "rows"] == results[2, "rows"]
    assert results[0].ingested == pipeline.PARALLEL_MIN_DOCUMENTS + 6


# --- crash safety ---------------------------------------------------------------------------------

CHILD = """
import sys
from orchestration import pipeline, warehouse
con = warehouse.connect(sys.argv[1])
pipeline.ingest_inbox(con, sys.argv[2], batch_size=400, workers=0,
                      progress=lambda event, source, n: print(event, source, n, flush=True))
print("finished", flush=True)
"""


def make_crash_inbox(inbox: Path) -> None:
    for part in range(4):
        lines = [record(id=f"p{part}-{n}", published="2025-02-01",
                        text=f"Report {part}-{n}: the envoy of country {n % 97} met ministers from region {part} "
                             f"to discuss a ceasefire, trade and water sharing, officials said on day {n}.")
                 for n in range(1500)]
        lines[10] = "{not json"  # a reject in every file
        lines[20] = lines[19].replace(f'"p{part}-19"', f'"p{part}-19-copy"')  # a duplicate in every file
        write_jsonl(inbox / f"part-{part}.jsonl", lines)
    shutil.copytree(SAMPLES, inbox / "samples")


def test_a_run_killed_with_sigkill_then_rerun_leaves_the_rows_of_an_uninterrupted_run(tmp_path):
    inbox = tmp_path / "inbox"
    make_crash_inbox(inbox)
    killed_db, clean_db = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"

    child = subprocess.Popen([sys.executable, "-c", CHILD, str(killed_db), str(inbox)], cwd=REPO,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "EVENTPIPE_SOURCES": ""})
    committed, seen = 0, []
    try:
        for line in child.stdout:
            seen.append(line.strip())
            event, _, rest = line.partition(" ")
            if event == "commit":
                committed += 1
            if event == "batch" and committed >= 1:
                break  # rows of a later file are written but not committed: kill now
            assert event != "finished", seen
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    con = warehouse.connect(killed_db)  # DuckDB replays its log: only committed transactions survive
    partial_files = count(con, "select count(*) from raw.ingested_files")
    partial_articles = count(con, "select count(*) from raw.articles")
    assert 1 <= partial_files < 11 and partial_articles < 4 * 1497 + 26
    # each committed file is complete, with its ledger row
    for name, records in con.execute("select source_file, records from raw.ingested_files").fetchall():
        assert count(con, f"select count(*) from raw.articles where source_file = '{name}'") + \
            count(con, f"select count(*) from raw.rejected_records where source_file = '{name}'") == records
    resumed = pipeline.ingest_inbox(con, inbox, workers=0)

    clean_con = warehouse.connect(clean_db)
    clean = pipeline.ingest_inbox(clean_con, inbox, workers=0)
    for table in ("articles", "rejected_records", "ingested_files"):
        assert rows(con, table) == rows(clean_con, table), table
    assert (resumed.records_read, resumed.ingested, resumed.duplicates, resumed.rejected_by_reason) == \
        (clean.records_read, clean.ingested, clean.duplicates, clean.rejected_by_reason)
    assert resumed.files_skipped == partial_files
    assert_accounted(clean, clean_con)
    con.close()
    clean_con.close()


@pytest.mark.parametrize("fingerprints", ["python", "duckdb"])
def test_the_key_filter_built_in_bulk_answers_as_one_built_key_by_key(fingerprints):
    """Stored keys go into the deduplicator's KeyFilter in one sorted run (as Python hashes, or
    as fingerprints DuckDB computed in the warehouse); later keys one by one (sealed into runs
    of their own). Every key added must be "maybe there", keys never added (64-bit fingerprints:
    no collision expected among these) "certainly not"."""
    from orchestration import warehouse
    from orchestration.ingest.inbox import KeyFilter, python_fingerprints

    stored = [f"stored-{i}" for i in range(150_000)] + [None, ""]
    later = [f"later-{i}" for i in range(KeyFilter.RECENT + 10)]
    never = [f"never-{i}" for i in range(5_000)]
    function = warehouse.key_fingerprints if fingerprints == "duckdb" else python_fingerprints
    bulk, one_by_one = KeyFilter(function), KeyFilter(function)
    if fingerprints == "duckdb":
        con = duckdb.connect()
        con.execute("create schema raw")
        con.execute("create table raw.articles (article_id varchar, text_hash varchar, canonical_url varchar)")
        con.executemany("insert into raw.articles values (?, ?, ?)", [(k, f"h-{k}", None) for k in stored[:-2]] + [("x", "", None)])
        bulk.add_fingerprints(warehouse.stored_key_fingerprints(con))
        stored = stored + [f"h-{k}" for k in stored[:-2]] + ["x"]
    else:
        bulk.add_all(stored)
    for key in stored:
        one_by_one.add(key)
    for f in (bulk, one_by_one):
        for key in later:
            f.add(key)
    for f in (bulk, one_by_one):
        assert all(f.maybe_contains([k for k in stored if k] + later))
        assert not any(f.maybe_contains(never + [None, ""]))
