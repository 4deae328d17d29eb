"""What makes two articles "the same": their normalized text, and the id they are stored under.

Wire copies of one story differ in line endings, Unicode composition and stray spaces; hashing
the raw bytes would store them twice. Normalizing first makes the hash follow the words.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# control characters that are not whitespace: C0 (NUL, backspace, escape...), DEL, C1 (U+0080-U+009F
# but U+0085 NEL, a line break; C1 characters in text are bytes decoded with the wrong code page)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_CONTROL_BYTES = bytes([*range(0, 9), *range(0x0E, 0x1C), 0x7F])
_C1_UTF8 = re.compile(b"\xc2[\x80-\x84\x86-\x9f]")
HASHED_ID_PREFIX = "art-"
HASHED_ID_LENGTH = 16


def normalize_text(text: str) -> str:
    """NFC, LF line endings, single spaces, trimmed lines; paragraph breaks kept.

    Single newlines stay as they are and runs of blank lines shrink to one blank line, so
    paragraph structure (which the sentence splitter may use) survives normalization. Control
    characters that are not whitespace (NUL, backspace, escape...) are dropped.
    (String methods rather than regular expressions: this runs on every record.)
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    data = text.encode("utf-8", "surrogatepass")  # C0 bytes never occur inside a UTF-8 sequence
    if len(data.translate(None, _CONTROL_BYTES)) != len(data) or (b"\xc2" in data and _C1_UTF8.search(data)):
        text = _CONTROL.sub("", text)
    lines: list[str] = []
    blank = True  # drops leading blank lines
    for line in text.split("\n"):
        # only lines with tabs, odd spaces or runs of spaces are rebuilt (most lines are clean)
        if not line.isprintable() or "  " in line or line[:1] == " " or line[-1:] == " ":
            line = " ".join(line.split())
        if line:
            lines.append(line)
            blank = False
        elif not blank:
            lines.append("")
            blank = True
    if lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


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
