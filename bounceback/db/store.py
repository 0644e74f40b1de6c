"""Opening the store: one SQLite file, WAL, foreign keys, migrations applied at start-up.

Start-up calls :func:`open_store` once and hands the :class:`Store` down. A Session lives for
one user action (``with store.session() as s, s.begin(): ...``) and never crosses threads.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bounceback.db import migrate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """The store cannot be opened; ``str(exc)`` is a short message fit for the user."""


class StoreTooNewError(StoreError):
    pass


class StoreLockedError(StoreError):
    pass


class StoreCorruptError(StoreError):
    pass


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    # NORMAL is durable across application crashes in WAL mode; only a power cut can lose
    # the very last transaction, and never corrupts the file.
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


@dataclass
class Store:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A Session for one user action. Callers that write use ``with s.begin():``."""
        with self.session_factory() as s:
            yield s

    def close(self) -> None:
        self.engine.dispose()


def _restrict(path: Path) -> None:
    """Files we write are readable by the user alone."""
    if os.name != "posix":
        return
    for suffix in ("", "-wal", "-shm"):
        p = path.with_name(path.name + suffix)
        if p.exists():
            p.chmod(0o600)


def backup_file(path: Path, backups: Path, reason: str) -> Path:
    """A consistent copy of the database file taken with SQLite's online backup."""
    backups.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        backups.chmod(0o700)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"bounceback-{stamp}-{reason}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = backups / f"bounceback-{stamp}-{reason}-{n}.sqlite3"
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    _restrict(target)
    return target


def open_store(path: Path, *, backups: Path | None = None) -> Store:
    """Open (creating if needed) and migrate the store at ``path``.

    Raises a :class:`StoreError` subclass with a kind, short message when the file is
    from a newer BounceBack, locked by another program, or not a readable database. In
    each of those cases the file is left exactly as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    # Look before touching: even switching the journal to WAL rewrites the file's header,
    # and a file we must refuse has to stay exactly as it was.
    current = _peek_revision(path) if existed else None
    if current is not None and not migrate.is_known(current):
        raise StoreTooNewError(
            "This data was saved by a newer version of BounceBack. "
            "Please update BounceBack to open it; nothing has been changed."
        )
    engine = make_engine(path)
    try:
        if existed and migrate.needs_upgrade(current):
            target = backup_file(path, backups or path.parent / "backups", "pre-migration")
            log.info("Backed up the store to %s before upgrading it", target.name)
        with engine.begin() as conn:
            migrate.upgrade(conn)
    except StoreError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        if "locked" in str(exc.orig).lower():
            raise StoreLockedError(_locked_message()) from exc
        raise StoreCorruptError(_corrupt_message()) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise StoreCorruptError(_corrupt_message()) from exc
    _restrict(path)
    factory = sessionmaker(engine, expire_on_commit=False)
    return Store(path=path, engine=engine, session_factory=factory)


def _peek_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read without changing a byte of it."""
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [p for p in sidecars if not p.exists()]
    try:
        return _read_revision(path)
    finally:
        # Reading a WAL file, even read-only, makes SQLite create its -wal/-shm companions.
        # Nobody else had it open (they were absent), so tidy them away again.
        wal = sidecars[0]
        if absent == sidecars and (not wal.exists() or wal.stat().st_size == 0):
            for p in sidecars:
                p.unlink(missing_ok=True)


def _read_revision(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreCorruptError(_corrupt_message()) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower():
            raise StoreLockedError(_locked_message()) from exc
        raise StoreCorruptError(_corrupt_message()) from exc
    except sqlite3.DatabaseError as exc:
        raise StoreCorruptError(_corrupt_message()) from exc
    finally:
        conn.close()


def _locked_message() -> str:
    return (
        "Your data is in use by another program (perhaps BounceBack is already "
        "open). Please close it and try again."
    )


def _corrupt_message() -> str:
    return (
        "BounceBack could not read its data file. It may be damaged. "
        "Nothing has been changed; your backups are in the 'backups' folder beside it."
    )
