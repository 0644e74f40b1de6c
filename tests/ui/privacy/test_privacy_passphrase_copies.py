"""Where the passphrase is set, BounceBack keeps no more copies of it than it needs: the
dialogs it was typed into are emptied and deleted once it has been read."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLineEdit

from bounceback.db import backups
from bounceback.db.store import Store
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow
from bounceback.ui.privacy.passphrase import NewPassphraseDialog, RemovePassphraseDialog
from bounceback.ui.privacy.settings_dialog import PrivacyPanel
from bounceback.ui.settings.dialog import SettingsDialog
from tests.builders import add_checkin
from tests.ui.privacy.privacy_kit import SECRET, open_secret_store
from tests.ui.window_kit import answer_modal, click, make_window, tick

NEW_SECRET = "battery staple"


@pytest.fixture
def secret_window(qtbot, data_dir, answers) -> MainWindow:
    store: Store = open_secret_store()
    add_checkin(store, "Rough day, better evening", when=dt.datetime(2025, 3, 10, 9, 30),
                emotions=(("frustration", 3),))
    backups.take_backup(store.path, SECRET, store.backups_dir, backups.MANUAL)
    return make_window(qtbot, Ops(store))


def _typed_anywhere(dialog: PrivacyPanel) -> list[str]:
    # Deleted dialogs go at the next DeferredDelete; until then they are still children.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not dialog.findChildren(NewPassphraseDialog)
    assert not dialog.findChildren(RemovePassphraseDialog)
    return [f.text() for f in dialog.findChildren(QLineEdit) if f.text()]


def _open(qtbot, window: MainWindow) -> PrivacyPanel:
    dialog = SettingsDialog(window.ops, window.settings, window.lock, "privacy", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog.privacy


def test_changing_leaves_no_typed_passphrase_behind(qtbot, secret_window):
    dialog = _open(qtbot, secret_window)

    def act(d) -> None:
        qtbot.keyClicks(d.current, SECRET)
        qtbot.keyClicks(d.new, NEW_SECRET)
        qtbot.keyClicks(d.repeat, NEW_SECRET)
        tick(qtbot, d.understood)
        click(qtbot, d.ok_button)

    answer_modal(act)
    click(qtbot, dialog.change_button)
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running,
                    timeout=30_000)
    assert secret_window.ops.store.key == NEW_SECRET  # it did change
    assert _typed_anywhere(dialog) == []


def test_removing_leaves_no_typed_passphrase_behind(qtbot, secret_window):
    dialog = _open(qtbot, secret_window)

    def act(d) -> None:
        qtbot.keyClicks(d.current, SECRET)
        click(qtbot, d.ok_button)

    answer_modal(act)
    click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running,
                    timeout=30_000)
    assert not secret_window.ops.store.encrypted
    assert _typed_anywhere(dialog) == []


def test_a_cancelled_change_leaves_nothing_typed_behind(qtbot, secret_window):
    dialog = _open(qtbot, secret_window)

    def act(d) -> None:
        qtbot.keyClicks(d.current, SECRET)
        d.reject()

    answer_modal(act)
    click(qtbot, dialog.change_button)
    assert _typed_anywhere(dialog) == []


def test_what_encryption_cant_do_is_said_with_or_without_a_passphrase(qtbot, secret_window):
    dialog = _open(qtbot, secret_window)
    assert dialog.limits.isVisible()
    assert dialog.limits.parent() is dialog.protect_button.parent()  # beside the passphrase


def test_the_protect_dialog_says_it_where_the_passphrase_is_chosen(qtbot):
    from bounceback.ui.privacy.passphrase import Purpose

    dialog = NewPassphraseDialog(Purpose.PROTECT)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.limits.isVisible()
    assert "may stay on the disk" in dialog.limits.text()
    assert "in its memory" in dialog.limits.text()


def test_unlocking_at_start_leaves_no_typed_passphrase_behind(qtbot, data_dir):
    from PySide6.QtWidgets import QWidget

    from bounceback import paths
    from bounceback.ui.privacy.passphrase import UnlockDialog
    from bounceback.ui.privacy.startup import open_interactively

    open_secret_store().close()
    parent = QWidget()
    qtbot.addWidget(parent)

    def act(d) -> None:
        qtbot.keyClicks(d.passphrase, SECRET)
        click(qtbot, d.unlock_button)

    answer_modal(act)
    store = open_interactively(paths.database_path(), paths.backups_dir(), parent=parent)
    assert store is not None and store.key == SECRET
    store.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # The dialog the window's start asked in is gone, and no field anywhere still holds it.
    assert not parent.findChildren(UnlockDialog)
    assert [f for f in parent.findChildren(QLineEdit) if f.text()] == []
