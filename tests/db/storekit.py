"""Helpers for the encryption and backup tests: real data through the services, and the
bytes on disk (what a file holds, what a folder holds, a page of it spoiled)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from bounceback.db.store import Store, open_store
from bounceback.services import applications as apps
from bounceback.services import checkins
from bounceback.services import contacts as people

SQLITE_HEADER = b"SQLite format 3\x00"
KEY = "correct horse battery"
OTHER = "another long passphrase"
PAGE = 4096  # SQLite's and SQLCipher 4's default page size

# Distinctive words that appear nowhere else: finding their bytes in a file means it holds
# the user's writing in the clear.
JOURNAL_WORD = "Marmeladenzwerg"
COMPANY = "Quetzalcoatl Widgets"
NOTE_WORD = "Zyxwvutsrq-Lamplighter"
EMOJI_WORD = "🦔Igelchen"


def journal_text(n: int) -> str:
    """Several pages' worth of one check-in's journal, so rows overflow pages."""
    return f"Entry {n}: {JOURNAL_WORD} kept me up; Führung, 🌧️→🌤️. " * 40


@dataclass(frozen=True)
class Filled:
    app_id: int
    checkin_ids: tuple[int, ...]


def fill(store: Store, *, checkins_count: int = 3, company: str = COMPANY) -> Filled:
    """An application, a contact and check-ins with distinctive text, through the services."""
    with store.session() as s, s.begin():
        app = apps.create_application(
            s,
            apps.ApplicationInput(
                company, "Platform engineer", notes=f"{NOTE_WORD} {EMOJI_WORD}",
                applied_on=dt.date(2025, 3, 1),
            ),
        )
        people.create_contact(s, people.ContactInput("Dana Recruiter", company=company))
        ids = tuple(
            checkins.create_checkin(
                s,
                checkins.CheckInInput(
                    felt_at=dt.datetime(2025, 3, 10, 9, n % 60),
                    emotions=(("frustration", 4), ("shock", 2)),
                    coping_method="journal",
                    journal=journal_text(n),
                    overall=4,
                    application_id=app.id,
                ),
            ).id
            for n in range(checkins_count)
        )
    return Filled(app.id, ids)


def journals(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(c.journal for c in checkins.list_checkins(s))


def companies(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(a.company for a in apps.list_applications(s))


@contextmanager
def opened(path: Path, backups: Path, passphrase: str | None = None) -> Iterator[Store]:
    s = open_store(path, backups=backups, passphrase=passphrase)
    try:
        yield s
    finally:
        s.close()


def needles() -> list[bytes]:
    """Every distinctive text as UTF-8 bytes (SQLite's storage encoding here)."""
    return [w.encode() for w in (JOURNAL_WORD, COMPANY, NOTE_WORD, EMOJI_WORD)]


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def leaks(folder: Path) -> dict[str, list[bytes]]:
    """Which files under ``folder`` hold which distinctive texts in the clear."""
    found: dict[str, list[bytes]] = {}
    for p in files_under(folder):
        data = p.read_bytes()
        hits = [n for n in needles() if n in data]
        if hits:
            found[str(p.relative_to(folder))] = hits
    return found


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time (ns)."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in files_under(folder)
    }


def header(path: Path) -> bytes:
    return path.read_bytes()[: len(SQLITE_HEADER)]


def truncate_to_half(path: Path) -> None:
    data = path.read_bytes()
    assert len(data) >= 8 * PAGE, "too small a file to damage in the middle"
    path.write_bytes(data[: len(data) // 2])


def spoil_middle_page(path: Path) -> None:
    """Overwrite one whole page in the middle of the file with noise."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    assert pages >= 8, "too small a file to damage in the middle"
    start = (pages // 2) * PAGE
    data[start : start + PAGE] = os.urandom(PAGE)
    path.write_bytes(bytes(data))


def sql_string(text: str) -> str:
    """The standard SQL string literal, written out here rather than taken from the code
    under test: ``PRAGMA key`` takes no bound parameters."""
    return "'" + text.replace("'", "''") + "'"


def raw_sqlcipher(path: Path, passphrase: str) -> sqlcipher.Connection:
    """Open with nothing but the SQLCipher driver and ``PRAGMA key``: what any tool does."""
    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = {sql_string(passphrase)}")
    return conn


def rows(path: Path, key: str | None, sql: str) -> list[tuple[object, ...]]:
    """Read a database file directly, with nothing but the driver."""
    conn = sqlite3.connect(path) if key is None else raw_sqlcipher(path, key)
    with closing(conn):
        return conn.execute(sql).fetchall()
