"""Checks shared by the services. Every write passes through them, whatever the caller."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar, overload
from urllib.parse import urlparse

from bounceback.services.errors import ValidationError

# Dates outside this window are typing slips (0205 for 2025), never real job-search dates.
EARLIEST = dt.date(1970, 1, 1)
LATEST = dt.date(2100, 12, 31)

SHORT = 200
# A long journal entry is ~10 k characters; a pasted document can be far longer and is still
# the person's words, so only a runaway paste (over a million characters) is refused.
LONG = 1_048_576


def clean_text(field: str, value: str | None, *, limit: int = LONG, required: bool = False,
               label: str = "This field") -> str:
    text = (value or "").replace("\x00", "")
    # A lone surrogate (half an emoji, from a broken file) can't be stored as UTF-8.
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").strip()
    if required and not text:
        raise ValidationError(field, "%1 is needed.", label)
    if len(text) > limit:
        raise ValidationError(field, "%1 is too long (at most %2 characters).", label,
                              f"{limit:,}")
    return text


# A date or a datetime: what is checked comes back as it was given.
_Day = TypeVar("_Day", bound=dt.date)


@overload
def check_date(field: str, value: _Day, *, label: str = ...) -> _Day: ...
@overload
def check_date(field: str, value: _Day | None, *, label: str = ...) -> _Day | None: ...
def check_date(field: str, value: _Day | None, *, label: str = "The date") -> _Day | None:
    if value is None:
        return None
    day = value.date() if isinstance(value, dt.datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(
            field, "%1 looks mistyped; please use a date between 1970 and 2100.", label)
    return value


def check_url(field: str, value: str | None) -> str:
    url = clean_text(field, value, limit=2000, label="The link")
    if not url:
        return ""
    if "://" not in url:
        url = "https://" + url
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or " " in parsed.netloc:
        raise ValidationError(field, "The link doesn't look like a web address.")
    return url


def check_range(field: str, value: int, low: int, high: int, *, label: str) -> int:
    if not low <= value <= high:
        raise ValidationError(field, "%1 should be between %2 and %3.", label, low, high)
    return value
