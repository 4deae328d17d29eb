"""Ingest round-trips for every source type, metadata, the sources config and fetched feeds.

Every input is written by the test itself; feeds "from the web" are served by a local
http.server on 127.0.0.1 (no other network access).
"""

from __future__ import annotations

import csv
import gzip
import http.server
import io
import json
import threading
from datetime import date

import pytest

from orchestration.ingest import (
    Article,
    ConfigError,
    Rejected,
    SourcesConfig,
    canonical_url,
    date_from_text,
    load_sources_config,
    parse_source_date,
    read_csv,
    read_feed_bytes,
    read_html_page,
    read_jsonl,
    read_text_article,
    scan_inbox,
    summarize,
)
from orchestration.ingest.sources import CsvMapping, parse_config

from ingest_texts import ENGLISH, FRENCH, GERMAN, SPANISH, TODAY  # noqa: E402


def only(items):
    assert len(items) == 1, items
    return items[0]


def record(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


# --- canonical URLs, dates -----------------------------------------------------------------

@pytest.mark.parametrize(("url", "expected"), [
    ("https://Example.ORG:443/World/Story/?utm_source=rss&utm_medium=feed#comments", "https://example.org/World/Story"),
    ("HTTP://example.org:80", "http://example.org/"),
    ("http://example.org:8080/a/", "http://example.org:8080/a"),
    ("https://example.org/a?b=2&fbclid=x&a=1&gclid=y&ref=home", "https://example.org/a?a=1&b=2"),
    ("https://user:secret@example.org/a%2fb", "https://example.org/a%2Fb"),
    ("https://example.org/search?q=summit&page=2", "https://example.org/search?page=2&q=summit"),
    ("ftp://example.org/file", None), ("/relative/path", None), ("", None), (None, None),
    ("https://example.org:99999/", None),
])
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("PARIS, 4 mars 2025 (AFP) - La France a condamné", "fr", (date(2025, 3, 4), "day")),
    ("WASHINGTON, March 4, 2025 - The United States said", "en", (date(2025, 3, 4), "day")),
    ("Berlin, 4. März 2025. Die Regierung", "de", (date(2025, 3, 4), "day")),
    ("Madrid, 4 de marzo de 2025 - El gobierno", "es", (date(2025, 3, 4), "day")),
    ("Roma, 4 marzo 2025 - Il governo", "it", (date(2025, 3, 4), "day")),
    ("En mars 2025, le gouvernement", "fr", (date(2025, 3, 1), "month")),
    ("The summit on 12 May 2031 was announced on 1 May 2025.", "en", (date(2025, 5, 1), "day")),
    ("The ministers met on Tuesday.", "en", None),
])
def test_date_from_text(text, language, expected):
    assert date_from_text(text, language, TODAY) == expected


@pytest.mark.parametrize(("value", "language", "expected"), [
    ("Tue, 04 Mar 2025 23:30:00 +0900", None, (date(2025, 3, 4), "day")),  # as written, not UTC
    ("2025-03-04T08:00:00-03:00", None, (date(2025, 3, 4), "day")),
    ("mar., 04 mars 2025 10:00:00", "fr", (date(2025, 3, 4), "day")),
    ("4. März 2025", "de", (date(2025, 3, 4), "day")),
    ("", None, None), (None, None, None),
])
def test_parse_source_date(value, language, expected):
    assert parse_source_date(value, language, TODAY) == expected


# --- JSONL, also gzipped ---------------------------------------------------------------------

def test_jsonl_gz_round_trip_with_ndjson_and_crlf(tmp_path):
    lines = [record(id=f"g{i}", published="2025-03-04", text=f"{ENGLISH} Item {i}.", url=f"https://example.org/{i}?utm_campaign=x")
             for i in range(50)]
    path = tmp_path / "wire.ndjson.gz"
    path.write_bytes(gzip.compress("\r\n".join(lines).encode("utf-8")))
    items = list(read_jsonl(path, "wire.ndjson.gz", today=TODAY))
    assert [i.article_id for i in items] == [f"g{i}" for i in range(50)]
    assert [i.source_line for i in items] == list(range(1, 51))
    assert items[7].canonical_url == "https://example.org/7" and items[7].url.endswith("utm_campaign=x")
    assert all("\r" not in i.text for i in items)


# --- CSV --------------------------------------------------------------------------------------

def test_csv_default_columns_quoted_newlines_and_line_numbers(tmp_path):
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "published", "title", "url", "source", "language"])
        writer.writerow(["c1", ENGLISH + "\n\nSecond paragraph, with a comma.", "2025-03-04", "T1", "https://example.org/c1", "Wire", "en"])
        writer.writerow(["c2", FRENCH, "2025-03", "", "", "", ""])
    items = list(read_csv(path, "export.csv", today=TODAY))
    first, second = items
    assert (first.article_id, first.source_line, first.title, first.source) == ("c1", 2, "T1", "Wire")
    assert first.text.endswith("\n\nSecond paragraph, with a comma.")
    assert (second.article_id, second.source_line) == ("c2", 5)  # the quoted text of c1 spans lines 2-4
    assert second.published == date(2025, 3, 1) and second.date_precision == "month"
    assert second.title is None and second.language == "fr" and second.language_source == "detected"


def test_csv_column_mapping_from_the_sources_config(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "exports").mkdir(parents=True)
    (inbox / "exports" / "newsapi-1.csv").write_text(
        "uuid;content;publishedAt;site\n"
        f"n1;{GERMAN};2025-03-04T10:00:00Z;Beispiel Zeitung\n", encoding="utf-8")
    (inbox / "plain.tsv").write_text(f"id\tbody\tdate\nt1\t{SPANISH}\t2025-03-05\n", encoding="utf-8")
    config_path = tmp_path / "sources.toml"
    config_path.write_text(
        '[csv.columns]\ntext = "body"\npublished = "date"\n\n'
        '[[csv.files]]\nmatch = "exports/newsapi-*.csv"\ndelimiter = ";"\n'
        'columns = { id = "uuid", text = "content", published = "publishedAt", source = "site" }\n',
        encoding="utf-8")
    config = load_sources_config(config_path)
    items = list(scan_inbox(inbox, today=TODAY, config=config))
    by_id = {i.article_id: i for i in items}
    assert set(by_id) == {"n1", "t1"}
    assert by_id["n1"].source == "Beispiel Zeitung" and by_id["n1"].language == "de"
    assert by_id["t1"].published == date(2025, 3, 5) and by_id["t1"].text == SPANISH


def test_csv_delimiter_is_guessed_from_the_header(tmp_path):
    path = tmp_path / "semicolons.csv"
    path.write_text(f"id;text;published\ns1;{ENGLISH};2025-03-04\n", encoding="utf-8")
    assert only(list(read_csv(path, "semicolons.csv", CsvMapping(), TODAY))).article_id == "s1"


# --- feeds ------------------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Test Wire</title><language>en</language>
<item><title>Full &amp; long</title><link>https://example.org/full?utm_source=rss</link><guid>full-1</guid>
<pubDate>Tue, 04 Mar 2025 23:30:00 +0900</pubDate><description>Short.</description>
<content:encoded><![CDATA[<p>{ENGLISH}</p><p>Second paragraph.</p><script>alert("x")</script>]]></content:encoded></item>
<item><title>Only a summary</title><link>https://example.org/summary</link>
<pubDate>Wed, 05 Mar 2025 08:00:00 +0000</pubDate><description><![CDATA[<p>{FRENCH}</p>]]></description></item>
<item><title>No date</title><link>https://example.org/undated</link><guid>undated-1</guid>
<description>BERLIN, 6. März 2025 - {GERMAN}</description></item>
</channel></rss>"""


def test_rss_items_full_text_summaries_dates_and_lines():
    items = list(read_feed_bytes(RSS.encode("utf-8"), "wire.rss", today=TODAY))
    full, summary, undated = items
    assert (full.article_id, full.source_line, full.title) == ("full-1", 4, "Full & long")
    assert full.text == ENGLISH + "\n\nSecond paragraph." and not full.is_summary
    assert full.published == date(2025, 3, 4)  # the date as written (+0900), not UTC
    assert full.source == "Test Wire" and full.canonical_url == "https://example.org/full"
    assert summary.is_summary and summary.text == FRENCH and summary.language == "fr"
    assert summary.article_id == "https://example.org/summary"  # no guid: the link
    assert undated.published == date(2025, 3, 6) and undated.language == "de"  # dateline date


def test_atom_entries_and_feed_served_as_utf16():
    atom = f"""<?xml version="1.0" encoding="utf-16"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Test</title><id>urn:t</id><updated>2025-03-05T00:00:00Z</updated>
<entry><title>E1</title><id>urn:t:1</id><link href="https://example.org/e1"/><updated>2025-03-05T10:00:00+01:00</updated>
<content type="html">&lt;p&gt;{SPANISH}&lt;/p&gt;</content></entry>
<entry><title>E2</title><id>urn:t:2</id><link href="https://example.org/e2"/><published>2025-03-04T10:00:00Z</published>
<summary>{GERMAN}</summary></entry></feed>"""
    items = list(read_feed_bytes(atom.encode("utf-16"), "briefs.atom", today=TODAY))
    first, second = items
    assert (first.article_id, first.text, first.is_summary, first.published) == ("urn:t:1", SPANISH, False, date(2025, 3, 5))
    assert (second.article_id, second.is_summary, second.language) == ("urn:t:2", True, "de")
    assert first.source == "Atom Test"


# --- HTML pages ---------------------------------------------------------------------------------

PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ministers meet | Test Gazette</title>
<meta property="og:site_name" content="Test Gazette">
<meta property="article:published_time" content="2025-03-04T10:00:00+01:00">
<link rel="canonical" href="https://Example.org/world/ministers-meet/?utm_source=home">
<style>p {{ color: red; }} .x::after {{ content: "STYLE TEXT"; }}</style>
<script>var t = "SCRIPT TEXT condemned";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet</h1><p>{ENGLISH}</p><script>document.write("INLINE SCRIPT")</script>
<p>The two ministers agreed to meet again in the spring.</p><noscript>Enable JavaScript NOSCRIPT</noscript>
<p>{ENGLISH.replace("Tuesday", "Wednesday")}</p></article>
<footer>Copyright Test Gazette</footer></body></html>"""


def test_html_page_text_title_date_outlet_url(tmp_path):
    path = tmp_path / "world" / "ministers-meet.html"
    path.parent.mkdir()
    path.write_text(PAGE, encoding="utf-8")
    page = read_html_page(path, "world/ministers-meet.html", today=TODAY)
    assert isinstance(page, Article)
    assert page.article_id == "world/ministers-meet"
    assert page.title == "Ministers meet" and page.source == "Test Gazette"
    assert page.published == date(2025, 3, 4) and page.date_precision == "day"
    assert page.canonical_url == "https://example.org/world/ministers-meet"
    assert page.text.split("\n\n") == [ENGLISH, "The two ministers agreed to meet again in the spring.",
                                       ENGLISH.replace("Tuesday", "Wednesday")]
    for leaked in ("SCRIPT", "STYLE", "NOSCRIPT", "Home", "Copyright"):
        assert leaked not in page.text


def test_html_page_in_latin1_declared_by_meta(tmp_path):
    path = tmp_path / "vieille-page.htm"
    body = f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'></head><body><article><p>{FRENCH}</p><p>{FRENCH}</p></article></body></html>"
    path.write_bytes(body.encode("latin-1"))
    page = read_html_page(path, "vieille-page.htm", today=TODAY)
    assert isinstance(page, Article) and page.text.startswith(FRENCH)
    assert page.published is None and page.language == "fr"


# --- plain text, folders ------------------------------------------------------------------------

def test_text_with_and_without_header_and_dateline(tmp_path):
    (tmp_path / "a.txt").write_text(f"date 2025-03-04 Desk\n\n{ENGLISH}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"PARIS, 5 mars 2025 - {FRENCH}\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(ENGLISH, encoding="utf-8")
    a = read_text_article(tmp_path / "a.txt", "a.txt", TODAY)
    b = read_text_article(tmp_path / "b.txt", "b.txt", TODAY)
    c = read_text_article(tmp_path / "c.txt", "c.txt", TODAY)
    assert (a.published, a.text) == (date(2025, 3, 4), ENGLISH)
    assert b.published == date(2025, 3, 5) and b.text.startswith("PARIS")
    assert c.published is None and c.date_precision is None


def test_folders_are_read_recursively_by_type(tmp_path):
    inbox = tmp_path / "inbox"
    for folder in ("2025/03/pages", "2025/03/wires", "feeds"):
        (inbox / folder).mkdir(parents=True)
    (inbox / "2025/03/pages/p.html").write_text(PAGE, encoding="utf-8")
    (inbox / "2025/03/wires/w.jsonl").write_text(record(id="w", published="2025-03-04", text=GERMAN) + "\n", encoding="utf-8")
    (inbox / "2025/03/note.txt").write_text(SPANISH, encoding="utf-8")
    (inbox / "feeds/wire.rss").write_text(RSS, encoding="utf-8")
    (inbox / "2025/03/export.csv").write_text(f"id,text,published\nx,{FRENCH},2025-03-04\n", encoding="utf-8")
    items = list(scan_inbox(inbox, today=TODAY))
    files = [i.source_file for i in items]
    assert files == ["2025/03/export.csv", "2025/03/note.txt", "2025/03/pages/p.html", "2025/03/wires/w.jsonl",
                     "feeds/wire.rss", "feeds/wire.rss", "feeds/wire.rss"]  # feeds after the rest
    report = summarize(items)
    assert report.balanced and (report.files_read, report.records_read, report.ingested, report.duplicates) == (5, 7, 6, 1)
    # across types: the feed's French summary repeats the CSV text; its German item is a wire
    # copy (dateline added) of the JSONL article
    assert [(i.reason, i.duplicate_of) for i in items if isinstance(i, Rejected)] == [("duplicate", "x")]
    assert items[-1].duplicate_of == "w" and items[-1].text.startswith("BERLIN")


# --- the sources config -----------------------------------------------------------------------

def test_sources_config_formats_and_errors(tmp_path, monkeypatch):
    monkeypatch.delenv("EVENTPIPE_SOURCES", raising=False)
    assert load_sources_config() == SourcesConfig()  # absent by default: no feeds, no network
    as_json = tmp_path / "s.json"
    as_json.write_text(json.dumps({"feeds": [{"url": "https://example.org/rss", "name": "Ex"}],
                                   "csv": {"columns": {"text": "body"}}}), encoding="utf-8")
    monkeypatch.setenv("EVENTPIPE_SOURCES", str(as_json))
    config = load_sources_config()
    assert config.feeds[0].url == "https://example.org/rss" and config.feeds[0].name == "Ex"
    assert config.csv_mapping_for("any.csv").columns["text"] == "body"
    as_yaml = tmp_path / "s.yaml"
    as_yaml.write_text("feeds:\n  - https://example.org/a.xml\nlimits:\n  fetch_timeout: 5\n", encoding="utf-8")
    assert load_sources_config(as_yaml).fetch_timeout == 5.0
    for bad in ({"feeds": [{"url": "file:///etc/passwd"}]}, {"csv": {"columns": {"body": "x"}}},
                {"unknown": 1}, {"csv": {"files": [{"columns": {"text": "x"}}]}}):
        with pytest.raises(ConfigError):
            parse_config(bad)
    with pytest.raises(ConfigError):
        load_sources_config(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[csv\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_sources_config(broken)


class _FeedHandler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, bytes]] = {}
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server API)
        self.hits.append(self.path)
        status, body = self.routes.get(self.path, (404, b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture
def feed_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _FeedHandler)
    _FeedHandler.routes, _FeedHandler.hits = {}, []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _FeedHandler
    server.shutdown()
    server.server_close()


def test_feeds_from_configured_urls(tmp_path, feed_server):
    base, handler = feed_server
    handler.routes["/wire.rss"] = (200, RSS.encode("utf-8"))
    handler.routes["/relative.rss"] = (200, b"""<?xml version="1.0"?><rss version="2.0"><channel><title>R</title>
        <item><title>t</title><link>/story/1?utm_source=x</link><description>""" + ENGLISH.encode() + b"""</description></item></channel></rss>""")
    config = parse_config({"feeds": [{"url": f"{base}/wire.rss", "name": "Configured Name", "language": "en"},
                                     {"url": f"{base}/relative.rss"}, {"url": f"{base}/missing.rss"}]})
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    items = list(scan_inbox(inbox, today=TODAY, config=config))
    arts = [i for i in items if isinstance(i, Article)]
    assert [a.source_file for a in arts[:3]] == [f"{base}/wire.rss"] * 3
    assert {a.source for a in arts[:3]} == {"Configured Name"}
    assert arts[0].language_source == "record"  # the config's language is the record's own
    assert arts[3].canonical_url == f"{base}/story/1"  # relative link resolved against the feed URL
    failed = only([i for i in items if isinstance(i, Rejected)])
    assert (failed.reason, failed.source_file) == ("fetch_failed", f"{base}/missing.rss")
    assert "404" in failed.detail
    assert sorted(handler.hits) == ["/missing.rss", "/relative.rss", "/wire.rss"]


def test_no_fetch_without_a_configured_url(tmp_path, feed_server, monkeypatch):
    monkeypatch.delenv("EVENTPIPE_SOURCES", raising=False)
    _, handler = feed_server
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "feed.rss").write_text(RSS.replace("https://example.org", "http://127.0.0.1:1"), encoding="utf-8")
    assert summarize(scan_inbox(inbox, today=TODAY)).ingested == 3
    assert handler.hits == []


def test_stream_reader_handles_a_bytes_io_gzip():
    from orchestration.ingest.jsonl import read_jsonl_stream

    data = gzip.compress((record(id="s", published="2025-03-04", text=ENGLISH) + "\n").encode())
    items = list(read_jsonl_stream(gzip.GzipFile(fileobj=io.BytesIO(data)), "mem.jsonl.gz", TODAY))
    assert only(items).article_id == "s"
