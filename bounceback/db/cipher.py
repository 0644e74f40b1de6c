"""Turning passphrase protection on, changing it, turning it off: for a closed store.

Each change writes a complete new copy with SQLCipher's ``sqlcipher_export`` (the method its
authors document for this), checks the copy, and only then renames it over the old file. A
crash at any point leaves either the old file or the new one. The backups are converted the
same way, so no readable copy is left behind in the data folder.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bounceback.db import history
from bounceback.db.backups import list_backups
from bounceback.db.connect import (
    connect,
    driver,
    integrity_problems,
    is_encrypted,
    secure_memory,
)
from bounceback.db.errors import (
    AlreadyEncryptedError,
    NotEncryptedError,
    StoreCorruptError,
    StoreError,
)
from bounceback.db.store import open_store

log = logging.getLogger(__name__)

MIN_PASSPHRASE = 6


class WeakPassphraseError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            f"Please choose a passphrase of at least {MIN_PASSPHRASE} characters. "
            "A few words you'll remember work well."
        )


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise WeakPassphraseError()


@dataclass
class Conversion:
    """What happened to the backups while the store was converted."""

    converted: list[Path] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)
    # Backups the old passphrase does not open (made under another one): left as they are.
    left: list[Path] = field(default_factory=list)


def _export(path: Path, old_key: str | None, new_key: str | None) -> Path:
    """A verified copy of ``path`` keyed with ``new_key`` (None: plain), beside it."""
    tmp = path.with_name(f".{path.name}.converting")
    tmp.unlink(missing_ok=True)
    # sqlcipher_export lives in the SQLCipher driver, which also reads plain files.
    if old_key is not None:
        src = connect(path, old_key)
    else:
        src = driver("").connect(str(path))
        # The plain file is read with the SQLCipher driver only to write the encrypted copy:
        # its buffers hold the new key, so they are wiped like any keyed connection's.
        secure_memory(src)
    try:
        src.execute("ATTACH DATABASE ? AS converted KEY ?", (str(tmp), new_key or ""))
        src.execute("SELECT sqlcipher_export('converted')")
        src.execute("DETACH DATABASE converted")
        before = _counts(src)
    except driver("").DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreCorruptError() from exc
    finally:
        src.close()
    check = connect(tmp, new_key)
    try:
        if integrity_problems(check, quick=False) or _counts(check) != before:
            raise StoreCorruptError("The converted copy did not check out; nothing was changed.")
        check.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        check.close()
        tmp.unlink(missing_ok=True)
        raise
    check.close()
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    if os.name == "posix":
        tmp.chmod(0o600)
    return tmp


def _counts(conn: Any) -> dict[str, int]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _replace(path: Path, new_copy: Path) -> None:
    # The old file's write-ahead log was folded into the copy; left beside the new file,
    # SQLite would try to replay it (and it is the old file's plain text).
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(new_copy, path)


def _remove_backup(path: Path) -> None:
    """A backup and the companions a damaged copy may have: they hold its plain text too."""
    for suffix in ("-wal", "-shm", "-journal", ""):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def convert_file(
    path: Path, old_key: str | None, new_key: str | None,
    *, before_swap: Callable[[], None] | None = None,
) -> None:
    """Re-key one closed database file; ``None`` means plain. Checks before replacing, and
    calls ``before_swap()`` once everything is ready, just before the new file goes in."""
    # Opening checks the old passphrase and folds in any write-ahead log before the export.
    probe = connect(path, old_key)
    try:
        probe.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        probe.close()
    copy = _export(path, old_key, new_key)
    try:
        if before_swap is not None:
            before_swap()
        _replace(path, copy)
    except BaseException:
        # The old file is still in place; a stray copy would be a second (perhaps plain) one.
        copy.unlink(missing_ok=True)
        raise


def _convert_store(path: Path, old_key: str | None, new_key: str | None) -> None:
    # "Not known" while the files are swapped: a crash in between must not leave a record
    # that calls the new file damaged (see history.note).
    convert_file(path, old_key, new_key,
                 before_swap=lambda: history.note(path.parent, encrypted=None))
    history.note(path.parent, encrypted=new_key is not None)


def _convert_backups(backups: Path, old_key: str | None, new_key: str | None) -> Conversion:
    done = Conversion()
    for info in list_backups(backups):
        try:
            convert_file(info.path, old_key, new_key)
        except (StoreError, OSError):
            # One backup that can't be converted (another passphrase, damage, a full disk)
            # must not stop the others, nor hide that the store itself was converted.
            log.warning("Left backup %s as it was: it could not be converted", info.path.name)
            done.left.append(info.path)
        else:
            done.converted.append(info.path)
    return done


def encrypt_store(
    path: Path, new_key: str, backups: Path, *, delete_backups: bool = False
) -> Conversion:
    """Protect a plain store with ``new_key``; its backups are encrypted too (or deleted)."""
    check_new_passphrase(new_key)
    if is_encrypted(path):
        raise AlreadyEncryptedError()
    # Opening for writing moves in what older versions kept beside the store (templates, the
    # dictionary: see loose_files), so it is encrypted with the rest instead of left plain.
    open_store(path, backups=backups).close()
    _convert_store(path, None, new_key)
    if delete_backups:
        done = Conversion()
        for info in list_backups(backups):
            _remove_backup(info.path)
            done.deleted.append(info.path)
    else:
        done = _convert_backups(backups, None, new_key)
    # Plain backups the conversion could not convert are not left readable either. Ones
    # already protected by another passphrase are the user's and stay (in ``left``).
    for p in [p for p in done.left if not is_encrypted(p)]:
        _remove_backup(p)
        done.left.remove(p)
        done.deleted.append(p)
    log.info("Encrypted the store and %d backups", len(done.converted))
    return done


def change_passphrase(path: Path, old_key: str, new_key: str, backups: Path) -> Conversion:
    """Re-key an encrypted store and the backups that share its passphrase."""
    check_new_passphrase(new_key)
    if not is_encrypted(path):
        raise NotEncryptedError()
    _convert_store(path, old_key, new_key)
    return _convert_backups(backups, old_key, new_key)


def decrypt_store(path: Path, old_key: str, backups: Path) -> Conversion:
    """Remove the passphrase: the store and the backups it opens become plain SQLite."""
    if not is_encrypted(path):
        raise NotEncryptedError()
    _convert_store(path, old_key, None)
    return _convert_backups(backups, old_key, None)
