"""What makes two articles "the same": their normalized text, and the id they are stored under.

Wire copies of one story differ in line endings, Unicode composition and stray spaces; hashing
the raw bytes would store them twice. Normalizing first makes the hash follow the words.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_HORIZONTAL_SPACE_RUN = re.compile(r"[^\S\n]+")  # any whitespace except newline
_SPACE_AROUND_NEWLINE = re.compile(r" ?\n ?")
_BLANK_LINE_RUN = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")  # control characters that are not whitespace
HASHED_ID_PREFIX = "art-"
HASHED_ID_LENGTH = 16


def normalize_text(text: str) -> str:
    """NFC, LF line endings, single spaces, trimmed lines; paragraph breaks kept.

    Single newlines stay as they are and runs of blank lines shrink to one blank line, so
    paragraph structure (which the sentence splitter may use) survives normalization. Control
    characters that are not whitespace (NUL, backspace, escape...) are dropped.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _SPACE_AROUND_NEWLINE.sub("\n", _HORIZONTAL_SPACE_RUN.sub(" ", text))
    return _BLANK_LINE_RUN.sub("\n\n", text).strip()


def text_hash(text: str) -> str:
    """sha256 hex digest of the normalized text: equal for copies that differ only in layout."""
    return hash_normalized(normalize_text(text))


def hash_normalized(normalized: str) -> str:
    """text_hash of a text that is already normalized (saves normalizing twice)."""
    return hashlib.sha256(normalized.encode("utf-8", "surrogatepass")).hexdigest()


def make_article_id(given_id: str | int | None, text_hash: str) -> str:
    """The record's own id when it has one (users cite it), else a content-derived id.

    The fallback 'art-' + hash[:16] is stable across runs, so a re-read article keeps its id.
    """
    if given_id is not None:
        stripped = " ".join(str(given_id).split())
        if stripped:
            return stripped
    return HASHED_ID_PREFIX + text_hash[:HASHED_ID_LENGTH]
