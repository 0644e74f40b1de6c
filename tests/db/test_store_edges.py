"""What the store does whatever the disk, the folder or a second writer does (issue 14):
an emptied store is damage, not a first run; a full or read-only disk is said as such; two
writers never both add the same thing; rotation keeps the last backup that holds data."""

from __future__ import annotations

import datetime as dt
import errno
import os
import socket
import sqlite3
import threading
from pathlib import Path

import pytest

from bounceback.db import backups as backup_files
from bounceback.db import history, preflight
from bounceback.db.connect import store_error_from
from bounceback.db.errors import (
    PassphraseNeededError,
    StoreBusyError,
    StoreCorruptError,
    StoreEmptyError,
    StoreFullError,
    StorePathError,
    StoreReadOnlyError,
)
from bounceback.db.store import open_store
from bounceback.services import checkins
from tests.db.storekit import KEY, PAGE, fill, journals, opened, snapshot
from tests.diskkit import fill_up, make_read_only, mode, small_disk


def _entry(text: str) -> checkins.CheckInInput:
    return checkins.CheckInInput(felt_at=dt.datetime(2026, 11, 2, 9, 30),
                                 emotions=(("relief", 3),), journal=text)


def _made_and_emptied(db: Path, backups: Path, *, key: str | None = None) -> None:
    with opened(db, backups, key) as s:
        fill(s)
    db.write_bytes(b"")  # a failed copy, a sync tool, a full disk


# --- an empty store is not a first run ---------------------------------------------------

def test_an_emptied_store_is_damaged_and_stays_empty(db: Path, backups: Path) -> None:
    _made_and_emptied(db, backups)
    before = snapshot(db.parent)
    with pytest.raises(StoreEmptyError) as info:
        open_store(db, backups=backups)
    assert isinstance(info.value, StoreCorruptError)  # the window offers the backups
    assert str(db) in str(info.value)
    assert snapshot(db.parent) == before  # no schema written, no backup taken


def test_backups_alone_say_the_folder_held_data(db: Path, backups: Path) -> None:
    with opened(db, backups) as s:
        fill(s)
    backup_files.take_backup(db, None, backups, backup_files.MANUAL)
    history.record_path(db.parent).unlink()  # a folder from before the record existed
    db.write_bytes(b"")
    with pytest.raises(StoreEmptyError):
        open_store(db, backups=backups)
    assert db.stat().st_size == 0


def test_an_empty_file_in_a_new_folder_is_still_a_first_run(db: Path, backups: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"")  # an interrupted first start
    with opened(db, backups) as s:
        assert journals(s) == []
    assert history.read(db.parent, backups) == history.History(opened=True, encrypted=False)


def test_whole_pages_of_garbage_where_no_passphrase_was_ever_set_are_damage(
    db: Path, backups: Path
) -> None:
    with opened(db, backups) as s:
        fill(s)
    db.write_bytes(os.urandom(4 * PAGE))  # looks like SQLCipher's, but this folder never was
    with pytest.raises(StoreCorruptError):
        open_store(db, backups=backups)  # not PassphraseNeededError


def test_garbage_in_a_folder_with_a_passphrase_still_asks_for_it(db: Path, backups: Path):
    with opened(db, backups, KEY) as s:
        fill(s)
    with pytest.raises(PassphraseNeededError):
        open_store(db, backups=backups)


def test_pages_of_zeros_are_damage_whatever_the_folder_knew(db: Path, backups: Path) -> None:
    with opened(db, backups, KEY) as s:
        fill(s)
    db.write_bytes(b"\0" * (4 * PAGE))  # what a failed write leaves
    with pytest.raises(StoreCorruptError):
        open_store(db, backups=backups, passphrase=KEY)


def test_rotation_keeps_the_newest_backup_that_holds_data(db: Path, backups: Path) -> None:
    start = dt.datetime(2026, 1, 1, 9, 0)
    with opened(db, backups) as s:
        fill(s)
    with_data = backup_files.take_backup(db, None, backups, backup_files.AUTO, now=start)
    db.unlink()
    with opened(db, backups):
        pass  # an empty store (as a person who "started over" would have)
    for day in range(1, 40):  # weeks of daily backups of the empty store
        backup_files.auto_backup(db, None, backups, now=start + dt.timedelta(days=day))
    kept = {b.path for b in backup_files.list_backups(backups)}
    assert with_data in kept
    assert len(kept) == backup_files.KEEP_DAILY + backup_files.KEEP_WEEKLY + 1


# --- whatever stands at the path ---------------------------------------------------------

@pytest.mark.parametrize("what", ["folder", "socket", "broken link", "unreadable file"])
def test_whatever_stands_at_the_path_is_named_and_left_alone(
    db: Path, backups: Path, what: str
) -> None:
    db.parent.mkdir(parents=True)
    if what == "folder":
        db.mkdir()
    elif what == "socket":
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(db))
        sock.close()
    elif what == "broken link":
        db.symlink_to(db.parent / "on-a-drive-that-is-gone.sqlite3")
    else:
        with opened(db, backups) as s:
            fill(s)
        db.chmod(0o200)
    before = sorted(p.name for p in db.parent.iterdir())
    with pytest.raises(StorePathError) as info:
        open_store(db, backups=backups)
    assert str(db) in str(info.value) and "try again" in str(info.value)
    assert sorted(p.name for p in db.parent.iterdir()) == before


# --- the disk and the folder -------------------------------------------------------------

@pytest.mark.parametrize(("error", "expected"), [
    (sqlite3.OperationalError("database or disk is full"), StoreFullError),
    (OSError(errno.ENOSPC, "No space left on device"), StoreFullError),
    (OSError(errno.EDQUOT, "Disk quota exceeded"), StoreFullError),
    (OSError(errno.EROFS, "Read-only file system"), StoreReadOnlyError),
    (sqlite3.OperationalError("attempt to write a readonly database"), StoreReadOnlyError),
    (sqlite3.OperationalError("database is locked"), StoreBusyError),
    (sqlite3.DatabaseError("database disk image is malformed"), type(None)),
    (sqlite3.OperationalError("disk I/O error"), type(None)),  # with room on the disk
])
def test_errors_about_the_disk_are_said_as_such(
    tmp_path: Path, error: Exception, expected: type
) -> None:
    assert isinstance(store_error_from(error, tmp_path), expected)


def test_an_io_error_in_a_read_only_folder_is_said_as_such(tmp_path: Path) -> None:
    make_read_only(tmp_path)
    try:
        found = store_error_from(sqlite3.OperationalError("disk I/O error"), tmp_path)
    finally:
        tmp_path.chmod(0o700)
    assert isinstance(found, StoreReadOnlyError) and str(tmp_path) in str(found)


def test_a_full_disk_is_never_damage_on_open_nor_on_save(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        db = disk / "data" / "bounceback.sqlite3"
        backups = db.parent / "backups"
        with opened(db, backups) as s:
            fill(s, checkins_count=1)
        # Opening needs a little room (SQLite's shared-memory index beside the file).
        filler = fill_up(disk)
        with pytest.raises(StoreFullError):
            open_store(db, backups=backups)
        filler.unlink()
        with opened(db, backups) as s:
            filler = fill_up(disk)
            with pytest.raises(StoreFullError), s.write() as session:
                checkins.create_checkin(session, _entry("x" * 200_000))
            assert len(journals(s)) == 1  # nothing half-written
        filler.unlink()
        with opened(db, backups) as s:
            assert len(journals(s)) == 1


def test_a_read_only_folder_is_refused_for_writing_and_read_as_it_is(
    db: Path, backups: Path
) -> None:
    with opened(db, backups) as s:
        fill(s)
    make_read_only(db.parent)
    read_only_mode = mode(db.parent)
    try:
        before = snapshot(db.parent)
        with pytest.raises(StoreReadOnlyError):
            open_store(db, backups=backups)
        reading = open_store(db, backups=backups, read_only=True)
        try:
            assert len(journals(reading)) == 3
            with pytest.raises(StoreReadOnlyError):
                reading.write().__enter__()
        finally:
            reading.close()
        assert snapshot(db.parent) == before
        assert mode(db.parent) == read_only_mode  # never widened again
    finally:
        db.parent.chmod(0o700)


# --- two writers -------------------------------------------------------------------------

def test_a_write_takes_the_lock_at_its_start_so_a_second_one_waits_and_sees_the_first(
    db: Path, backups: Path
) -> None:
    """Two imports of one thing at once: the second's "is it already there?" waits until
    the first has committed, so it finds the first one's rows (as two commands, or a
    command and the window, would)."""
    with opened(db, backups):
        pass
    first = open_store(db, backups=backups)
    second = open_store(db, backups=backups)
    holding, waiting = threading.Event(), threading.Event()
    second.write_policy.on_wait = waiting.set
    second.write_policy.wait_s = 20

    def first_import() -> None:
        with first.write() as s:
            assert checkins.list_checkins(s) == []
            checkins.create_checkin(s, _entry("Imported once"))
            holding.set()
            assert waiting.wait(10), "the second writer never had to wait"

    worker = threading.Thread(target=first_import)
    worker.start()
    assert holding.wait(10)
    with second.write() as s:  # waits here until the first has committed
        already = [c.journal for c in checkins.list_checkins(s)]
        if "Imported once" not in already:
            checkins.create_checkin(s, _entry("Imported once"))
    worker.join(10)
    assert waiting.is_set() and already == ["Imported once"]
    assert journals(second) == ["Imported once"]
    first.close()
    second.close()


def test_a_writer_that_waits_too_long_is_told_the_data_is_busy(db: Path, backups: Path):
    with opened(db, backups):
        pass
    holder = sqlite3.connect(db)
    holder.execute("BEGIN IMMEDIATE")
    store = open_store(db, backups=backups)
    told: list[str] = []
    store.write_policy.on_wait = lambda: told.append("waiting")
    store.write_policy.wait_s = 0.2
    try:
        with pytest.raises(StoreBusyError), store.write() as s:
            checkins.create_checkin(s, _entry("not now"))
    finally:
        holder.rollback()
        holder.close()
    assert told == ["waiting"]
    assert journals(store) == []
    store.close()


def test_examine_reads_without_writing(db: Path, backups: Path) -> None:
    assert preflight.examine(db, backups) is preflight.Kind.NEW
    assert not db.parent.exists()
