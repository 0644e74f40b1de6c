"""File → Privacy and security: protecting the data with a passphrase, changing and removing
it, and the auto-lock choice, through the real dialogs and checked on disk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from bounceback import paths
from bounceback.db import backups
from bounceback.db.store import Store, WrongPassphraseError, is_encrypted, open_store
from bounceback.ui.common import ops as topics
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow
from bounceback.ui.privacy.lock import SETTING_IDLE
from bounceback.ui.privacy.passphrase import NewPassphraseDialog, RemovePassphraseDialog
from bounceback.ui.privacy.settings_dialog import PrivacyPanel
from bounceback.ui.settings.dialog import SettingsDialog
from tests.builders import add_application, add_checkin
from tests.ui.privacy.privacy_kit import (
    SECRET,
    all_encrypted,
    backup_files,
    companies,
    journals,
    open_secret_store,
)
from tests.ui.window_kit import answer_modal, click, make_window, settings, tick

NEW_SECRET = "battery staple"


@pytest.fixture
def filled(store: Store) -> Store:
    """A plain store with an application, a check-in and a backup of them."""
    add_application(store, "Acme", "Designer")
    add_checkin(store, "Rough day, better evening", when=dt.datetime(2025, 3, 10, 9, 30),
                emotions=(("frustration", 3),))
    backups.take_backup(store.path, None, store.backups_dir, backups.MANUAL)
    return store


@pytest.fixture
def window(qtbot, filled: Store, ops: Ops, answers) -> MainWindow:
    return make_window(qtbot, ops)


@pytest.fixture
def secret_store(data_dir) -> Iterator[Store]:
    s = open_secret_store()
    add_application(s, "Acme", "Designer")
    add_checkin(s, "Rough day, better evening", when=dt.datetime(2025, 3, 10, 9, 30),
                emotions=(("frustration", 3),))
    backups.take_backup(s.path, SECRET, s.backups_dir, backups.MANUAL)
    yield s
    s.close()


@pytest.fixture
def secret_window(qtbot, secret_store: Store, answers) -> MainWindow:
    return make_window(qtbot, Ops(secret_store))


def privacy_dialog(qtbot, window: MainWindow) -> PrivacyPanel:
    """Settings, open on its Privacy and security page (File → Privacy and security…)."""
    dialog = SettingsDialog(window.ops, window.settings, window.lock, "privacy", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.pages.currentWidget().isAncestorOf(dialog.privacy)
    return dialog.privacy


def wait_for_task(qtbot, dialog: PrivacyPanel) -> None:
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=30_000)


def fill_new(qtbot, d: QWidget, new: str, repeat: str, *, understood: bool = True,
             current: str = "", seen: dict[str, object] | None = None) -> None:
    """Type into a NewPassphraseDialog like a person, press its OK, note what it said."""
    assert isinstance(d, NewPassphraseDialog)
    if current:
        qtbot.keyClicks(d.current, current)
    qtbot.keyClicks(d.new, new)
    qtbot.keyClicks(d.repeat, repeat)
    if understood:
        tick(qtbot, d.understood)
    click(qtbot, d.ok_button)
    if seen is not None:
        seen["open"] = d.isVisible()
        seen["error"] = d.error.text() if d.error.isVisible() else ""


def protect(qtbot, dialog: PrivacyPanel, passphrase: str = SECRET,
            delete_backups: bool = False) -> None:
    def act(d: QWidget) -> None:
        assert isinstance(d, NewPassphraseDialog)
        if delete_backups:
            tick(qtbot, d.delete_backups)
        fill_new(qtbot, d, passphrase, passphrase)

    answer_modal(act)
    click(qtbot, dialog.protect_button)
    wait_for_task(qtbot, dialog)


# --- protecting -----------------------------------------------------------------------------

def test_a_plain_store_offers_protection_only(qtbot, window):
    dialog = privacy_dialog(qtbot, window)
    assert dialog.protect_button.isVisible()
    assert not dialog.change_button.isVisible()
    assert not dialog.remove_button.isVisible()
    assert "not protected" in dialog.status.text()
    assert not dialog.idle.isEnabled()  # locking needs a passphrase


def test_protecting_encrypts_the_store_and_its_backups(qtbot, window, ops, filled):
    before = backup_files()
    assert before and not any(is_encrypted(p) for p in before)
    dialog = privacy_dialog(qtbot, window)
    protect(qtbot, dialog)
    assert dialog.task.error is None
    assert is_encrypted(paths.database_path())
    assert ops.store.key == SECRET and ops.store.encrypted
    assert ops.store is not filled  # opened anew, with the passphrase
    assert companies(ops) == ["Acme"]
    assert journals(ops) == ["Rough day, better evening"]
    assert set(backup_files()) == set(before)
    assert all_encrypted(backup_files())
    # The window says so, and the dialog now offers change and remove.
    assert window.statusBar().currentMessage() == (
        "Your entries are now protected by your passphrase.")
    assert dialog.change_button.isVisible() and dialog.remove_button.isVisible()
    assert not dialog.protect_button.isVisible()
    assert dialog.idle.isEnabled()
    # The file on disk opens with the passphrase, and only with it.
    with pytest.raises(WrongPassphraseError):
        open_store(paths.database_path(), backups=paths.backups_dir(), passphrase="wrong one")
    # The window can lock now, and the new passphrase unlocks it.
    assert window.lock.lock_if_possible()
    assert window.lock.unlock(SECRET)


def test_protecting_can_delete_the_old_backups_instead(qtbot, window, ops):
    dialog = privacy_dialog(qtbot, window)
    protect(qtbot, dialog, delete_backups=True)
    assert is_encrypted(paths.database_path())
    assert backup_files() == []
    assert companies(ops) == ["Acme"]


def test_the_tabs_keep_working_after_protecting(qtbot, window, ops):
    dialog = privacy_dialog(qtbot, window)
    protect(qtbot, dialog)
    window.timeline.new_application()
    qtbot.keyClicks(window.timeline.form.company, "Globex")
    qtbot.keyClicks(window.timeline.form.role, "Writer")
    window.save_current()
    assert companies(ops) == ["Acme", "Globex"]
    assert is_encrypted(paths.database_path())


@pytest.mark.parametrize(
    ("new", "repeat", "understood", "message"),
    [
        ("correct horse", "correct hose", True,
         "The two passphrases are not the same. Please type it again."),
        ("short", "short", True,
         "Please choose a passphrase of at least 6 characters. A few words you'll remember "
         "work well."),
        ("      x     ", "      x     ", True,
         "Please choose a passphrase of at least 6 characters. A few words you'll remember "
         "work well."),
        ("correct horse", "correct horse", False,
         "Please tick the box to confirm you know the passphrase can't be recovered."),
    ],
    ids=["mismatch", "too-short", "only-spaces", "unticked"],
)
def test_a_passphrase_that_will_not_do_is_explained_and_nothing_changes(
    qtbot, window, ops, filled, new, repeat, understood, message
):
    on_disk = paths.database_path().read_bytes()
    dialog = privacy_dialog(qtbot, window)
    seen: dict[str, object] = {}
    answer_modal(lambda d: fill_new(qtbot, d, new, repeat, understood=understood, seen=seen))
    click(qtbot, dialog.protect_button)
    assert seen == {"open": True, "error": message}
    assert dialog.task is None
    assert not is_encrypted(paths.database_path())
    assert paths.database_path().read_bytes() == on_disk
    assert ops.store is filled and ops.store.key is None
    assert not any(is_encrypted(p) for p in backup_files())


def test_cancelling_the_new_passphrase_changes_nothing(qtbot, window, ops, filled):
    dialog = privacy_dialog(qtbot, window)
    answer_modal(lambda d: d.reject())
    click(qtbot, dialog.protect_button)
    assert dialog.task is None
    assert ops.store is filled and not is_encrypted(paths.database_path())


# --- changing and removing --------------------------------------------------------------------

def test_an_encrypted_store_offers_change_and_remove(qtbot, secret_window):
    dialog = privacy_dialog(qtbot, secret_window)
    assert not dialog.protect_button.isVisible()
    assert dialog.change_button.isVisible() and dialog.remove_button.isVisible()
    assert "encrypted with your passphrase" in dialog.status.text()
    assert dialog.idle.isEnabled()


def test_changing_with_a_wrong_current_passphrase_changes_nothing(
    qtbot, secret_window, secret_store, answers
):
    ops = secret_window.ops
    kept = {p: p.read_bytes() for p in backup_files()}
    dialog = privacy_dialog(qtbot, secret_window)
    answer_modal(lambda d: fill_new(qtbot, d, NEW_SECRET, NEW_SECRET, current="correct hose"))
    click(qtbot, dialog.change_button)
    wait_for_task(qtbot, dialog)
    assert answers.warnings == [
        "That passphrase didn't open your data. Passphrases are case-sensitive; please check "
        "it and try again. Nothing has been changed."
    ]
    # The store was closed and opened again (which folds its log into the file, so its bytes
    # move), but it still opens with the old passphrase, holds the same, and the backups
    # are untouched.
    with pytest.raises(WrongPassphraseError):
        open_store(paths.database_path(), backups=paths.backups_dir(), passphrase=NEW_SECRET)
    assert {p: p.read_bytes() for p in backup_files()} == kept
    assert ops.store.key == SECRET
    assert not ops.busy
    assert companies(ops) == ["Acme"]  # the window goes on working
    secret_window.lock.lock_if_possible()
    assert not secret_window.lock.unlock(NEW_SECRET)
    assert secret_window.lock.unlock(SECRET)


def test_changing_needs_the_current_passphrase_typed(qtbot, secret_window):
    dialog = privacy_dialog(qtbot, secret_window)
    seen: dict[str, object] = {}
    answer_modal(lambda d: fill_new(qtbot, d, NEW_SECRET, NEW_SECRET, seen=seen))
    click(qtbot, dialog.change_button)
    assert seen == {"open": True, "error": "Please type your current passphrase."}
    assert dialog.task is None


def test_changing_with_the_right_passphrase_rekeys_everything(qtbot, secret_window, answers):
    ops = secret_window.ops
    dialog = privacy_dialog(qtbot, secret_window)
    answer_modal(lambda d: fill_new(qtbot, d, NEW_SECRET, NEW_SECRET, current=SECRET))
    click(qtbot, dialog.change_button)
    wait_for_task(qtbot, dialog)
    assert answers.warnings == []
    assert ops.store.key == NEW_SECRET
    assert companies(ops) == ["Acme"]
    assert secret_window.statusBar().currentMessage() == "Your passphrase has been changed."
    with pytest.raises(WrongPassphraseError):
        open_store(paths.database_path(), backups=paths.backups_dir(), passphrase=SECRET)
    for p in backup_files():
        assert backups.describe_backup(
            next(b for b in backups.list_backups(p.parent) if b.path == p), NEW_SECRET
        ).counts["applications"] == 1
    secret_window.lock.lock_if_possible()
    assert not secret_window.lock.unlock(SECRET)
    assert secret_window.lock.unlock(NEW_SECRET)


def test_removing_needs_the_passphrase_and_a_wrong_one_changes_nothing(
    qtbot, secret_window, answers
):
    ops = secret_window.ops
    dialog = privacy_dialog(qtbot, secret_window)
    seen: dict[str, object] = {}

    def empty(d: QWidget) -> None:
        assert isinstance(d, RemovePassphraseDialog)
        click(qtbot, d.ok_button)
        seen["open"] = d.isVisible()
        seen["error"] = d.error.text()

    answer_modal(empty)
    click(qtbot, dialog.remove_button)
    assert seen == {"open": True, "error": "Please type your passphrase."}
    assert dialog.task is None

    def wrong(d: QWidget) -> None:
        qtbot.keyClicks(d.current, "Correct horse")
        click(qtbot, d.ok_button)

    answer_modal(wrong)
    click(qtbot, dialog.remove_button)
    wait_for_task(qtbot, dialog)
    assert len(answers.warnings) == 1 and "didn't open your data" in answers.warnings[0]
    assert is_encrypted(paths.database_path())
    assert ops.store.key == SECRET
    assert all_encrypted(backup_files())


def test_removing_the_passphrase_makes_everything_plain_again(qtbot, secret_window, answers):
    ops = secret_window.ops
    dialog = privacy_dialog(qtbot, secret_window)

    def right(d: QWidget) -> None:
        assert isinstance(d, RemovePassphraseDialog)
        qtbot.keyClicks(d.current, SECRET)
        click(qtbot, d.ok_button)

    answer_modal(right)
    click(qtbot, dialog.remove_button)
    wait_for_task(qtbot, dialog)
    assert answers.warnings == []
    assert not is_encrypted(paths.database_path())
    assert ops.store.key is None
    assert companies(ops) == ["Acme"]
    assert backup_files() and not any(is_encrypted(p) for p in backup_files())
    assert dialog.protect_button.isVisible() and not dialog.remove_button.isVisible()
    # Nothing to unlock with any more: no locking, and no idle timer.
    assert not dialog.idle.isEnabled()
    assert not secret_window.lock.idle_timer.isActive()
    assert not secret_window.lock.lock_if_possible()


# --- the auto-lock choice ---------------------------------------------------------------------

def choose_idle(dialog: PrivacyPanel, minutes: int) -> None:
    dialog.idle.setCurrentIndex(dialog.idle.findData(minutes))


def test_the_auto_lock_choice_is_saved_and_applied(qtbot, secret_window):
    dialog = privacy_dialog(qtbot, secret_window)
    labels = [dialog.idle.itemText(i) for i in range(dialog.idle.count())]
    assert labels == ["Never", "After 5 minutes without use", "After 10 minutes without use",
                      "After 15 minutes without use", "After 30 minutes without use",
                      "After 60 minutes without use"]
    choose_idle(dialog, 30)
    assert settings().value(SETTING_IDLE, type=int) == 30
    assert secret_window.lock.idle_timer.isActive()
    assert secret_window.lock.idle_timer.interval() == 30 * 60_000
    choose_idle(dialog, 0)
    assert settings().value(SETTING_IDLE, type=int) == 0
    assert not secret_window.lock.idle_timer.isActive()
    # Opening the dialog again shows the saved choice.
    choose_idle(dialog, 60)
    again = privacy_dialog(qtbot, secret_window)
    assert again.idle.currentData() == 60


def test_a_strange_saved_choice_falls_back_to_the_default(qtbot, secret_window):
    s = settings()
    s.setValue(SETTING_IDLE, 7)
    s.sync()
    dialog = privacy_dialog(qtbot, secret_window)
    assert dialog.idle.currentData() == 15


def test_the_saved_choice_starts_counting_once_protected(qtbot, window):
    s = settings()
    s.setValue(SETTING_IDLE, 10)
    s.sync()
    assert not window.lock.idle_timer.isActive()
    dialog = privacy_dialog(qtbot, window)
    protect(qtbot, dialog)
    assert window.lock.idle_timer.isActive()
    assert window.lock.idle_timer.interval() == 10 * 60_000
    window.lock.idle_timer.timeout.emit()
    assert window.lock.locked


def test_a_closed_dialog_does_not_mind_later_changes(qtbot, secret_window):
    dialog = SettingsDialog(secret_window.ops, secret_window.settings, secret_window.lock,
                            "privacy")
    dialog.show()
    dialog.close()
    shiboken6.delete(dialog)
    secret_window.ops.changed.emit(topics.ALL)  # no error from the dialog that is gone
    qtbot.wait(10)


def test_the_file_menu_opens_the_dialog_after_unsaved_edits_are_settled(
    qtbot, window, answers
):
    from bounceback.ui.common import dialogs

    window.timeline.new_application()
    qtbot.keyClicks(window.timeline.form.company, "Half-typed")
    answers.unsaved = dialogs.Unsaved.CANCEL
    opened: list[QWidget] = []
    answer_modal(opened.append)
    window.privacy_settings()
    assert opened == []  # cancelled: the dialog did not open
    answers.unsaved = dialogs.Unsaved.DISCARD
    window.privacy_settings()  # answer_modal is still waiting for a dialog
    assert len(opened) == 1 and isinstance(opened[0], SettingsDialog)
    assert opened[0].pages.currentIndex() == 2  # on its Privacy and security page
