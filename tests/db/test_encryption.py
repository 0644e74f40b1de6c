"""Passphrase protection of the store: what is on disk, that it is standard SQLCipher, and
which files are refused. Every check looks at the bytes of every file in the data folder.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from bounceback.db import cipher, history
from bounceback.db.backups import describe_backup, list_backups, take_backup
from bounceback.db.errors import (
    PassphraseNeededError,
    StoreCorruptError,
    StoreTooNewError,
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
    journal_text,
    journals,
    leaks,
    listing,
    opened,
    raw_sqlcipher,
    snapshot,
    spoil_middle_page,
    truncate_to_half,
)

# --- What an encrypted store leaves on disk ---------------------------------------------------


def test_plain_store_control_holds_the_texts_in_its_write_ahead_log(
    db: Path, backups: Path
) -> None:
    # The same steps as below without a passphrase find the texts, so the greps can fail; and
    # they sit in the -wal file, not yet in the main file, so that file really is checked.
    with opened(db, backups) as s:
        fill(s)
        found = leaks(db.parent)
        assert "bounceback.sqlite3-wal" in found
        assert "bounceback.sqlite3" not in found
    assert header(db) == SQLITE_HEADER


def test_encrypted_store_writes_no_plaintext_anywhere(db: Path, backups: Path) -> None:
    with opened(db, backups, KEY) as s:
        assert s.encrypted
        fill(s)
        wal = db.with_name(db.name + "-wal")
        assert wal.stat().st_size > 0  # the new rows live in the log while the store is open
        assert header(db) != SQLITE_HEADER
        assert is_encrypted(db)
        assert leaks(db.parent) == {}
        # A backup taken while the store is open (and the log not yet folded in).
        made = take_backup(db, KEY, backups, "manual")
        assert header(made) != SQLITE_HEADER
        assert leaks(db.parent) == {}
        with s.session() as session:
            # Sorting and temporary tables never spill into a temporary file.
            assert session.connection().exec_driver_sql("PRAGMA temp_store").scalar() == 2
        assert listing(db.parent) == sorted(
            ["backups", f"backups/{made.name}", db.name, db.name + "-shm", db.name + "-wal",
             history.FILENAME]
        )
        assert len(journals(s)) == 3
    assert leaks(db.parent) == {}
    # Closed: no temporary or journal files are left behind.
    assert listing(db.parent) == sorted(
        ["backups", f"backups/{made.name}", db.name, history.FILENAME])


@pytest.mark.parametrize("key", [None, KEY], ids=["plain-control", "encrypted"])
def test_uncommitted_journal_text_is_not_written_in_the_clear(
    db: Path, backups: Path, key: str | None
) -> None:
    # A big transaction spills pages into the log before it commits (a tiny page cache makes
    # that happen early). The plain run shows the grep finds such pages.
    with opened(db, backups, key) as s, s.session() as session, session.begin():
        session.connection().exec_driver_sql("PRAGMA cache_size = 5")
        for n in range(40):
            checkins.create_checkin(
                session,
                checkins.CheckInInput(
                    felt_at=dt.datetime(2025, 4, 1, 8, n),
                    emotions=(("regret", 3),),
                    journal=journal_text(n),
                ),
            )
        session.flush()
        found = leaks(db.parent)
        if key is None:
            assert "bounceback.sqlite3-wal" in found
        else:
            assert db.with_name(db.name + "-wal").stat().st_size > 0
            assert found == {}
    if key is not None:
        assert leaks(db.parent) == {}


@pytest.mark.parametrize("compatibility", [None, 4], ids=["defaults", "sqlcipher-4"])
def test_encrypted_store_is_a_standard_sqlcipher_database(
    db: Path, backups: Path, compatibility: int | None
) -> None:
    with opened(db, backups, KEY) as s:
        fill(s)
    # Exactly what the documentation tells people to type into the sqlcipher tool.
    with closing(sqlcipher.connect(str(db))) as conn:
        if compatibility is not None:
            conn.execute(f"PRAGMA cipher_compatibility = {compatibility}")
        conn.execute("PRAGMA key = 'correct horse battery'")
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = conn.execute("SELECT journal FROM checkins").fetchall()
        assert len(rows) == 3 and all(JOURNAL_WORD in r[0] for r in rows)
        assert conn.execute("SELECT company FROM applications").fetchall() == [(COMPANY,)]
    with closing(sqlite3.connect(db)) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_passphrase_needed_and_wrong_passphrase_change_nothing(db: Path, backups: Path) -> None:
    with opened(db, backups, KEY) as s:
        fill(s)
    before = snapshot(db.parent)
    names = listing(db.parent)
    with pytest.raises(PassphraseNeededError):
        open_store(db, backups=backups)
    for wrong in (KEY.upper(), KEY + " ", "", OTHER):
        with pytest.raises(WrongPassphraseError) as info:
            open_store(db, backups=backups, passphrase=wrong)
        assert "Nothing has been changed" in str(info.value)
    assert snapshot(db.parent) == before
    assert listing(db.parent) == names
    with opened(db, backups, KEY) as s:
        assert companies(s) == [COMPANY]


@pytest.mark.parametrize(
    "passphrase",
    [
        "it's a \"quoted\" phrase",
        "'; DROP TABLE checkins; --",
        "back\\slash\\\\ and \\'",
        "Grüße, ça va? 日本語 🙂🌧️👩🏽‍💻",
        "  spaces  around and inside  ",
    ],
    ids=["quotes", "injection", "backslashes", "unicode-emoji", "spaces"],
)
def test_unusual_passphrases_work_everywhere(db: Path, backups: Path, passphrase: str) -> None:
    with opened(db, backups, passphrase) as s:
        fill(s)
    with opened(db, backups, passphrase) as s:
        assert len(journals(s)) == 3
    with closing(raw_sqlcipher(db, passphrase)) as conn:
        assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 3
    # Close is not enough: the stripped or re-quoted text is another passphrase.
    for near in (passphrase.strip() + "x", passphrase.replace("'", "''"), passphrase[:-1]):
        if near != passphrase:
            with pytest.raises(WrongPassphraseError):
                open_store(db, backups=backups, passphrase=near)
    made = take_backup(db, passphrase, backups, "manual")
    assert describe_backup(list_backups(backups)[0], passphrase).counts["checkins"] == 3
    cipher.change_passphrase(db, passphrase, OTHER, backups)
    cipher.change_passphrase(db, OTHER, passphrase, backups)
    with opened(db, backups, passphrase) as s:
        assert len(journals(s)) == 3
    assert describe_backup(list_backups(backups)[0], passphrase).info.path == made
    assert leaks(db.parent) == {}


def test_plain_store_ignores_a_passphrase(db: Path, backups: Path) -> None:
    with opened(db, backups) as s:
        fill(s)
    with opened(db, backups, KEY) as s:
        assert not s.encrypted
        assert companies(s) == [COMPANY]
    assert header(db) == SQLITE_HEADER
    assert not is_encrypted(db)


# --- Files the store must refuse -----------------------------------------------------------


def _stamp_newer(db: Path, key: str | None) -> None:
    conn = raw_sqlcipher(db, key) if key else sqlite3.connect(db)
    with closing(conn):
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        conn.commit()


@pytest.mark.parametrize("key", [None, KEY], ids=["plain", "encrypted"])
def test_store_from_a_newer_version_is_refused_untouched(
    db: Path, backups: Path, key: str | None
) -> None:
    with opened(db, backups, key) as s:
        fill(s)
    _stamp_newer(db, key)
    before = snapshot(db.parent)
    with pytest.raises(StoreTooNewError):
        open_store(db, backups=backups, passphrase=key)
    assert snapshot(db.parent) == before
    assert not backups.exists()


@pytest.mark.parametrize("key", [None, KEY], ids=["plain", "encrypted"])
@pytest.mark.parametrize("damage", [truncate_to_half, spoil_middle_page], ids=["half", "page"])
def test_damaged_store_is_refused_untouched(
    db: Path, backups: Path, key: str | None, damage: Callable[[Path], None]
) -> None:
    with opened(db, backups, key) as s:
        fill(s, checkins_count=30)
    damage(db)
    before = snapshot(db.parent)
    with pytest.raises(StoreCorruptError) as info:
        open_store(db, backups=backups, passphrase=key)
    assert "damaged" in str(info.value)
    assert snapshot(db.parent) == before
    assert not backups.exists()
    if key is not None:
        with pytest.raises(StoreCorruptError):
            cipher.change_passphrase(db, key, OTHER, backups)
        assert snapshot(db.parent) == before
