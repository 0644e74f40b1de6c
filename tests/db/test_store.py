"""Opening the store: settings, permissions, refusing files it must not touch, backups."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from bounceback.db import migrate
from bounceback.db import store as db_store
from bounceback.db.backups import take_backup
from bounceback.db.connect import BUSY_TIMEOUT_MS
from bounceback.db.enums import EventKind
from bounceback.db.models import Event
from bounceback.db.store import (
    PassphraseNeededError,
    Store,
    StoreCorruptError,
    StoreLockedError,
    StoreTooNewError,
    WrongPassphraseError,
    open_store,
)
from bounceback.services import applications as apps

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")


@contextmanager
def opened(path: Path, backups: Path) -> Iterator[Store]:
    s = open_store(path, backups=backups)
    try:
        yield s
    finally:
        s.close()


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to prove nothing was touched."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _revision_of(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return row[0] if row else None


def test_session_connections_use_wal_and_foreign_keys(store: Store) -> None:
    with store.session() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL: durable commits


def test_foreign_keys_are_enforced(store: Store) -> None:
    with store.session() as s, pytest.raises(IntegrityError), s.begin():
        s.add(Event(application_id=12345, kind=EventKind.NOTE, occurred_on=dt.date(2025, 1, 1)))
        s.flush()


def test_fresh_store_is_at_head_without_backup(db: Path, backups: Path) -> None:
    with opened(db, backups) as s, s.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head()
    assert db.exists()
    assert not backups.exists()


def test_empty_file_counts_as_fresh(db: Path, backups: Path) -> None:
    db.parent.mkdir(parents=True)
    db.touch()
    with opened(db, backups) as s, s.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head()
    assert not backups.exists()


def test_data_survives_reopening_without_a_backup(db: Path, backups: Path) -> None:
    with opened(db, backups) as s, s.session() as session, session.begin():
        app_id = apps.create_application(session, apps.ApplicationInput("Acme", "Engineer")).id
    with opened(db, backups) as s, s.session() as session:
        assert apps.get_application(session, app_id).company == "Acme"
    assert not backups.exists()


@posix_only
def test_database_file_is_private(db: Path, backups: Path) -> None:
    with opened(db, backups):
        assert stat.S_IMODE(db.stat().st_mode) == 0o600
        for suffix in ("-wal", "-shm"):
            side = db.with_name(db.name + suffix)
            if side.exists():
                assert stat.S_IMODE(side.stat().st_mode) == 0o600


def _stamp_newer(db: Path, backups: Path, *, wal: bool) -> None:
    """A store as a newer BounceBack would leave it: a revision this one doesn't know."""
    with opened(db, backups):
        pass
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    if not wal:  # e.g. a copy made by another tool, in the classic rollback-journal mode
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"


@pytest.mark.parametrize("wal", [True, False], ids=["wal", "rollback-journal"])
def test_newer_store_is_refused_and_left_untouched(
    db: Path, backups: Path, wal: bool
) -> None:
    _stamp_newer(db, backups, wal=wal)
    before = db.read_bytes()

    with pytest.raises(StoreTooNewError) as info:
        open_store(db, backups=backups)
    assert "newer version" in str(info.value)
    assert db.read_bytes() == before
    assert _revision_of(db) == "9999_from_the_future"
    assert not backups.exists()


def test_refusing_a_newer_store_leaves_no_new_files(db: Path, backups: Path) -> None:
    _stamp_newer(db, backups, wal=True)
    before = _snapshot(db.parent)
    with pytest.raises(StoreTooNewError):
        open_store(db, backups=backups)
    assert _snapshot(db.parent) == before


@pytest.mark.parametrize(
    "content",
    [
        b"This is a shopping list, not a database.\n" * 100,
        bytes(range(256)) * 64 + b"x",
        b"SQLite format 3\x00" + b"\xff" * 4080,
    ],
    ids=["text", "binary", "bad-header"],
)
def test_garbage_file_is_refused_and_left_untouched(
    db: Path, backups: Path, content: bytes
) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(content)
    before = _snapshot(db.parent)
    with pytest.raises(StoreCorruptError) as info:
        open_store(db, backups=backups)
    assert "backups" in str(info.value)
    assert _snapshot(db.parent) == before


def test_page_sized_garbage_asks_for_a_passphrase_then_refuses_it(db: Path, backups: Path) -> None:
    # Whole pages of noise are what an encrypted file looks like: without the passphrase
    # nobody can tell them apart, so we ask, and a passphrase that fails changes nothing.
    db.parent.mkdir(parents=True)
    db.write_bytes(bytes(range(256)) * 64)
    before = _snapshot(db.parent)
    with pytest.raises(PassphraseNeededError):
        open_store(db, backups=backups)
    with pytest.raises(WrongPassphraseError):
        open_store(db, backups=backups, passphrase="guess")
    assert _snapshot(db.parent) == before


def test_locked_store_is_refused(
    db: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with opened(db, backups) as s, s.session() as session, session.begin():
        apps.create_application(session, apps.ApplicationInput("Acme", "Engineer"))
    monkeypatch.setattr(db_store, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(db, isolation_level=None)
    try:
        # Exclusive locking mode keeps even readers out, in WAL mode too.
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE applications SET notes = 'held'")
        with pytest.raises(StoreLockedError) as info:
            open_store(db, backups=backups)
        assert "in use" in str(info.value)
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert not backups.exists()
    # Once the other program lets go, the store opens and nothing was lost.
    with opened(db, backups) as s, s.session() as session:
        [row] = apps.list_applications(session)
        assert row.company == "Acme"
        assert apps.get_application(session, row.id).notes == ""


def _make_older_store(db: Path) -> str | None:
    """A store one revision behind head (at base when head is the only revision)."""
    revs = migrate.all_revisions()
    older = revs[-2] if len(revs) > 1 else "base"
    db.parent.mkdir(parents=True, exist_ok=True)
    engine = db_store.make_engine(db)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, "head")
        with engine.begin() as conn:
            migrate.downgrade(conn, older)
            conn.execute(text("PRAGMA user_version = 42"))  # a mark to find in the backup
        with engine.connect() as conn:
            current = migrate.current_revision(conn)
    finally:
        engine.dispose()
    assert current != migrate.head()
    return current


def test_backup_is_taken_before_migrating_an_older_store(db: Path, backups: Path) -> None:
    older = _make_older_store(db)
    with opened(db, backups) as s, s.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head()
    [backup] = list(backups.iterdir())
    assert "pre-migration" in backup.name
    assert _revision_of(backup) == older
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 42
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    if os.name == "posix":
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
        assert stat.S_IMODE(backups.stat().st_mode) == 0o700
    # Opening the now current store again takes no second backup.
    with opened(db, backups):
        pass
    assert len(list(backups.iterdir())) == 1


def test_backup_names_never_collide(db: Path, backups: Path) -> None:
    with opened(db, backups):
        pass
    names = {take_backup(db, None, backups, "manual").name for _ in range(3)}
    assert len(names) == 3
    assert names == {p.name for p in backups.iterdir()}
