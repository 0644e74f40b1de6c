"""The window's start looks at a plain store on a thread of its own (db/early_look.py): SQLite's
quick check runs beside Qt's start, and the store's opening takes that answer once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bounceback.db import early_look, peek, revisions
from bounceback.db.errors import StoreCorruptError
from bounceback.db.store import open_store
from tests.db.storekit import KEY, fill


def _made(db: Path, backups: Path, key: str | None = None) -> None:
    store = open_store(db, backups=backups, passphrase=key)
    fill(store)
    store.close()


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, str | None, int]]:
    """Every real look, with the thread it ran on."""
    calls: list[tuple[Path, str | None, int]] = []
    real = peek.peek_revision

    def counted(path: Path, key: str | None) -> str | None:
        calls.append((path, key, threading.get_ident()))
        return real(path, key)

    monkeypatch.setattr(early_look, "peek_revision", counted)
    return calls


def test_a_plain_store_is_looked_at_on_another_thread_and_opened_with_that_answer(
    db: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _made(db, backups)
    calls = _counting(monkeypatch)
    look = early_look.EarlyLook(db)
    store = open_store(db, backups=backups, peek=look.revision)
    try:
        assert len(calls) == 1  # the opening did not look again
        assert calls[0][2] != threading.get_ident()
        with store.session() as s:
            assert s.connection().exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar() == revisions.HEAD
    finally:
        store.close()


def test_the_early_answer_is_used_once_then_the_file_is_looked_at_again(
    db: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _made(db, backups)
    calls = _counting(monkeypatch)
    look = early_look.EarlyLook(db)
    assert look.revision(db, None) == revisions.HEAD
    assert look.revision(db, None) == revisions.HEAD
    assert len(calls) == 2
    assert calls[1][2] == threading.get_ident()  # the second look ran here and now


def test_a_damaged_store_found_early_is_refused_as_damaged(
    db: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _made(db, backups)
    data = bytearray(db.read_bytes())
    # Spoil the pages after the first (the header stays "SQLite format 3").
    for i in range(4096, len(data), 7):
        data[i] = 0xAB
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    calls = _counting(monkeypatch)
    look = early_look.EarlyLook(db)
    with pytest.raises(StoreCorruptError):
        open_store(db, backups=backups, peek=look.revision)
    assert len(calls) == 1 and calls[0][2] != threading.get_ident()  # found by the early look
    assert db.read_bytes() == before  # refused before anything wrote to it


def test_an_encrypted_store_is_not_looked_at_before_its_passphrase(
    db: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _made(db, backups, KEY)
    calls = _counting(monkeypatch)
    look = early_look.EarlyLook(db)
    store = open_store(db, backups=backups, passphrase=KEY, peek=look.revision)
    store.close()
    assert [(path, key) for path, key, _thread in calls] == [(db, KEY)]
    assert calls[0][2] == threading.get_ident()  # looked at once the passphrase was known


def test_no_store_yet_means_no_look_and_a_new_store(
    db: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch)
    look = early_look.EarlyLook(db)
    store = open_store(db, backups=backups, peek=look.revision)
    store.close()
    assert calls == []
    assert db.exists()


def test_a_look_for_another_file_is_not_taken_for_this_one(
    tmp_path: Path, db: Path, backups: Path
) -> None:
    _made(db, backups)
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # a damaged one
    look = early_look.EarlyLook(other)
    assert look.revision(db, None) == revisions.HEAD
