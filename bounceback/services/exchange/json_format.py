"""BounceBack's own JSON: every record of every table, and the way back in.

The file is ``{"format": "bounceback", "version": 1, "schema": <alembic revision>,
"tables": {table: [rows ordered by primary key]}}``. It is written generically from the
metadata, so a table added later is exported without anyone remembering to. Keys are sorted
and nothing about the moment of export is written, so the same data always gives the same
bytes: export, import into an empty store and export again, and the files are identical.

Importing merges into the current store inside the caller's transaction (see
:mod:`.export_merge`); the whole file is checked first, so a bad file changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from bounceback.db import migrate
from bounceback.db.models import Base
from bounceback.services.errors import Message
from bounceback.services.exchange.common import (
    ExchangeError,
    ImportResult,
    Progress,
    RowProblem,
    no_progress,
)
from bounceback.services.exchange.export_files import save
from bounceback.services.exchange.export_identity import IDENTITY, table_label
from bounceback.services.exchange.export_merge import merge
from bounceback.services.exchange.export_values import BadValue, from_json, to_json

FORMAT = "bounceback"
VERSION = 1
SUFFIX = ".json"

# Beyond this many, listing more bad rows helps nobody; the count still says how many.
MAX_PROBLEMS = 50

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

Rows = dict[str, list[dict[str, Any]]]
# Checked rows with their 1-based place in the file's list, for messages.
Numbered = dict[str, list[tuple[int, dict[str, Any]]]]


def tables() -> list[Table]:
    """Every table, parents before the tables that refer to them."""
    return list(Base.metadata.sorted_tables)


# --- export --------------------------------------------------------------------------------


def export_json(session: Session, progress: Progress = no_progress) -> str:
    """The whole store as BounceBack JSON text (UTF-8 when written, ending in a newline)."""
    session.flush()
    counts = {t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in tables()}
    total = sum(counts.values())
    done = 0
    progress(done, total)
    out: dict[str, list[dict[str, Any]]] = {}
    for table in tables():
        rows: list[dict[str, Any]] = []
        stmt = select(table).order_by(*table.primary_key.columns)
        for row in session.execute(stmt).mappings():
            rows.append({c.name: to_json(c, row[c]) for c in table.columns})
            done += 1
            if done % 100 == 0:
                progress(done, total)
        out[table.name] = rows
        progress(done, total)
    doc = {"format": FORMAT, "version": VERSION, "schema": _schema(session), "tables": out}
    return json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write_json(session: Session, path: Path, progress: Progress = no_progress) -> None:
    """Write :func:`export_json` to ``path`` atomically, readable by the user alone."""
    save(Path(path), export_json(session, progress).encode("utf-8"))


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
    """
    doc = _load(source)
    rows = _check(doc)
    result = ImportResult()
    merge(session, tables(), rows, result, progress)
    return result


def _load(source: str | os.PathLike[str]) -> dict[str, Any]:
    if isinstance(source, os.PathLike):
        try:
            text = Path(source).read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ExchangeError(NOT_OURS) from exc
        except OSError as exc:
            raise ExchangeError(
                "BounceBack couldn't open that file. Please check it is still there "
                "and try again."
            ) from exc
    else:
        text = source
    text = text.removeprefix("\ufeff")  # some editors add a byte-order mark when saving
    if not text.strip():
        raise ExchangeError("This file is empty. Nothing has been changed.")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        # Running out of text mid-way is a copy cut short, not a different kind of file.
        ended = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated")
        raise ExchangeError(CUT_SHORT if ended else NOT_OURS) from exc
    except RecursionError as exc:
        raise ExchangeError(NOT_OURS) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ExchangeError(NOT_OURS)
    return doc


def _check(doc: dict[str, Any]) -> Rows:
    """Every row of the file as Python values, or ExchangeError listing all that is wrong."""
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ExchangeError(NOT_OURS)
    if version > VERSION:
        raise ExchangeError(TOO_NEW)
    schema = doc.get("schema")
    if not isinstance(schema, str):
        raise ExchangeError(NOT_OURS)
    if not migrate.is_known(schema):
        raise ExchangeError(TOO_NEW)
    raw = doc.get("tables")
    if not isinstance(raw, dict):
        raise ExchangeError(NOT_OURS)
    # A file from an older schema may hold tables and fields later versions dropped; from
    # ours, anything unknown means the file was changed by hand, and guessing would lose it.
    strict = schema == migrate.head()
    known = {t.name: t for t in tables()}
    problems: list[RowProblem] = []
    if strict:
        for name in sorted(set(raw) - set(known)):
            problems.append(RowProblem(1, Message(
                "The file has a part BounceBack doesn't know: “%1”.", name)))
    numbered: Numbered = {
        t.name: _check_table(t, raw.get(t.name, []), strict, problems) for t in tables()
    }
    _check_references(numbered, raw, problems)
    if problems:
        shown = problems[:MAX_PROBLEMS]
        more = len(problems) - len(shown)
        if more:
            shown.append(RowProblem(shown[-1].line, Message("… and %1 more problems.", more)))
        raise ExchangeError(BAD_ROWS, problems=shown)
    return {name: [values for _, values in found] for name, found in numbered.items()}


def _required(column: Any) -> bool:
    """A field a row can't do without: its key, one that recognises it on a second import
    (see export_identity), or one with no default to fall back on."""
    return bool(
        column.primary_key
        or column.name in IDENTITY[column.table.name]
        or (not column.nullable and column.default is None and column.server_default is None)
    )


def _check_table(
    table: Table, raw_rows: object, strict: bool, problems: list[RowProblem]
) -> list[tuple[int, dict[str, Any]]]:
    label = table_label(table.name)
    if not isinstance(raw_rows, list):
        problems.append(RowProblem(1, Message("The %1 should be a list of records.", label)))
        return []
    names = {c.name for c in table.columns}
    checked: list[tuple[int, dict[str, Any]]] = []
    seen_keys: set[tuple[Any, ...]] = set()
    pk_names = [c.name for c in table.primary_key.columns]
    for index, raw in enumerate(raw_rows, start=1):

        def problem(message: str, index: int = index) -> None:
            problems.append(RowProblem(index, Message("Row %1 of the %2: %3", index, label,
                                                      message)))

        if not isinstance(raw, dict):
            problem("it isn't a record.")
            continue
        unknown = sorted(set(raw) - names)
        if unknown and strict:
            problem(Message("it has a field BounceBack doesn't know (“%1”).", unknown[0]))
        values: dict[str, Any] = {}
        ok = True
        for column in table.columns:
            if column.name not in raw:
                if _required(column):
                    problem(Message("“%1” is missing.", column.name))
                    ok = False
                continue
            try:
                values[column.name] = from_json(column, raw[column.name])
            except BadValue as exc:
                problem(exc.message)
                ok = False
        if not ok:
            continue
        key = tuple(values[n] for n in pk_names)
        if key in seen_keys:
            problem("the same record appears twice.")
            continue
        seen_keys.add(key)
        if table.name == "document_contents" and not _content_matches(values):
            problem("its content isn't the file its fingerprint names (changed by hand?).")
            continue
        checked.append((index, values))
    return checked


def _content_matches(values: dict[str, Any]) -> bool:
    """A document's bytes must be the ones its SHA-256 names: it is how a second import
    knows the file is already here."""
    data = values.get("data")
    if not isinstance(data, bytes):
        return True  # already reported as missing or unreadable
    return bool(values.get("sha256") == hashlib.sha256(data).hexdigest()
                and values.get("size", len(data)) == len(data))


def _check_references(rows: Numbered, raw: dict[str, Any], problems: list[RowProblem]) -> None:
    """Every reference must point at a record in the file: it is a whole export.

    A record with a problem of its own still counts as there, so one bad row gives one
    message rather than one more for everything that refers to it.
    """
    for table in tables():
        for column in table.columns:
            for fk in column.foreign_keys:
                target = fk.column
                listed = raw.get(target.table.name)
                present = {
                    r.get(target.name) for r in (listed if isinstance(listed, list) else [])
                    if isinstance(r, dict) and isinstance(r.get(target.name), int | str)
                }
                label = table_label(table.name)
                for index, row in rows[table.name]:
                    value = row.get(column.name)
                    if value is not None and value not in present:
                        problems.append(RowProblem(index, Message(
                            "Row %1 of the %2: “%3” refers to one of the %4 that isn't in the "
                            "file.", index, label, column.name, table_label(target.table.name))))
