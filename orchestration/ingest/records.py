"""The two shapes an ingested record can take, mirroring the raw tables 1:1.

`warehouse_ddl.sql` is the contract between Python and SQL: every field here is a column of
`raw.articles` or `raw.rejected_records` (the loader matches columns by name), so it can write
`as_row()` straight into DuckDB. The load timestamps (`ingested_at`, `rejected_at`) are left
out on purpose: they describe the load, not the record, and are stamped by the loader.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

EXCERPT_LENGTH = 200


@dataclass(frozen=True)
class Article:
    """One distinct article accepted for coding (a row of raw.articles minus ingested_at)."""

    article_id: str
    title: str | None
    text: str
    published: date | None
    date_precision: str | None  # 'day' | 'month' | None
    language: str  # ISO 639-1, 'und' when undetectable
    language_source: str  # 'record' | 'detected'
    url: str | None
    source: str | None
    text_hash: str
    source_file: str
    source_line: int | None
    canonical_url: str | None = None  # url without tracking parameters, fragment, default port
    duplicate_of: str | None = None  # first article of the same story (near-duplicate wire copy)
    is_summary: bool = False  # feed item that carried only a summary, not the full text

    def as_row(self) -> dict[str, Any]:
        """Column name -> value (raw.articles columns minus ingested_at)."""
        return {name: getattr(self, name) for name in ARTICLE_FIELDS}


@dataclass(frozen=True)
class Rejected:
    """A record that was not ingested, kept so nothing disappears silently
    (a row of raw.rejected_records minus rejected_at)."""

    record_key: str
    source_file: str
    source_line: int | None
    reason: str
    detail: str | None
    excerpt: str | None
    duplicate_of: str | None = None

    def as_row(self) -> dict[str, Any]:
        """Column name -> value, in raw.rejected_records column order."""
        return {name: getattr(self, name) for name in REJECTED_FIELDS}


ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
REJECTED_FIELDS = tuple(f.name for f in fields(Rejected))


def make_record_key(source_file: str, source_line: int | None, excerpt: str | None) -> str:
    """sha256(source_file, line, excerpt): the same bad record gets the same key on every run,
    so re-ingesting an unchanged inbox does not pile up copies of its rejects."""
    parts = (source_file, "" if source_line is None else str(source_line), excerpt or "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def reject(
    source_file: str,
    source_line: int | None,
    reason: str,
    detail: str | None,
    raw_record: str | None,
    duplicate_of: str | None = None,
) -> Rejected:
    """Build a Rejected with its excerpt and stable key derived from the raw record."""
    excerpt = None if raw_record is None else printable(raw_record[:EXCERPT_LENGTH])
    return Rejected(
        record_key=make_record_key(source_file, source_line, excerpt),
        source_file=source_file,
        source_line=source_line,
        reason=reason,
        detail=detail,
        excerpt=excerpt,
        duplicate_of=duplicate_of,
    )


def printable(text: str) -> str:
    """Text safe to store: lone surrogates (undecodable bytes kept by 'surrogateescape') and
    NUL characters become U+FFFD, since DuckDB stores valid UTF-8 only."""
    return _UNSTORABLE.sub("\ufffd", text)


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
