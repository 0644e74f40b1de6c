"""Raw connections to a BounceBack database file, plain SQLite or SQLCipher-encrypted.

A plain store is opened with Python's sqlite3; an encrypted one with sqlcipher3, the SQLCipher
build of the same driver, keyed with ``PRAGMA key`` as its very first statement. The file stays
a standard SQLCipher 4 database with default settings, so the ``sqlcipher`` command-line tool
opens it with the same passphrase.

The passphrase lives only in memory: it is never logged, written or put into a URL. It can't
be wiped from there: Python strings are immutable and may be copied by the interpreter, so the
most we do is keep few references to it (the Store's, while it is open) and no core dumps
(bounceback/hardening.py).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

from bounceback.db.errors import (
    StoreBusyError,
    StoreCorruptError,
    StoreError,
    StoreFullError,
    StoreLockedError,
    StoreReadOnlyError,
    WrongPassphraseError,
)
from bounceback.paths import is_read_only

BUSY_TIMEOUT_MS = 5000
PLAIN_HEADER = b"SQLite format 3\x00"
# SQLite's result codes for a damaged file, and for one that (with this key) is not a database.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
# ... and for the disk and the lock, which are never "damage".
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
# Drivers without ``sqlite_errorcode`` (sqlcipher3) say it in words only.
_CODE_WORDS = (
    ("database or disk is full", SQLITE_FULL),
    ("readonly database", SQLITE_READONLY),
    ("disk i/o error", SQLITE_IOERR),
    ("unable to open database", SQLITE_CANTOPEN),
    ("database is locked", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
    ("malformed", SQLITE_CORRUPT),
    ("not a database", SQLITE_NOTADB),
)
# An I/O error with less than this free is taken for a full disk: SQLite needs room for a
# page, its write-ahead log and its shared-memory index, and says only "disk I/O error".
NEARLY_FULL_BYTES = 2 * 1024 * 1024
# SQLCipher's memory security: every buffer it frees is wiped first, and its buffers are
# locked in RAM where the system allows (so keys and decrypted pages are not swapped out).
# Off: SQLCipher itself turned it off by default in 4.5 for its cost, and on our typical
# workload benchmarks/cipher_memory.py measures that cost at about +100% (and +70% on
# unlocking), far above the 10% we would accept. The stronger protection against the same
# risks is no core dumps (bounceback/hardening.py) and the system's swap encryption. Once on,
# it stays on for the whole process; the benchmark sets this to True to measure it.
MEMORY_SECURITY = False


def is_encrypted(path: Path) -> bool:
    """True for an existing file that looks like SQLCipher's: salt where plain SQLite has its
    header, and whole pages (a power of two, at least 512 bytes each). Anything else is plain,
    or damaged, and is refused as such rather than asking for a passphrase."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(PLAIN_HEADER))
            size = os.fstat(f.fileno()).st_size
    except FileNotFoundError:
        return False
    if len(head) < len(PLAIN_HEADER) or head == PLAIN_HEADER:
        return False
    return size % 512 == 0


def driver(key: str | None) -> ModuleType:
    """The DB-API module for a store with (or without) a passphrase."""
    if key is None:
        return sqlite3
    import sqlcipher3.dbapi2  # Imported lazily: plain stores never load it.

    module: ModuleType = sqlcipher3.dbapi2  # typed here: sqlcipher3 ships no type information
    return module


def quote(text: str) -> str:
    """An SQL string literal: PRAGMA key takes no bound parameters."""
    return "'" + text.replace("'", "''") + "'"


def secure_memory(conn: Any) -> None:
    """SQLCipher's memory security, when MEMORY_SECURITY is on: before any key is set, so
    the buffers that hold the key are wiped and locked too. Only for sqlcipher3 connections."""
    if MEMORY_SECURITY:
        conn.execute("PRAGMA cipher_memory_security = ON")


def apply_key(conn: Any, key: str | None) -> None:
    """Key a fresh connection; a no-op for plain stores. Must run before anything else."""
    if key is None:
        return
    # SQLCipher reports a failed decryption on stderr too; the caller tells the user kindly.
    conn.execute("PRAGMA cipher_log_level = NONE")
    secure_memory(conn)
    conn.execute(f"PRAGMA key = {quote(key)}")


def connect(
    path: Path, key: str | None, *, read_only: bool = False, check_same_thread: bool = True
) -> Any:
    """A keyed, checked DB-API connection to ``path``.

    Raises :class:`WrongPassphraseError` when the key does not open an encrypted file,
    :class:`StoreLockedError` or :class:`StoreCorruptError` otherwise. The check reads the
    schema, which is what fails first with a wrong key.
    """
    mod = driver(key)
    target = str(path)
    if read_only:
        target = f"{path.resolve().as_uri()}?mode=ro"
        if is_read_only(path.parent):
            # Reading a WAL store needs its -shm index, which SQLite would create beside it;
            # in a folder the person made read-only nothing may be created, and nothing can
            # write there meanwhile either, so the file is read as it stands.
            target += "&immutable=1"
    try:
        conn = mod.connect(target, uri=read_only, check_same_thread=check_same_thread)
    except mod.Error as exc:
        raise (store_error_from(exc, path.parent) or StoreCorruptError()) from exc
    try:
        apply_key(conn, key)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except mod.OperationalError as exc:
        conn.close()
        if error_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED):
            raise StoreLockedError() from exc
        raise (store_error_from(exc, path.parent) or _unreadable(path, key, exc)) from exc
    except mod.DatabaseError as exc:
        conn.close()
        raise _unreadable(path, key, exc) from exc
    return conn


def _unreadable(path: Path, key: str | None, exc: Exception) -> Exception:
    # An encrypted file whose first page will not decrypt ("not a database") almost always
    # means a mistyped passphrase; SQLCipher cannot tell that apart from damage to that page.
    # Any other failure (e.g. "malformed" for a cut-short file) is damage, whatever the key.
    # SQLCipher refuses an empty key outright, with its own error.
    if key is not None and is_encrypted(path) and (key == "" or _not_a_database(exc)):
        return WrongPassphraseError()
    return StoreCorruptError()


def _not_a_database(exc: Exception) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == SQLITE_NOTADB
    return "not a database" in str(exc).lower()


def is_damage(exc: Exception) -> bool:
    """Whether a driver error says the file itself is damaged (not full, not locked)."""
    return error_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def error_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind a driver error (or SQLAlchemy's wrapper of one)."""
    exc = getattr(exc, "orig", None) or exc
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    message = str(exc).lower()
    return next((c for words, c in _CODE_WORDS if words in message), None)


def store_error_from(exc: BaseException, folder: Path) -> StoreError | None:
    """What a failed read or write means for the person, when it is about the disk or the
    lock: the disk is full, the folder is read-only, someone else is writing. None for
    anything else (damage, a bug), which the caller handles as before.

    This is the one place that tells a full disk from a damaged file, for every command and
    the window alike: a full disk is never reported as damage, nor offered a restore.
    """
    exc = getattr(exc, "orig", None) or exc
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return StoreFullError()
        if exc.errno == errno.EROFS or (
            exc.errno in (errno.EACCES, errno.EPERM) and is_read_only(folder)
        ):
            return StoreReadOnlyError(folder)
        return None
    code = error_code(exc)
    if code == SQLITE_FULL:
        return StoreFullError()
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreBusyError()
    if code == SQLITE_READONLY:
        return StoreReadOnlyError(folder)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        # SQLite can't say which: a read-only folder, a full disk, or something else.
        if is_read_only(folder):
            return StoreReadOnlyError(folder)
        if is_nearly_full(folder):
            return StoreFullError()
    return None


def is_nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def schema_revision(conn: Any) -> str | None:
    """The Alembic revision a database file is at; None for one without a schema yet."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def integrity_problems(conn: Any, *, quick: bool = True) -> list[str]:
    """What SQLite's own check finds wrong; empty when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    found = [str(r[0]) for r in rows]
    return [] if found == ["ok"] else found
