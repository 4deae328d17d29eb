"""Plain-text articles: one article per file, with an optional `date ...` header line.

The shape (see data/samples/seed-article.txt) is a first line `date YYYY-MM[-DD] <rest>`, a
blank line, then the body. The rest of the header line (e.g. "Photo : YONHAP News") is page
furniture, not article text, so it is kept out of the body the coder reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from .dates import BadDateError, parse_published
from .decoding import UndecodableError, decode_bytes
from .identity import make_article_id, normalize_text, text_hash
from .language import detect_language
from .records import Article, Rejected, reject

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


def read_text_article(path: Path, relative_path: str, today: date | None = None) -> Article | Rejected:
    """Read one .txt article; `relative_path` (posix, relative to the inbox) names its source.

    Reasons: 'unreadable', 'undecodable', 'bad_date', 'future_date', 'empty_text'.
    No date header -> published and date_precision are null (unknown, not rejected).
    """
    try:
        content = decode_bytes(path.read_bytes())
    except OSError as error:
        return reject(relative_path, None, "unreadable", f"cannot read file: {error}", None)
    except UndecodableError as error:
        return reject(relative_path, None, "undecodable", str(error), None)

    parts = split_date_header(content)
    published, precision = None, None
    if parts.header_date is not None:
        try:
            published, precision = parse_published(parts.header_date, today=today)
        except BadDateError as error:
            return reject(relative_path, None, error.reason, str(error), content)

    body = normalize_text(parts.body)
    if not body:
        return reject(relative_path, None, "empty_text", "the file has no article text", content)

    body_hash = text_hash(body)
    return Article(
        article_id=make_article_id(article_id_for_path(relative_path), body_hash),
        title=None,
        text=body,
        published=published,
        date_precision=precision,
        language=detect_language(body),
        language_source="detected",
        url=None,
        source=None,
        text_hash=body_hash,
        source_file=relative_path,
        source_line=None,
    )
