"""Ingest: real files in, Article / Rejected records out (no mocks)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from orchestration.ingest import (
    Article,
    BadDateError,
    FutureDateError,
    Rejected,
    detect_language,
    make_article_id,
    normalize_text,
    parse_published,
    read_jsonl,
    read_text_article,
    scan_inbox,
    summarize,
    text_hash,
)

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
from ingest_texts import ENGLISH, FRENCH, GERMAN, SPANISH, TODAY  # noqa: E402


def jsonl_line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def articles(items: list) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def rejects(items: list) -> list[Rejected]:
    return [item for item in items if isinstance(item, Rejected)]


# --- identity ---------------------------------------------------------------------------

def test_normalize_text_keeps_paragraphs_and_collapses_spaces():
    raw = "  Cafe\u0301  au   lait\r\n\r\n\r\n\r\nSecond\tparagraph.  \r\nSame paragraph.  "
    assert normalize_text(raw) == "Café au lait\n\nSecond paragraph.\nSame paragraph."


def test_text_hash_ignores_layout_and_article_id_falls_back_to_hash():
    digest = text_hash("A  met B.\r\n")
    assert digest == text_hash("A met B.") and len(digest) == 64
    assert make_article_id("  wire-1 ", digest) == "wire-1"
    assert make_article_id(42, digest) == "42"
    assert make_article_id(None, digest) == "art-" + digest[:16]
    assert make_article_id("  ", digest) == "art-" + digest[:16]


# --- dates ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "declared", "expected"),
    [
        ("2025-01-14", None, (date(2025, 1, 14), "day")),
        ("2025-01-14T23:30:00+09:00", None, (date(2025, 1, 14), "day")),
        ("2025-01-14T08:00:00Z", None, (date(2025, 1, 14), "day")),
        ("2025-02", None, (date(2025, 2, 1), "month")),
        ("2025-02-01", "month", (date(2025, 2, 1), "month")),
        ("2025-02-17", "month", (date(2025, 2, 1), "month")),
        ("2025-02-17", "day", (date(2025, 2, 17), "day")),
    ],
)
def test_parse_published_accepts_iso_forms(value, declared, expected):
    assert parse_published(value, declared, today=TODAY) == expected


@pytest.mark.parametrize(
    ("value", "declared"),
    [("14/01/2025", None), ("January 2025", None), ("2025-13", None), ("2025-02-30", None),
     ("2025", None), ("2025-02", "day"), ("2025-02-01", "year"), ("", None)],
)
def test_parse_published_rejects_other_values(value, declared):
    with pytest.raises(ValueError) as raised:
        parse_published(value, declared, today=TODAY)
    assert raised.value.reason == "bad_date"
    assert not isinstance(raised.value, FutureDateError)


def test_parse_published_rejects_future_but_tolerates_tomorrow():
    assert parse_published("2025-06-02", today=TODAY) == (date(2025, 6, 2), "day")
    with pytest.raises(FutureDateError) as raised:
        parse_published("2025-06-03", today=TODAY)
    assert raised.value.reason == "future_date" and isinstance(raised.value, BadDateError)
    with pytest.raises(FutureDateError):
        parse_published("2025-07", today=TODAY)


# --- language ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [(ENGLISH, "en"), (FRENCH, "fr"), (GERMAN, "de"), (SPANISH, "es"),
     ("", "und"), ("   \n ", "und"), ("2025-03-04 12:00 +++", "und")],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_detect_language_handles_multiline_long_text():
    assert detect_language((FRENCH + "\n\n") * 40) == "fr"


# --- text files -------------------------------------------------------------------------

def test_seed_article_parses_header_date_and_body():
    item = read_text_article(SAMPLES / "seed-article.txt", "seed-article.txt")
    assert isinstance(item, Article)
    assert item.article_id == "seed-article"
    assert item.published == date(2025, 2, 1) and item.date_precision == "month"
    assert item.language == "fr" and item.language_source == "detected"
    assert item.text.startswith("Les autorités")
    assert "YONHAP" not in item.text and "Photo" not in item.text
    assert item.source_file == "seed-article.txt" and item.source_line is None
    assert item.text_hash == text_hash(item.text)
    assert set(item.as_row()) == {
        "article_id", "title", "text", "published", "date_precision", "language",
        "language_source", "url", "source", "text_hash", "source_file", "source_line",
        "canonical_url", "duplicate_of", "is_summary",
    }


def test_text_file_without_header_has_unknown_date(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(ENGLISH + "\n", encoding="utf-8")
    item = read_text_article(path, "note.txt")
    assert isinstance(item, Article)
    assert item.published is None and item.date_precision is None
    assert item.text == ENGLISH and item.language == "en"


def test_text_file_with_utf8_bom_decodes(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + f"date 2025-03-04 Desk\n\n{FRENCH}".encode("utf-8"))
    item = read_text_article(path, "bom.txt", today=TODAY)
    assert isinstance(item, Article)
    assert item.published == date(2025, 3, 4) and item.date_precision == "day"
    assert item.text == FRENCH and not item.text.startswith("\ufeff")


def test_text_file_in_cp1252_decodes(tmp_path):
    path = tmp_path / "legacy.txt"
    text = ("Le ministre français des Affaires étrangères a rencontré à Séoul son homologue "
            "coréen. Ils ont évoqué la sécurité régionale et la coopération économique à l'été.")
    path.write_bytes(text.encode("cp1252"))
    item = read_text_article(path, "legacy.txt")
    assert isinstance(item, Article)
    assert item.text == text


@pytest.mark.parametrize(
    ("content", "reason"),
    [("date 2025-02 Photo\n\n   \n", "empty_text"), ("", "empty_text"),
     ("date 2025-14 Photo\n\n" + ENGLISH, "bad_date"), ("date 2031-01-01\n\n" + ENGLISH, "future_date")],
)
def test_text_file_rejects(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    item = read_text_article(path, "bad.txt", today=TODAY)
    assert isinstance(item, Rejected)
    assert item.reason == reason and item.source_file == "bad.txt" and item.source_line is None


# --- JSONL ------------------------------------------------------------------------------

def test_jsonl_good_and_bad_lines_give_reasons_and_line_numbers(tmp_path):
    path = write_lines(tmp_path / "feed.jsonl", [
        jsonl_line(id="a1", published="2025-01-14", text=ENGLISH, title="  Seoul  meets Tokyo ",
                   url="https://example.org/a1", source="Wire", language="EN"),
        "",
        '{"id": "a2", "published": "2025-01-14", "text": "broken',
        "[1, 2, 3]",
        jsonl_line(id="a4", published="2025-01-14"),
        jsonl_line(id="a5", text=FRENCH),
        jsonl_line(id="a6", published="2025-01-14", text=42),
        jsonl_line(id=["a7"], published="2025-01-14", text=FRENCH),
        jsonl_line(id="a8", published="2025-01-14", text=" \n\t "),
        jsonl_line(id="a9", published="14 janvier 2025", text=FRENCH),
        jsonl_line(id="a10", published="2030-01-01", text=FRENCH),
        "   ",
        jsonl_line(published="2025-02", text=GERMAN),
    ])
    items = list(read_jsonl(path, "feed.jsonl", today=TODAY))
    outcome = [(item.source_line, getattr(item, "reason", "ok")) for item in items]
    assert outcome == [
        (1, "ok"), (3, "invalid_json"), (4, "not_an_object"), (5, "missing_field"),
        (6, "missing_field"), (7, "wrong_type"), (8, "wrong_type"), (9, "empty_text"),
        (10, "bad_date"), (11, "future_date"), (13, "ok"),
    ]
    first, last = items[0], items[-1]
    assert first.article_id == "a1" and first.title == "Seoul meets Tokyo"
    assert first.language == "en" and first.language_source == "record"
    assert first.url == "https://example.org/a1" and first.source == "Wire"
    assert last.article_id == "art-" + text_hash(GERMAN)[:16]
    assert last.language == "de" and last.language_source == "detected"
    assert last.published == date(2025, 2, 1) and last.date_precision == "month"
    bad = items[1]
    assert bad.excerpt == '{"id": "a2", "published": "2025-01-14", "text": "broken'
    assert bad.detail.startswith("invalid JSON") and len(bad.record_key) == 64


def test_jsonl_rejects_undecodable_line_repairs_cp1252_line_and_skips_bom(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = jsonl_line(id="g", published="2025-01-14", text=ENGLISH).encode("utf-8")
    legacy = jsonl_line(id="c", published="2025-01-14", text=FRENCH).encode("cp1252")
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\r\n" + b'{"id": "\x81\x8d"}\r\n' + legacy + b"\r\n")
    items = list(read_jsonl(path, "mixed.jsonl", today=TODAY))
    assert isinstance(items[0], Article) and items[0].article_id == "g"
    assert isinstance(items[1], Rejected) and items[1].reason == "undecodable"
    assert items[1].source_line == 2 and "\ufffd" in items[1].excerpt
    assert isinstance(items[2], Article) and items[2].text == FRENCH  # cp1252 line in a UTF-8 file


def test_reject_keys_are_stable_across_runs(tmp_path):
    path = write_lines(tmp_path / "feed.jsonl", ["not json", jsonl_line(id="x", text=ENGLISH)])
    first = [item.record_key for item in read_jsonl(path, "feed.jsonl", today=TODAY)]
    second = [item.record_key for item in read_jsonl(path, "feed.jsonl", today=TODAY)]
    assert first == second and len(set(first)) == 2


# --- inbox: dispatch, deduplication, accounting -----------------------------------------

def make_inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    (inbox / "wires").mkdir(parents=True)
    write_lines(inbox / "wires" / "a.jsonl", [
        jsonl_line(id="w1", published="2025-01-14", text=ENGLISH),
        jsonl_line(id="w2", published="2025-01-15", text=ENGLISH.replace(" ", "  ") + "\r\n"),
        jsonl_line(id="w3", published="2025-01-16", text=FRENCH),
        "{oops",
    ])
    write_lines(inbox / "wires" / "b.ndjson", [
        jsonl_line(id="w3", published="2025-01-16", text=GERMAN),
        jsonl_line(published="2025-01-16", text=SPANISH),
    ])
    (inbox / "z-note.txt").write_text("date 2025-01-20 Desk\n\n" + FRENCH, encoding="utf-8")
    (inbox / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    (inbox / ".gitkeep").write_text("")
    (inbox / "README.md").write_text("# inbox\n")
    return inbox


def test_scan_inbox_deduplicates_and_accounts_for_every_record(tmp_path):
    inbox = make_inbox(tmp_path)
    items = list(scan_inbox(inbox, today=TODAY))
    summary = [(item.source_file, item.source_line,
                item.article_id if isinstance(item, Article) else item.reason) for item in items]
    assert summary == [
        ("photo.jpg", None, "unsupported_file_type"),
        ("wires/a.jsonl", 1, "w1"),
        ("wires/a.jsonl", 2, "duplicate"),
        ("wires/a.jsonl", 3, "w3"),
        ("wires/a.jsonl", 4, "invalid_json"),
        ("wires/b.ndjson", 1, "conflicting_id"),
        ("wires/b.ndjson", 2, "art-" + text_hash(SPANISH)[:16]),
        ("z-note.txt", None, "duplicate"),
    ]
    assert items[2].duplicate_of == "w1" and items[-1].duplicate_of == "w3"
    report = summarize(items)
    assert (report.files_read, report.records_read, report.ingested, report.duplicates) == (4, 8, 3, 2)
    assert report.rejected_by_reason == {"conflicting_id": 1, "invalid_json": 1, "unsupported_file_type": 1}
    assert report.balanced and report.records_read == report.ingested + report.duplicates + report.rejected


def test_known_hashes_make_reruns_idempotent_and_catch_new_copies(tmp_path):
    inbox = make_inbox(tmp_path)
    first_run = articles(list(scan_inbox(inbox, today=TODAY)))
    known = {article.text_hash: article.article_id for article in first_run}

    rerun = list(scan_inbox(inbox, known_hashes=known, today=TODAY))
    assert [a.article_id for a in articles(rerun)] == [a.article_id for a in first_run]
    assert [r.reason for r in rejects(rerun)] == [r.reason for r in rejects(list(scan_inbox(inbox, today=TODAY)))]

    (inbox / "late-copy.txt").write_text(ENGLISH, encoding="utf-8")
    with_copy = list(scan_inbox(inbox, known_hashes=known, today=TODAY))
    late = [item for item in with_copy if item.source_file == "late-copy.txt"]
    assert len(late) == 1 and isinstance(late[0], Rejected)
    assert late[0].reason == "duplicate" and late[0].duplicate_of == "w1"

    (inbox / "late-copy.txt").unlink()
    (inbox / "w1.txt").write_text(GERMAN + " Neu.", encoding="utf-8")  # id 'w1', another text
    with_known = list(scan_inbox(inbox, known_hashes=known, today=TODAY))
    assert [(i.source_file, i.reason) for i in rejects(with_known) if i.reason == "conflicting_id"] == [
        ("w1.txt", "conflicting_id"), ("wires/b.ndjson", "conflicting_id")]
    assert "w1" in {a.article_id for a in articles(with_known)}
    without_known = list(scan_inbox(inbox, today=TODAY))  # w1.txt sorts first and wins
    assert [(i.source_file, i.source_line) for i in rejects(without_known)
            if i.reason == "conflicting_id"][0] == ("wires/a.jsonl", 1)
    assert summarize(with_known).balanced and summarize(without_known).balanced


def test_same_record_twice_in_one_scan_is_a_duplicate_of_itself(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    line = jsonl_line(id="same", published="2025-01-14", text=ENGLISH)
    write_lines(inbox / "twice.jsonl", [line, line])
    items = list(scan_inbox(inbox, today=TODAY))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Rejected) and items[1].duplicate_of == "same"
    assert items[0].as_row()["article_id"] == "same"


def test_symlink_outside_inbox_is_refused(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text(ENGLISH, encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "link.txt").symlink_to(outside)
    (inbox / "dirlink").symlink_to(tmp_path, target_is_directory=True)
    (inbox / "inner.txt").write_text(FRENCH, encoding="utf-8")
    (inbox / "inner-link.txt").symlink_to(inbox / "inner.txt")
    items = list(scan_inbox(inbox, today=TODAY))
    by_file = {item.source_file: item for item in items}
    assert set(by_file) == {"dirlink", "inner-link.txt", "inner.txt", "link.txt"}
    assert by_file["link.txt"].reason == "outside_inbox"
    assert by_file["dirlink"].reason == "outside_inbox"
    assert ENGLISH not in (by_file["link.txt"].excerpt or "")
    assert isinstance(by_file["inner-link.txt"], Article)
    assert by_file["inner.txt"].reason == "duplicate"


def test_scan_inbox_refuses_a_missing_folder(tmp_path):
    with pytest.raises(NotADirectoryError):
        list(scan_inbox(tmp_path / "nope"))


# --- shipped samples --------------------------------------------------------------------

def test_sample_inbox_counts():
    items = list(scan_inbox(SAMPLES))
    report = summarize(items)
    assert report.files_read == 7
    assert report.records_read == 31
    assert report.ingested == 26
    assert report.duplicates == 3
    assert report.rejected_by_reason == {"empty_text": 1, "invalid_json": 1}
    assert report.balanced

    duplicates = {(r.source_file, r.source_line): r.duplicate_of for r in rejects(items) if r.reason == "duplicate"}
    assert duplicates == {
        ("wire-2025-03.jsonl", 3): "wire-en-01",  # same text
        ("wire-export-2025-03.csv", 6): "wire-de-02",  # same canonical URL
        ("wire-feed-2025-03.rss", 25): "page-2025-03-26-border-patrols",  # feed summary of a saved page
    }
    bad_lines = {r.reason: r.source_line for r in rejects(items) if r.reason != "duplicate"}
    assert bad_lines == {"invalid_json": 12, "empty_text": 15}

    by_id = {a.article_id: a for a in articles(items)}
    languages = sorted(a.language for a in by_id.values())
    assert languages.count("en") == 10 and languages.count("fr") == 6
    assert languages.count("es") == 3 and languages.count("de") == 3
    assert languages.count("it") == 2 and languages.count("pt") == 2
    for article in by_id.values():  # detected languages agree with what was written
        if article.language_source == "detected" and article.article_id.startswith("wire-"):
            assert article.article_id.split("-")[1] == article.language
    assert by_id["wire-fr-04"].published == date(2025, 2, 1)
    assert by_id["wire-fr-04"].date_precision == "month"
    assert by_id["en-brief-2025-03-04"].published == date(2025, 3, 4)
    assert by_id["en-brief-2025-03-04"].text.startswith("Turkey's foreign minister")
    assert all(date(2025, 1, 1) <= a.published <= date(2025, 3, 31) for a in by_id.values())
    assert all(a.date_precision in ("day", "month") for a in by_id.values())

    # the other source types
    assert by_id["feed-en-benin"].duplicate_of == "wire-en-05"  # wire copy: kept, linked
    assert [a.article_id for a in by_id.values() if a.duplicate_of] == ["feed-en-benin"]
    assert {a.article_id for a in by_id.values() if a.is_summary} == {
        "feed-en-ghana-togo", "urn:eventpipe:sample:briefs:it-01"}
    assert by_id["feed-de-at-si"].language == "de"  # detected per item in a feed labelled 'en'
    page = by_id["page-2025-03-26-border-patrols"]
    assert page.title == "Germany and Poland agree joint border patrols"
    assert page.published == date(2025, 3, 26) and page.source == "Eventpipe Sample Gazette"
    assert page.canonical_url == "https://example.org/gazette/2025/03/germany-poland-border-patrols"
    assert page.text.count("\n\n") == 2 and "script" not in page.text and "JavaScript" not in page.text
    assert by_id["csv-en-01"].text.count("\n\n") == 1  # a quoted field spanning lines
    assert by_id["csv-en-01"].canonical_url == "https://example.org/wire/csv-en-01"
