"""Opening the store: one SQLite file, WAL, foreign keys, migrations applied at start-up.

Start-up calls :func:`open_store` once and hands the :class:`Store` down. A Session lives for
one user action (``with store.session() as s, s.begin(): ...``) and never crosses threads.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bounceback.db import revisions
from bounceback.db.connect import (
    BUSY_TIMEOUT_MS,
    connect,
    driver,
    integrity_problems,
    is_encrypted,
)
from bounceback.db.errors import (
    PassphraseNeededError,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreTooNewError,
    WrongPassphraseError,
)

__all__ = [
    "PassphraseNeededError",
    "Store",
    "StoreCorruptError",
    "StoreError",
    "StoreLockedError",
    "StoreTooNewError",
    "WrongPassphraseError",
    "is_encrypted",
    "open_store",
]

log = logging.getLogger(__name__)


def _on_connect(dbapi_conn: Any, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL makes every commit durable, even across a power cut, at the cost of one more
    # fsync per commit: nothing here writes often enough for that to be felt.
    cur.execute("PRAGMA synchronous = FULL")
    # Sorting and temporary tables stay in memory, so no unencrypted temporary file is
    # ever written beside an encrypted store.
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.close()


def make_engine(path: Path, key: str | None = None) -> Engine:
    """An engine whose every connection is keyed (when ``key`` is set) before first use."""

    def creator() -> Any:
        # check_same_thread=False is what SQLAlchemy itself does for file databases: the
        # pool hands a connection to one thread at a time.
        return connect(path, key, check_same_thread=False)

    engine = create_engine(f"sqlite:///{path}", creator=creator, module=driver(key))
    event.listen(engine, "connect", _on_connect)
    return engine


@dataclass
class Store:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    # The passphrase, kept in memory only, for new connections and backups.
    key: str | None = field(default=None, repr=False)
    backups: Path | None = None

    @property
    def backups_dir(self) -> Path:
        return self.backups or self.path.parent / "backups"

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A Session for one user action. Callers that write use ``with s.begin():``."""
        with self.session_factory() as s:
            yield s

    def raw_connection(self) -> Any:
        """A fresh, keyed DB-API connection of its own, for backups; the caller closes it."""
        return connect(self.path, self.key)

    def close(self) -> None:
        self.engine.dispose()


def restrict(path: Path) -> None:
    """A database file and its companions are readable by the user alone."""
    if os.name != "posix":
        return
    for suffix in ("", "-wal", "-shm"):
        p = path.with_name(path.name + suffix)
        if p.exists():
            p.chmod(0o600)


def open_store(
    path: Path, *, backups: Path | None = None, passphrase: str | None = None
) -> Store:
    """Open (creating if needed), check and migrate the store at ``path``.

    A new store is created encrypted when ``passphrase`` is given. An existing encrypted one
    needs its passphrase (:class:`PassphraseNeededError`, :class:`WrongPassphraseError`); for
    a plain one the passphrase is ignored. Raises a :class:`StoreError` subclass with a kind,
    short message when the file is from a newer BounceBack, locked by another program,
    damaged, or not a database. In each of those cases the file is left exactly as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    if existed and is_encrypted(path):
        if passphrase is None:
            raise PassphraseNeededError()
        key: str | None = passphrase
    elif existed:
        key = None
    else:
        path.unlink(missing_ok=True)  # An empty file left by an interrupted first start.
        key = passphrase
    # Look before touching: even switching the journal to WAL rewrites the file's header,
    # and a file we must refuse has to stay exactly as it was.
    current = _peek_revision(path, key) if existed else None
    if current is not None and current not in revisions.KNOWN:
        raise StoreTooNewError()
    engine = make_engine(path, key)
    try:
        if current != revisions.HEAD:
            _migrate(engine, path, key, backups, backup_first=existed)
        else:
            # Up to date: one connection now, so a locked or unreadable file is reported
            # here, as the migration would have, not at the first click.
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except StoreError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        if "locked" in str(exc.orig).lower():
            raise StoreLockedError() from exc
        raise StoreCorruptError() from exc
    except DatabaseError as exc:
        engine.dispose()
        raise StoreCorruptError() from exc
    restrict(path)
    factory = sessionmaker(engine, expire_on_commit=False)
    return Store(
        path=path, engine=engine, session_factory=factory, key=key, backups=backups
    )


def _migrate(
    engine: Engine, path: Path, key: str | None, backups: Path | None, *, backup_first: bool
) -> None:
    from bounceback.db import migrate

    if backup_first:
        from bounceback.db.backups import take_backup

        target = take_backup(path, key, backups or path.parent / "backups", "pre-migration")
        log.info("Backed up the store to %s before upgrading it", target.name)
    with engine.begin() as conn:
        migrate.upgrade(conn)


def _peek_revision(path: Path, key: str | None) -> str | None:
    """The schema revision of an existing file, read without changing a byte of it.

    The same look runs SQLite's quick check, so a damaged file is refused before anything
    writes to it.
    """
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [p for p in sidecars if not p.exists()]
    try:
        return _read_revision(path, key)
    finally:
        # Reading a WAL file, even read-only, makes SQLite create its -wal/-shm companions.
        # Nobody else had it open (they were absent), so tidy them away again.
        wal = sidecars[0]
        if absent == sidecars and (not wal.exists() or wal.stat().st_size == 0):
            for p in sidecars:
                p.unlink(missing_ok=True)


def _read_revision(path: Path, key: str | None) -> str | None:
    conn = connect(path, key, read_only=True)
    mod = driver(key)
    try:
        if integrity_problems(conn):
            log.warning("The store failed SQLite's quick check")
            raise StoreCorruptError()
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except mod.OperationalError as exc:
        if "locked" in str(exc).lower():
            raise StoreLockedError() from exc
        raise StoreCorruptError() from exc
    except mod.DatabaseError as exc:
        raise StoreCorruptError() from exc
    finally:
        conn.close()
