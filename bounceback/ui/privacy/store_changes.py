"""Changes to the store file itself, run on a worker while the window waits.

Turning a passphrase on, changing or removing it, and restoring a backup all replace the data
file. Each one closes the store, does its work with the plain functions in ``bounceback.db``,
and opens the store again, with the old passphrase if anything failed, so the window always
ends up with a working store and the person is told, kindly, what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from bounceback import APP_NAME
from bounceback.db import backups, cipher
from bounceback.db.errors import StoreError
from bounceback.db.store import Store, open_store
from bounceback.ui.common.background import Progress, Task, run_in_background
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.ops import Ops, translate_message


def _swap(
    parent: QWidget | None,
    ops: Ops,
    label: str,
    change: Callable[[Store], Any],
    new_key: Callable[[Store], str | None],
    done_text: str,
    on_done: Callable[[Any], None] | None = None,
) -> Task:
    """Close the store, run ``change(old_store)``, reopen with ``new_key``, hand it back."""
    old = ops.store
    ops.hold_for_swap()

    def work(_progress: Progress) -> tuple[Store, Any]:
        old.close()
        try:
            result = change(old)
        except BaseException as exc:
            # Nothing was replaced: open the same file as before.
            reopened = open_store(old.path, backups=old.backups, passphrase=old.key)
            raise _Failed(reopened, exc) from exc
        return open_store(old.path, backups=old.backups, passphrase=new_key(old)), result

    def succeeded(outcome: tuple[Store, Any]) -> None:
        store, result = outcome
        ops.replace_store(store)
        ops.message.emit(done_text)
        left = getattr(result, "left", [])
        if left:
            QMessageBox.information(parent, APP_NAME, tr(
                "%Ln older backup(s) were made with a different passphrase, so they were left "
                "as they were in the backups folder. They open only with that passphrase.",
                "", len(left)))
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, _Failed):
            ops.replace_store(exc.store)
            cause: BaseException = exc.cause
        else:
            cause = exc
            ops.release_swap()
        if isinstance(cause, StoreError):
            text = translate_message(str(cause))
        else:
            text = tr("Something went wrong, so nothing was changed. Your data is as it was.")
        QMessageBox.warning(parent, APP_NAME, text)

    return run_in_background(parent, label, work, on_done=succeeded, on_error=failed)


class _Failed(Exception):
    """The change failed; ``store`` is the original, opened again."""

    def __init__(self, store: Store, cause: BaseException) -> None:
        super().__init__("change failed")
        self.store = store
        self.cause = cause


def protect(
    parent: QWidget | None, ops: Ops, passphrase: str, *, delete_backups: bool
) -> Task:
    return _swap(
        parent, ops, tr("Protecting your entries…"),
        lambda s: cipher.encrypt_store(
            s.path, passphrase, s.backups_dir, delete_backups=delete_backups
        ),
        lambda _s: passphrase,
        tr("Your entries are now protected by your passphrase."),
    )


def change_passphrase(parent: QWidget | None, ops: Ops, current: str, new: str) -> Task:
    return _swap(
        parent, ops, tr("Changing your passphrase…"),
        lambda s: cipher.change_passphrase(s.path, _checked(s, current), new, s.backups_dir),
        lambda _s: new,
        tr("Your passphrase has been changed."),
    )


def remove_passphrase(parent: QWidget | None, ops: Ops, current: str) -> Task:
    return _swap(
        parent, ops, tr("Removing the passphrase…"),
        lambda s: cipher.decrypt_store(s.path, _checked(s, current), s.backups_dir),
        lambda _s: None,
        tr("The passphrase has been removed."),
    )


def _checked(store: Store, typed: str) -> str:
    """The typed passphrase must be the store's own; say so kindly if it is not."""
    from bounceback.db.errors import WrongPassphraseError

    if typed != store.key:
        raise WrongPassphraseError()
    return typed


def restore(
    parent: QWidget | None, ops: Ops, backup: Path, on_done: Callable[[Any], None] | None = None
) -> Task:
    return _swap(
        parent, ops, tr("Restoring your backup…"),
        lambda s: backups.restore_backup(backup, s.path, s.key, s.backups_dir),
        lambda s: s.key,
        tr("Your backup has been restored. What was there before is kept as a backup."),
        on_done,
    )


def back_up_now(parent: QWidget | None, ops: Ops) -> Task:
    store = ops.store

    def work(_progress: Progress) -> Path:
        return backups.take_backup(store.path, store.key, store.backups_dir, backups.MANUAL)

    def failed(exc: BaseException) -> None:
        text = (
            translate_message(str(exc)) if isinstance(exc, StoreError)
            else tr("BounceBack couldn't make a backup just now (is the disk full?). "
                    "Your data is as it was.")
        )
        QMessageBox.warning(parent, APP_NAME, text)

    return run_in_background(
        parent, tr("Backing up…"), work,
        on_done=lambda path: ops.message.emit(fill(tr("Backed up to %1."), path.name)),
        on_error=failed,
    )
