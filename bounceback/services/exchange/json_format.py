"""BounceBack's own JSON: every record of every table, and the way back in.

The file is ``{"format": "bounceback", "version": 1, "schema": <alembic revision>,
"tables": {table: [rows ordered by primary key]}}``. It is written generically from the
metadata, so a table added later is exported without anyone remembering to. Keys are sorted
and nothing about the moment of export is written, so the same data always gives the same
bytes: export, import into an empty store and export again, and the files are identical.

Both ways stream: the export is written to its file a few hundred rows at a time as they are
read, and the import reads the file a row at a time (:mod:`.json_read`), so a store of any
size goes through in little memory. Importing merges into the current store inside the
caller's transaction (see :mod:`.export_merge`); the whole file is checked first, writing
nothing, so a bad file changes nothing, and is then read again to be merged.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from bounceback.db import migrate
from bounceback.db.models import Base
from bounceback.services.exchange import bulk_index
from bounceback.services.exchange.common import (
    ExchangeError,
    ImportResult,
    Progress,
    no_progress,
)
from bounceback.services.exchange.export_files import save
from bounceback.services.exchange.export_merge import Merge
from bounceback.services.exchange.export_values import json_text, writer

__all__ = ["ImportResult", "export_json", "import_json", "json_pieces", "tables", "write_json"]

FORMAT = "bounceback"
VERSION = 1
SUFFIX = ".json"

# Beyond this many, listing more bad rows helps nobody; the count still says how many.
MAX_PROBLEMS = 50
# Rows fetched from the database at a time while exporting.
ROWS_AT_ONCE = 100

NOT_OURS = (
    "This doesn't look like a file BounceBack exported. "
    "Please choose a BounceBack JSON export; nothing has been changed."
)
CUT_SHORT = (
    "This file seems to be cut short, perhaps it was not copied completely. "
    "Nothing has been changed."
)
TOO_NEW = (
    "This file was made by a newer version of BounceBack. "
    "Please update BounceBack to import it; nothing has been changed."
)
BAD_ROWS = "Some records in this file can't be read, so nothing was imported."


def tables() -> list[Table]:
    """Every table, parents before the tables that refer to them."""
    return list(Base.metadata.sorted_tables)


# --- export --------------------------------------------------------------------------------

# What json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) writes, a row at a time:
# the document at the left margin, its fields two spaces in, the tables four, their rows six
# and the rows' fields eight. tests/services/exchange/test_json_streaming.py holds it to that.
ROW_START, ROW_END = "{\n        ", "\n      }"
FIELD_SEPARATOR = ",\n        "
# Text gathered (in characters) before each write: a few hundred rows at a time.
PIECE = 1 << 18


def export_json(session: Session, progress: Progress = no_progress) -> str:
    """The whole store as BounceBack JSON text (UTF-8 when written, ending in a newline).

    Made as :func:`write_json` makes the file; for a large store, write the file instead.
    """
    return b"".join(json_pieces(session, progress)).decode("utf-8")


def write_json(session: Session, path: Path, progress: Progress = no_progress) -> None:
    """Write the whole store to ``path`` atomically, readable by the user alone, a piece at a
    time as the rows are read (table by table, in key order), never all of it in memory."""
    save(Path(path), json_pieces(session, progress))


def json_pieces(session: Session, progress: Progress = no_progress) -> Iterator[bytes]:
    """The export as UTF-8 pieces of about :data:`PIECE` characters each, made as they are
    asked for.

    Everything is read in the session's one transaction, so the file is one moment's data.
    """
    session.flush()
    counts = {t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in tables()}
    total = sum(counts.values())
    done = 0
    progress(done, total)
    text: list[str] = [
        "{\n  " + json_text("format") + ": " + json_text(FORMAT)
        + ",\n  " + json_text("schema") + ": " + json_text(_schema(session))
        + ",\n  " + json_text("tables") + ": {"
    ]
    size = 0
    named = sorted(tables(), key=lambda t: t.name)  # as sort_keys orders them
    for number, table in enumerate(named):
        text.append(("\n    " if number == 0 else ",\n    ") + json_text(table.name) + ": [")
        if not counts[table.name]:
            text.append("]")
            continue
        fields = [(json_text(c.name) + ": ", index, writer(c))
                  for index, c in sorted(enumerate(table.columns), key=lambda f: f[1].name)]
        stmt = (select(table).order_by(*table.primary_key.columns)
                .execution_options(yield_per=ROWS_AT_ONCE))
        separator = "\n      "
        for row in session.execute(stmt):
            line = separator + ROW_START + FIELD_SEPARATOR.join(
                [key + write(row[index]) for key, index, write in fields]) + ROW_END
            text.append(line)
            size += len(line)
            separator = ",\n      "
            done += 1
            if done % 100 == 0:
                progress(done, total)
            if size >= PIECE:
                yield "".join(text).encode("utf-8")
                text.clear()
                size = 0
        text.append("\n    ]")
        progress(done, total)
    text.append("\n  },\n  " + json_text("version") + ": " + json_text(VERSION) + "\n}\n")
    yield "".join(text).encode("utf-8")


def _schema(session: Session) -> str:
    return migrate.current_revision(session.connection()) or migrate.head()


# --- import --------------------------------------------------------------------------------


def import_json(
    session: Session, source: str | os.PathLike[str], progress: Progress = no_progress
) -> ImportResult:
    """Merge a BounceBack JSON export into the store, in the caller's transaction.

    ``source`` is the JSON text itself, or a path (``Path``, not ``str``) to read it from. Records
    already here are skipped, not overwritten, so importing a file twice adds nothing the
    second time. Raises :class:`ExchangeError` for any problem; the caller rolls back, and
    for a malformed file nothing was written in the first place.

    The file is read twice as it streams past (:mod:`.json_read`): the first time every row
    is checked and nothing is written anywhere; only a file found good throughout is read
    again and merged as it comes (:mod:`.export_merge`), its search entries made at the end
    (:mod:`.bulk_index`). Nothing of it is set aside in between, on disk or in memory.
    """
    from bounceback.services.exchange import json_read  # ijson: loaded by imports only

    result = ImportResult()
    with json_read.opened(source) as stream:
        checked = json_read.check(stream)
        bar = _Bar(progress, sum(facts.count for facts in checked.facts.values()))
        try:
            with bulk_index.filled_at_the_end(session, checked.facts, bar.indexed) as later:
                merging = Merge(session, tables(), checked.facts, result, bar.merged,
                                noted=later.keys)
                checked.identities_used()
                json_read.read_rows(stream, checked, merging.table)
                merging.finish()
        except Exception as exc:
            # Whatever went wrong, a file written over since it was checked is what to say.
            if json_read.changed_since(stream, checked):
                raise ExchangeError(json_read.CHANGED) from exc
            raise
    return result


class _Bar:
    """The import's progress in rows of the file: merging them fills the first half of the
    bar, making their search entries the second (each takes about as long)."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.total, self.half = progress, total, total // 2

    def merged(self, done: int, total: int) -> None:
        self.progress(done * self.half // max(total, 1), self.total)

    def indexed(self, done: int, total: int) -> None:
        rest = self.total - self.half
        self.progress(self.half + (done * rest // total if total else rest), self.total)
