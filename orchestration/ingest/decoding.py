"""Bytes -> text for files whose encoding nobody declared."""

from __future__ import annotations

import codecs

from charset_normalizer import CharsetMatch, CharsetMatches, from_bytes

# The pipeline's languages (en, fr, de, es, it, pt) are written in Western code pages; when
# the guesser scores several code pages equally, these win over e.g. cp1250 ("č" for "è").
PREFERRED_LEGACY_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")


class UndecodableError(ValueError):
    """No plausible text encoding was found (reason 'undecodable')."""


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM) first, since nearly all feeds use it; else let
    charset-normalizer guess (cp1252, latin-1, UTF-16 with BOM...).

    Trying strict UTF-8 first matters: a guesser can mistake short UTF-8 text for a legacy
    code page, while legacy bytes almost never form valid UTF-8 by accident.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = best_guess(from_bytes(data))
    if best is None:
        raise UndecodableError("no text encoding fits these bytes (binary file?)")
    return str(best)


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
