"""What a write changed, known in one place: the tables its statements touched.

Every INSERT, UPDATE and DELETE that reaches SQLite passes the engine's ``after_cursor_execute``
event, whoever issued it: an ORM flush, a Core ``insert(table)`` of an import, a bulk
``delete()``. While :func:`recording` is open (``Store.write`` opens it around each write
transaction) each one adds its table to the record. What SQLite itself changes on a delete
(``ON DELETE CASCADE`` / ``SET NULL``) is added from the models' foreign keys, so deleting an
application also says its events, plans and notes changed.

No caller names what it changed: the window maps these tables to the topics its screens watch
(``ui/common/ops.py``), and a service that starts to touch another table is reported without
anyone remembering to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from bounceback.db.models import Base

# A statement that changes a table, as SQLAlchemy (and our own SQL) writes it.
_WRITE = re.compile(
    r"""^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)
        \s+["`\[]?(\w+)""",
    re.IGNORECASE | re.VERBOSE,
)
_DELETE = re.compile(r"^\s*DELETE\s", re.IGNORECASE)

# The write being recorded on this thread (each thread has its own: a background import
# and a save on the window's thread never mix their records).
_current: ContextVar[set[str] | None] = ContextVar("bounceback_changes", default=None)


# Where Store.write keeps the record on its Session.
CHANGED = "bounceback_changed_tables"


def made_by(session: Session) -> frozenset[str]:
    """The tables the write done in ``session`` (a :meth:`Store.write` one) changed."""
    return frozenset(session.info.get(CHANGED, ()))


@contextmanager
def recording() -> Iterator[set[str]]:
    """Collect the tables changed until the block ends; the set is filled as it goes."""
    touched: set[str] = set()
    token = _current.set(touched)
    try:
        yield touched
    finally:
        _current.reset(token)


def watch(engine: Engine) -> None:
    """Report ``engine``'s writes to whatever :func:`recording` is open on the thread."""
    event.listen(engine, "after_cursor_execute", _after_execute)


def keep_fresh(factory: sessionmaker[Session]) -> None:
    """Objects a session already holds never show what SQLite changed by itself: after a
    flush that deleted rows, whatever is loaded from the tables those deletes reach is
    expired, so it is read again (a check-in of a deleted application says it has none,
    instead of the id it had)."""
    event.listen(factory, "after_flush", _note_deletes)
    event.listen(factory, "after_flush_postexec", _expire_followers)


_REACHED = "bounceback_reached_by_deletes"


def _note_deletes(session: Session, _context: Any) -> None:
    # session.deleted is only known here; expiring waits for the flush to finish its books.
    for obj in session.deleted:
        table = getattr(obj, "__table__", None)
        if table is not None:
            session.info.setdefault(_REACHED, set()).update(follows_deletes_in(table.name))


def _expire_followers(session: Session, _context: Any) -> None:
    reached = session.info.pop(_REACHED, None)
    if not reached:
        return
    for obj in list(session.identity_map.values()):
        table = getattr(obj, "__table__", None)
        if table is not None and table.name in reached:
            session.expire(obj)


def _after_execute(
    _conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
) -> None:
    touched = _current.get()
    if touched is None:
        return
    match = _WRITE.match(statement)
    if match is None:
        return
    table = match.group(1)
    touched.add(table)
    if _DELETE.match(statement):
        touched.update(follows_deletes_in(table))


@cache
def follows_deletes_in(table: str) -> frozenset[str]:
    """The tables SQLite changes itself when rows of ``table`` are deleted: those whose
    foreign keys cascade or are set to NULL, and theirs in turn."""
    found: set[str] = set()
    todo = [table]
    while todo:
        parent = todo.pop()
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table.name == parent and fk.ondelete in ("CASCADE", "SET NULL") \
                        and child.name not in found:
                    found.add(child.name)
                    if fk.ondelete == "CASCADE":
                        todo.append(child.name)
    found.discard(table)
    return frozenset(found)
