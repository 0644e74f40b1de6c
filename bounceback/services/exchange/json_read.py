"""Reading a BounceBack JSON export as it streams past, for :func:`json_format.import_json`.

The file is parsed one event at a time (ijson, on yajl's C parser) and each row is checked as
soon as it has been read: the values its fields must hold (:mod:`.export_values`), a key not
seen before in its table, a document's bytes matching their fingerprint. A good row is put
aside, table by table, in a temporary file; a bad one is noted with its place in the file.
Nothing is written to the store until the whole file has been read and found good, so a bad
file changes nothing, and only then are the rows merged, parents first (:mod:`.export_merge`),
although the file lists its tables by name. That is why the rows are put aside rather than
written as they come: a check-in's feelings come before the check-ins in the file.

References are checked at the end: each table that others refer to keeps the ids it holds, and
each reference the distinct values it points at; only a file with a reference to nothing is
read again (from the rows put aside) to say which rows those are. So the memory an import
needs is a row at a time, a batch of rows on their way to the temporary file, and the sets of
keys, whatever the size of the file.

What a file that isn't good is told, and in which order, is what reading it whole with
``json.load`` told: a file that isn't JSON (cut short when the text ran out, wherever in a
value that was), then one that isn't ours, too new, without tables, then every problem of
every row, parents' tables first (the first :data:`MAX_PROBLEMS` of them, and how many more).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import ijson
from sqlalchemy import Integer, Table

from bounceback.db import migrate
from bounceback.services.errors import Message
from bounceback.services.exchange.common import ExchangeError, RowProblem
from bounceback.services.exchange.export_identity import IDENTITY, table_label
from bounceback.services.exchange.export_values import BadValue, bulky, reader, weight
from bounceback.services.exchange.json_format import (
    BAD_ROWS,
    CUT_SHORT,
    FORMAT,
    MAX_PROBLEMS,
    NOT_OURS,
    TOO_NEW,
    VERSION,
    tables,
)

Events = Iterator[tuple[str, Any]]
Parse = Callable[..., Iterable[tuple[str, Any]]]

# Bytes handed to the parser at a time.
READ_SIZE = 1 << 18
# Rows pickled together into a table's temporary file, and the text and bytes that make a
# batch go early (a few long journals, a document's content).
BATCH_ROWS = 1000
BATCH_WEIGHT = 1 << 20
# Below this a table's temporary file stays in memory.
SPOOL_IN_MEMORY = 1 << 18
WHITESPACE = b" \t\r\n\x0b\x0c"
UTF8_BOM = b"\xef\xbb\xbf"
STARTS = frozenset(("start_map", "start_array"))
ENDS = frozenset(("end_map", "end_array"))
MISSING = object()
# What yajl, then ijson's own parser, say of something after the document: not a cut.
AFTER_THE_END = ("trailing garbage", "Additional data")

# An escape for half of a UTF-16 surrogate pair with no other half beside it ("\ud83d" alone).
# yajl reads it as "?"; Python's own JSON decoder keeps it, and the check of the text then
# says the field has characters that can't be stored. So a file with one is read again with
# ijson's pure-Python parser (slower, but exact), rather than its text changed unseen.
LONE_SURROGATE = re.compile(
    rb"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    rb"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


@contextlib.contextmanager
def read(source: str | os.PathLike[str]) -> Iterator[dict[str, TableRows]]:
    """The checked rows of the export in ``source`` (its text, or a path), table by table,
    there to be merged until the ``with`` ends; :class:`ExchangeError` for a bad file."""
    with _opened(source) as stream:
        found = _read_checked(stream)
    try:
        yield found
    finally:
        for rows in found.values():
            rows.close()


@contextlib.contextmanager
def _opened(source: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    if isinstance(source, os.PathLike):
        try:
            stream: IO[bytes] = open(Path(source), "rb")  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise ExchangeError(
                "BounceBack couldn't open that file. Please check it is still there "
                "and try again."
            ) from exc
    else:
        # Text with a lone surrogate can't be UTF-8; passed through, it is reported as such.
        stream = io.BytesIO(source.encode("utf-8", "surrogatepass"))
    with stream:
        yield stream


def _read_checked(stream: IO[bytes]) -> dict[str, TableRows]:
    start = _start(stream)
    watched = _Watched(stream)
    found = _parsed(watched, ijson.basic_parse)
    if watched.lone_surrogate:
        found.close()
        stream.seek(start)
        found = _parsed(_Watched(stream, look=False), ijson.get_backend("python").basic_parse)
    try:
        return found.verdict()
    except BaseException:
        found.close()
        raise


def _start(stream: IO[bytes]) -> int:
    """Where the JSON starts (after a byte-order mark some editors add when saving), or
    :class:`ExchangeError` for a file with nothing in it."""
    first = stream.read(READ_SIZE)
    start = len(UTF8_BOM) if first.startswith(UTF8_BOM) else 0
    piece = first[start:]
    while not piece.strip(WHITESPACE):
        if not piece:
            raise ExchangeError("This file is empty. Nothing has been changed.")
        piece = stream.read(READ_SIZE)
    stream.seek(start)
    return start


class _Watched:
    """The file as the parser reads it: whether it has all been read (an error then is at
    its very end: the file was cut short) and, unless told not to ``look``, whether it has a
    lone surrogate's escape."""

    def __init__(self, stream: IO[bytes], look: bool = True) -> None:
        self._stream = stream
        self._tail = b""
        self.lone_surrogate = not look
        self.ended = False

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        if size and not data:
            self.ended = True
        if not self.lone_surrogate:
            window = self._tail + data
            if b"\\u" in window:
                for match in LONE_SURROGATE.finditer(window):
                    # An escape near the end is decided with the next piece, which shows
                    # whether the other half follows.
                    if data and match.start() > len(window) - 12:
                        break
                    self.lone_surrogate = True
                    break
            self._tail = window[-24:]
        return data


def _parsed(stream: _Watched, parse: Parse) -> _Document:
    document = _Document()
    try:
        document.read(iter(parse(stream, buf_size=READ_SIZE)))
    except (ijson.JSONError, UnicodeDecodeError, RecursionError) as exc:
        # Not JSON (or not UTF-8: yajl hands its strings to Python's decoder). When the parser
        # had already read to the end, the text ran out mid-way: a copy cut short, not a
        # different kind of file.
        document.close()
        said = str(exc)
        cut = stream.ended and not any(words in said for words in AFTER_THE_END)
        raise ExchangeError(CUT_SHORT if cut else NOT_OURS) from exc
    except StopIteration as exc:
        document.close()
        raise ExchangeError(CUT_SHORT) from exc
    except BaseException:
        document.close()
        raise
    return document


# --- the document ----------------------------------------------------------------------------


class _Document:
    """What the file holds: its top-level fields, and each table as it was read."""

    def __init__(self) -> None:
        self.is_object = False
        self.fields: dict[str, Any] = {}
        self.tables: dict[str, _Table] | None = None  # None: no "tables", or not an object
        self.unknown: set[str] = set()
        known = tables()
        self._known = {t.name: t for t in known}
        # What other tables point at: table name -> its referenced columns.
        self._targets: dict[str, set[str]] = {}
        for table in known:
            for column in table.columns:
                for fk in column.foreign_keys:
                    self._targets.setdefault(fk.column.table.name, set()).add(fk.column.name)

    def read(self, events: Events) -> None:
        event, value = next(events)
        if event != "start_map":
            _skip(events, event)  # JSON, but not an object: read on for its syntax only
        else:
            self.is_object = True
            for event, key in events:
                if event == "end_map":
                    break
                event, value = next(events)
                if key == "tables":  # named twice, the last one counts, as with json.load
                    self._drop_tables()
                    if event == "start_map":
                        self._read_tables(events)
                    else:
                        _skip(events, event)
                else:
                    self.fields[key] = _value(events, event, value)
        for _ in events:  # anything after the document is an error the parser raises
            pass

    def _read_tables(self, events: Events) -> None:
        self.tables = {name: self._new_table(table) for name, table in self._known.items()}
        self.unknown = set()
        named: set[str] = set()
        for event, name in events:
            if event == "end_map":
                return
            event, _ = next(events)
            table = self._known.get(name)
            if table is None:
                self.unknown.add(name)
                _skip(events, event)
                continue
            if name in named:  # named twice: the last one counts
                self.tables[name].close()
                self.tables[name] = self._new_table(table)
            named.add(name)
            rows = self.tables[name]
            if event != "start_array":
                rows.not_a_list()
                _skip(events, event)
            elif self.fields.get("format", FORMAT) != FORMAT:
                _skip(events, event)  # not ours: only its syntax matters now
            else:
                _read_rows(events, rows.add)

    def _new_table(self, table: Table) -> _Table:
        return _Table(table, self._targets.get(table.name, set()))

    def _drop_tables(self) -> None:
        for rows in (self.tables or {}).values():
            rows.close()
        self.tables = None
        self.unknown = set()

    def close(self) -> None:
        self._drop_tables()

    def verdict(self) -> dict[str, TableRows]:
        """The checked rows, or the :class:`ExchangeError` the file deserves."""
        fields = self.fields
        if not self.is_object or fields.get("format") != FORMAT:
            raise ExchangeError(NOT_OURS)
        version = fields.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise ExchangeError(NOT_OURS)
        if version > VERSION:
            raise ExchangeError(TOO_NEW)
        schema = fields.get("schema")
        if not isinstance(schema, str):
            raise ExchangeError(NOT_OURS)
        if not migrate.is_known(schema):
            raise ExchangeError(TOO_NEW)
        if self.tables is None:
            raise ExchangeError(NOT_OURS)
        # A file from an older schema may hold tables and fields later versions dropped; from
        # ours, anything unknown means the file was changed by hand, and guessing would lose it.
        strict = schema == migrate.head()
        shown: list[RowProblem] = []
        count = 0
        if strict:
            for name in sorted(self.unknown):
                shown.append(RowProblem(1, Message(
                    "The file has a part BounceBack doesn't know: “%1”.", name)))
                count += 1
        for table in tables():
            problems = self.tables[table.name].problems
            shown += problems.shown(strict)[: max(0, MAX_PROBLEMS - len(shown))]
            count += problems.count(strict)
        for table in tables():
            problems = self._dangling(table)
            shown += problems.shown(strict)[: max(0, MAX_PROBLEMS - len(shown))]
            count += problems.count(strict)
        if count:
            shown = shown[:MAX_PROBLEMS]
            more = count - len(shown)
            if more:
                shown.append(RowProblem(shown[-1].line, Message("… and %1 more problems.", more)))
            raise ExchangeError(BAD_ROWS, problems=shown)
        for rows in self.tables.values():
            rows.checked()
        return dict(self.tables)

    def _dangling(self, table: Table) -> _Problems:
        """Every reference must point at a record in the file: it is a whole export.

        A record with a problem of its own still counts as there, so one bad row gives one
        message rather than one more for everything that refers to it.
        """
        assert self.tables is not None
        rows = self.tables[table.name]
        problems = _Problems()
        label = table_label(table.name)
        for column in table.columns:
            for fk in column.foreign_keys:
                target = fk.column
                present = self.tables[target.table.name].present.get(target.name, set())
                missing = rows.refers_to[column.name] - present
                if not missing:
                    continue
                for index, values in rows.numbered():
                    if values.get(column.name) in missing:
                        problems.add(RowProblem(index, Message(
                            "Row %1 of the %2: “%3” refers to one of the %4 that isn't in the "
                            "file.", index, label, column.name, table_label(target.table.name))))
        return problems


def _read_rows(events: Events, add: Callable[[object], None]) -> None:
    """The rows of one table's list, each handed to ``add`` as soon as it is read."""
    for event, value in events:
        if event == "start_map":
            row: dict[str, Any] = {}
            for event, key in events:
                if event == "end_map":
                    break
                event, value = next(events)
                row[key] = _value(events, event, value) if event in STARTS else value
            add(row)
        elif event == "end_array":
            return
        else:
            add(_value(events, event, value))


def _value(events: Events, event: str, value: Any) -> Any:
    """The whole value that starts with this event (an object or a list is built up)."""
    if event not in STARTS:
        return value
    builder = ijson.ObjectBuilder()
    builder.event(event, value)
    depth = 1
    for event, value in events:
        builder.event(event, value)
        if event in STARTS:
            depth += 1
        elif event in ENDS:
            depth -= 1
            if depth == 0:
                break
    return builder.value


def _skip(events: Events, event: str) -> None:
    """Read past the value that starts with this event."""
    if event not in STARTS:
        return
    depth = 1
    for event, _ in events:
        if event in STARTS:
            depth += 1
        elif event in ENDS:
            depth -= 1
            if depth == 0:
                return


# --- one table -------------------------------------------------------------------------------


class _Problems:
    """A table's problems in the order found. All are counted; only those that can still be
    among the first MAX_PROBLEMS shown are kept, whether or not the file turns out to be of
    our own schema (with an older one, unknown fields aren't problems: ``strict_only``)."""

    def __init__(self) -> None:
        self._kept: list[tuple[RowProblem, bool]] = []
        self._always = self._strict_only = self._always_kept = 0

    def add(self, problem: RowProblem, strict_only: bool = False) -> None:
        if strict_only:
            self._strict_only += 1
        else:
            self._always += 1
        if len(self._kept) < MAX_PROBLEMS or (not strict_only and self._always_kept < MAX_PROBLEMS):
            self._kept.append((problem, strict_only))
            self._always_kept += not strict_only

    def shown(self, strict: bool) -> list[RowProblem]:
        return [p for p, strict_only in self._kept if strict or not strict_only]

    def count(self, strict: bool) -> int:
        return self._always + (self._strict_only if strict else 0)


def _required(column: Any) -> bool:
    """A field a row can't do without: its key, one that recognises it on a second import
    (see export_identity), or one with no default to fall back on."""
    return bool(
        column.primary_key
        or column.name in IDENTITY[column.table.name]
        or (not column.nullable and column.default is None and column.server_default is None)
    )


class TableRows:
    """One table's rows from the file, checked, there to be merged: how many, the highest
    whole-number key among them, and the rows themselves (dicts of Python values by column
    name, without the fields the file left out), in the file's order, as often as asked."""

    count: int
    top_id: int

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for _index, values in self.numbered():
            yield values

    def numbered(self) -> Iterator[tuple[int, dict[str, Any]]]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _Table(TableRows):
    """A table of the file being read: each row checked as it comes and put aside."""

    def __init__(self, table: Table, targets: set[str]) -> None:
        self.table = table
        self.label = table_label(table.name)
        self.columns = [(c.name, reader(c), _required(c)) for c in table.columns]
        self.readers = [(name, read_value) for name, read_value, _ in self.columns]
        self.names = frozenset(c.name for c in table.columns)
        self.key_names = [c.name for c in table.primary_key.columns]
        key = list(table.primary_key.columns)
        self.id_name = key[0].name if len(key) == 1 and isinstance(key[0].type, Integer) else None
        self.bulky = bulky(table)
        self.documents = table.name == "document_contents"
        self.problems = _Problems()
        # The file's values of the columns other tables refer to (bad rows' too, as long as
        # the value is an id), and the values this table's references point at.
        self.present: dict[str, set[Any]] = {name: set() for name in targets}
        self.refers_to: dict[str, set[Any]] = {c.name: set() for c in table.columns
                                                if c.foreign_keys}
        self.seen: set[Any] = set()
        self.count = 0
        self.top_id = 0
        self.index = 0
        self.spool = _Spool()

    def problem(self, index: int, message: str) -> None:
        self.problems.add(RowProblem(index, Message("Row %1 of the %2: %3", index, self.label,
                                                    message)))

    def not_a_list(self) -> None:
        self.problems.add(RowProblem(1, Message("The %1 should be a list of records.",
                                                self.label)))

    def add(self, raw: object) -> None:
        self.index += 1
        index = self.index
        if not isinstance(raw, dict):
            self.problem(index, "it isn't a record.")
            return
        for name, present in self.present.items():
            found = raw.get(name)
            if isinstance(found, (int, str)):
                present.add(found)
        values: dict[str, Any] | None = None
        if len(raw) == len(self.readers) and self.names.issuperset(raw):
            # Every field there and no other, as in any export: the short way.
            try:
                values = {name: read_value(raw[name]) for name, read_value in self.readers}
            except BadValue:
                values = None
        if values is None:
            values = self._checked(index, raw)
            if values is None:
                return
        names = self.key_names
        key = values[names[0]] if len(names) == 1 else tuple(values[n] for n in names)
        if key in self.seen:
            self.problem(index, "the same record appears twice.")
            return
        self.seen.add(key)
        if self.documents and not _content_matches(values):
            self.problem(
                index, "its content isn't the file its fingerprint names (changed by hand?).")
            return
        for name, pointed_at in self.refers_to.items():
            value = values.get(name)
            if value is not None:
                pointed_at.add(value)
        self.count += 1
        if self.id_name is not None and values[self.id_name] > self.top_id:
            self.top_id = values[self.id_name]
        self.spool.add((index, values), weight(values, self.bulky))

    def _checked(self, index: int, raw: dict[str, Any]) -> dict[str, Any] | None:
        """The row's values field by field, or None after noting each of its problems."""
        if not self.names.issuperset(raw):
            unknown = sorted(set(raw) - self.names)
            self.problems.add(RowProblem(index, Message(
                "Row %1 of the %2: %3", index, self.label,
                Message("it has a field BounceBack doesn't know (“%1”).", unknown[0]))),
                strict_only=True)
        values: dict[str, Any] = {}
        ok = True
        for name, read_value, required in self.columns:
            value = raw.get(name, MISSING)
            if value is MISSING:
                if required:
                    self.problem(index, Message("“%1” is missing.", name))
                    ok = False
                continue
            try:
                values[name] = read_value(value)
            except BadValue as exc:
                self.problem(index, exc.message)
                ok = False
        return values if ok else None

    def checked(self) -> None:
        """The whole file found good: what only the checks needed can go before the merge."""
        self.seen = set()
        self.present = {}
        self.refers_to = {}

    def numbered(self) -> Iterator[tuple[int, dict[str, Any]]]:
        return self.spool.items()

    def close(self) -> None:
        self.spool.close()


def _content_matches(values: dict[str, Any]) -> bool:
    """A document's bytes must be the ones its SHA-256 names: it is how a second import
    knows the file is already here."""
    data = values.get("data")
    if not isinstance(data, bytes):
        return True  # already reported as missing or unreadable
    return bool(values.get("sha256") == hashlib.sha256(data).hexdigest()
                and values.get("size", len(data)) == len(data))


class _Spool:
    """Rows put aside in a temporary file (in memory while small), pickled a batch at a time;
    the file is the system's temporary kind, readable by this user alone and gone on close."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._batch: list[Any] = []
        self._weight = 0

    def add(self, item: Any, weight: int) -> None:
        self._batch.append(item)
        self._weight += weight
        if len(self._batch) >= BATCH_ROWS or self._weight >= BATCH_WEIGHT:
            self._flush()

    def _flush(self) -> None:
        if not self._batch:
            return
        if self._file is None:
            self._file = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (closed by close())
                max_size=SPOOL_IN_MEMORY, prefix="bounceback-import-")
        self._file.seek(0, os.SEEK_END)
        pickle.dump(self._batch, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._batch = []
        self._weight = 0

    def items(self) -> Iterator[Any]:
        self._flush()
        if self._file is None:
            return
        self._file.seek(0)
        while True:
            try:
                batch = pickle.load(self._file)
            except EOFError:
                return
            yield from batch

    def close(self) -> None:
        self._batch = []
        if self._file is not None:
            self._file.close()
            self._file = None
