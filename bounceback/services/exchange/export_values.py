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
from collections.abc import Callable
from json.encoder import encode_basestring
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)

from bounceback.services.errors import Message

JsonValue = str | int | bool | None


class BadValue(ValueError):
    """A value that doesn't fit its column; the message names the column, not the value.

    ``message`` is an English template whose %1 is the column (services.errors.Message).
    """

    def __init__(self, message: str, column: str) -> None:
        self.message = Message(message, column)
        super().__init__(self.message)


def bulky(table: Table) -> list[str]:
    """The columns whose values may be large (text of any length, a document's bytes): what
    sizes a batch of rows held in memory."""
    return [c.name for c in table.columns if isinstance(c.type, Text | LargeBinary)]


def weight(values: dict[str, Any], names: list[str]) -> int:
    """The size of a row's large values (characters or bytes)."""
    total = 0
    for name in names:
        value = values.get(name)
        if value:
            total += len(value)
    return total


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


def json_text(value: JsonValue) -> str:
    """``value`` written as ``json.dumps(value, ensure_ascii=False)`` writes it."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    return encode_basestring(value)


def writer(column: Column[Any]) -> Callable[[object], str]:
    """For an export: a stored value of ``column`` to its JSON text, the same as
    ``json_text(to_json(column, value))``, the usual values of each type written directly."""
    kind = column.type

    def general(value: object) -> str:
        return json_text(to_json(column, value))

    if isinstance(kind, DateTime | Date):

        def write_moment(value: object) -> str:
            if isinstance(value, dt.date):  # a datetime too
                return '"' + value.isoformat() + '"'  # digits, dashes, colons: nothing to escape
            return "null" if value is None else general(value)

        return write_moment
    if isinstance(kind, Boolean):

        def write_bool(value: object) -> str:
            return "true" if value is True else "false" if value is False else general(value)

        return write_bool
    if isinstance(kind, Integer):

        def write_number(value: object) -> str:
            if type(value) is int:
                return int.__repr__(value)
            return "null" if value is None else general(value)

        return write_number
    if isinstance(kind, String) and not isinstance(kind, Enum):  # an Enum is a String too

        def write_text(value: object) -> str:
            if type(value) is str:
                return encode_basestring(value)
            return "null" if value is None else general(value)

        return write_text
    return general


def from_json(column: Column[Any], value: object) -> object:
    """The Python value for ``column`` from its JSON form, or :class:`BadValue`."""
    return reader(column)(value)


def reader(column: Column[Any]) -> Callable[[object], object]:
    """:func:`from_json` for one column, its type looked at once rather than for every row.

    The values an export writes are taken on a short path; anything else goes the long way,
    which says what is wrong with it.
    """
    checked = _checked(column)
    kind = column.type
    nullable = bool(column.nullable)
    if isinstance(kind, Enum) and kind.enum_class:
        members = {m.value: m for m in kind.enum_class}

        def read_enum(value: object) -> object:
            if type(value) is str and value in members:
                return members[value]
            return None if value is None and nullable else checked(value)

        return read_enum
    if isinstance(kind, DateTime):

        def read_moment(value: object) -> object:
            if type(value) is str and len(value) >= 19:
                try:
                    moment = dt.datetime.fromisoformat(value)
                except ValueError:
                    pass
                else:
                    if moment.tzinfo is None:
                        return moment
            return None if value is None and nullable else checked(value)

        return read_moment
    if isinstance(kind, Integer):

        def read_number(value: object) -> object:
            if type(value) is int and -(2**63) <= value < 2**63:
                return value
            return None if value is None and nullable else checked(value)

        return read_number
    if isinstance(kind, String) and not isinstance(kind, Enum):

        def read_text(value: object) -> object:
            if type(value) is str and value.isascii():
                return value
            return None if value is None and nullable else checked(value)

        return read_text
    return checked


def _checked(column: Column[Any]) -> Callable[[object], object]:
    """The long way: every check, null included."""
    name = column.name
    convert = _converter(column)
    if column.nullable:

        def read_or_none(value: object) -> object:
            return None if value is None else convert(value)

        return read_or_none

    def read_needed(value: object) -> object:
        if value is None:
            raise BadValue("“%1” is empty but is needed.", name)
        return convert(value)

    return read_needed


def _converter(column: Column[Any]) -> Callable[[object], object]:
    """The check and conversion of a value that is not null."""
    name = column.name
    kind = column.type
    if isinstance(kind, Enum):
        allowed = {m.value: m for m in kind.enum_class} if kind.enum_class else {}

        def read_enum(value: object) -> object:
            if not isinstance(value, str) or value not in allowed:
                raise BadValue("“%1” has a value BounceBack doesn't know.", name)
            return allowed[value]

        return read_enum
    if isinstance(kind, DateTime):
        return lambda value: _datetime(name, value)
    if isinstance(kind, Date):
        return lambda value: _date(name, value)
    if isinstance(kind, Boolean):

        def read_bool(value: object) -> object:
            if not isinstance(value, bool):
                raise BadValue("“%1” should be true or false.", name)
            return value

        return read_bool
    if isinstance(kind, Integer):

        def read_number(value: object) -> object:
            # bool is an int to Python, but true is not a number to a person reading the file.
            if isinstance(value, bool) or not isinstance(value, int):
                raise BadValue("“%1” should be a whole number.", name)
            if not -(2**63) <= value < 2**63:  # what SQLite can hold
                raise BadValue("“%1” is a number too large to keep.", name)
            return value

        return read_number
    if isinstance(kind, LargeBinary):

        def read_bytes(value: object) -> object:
            if not isinstance(value, str):
                raise BadValue("“%1” should be Base64 text.", name)
            try:
                return base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError):
                raise BadValue("“%1” isn't readable Base64.", name) from None

        return read_bytes
    if isinstance(kind, String):  # Text is a String too

        def read_text(value: object) -> object:
            if not isinstance(value, str):
                raise BadValue("“%1” should be text.", name)
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    # A lone surrogate: JSON escapes allow it, UTF-8 can't hold it.
                    raise BadValue("“%1” has characters that can't be stored.", name) from None
            return value

        return read_text

    def unreadable(_value: object) -> object:
        raise BadValue("“%1” has a type BounceBack can't read.", name)

    return unreadable


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
