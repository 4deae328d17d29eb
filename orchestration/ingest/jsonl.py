"""JSON Lines articles: one JSON object per line, read as a stream.

Feeds and user exports can be large, so the file is never loaded whole: each line is decoded
and judged on its own, and one bad line costs one reject, never the file.
Expected shape (as in shared/dev-gold/articles.jsonl): `text` and `published` required; `id`
(else a content-derived id), `title`, `url`, `source`, `language`, `date_precision` optional.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from .dates import BadDateError, parse_published
from .identity import make_article_id, normalize_text, text_hash
from .language import detect_language
from .records import Article, Rejected, reject

REQUIRED_FIELDS = ("text", "published")
OPTIONAL_STRING_FIELDS = ("title", "url", "source", "language", "date_precision")


class RecordError(ValueError):
    """A line that cannot become an article; `reason` is the rejected_records code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


def decode_line(raw_line: bytes, line_number: int) -> str:
    """UTF-8 line without its line ending (and without a BOM on line 1)."""
    if line_number == 1 and raw_line.startswith(b"\xef\xbb\xbf"):
        raw_line = raw_line[3:]
    try:
        return raw_line.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as error:
        raise RecordError("invalid_json", f"line is not valid UTF-8: {error}") from None


def parse_object(line: str) -> dict[str, Any]:
    """JSON text -> dict, or RecordError('invalid_json' | 'not_an_object')."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise RecordError("invalid_json", f"invalid JSON: {error}") from None
    if not isinstance(value, dict):
        raise RecordError("not_an_object", f"expected a JSON object, got {type(value).__name__}")
    return value


def check_fields(record: Mapping[str, Any]) -> None:
    """Required fields present and every known field of the right type.

    `id` may be a string or an integer (numeric ids are common in exports); null counts as
    absent for optional fields and as missing for required ones.
    """
    missing = [name for name in REQUIRED_FIELDS if record.get(name) is None]
    if missing:
        raise RecordError("missing_field", f"required field(s) missing or null: {', '.join(missing)}")
    wrong = [name for name in REQUIRED_FIELDS if not isinstance(record[name], str)]
    wrong += [
        name for name in OPTIONAL_STRING_FIELDS
        if record.get(name) is not None and not isinstance(record[name], str)
    ]
    record_id = record.get("id")
    if record_id is not None and (isinstance(record_id, bool) or not isinstance(record_id, (str, int))):
        wrong.append("id")
    if wrong:
        kinds = ", ".join(f"{name}={type(record[name]).__name__}" for name in wrong)
        raise RecordError("wrong_type", f"field(s) of the wrong type: {kinds}")


def optional_text(value: str | None) -> str | None:
    """Trimmed, space-collapsed string; empty -> None (an empty title is no title)."""
    if value is None:
        return None
    cleaned = normalize_text(value).replace("\n", " ")
    return cleaned or None


def record_language(value: str | None) -> str | None:
    """The record's own language as ISO 639-1 ('fr', 'FR', 'fr-CA' -> 'fr'), else None.

    Values that do not reduce to two letters are ignored (the text is detected instead)
    rather than rejected: a wrong label should not cost the article.
    """
    if value is None:
        return None
    primary = value.strip().lower().replace("_", "-").split("-")[0]
    return primary if len(primary) == 2 and primary.isalpha() else None


def build_article(
    record: Mapping[str, Any], source_file: str, line_number: int, today: date | None
) -> Article:
    """A checked JSON object -> Article, or RecordError ('empty_text', 'bad_date', 'future_date')."""
    check_fields(record)
    body = normalize_text(record["text"])
    if not body:
        raise RecordError("empty_text", "text is empty after normalization")
    try:
        published, precision = parse_published(
            record["published"], optional_text(record.get("date_precision")), today=today
        )
    except BadDateError as error:
        raise RecordError(error.reason, str(error)) from None
    body_hash = text_hash(body)
    given_language = record_language(record.get("language"))
    return Article(
        article_id=make_article_id(record.get("id"), body_hash),
        title=optional_text(record.get("title")),
        text=body,
        published=published,
        date_precision=precision,
        language=given_language or detect_language(body),
        language_source="record" if given_language else "detected",
        url=optional_text(record.get("url")),
        source=optional_text(record.get("source")),
        text_hash=body_hash,
        source_file=source_file,
        source_line=line_number,
    )


def read_jsonl(path: Path, relative_path: str, today: date | None = None) -> Iterator[Article | Rejected]:
    """Yield one Article or Rejected per non-blank line; line numbers are 1-based physical lines.

    Blank lines are layout, not records, and yield nothing. Reasons: 'invalid_json',
    'not_an_object', 'missing_field', 'wrong_type', 'empty_text', 'bad_date', 'future_date'
    ('unreadable' once if the file cannot be opened).
    """
    try:
        handle = path.open("rb")
    except OSError as error:
        yield reject(relative_path, None, "unreadable", f"cannot read file: {error}", None)
        return
    with handle:
        for line_number, raw_line in enumerate(handle, start=1):
            if not raw_line.strip():
                continue
            excerpt_source = raw_line.decode("utf-8", errors="replace").strip().lstrip("\ufeff")
            try:
                line = decode_line(raw_line, line_number)
                yield build_article(parse_object(line), relative_path, line_number, today)
            except RecordError as error:
                yield reject(relative_path, line_number, error.reason, str(error), excerpt_source)
