"""Dates and times as other programs write them.

01/03/2025 is 1 March in most of the world and 3 January in the US. A whole column is
read one way: if any of its dates can only be day-first (13/03/2025) or only month-first
(03/13/2025), that decides it. When nothing decides, only the dates that read the same
both ways are accepted and the rest are reported, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from bounceback.services.errors import Message
from bounceback.services.exchange.import_text import BadValue
from bounceback.services.validation import EARLIEST, LATEST

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
_MONTHS = {name.casefold()[:n]: i + 1 for i, name in enumerate(MONTH_NAMES) for n in (3, 9)}
_MONTHS["sept"] = 9
_WEEKDAYS = frozenset(d[:n] for d in ("monday", "tuesday", "wednesday", "thursday", "friday",
                                      "saturday", "sunday") for n in (3, 9))

_TIME_TAIL = r"(?:[T ]+\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[aApP]\.?[mM]\.?)?" \
             r"\s*(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME_TAIL)
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})" + _TIME_TAIL)
_TWELVE_HOUR = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*([aApP])\.?\s*[mM]?\.?")
_TWENTY_FOUR = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?")

# Longer cells are notes, not dates; the cap also keeps the patterns below quick.
MAX_LENGTH = 64

UNREADABLE = "The date “%1” isn't one BounceBack can read; please write it like 2025-03-01."


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # a job search is recent: 25 is 2025, 99 is 1999
        year += 2000 if year < 70 else 1900
    return year


def _numeric_parts(text: str) -> tuple[int, int, int] | None:
    value = text.strip()
    m = _NUMERIC.fullmatch(value) if len(value) <= MAX_LENGTH else None
    return (int(m[1]), int(m[2]), _year(m[3])) if m else None


def day_first_for(values: Iterable[str]) -> bool | None:
    """Whether a column's numeric dates are day-first, or None when nothing decides it."""
    day_first = month_first = False
    for value in values:
        parts = _numeric_parts(value)
        if parts is None:
            continue
        a, b, _ = parts
        day_first |= a > 12 >= b
        month_first |= b > 12 >= a
    return day_first if day_first != month_first else None


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        day_value = dt.date(year, month, day)
    except ValueError:
        raise BadValue("The date “%1” doesn't exist on the calendar.", text) from None
    return in_range(day_value, text)


def in_range(value: dt.date, text: str) -> dt.date:
    """Years before 1970 or after 2100 are typing slips (0205 for 2025), never real."""
    day = value.date() if isinstance(value, dt.datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise BadValue("The date “%1” looks mistyped; please use a year between "
                       "1970 and 2100.", text)
    return value


def _spoken(day: dt.date) -> Message:
    """"1 March": a day and a month's name, each part translated where it is shown."""
    return Message("%1 %2", day.day, MONTH_NAMES[day.month - 1])


def parse_day(text: str, day_first: bool | None = None) -> dt.date:
    """A date written as ISO, numerically (see the module doc) or with a month name."""
    value = text.strip()
    if len(value) > MAX_LENGTH:
        raise BadValue("This date is too long to be a date; please write it like 2025-03-01.")
    if m := _ISO.fullmatch(value):
        return _make(int(m[1]), int(m[2]), int(m[3]), value)
    if parts := _numeric_parts(value):
        a, b, year = parts
        if day_first is None:
            if a > 12:
                day_first = True
            elif b > 12 or a == b:
                day_first = False
            else:
                one, other = _make(year, b, a, value), _make(year, a, b, value)
                raise BadValue(
                    "The date “%1” could be %2 or %3; please write it as %4 or %5.",
                    value, _spoken(one), _spoken(other), one.isoformat(), other.isoformat())
        return _make(year, b, a, value) if day_first else _make(year, a, b, value)
    if named := _named(value):
        return named
    raise BadValue(UNREADABLE, value)


def _named(text: str) -> dt.date | None:
    """"1 March 2025", "Mar 1, 2025", "Saturday, 01-Mar-2025" and the like."""
    tokens = [t for t in re.split(r"[\s,/.\-]+", text.casefold()) if t]
    tokens = [t for t in tokens if t not in _WEEKDAYS and ":" not in t]
    if len(tokens) != 3:
        return None
    month = next((_MONTHS[t] for t in tokens if t in _MONTHS), None)
    if month is None:
        return None
    rest = [re.sub(r"(?<=\d)(st|nd|rd|th)$", "", t) for t in tokens if t not in _MONTHS]
    if len(rest) != 2 or not all(t.isdigit() for t in rest):
        return None
    day, year = sorted(rest, key=len)
    if len(year) != 4 or len(day) > 2:
        return None
    return _make(int(year), month, int(day), text)


def parse_time(text: str) -> dt.time:
    """"21:30", "21:30:05", "9:30 PM", "9 pm", "9.30 a.m."."""
    value = text.strip()[:MAX_LENGTH]
    if m := _TWELVE_HOUR.fullmatch(value):
        hour, minute, second = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        if 1 <= hour <= 12 and minute < 60 and second < 60:
            hour = hour % 12 + (12 if m[4] in "pP" else 0)
            return dt.time(hour, minute, second)
    elif m := _TWENTY_FOUR.fullmatch(value):
        hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
        if hour < 24 and minute < 60 and second < 60:
            return dt.time(hour, minute, second)
    raise BadValue("The time “%1” isn't one BounceBack can read; please write it "
                   "like 21:30.", value)


# A day without a time sits at noon, so it never looks like a late-night entry.
NO_TIME = dt.time(12, 0)


def parse_moment(day_text: str, time_text: str) -> dt.datetime:
    """An ISO day and a time (noon when the time is empty)."""
    day_value = day_text.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", day_value)
    if not day_value:
        raise BadValue("The date is missing.")
    if m is None:
        raise BadValue("The date “%1” should be written like 2025-03-01.", day_value)
    day = _make(int(m[1]), int(m[2]), int(m[3]), day_value)
    clock = parse_time(time_text) if time_text.strip() else NO_TIME
    return dt.datetime.combine(day, clock)
