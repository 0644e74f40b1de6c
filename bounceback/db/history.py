"""What a data folder remembers of its store: that one was opened here, and whether it had a
passphrase.

A data file of zero bytes (a failed copy, a sync tool, a full disk) looks exactly like the
start of a first run, and a file of garbage whole pages looks like an encrypted one. This
record tells them apart: where a store was opened before, an empty file is damage, and where
no passphrase was ever set, a file that isn't SQLite is damage, not a passphrase question.

Kept beside the store in a small JSON file written by the store layer, not in the window's
settings (Qt's), so the command line reads and writes it too. Backups count as evidence as
well: a folder with backups held data, whatever the record says.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FILENAME = "bounceback-store.json"


@dataclass(frozen=True)
class History:
    opened: bool  # a store was opened in this folder before
    encrypted: bool | None  # whether it had a passphrase the last time; None: not known


def record_path(folder: Path) -> Path:
    return folder / FILENAME


def _recorded(folder: Path) -> History | None:
    try:
        data = json.loads(record_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    encrypted = data.get("encrypted")
    return History(opened=True, encrypted=encrypted if isinstance(encrypted, bool) else None)


def read(folder: Path, backups: Path) -> History:
    """What ``folder`` (whose backups are in ``backups``) knows of its store."""
    from bounceback.db.backups import list_backups

    found = _recorded(folder)
    if found is not None:
        return found
    return History(opened=bool(list_backups(backups)), encrypted=None)


def note(folder: Path, *, encrypted: bool | None) -> None:
    """Remember that a store was opened in ``folder`` (with or without a passphrase).

    ``encrypted=None`` says "not known": noted before the file is swapped for one that may
    differ (a new passphrase, a restore), so a crash half-way can't leave a record that
    would call the new file damaged.

    Written only when it changes, under a temporary name and renamed. Best effort: a full or
    read-only disk must not stop the program, and the next open tries again.
    """
    if _recorded(folder) == History(opened=True, encrypted=encrypted):
        return
    target = record_path(folder)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"encrypted": encrypted}, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        log.warning("Could not note the store's state: %s", type(exc).__name__)
