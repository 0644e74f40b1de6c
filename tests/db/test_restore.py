"""Finding a good backup and restoring one: nothing is ever lost, a bad backup changes
nothing, and an older backup is migrated when the store is opened."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from bounceback.db import backups as bk
from bounceback.db import migrate
from bounceback.db.errors import StoreCorruptError, StoreLockedError, WrongPassphraseError
from bounceback.db.store import make_engine
from tests.db.storekit import (
    COMPANY,
    KEY,
    companies,
    fill,
    journals,
    leaks,
    listing,
    opened,
    rows,
    snapshot,
    spoil_middle_page,
    truncate_to_half,
)

KEYS = pytest.mark.parametrize("key", [None, KEY], ids=["plain", "encrypted"])
DAMAGE = pytest.mark.parametrize(
    "damage", [truncate_to_half, spoil_middle_page], ids=["half", "page"]
)


def _info(backups: Path, path: Path) -> bk.BackupInfo:
    return next(b for b in bk.list_backups(backups) if b.path == path)


def _at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


# --- Finding a good backup ------------------------------------------------------


@KEYS
@DAMAGE
def test_latest_good_backup_skips_a_damaged_newest(
    db: Path, backups: Path, key: str | None, damage: Callable[[Path], None]
) -> None:
    with opened(db, backups, key) as s:
        fill(s, checkins_count=30)
    good = bk.take_backup(db, key, backups, bk.AUTO, now=dt.datetime(2025, 3, 1, 9))
    bad = bk.take_backup(db, key, backups, bk.MANUAL, now=dt.datetime(2025, 3, 2, 9))
    damage(bad)
    before = snapshot(backups)

    found = bk.latest_good_backup(backups, key)

    assert found is not None and found.info.path == good
    assert found.counts["checkins"] == 30
    assert snapshot(backups) == before
    damage(good)
    assert bk.latest_good_backup(backups, key) is None


def test_latest_good_backup_skips_one_under_another_passphrase(db: Path, backups: Path) -> None:
    with opened(db, backups, KEY) as s:
        fill(s)
    good = bk.take_backup(db, KEY, backups, bk.AUTO, now=dt.datetime(2025, 3, 1, 9))
    with opened(db.with_name("other.sqlite3"), backups, "another passphrase") as s:
        fill(s)
    bk.take_backup(db.with_name("other.sqlite3"), "another passphrase", backups, bk.MANUAL,
                   now=dt.datetime(2025, 3, 2, 9))
    found = bk.latest_good_backup(backups, KEY)
    assert found is not None and found.info.path == good


@KEYS
def test_restore_puts_the_data_back_and_keeps_the_current_store(
    db: Path, backups: Path, key: str | None
) -> None:
    with opened(db, backups, key) as s:
        fill(s)
        before = journals(s)
    made = bk.take_backup(db, key, backups, bk.MANUAL)
    with opened(db, backups, key) as s:
        fill(s, checkins_count=2, company="Written later")
        later = journals(s)
    assert len(later) == 5

    kept = bk.restore_backup(made, db, key, backups)

    assert kept is not None and _info(backups, kept).reason == bk.PRE_RESTORE
    assert bk.describe_backup(_info(backups, kept), key).counts["checkins"] == 5
    assert made.exists()
    with opened(db, backups, key) as s:
        assert journals(s) == before
        assert companies(s) == [COMPANY]
    with opened(kept, backups, key) as s:
        assert journals(s) == later
    if os.name == "posix":
        assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert not [p for p in listing(db.parent) if "restoring" in p or p.endswith(".tmp")]
    if key is not None:
        assert leaks(db.parent) == {}


@KEYS
@DAMAGE
def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    db: Path, backups: Path, key: str | None, damage: Callable[[Path], None]
) -> None:
    with opened(db, backups, key) as s:
        fill(s, checkins_count=30)
    made = bk.take_backup(db, key, backups, bk.MANUAL)
    damage(made)
    before = snapshot(db.parent)
    with pytest.raises(StoreCorruptError):
        bk.restore_backup(made, db, key, backups)
    assert snapshot(db.parent) == before


def test_restore_with_the_wrong_passphrase_changes_nothing(db: Path, backups: Path) -> None:
    with opened(db, backups, KEY) as s:
        fill(s)
    made = bk.take_backup(db, KEY, backups, bk.MANUAL)
    before = snapshot(db.parent)
    with pytest.raises(WrongPassphraseError):
        bk.restore_backup(made, db, "not the passphrase", backups)
    assert snapshot(db.parent) == before


@KEYS
@DAMAGE
def test_a_damaged_current_store_is_copied_aside_not_lost(
    db: Path, backups: Path, key: str | None, damage: Callable[[Path], None]
) -> None:
    with opened(db, backups, key) as s:
        fill(s, checkins_count=30)
    made = bk.take_backup(db, key, backups, bk.MANUAL)
    damage(db)
    damaged_bytes = db.read_bytes()

    kept = bk.restore_backup(made, db, key, backups)

    assert kept is not None
    assert _info(backups, kept).reason == bk.DAMAGED
    assert kept.read_bytes() == damaged_bytes
    with opened(db, backups, key) as s:
        assert len(journals(s)) == 30
    # Kept through any rotation.
    bk.rotate(backups)
    assert kept.exists()


def test_restore_while_the_store_is_in_use_is_refused(
    db: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with opened(db, backups) as s:
        fill(s)
    made = bk.take_backup(db, None, backups, bk.MANUAL)
    monkeypatch.setattr("bounceback.db.connect.BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(db, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE applications SET notes = 'held'")
        before = snapshot(backups)
        with pytest.raises(StoreLockedError):
            bk.restore_backup(made, db, None, backups)
        assert snapshot(backups) == before
        other.execute("ROLLBACK")
    finally:
        other.close()


def _older_store_with_data(path: Path) -> str:
    """A store one revision behind head holding an application, made with real migrations."""
    revs = migrate.all_revisions()
    assert len(revs) > 1
    older = revs[-2]
    with opened(path, path.parent / "unused-backups") as s:
        fill(s)
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            migrate.downgrade(conn, older)
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == older
    finally:
        engine.dispose()
    return older


def test_restoring_an_older_schema_backup_then_opening_migrates_it(
    db: Path, backups: Path, tmp_path: Path
) -> None:
    old_store = tmp_path / "old" / "bounceback.sqlite3"
    older = _older_store_with_data(old_store)
    made = bk.take_backup(old_store, None, backups, bk.MANUAL)
    assert bk.describe_backup(_info(backups, made), None).revision == older
    with opened(db, backups) as s:
        fill(s, checkins_count=1, company="Current Co")

    bk.restore_backup(made, db, None, backups)
    assert rows(db, None, "SELECT version_num FROM alembic_version") == [(older,)]

    with opened(db, backups) as s, s.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head()
        assert companies(s) == [COMPANY]
        assert len(journals(s)) == 3
    reasons = sorted(b.reason for b in bk.list_backups(backups))
    assert reasons == ["manual", "pre-migration", "pre-restore"]
