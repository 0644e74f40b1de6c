"""Opening the store when the window starts: first-run offer, unlock, damaged-file rescue.

Every path ends with either an open store or None (the person chose to quit, or was told
kindly why the data can't be opened); the data file is never changed on the way, except by a
restore the person agreed to, which keeps the damaged file as it was.

A typed passphrase is checked on a worker thread (the unlock dialog's ``in_background``): the
key derivation takes a second or two on purpose, and the dialog keeps painting meanwhile. The
store it opens there is used on the UI thread afterwards: its engine's connections are made
with ``check_same_thread=False`` (db/store.py make_engine) and handed to one thread at a time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from bounceback import APP_NAME
from bounceback.db import backups, preflight
from bounceback.db.errors import (
    PassphraseNeededError,
    StoreCorruptError,
    StoreError,
    WrongPassphraseError,
)
from bounceback.db.peek import peek_revision
from bounceback.db.store import Store, is_encrypted, open_store
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.labels import qdatetime
from bounceback.ui.common.ops import translate_message
from bounceback.ui.privacy.passphrase import UnlockDialog, forget_typed

log = logging.getLogger(__name__)


def open_interactively(
    path: Path,
    backups_dir: Path,
    *,
    ask: bool = True,
    parent: QWidget | None = None,
    peek: Callable[[Path, str | None], str | None] | None = None,
) -> Store | None:
    """The store at ``path``, after whatever questions it needs; None to quit.

    With ``ask`` False (the smoke test) nothing is asked: a new store is plain and a store
    that needs a passphrase raises :class:`StoreError`. ``peek``: the start's early look at a
    plain store (bounceback/db/early_look.py), used by its first opening.
    """
    try:
        # What stands at the path, before anything writes: something that is no data file
        # at all raises (StorePathError, said by the caller); an emptied store, or one that
        # isn't SQLite in a folder that never had a passphrase, is damage, not a first run.
        kind = preflight.examine(path, backups_dir)
    except StoreCorruptError:
        if not ask:
            raise
        return _rescue(path, backups_dir, None, parent)
    if kind is preflight.Kind.NEW:
        # Nothing asked here: the welcome that follows offers the passphrase with the rest
        # (ui/welcome), so a first start asks one set of questions, in one place.
        return open_store(path, backups=backups_dir)
    if kind is preflight.Kind.ENCRYPTED:
        if not ask:
            raise PassphraseNeededError()
        return _unlock(path, backups_dir, parent)
    try:
        return open_store(path, backups=backups_dir, peek=peek or peek_revision)
    except StoreCorruptError:
        if not ask:
            raise
        return _rescue(path, backups_dir, None, parent)


def _ask(check: Callable[[str], str | None], parent: QWidget | None) -> bool:
    """Ask for the passphrase until ``check`` takes it; False when the person quit.

    ``check`` runs on a worker thread (it derives the key): it touches no widget, and keeps
    what it found in the caller's lists. The dialog is emptied and deleted at once: parented
    to the window, it would otherwise keep a copy of the passphrase for the whole session."""
    dialog = UnlockDialog(check, parent, in_background=True)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        forget_typed(dialog)


class _Found:
    """What a check on the worker found, handed to the UI thread; once the person has gone
    (the event loop was told to end while a check ran), a store opened too late is closed
    there and then instead of kept."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._given_up = False
        self.stores: list[Store] = []

    def keep(self, store: Store) -> None:
        with self._lock:
            if not self._given_up:
                self.stores.append(store)
                return
        store.close()

    def give_up(self) -> None:
        with self._lock:
            self._given_up = True
            stores, self.stores = self.stores, []
        for store in stores:
            store.close()


def _unlock(path: Path, backups_dir: Path, parent: QWidget | None) -> Store | None:
    found = _Found()
    damaged: list[str] = []

    def check(passphrase: str) -> str | None:  # on a worker thread
        try:
            found.keep(open_store(path, backups=backups_dir, passphrase=passphrase))
        except WrongPassphraseError as exc:
            return translate_message(str(exc))
        except StoreCorruptError:
            # The passphrase was right (the file decrypted) but the contents are damaged.
            damaged.append(passphrase)
            return None
        except StoreError as exc:
            return translate_message(str(exc))
        return None

    if not _ask(check, parent):
        found.give_up()
        return None
    if found.stores:
        return found.stores[0]
    return _rescue(path, backups_dir, damaged[0], parent)


def _backup_passphrase(
    backups_dir: Path, parent: QWidget | None
) -> tuple[str, backups.BackupSummary] | None:
    """The passphrase of the backups, asked with the unlock dialog, and the newest good
    backup it opens (found while checking it); None if not given."""
    given: list[tuple[str, backups.BackupSummary]] = []

    def check(passphrase: str) -> str | None:  # on a worker thread
        good = backups.latest_good_backup(backups_dir, passphrase)
        if good is None:
            return translate_message(str(WrongPassphraseError()))
        given.append((passphrase, good))
        return None

    if not _ask(check, parent) or not given:
        return None
    return given[0]


def _start_afresh(path: Path, backups_dir: Path, parent: QWidget | None) -> Store | None:
    """An emptied data file and no backup to go back to: nothing is left to keep, so the
    person may start again, or quit and look for a copy of their own first."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, APP_NAME,
        fill(tr("BounceBack's data file is empty, though this folder held your data before, and "
                "there is no backup to go back to. If you have a copy of your own, quit and put it "
                "back as %1. Or start again with an empty journal."), path),
        parent=parent)
    again = box.addButton(tr("Start again"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not again:
        return None
    path.unlink()  # zero bytes: nothing of the person's is lost
    log.info("Started afresh over an empty data file")
    return open_store(path, backups=backups_dir)


def _rescue(
    path: Path, backups_dir: Path, key: str | None, parent: QWidget | None
) -> Store | None:
    """The data file is damaged: offer the newest good backup; never overwrite unseen."""
    good: backups.BackupSummary | None = None
    if key is None and any(is_encrypted(b.path) for b in backups.list_backups(backups_dir)):
        # The store can't say it had a passphrase (it is empty, or unreadable), but its
        # backups can: their passphrase opens them.
        given = _backup_passphrase(backups_dir, parent)
        if given is not None:
            key, good = given
    if good is None:
        good = backups.latest_good_backup(backups_dir, key)
    if good is None and path.is_file() and path.stat().st_size == 0:
        return _start_afresh(path, backups_dir, parent)
    if good is None:
        QMessageBox.critical(parent, APP_NAME, fill(tr(
            "BounceBack could not read its data file; it may be damaged, and there is no "
            "backup to go back to. Nothing has been changed. The file is %1."
        ), path))
        return None
    when = QLocale().toString(qdatetime(good.info.taken_at), QLocale.FormatType.LongFormat)
    if path.is_file() and path.stat().st_size == 0:
        # Said as it is: an empty file isn't "damaged", and there is nothing of it to keep.
        text = tr(
            "BounceBack's data file is empty, though this folder held your data before (a "
            "failed copy, a sync tool or a full disk can do this). Your latest good backup is "
            "from %1 (applications: %2, check-ins: %3). Restore it?")
    else:
        text = tr(
            "BounceBack could not read its data file; it may be damaged. Your latest good "
            "backup is from %1 (applications: %2, check-ins: %3). Restore it? The damaged file "
            "is kept in the backups folder, exactly as it is.")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        fill(text, when, good.counts.get("applications", 0), good.counts.get("checkins", 0)),
        parent=parent,
    )
    restore = box.addButton(tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    try:
        backups.restore_backup(good.info.path, path, key, backups_dir)
    except OSError as exc:
        # A full disk, say: the backup is put in place by a rename at the very end, so
        # the data file has not been replaced. (A StoreError goes up to the caller, which
        # shows its own kind message.)
        log.warning("Could not restore the latest good backup: %s", type(exc).__name__)
        QMessageBox.critical(parent, APP_NAME, fill(tr(
            "BounceBack couldn't put the backup in place (is the disk full?). Nothing has "
            "been replaced; your backups are in %1."
        ), backups_dir))
        return None
    log.info("Restored the latest good backup after a damaged store")
    return open_store(path, backups=backups_dir, passphrase=key)
