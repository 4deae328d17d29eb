"""From the fields a reader found to an Article: the steps every source shares.

Each reader (JSONL, CSV, feed, web page, text file) extracts raw fields in its own way; this
module normalizes the text, derives the id, detects the language, finds a date in the text
when the source gave none, canonicalises the URL, and checks the raw.articles contract, so a
record that would fail it is rejected here with a reason instead of slipping into the table.
"""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date

from .dates import date_from_text
from .decoding import has_undecodable
from .identity import _CONTROL, HASHED_ID_PREFIX, HASHED_ID_LENGTH, hash_normalized, make_article_id, normalize_text
from .language import detect_language
from .records import Article, printable
from .urls import canonical_url

MAX_ID_LENGTH = 512  # raw.articles contract (orchestration/schemas.py)
LONG_ID = 200  # ids from feeds (guids, links) longer than this are replaced by a digest


class RecordError(ValueError):
    """A record that cannot become an article; `reason` is the rejected_records code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


def optional_text(value: str | None) -> str | None:
    """Trimmed, space-collapsed single-line string; empty -> None (an empty title is no title)."""
    if value is None:
        return None
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    cleaned = " ".join(value.split())
    if not cleaned.isprintable():
        cleaned = " ".join(printable(_CONTROL.sub("", cleaned)).split())
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


def short_id(value: str | None) -> str | None:
    """A feed guid or link usable as an article id: itself when short, else 'art-' + digest."""
    if value is None:
        return None
    value = " ".join(value.split())
    if not value:
        return None
    if len(value) <= LONG_ID:
        return value
    return HASHED_ID_PREFIX + hashlib.sha256(value.encode("utf-8")).hexdigest()[:HASHED_ID_LENGTH]


def finish_article(
    *,
    text: str,
    source_file: str,
    source_line: int | None,
    given_id: str | int | None = None,
    title: str | None = None,
    published: tuple[date, str] | None = None,
    language: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    is_summary: bool = False,
    date_from_body: bool = False,
    today: date | None = None,
) -> Article:
    """Build the Article, or raise RecordError ('undecodable', 'empty_text', 'invalid_id').

    `published` is what the source stated (already parsed); with `date_from_body`, a record
    without one takes the first explicit date of its dateline (dateparser, in its language).
    `language` is the source's own label (kept as 'record'); without one it is detected.
    """
    if has_undecodable(text):
        raise RecordError("undecodable", "the text holds bytes that are not valid in the file's encoding")
    body = normalize_text(text)  # no NUL left, and no lone surrogate (checked above)
    if not body:
        raise RecordError("empty_text", "text is empty after normalization")
    body_hash = hash_normalized(body)
    article_id = make_article_id(given_id, body_hash)
    if len(article_id) > MAX_ID_LENGTH:
        raise RecordError("invalid_id", f"id is {len(article_id)} characters long, at most {MAX_ID_LENGTH} allowed")
    given_language = record_language(language)
    detected = given_language or detect_language(body)
    if published is None and date_from_body:
        published = date_from_text(body, detected, today)
    cleaned_title = optional_text(title)
    cleaned_url = optional_text(url)
    return Article(
        article_id=printable(article_id),
        title=cleaned_title,
        text=body,
        published=None if published is None else published[0],
        date_precision=None if published is None else published[1],
        language=detected,
        language_source="record" if given_language else "detected",
        url=cleaned_url,
        source=optional_text(outlet),
        text_hash=body_hash,
        source_file=source_file,
        source_line=source_line,
        canonical_url=canonical_url(cleaned_url),
        is_summary=is_summary,
    )
