"""The schema revision of an existing store, read without changing a byte of it.

Kept apart from the store (and from SQLAlchemy) so that it can run before SQLAlchemy is
imported: the window's start looks at a plain store on a thread of its own while the rest
starts (bounceback/db/early_look.py), since SQLite's quick check over a large file takes a
tenth of a second or more and runs without holding Python's lock.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from bounceback.db.connect import (
    SQLITE_BUSY,
    SQLITE_LOCKED,
    connect,
    driver,
    error_code,
    integrity_problems,
    schema_revision,
    store_error_from,
)
from bounceback.db.errors import StoreCorruptError, StoreError, StoreLockedError

log = logging.getLogger("bounceback.db.store")


def peek_revision(path: Path, key: str | None) -> str | None:
    """The schema revision of an existing file, read without changing a byte of it.

    The same look runs SQLite's quick check, so a damaged file is refused before anything
    writes to it.
    """
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [p for p in sidecars if not p.exists()]
    try:
        return _read_revision(path, key)
    finally:
        # Reading a WAL file, even read-only, makes SQLite create its -wal/-shm companions;
        # they were absent before, so they are tidied away again (safely: see there).
        if absent == sidecars and any(p.exists() for p in sidecars):
            _close_as_last_reader(path, key)


def _close_as_last_reader(path: Path, key: str | None) -> None:
    """Let SQLite remove the -wal/-shm files a read-only look left behind.

    SQLite removes them when the last connection that may write closes, and only when no
    other process has the file open (it checks under a lock). Deleting them ourselves could
    pull them from under another BounceBack that opened the store in the meantime (two
    imports at once did exactly that), so one plain read by a connection that may write does
    it instead. It changes nothing in the file: there is nothing in the log to fold in.
    """
    with contextlib.suppress(StoreError):  # busy or unreadable: they stay, and are harmless
        connect(path, key).close()


def _read_revision(path: Path, key: str | None) -> str | None:
    conn = connect(path, key, read_only=True)
    mod = driver(key)
    try:
        if integrity_problems(conn):
            log.warning("The store failed SQLite's quick check")
            raise StoreCorruptError()
        return schema_revision(conn)
    except mod.OperationalError as exc:
        if error_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED):
            raise StoreLockedError() from exc
        raise (store_error_from(exc, path.parent) or StoreCorruptError()) from exc
    except mod.DatabaseError as exc:
        raise StoreCorruptError() from exc
    finally:
        conn.close()
