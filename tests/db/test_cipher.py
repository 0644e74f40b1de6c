"""Turning passphrase protection on, changing it and turning it off (bounceback.db.cipher):
the data survives, the backups follow, and no readable copy or temporary file is left.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bounceback.db import cipher, history
from bounceback.db.backups import describe_backup, list_backups, take_backup
from bounceback.db.errors import (
    AlreadyEncryptedError,
    NotEncryptedError,
    PassphraseNeededError,
    WrongPassphraseError,
)
from bounceback.db.store import is_encrypted, open_store
from bounceback.services import checkins
from tests.db.storekit import (
    COMPANY,
    JOURNAL_WORD,
    KEY,
    OTHER,
    SQLITE_HEADER,
    companies,
    fill,
    header,
    journals,
    leaks,
    listing,
    opened,
    snapshot,
    spoil_middle_page,
)


def _plain_store_with_backups(db: Path, backups: Path) -> list[str]:
    """A plain store holding the distinctive texts, and two plain backups of it."""
    with opened(db, backups) as s:
        fill(s)
        expected = journals(s)
    take_backup(db, None, backups, "manual")
    take_backup(db, None, backups, "auto")
    assert leaks(db.parent), "the control store should hold the texts in the clear"
    assert all(header(b.path) == SQLITE_HEADER for b in list_backups(backups))
    return expected


def test_encrypting_a_plain_store_keeps_the_data_and_leaves_no_plaintext(
    db: Path, backups: Path
) -> None:
    expected = _plain_store_with_backups(db, backups)
    # A deleted entry lingers in a plain file's free pages; it must not survive either.
    forgotten = "Vanishingpoint-Quokka " * 200
    with opened(db, backups) as s:
        with s.session() as session, session.begin():
            gone = checkins.create_checkin(
                session,
                checkins.CheckInInput(
                    felt_at=dt.datetime(2025, 3, 11, 7), emotions=(("regret", 2),),
                    journal=forgotten,
                ),
            )
        with s.session() as session, session.begin():
            # Most SQLite builds leave secure_delete off (Debian's turns it on), and then
            # freed pages keep their old bytes.
            session.connection().exec_driver_sql("PRAGMA secure_delete = 0")
            checkins.delete_checkin(session, gone.id)
        expected = journals(s)
        expected_companies = companies(s)
    assert b"Vanishingpoint-Quokka" in db.read_bytes()  # the control: still in the free pages
    (backups / "notes.txt").write_text(f"my own file about {JOURNAL_WORD}")

    done = cipher.encrypt_store(db, KEY, backups)

    assert is_encrypted(db)
    assert len(done.converted) == 2 and not done.deleted and not done.left
    assert leaks(db.parent) == {"backups/notes.txt": [JOURNAL_WORD.encode()]}
    assert b"Vanishingpoint-Quokka" not in db.read_bytes()
    for info in list_backups(backups):
        assert is_encrypted(info.path)
        assert describe_backup(info, KEY, thorough=True).counts["checkins"] == 3
        with pytest.raises(WrongPassphraseError):
            describe_backup(info, OTHER)
    with pytest.raises(PassphraseNeededError):
        open_store(db, backups=backups)
    with opened(db, backups, KEY) as s:
        assert journals(s) == expected
        assert companies(s) == expected_companies
    assert not [p for p in listing(db.parent) if "converting" in p]


def test_encrypting_folds_in_a_write_ahead_log_left_by_a_crash(
    db: Path, backups: Path, tmp_path: Path
) -> None:
    # Copy the files while the store is open, as a crash would leave them: the newest rows
    # are only in the -wal file.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with opened(db, backups) as s:
        fill(s)
        for suffix in ("", "-wal", "-shm"):
            src = db.with_name(db.name + suffix)
            (crashed / src.name).write_bytes(src.read_bytes())
    copy = crashed / db.name
    assert JOURNAL_WORD.encode() in (crashed / (db.name + "-wal")).read_bytes()

    cipher.encrypt_store(copy, KEY, crashed / "backups")

    assert leaks(crashed) == {}
    # The folder now remembers that its store has a passphrase (db/history.py).
    assert listing(crashed) == sorted([db.name, history.FILENAME])
    assert history.read(crashed, crashed / "backups").encrypted is True
    with opened(copy, crashed / "backups", KEY) as s:
        assert len(journals(s)) == 3 and companies(s) == [COMPANY]


def test_encrypting_can_delete_the_backups_instead(db: Path, backups: Path) -> None:
    expected = _plain_store_with_backups(db, backups)
    (backups / "keep-me.txt").write_text("not a backup")
    old = [b.path for b in list_backups(backups)]

    done = cipher.encrypt_store(db, KEY, backups, delete_backups=True)

    assert sorted(done.deleted) == sorted(old) and not done.converted
    assert list_backups(backups) == []
    assert listing(backups) == ["keep-me.txt"]
    assert leaks(db.parent) == {}
    with opened(db, backups, KEY) as s:
        assert journals(s) == expected


def test_encrypting_removes_a_damaged_plain_copy_with_its_log(db: Path, backups: Path) -> None:
    # A damaged store copied aside by a restore is plain text with its -wal beside it.
    damaged = backups / "bounceback-20250301-120000-damaged.sqlite3"
    backups.mkdir(parents=True)
    with opened(db, backups) as s:
        fill(s, checkins_count=30)
    damaged.write_bytes(db.read_bytes())
    spoil_middle_page(damaged)
    with opened(db, backups) as s:
        fill(s, company="Written after the damage")
        wal = db.with_name(db.name + "-wal").read_bytes()
    (backups / (damaged.name + "-wal")).write_bytes(wal)
    take_backup(db, None, backups, "manual")
    assert {damaged.name, damaged.name + "-wal"} <= set(leaks(backups))

    done = cipher.encrypt_store(db, KEY, backups)

    assert damaged in done.deleted
    assert leaks(db.parent) == {}
    assert listing(backups) == sorted(p.name for p in done.converted)


def test_encrypting_keeps_backups_protected_by_another_passphrase(
    db: Path, backups: Path
) -> None:
    # E.g. left behind by an earlier passphrase change: unreadable to us, but not plain, and
    # still the user's, so encrypting must not delete it.
    _plain_store_with_backups(db, backups)
    old = list_backups(backups)[0].path
    cipher.convert_file(old, None, "a third passphrase")
    old_bytes = old.read_bytes()

    done = cipher.encrypt_store(db, KEY, backups)

    assert done.left == [old] and old not in done.deleted and len(done.converted) == 1
    assert old.read_bytes() == old_bytes
    info = next(b for b in list_backups(backups) if b.path == old)
    assert describe_backup(info, "a third passphrase").counts["checkins"] == 3
    assert leaks(db.parent) == {}


def test_changing_the_passphrase_rekeys_store_and_backups(db: Path, backups: Path) -> None:
    with opened(db, backups, KEY) as s:
        fill(s)
        expected = journals(s)
    take_backup(db, KEY, backups, "manual")
    stranger = take_backup(db, KEY, backups, "auto")
    cipher.convert_file(stranger, KEY, "someone else's phrase")
    stranger_bytes = stranger.read_bytes()

    done = cipher.change_passphrase(db, KEY, OTHER, backups)

    assert done.left == [stranger] and len(done.converted) == 1
    assert stranger.read_bytes() == stranger_bytes
    with pytest.raises(WrongPassphraseError):
        open_store(db, backups=backups, passphrase=KEY)
    with opened(db, backups, OTHER) as s:
        assert journals(s) == expected
    [converted] = done.converted
    info = next(b for b in list_backups(backups) if b.path == converted)
    assert describe_backup(info, OTHER).counts["checkins"] == 3
    with pytest.raises(WrongPassphraseError):
        describe_backup(info, KEY)
    assert leaks(db.parent) == {}


def test_changing_with_the_wrong_old_passphrase_changes_nothing(db: Path, backups: Path) -> None:
    with opened(db, backups, KEY) as s:
        fill(s)
    take_backup(db, KEY, backups, "manual")
    before = snapshot(db.parent)
    with pytest.raises(WrongPassphraseError):
        cipher.change_passphrase(db, "not the passphrase", OTHER, backups)
    with pytest.raises(WrongPassphraseError):
        cipher.decrypt_store(db, "not the passphrase", backups)
    assert snapshot(db.parent) == before


def test_decrypting_makes_store_and_backups_plain_again(db: Path, backups: Path) -> None:
    with opened(db, backups, KEY) as s:
        fill(s)
        expected = journals(s)
    take_backup(db, KEY, backups, "manual")

    done = cipher.decrypt_store(db, KEY, backups)

    assert len(done.converted) == 1
    assert header(db) == SQLITE_HEADER and not is_encrypted(db)
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 3
    for info in list_backups(backups):
        assert header(info.path) == SQLITE_HEADER
        assert describe_backup(info, None).counts["checkins"] == 3
    with opened(db, backups) as s:
        assert not s.encrypted
        assert journals(s) == expected
    assert not [p for p in listing(db.parent) if "converting" in p]
    with pytest.raises(NotEncryptedError):
        cipher.decrypt_store(db, KEY, backups)
    with pytest.raises(NotEncryptedError):
        cipher.change_passphrase(db, KEY, OTHER, backups)


@pytest.mark.parametrize("weak", ["", "abc", "12345", "  abcd  ", "      \t  "])
def test_weak_passphrase_is_refused_and_nothing_changes(
    db: Path, backups: Path, weak: str
) -> None:
    _plain_store_with_backups(db, backups)
    before = snapshot(db.parent)
    with pytest.raises(cipher.WeakPassphraseError) as info:
        cipher.encrypt_store(db, weak, backups)
    assert "at least 6 characters" in str(info.value)
    assert snapshot(db.parent) == before
    cipher.encrypt_store(db, KEY, backups)
    before = snapshot(db.parent)
    with pytest.raises(cipher.WeakPassphraseError):
        cipher.change_passphrase(db, KEY, weak, backups)
    assert snapshot(db.parent) == before


def test_encrypting_an_encrypted_store_is_refused(db: Path, backups: Path) -> None:
    with opened(db, backups, KEY) as s:
        fill(s)
    take_backup(db, KEY, backups, "manual")
    before = snapshot(db.parent)
    with pytest.raises(AlreadyEncryptedError):
        cipher.encrypt_store(db, OTHER, backups)
    with pytest.raises(AlreadyEncryptedError):
        cipher.encrypt_store(db, OTHER, backups, delete_backups=True)
    assert snapshot(db.parent) == before


def _failing_replace(monkeypatch: pytest.MonkeyPatch, *, after: int = 0) -> list[str]:
    """Make cipher's rename fail once ``after`` renames have gone through."""
    real = os.replace
    calls: list[str] = []

    def replace(src: os.PathLike[str], dst: os.PathLike[str]) -> None:
        if Path(dst).name == history.FILENAME:  # the folder's record, not a data file
            return real(src, dst)
        calls.append(str(dst))
        if len(calls) > after:
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(cipher.os, "replace", replace)
    return calls


@pytest.mark.parametrize("direction", ["encrypt", "change", "decrypt"])
def test_interrupted_conversion_leaves_the_store_as_it_was(
    db: Path, backups: Path, monkeypatch: pytest.MonkeyPatch, direction: str
) -> None:
    key = None if direction == "encrypt" else KEY
    with opened(db, backups, key) as s:
        fill(s)
        expected = journals(s)
    before = snapshot(db.parent)
    calls = _failing_replace(monkeypatch)

    with pytest.raises(OSError):
        if direction == "encrypt":
            cipher.encrypt_store(db, OTHER, backups)
        elif direction == "change":
            cipher.change_passphrase(db, KEY, OTHER, backups)
        else:
            cipher.decrypt_store(db, KEY, backups)

    assert calls == [str(db)]
    # ... and no temporary copy is left behind. The folder's record says "not known" from
    # just before the swap, so whatever the file now is, it is never called damaged.
    record = before.pop(history.FILENAME)
    after = snapshot(db.parent)
    assert after.pop(history.FILENAME) != record and after == before
    assert history.read(db.parent, backups) == history.History(opened=True, encrypted=None)
    monkeypatch.undo()
    with opened(db, backups, key) as s:
        assert journals(s) == expected


def test_interrupted_backup_conversion_leaves_no_readable_backup(
    db: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The store is converted, then renaming a backup fails: that plain backup must not stay
    # readable beside a protected store (encrypting again is refused, so nothing would fix it).
    _plain_store_with_backups(db, backups)
    _failing_replace(monkeypatch, after=2)

    done = cipher.encrypt_store(db, KEY, backups)

    assert is_encrypted(db)
    assert len(done.converted) == 1 and len(done.deleted) == 1
    assert leaks(db.parent) == {}
    assert not [p for p in listing(db.parent) if "converting" in p]

