"""Backups: taking, naming, reading and rotating them, plain and encrypted."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from bounceback.db import backups as bk
from bounceback.db import migrate
from bounceback.db.errors import StoreError, WrongPassphraseError
from bounceback.services import applications as apps
from bounceback.services import feedback
from tests.db.storekit import (
    COMPANY,
    KEY,
    SQLITE_HEADER,
    companies,
    fill,
    header,
    leaks,
    listing,
    opened,
    rows,
    snapshot,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")
KEYS = pytest.mark.parametrize("key", [None, KEY], ids=["plain", "encrypted"])


def _info(backups: Path, path: Path) -> bk.BackupInfo:
    return next(b for b in bk.list_backups(backups) if b.path == path)


def _at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


# --- Taking a backup --------------------------------------------------------------------


def test_backup_of_a_plain_store_holds_what_is_still_in_the_log(db: Path, backups: Path) -> None:
    with opened(db, backups) as s:
        fill(s)
        assert db.with_name(db.name + "-wal").stat().st_size > 0
        made = bk.take_backup(db, None, backups, bk.MANUAL)
        assert companies(s) == [COMPANY]
    assert header(made) == SQLITE_HEADER
    assert rows(made, None, "PRAGMA integrity_check") == [("ok",)]
    assert rows(made, None, "SELECT count(*) FROM checkins") == [(3,)]
    assert rows(made, None, "SELECT company FROM applications") == [(COMPANY,)]
    assert rows(made, None, "PRAGMA journal_mode") == [("delete",)]
    assert listing(backups) == [made.name]  # no temporary file left


def test_backup_of_an_encrypted_store_needs_its_passphrase(db: Path, backups: Path) -> None:
    with opened(db, backups, KEY) as s:
        fill(s)
        made = bk.take_backup(db, KEY, backups, bk.MANUAL)
    assert header(made) != SQLITE_HEADER
    assert leaks(backups) == {}
    with pytest.raises(sqlite3.DatabaseError):
        rows(made, None, "SELECT count(*) FROM checkins")
    with pytest.raises(sqlcipher.DatabaseError):
        rows(made, "not the passphrase", "SELECT count(*) FROM checkins")
    assert rows(made, KEY, "SELECT count(*) FROM checkins") == [(3,)]
    info = _info(backups, made)
    with pytest.raises(StoreError):
        bk.describe_backup(info, None)
    with pytest.raises(WrongPassphraseError):
        bk.describe_backup(info, "not the passphrase")
    assert bk.describe_backup(info, KEY, thorough=True).counts["checkins"] == 3
    assert listing(backups) == [made.name]


def test_backup_names_never_collide(db: Path, backups: Path) -> None:
    with opened(db, backups):
        pass
    now = dt.datetime(2025, 3, 1, 12, 0, 0)
    made = [bk.take_backup(db, None, backups, reason, now=now)
            for reason in (bk.MANUAL, bk.MANUAL, bk.MANUAL, bk.PRE_MIGRATION, bk.PRE_MIGRATION)]
    assert len({p.name for p in made}) == 5
    assert sorted(p.name for p in made) == listing(backups)
    found = {b.path: b for b in bk.list_backups(backups)}
    assert [found[p].reason for p in made] == ["manual"] * 3 + ["pre-migration"] * 2
    assert {found[p].taken_at for p in made} == {now}


@posix_only
@KEYS
def test_backups_are_private(db: Path, backups: Path, key: str | None) -> None:
    with opened(db, backups, key):
        pass
    backups.mkdir(mode=0o755)
    os.chmod(backups, 0o755)
    old = os.umask(0o022)
    try:
        made = bk.take_backup(db, key, backups, bk.MANUAL)
    finally:
        os.umask(old)
    assert stat.S_IMODE(backups.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.stat().st_mode) == 0o600


@KEYS
def test_reading_a_backup_changes_nothing_and_leaves_no_companions(
    db: Path, backups: Path, key: str | None
) -> None:
    with opened(db, backups, key) as s:
        fill(s)
        bk.take_backup(db, key, backups, bk.MANUAL)
    bk.auto_backup(db, key, backups)
    before = snapshot(backups)
    for info in bk.list_backups(backups):
        bk.describe_backup(info, key)
        bk.describe_backup(info, key, thorough=True)
    assert bk.latest_good_backup(backups, key) is not None
    assert snapshot(backups) == before
    assert all(name.endswith(".sqlite3") for name in listing(backups))


def test_list_backups_ignores_other_files(backups: Path) -> None:
    backups.mkdir(parents=True)
    names = {
        "bounceback-20250301-120000-manual.sqlite3": b"a",
        "bounceback-20250302-080000-auto.sqlite3": b"bb",
        "bounceback-20250301-120000-pre-migration-2.sqlite3": b"ccc",
    }
    for name, data in names.items():
        (backups / name).write_bytes(data)
    for junk in (
        "notes.txt",
        "bounceback.sqlite3",
        "bounceback-2025-03-01-manual.sqlite3",
        "bounceback-20250301-120000-Manual.sqlite3",
        "bounceback-20250301-120000-manual.sqlite3-wal",
        "bounceback-20250301-120000-manual.sqlite3.bak",
        ".bounceback-20250303-120000-manual.sqlite3.tmp",
        "old-bounceback-20250301-120000-manual.sqlite3",
    ):
        (backups / junk).write_bytes(b"not a backup")
    (backups / "bounceback-20250304-120000-manual.sqlite3").mkdir()

    found = bk.list_backups(backups)

    assert [(b.path.name, b.taken_at, b.reason, b.size) for b in found] == [
        ("bounceback-20250302-080000-auto.sqlite3", dt.datetime(2025, 3, 2, 8), "auto", 2),
        ("bounceback-20250301-120000-pre-migration-2.sqlite3",
         dt.datetime(2025, 3, 1, 12), "pre-migration", 3),
        ("bounceback-20250301-120000-manual.sqlite3", dt.datetime(2025, 3, 1, 12), "manual", 1),
    ]
    assert bk.list_backups(backups / "missing") == []


@KEYS
def test_describe_backup_counts_what_it_holds(db: Path, backups: Path, key: str | None) -> None:
    with opened(db, backups, key) as s:
        filled = fill(s, checkins_count=4)
        with s.session() as session, session.begin():
            apps.create_application(
                session, apps.ApplicationInput("Second Co", "Analyst", status=apps.Status.REJECTED),
                today=dt.date(2025, 5, 2),
            )
            feedback.create_feedback(
                session, filled.app_id,
                feedback.FeedbackInput(asked_whom="Dana", asked_on=dt.date(2025, 3, 20)),
            )
        with s.session() as session:
            events = session.execute(text("SELECT count(*) FROM events")).scalar_one()
            latest = session.execute(text("SELECT max(occurred_on) FROM events")).scalar_one()
    made = bk.take_backup(db, key, backups, bk.MANUAL)

    summary = bk.describe_backup(_info(backups, made), key)

    assert summary.counts == {
        "applications": 2, "events": events, "checkins": 4, "feedback_notes": 1, "contacts": 1,
    }
    assert events >= 3
    assert summary.revision == migrate.head()
    assert summary.latest_activity == dt.date.fromisoformat(str(latest)[:10])
    assert summary.latest_activity >= dt.date(2025, 5, 2)
    assert summary.info.path == made and summary.info.reason == "manual"


# --- Automatic backups and rotation ------------------------------------------------------


@KEYS
def test_auto_backup_at_most_once_a_day(db: Path, backups: Path, key: str | None) -> None:
    with opened(db, backups, key) as s:
        fill(s)
    day = dt.date(2025, 3, 1)
    bk.take_backup(db, key, backups, bk.MANUAL, now=_at(day, 8))  # a manual one doesn't count

    first = bk.auto_backup(db, key, backups, now=_at(day, 9))
    assert first is not None
    assert bk.auto_backup(db, key, backups, now=_at(day, 23)) is None
    assert bk.auto_backup(db, key, backups, now=_at(day, 9).replace(minute=1)) is None
    second = bk.auto_backup(db, key, backups, now=_at(day + dt.timedelta(days=1), 0))
    assert second is not None and second != first

    autos = [b for b in bk.list_backups(backups) if b.reason == bk.AUTO]
    assert [b.path for b in autos] == [second, first]
    assert len(bk.list_backups(backups)) == 3
    assert bk.describe_backup(autos[0], key).counts["checkins"] == 3


def test_rotation_keeps_daily_weekly_manual_and_some_safety_backups(
    db: Path, backups: Path
) -> None:
    with opened(db, backups):
        pass
    start = dt.date(2025, 1, 1)  # a Wednesday; 60 days run to Saturday 1 March

    def take(reason: str, day: dt.date, hour: int = 9) -> Path:
        return bk.take_backup(db, None, backups, reason, now=_at(day, hour))

    days = [start + dt.timedelta(days=n) for n in range(60)]
    assert days[-1] == dt.date(2025, 3, 1)
    autos = {(d, 9): take(bk.AUTO, d) for d in days}
    autos[(dt.date(2025, 3, 1), 20)] = take(bk.AUTO, dt.date(2025, 3, 1), 20)
    autos[(dt.date(2025, 2, 10), 18)] = take(bk.AUTO, dt.date(2025, 2, 10), 18)
    manual = [take(bk.MANUAL, dt.date(2025, 1, 5)), take(bk.MANUAL, dt.date(2025, 2, 1))]
    migrations = [take(bk.PRE_MIGRATION, dt.date(2025, 1, n)) for n in range(1, 8)]
    restores = [take(bk.PRE_RESTORE, dt.date(2025, 2, n)) for n in range(1, 7)]
    damaged = take(bk.DAMAGED, dt.date(2025, 1, 2))
    (backups / "notes.txt").write_text("mine")
    every = set(backups.iterdir())

    removed = bk.rotate(backups)

    kept_autos = {autos[(dt.date(2025, 3, 1), 20)]}
    # Daily: the newest of each of the last 7 days (23 Feb to 1 Mar).
    kept_autos |= {autos[(dt.date(2025, 2, d), 9)] for d in range(23, 29)}
    # Weekly, before those: the newest of each of 4 ISO weeks (Sat 22, then Sundays).
    kept_autos |= {autos[(dt.date(2025, 2, d), 9)] for d in (22, 16, 9, 2)}
    kept = kept_autos | set(manual) | set(migrations[2:]) | set(restores[1:]) | {damaged}
    assert set(backups.iterdir()) == kept | {backups / "notes.txt"}
    assert set(removed) == every - kept - {backups / "notes.txt"}
    assert len([b for b in bk.list_backups(backups) if b.reason == bk.AUTO]) == 11
    # Rotating again removes nothing more.
    assert bk.rotate(backups) == []


def test_auto_backup_rotates(db: Path, backups: Path) -> None:
    with opened(db, backups):
        pass
    for n in range(10):
        bk.auto_backup(db, None, backups, now=_at(dt.date(2025, 3, 1) + dt.timedelta(days=n)))
    autos = [b for b in bk.list_backups(backups) if b.reason == bk.AUTO]
    # 7 daily (4 to 10 March); before those, the newest of each ISO week: Mon 3 March, then
    # Sun 2 March (newer than Sat 1 in the same week).
    assert [b.taken_at.date() for b in autos] == [
        dt.date(2025, 3, n) for n in (10, 9, 8, 7, 6, 5, 4, 3, 2)
    ]

