"""Reading a BounceBack JSON export as it streams past, for :func:`json_format.import_json`.

The file is read twice, one event at a time (ijson, on yajl's C parser), and nothing read
is ever set aside: no part of it goes anywhere but into the store, whose file may be
encrypted where a temporary file would not be.

The first reading (:func:`check`) writes nothing at all. Each row is checked as soon as it
has been read: the values its fields must hold (:mod:`.export_values`), a key not seen
before in its table, a document's bytes matching their fingerprint. What it keeps is what
the checks need (the keys seen, the ids present and referred to) and, for the tables other
tables refer to, each good row's id and identity (see :mod:`.export_identity`): the file
lists its tables by name, so a check-in's feelings come before the check-ins, and the merge
must know what each check-in's id becomes before it writes the first feeling. References are
checked at the end; only a file with a reference to nothing is read once more, to say which
rows those are.

The second reading (:func:`read_rows`), once the whole file was found good, hands each row's
values to the merge in the file's order. The bytes are fingerprinted both times: a file
changed in between is refused (and the caller rolls back what was merged).

So the memory an import needs is a row at a time and those keys and identities, whatever
the size of the file.

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
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

import ijson
from sqlalchemy import Integer, Table

from bounceback.db import migrate
from bounceback.services.errors import Message
from bounceback.services.exchange.common import ExchangeError, RowProblem
from bounceback.services.exchange.export_identity import IDENTITY, table_label
from bounceback.services.exchange.export_values import BadValue, reader
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
WHITESPACE = b" \t\r\n\x0b\x0c"
UTF8_BOM = b"\xef\xbb\xbf"
STARTS = frozenset(("start_map", "start_array"))
ENDS = frozenset(("end_map", "end_array"))
MISSING = object()
# What yajl, then ijson's own parser, say of something after the document: not a cut.
AFTER_THE_END = ("trailing garbage", "Additional data")

CHANGED = (
    "This file changed while BounceBack was importing it, so nothing was imported. "
    "Please try again once it is no longer being written."
)

# An escape for half of a UTF-16 surrogate pair with no other half beside it ("\ud83d" alone).
# yajl reads it as "?"; Python's own JSON decoder keeps it, and the check of the text then
# says the field has characters that can't be stored. So a file with one is read again with
# ijson's pure-Python parser (slower, but exact), rather than its text changed unseen.
LONE_SURROGATE = re.compile(
    rb"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    rb"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


@contextlib.contextmanager
def opened(source: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """The export in ``source`` (its text, or a path) as bytes, open for both readings.

    A path is opened once: a file replaced meanwhile (saved anew under the same name) is
    still the one the first reading checked; one written over in place is caught by the
    fingerprint.
    """
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


# --- what the first reading found ------------------------------------------------------------


@dataclass
class TableFacts:
    """One table of a good file, as the merge needs it before the second reading: how many
    rows, the highest whole-number id among them (0 if none), and, for a table others refer
    to, each row's id with its identity (the values of ``IDENTITY[table]``, references as in
    the file), in the file's order."""

    table: Table
    count: int = 0
    top_id: int = 0
    identities: list[tuple[Any, tuple[Any, ...]]] | None = None


@dataclass
class Checked:
    """A file found good: its tables' facts, and how to find the same rows again."""

    facts: dict[str, TableFacts]
    start: int
    parse: Parse
    fingerprint: bytes
    # Which "tables" object of the document counts (the last one named, as with json.load),
    # and which list of each table within it: 1 for the first, 2 for the second ...
    tables_at: int
    lists_at: dict[str, int]

    def identities_used(self) -> None:
        """The merge has planned every id: the identities kept for that can go."""
        for facts in self.facts.values():
            facts.identities = None


def check(stream: IO[bytes]) -> Checked:
    """Read the whole file and check every row, writing nothing anywhere; the facts of a good
    file, else :class:`ExchangeError` for the first thing wrong, or every bad row."""
    start = _start(stream)
    watched = _Watched(stream)
    checking = _Checking()
    _walk_file(watched, ijson.basic_parse, checking)
    parse: Parse = ijson.basic_parse
    if watched.lone_surrogate:
        parse = ijson.get_backend("python").basic_parse
        stream.seek(start)
        watched = _Watched(stream, look=False)
        checking = _Checking()
        _walk_file(watched, parse, checking)
    facts = checking.verdict(lambda: _rewound(stream, start, parse))
    return Checked(facts, start, parse, watched.fingerprint(), checking.tables_at,
                   dict(checking.lists_at))


def _rewound(stream: IO[bytes], start: int, parse: Parse) -> _Walker:
    """A reading of the file from its start again (for the references' second look)."""

    def walk(visit: _Visit) -> None:
        stream.seek(start)
        _walk_file(_Watched(stream, look=False), parse, visit)

    return walk


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
    """The file as the parser reads it: its fingerprint, whether it has all been read (an
    error then is at its very end: the file was cut short) and, unless told not to
    ``look``, whether it has a lone surrogate's escape."""

    def __init__(self, stream: IO[bytes], look: bool = True) -> None:
        self._stream = stream
        self._tail = b""
        self._hash = hashlib.sha256()
        self.lone_surrogate = not look
        self.ended = False

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._hash.update(data)
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

    def fingerprint(self) -> bytes:
        return self._hash.digest()


# --- walking the document --------------------------------------------------------------------


class _Rows(Protocol):
    def add(self, raw: object) -> None: ...

    def end(self) -> None: ...


class _Visit(Protocol):
    """What a reading does with the document as it goes by."""

    def not_an_object(self) -> None: ...

    def field(self, key: str, value: Any) -> None: ...

    def tables_start(self, is_object: bool) -> None: ...

    def table(self, name: str, is_list: bool) -> _Rows | None: ...


_Walker = Callable[[_Visit], None]


def _walk_file(stream: _Watched, parse: Parse, visit: _Visit) -> None:
    try:
        _walk(iter(parse(stream, buf_size=READ_SIZE)), visit)
    except (ijson.JSONError, UnicodeDecodeError, RecursionError) as exc:
        # Not JSON (or not UTF-8: yajl hands its strings to Python's decoder). When the parser
        # had already read to the end, the text ran out mid-way: a copy cut short, not a
        # different kind of file.
        said = str(exc)
        cut = stream.ended and not any(words in said for words in AFTER_THE_END)
        raise ExchangeError(CUT_SHORT if cut else NOT_OURS) from exc
    except StopIteration as exc:
        raise ExchangeError(CUT_SHORT) from exc


def _walk(events: Events, visit: _Visit) -> None:
    event, value = next(events)
    if event != "start_map":
        visit.not_an_object()
        _skip(events, event)  # JSON, but not an object: read on for its syntax only
    else:
        for event, key in events:
            if event == "end_map":
                break
            event, value = next(events)
            if key == "tables":  # named twice, the last one counts, as with json.load
                visit.tables_start(event == "start_map")
                if event == "start_map":
                    _walk_tables(events, visit)
                else:
                    _skip(events, event)
            else:
                visit.field(key, _value(events, event, value))
    for _ in events:  # anything after the document is an error the parser raises
        pass


def _walk_tables(events: Events, visit: _Visit) -> None:
    for event, name in events:
        if event == "end_map":
            return
        event, _ = next(events)
        rows = visit.table(name, event == "start_array")
        if rows is None:
            _skip(events, event)
        else:
            _read_rows(events, rows.add)
            rows.end()


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


# --- the first reading: checking ---------------------------------------------------------------


def _referred() -> dict[str, set[str]]:
    """What other tables point at: table name -> its referenced columns."""
    targets: dict[str, set[str]] = {}
    for table in tables():
        for column in table.columns:
            for fk in column.foreign_keys:
                targets.setdefault(fk.column.table.name, set()).add(fk.column.name)
    return targets


class _Checking:
    """The first reading: the document's top-level fields, and each table checked as it
    goes by."""

    def __init__(self) -> None:
        self.is_object = True
        self.fields: dict[str, Any] = {}
        self.tables: dict[str, _Table] | None = None  # None: no "tables", or not an object
        self.unknown: set[str] = set()
        self.tables_at = 0
        self.lists_at: dict[str, int] = {}
        self._seen_tables = 0
        self.known = {t.name: t for t in tables()}
        self._targets = _referred()

    def not_an_object(self) -> None:
        self.is_object = False

    def field(self, key: str, value: Any) -> None:
        self.fields[key] = value

    def tables_start(self, is_object: bool) -> None:
        self._seen_tables += 1
        self.tables_at = self._seen_tables
        self.lists_at = {}
        self.unknown = set()
        self.tables = {name: self._new_table(t) for name, t in self.known.items()} \
            if is_object else None

    def table(self, name: str, is_list: bool) -> _Rows | None:
        assert self.tables is not None
        table = self.known.get(name)
        if table is None:
            self.unknown.add(name)
            return None
        self.lists_at[name] = self.lists_at.get(name, 0) + 1
        if self.lists_at[name] > 1:  # named twice: the last one counts
            self.tables[name] = self._new_table(table)
        rows = self.tables[name]
        if not is_list:
            rows.not_a_list()
            return None
        if self.fields.get("format", FORMAT) != FORMAT:
            return None  # not ours: only its syntax matters now
        return rows

    def _new_table(self, table: Table) -> _Table:
        targets = self._targets.get(table.name, set())
        return _Table(table, targets, keep_identities=bool(targets))

    def verdict(self, again: Callable[[], _Walker]) -> dict[str, TableFacts]:
        """The facts of each table, or the :class:`ExchangeError` the file deserves;
        ``again`` reads the file once more, should a reference point at nothing."""
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
        for problems in self._dangling(again):
            shown += problems.shown(strict)[: max(0, MAX_PROBLEMS - len(shown))]
            count += problems.count(strict)
        if count:
            shown = shown[:MAX_PROBLEMS]
            more = count - len(shown)
            if more:
                shown.append(RowProblem(shown[-1].line, Message("… and %1 more problems.", more)))
            raise ExchangeError(BAD_ROWS, problems=shown)
        return {name: rows.facts for name, rows in self.tables.items()
                if name in self.lists_at}

    def _dangling(self, again: Callable[[], _Walker]) -> list[_Problems]:
        """Every reference must point at a record in the file: it is a whole export.

        A record with a problem of its own still counts as there, so one bad row gives one
        message rather than one more for everything that refers to it. Which rows point at
        nothing is only looked for when some do: by reading the file again.
        """
        assert self.tables is not None
        missing: dict[str, dict[str, set[Any]]] = {}
        for table in tables():
            rows = self.tables[table.name]
            for column in table.columns:
                for fk in column.foreign_keys:
                    target = fk.column
                    present = self.tables[target.table.name].present.get(target.name, set())
                    lost = rows.refers_to[column.name] - present
                    if lost:
                        missing.setdefault(table.name, {})[column.name] = lost
        if not missing:
            return []
        finding = _FindingDangling(self, missing)
        again()(finding)
        # Table by table, and in each a column's rows before the next column's.
        return [finding.problems[t.name, c.name] for t in tables() for c in t.columns
                if (t.name, c.name) in finding.problems]


class _FindingDangling:
    """A second look at the tables with references to nothing, to number those rows. Each
    table is checked again as the first reading did (only its good rows count)."""

    def __init__(self, first: _Checking, missing: dict[str, dict[str, set[Any]]]) -> None:
        self._first = first
        self._missing = missing
        self._seen_tables = 0
        self._lists: dict[str, int] = {}
        self.problems: dict[tuple[str, str], _Problems] = {}

    def not_an_object(self) -> None:
        pass

    def field(self, key: str, value: Any) -> None:
        pass

    def tables_start(self, is_object: bool) -> None:
        self._seen_tables += 1
        self._lists = {}

    def table(self, name: str, is_list: bool) -> _Rows | None:
        self._lists[name] = self._lists.get(name, 0) + 1
        if (self._seen_tables != self._first.tables_at or name not in self._missing
                or self._lists[name] != self._first.lists_at.get(name)):
            return None
        table = self._first.known[name]
        label = table_label(name)
        columns = [(column, lost, table_label(next(iter(table.c[column].foreign_keys))
                                              .column.table.name),
                    self.problems.setdefault((name, column), _Problems()))
                   for column, lost in self._missing[name].items()]

        def dangling(index: int, values: dict[str, Any]) -> None:
            for column, lost, target, problems in columns:
                if values.get(column) in lost:
                    problems.add(RowProblem(index, Message(
                        "Row %1 of the %2: “%3” refers to one of the %4 that isn't in the "
                        "file.", index, label, column, target)))

        return _Table(table, set(), good=dangling)


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


class _Fields:
    """How a row of one table is read: each field's value for its column."""

    def __init__(self, table: Table) -> None:
        self.columns = [(c.name, reader(c), _required(c)) for c in table.columns]
        self.readers = [(name, read_value) for name, read_value, _ in self.columns]
        self.names = frozenset(c.name for c in table.columns)

    def values(self, raw: dict[str, Any]) -> dict[str, Any] | None:
        """Every field there and no other, as in any export, each value good: the short way.
        None for anything else, which the long way says more of."""
        if len(raw) == len(self.readers) and self.names.issuperset(raw):
            try:
                return {name: read_value(raw[name]) for name, read_value in self.readers}
            except BadValue:
                return None
        return None

    def checked(self, raw: dict[str, Any],
                problem: Callable[[str, bool], None]) -> dict[str, Any] | None:
        """The row's values field by field, or None after telling ``problem`` each of its
        problems (with whether it is one only for a file of our own schema)."""
        if not self.names.issuperset(raw):
            unknown = sorted(set(raw) - self.names)
            problem(Message("it has a field BounceBack doesn't know (“%1”).", unknown[0]), True)
        values: dict[str, Any] = {}
        ok = True
        for name, read_value, required in self.columns:
            value = raw.get(name, MISSING)
            if value is MISSING:
                if required:
                    problem(Message("“%1” is missing.", name), False)
                    ok = False
                continue
            try:
                values[name] = read_value(value)
            except BadValue as exc:
                problem(exc.message, False)
                ok = False
        return values if ok else None


class _Table:
    """A table of the file being checked: each row checked as it comes, what the other
    checks and the merge need kept, and each good row handed to ``good`` if given."""

    def __init__(self, table: Table, targets: set[str], *, keep_identities: bool = False,
                 good: Callable[[int, dict[str, Any]], None] | None = None) -> None:
        self.table = table
        self.label = table_label(table.name)
        self.fields = _Fields(table)
        self.key_names = [c.name for c in table.primary_key.columns]
        key = list(table.primary_key.columns)
        self.id_name = key[0].name if len(key) == 1 and isinstance(key[0].type, Integer) else None
        self.documents = table.name == "document_contents"
        self.problems = _Problems()
        # The file's values of the columns other tables refer to (bad rows' too, as long as
        # the value is an id), and the values this table's references point at.
        self.present: dict[str, set[Any]] = {name: set() for name in targets}
        self.refers_to: dict[str, set[Any]] = {c.name: set() for c in table.columns
                                                if c.foreign_keys}
        self.seen: set[Any] = set()
        self.facts = TableFacts(table)
        self.identity = IDENTITY[table.name]
        if keep_identities:
            self.facts.identities = []
        self.good = good
        self.index = 0

    def problem(self, index: int, message: str, strict_only: bool = False) -> None:
        self.problems.add(RowProblem(index, Message("Row %1 of the %2: %3", index, self.label,
                                                    message)), strict_only)

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
        values = self.fields.values(raw)
        if values is None:
            values = self.fields.checked(
                raw, lambda message, strict_only: self.problem(index, message, strict_only))
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
        facts = self.facts
        facts.count += 1
        if self.id_name is not None:
            row_id = values[self.id_name]
            if row_id > facts.top_id:
                facts.top_id = row_id
            if facts.identities is not None:
                facts.identities.append((row_id, tuple([values.get(n) for n in self.identity])))
        if self.good is not None:
            self.good(index, values)

    def end(self) -> None:
        pass


def _content_matches(values: dict[str, Any]) -> bool:
    """A document's bytes must be the ones its SHA-256 names: it is how a second import
    knows the file is already here."""
    data = values.get("data")
    if not isinstance(data, bytes):
        return True  # already reported as missing or unreadable
    return bool(values.get("sha256") == hashlib.sha256(data).hexdigest()
                and values.get("size", len(data)) == len(data))


# --- the second reading: the rows, for the merge ------------------------------------------------


class TableSink(Protocol):
    """Where the second reading hands one table's rows."""

    def add(self, values: dict[str, Any]) -> None: ...

    def end(self) -> None: ...


class FileChangedError(Exception):
    """The second reading found what the first did not: the file changed in between."""


def read_rows(stream: IO[bytes], checked: Checked,
              sink: Callable[[Table], TableSink]) -> None:
    """Read the file again and hand each row of each table (the lists the first reading
    checked) to ``sink(table)``, as the values its columns take, in the file's order.

    Raises :class:`ExchangeError` (:data:`CHANGED`) when the file is not the one checked.
    """
    stream.seek(checked.start)
    watched = _Watched(stream, look=False)
    try:
        _walk(iter(checked.parse(watched, buf_size=READ_SIZE)), _Merging(checked, sink))
    except (ijson.JSONError, UnicodeDecodeError, RecursionError, StopIteration,
            FileChangedError) as exc:
        raise ExchangeError(CHANGED) from exc
    if watched.fingerprint() != checked.fingerprint:
        raise ExchangeError(CHANGED)


def changed_since(stream: IO[bytes], checked: Checked) -> bool:
    """Whether the file's bytes are no longer those checked (an error while merging may come
    from a file written over meanwhile; that is what to say then)."""
    try:
        stream.seek(checked.start)
        watched = _Watched(stream, look=False)
        while watched.read(READ_SIZE):
            pass
    except OSError:
        return False  # can't tell: the error that led here is the one to tell
    return watched.fingerprint() != checked.fingerprint


class _Merging:
    """The second reading: the lists the first one checked, each row's values to the sink."""

    def __init__(self, checked: Checked, sink: Callable[[Table], TableSink]) -> None:
        self._checked = checked
        self._sink = sink
        self._seen_tables = 0
        self._lists: dict[str, int] = {}

    def not_an_object(self) -> None:
        raise FileChangedError()

    def field(self, key: str, value: Any) -> None:
        pass

    def tables_start(self, is_object: bool) -> None:
        self._seen_tables += 1
        self._lists = {}

    def table(self, name: str, is_list: bool) -> _Rows | None:
        self._lists[name] = self._lists.get(name, 0) + 1
        facts = self._checked.facts.get(name)
        if (self._seen_tables != self._checked.tables_at or facts is None
                or self._lists[name] != self._checked.lists_at.get(name)):
            return None
        if not is_list:
            raise FileChangedError()
        if not facts.count:
            return None  # nothing to merge: read past it
        return _Feeding(facts.table, self._sink(facts.table))


class _Feeding:
    """One table's rows read again: their values, as the first reading made them."""

    def __init__(self, table: Table, sink: TableSink) -> None:
        self._fields = _Fields(table)
        self._sink = sink

    def add(self, raw: object) -> None:
        if not isinstance(raw, dict):
            raise FileChangedError()
        values = self._fields.values(raw)
        if values is None:
            values = self._fields.checked(raw, _refuse_but_unknown_fields)
            if values is None:
                raise FileChangedError()
        self._sink.add(values)

    def end(self) -> None:
        self._sink.end()


def _refuse_but_unknown_fields(_message: str, strict_only: bool) -> None:
    # An unknown field was let through the first time (a file of an older schema); any other
    # problem means the file is not the one that was checked.
    if not strict_only:
        raise FileChangedError()
