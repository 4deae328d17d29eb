"""What makes two articles "the same": their normalized text, and the id they are stored under.

Wire copies of one story differ in line endings, Unicode composition and stray spaces; hashing
the raw bytes would store them twice. Normalizing first makes the hash follow the words.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_HORIZONTAL_SPACE_RUN = re.compile(r"[^\S\n]+")  # any whitespace except newline
_BLANK_LINE_RUN = re.compile(r"\n{3,}")
HASHED_ID_PREFIX = "art-"
HASHED_ID_LENGTH = 16


def normalize_text(text: str) -> str:
    """NFC, LF line endings, single spaces, trimmed lines; paragraph breaks kept.

    Single newlines stay as they are and runs of blank lines shrink to one blank line, so
    paragraph structure (which the sentence splitter may use) survives normalization.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = (_HORIZONTAL_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINE_RUN.sub("\n\n", "\n".join(lines)).strip()


def text_hash(text: str) -> str:
    """sha256 hex digest of the normalized text: equal for copies that differ only in layout."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def make_article_id(given_id: str | int | None, text_hash: str) -> str:
    """The record's own id when it has one (users cite it), else a content-derived id.

    The fallback 'art-' + hash[:16] is stable across runs, so a re-read article keeps its id.
    """
    if given_id is not None:
        stripped = str(given_id).strip()
        if stripped:
            return stripped
    return HASHED_ID_PREFIX + text_hash[:HASHED_ID_LENGTH]
