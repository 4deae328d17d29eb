"""Resolve the day an event happened from the words of its sentence and the publication date.

Which words mean "yesterday", "Tuesday" or "February" lives in each language's `dates.tsv`;
this module only does the arithmetic. A day is returned only when the text fixes it: relative
days need a day-precision publication date (a month-precision article has no "yesterday").
"""

from __future__ import annotations

import datetime as dt
import re

from .lexicon import LanguageLexicon, longest_non_overlapping
from .text import Token

_YEAR = re.compile(r"^(19|20)\d\d$")


def resolve_event_date(tokens: list[Token], lex: LanguageLexicon, published: dt.date | None, precision: str | None, views: dict | None = None, spans: list | None = None) -> dt.date | None:
    """The first day the sentence fixes, or None. `spans`, when given, receives the (start, end)
    of every date phrase ('este lunes', 'la semana pasada'), found in the same pass."""
    if published is None and spans is None:
        return None
    matches = longest_non_overlapping(lex.dates.find(tokens, views))
    if spans is not None:
        spans.extend((m.start, m.end) for m in matches)
        if published is None:
            return None
    for match in matches:
        kind, _, number = str(match.payload).partition("-")
        if match.payload == "day+0":
            kind, number = "day", "0"
        if kind == "month":
            day = _explicit_day(tokens, match.start, match.end, int(number), published)
            if day is not None:
                return day
            continue
        if precision != "day":
            continue  # relative to a day we do not know
        if kind == "day":
            return published - dt.timedelta(days=int(number))
        if kind == "weekday":
            # the most recent such weekday on or before publication ("on Tuesday" in past-tense news)
            back = (published.isoweekday() - int(number)) % 7
            return published - dt.timedelta(days=back)
    return None


def _explicit_day(tokens: list[Token], start: int, end: int, month: int, published: dt.date) -> dt.date | None:
    """'5 février', 'February 5', '5. Februar', 'el 5 de febrero' (+ an optional year)."""
    day = None
    for i in (start - 1, start - 2, end, end + 1):
        if 0 <= i < len(tokens):
            text = tokens[i].text.rstrip(".")
            if text.isdigit() and 1 <= int(text) <= 31 and not (i == start - 2 and tokens[start - 1].key not in {"de", "."}):
                day = int(text)
                break
            if text.lower() in {"1er", "1st", "1º", "1°"}:
                day = 1
                break
    if day is None:
        return None
    year = None
    for i in range(end, min(end + 4, len(tokens))):
        if _YEAR.match(tokens[i].text):
            year = int(tokens[i].text)
            break
    if year is None:
        year = published.year if month <= published.month else published.year - 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
