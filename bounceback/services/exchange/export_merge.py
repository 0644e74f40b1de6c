"""Merging checked rows into the store: ids translated, records already here left alone.

A row whose identity (see :mod:`.export_identity`) matches a record the store had before the
import is skipped, and references to it point at that record. A new row keeps its id from the
file when this store doesn't use it yet, which makes the round trip through an empty store
exact; otherwise it gets one above every id in sight. All of it runs in the caller's
transaction, which the caller commits or rolls back.

The rows arrive as the file lists them, table by table in the order of their names (a
check-in's feelings before the check-ins), and are written as they come, a batch at a time.
So what each row of a table others refer to becomes (skipped for the store's own, or its id
here) is worked out before anything is written, parents first, from the ids and identities
the reading of the file kept (:class:`Merge`). And the store's foreign keys are checked when
the transaction ends rather than row by row (SQLite's ``defer_foreign_keys``, which ends with
the transaction), since a feeling is written before its check-in. Every reference in a good
file points at one of its rows, and each of those is written or matched to one of the
store's, so nothing is left pointing at nothing; were it, the commit would fail and nothing
would land.

What is kept whole: for the tables others refer to, the map from the file's ids to the
store's; for the table being written, the store's own identities and ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from sqlalchemy import Integer, Table, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bounceback.services.exchange.common import ExchangeError, ImportResult, Progress
from bounceback.services.exchange.export_identity import IDENTITY
from bounceback.services.exchange.export_values import bulky, weight

CHUNK = 100
# Rows written by one executemany: only what bounds the memory a batch holds, with its large
# values (journals, documents' bytes) counted apart.
BATCH = 500
BATCH_WEIGHT = 1 << 23

CLASH = (
    "Part of this file clashes with what is already in BounceBack, "
    "so nothing was imported."
)


class Facts(Protocol):
    """What the reading of the file learnt of one table: how many rows, the highest
    whole-number id among them (0 if none), and, for a table others refer to, each row's id
    with its identity (``IDENTITY[table]``'s values, references as in the file)."""

    @property
    def count(self) -> int: ...

    @property
    def top_id(self) -> int: ...

    @property
    def identities(self) -> list[tuple[Any, tuple[Any, ...]]] | None: ...


class Merge:
    """One import's merge: :meth:`table` takes each table's rows as they come, in any order
    of tables; :meth:`finish` ends it. ``noted`` gives, for a table, a list to add the keys
    of its new rows to (or None)."""

    def __init__(
        self,
        session: Session,
        tables: Iterable[Table],
        facts: Mapping[str, Facts],
        result: ImportResult,
        progress: Progress,
        noted: Mapping[str, list[int]] | None = None,
    ) -> None:
        session.flush()  # anything the caller has pending must be visible to the look-ups
        self.session = session
        self.ordered = list(tables)
        self.facts = facts
        self.result = result
        self.noted = noted or {}
        self.tally = _Tally(progress, sum(f.count for f in facts.values()))
        self.added: dict[str, int] = {}
        self.skipped: dict[str, int] = {}
        self.plans = _plans(session, self.ordered, facts)
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    def table(self, table: Table) -> _TableMerge:
        return _TableMerge(self, table)

    def finish(self) -> None:
        """Every table merged: the foreign keys checked row by row again from here on, and
        what was added and skipped told in parents-first order."""
        self.session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = OFF")
        for table in self.ordered:
            if table.name in self.added:
                self.result.add(table.name, self.added[table.name])
            if table.name in self.skipped:
                self.result.skip(table.name, self.skipped[table.name])
        self.tally.flush()


class _Plan:
    """For a table others refer to: each of the file's ids, the store's id it becomes, and
    which of them are rows the store already had (skipped)."""

    def __init__(self) -> None:
        self.ids: dict[Any, Any] = {}
        self.already: set[Any] = set()


def _id_column(table: Table) -> Any:
    """The table's key when it is a single whole number (ours to choose), else None: text
    keys (drafts) and link tables keyed by their references are found by identity alone."""
    key = list(table.primary_key.columns)
    return key[0] if len(key) == 1 and isinstance(key[0].type, Integer) else None


def _plans(session: Session, ordered: list[Table], facts: Mapping[str, Facts]) -> dict[str, _Plan]:
    """What becomes of each row of the tables others refer to, parents first, the store
    only read."""
    plans: dict[str, _Plan] = {}
    for table in ordered:
        found = facts.get(table.name)
        if found is None or found.identities is None:
            continue
        id_col = _id_column(table)
        assert id_col is not None, f"{table.name} is referred to by a key that isn't its id"
        plan = plans[table.name] = _Plan()
        if not found.identities:
            continue  # none in the file: nothing to look up
        identity = IDENTITY[table.name]
        # Identity fields that are references, compared after translation to this store.
        refs = [(position, plans[_parent(table.c[name])].ids)
                for position, name in enumerate(identity) if table.c[name].foreign_keys]
        present = _present(session, table, identity, id_col)
        taken = set(session.scalars(select(id_col)))
        next_id = max(max(taken, default=0), found.top_id) + 1
        for file_id, key in found.identities:
            if refs:
                fields = list(key)
                for position, mapping in refs:
                    fields[position] = mapping.get(fields[position], fields[position])
                key = tuple(fields)
            if key in present:
                plan.ids[file_id] = present[key]
                plan.already.add(file_id)
            elif file_id in taken:
                plan.ids[file_id] = next_id
                next_id += 1
            else:
                plan.ids[file_id] = file_id
    return plans


def _parent(column: Any) -> str:
    return str(next(iter(column.foreign_keys)).column.table.name)


def _present(session: Session, table: Table, identity: tuple[str, ...],
             id_col: Any) -> dict[tuple[Any, ...], Any]:
    """The store's records of ``table`` by identity (the first one, should two share it)."""
    present: dict[tuple[Any, ...], Any] = {}
    for found in session.execute(select(*(table.c[n] for n in identity), id_col)):
        present.setdefault(tuple(found[: len(identity)]), found[len(identity)])
    return present


class _TableMerge:
    """One table's rows as they come: skipped or written, references translated."""

    def __init__(self, merge: Merge, table: Table) -> None:
        self.merge = merge
        self.table = table
        session = merge.session
        id_col = _id_column(table)
        self.id_name = id_col.name if id_col is not None else ""
        self.plan = merge.plans.get(table.name)
        self.refs = [(c.name, merge.plans[_parent(c)].ids) for c in table.columns
                     if c.foreign_keys and _parent(c) in merge.plans]
        self.identity = IDENTITY[table.name]
        self.present: set[tuple[Any, ...]] = set()
        self.taken: set[Any] = set()
        self.next_id = 1
        if self.plan is None:
            # Identity tuples of the store's own rows, read now: the file's rows of this
            # table are all still to come.
            self.present = {tuple(found) for found in
                            session.execute(select(*(table.c[n] for n in self.identity)))}
            if id_col is not None:
                self.taken = set(session.scalars(select(id_col)))
                facts = merge.facts.get(table.name)
                top = facts.top_id if facts is not None else 0
                self.next_id = max(max(self.taken, default=0), top) + 1
        self.noted = merge.noted.get(table.name)
        assert self.noted is None or self.id_name, f"{table.name}: rows noted by their id"
        self.large = bulky(table)
        self.writer = _Writer(session, table, merge.tally)
        self.skipped = 0

    def add(self, values: dict[str, Any]) -> None:
        for name, mapping in self.refs:
            value = values.get(name)
            if value in mapping:
                values[name] = mapping[value]
        id_name = self.id_name
        if self.plan is not None:
            file_id = values[id_name]
            if file_id in self.plan.already:
                self.skipped += 1
                self.merge.tally.step()
                return
            values[id_name] = self.plan.ids[file_id]
        else:
            if tuple([values.get(n) for n in self.identity]) in self.present:
                self.skipped += 1
                self.merge.tally.step()
                return
            if id_name and values[id_name] in self.taken:
                values[id_name] = self.next_id
                self.next_id += 1
        self.writer.add(values, weight(values, self.large) if self.large else 0)
        if self.noted is not None:
            self.noted.append(values[id_name])

    def end(self) -> None:
        self.writer.flush()
        name = self.table.name
        merge = self.merge
        if self.writer.written:
            merge.added[name] = merge.added.get(name, 0) + self.writer.written
        if self.skipped:
            merge.skipped[name] = merge.skipped.get(name, 0) + self.skipped
        merge.tally.flush()


class _Tally:
    """Progress every CHUNK rows and at the end of each table."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0
        progress(0, total)

    def step(self, n: int = 1) -> None:
        before = self.done // CHUNK
        self.done += n
        if self.done // CHUNK != before:
            self.progress(self.done, self.total)

    def flush(self) -> None:
        self.progress(self.done, self.total)


class _Writer:
    """New rows of one table, written a batch at a time by one executemany.

    A row with every field, as in any export, is sent as the values SQLite stores (each
    column's own conversion, the one SQLAlchemy makes) by a statement made once; going
    through SQLAlchemy's insert for each batch cost as much again in Python as SQLite's own
    work. A row that leaves out an optional field goes through SQLAlchemy's insert, for the
    column's default; runs of rows with the same fields share a statement.
    """

    def __init__(self, session: Session, table: Table, tally: _Tally) -> None:
        self.session, self.tally = session, tally
        self.statement = insert(table)
        dialect = session.get_bind().dialect
        names = [c.name for c in table.columns]
        compiled = self.statement.compile(dialect=dialect, column_keys=names)
        self.sql = str(compiled)
        # The statement's fields in its order, each with its conversion (None: as it is).
        self.fields = [(name, table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
                       for name in (compiled.positiontup or names)]
        self.every_field = frozenset(names)
        self.whole: list[tuple[Any, ...]] = []
        self.partial: list[dict[str, Any]] = []
        self.weight = 0
        self.written = 0

    def add(self, values: dict[str, Any], weight: int) -> None:
        if values.keys() == self.every_field:
            if self.partial:
                self.flush()
            self.whole.append(tuple([values[name] if convert is None else convert(values[name])
                                     for name, convert in self.fields]))
        else:
            partial = self.partial
            if self.whole or (partial and values.keys() != partial[0].keys()):
                self.flush()
            self.partial.append(values)
        self.weight += weight
        if len(self.whole) + len(self.partial) >= BATCH or self.weight >= BATCH_WEIGHT:
            self.flush()

    def flush(self) -> None:
        whole, partial = self.whole, self.partial
        count = len(whole) + len(partial)
        if not count:
            return
        try:
            if whole:
                self.session.connection().exec_driver_sql(self.sql, whole)
            else:
                self.session.execute(self.statement, partial)
        except IntegrityError as exc:
            raise ExchangeError(CLASH) from exc
        self.written += count
        self.whole, self.partial = [], []
        self.weight = 0
        for start in range(0, count, CHUNK):
            self.tally.step(min(CHUNK, count - start))
