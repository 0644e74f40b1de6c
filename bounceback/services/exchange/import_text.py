"""Reading another program's file as text: encodings, binary files, and a little HTML.

Shared by the CSV, Daylio and jrnl importers. Every failure is an :class:`ExchangeError`
with a kind message; nothing here logs the file's contents.
"""

from __future__ import annotations

import codecs
import html
import os
import re
from collections.abc import Sequence
from pathlib import Path

from bounceback.services.errors import Message
from bounceback.services.exchange.common import ExchangeError, RowProblem

# What an importer accepts: a path to a file, its raw bytes, or text already decoded.
# A plain ``str`` is always the text itself, never a file name: guessing would be fragile.
ImportSource = str | bytes | os.PathLike[str]

# A job-search spreadsheet or journal is a few megabytes at most; far bigger is a wrong file.
MAX_BYTES = 64 * 1024 * 1024

# Values spreadsheets use to say "nothing here".
PLACEHOLDERS = frozenset({"-", "--", "—", "–", "n/a", "na", "none", "null", "nil", "?"})


class BadValue(Exception):
    """One cell or field can't be used; ``message`` becomes a RowProblem.

    Like the services' errors, the message is an English template with parts (%1, …).
    """

    def __init__(self, message: str, *values: object) -> None:
        self.message = Message(message, *values)
        super().__init__(self.message)


# Magic numbers of files people pick by mistake, with what to do instead.
_WORKBOOK = ("This looks like a spreadsheet workbook. Please save it as CSV from your "
             "spreadsheet program, then import the CSV file.")
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", _WORKBOOK),  # .xlsx, .ods (and any zip)
    (b"\xd0\xcf\x11\xe0", _WORKBOOK),  # old .xls
    (b"%PDF", "This is a PDF document, not a file BounceBack can import."),
)
_NOT_TEXT = "This doesn't look like a text file, so BounceBack can't import it."
# C0 and C1 control characters other than tab, newlines and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def load_text(source: ImportSource) -> tuple[str, str]:
    """The text of ``source`` and the encoding it was read with.

    UTF-8 (with or without a byte-order mark) first, then UTF-16 when marked, then the
    Windows and Latin-1 code pages older spreadsheet programs write.
    """
    if isinstance(source, str):
        text, encoding = source.removeprefix("\ufeff"), "text"
    else:
        data = _read_bytes(source) if not isinstance(source, bytes) else source
        for magic, message in _MAGIC:
            if data.startswith(magic):
                raise ExchangeError(message)
        text, encoding = _decode(data)
    if not text.strip():
        raise ExchangeError("This file is empty, so there is nothing to import.")
    sample = text[:8192]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) // 20:
        raise ExchangeError(_NOT_TEXT)
    return text, encoding


def _read_bytes(path: os.PathLike[str]) -> bytes:
    p = Path(path)
    try:
        if p.stat().st_size > MAX_BYTES:
            raise ExchangeError("This file is too large to be an export BounceBack knows.")
        return p.read_bytes()
    except IsADirectoryError:
        raise ExchangeError("This is a folder; please choose a file.") from None
    except OSError:
        raise ExchangeError("BounceBack couldn't read this file. It may have been moved, "
                            "or another program may be using it.") from None


def _decode(data: bytes) -> tuple[str, str]:
    if len(data) > MAX_BYTES:
        raise ExchangeError("This file is too large to be an export BounceBack knows.")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ExchangeError(_NOT_TEXT) from None
    if b"\x00" in data[:8192]:
        raise ExchangeError(_NOT_TEXT)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"  # every byte is a Latin-1 character


def one_line_ends(text: str) -> str:
    """Windows and old Mac line ends as plain newlines."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def is_blank(value: str) -> bool:
    return value.strip().casefold() in PLACEHOLDERS or not value.strip()


_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6])\s*>", re.IGNORECASE)
_ITEM = re.compile(r"<li(?:\s[^<>]*)?>", re.IGNORECASE)


def html_to_text(value: str) -> str:
    """Rich-text notes (``<br>``, ``<b>``, ``&amp;``) as plain text with newlines.

    Only text that really contains tags or entities is touched, so a note saying
    "<3" or "R&D" stays as it was written.
    """
    if not _MARKUP.search(value):
        return value
    text = _BREAK.sub("\n", value)
    text = _ITEM.sub("• ", text)
    text = html.unescape(_TAG.sub("", text)).replace("\xa0", " ")
    return re.sub(r"\n{3,}", "\n\n", text)


def norm_key(value: str) -> str:
    """A loose key for matching labels: case, spaces and punctuation don't count."""
    return re.sub(r"[\W_]+", "", value.casefold())


def refuse(problems: Sequence[RowProblem], one: str = "row", many: str = "rows") -> ExchangeError:
    """The error for a file with bad rows: all of them, in file order, and the promise
    that nothing changed."""
    ordered = sorted(problems, key=lambda p: (p.file, p.line))
    count = len({(p.file, p.line) for p in ordered})
    if count == 1:
        return ExchangeError("One %1 needs a small fix before importing. Nothing was imported.",
                             one, problems=ordered)
    return ExchangeError("%1 %2 need a small fix before importing. Nothing was imported.",
                         count, many, problems=ordered)
