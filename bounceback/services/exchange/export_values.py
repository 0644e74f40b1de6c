"""Column values to JSON and back, generic over the column's SQLAlchemy type.

Dates and datetimes travel as ISO text, enums as their stored values, bytes (a document's
content) as standard Base64, everything else as the plain JSON type it already is. Reading
back is strict: a value of the wrong kind is a problem to report, never something to guess
at.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Enum, Integer, LargeBinary, String

from bounceback.services.errors import Message

JsonValue = str | int | bool | None


class BadValue(ValueError):
    """A value that doesn't fit its column; the message names the column, not the value.

    ``message`` is an English template whose %1 is the column (services.errors.Message).
    """

    def __init__(self, message: str, column: str) -> None:
        self.message = Message(message, column)
        super().__init__(self.message)


def to_json(column: Column[Any], value: object) -> JsonValue:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        stored: JsonValue = value.value  # an Enum's value is Any to mypy; ours are all text
        return stored
    # datetime before date: a datetime is also a date.
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    raise TypeError(f"No JSON form for {type(value).__name__} in {column.table.name}.{column.name}")


def from_json(column: Column[Any], value: object) -> object:
    """The Python value for ``column`` from its JSON form, or :class:`BadValue`."""
    name = column.name
    if value is None:
        if not column.nullable:
            raise BadValue("“%1” is empty but is needed.", name)
        return None
    kind = column.type
    if isinstance(kind, Enum):
        allowed = {m.value: m for m in kind.enum_class} if kind.enum_class else {}
        if not isinstance(value, str) or value not in allowed:
            raise BadValue("“%1” has a value BounceBack doesn't know.", name)
        return allowed[value]
    if isinstance(kind, DateTime):
        return _datetime(name, value)
    if isinstance(kind, Date):
        return _date(name, value)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise BadValue("“%1” should be true or false.", name)
        return value
    if isinstance(kind, Integer):
        # bool is an int to Python, but true is not a number to a person reading the file.
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadValue("“%1” should be a whole number.", name)
        if not -(2**63) <= value < 2**63:  # what SQLite can hold
            raise BadValue("“%1” is a number too large to keep.", name)
        return value
    if isinstance(kind, LargeBinary):
        if not isinstance(value, str):
            raise BadValue("“%1” should be Base64 text.", name)
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise BadValue("“%1” isn't readable Base64.", name) from None
    if isinstance(kind, String):  # Text is a String too
        if not isinstance(value, str):
            raise BadValue("“%1” should be text.", name)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: JSON escapes allow it, UTF-8 can't hold it
            raise BadValue("“%1” has characters that can't be stored.", name) from None
        return value
    raise BadValue("“%1” has a type BounceBack can't read.", name)


def _date(name: str, value: object) -> dt.date:
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise BadValue("“%1” isn't a date (expected YYYY-MM-DD).", name)


def _datetime(name: str, value: object) -> dt.datetime:
    if isinstance(value, str) and len(value) >= 19:
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            # Stored times are naive (local for moments, UTC for stamps); a zone would be
            # silently wrong after conversion, so it is refused instead.
            if moment.tzinfo is None:
                return moment
    raise BadValue("“%1” isn't a date and time (expected YYYY-MM-DDTHH:MM:SS).", name)
