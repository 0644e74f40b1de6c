"""Helpers for the privacy widget tests: an encrypted store, what is in it, its backups, and
the buttons of the dialogs that open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QWidget

from bounceback import paths
from bounceback.db import backups
from bounceback.db.store import Store, is_encrypted, open_store
from bounceback.services import applications, checkins
from bounceback.ui.common.ops import Ops
from bounceback.ui.privacy.passphrase import UnlockDialog
from tests.ui.window_kit import click

SECRET = "correct horse"
# The unlock dialog checks a passphrase on a worker (the key derivation, a second or so, more
# on a busy machine): how long a test waits for its answer at most.
CHECK_TIMEOUT_MS = 30_000


def open_secret_store() -> Store:
    return open_store(paths.database_path(), backups=paths.backups_dir(), passphrase=SECRET)


def companies(ops: Ops) -> list[str]:
    return sorted(a.company for a in ops.read(applications.list_applications))


def journals(ops: Ops) -> list[str]:
    return sorted(c.journal for c in ops.read(checkins.list_checkins))


def backup_files() -> list[Path]:
    return [b.path for b in backups.list_backups(paths.backups_dir())]


def all_encrypted(files: list[Path]) -> bool:
    return bool(files) and all(is_encrypted(p) for p in files)


def company_names(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(a.company for a in applications.list_applications(s))


def press(qtbot, dialog: QWidget, text: str) -> None:
    """Click the dialog's button that reads ``text``."""
    [found] = [b for b in dialog.findChildren(QAbstractButton)
               if b.text().replace("&", "") == text and b.isVisible()]
    click(qtbot, found)


def answered(qtbot, dialog: UnlockDialog) -> None:
    """Until the unlock dialog has checked the passphrase typed (on a worker) and said how it
    went: a wrong one said under the field, a right one closing it."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=CHECK_TIMEOUT_MS)
