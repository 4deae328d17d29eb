"""Publication dates: strict ISO forms only, with an explicit precision.

The coder resolves "yesterday" / "on Tuesday" against the publication date, so a date that is
guessed wrongly does more harm than a missing one. Only unambiguous ISO forms are accepted;
anything else is rejected ('bad_date') for a human to fix rather than parsed loosely.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

DAY = "day"
MONTH = "month"
PRECISIONS = (DAY, MONTH)
FUTURE_TOLERANCE = timedelta(days=1)  # time zones: a wire can be dated "tomorrow" for us

_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR_MONTH_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class BadDateError(ValueError):
    """The published value is not a date this pipeline accepts (reason 'bad_date')."""

    reason = "bad_date"


class FutureDateError(BadDateError):
    """The published date lies after tomorrow: a typo or a wrong clock (reason 'future_date')."""

    reason = "future_date"


def _parse_iso_day(value: str) -> date:
    """'YYYY-MM-DD' or a full ISO timestamp -> the calendar date as written.

    Timestamps are not converted to UTC: the date printed by the outlet is the one relative
    days in its text refer to.
    """
    try:
        if _YEAR_MONTH_DAY.match(value):
            return date.fromisoformat(value)
        return datetime.fromisoformat(value).date()
    except ValueError as error:
        raise BadDateError(f"published {value!r} is not a valid ISO date: {error}") from None


def _parse_iso_month(match: re.Match[str], value: str) -> date:
    """'YYYY-MM' -> first of that month."""
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        raise BadDateError(f"published {value!r} has month {month}, expected 01-12")
    return date(year, month, 1)


def _check_not_future(published: date, today: date) -> None:
    if published > today + FUTURE_TOLERANCE:
        raise FutureDateError(
            f"published {published.isoformat()} is after {today.isoformat()} + 1 day"
        )


def parse_published(
    value: str | date,
    declared_precision: str | None = None,
    today: date | None = None,
) -> tuple[date, str]:
    """Parse a published value into (date, precision).

    'YYYY-MM-DD' and ISO timestamps give day precision; 'YYYY-MM' gives the first of the month
    with month precision. A declared precision from the record wins when it is coarser
    ('month' on a full date -> first of that month) and is refused when it claims more than the
    value holds ('day' on 'YYYY-MM'). Raises BadDateError / FutureDateError (both ValueError).
    """
    if declared_precision is not None and declared_precision not in PRECISIONS:
        raise BadDateError(
            f"date_precision {declared_precision!r} is not one of {', '.join(PRECISIONS)}"
        )
    if isinstance(value, datetime):
        published, precision = value.date(), DAY
    elif isinstance(value, date):
        published, precision = value, DAY
    else:
        text = value.strip()
        month_match = _YEAR_MONTH.match(text)
        if month_match:
            published, precision = _parse_iso_month(month_match, text), MONTH
        elif re.match(r"^\d{4}-\d{2}-\d{2}", text):
            published, precision = _parse_iso_day(text), DAY
        else:
            raise BadDateError(
                f"published {value!r} is not YYYY-MM-DD, YYYY-MM or an ISO timestamp"
            )
    if declared_precision == DAY and precision == MONTH:
        raise BadDateError(f"date_precision 'day' but published {value!r} names only a month")
    if declared_precision == MONTH:
        published, precision = published.replace(day=1), MONTH
    _check_not_future(published, today or date.today())
    return published, precision
