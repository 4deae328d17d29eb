"""Bytes -> text for files whose encoding nobody declared.

Whole documents (a .txt article, a web page) are decoded with `decode_bytes`; streams (JSONL,
CSV, possibly gzipped, possibly 50 MB) with `open_text_stream`, which decides the encoding from
the first 64 KiB and then decodes lazily, line by line. Bytes that do not fit the chosen
encoding are kept as lone surrogates ('surrogateescape') so the reader can reject just the
record that holds them (`has_undecodable`) instead of the whole file.
"""

from __future__ import annotations

import codecs
import io
import re
from typing import BinaryIO

from charset_normalizer import CharsetMatch, CharsetMatches, from_bytes

# The pipeline's languages (en, fr, de, es, it, pt) are written in Western code pages; when
# the guesser scores several code pages equally, these win over e.g. cp1250 ("č" for "è").
PREFERRED_LEGACY_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
SNIFF_BYTES = 64 * 1024
# Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls that never occur in text files (tab, LF, CR, FF, ESC... excluded).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_SURROGATE = re.compile("[\ud800-\udfff]")


class UndecodableError(ValueError):
    """No plausible text encoding was found (reason 'undecodable')."""

    reason = "undecodable"


class BinaryContentError(UndecodableError):
    """The bytes are binary data (NUL or other control bytes), not text (reason 'binary_file')."""

    reason = "binary_file"


def _utf16_without_bom(prefix: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when every other byte is NUL, as in ASCII-range UTF-16 text."""
    sample = prefix[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def check_not_binary(prefix: bytes) -> None:
    """Raise BinaryContentError when `prefix` holds NUL bytes or many other control bytes."""
    nul = prefix.find(b"\x00")
    if nul >= 0:
        raise BinaryContentError(f"NUL byte at byte offset {nul}: binary data, not text")
    if prefix:
        controls = len(prefix) - len(prefix.translate(None, _BINARY_BYTES))
        if controls > max(8, len(prefix) // 100):
            raise BinaryContentError(
                f"{controls} control bytes in the first {len(prefix)} bytes: binary data, not text"
            )


def sniff_encoding(prefix: bytes, complete: bool = True) -> str:
    """The encoding of a text whose first bytes are `prefix` (`complete`: that is all of it).

    A byte-order mark decides (UTF-8, UTF-16, UTF-32); UTF-16 without one is recognised by
    its NUL pattern; then strict UTF-8, since nearly all feeds use it and legacy bytes almost
    never form valid UTF-8 by accident; else charset-normalizer's guess (cp1252, latin-1...).
    Raises BinaryContentError for binary data, UndecodableError when nothing fits.
    """
    for bom, encoding in _BOMS:
        if prefix.startswith(bom):
            return encoding
    utf16 = _utf16_without_bom(prefix)
    if utf16:
        return utf16
    check_not_binary(prefix)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(prefix, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = best_guess(from_bytes(prefix))
    if best is None:
        raise UndecodableError("no text encoding fits these bytes")
    return best.encoding


def decode_bytes(data: bytes) -> str:
    """A whole document's bytes -> text (BOM removed). Raises UndecodableError/BinaryContentError."""
    encoding = sniff_encoding(data, complete=True)
    if encoding == "utf-8":
        return data.decode("utf-8")
    return data.decode(encoding, errors="replace")


def best_guess(matches: CharsetMatches) -> CharsetMatch | None:
    """charset-normalizer's best match, unless a preferred Western code page scores as well.

    Short French or German text in cp1252 is byte-for-byte plausible as cp1250 or cp1257, and
    the guesser breaks such ties arbitrarily; the tie-break here follows the expected languages.
    """
    best = matches.best()
    if best is None:
        return None
    for encoding in PREFERRED_LEGACY_ENCODINGS:
        for match in matches:
            if (match.encoding == encoding and match.chaos <= best.chaos
                    and match.coherence >= best.coherence):
                return match
    return best


class _PrefixedStream(io.RawIOBase):
    """Bytes already read (the sniffed prefix) followed by the rest of a binary stream."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = memoryview(prefix)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._prefix:
            count = min(len(buffer), len(self._prefix))
            buffer[:count] = self._prefix[:count]
            self._prefix = self._prefix[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def open_text_stream(binary: BinaryIO, newline: str | None = "") -> tuple[io.TextIOWrapper, str]:
    """Wrap a binary stream (a file, a GzipFile) as text in its sniffed encoding.

    Only the first 64 KiB are examined; memory stays bounded whatever the stream's length.
    Returns (text stream, encoding). Raises BinaryContentError / UndecodableError, and lets
    EOFError / OSError from a damaged gzip stream through to the caller.
    """
    prefix = binary.read(SNIFF_BYTES)
    complete = len(prefix) < SNIFF_BYTES
    encoding = sniff_encoding(prefix, complete=complete)
    buffered = io.BufferedReader(_PrefixedStream(prefix, binary), buffer_size=SNIFF_BYTES)
    return io.TextIOWrapper(buffered, encoding=encoding, errors="surrogateescape", newline=newline), encoding


def has_undecodable(text: str) -> bool:
    """True when `text` carries bytes the stream's encoding could not decode (lone surrogates)."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.search(text) is not None
    return False
