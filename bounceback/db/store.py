"""Opening the store: one SQLite file, WAL, foreign keys, migrations applied at start-up.

Start-up calls :func:`open_store` once and hands the :class:`Store` down. A Session lives for
one user action (``with store.session() as s, s.begin(): ...``) and never crosses threads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bounceback.db import changes, history, loose_files, preflight, revisions
from bounceback.db.connect import (
    BUSY_TIMEOUT_MS,
    SQLITE_BUSY,
    SQLITE_LOCKED,
    connect,
    driver,
    error_code,
    is_encrypted,
    store_error_from,
)
from bounceback.db.errors import (
    PassphraseNeededError,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
    StoreTooNewError,
    WrongPassphraseError,
)
from bounceback.db.peek import peek_revision
from bounceback.db.preflight import Kind
from bounceback.messages import Message
from bounceback.paths import is_read_only, narrow

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


# The execution option that marks a connection's transactions as writes (see Store.write).
WRITE_OPTION = "bounceback_write"


@dataclass
class WritePolicy:
    """How a write waits for another writer (a second window's command, an import elsewhere):
    ``on_wait()`` is called once when it has to wait, then it waits up to ``wait_s`` seconds
    before giving up with :class:`StoreBusyError`."""

    wait_s: float = BUSY_TIMEOUT_MS / 1000
    on_wait: Callable[[], None] | None = None


def _on_connect(dbapi_conn: Any, _record: object, *, read_only: bool = False) -> None:
    # SQLAlchemy's recipe for SQLite: the driver starts no transactions of its own, so each
    # one starts where _on_begin says, as a plain BEGIN or as BEGIN IMMEDIATE for a write.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        cur.execute("PRAGMA journal_mode = WAL")
        # FULL makes every commit durable, even across a power cut, at the cost of one more
        # fsync per commit: nothing here writes often enough for that to be felt.
        cur.execute("PRAGMA synchronous = FULL")
    # Sorting and temporary tables stay in memory, so no unencrypted temporary file is
    # ever written beside an encrypted store.
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.close()


def _on_begin(conn: Connection) -> None:
    policy = conn.get_execution_options().get(WRITE_OPTION)
    if not isinstance(policy, WritePolicy):
        conn.exec_driver_sql("BEGIN")
        return
    # A write takes the write lock when it starts, not at its first INSERT: whatever it
    # reads first (an import's "is this one already there?") then can't change under it
    # before it writes, so two imports of one file at once never both add it.
    conn.exec_driver_sql("PRAGMA busy_timeout = 0")
    try:
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as exc:
            if error_code(exc) not in (SQLITE_BUSY, SQLITE_LOCKED):
                raise
        if policy.on_wait is not None:
            policy.on_wait()
        conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(policy.wait_s * 1000)}")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def make_engine(path: Path, key: str | None = None, *, read_only: bool = False) -> Engine:
    """An engine whose every connection is keyed (when ``key`` is set) before first use;
    with ``read_only``, connections that can't write (and create nothing beside the file)."""

    def creator() -> Any:
        # check_same_thread=False is what SQLAlchemy itself does for file databases: the
        # pool hands a connection to one thread at a time.
        return connect(path, key, read_only=read_only, check_same_thread=False)

    engine = create_engine(f"sqlite:///{path}", creator=creator, module=driver(key))
    event.listen(engine, "connect", partial(_on_connect, read_only=read_only))
    event.listen(engine, "begin", _on_begin)
    changes.watch(engine)
    return engine


@dataclass
class Store:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    # The passphrase, kept in memory only, for new connections and backups.
    key: str | None = field(default=None, repr=False)
    backups: Path | None = None
    read_only: bool = False
    write_policy: WritePolicy = field(default_factory=WritePolicy)
    _write_bind: Engine | None = field(default=None, init=False, repr=False)

    @property
    def backups_dir(self) -> Path:
        return self.backups or self.path.parent / "backups"

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A Session for one read. Writes use :meth:`write`.

        A failure that is about the disk or the lock (full, read-only, busy) comes out as
        the :class:`StoreError` that says so; anything else as it was.
        """
        with self._mapping_errors(), self.session_factory() as s:
            yield s

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A Session in one write transaction, committed at the end (rolled back on error).

        The transaction holds SQLite's write lock from its start (see _on_begin), waiting
        as ``write_policy`` says when another BounceBack is writing.
        """
        if self.read_only:
            raise StoreReadOnlyError(self.path.parent)
        if self._write_bind is None:
            # Made once: the policy is held by reference, so later changes to it still count.
            self._write_bind = self.engine.execution_options(
                **{WRITE_OPTION: self.write_policy})
        with changes.recording() as touched, self._mapping_errors(), \
                self.session_factory(bind=self._write_bind) as s:
            # Filled as the transaction runs (its commit's flush included); read with
            # changes.made_by(s) once the block is over.
            s.info[changes.CHANGED] = touched
            with s.begin():
                yield s

    @contextmanager
    def _mapping_errors(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            mapped = store_error_from(exc, self.path.parent)
            if mapped is None:
                raise
            raise mapped from exc

    def raw_connection(self) -> Any:
        """A fresh, keyed DB-API connection of its own, for backups; the caller closes it."""
        return connect(self.path, self.key, read_only=self.read_only)

    def close(self) -> None:
        self.engine.dispose()


def restrict(path: Path) -> None:
    """A database file and its companions are readable by the user alone (narrowed, never
    widened: see paths.narrow)."""
    for suffix in ("", "-wal", "-shm"):
        p = path.with_name(path.name + suffix)
        if p.exists():
            narrow(p, 0o600)


def open_store(
    path: Path,
    *,
    backups: Path | None = None,
    passphrase: str | None = None,
    read_only: bool = False,
    peek: Callable[[Path, str | None], str | None] = peek_revision,
) -> Store:
    """Open (creating if needed), check and migrate the store at ``path``.

    A new store is created encrypted when ``passphrase`` is given. An existing encrypted one
    needs its passphrase (:class:`PassphraseNeededError`, :class:`WrongPassphraseError`); for
    a plain one the passphrase is ignored. Raises a :class:`StoreError` subclass with a kind,
    short message when something else stands at ``path``, the file is from a newer
    BounceBack, locked by another program, damaged (emptied included), not a database, or
    the disk is full or read-only. In each of those cases the file is left exactly as it was.

    With ``read_only`` (the commands that only read: check, export, search) nothing is
    created or changed, and a folder the person made read-only is fine; without it, such a
    folder is refused before anything is touched.

    ``peek`` gives the existing file's revision after SQLite's quick check (the window's
    start passes a look it began early: bounceback/db/early_look.py).
    """
    backups_dir = backups or path.parent / "backups"
    kind = preflight.examine(path, backups_dir)
    folder = path.parent
    folder_read_only = is_read_only(folder)
    if folder_read_only and not read_only:
        raise StoreReadOnlyError(folder)
    if kind is Kind.NEW and read_only:
        raise StoreError(Message("There is no BounceBack data in %1 yet.", folder))
    if kind is Kind.ENCRYPTED:
        if passphrase is None:
            raise PassphraseNeededError()
        key: str | None = passphrase
    elif kind is Kind.PLAIN:
        key = None
    else:
        folder.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)  # An empty file left by an interrupted first start.
        key = passphrase
    existed = kind is not Kind.NEW
    # Look before touching: even switching the journal to WAL rewrites the file's header,
    # and a file we must refuse has to stay exactly as it was.
    current = peek(path, key) if existed else None
    if current is not None and current not in revisions.KNOWN:
        raise StoreTooNewError()
    if read_only and current != revisions.HEAD and folder_read_only:
        # An older store must be upgraded before it can be read, and that is a write.
        raise StoreReadOnlyError(folder)
    read_only = read_only and current == revisions.HEAD
    engine = make_engine(path, key, read_only=read_only)
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
        if error_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED):
            raise StoreLockedError() from exc
        raise (store_error_from(exc, folder) or StoreCorruptError()) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise (store_error_from(exc, folder) or StoreCorruptError()) from exc
    except OSError as exc:  # the backup before a migration, on a full disk
        engine.dispose()
        mapped = store_error_from(exc, folder)
        if mapped is None:
            raise
        raise mapped from exc
    if not read_only:
        restrict(path)
        history.note(folder, encrypted=key is not None)
    factory = sessionmaker(engine, expire_on_commit=False)
    changes.keep_fresh(factory)
    store = Store(
        path=path, engine=engine, session_factory=factory, key=key, backups=backups,
        read_only=read_only,
    )
    if not read_only:
        loose_files.adopt(store)  # what older versions kept beside the store, moved in
    return store


def _migrate(
    engine: Engine, path: Path, key: str | None, backups: Path | None, *, backup_first: bool
) -> None:
    from bounceback.db import migrate

    if backup_first:
        from bounceback.db.backups import take_backup

        target = take_backup(path, key, backups or path.parent / "backups", "pre-migration")
        log.info("Backed up the store to %s before upgrading it", target.name)
    # One write transaction (see _on_begin): the upgrade lands whole or not at all.
    with engine.execution_options(**{WRITE_OPTION: WritePolicy()}).begin() as conn:
        migrate.upgrade(conn)


