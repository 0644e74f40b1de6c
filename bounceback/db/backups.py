"""Backups of the store: taken with SQLite's online backup, encrypted like the store, rotated.

A backup is a complete database file in the ``backups`` folder, named
``bounceback-YYYYMMDD-HHMMSS-<reason>.sqlite3``. SQLite's backup API copies a consistent
snapshot even while the program is writing, and a keyed destination makes an encrypted store's
backups encrypted with the same passphrase.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from bounceback import paths
from bounceback.db import history
from bounceback.db.connect import apply_key, connect, driver, integrity_problems, is_damage
from bounceback.db.errors import StoreCorruptError, StoreError, StoreLockedError

log = logging.getLogger(__name__)

AUTO = "auto"
MANUAL = "manual"
PRE_MIGRATION = "pre-migration"
PRE_RESTORE = "pre-restore"
DAMAGED = "damaged"
# Kept by rotation: how many automatic backups of distinct days and weeks, and how many of
# each safety kind (taken before a migration or a restore). Manual backups are never removed.
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_SAFETY = 5

DAMAGED_BACKUP = "This backup is damaged and can't be used."

_NAME = re.compile(r"^bounceback-(\d{8}-\d{6})-([a-z]+(?:-[a-z]+)*)(?:-\d+)?\.sqlite3$")
# What a backup's summary counts, with the words the window shows.
COUNTED = ("applications", "events", "checkins", "feedback_notes", "contacts")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, read without changing it."""

    info: BackupInfo
    revision: str | None
    counts: dict[str, int]
    latest_activity: dt.date | None


def _private_dir(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    paths.narrow(folder, 0o700)
    return folder


def _new_name(backups: Path, reason: str, now: dt.datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = backups / f"bounceback-{stamp}-{reason}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = backups / f"bounceback-{stamp}-{reason}-{n}.sqlite3"
    return target


def take_backup(
    source: Path, key: str | None, backups: Path, reason: str, *, now: dt.datetime | None = None
) -> Path:
    """Copy the store at ``source`` into ``backups``; returns the new file.

    Written under a temporary name and renamed, so a half-written backup never looks real.
    """
    _private_dir(backups)
    target = _new_name(backups, reason, now or dt.datetime.now())
    tmp = target.with_name(f".{target.name}.tmp")
    src = connect(source, key, read_only=True)
    mod = driver(key)
    try:
        dst = mod.connect(str(tmp))
        try:
            apply_key(dst, key)
            src.backup(dst)
            # A backup is read far more than written: a rollback journal means opening it
            # read-only later leaves no -wal/-shm files behind.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        _fsync(tmp)
        os.replace(tmp, target)
    except mod.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        # A source that turns out damaged half-way is the caller's to handle kindly (restore
        # copies it aside); anything else, e.g. a full disk, goes up as it is.
        if "locked" in str(exc).lower():
            raise StoreLockedError() from exc
        if is_damage(exc):
            raise StoreCorruptError() from exc
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    if os.name == "posix":
        target.chmod(0o600)
    return target


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def list_backups(backups: Path) -> list[BackupInfo]:
    """Every backup in the folder, newest first; files of other names are left alone."""
    if not backups.is_dir():
        return []
    found = []
    for p in backups.iterdir():
        m = _NAME.match(p.name)
        if not m or not p.is_file():
            continue
        taken = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
        found.append(BackupInfo(path=p, taken_at=taken, reason=m.group(2), size=p.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def describe_backup(info: BackupInfo, key: str | None, *, thorough: bool = False) -> BackupSummary:
    """Open a backup read-only and say what it holds.

    Raises :class:`StoreError` (a wrong passphrase, a damaged file) with a kind message.
    """
    try:
        conn = connect(info.path, key, read_only=True)
    except StoreCorruptError as exc:
        # The store's own message talks about "its data file"; this is about a backup.
        raise StoreCorruptError(DAMAGED_BACKUP) from exc
    mod = driver(key)
    try:
        if integrity_problems(conn, quick=not thorough):
            raise StoreCorruptError(DAMAGED_BACKUP)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts = {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in COUNTED
            if t in tables
        }
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        latest = None
        if "events" in tables:
            row = conn.execute("SELECT max(occurred_on) FROM events").fetchone()
            latest = dt.date.fromisoformat(row[0][:10]) if row and row[0] else None
    except mod.DatabaseError as exc:
        raise StoreCorruptError(DAMAGED_BACKUP) from exc
    finally:
        conn.close()
    return BackupSummary(info=info, revision=revision, counts=counts, latest_activity=latest)


def rotate(backups: Path, key: str | None = None) -> list[Path]:
    """Remove automatic and safety backups beyond what we keep; returns what was removed.

    The newest backup that holds data is always kept, whatever the store looks like now: a
    week of daily backups of a store that was emptied (a failed copy, a sync tool) must not
    push the last one with the person's entries out.
    """
    every = list_backups(backups)
    keep: set[Path] = set()
    autos = [b for b in every if b.reason == AUTO]
    days: set[dt.date] = set()
    for b in autos:
        if b.taken_at.date() not in days and len(days) < KEEP_DAILY:
            days.add(b.taken_at.date())
            keep.add(b.path)
    oldest_daily = min(days) if days else None
    weeks: set[tuple[int, int]] = set()
    for b in autos:
        if oldest_daily is not None and b.taken_at.date() >= oldest_daily:
            continue
        week = b.taken_at.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.add(b.path)
    by_reason: dict[str, int] = {}
    for b in every:
        if b.reason == AUTO:
            continue
        if b.reason in (MANUAL, DAMAGED):
            keep.add(b.path)
            continue
        by_reason[b.reason] = by_reason.get(b.reason, 0) + 1
        if by_reason[b.reason] <= KEEP_SAFETY:
            keep.add(b.path)
    newest_with_data = _newest_with_data(every, key)
    if newest_with_data is not None:
        keep.add(newest_with_data)
    removed = []
    for b in every:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def _newest_with_data(every: list[BackupInfo], key: str | None) -> Path | None:
    """The newest of ``every`` (newest first) that opens and holds any records."""
    for info in every:
        try:
            summary = describe_backup(info, key)
        except StoreError:
            continue  # damaged, or made with another passphrase: it can't say
        if any(summary.counts.values()):
            return info.path
    return None


def auto_backup(
    source: Path, key: str | None, backups: Path, *, now: dt.datetime | None = None
) -> Path | None:
    """The at-most-daily backup taken at start and at quit; None when today's exists."""
    now = now or dt.datetime.now()
    if any(b.reason == AUTO and b.taken_at.date() == now.date() for b in list_backups(backups)):
        return None
    made = take_backup(source, key, backups, AUTO, now=now)
    rotate(backups, key)
    return made


def latest_good_backup(backups: Path, key: str | None) -> BackupSummary | None:
    """The newest backup that opens and passes SQLite's integrity check, if any."""
    for info in list_backups(backups):
        try:
            return describe_backup(info, key, thorough=True)
        except StoreError:
            continue
    return None


def restore_backup(backup: Path, store_path: Path, key: str | None, backups: Path) -> Path | None:
    """Put ``backup`` in place of the store, which must be closed.

    The backup is checked first, and the current store is kept as a backup (a damaged one is
    copied aside as it is, never overwritten unseen). Returns that copy of the current store.
    """
    info = next((b for b in list_backups(backup.parent) if b.path == backup), None)
    if info is None:
        info = BackupInfo(backup, dt.datetime.now(), MANUAL, backup.stat().st_size)
    describe_backup(info, key, thorough=True)  # Raises if it is not usable.
    kept: Path | None = None
    if store_path.exists() and store_path.stat().st_size > 0:
        # A store another program is using is refused (StoreLockedError) before any change.
        # A damaged one is kept byte for byte: a backup through SQLite would copy only what
        # it can read, or copy the damage unnoticed under a name that rotation removes.
        if _is_sound(store_path, key):
            try:
                kept = take_backup(store_path, key, backups, PRE_RESTORE)
            except StoreLockedError:
                raise
            except StoreError:
                kept = _copy_aside(store_path, backups)
        else:
            kept = _copy_aside(store_path, backups)
    tmp = store_path.with_name(f".{store_path.name}.restoring")
    try:
        shutil.copyfile(backup, tmp)
        _fsync(tmp)
        # The backup may differ from the store it replaces (a passphrase, or none); opening
        # it afterwards notes which (see history.note).
        history.note(store_path.parent, encrypted=None)
        # The old store's write-ahead log belongs to the old file; left beside the new one,
        # SQLite would try to replay it.
        for suffix in ("-wal", "-shm"):
            store_path.with_name(store_path.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, store_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if os.name == "posix":
        store_path.chmod(0o600)
    log.info("Restored the store from %s", backup.name)
    return kept


def _is_sound(path: Path, key: str | None) -> bool:
    """Whether a closed store opens with ``key`` and passes SQLite's quick check."""
    try:
        conn = connect(path, key, read_only=True)
    except StoreLockedError:
        raise
    except StoreError:
        return False
    mod = driver(key)
    try:
        return not integrity_problems(conn)
    except mod.DatabaseError as exc:
        if "locked" in str(exc).lower():
            raise StoreLockedError() from exc
        return False
    finally:
        conn.close()


def _copy_aside(store_path: Path, backups: Path) -> Path:
    """Keep a damaged store byte for byte (with its log), so nothing is ever lost unseen."""
    _private_dir(backups)
    target = _new_name(backups, DAMAGED, dt.datetime.now())
    shutil.copyfile(store_path, target)
    wal = store_path.with_name(store_path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    if os.name == "posix":
        target.chmod(0o600)
    return target
