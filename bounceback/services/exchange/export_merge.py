"""Merging checked rows into the store: ids translated, records already here left alone.

Tables are filled parents first. A row whose identity (see :mod:`.export_identity`) matches a
record the store had before the import is skipped, and references to it point at that record.
A new row keeps its id from the file when this store doesn't use it yet, which makes the
round trip through an empty store exact; otherwise it gets one above every id in sight.
All of it runs in the caller's transaction, which the caller commits or rolls back.

The rows stream through: each table's are read once, in order, and written a batch at a
time. What is kept whole is the store's own identities of the table being merged and, for the
tables others refer to, the map from the file's ids to the store's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Protocol

from sqlalchemy import Integer, Table, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Executable

from bounceback.services.exchange.common import ExchangeError, ImportResult, Progress
from bounceback.services.exchange.export_identity import IDENTITY
from bounceback.services.exchange.export_values import bulky, weight

CHUNK = 100
# Rows written by one statement. The search index (an FTS5 table filled by triggers) writes out
# what it has gathered at the start of every statement, so one statement a row, as a plain
# executemany sends them, costs twice the time of a statement for many. Batches keep one size:
# each size is a statement of its own that SQLite prepares and the driver keeps (up to 128 of
# them, hundreds of kilobytes each at this size), so only values long enough to matter in
# memory (BATCH_WEIGHT characters or bytes of journals, documents ...) make one go early.
BATCH = 500
BATCH_WEIGHT = 1 << 23

CLASH = (
    "Part of this file clashes with what is already in BounceBack, "
    "so nothing was imported."
)


class Rows(Protocol):
    """One table's checked rows: how many, the highest whole-number id among them (0 if the
    table has none), and the rows, dicts of Python values by column name."""

    @property
    def count(self) -> int: ...

    @property
    def top_id(self) -> int: ...

    def __iter__(self) -> Iterator[dict[str, Any]]: ...


def merge(
    session: Session,
    tables: Iterable[Table],
    rows: Mapping[str, Rows],
    result: ImportResult,
    progress: Progress,
) -> None:
    session.flush()  # anything the caller has pending must be visible to the look-ups
    ordered = list(tables)
    total = sum(rows[t.name].count for t in ordered if t.name in rows)
    tally = _Tally(progress, total)
    referred = {fk.column.table.name for t in ordered for c in t.columns for fk in c.foreign_keys}
    id_maps: dict[str, dict[Any, Any]] = {}
    try:
        for table in ordered:
            incoming = rows.get(table.name)
            if incoming is None or not incoming.count:
                tally.flush()
                continue
            id_map = _merge_table(session, table, incoming, id_maps, result, tally,
                                  keep_ids=table.name in referred)
            if table.name in referred:
                id_maps[table.name] = id_map
    except IntegrityError as exc:
        raise ExchangeError(CLASH) from exc


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


def _merge_table(
    session: Session,
    table: Table,
    rows: Rows,
    id_maps: dict[str, dict[Any, Any]],
    result: ImportResult,
    tally: _Tally,
    *,
    keep_ids: bool = True,
) -> dict[Any, Any]:
    """Insert the new rows of one table; returns its map from file ids to store ids (empty
    unless ``keep_ids``: only the tables others refer to need one)."""
    pk_cols = list(table.primary_key.columns)
    # Only a single whole-number key is ours to choose; text keys (drafts) and link tables
    # keyed by their references are found by identity alone.
    id_col = pk_cols[0] if len(pk_cols) == 1 and isinstance(pk_cols[0].type, Integer) else None
    id_name = id_col.name if id_col is not None else ""
    identity = IDENTITY[table.name]
    present: dict[tuple[Any, ...], Any] = {}
    for found in session.execute(select(*(table.c[n] for n in identity), *pk_cols)):
        present.setdefault(tuple(found[: len(identity)]), found[len(identity)])
    taken: set[Any] = set()
    next_id = 1
    if id_col is not None:
        taken = set(session.scalars(select(id_col)))
        next_id = max(max(taken, default=0), rows.top_id) + 1
    id_map: dict[Any, Any] = {}
    refs = [(c.name, id_maps.get(next(iter(c.foreign_keys)).column.table.name, {}))
            for c in table.columns if c.foreign_keys]
    writer = _Writer(session, table, tally)
    large = bulky(table)
    for values in rows:
        for name, mapping in refs:
            if values.get(name) in mapping:
                values[name] = mapping[values[name]]
        key = tuple([values.get(n) for n in identity])
        if key in present:
            if keep_ids and id_col is not None:
                id_map[values[id_name]] = present[key]
            result.skip(table.name)
            tally.step()
            continue
        if id_col is not None:
            old = values[id_name]
            if old in taken:
                values[id_name] = next_id
                next_id += 1
            if keep_ids:
                id_map[old] = values[id_name]
        writer.add(values, weight(values, large) if large else 0)
    writer.flush()
    if writer.written:
        result.add(table.name, writer.written)
    tally.flush()
    return id_map


class _Writer:
    """New rows of one table, written a batch at a time.

    One statement per run of rows with the same fields: a row that leaves out an optional
    field gets the column's default, which a many-row insert can't mix with given values.
    Where SQLite takes RETURNING (3.35 on), asking for it makes SQLAlchemy send each batch as
    one multi-row INSERT ("insertmanyvalues"), with every column's default and type
    conversion as for any insert; without it, a row a statement.
    """

    def __init__(self, session: Session, table: Table, tally: _Tally) -> None:
        self.session, self.tally = session, tally
        dialect = session.get_bind().dialect
        self.statement: Executable = insert(table)
        if dialect.insert_returning and dialect.use_insertmanyvalues:
            self.statement = insert(table).returning(*table.primary_key.columns)
        self.batch: list[dict[str, Any]] = []
        self.weight = 0
        self.written = 0

    def add(self, values: dict[str, Any], weight: int) -> None:
        batch = self.batch
        if batch and values.keys() != batch[0].keys():
            self.flush()
        self.batch.append(values)
        self.weight += weight
        if len(self.batch) >= BATCH or self.weight >= BATCH_WEIGHT:
            self.flush()

    def flush(self) -> None:
        batch = self.batch
        if not batch:
            return
        self.session.execute(self.statement, batch)
        self.written += len(batch)
        self.batch = []
        self.weight = 0
        for start in range(0, len(batch), CHUNK):
            self.tally.step(min(CHUNK, len(batch) - start))
