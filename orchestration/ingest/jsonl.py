"""JSON Lines articles (.jsonl, .ndjson, and the same gzipped): one JSON object per line, streamed.

Exports can be large, so a file is never loaded whole: lines are decoded and judged one at a
time (a line is read at most MAX_RECORD_CHARS at a time), and one bad line costs one reject,
never the file. A gzip stream that ends early keeps the lines before the damage and rejects
the rest with one 'truncated_gzip' record.

Expected shape (as in shared/dev-gold/articles.jsonl): `text` and `published` required; `id`
(else a content-derived id), `title`, `url`, `source`, `language`, `date_precision` optional.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import IO, Any

from .build import RecordError, finish_article, optional_text, record_language  # noqa: F401 (re-exported)
from .dates import BadDateError, parse_published
from .decoding import UndecodableError, has_undecodable, open_text_stream
from .records import Article, Rejected, printable, reject

REQUIRED_FIELDS = ("text", "published")
OPTIONAL_STRING_FIELDS = ("title", "url", "source", "language", "date_precision")
MAX_RECORD_CHARS = 5_000_000  # one record (line) longer than this is rejected, not loaded
GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


def decode_line(raw_line: bytes, line_number: int) -> str:
    """UTF-8 line without its line ending (and without a BOM on line 1)."""
    if line_number == 1 and raw_line.startswith(b"\xef\xbb\xbf"):
        raw_line = raw_line[3:]
    try:
        return raw_line.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as error:
        raise RecordError("undecodable", f"line is not valid UTF-8: {error}") from None


def parse_object(line: str) -> dict[str, Any]:
    """JSON text -> dict, or RecordError('invalid_json' | 'not_an_object')."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise RecordError("invalid_json", f"invalid JSON: {error}") from None
    except RecursionError:
        raise RecordError("invalid_json", "invalid JSON: nested too deeply") from None
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


def build_article(
    record: Mapping[str, Any], source_file: str, line_number: int, today: date | None
) -> Article:
    """A JSON object (or a mapped CSV row) -> Article, or RecordError ('missing_field',
    'wrong_type', 'empty_text', 'bad_date', 'future_date', 'invalid_id')."""
    check_fields(record)
    if not record["text"].strip():
        raise RecordError("empty_text", "text is empty after normalization")
    try:
        published = parse_published(
            record["published"], optional_text(record.get("date_precision")), today=today
        )
    except BadDateError as error:
        raise RecordError(error.reason, str(error)) from None
    return finish_article(
        text=record["text"],
        source_file=source_file,
        source_line=line_number,
        given_id=record.get("id"),
        title=record.get("title"),
        published=published,
        language=record.get("language"),
        url=record.get("url"),
        outlet=record.get("source"),
        today=today,
    )


def repair_line(line: str, encoding: str, line_number: int) -> str:
    """A line holding bytes its stream's encoding could not decode, decoded as cp1252 when the
    stream is UTF-8 (files concatenated from several exports mix the two); else RecordError."""
    if not has_undecodable(line):
        return line
    if encoding.startswith("utf-8"):
        try:
            return line.encode("utf-8", "surrogateescape").decode("cp1252")
        except UnicodeError:
            pass
    raise RecordError("undecodable", f"line {line_number} holds bytes that are not valid {encoding}")


def is_gzip_name(path: Path | str) -> bool:
    return str(path).lower().endswith(".gz")


def read_lines(stream: IO[str], limit: int = MAX_RECORD_CHARS) -> Iterator[tuple[int, str | None]]:
    """(line number, line) for each physical line; (number, None) for a line over `limit`
    characters, which is skipped without being held in memory."""
    line_number = 0
    while True:
        line = stream.readline(limit)
        if not line:
            return
        line_number += 1
        if len(line) >= limit and not line.endswith(("\n", "\r")):
            while True:  # drain the rest of the over-long line
                more = stream.readline(limit)
                if not more or more.endswith(("\n", "\r")):
                    break
            yield line_number, None
            continue
        yield line_number, line


def read_jsonl(path: Path, relative_path: str, today: date | None = None) -> Iterator[Article | Rejected]:
    """Yield one Article or Rejected per non-blank line; line numbers are 1-based physical lines.

    Blank lines are layout, not records, and yield nothing. Reasons per line: 'invalid_json',
    'not_an_object', 'missing_field', 'wrong_type', 'empty_text', 'bad_date', 'future_date',
    'undecodable', 'record_too_large'; per file: 'unreadable', 'binary_file', 'undecodable',
    'corrupt_gzip', and 'truncated_gzip' for the unreadable rest of a damaged .gz.
    """
    try:
        handle = path.open("rb")
    except OSError as error:
        yield reject(relative_path, None, "unreadable", f"cannot read file: {error}", None)
        return
    with handle:
        binary: IO[bytes] = gzip.GzipFile(fileobj=handle, mode="rb") if is_gzip_name(path) else handle
        yield from read_jsonl_stream(binary, relative_path, today)


def read_jsonl_stream(binary: IO[bytes], relative_path: str, today: date | None = None) -> Iterator[Article | Rejected]:
    """`read_jsonl` over an open binary stream (a file, a GzipFile)."""
    try:
        stream, encoding = open_text_stream(binary)
    except UndecodableError as error:
        yield reject(relative_path, None, error.reason, str(error), None)
        return
    except GZIP_ERRORS as error:
        yield reject(relative_path, None, "corrupt_gzip", f"not a readable gzip file: {error}", None)
        return
    line_number = 0
    try:
        for line_number, line in read_lines(stream):
            if line is None:
                yield reject(relative_path, line_number, "record_too_large",
                             f"line {line_number} is longer than {MAX_RECORD_CHARS:,} characters", None)
                continue
            if not line.strip():
                continue
            line = line.rstrip("\r\n").lstrip("\ufeff")
            try:
                line = repair_line(line, encoding, line_number)
                yield build_article(parse_object(line), relative_path, line_number, today)
            except RecordError as error:
                yield reject(relative_path, line_number, error.reason, str(error), printable(line.strip()))
    except EOFError:
        yield reject(relative_path, line_number + 1, "truncated_gzip",
                     f"the gzip stream ends early: lines from {line_number + 1} on are lost "
                     f"(the file was cut off; {line_number} line(s) read)", None)
    except (gzip.BadGzipFile, zlib.error) as error:
        yield reject(relative_path, line_number + 1, "corrupt_gzip",
                     f"the gzip stream is damaged after line {line_number}: {error}", None)
