"""Plain-text articles: one article per file, with an optional `date ...` header line.

The shape (see data/samples/seed-article.txt) is a first line `date YYYY-MM[-DD] <rest>`, a
blank line, then the body. The rest of the header line (e.g. "Photo : YONHAP News") is page
furniture, not article text, so it is kept out of the body the coder reads. Without a header,
the date is taken from the text's dateline when it states one ("PARIS, 4 mars 2025 -").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from .build import RecordError, finish_article
from .dates import BadDateError, parse_published
from .decoding import UndecodableError, decode_bytes
from .records import Article, Rejected, reject
from .sources import DEFAULT_MAX_DOCUMENT_BYTES

_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?:\s+(.*?))?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class TextFileParts:
    """A text file split into its header date (raw string, if any) and its body."""

    header_date: str | None
    header_rest: str | None
    body: str


def split_date_header(content: str) -> TextFileParts:
    """Separate the optional `date YYYY-MM[-DD] <rest>` first line from the body."""
    first_line, _, remainder = content.lstrip("\ufeff").partition("\n")
    match = _DATE_HEADER.match(first_line)
    if match is None:
        return TextFileParts(header_date=None, header_rest=None, body=content)
    return TextFileParts(header_date=match.group(1), header_rest=match.group(2), body=remainder)


def article_id_for_path(relative_path: str) -> str:
    """'world/seed-article.txt' -> 'world/seed-article': readable, unique within the inbox."""
    return str(PurePosixPath(relative_path).with_suffix(""))


def read_document(path: Path, relative_path: str, max_bytes: int | None = None) -> bytes | Rejected:
    """The bytes of a file read whole (a text article, a page, a feed), at most `max_bytes`."""
    limit = max_bytes or DEFAULT_MAX_DOCUMENT_BYTES
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        return reject(relative_path, None, "unreadable", f"cannot read file: {error}", None)
    if len(data) > limit:
        return reject(relative_path, None, "too_large",
                      f"file is larger than {limit:,} bytes, the limit for one document "
                      "(split it, or raise limits.max_document_bytes in the sources config)", None)
    return data


def read_text_article(path: Path, relative_path: str, today: date | None = None,
                      max_bytes: int | None = None) -> Article | Rejected:
    """Read one .txt article; `relative_path` (posix, relative to the inbox) names its source.

    Reasons: 'unreadable', 'too_large', 'binary_file', 'undecodable', 'bad_date',
    'future_date', 'empty_text'. No date header and no dateline -> published and
    date_precision are null (unknown, not rejected).
    """
    data = read_document(path, relative_path, max_bytes)
    if isinstance(data, Rejected):
        return data
    try:
        content = decode_bytes(data)
    except UndecodableError as error:
        return reject(relative_path, None, error.reason, str(error), None)

    parts = split_date_header(content)
    published = None
    if parts.header_date is not None:
        try:
            published = parse_published(parts.header_date, today=today)
        except BadDateError as error:
            return reject(relative_path, None, error.reason, str(error), content)
    if not parts.body.strip():
        return reject(relative_path, None, "empty_text", "the file has no article text", content)
    try:
        return finish_article(
            text=parts.body,
            source_file=relative_path,
            source_line=None,
            given_id=article_id_for_path(relative_path),
            published=published,
            date_from_body=True,
            today=today,
        )
    except RecordError as error:
        return reject(relative_path, None, error.reason, str(error), content)
