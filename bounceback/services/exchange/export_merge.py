"""Merging checked rows into the store: ids translated, records already here left alone.

Tables are filled parents first. A row whose identity (see :mod:`.export_identity`) matches a
record the store had before the import is skipped, and references to it point at that record.
A new row keeps its id from the file when this store doesn't use it yet, which makes the
round trip through an empty store exact; otherwise it gets one above every id in sight.
All of it runs in the caller's transaction, which the caller commits or rolls back.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from typing import Any

from sqlalchemy import Integer, Table, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bounceback.services.exchange.common import ExchangeError, ImportResult, Progress
from bounceback.services.exchange.export_identity import IDENTITY

CHUNK = 100

CLASH = (
    "Part of this file clashes with what is already in BounceBack, "
    "so nothing was imported."
)


def merge(
    session: Session,
    tables: Iterable[Table],
    rows: dict[str, list[dict[str, Any]]],
    result: ImportResult,
    progress: Progress,
) -> None:
    session.flush()  # anything the caller has pending must be visible to the look-ups
    ordered = list(tables)
    total = sum(len(rows.get(t.name, [])) for t in ordered)
    tally = _Tally(progress, total)
    id_maps: dict[str, dict[Any, Any]] = {}
    try:
        for table in ordered:
            id_maps[table.name] = _merge_table(
                session, table, rows.get(table.name, []), id_maps, result, tally
            )
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
    rows: list[dict[str, Any]],
    id_maps: dict[str, dict[Any, Any]],
    result: ImportResult,
    tally: _Tally,
) -> dict[Any, Any]:
    """Insert the new rows of one table; returns its map from file ids to store ids."""
    pk_cols = list(table.primary_key.columns)
    # Only a single whole-number key is ours to choose; text keys (drafts) and link tables
    # keyed by their references are found by identity alone.
    id_col = pk_cols[0] if len(pk_cols) == 1 and isinstance(pk_cols[0].type, Integer) else None
    identity = IDENTITY[table.name]
    present: dict[tuple[Any, ...], Any] = {}
    for found in session.execute(select(*(table.c[n] for n in identity), *pk_cols)):
        present.setdefault(tuple(found[: len(identity)]), found[len(identity)])
    taken: set[Any] = set()
    next_id = 1
    if id_col is not None:
        taken = set(session.scalars(select(id_col)))
        next_id = max(taken | {r[id_col.name] for r in rows}, default=0) + 1
    id_map: dict[Any, Any] = {}
    new_rows: list[dict[str, Any]] = []
    refs = [(c.name, next(iter(c.foreign_keys)).column.table.name)
            for c in table.columns if c.foreign_keys]
    for row in rows:
        values = dict(row)
        for name, target in refs:
            mapping = id_maps.get(target, {})
            if values.get(name) in mapping:
                values[name] = mapping[values[name]]
        key = tuple(values.get(n) for n in identity)
        if key in present:
            if id_col is not None:
                id_map[row[id_col.name]] = present[key]
            result.skip(table.name)
            tally.step()
            continue
        if id_col is not None:
            old = row[id_col.name]
            if old in taken:
                values[id_col.name] = next_id
                next_id += 1
            id_map[old] = values[id_col.name]
        new_rows.append(values)
    _insert(session, table, new_rows, tally)
    if new_rows:
        result.add(table.name, len(new_rows))
    tally.flush()
    return id_map


def _insert(session: Session, table: Table, rows: list[dict[str, Any]], tally: _Tally) -> None:
    # One statement per run of rows with the same fields: a row that leaves out an optional
    # field gets the column's default, which a many-row insert can't mix with given values.
    for _fields, run in groupby(rows, key=lambda r: tuple(sorted(r))):
        batch = list(run)
        for start in range(0, len(batch), CHUNK):
            chunk = batch[start:start + CHUNK]
            session.execute(insert(table), chunk)
            tally.step(len(chunk))
