"""Bad input, generated here case by case: every record read ends as an article or as a
reject with a clear reason, and records read = ingested + duplicates + rejected, always."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import random
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from orchestration.ingest import Article, Rejected, read_jsonl, scan_inbox, summarize
from orchestration.ingest.jsonl import MAX_RECORD_CHARS

TODAY = date(2025, 6, 1)
ENGLISH = ("South Korea's foreign minister met his Japanese counterpart in Tokyo on Tuesday "
           "to discuss North Korea's missile programme and regional security.")
FRENCH = ("Le ministre français des Affaires étrangères a rencontré à Séoul son homologue coréen. "
          "Ils ont évoqué la sécurité régionale et la coopération économique à l'été.")


def record(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


def scan(inbox: Path) -> list:
    items = list(scan_inbox(inbox, today=TODAY))
    report = summarize(items)
    assert report.balanced
    assert report.records_read == len(items)
    return items


def outcomes(items) -> list[tuple]:
    return [(i.source_file, i.source_line, i.article_id if isinstance(i, Article) else i.reason) for i in items]


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


# --- JSON lines ---------------------------------------------------------------------------

def test_malformed_json_missing_and_wrong_typed_fields(inbox):
    lines = [
        '{"id": "t1", "published": "2025-01-14", "text": "unterminated',  # 1
        '{"id": "t2", "published": "2025-01-14", "text": "x",}',  # 2 trailing comma
        '{"id": "t3", "text": "He said "no" twice", "published": "2025-01-14"}',  # 3 unescaped quote
        "[1, 2]", '"a string"', "null", "42",  # 4-7 not objects
        "[" * 100_000,  # 8 nesting
        record(id="t9", published="2025-01-14"),  # 9 no text
        record(id="t10", text=ENGLISH, published=None),  # 10 null published
        record(id="t11", text=12, published="2025-01-14"),  # 11
        record(id=["t12"], text=ENGLISH, published="2025-01-14"),  # 12
        record(id=True, text=ENGLISH, published="2025-01-14"),  # 13
        record(id="t14", text=ENGLISH, published="2025-01-14", title={"a": 1}),  # 14
        record(id="t15", text=ENGLISH, published=20250114),  # 15
        record(id="t16", text=ENGLISH, published="2025-01-14", language=7),  # 16
        record(id="x" * 600, text=ENGLISH, published="2025-01-14"),  # 17 id longer than the contract allows
        record(id="ok", text=ENGLISH, published="2025-01-14"),  # 18
    ]
    (inbox / "bad.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = scan(inbox)
    reasons = [i.reason if isinstance(i, Rejected) else "ok" for i in items]
    assert reasons == ["invalid_json"] * 3 + ["not_an_object"] * 4 + ["invalid_json"] + ["missing_field"] * 2 \
        + ["wrong_type"] * 6 + ["invalid_id", "ok"]
    assert [i.source_line for i in items] == list(range(1, 19))
    assert "text=int" in items[10].detail and "id=list" in items[11].detail and "published=int" in items[14].detail
    assert items[2].excerpt.startswith('{"id": "t3"') and len(items[7].excerpt) == 200


@pytest.mark.parametrize(("published", "precision", "reason"), [
    ("14/01/2025", None, "bad_date"), ("yesterday", None, "bad_date"), ("2025-02-30", None, "bad_date"),
    ("2025-13", None, "bad_date"), ("2025-02", "day", "bad_date"), ("2025-02-01", "week", "bad_date"),
    ("2099-01-01", None, "future_date"), ("2025-06-03T00:00:00Z", None, "future_date"),
    ("2025-06-02", None, "ok"),  # tomorrow: time zones
])
def test_unparsable_and_future_dates_in_jsonl(inbox, published, precision, reason):
    fields = {"id": "d", "text": ENGLISH, "published": published}
    if precision:
        fields["date_precision"] = precision
    (inbox / "dates.jsonl").write_text(record(**fields) + "\n", encoding="utf-8")
    (item,) = scan(inbox)
    assert (item.reason if isinstance(item, Rejected) else "ok") == reason


def test_dates_in_feeds_and_csv(inbox):
    (inbox / "dates.rss").write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><guid>a</guid><pubDate>not a date at all</pubDate><description>{ENGLISH}</description></item>
<item><guid>b</guid><pubDate>Mon, 01 Jan 2099 10:00:00 +0000</pubDate><description>{FRENCH}</description></item>
<item><guid>c</guid><pubDate>Tue, 04 Mar 2025 10:00:00 +0000</pubDate><description>{ENGLISH} Again.</description></item>
</channel></rss>""", encoding="utf-8")
    (inbox / "dates.csv").write_text(f"id,text,published\nc1,{FRENCH},31/12/2024\nc2,{ENGLISH},2031-01-01\n", encoding="utf-8")
    items = scan(inbox)
    assert [(i.source_file, i.source_line, getattr(i, "reason", "ok")) for i in items] == [
        ("dates.csv", 2, "bad_date"), ("dates.csv", 3, "future_date"),
        ("dates.rss", 2, "bad_date"), ("dates.rss", 3, "future_date"), ("dates.rss", 4, "ok")]


def test_empty_bodies_in_every_format(inbox):
    (inbox / "a.jsonl").write_text(record(id="j", text=" \n\t ", published="2025-01-14") + "\n"
                                   + record(id="k", text="\u0000\u0007", published="2025-01-14") + "\n", encoding="utf-8")
    (inbox / "b.txt").write_text("", encoding="utf-8")
    (inbox / "c.txt").write_text("date 2025-01-14 Desk\n\n   \n", encoding="utf-8")
    (inbox / "d.csv").write_text("id,text,published\ne,,2025-01-14\n", encoding="utf-8")
    (inbox / "e.html").write_text("<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (inbox / "f.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Only a title</title>'
                                 "<guid>x</guid></item></channel></rss>", encoding="utf-8")
    items = scan(inbox)
    assert {(i.source_file, i.reason) for i in items} == {
        ("a.jsonl", "empty_text"), ("b.txt", "empty_text"), ("c.txt", "empty_text"),
        ("d.csv", "empty_text"), ("e.html", "empty_text"), ("f.rss", "empty_text")}
    assert len(items) == 7


def test_binary_files_under_text_suffixes(inbox):
    rng = random.Random(4)
    noise = bytes(rng.randrange(256) for _ in range(5000))
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise
    for name in ("a.jsonl", "b.txt", "c.csv", "d.html", "e.xml"):
        (inbox / name).write_bytes(png)
    (inbox / "f.jsonl.gz").write_bytes(gzip.compress(png))
    (inbox / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + noise)
    items = scan(inbox)
    assert {(i.source_file, i.reason) for i in items} == {
        ("a.jsonl", "binary_file"), ("b.txt", "binary_file"), ("c.csv", "binary_file"), ("d.html", "binary_file"),
        ("e.xml", "binary_file"), ("f.jsonl.gz", "binary_file"), ("photo.jpg", "unsupported_file_type")}
    assert all(i.source_line is None for i in items)
    assert "byte offset 9" in items[0].detail or "NUL" in items[0].detail


def test_truncated_and_corrupt_gzip(inbox):
    lines = [record(id=f"g{i}", published="2025-01-14", text=f"{ENGLISH} Number {i} of the series.") for i in range(2000)]
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    (inbox / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (inbox / "fake.jsonl.gz").write_bytes(b"this is not gzip at all\n")
    damaged = bytearray(gzip.compress(("\n".join(line.replace("series", "other series").replace("\"g", "\"d") for line in lines) + "\n").encode()))
    damaged[len(damaged) // 2: len(damaged) // 2 + 64] = bytes(64)
    (inbox / "damaged.ndjson.gz").write_bytes(bytes(damaged))
    items = scan(inbox)
    cut = [i for i in items if i.source_file == "cut.jsonl.gz"]
    good = [i for i in cut if isinstance(i, Article)]
    tail = cut[-1]
    assert 0 < len(good) < 2000 and [a.source_line for a in good] == list(range(1, len(good) + 1))
    assert (tail.reason, tail.source_line) == ("truncated_gzip", len(good) + 1)
    assert "ends early" in tail.detail and len(cut) == len(good) + 1
    (fake,) = [i for i in items if i.source_file == "fake.jsonl.gz"]
    assert fake.reason == "corrupt_gzip"
    damaged_items = [i for i in items if i.source_file == "damaged.ndjson.gz"]
    assert damaged_items[-1].reason in ("corrupt_gzip", "truncated_gzip")
    assert isinstance(damaged_items[0], Article)  # the lines before the damage are kept


# --- encodings and line endings -----------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1"])
def test_encodings_jsonl_csv_txt(inbox, encoding):
    euro = " Coût : 5 €." if encoding != "latin-1" else " Coût : 5 F."
    texts = {name: f"{FRENCH} Fichier {name}.{euro}" for name in ("a.jsonl", "b.csv", "c.txt")}
    payload = record(id="e", published="2025-01-14", text=texts["a.jsonl"]) + "\r\n" + record(id="f", published="2025-01-15", text=ENGLISH) + "\r\n"
    (inbox / "a.jsonl").write_bytes(payload.encode(encoding))
    (inbox / "b.csv").write_bytes(f'id,text,published\r\ncsv,"{texts["b.csv"]}",2025-01-14\r\n'.encode(encoding))
    (inbox / "c.txt").write_bytes(f"date 2025-01-14 Desk\r\n\r\n{texts['c.txt']}\r\n".encode(encoding))
    items = scan(inbox)
    assert all(isinstance(i, Article) for i in items), [(i.source_file, getattr(i, "detail", "")) for i in items]
    assert {i.source_file: i.text for i in items if i.article_id != "f"} == texts
    assert [i.source_line for i in items if i.source_file == "a.jsonl"] == [1, 2]
    assert [i.source_line for i in items if i.source_file == "b.csv"] == [2]
    assert all("\r" not in i.text and "\ufeff" not in i.text for i in items)
    assert items[-1].published == date(2025, 1, 14)  # the text file's header, read through its BOM


def test_utf16_without_bom_and_an_undecodable_line(inbox):
    (inbox / "le.txt").write_bytes(ENGLISH.encode("utf-16-le"))
    # a UTF-8 file (its first 64 KiB decide) with one damaged line further on
    good = [record(id=f"a{n}", published="2025-01-14", text=f"{FRENCH} Numéro {n}.") for n in range(400)]
    (inbox / "mixed.jsonl").write_bytes("\n".join(good).encode() + b"\n"
                                        + b'{"id": "b", "text": "\x81\x8d\x8f", "published": "2025-01-14"}\n')
    items = scan(inbox)
    assert outcomes(items)[:2] == [("le.txt", None, "le"), ("mixed.jsonl", 1, "a0")]
    assert outcomes(items)[-1] == ("mixed.jsonl", 401, "undecodable") and len(items) == 402
    assert items[0].text == ENGLISH and items[1].text == f"{FRENCH} Numéro 0."


def test_a_line_longer_than_the_record_limit_is_rejected_not_loaded(inbox):
    huge = record(id="huge", published="2025-01-14", text="word " * (MAX_RECORD_CHARS // 5 + 10))
    (inbox / "big-line.jsonl").write_text(record(id="a", published="2025-01-14", text=ENGLISH) + "\n" + huge + "\n"
                                          + record(id="c", published="2025-01-14", text=FRENCH) + "\n", encoding="utf-8")
    assert outcomes(scan(inbox)) == [("big-line.jsonl", 1, "a"), ("big-line.jsonl", 2, "record_too_large"), ("big-line.jsonl", 3, "c")]


def test_a_50_mb_file_is_streamed_with_bounded_memory(tmp_path):
    """50 MB of distinct 24 KB articles, ingested into a warehouse: peak traced (Python)
    memory stays far below the file size. The readers hold one line, signing ~0.2 MB of text,
    the writer one batch (<= 2 MB of text); what grows is the deduplication state, ~1.6 KB per
    distinct article. (DuckDB's own memory, not traced here, holds the file's uncommitted rows
    until its transaction commits.)"""
    from orchestration import pipeline, warehouse

    rng = random.Random(50)
    words = [f"{w}{n}" for w in ("minister", "talks", "border", "summit", "envoy", "accord", "troops", "trade") for n in range(60)]
    paragraphs = [" ".join(rng.choices(words, k=30)) + "." for _ in range(400)]
    path = tmp_path / "inbox" / "big.jsonl"
    path.parent.mkdir()
    size, count = 0, 0
    with path.open("w", encoding="utf-8") as out:
        while size < 50_000_000:
            line = record(id=f"b{count}", published="2025-01-14", language="en",
                          text="\n\n".join(rng.sample(paragraphs, 90))) + "\n"
            out.write(line)
            size += len(line)
            count += 1
    con = warehouse.connect(tmp_path / "w.duckdb")
    tracemalloc.start()
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        result = pipeline.ingest_inbox(con, path.parent, today=TODAY, workers=0)
        peak = tracemalloc.get_traced_memory()[1] - baseline
    finally:
        tracemalloc.stop()
    assert result.records_read == result.ingested == count and path.stat().st_size >= 50_000_000
    assert con.execute("select count(*), sum(strlen(text)) > 49_000_000 from raw.articles").fetchall() == [(count, True)]
    con.close()
    assert peak < 25_000_000, f"peak traced memory {peak / 1e6:.1f} MB for a {size / 1e6:.0f} MB file"


# --- feeds: entities, external references ---------------------------------------------------

BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
<rss version="2.0"><channel><title>&f;</title><item><title>&f;</title><description>&f;</description></item></channel></rss>"""


def test_entity_bombs_and_external_entities_are_refused(inbox, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET CONTENT", encoding="utf-8")
    (inbox / "bomb.xml").write_text(BOMB, encoding="utf-8")
    (inbox / "xxe.rss").write_text(f"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><description>&xxe; {ENGLISH}</description></item></channel></rss>""",
                                   encoding="utf-8")
    (inbox / "param.atom").write_text("""<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>""", encoding="utf-8")
    (inbox / "broken-bomb.rss").write_text(BOMB.replace("</channel>", "<unclosed>"), encoding="utf-8")
    (inbox / "utf16-bomb.xml").write_bytes(BOMB.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-16"?>').encode("utf-16"))
    items = scan(inbox)
    reasons = {i.source_file: i.reason for i in items}
    assert reasons == {"bomb.xml": "xml_entity_expansion", "xxe.rss": "xml_external_entity",
                       "param.atom": "xml_external_entity", "broken-bomb.rss": "xml_entity_expansion",
                       "utf16-bomb.xml": "xml_entity_expansion"}
    assert all("SECRET" not in (i.excerpt or "") + (i.detail or "") for i in items)
    assert "refused" in items[0].detail


def test_not_a_feed_and_html_without_markup(inbox):
    (inbox / "page.xml").write_text("<html><body><p>Not a feed.</p></body></html>", encoding="utf-8")
    (inbox / "notes.html").write_text(ENGLISH, encoding="utf-8")
    items = scan(inbox)
    assert {(i.source_file, i.reason) for i in items} == {("page.xml", "not_a_feed"), ("notes.html", "not_html")}


def test_scripts_styles_and_noscript_never_reach_the_text(inbox):
    evil = "France declared war on Germany."
    (inbox / "p.html").write_text(f"""<html><head><title>t</title><style>body::before {{ content: "{evil}"; }}</style>
<script>var s = "{evil}";</script><script type="application/ld+json">{{"articleBody": "{evil}"}}</script></head>
<body><article><p>{ENGLISH}</p><script>document.write("{evil}")</script><style>.a {{}}</style>
<noscript>{evil}</noscript><template><p>{evil}</p></template><p>{ENGLISH.replace('Tuesday', 'Friday')}</p></article></body></html>""",
                                  encoding="utf-8")
    (inbox / "f.rss").write_text(f"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>t</title><item><guid>s</guid><pubDate>Tue, 04 Mar 2025 10:00:00 +0000</pubDate><content:encoded><![CDATA[<p>{FRENCH}</p>
<script>alert("{evil}")</script><style>p {{ color: red }}</style><p>Fin.</p>]]></content:encoded></item></channel></rss>""",
                                 encoding="utf-8")
    items = scan(inbox)
    assert all(isinstance(i, Article) for i in items)
    assert all("war" not in i.text and "alert" not in i.text and "color" not in i.text for i in items)
    assert items[0].text.startswith(ENGLISH)


# --- paths ------------------------------------------------------------------------------------

def test_symlinks_special_files_and_paths_outside_the_inbox(inbox, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("SECRET " + ENGLISH, encoding="utf-8")
    (inbox / "link-out.txt").symlink_to(outside / "secret.txt")
    (inbox / "dir-out").symlink_to(outside, target_is_directory=True)
    (inbox / "relative-out.txt").symlink_to(Path("..") / "outside" / "secret.txt")
    (inbox / "broken.txt").symlink_to(inbox / "missing.txt")
    (inbox / "loop.txt").symlink_to(inbox / "loop.txt")
    (inbox / "real.txt").write_text(FRENCH, encoding="utf-8")
    (inbox / "sub").mkdir()
    (inbox / "sub" / "up.txt").symlink_to(Path("..") / "real.txt")  # inside: allowed
    (inbox / "dir-in").symlink_to(inbox / "sub", target_is_directory=True)  # inside: not read twice
    os.mkfifo(inbox / "pipe.jsonl")  # reading it would block forever
    items = scan(inbox)
    result = {i.source_file: (i.reason if isinstance(i, Rejected) else "ok") for i in items}
    assert result == {"broken.txt": "unreadable", "dir-out": "outside_inbox", "link-out.txt": "outside_inbox",
                      "loop.txt": "unreadable", "pipe.jsonl": "not_a_regular_file", "real.txt": "ok",
                      "relative-out.txt": "outside_inbox", "sub/up.txt": "duplicate"}
    assert all("SECRET" not in (i.excerpt or "") for i in items if isinstance(i, Rejected))


def test_reject_keys_stay_unique_within_a_file(inbox):
    """Two identical bad records without a line (feed items not located) must stay two rows."""
    item = "<item><title>same</title></item>"
    (inbox / "twice.rss").write_bytes(codecs.BOM_UTF16_LE + f'<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>t</title>{item}{item}</channel></rss>'.encode("utf-16-le"))
    items = scan(inbox)
    assert [i.reason for i in items] == ["empty_text", "empty_text"]
    assert items[0].source_line is None  # UTF-16: items not located by line


def test_read_jsonl_on_a_missing_file_is_a_reject(tmp_path):
    (item,) = list(read_jsonl(tmp_path / "gone.jsonl", "gone.jsonl"))
    assert item.reason == "unreadable"
