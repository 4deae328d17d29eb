"""Sentences, tokens and lemmas with character offsets.

Every event must point back to the exact characters it came from, so this module never rewrites
the article text: sentences and tokens are (start, end) spans into the original string.
Lemmas come from simplemma (through lemmas.py, which loads its dictionaries faster); the
splitting is ours because simplemma's splitter neither keeps offsets nor sees glued boundaries
such as "Trump.Selon" (common in scraped news).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from orchestration.coding import lemmas

SUPPORTED_LANGUAGES = ("en", "fr", "es", "de", "it", "pt")

# Words that end in a period without ending a sentence. Lower-cased, without the period.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep st jr sr no nos vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft inc corp ltd co
    m mme mlle mm me dr pr gén col lt cdt sgt
    sr sra srta dña d gral cnel
    hr hrn fr frau dr prof bzw ca nr str
    sig sigg dott on avv gen
    sr sra exmo dr""".split()
)

# A sentence ends at . ! ? … (plus closing quotes/brackets) followed by space and a capital,
# a digit or an opening quote.
# (French and German quotations open with a space or a low mark: '« Nous', '„Wir')
_BOUNDARY = re.compile(r"""[.!?…]+["»”’')\]]*\s+(?=(?:["«“„'(\[¿¡]\s?)?[^\W\d_a-zß-ÿ]|["«“„'(\[¿¡]?\d)""")
# Glued boundary: "...Trump.Selon le ..." — two lower-case letters, end punctuation, then a
# capitalised word. Skips URLs and abbreviations like "U.S.A" (single letters).
_GLUED = re.compile(r"(?<=[a-zß-ÿ]{2}[.!?])[\"»”’)]*(?=[A-ZÀ-ÝŒ][a-zß-ÿœ])")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[^\s])")

_TOKEN_CORE = r"""
    (?:[^\W\d_]\.){2,}                # initialisms: U.S., U.N., E.E.
  | \d+(?:[.,:/-]\d+)*                # numbers, dates, times
  | \w+(?:[-‐‑'’]\w+)*                # words, hyphenated compounds, apostrophes inside names
  | [^\w\s]                           # any other single character (punctuation, symbols)
"""
# French and Italian elisions are separate tokens: l'Équipe -> l' + Équipe.
_ELISION = r"(?:qu|jusqu|lorsqu|puisqu|quoiqu|presqu|[ldjmnstc]|dell|all|dall|nell|sull|coll|quell|quest|un|sull|tutt)['’](?=\w|\s*$)"
# English: didn't -> did + n't; Korea's -> Korea + 's
_ENGLISH_CLITIC = r"\w+(?=n['’]t\b)|n['’]t\b|['’]s\b"
# An elision is at most 7 letters and an apostrophe: the lookahead lets every other word skip
# the list of elisions at once (same tokens, half the time).
_ELIDED = r"(?=\w{1,7}['’])"
_ENGLISH_CORE = _TOKEN_CORE.replace("[-‐‑'’]", "[-‐‑]")
_TOKEN_RE = {
    "default": re.compile(_TOKEN_CORE, re.VERBOSE),
    "fr": re.compile(_ELIDED + r"(?:(?i:aujourd['’]hui)|(?i:" + _ELISION + "))|" + _TOKEN_CORE, re.VERBOSE),
    "it": re.compile(_ELIDED + r"(?i:" + _ELISION + ")|" + _TOKEN_CORE, re.VERBOSE),
    "en": re.compile(_ENGLISH_CLITIC + "|" + _ENGLISH_CORE, re.VERBOSE),
}
# English text without "n't" cannot match the two n't alternatives: skip them.
_ENGLISH_WITHOUT_NT = re.compile(r"['’]s\b|" + _ENGLISH_CORE, re.VERBOSE)
assert all(p.groups == 0 for p in (*_TOKEN_RE.values(), _ENGLISH_WITHOUT_NT))  # findall returns whole tokens


QUOTE_OPENERS = frozenset('"«“„‘')


def _token_pattern(text: str, lang: str) -> re.Pattern:
    if lang == "en" and "n't" not in text and "n’t" not in text:
        return _ENGLISH_WITHOUT_NT
    return _TOKEN_RE.get(lang, _TOKEN_RE["default"])


class Token(NamedTuple):
    """One word or symbol. A tuple (not a dataclass): a sentence makes ~20 of them and the coder
    makes one per word of every article, so creation cost matters."""

    text: str
    start: int
    end: int
    key: str  # folded lemma: what actor and event dictionaries are matched against
    lower: str  # folded surface form (case and accents removed)
    surface: str  # lower-cased surface form, accents kept: function words ("a" is not "à")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form, so 'Etats-Unis' matches 'États-Unis'."""
    text = text.replace("’", "'").replace("‐", "-").replace("‑", "-").casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


@lru_cache(maxsize=200_000)
def _surface(word: str) -> str:
    return unicodedata.normalize("NFC", word.replace("’", "'").casefold())


@lru_cache(maxsize=200_000)
def lemma_key(word: str, lang: str) -> str:
    """Folded lemma of one word (cached: news vocabulary repeats a lot).

    Capitalised words keep their own form: lemmatising proper nouns merges names with common
    words (pt "Irão" -> "ir", "to go"; es "Tirana" -> "tirano"). German capitalises every noun,
    so there the lemma is still used.
    """
    if word[:1].isupper() and lang != "de":
        return fold(word).replace(" ", "_")
    if lang == "de" and "-" in word.strip("-"):
        # a German compound is matched by its head: "Putsch-Vorwürfe" -> "vorwurf"
        word = word.strip("-").rsplit("-", 1)[1]
    if lang in SUPPORTED_LANGUAGES and any(c.isalpha() for c in word):
        try:
            word = lemmas.lemmatize(word, lang)
        except Exception:  # noqa: BLE001 — an odd token must never stop the coder
            pass
    return fold(word).replace(" ", "_")


def tokenize(text: str, lang: str, offset: int = 0, sentence: bool = True) -> list[Token]:
    """Tokens of `text` with lemmas; offsets are shifted by `offset` (the sentence's start).

    The first word of a sentence is capitalised only because it opens the sentence, so it is
    lemmatised like a lower-case word when the language knows it ("Protesters" -> "protester").
    Dictionary forms (sentence=False) are written as they are meant: "Chad" stays a name."""
    make = tuple.__new__
    tokens = []
    pos = 0
    for word in _token_pattern(text, lang).findall(text):
        # only whitespace lies between tokens (every other character starts one), so the next
        # occurrence of the word is the token: cheaper than a match object per token
        start = text.find(word, pos)
        pos = start + len(word)
        # (so is the first word of a quotation: '"Condenamos el ataque", dijo')
        forms = _initial_forms(word, lang) if sentence and (not tokens or tokens[-1].text in QUOTE_OPENERS) else _word_forms(word, lang)
        tokens.append(make(Token, (word, start + offset, pos + offset, *forms)))
    return tokens


@lru_cache(maxsize=200_000)
def _word_forms(word: str, lang: str) -> tuple[str, str, str]:
    """(key, lower, surface) of a word: one cache lookup per token instead of three."""
    return lemma_key(word, lang), fold(word), _surface(word)


@lru_cache(maxsize=50_000)
def _initial_forms(word: str, lang: str) -> tuple[str, str, str]:
    """_word_forms of a sentence's first word (its key may be the lower-case word's lemma)."""
    return _initial_key(word, lang), fold(word), _surface(word)


@lru_cache(maxsize=50_000)
def _initial_key(word: str, lang: str) -> str:
    lower = word.lower()
    if lower != word and lang in SUPPORTED_LANGUAGES and lemmas.is_known(lower, lang):
        return lemma_key(lower, lang)
    return lemma_key(word, lang)


_LAST_WORD = re.compile(r"(\w+)\.$")


def _ends_with_abbreviation(text: str, end: int) -> bool:
    """True when the period at text[end-1] closes an abbreviation (Mr., M., U.S.) rather than a sentence."""
    m = _LAST_WORD.search(text[max(0, end - 12) : end])
    if not m:
        return False
    word = m.group(1)
    return len(word) == 1 or word.casefold() in ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of `text`, whitespace trimmed, glued boundaries split."""
    cuts = {0, len(text)}
    for m in _PARAGRAPH.finditer(text):
        cuts.add(m.end())
    for m in _GLUED.finditer(text):
        cuts.add(m.end())
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == "." and _ends_with_abbreviation(text, m.start() + 1):
            continue
        cuts.add(m.end())
    spans = []
    ordered = sorted(cuts)
    for start, end in zip(ordered, ordered[1:]):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
