"""File → Restore from a backup: what each backup holds, and putting one back, through the
real dialog; checked through the services, the tabs and the files on disk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QLocale, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from bounceback import paths
from bounceback.db import backups, cipher
from bounceback.db.store import Store, is_encrypted
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow
from bounceback.ui.privacy.restore_dialog import RestoreDialog
from tests.builders import add_application, add_checkin
from tests.ui.privacy.privacy_kit import SECRET, companies, journals, open_secret_store
from tests.ui.window_kit import answer_modal, click, make_window

JANUARY = dt.datetime(2025, 1, 5, 9, 0, 0)
FEBRUARY = dt.datetime(2025, 2, 9, 18, 30, 0)


def take(store: Store, reason: str, when: dt.datetime) -> Path:
    return backups.take_backup(store.path, store.key, store.backups_dir, reason, now=when)


@pytest.fixture
def history(store: Store) -> Store:
    """January: Acme. February: Acme, Globex and a check-in. Now: Initech too."""
    add_application(store, "Acme", "Designer")
    take(store, backups.MANUAL, JANUARY)
    add_application(store, "Globex", "Designer")
    add_checkin(store, "February felt lighter", when=dt.datetime(2025, 3, 10, 9, 30),
                emotions=(("frustration", 3),))
    take(store, backups.AUTO, FEBRUARY)
    add_application(store, "Initech", "Designer")
    return store


@pytest.fixture
def window(qtbot, history: Store, ops: Ops, answers) -> MainWindow:
    return make_window(qtbot, ops)


def restore_dialog(qtbot, window: MainWindow) -> RestoreDialog:
    dialog = RestoreDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def wait_for_task(qtbot, dialog: RestoreDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=30_000)


def select(qtbot, dialog: RestoreDialog, row: int) -> None:
    dialog.list.setCurrentRow(row)
    wait_for_task(qtbot, dialog)


def confirm(qtbot, answer: str) -> None:
    """Press ``answer`` on the "Restore this backup?" question when it comes."""
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.windowTitle() == "Restore this backup?"
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == answer]
        click(qtbot, button)

    answer_modal(act)


def long_date(value: dt.date | dt.datetime) -> str:
    return QLocale().toString(value, QLocale.FormatType.LongFormat)


def table_text(model: QAbstractItemModel) -> str:
    return " ".join(
        str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole))
        for r in range(model.rowCount()) for c in range(model.columnCount())
    )


def test_backups_are_listed_newest_first_with_what_made_them(qtbot, window):
    dialog = restore_dialog(qtbot, window)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        f"{long_date(FEBRUARY)} — daily backup",
        f"{long_date(JANUARY)} — backed up by you",
    ]
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet


def test_choosing_a_backup_shows_what_it_holds(qtbot, window):
    dialog = restore_dialog(qtbot, window)
    select(qtbot, dialog, 0)
    assert dialog.summary.text() == (
        "It holds 2 applications, 1 check-in, 0 feedback notes, 0 contacts. "
        f"The latest timeline entry is from {long_date(dt.date(2025, 3, 1))}."
    )
    assert dialog.restore_button.isEnabled()
    select(qtbot, dialog, 1)
    assert dialog.summary.text().startswith(
        "It holds 1 application, 0 check-ins, 0 feedback notes, 0 contacts.")
    assert dialog.restore_button.isEnabled()


def test_restoring_replaces_the_data_and_keeps_what_was_there(qtbot, window, ops, history):
    dialog = restore_dialog(qtbot, window)
    select(qtbot, dialog, 1)  # January: Acme alone
    confirm(qtbot, "Restore")
    click(qtbot, dialog.restore_button)
    wait_for_task(qtbot, dialog)
    assert dialog.task.error is None
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert ops.store is not history and not ops.busy
    assert companies(ops) == ["Acme"]
    assert journals(ops) == []
    assert window.statusBar().currentMessage().startswith("Your backup has been restored.")
    # What was there before is a backup of its own, and holds all three applications.
    [kept] = [b for b in backups.list_backups(paths.backups_dir())
              if b.reason == backups.PRE_RESTORE]
    assert backups.describe_backup(kept, None).counts["applications"] == 3
    # The two backups it came from are still there, unchanged in what they hold.
    reasons = sorted(b.reason for b in backups.list_backups(paths.backups_dir()))
    assert reasons == sorted([backups.AUTO, backups.MANUAL, backups.PRE_RESTORE])


def test_the_tabs_show_the_restored_data(qtbot, window, ops):
    model = window.timeline.list.proxy
    assert all(name in table_text(model) for name in ("Acme", "Globex", "Initech"))
    dialog = restore_dialog(qtbot, window)
    select(qtbot, dialog, 0)  # February: Acme and Globex
    confirm(qtbot, "Restore")
    click(qtbot, dialog.restore_button)
    wait_for_task(qtbot, dialog)
    text = table_text(model)
    assert "Acme" in text and "Globex" in text and "Initech" not in text
    assert model.rowCount() == 2
    assert journals(ops) == ["February felt lighter"]
    # And the window goes on working on the restored data.
    window.timeline.new_application()
    qtbot.keyClicks(window.timeline.form.company, "Umbrella")
    qtbot.keyClicks(window.timeline.form.role, "Analyst")
    window.save_current()
    assert companies(ops) == ["Acme", "Globex", "Umbrella"]


def test_cancelling_the_question_changes_nothing(qtbot, window, ops, history):
    before = sorted(b.path.name for b in backups.list_backups(paths.backups_dir()))
    dialog = restore_dialog(qtbot, window)
    select(qtbot, dialog, 1)
    task = dialog.task
    confirm(qtbot, "Cancel")
    click(qtbot, dialog.restore_button)
    assert dialog.task is task  # no restore was started
    assert dialog.isVisible()
    assert ops.store is history
    assert companies(ops) == ["Acme", "Globex", "Initech"]
    assert sorted(b.path.name for b in backups.list_backups(paths.backups_dir())) == before


def test_a_backup_gone_before_it_was_restored_changes_nothing(
    qtbot, window, ops, history, answers
):
    dialog = restore_dialog(qtbot, window)
    select(qtbot, dialog, 1)
    dialog.selected().path.unlink()  # removed by hand meanwhile
    confirm(qtbot, "Restore")
    click(qtbot, dialog.restore_button)
    wait_for_task(qtbot, dialog)
    assert answers.warnings == [
        "Something went wrong, so nothing was changed. Your data is as it was."]
    assert dialog.isVisible()  # still open, to choose another
    assert dialog.list.count() == 1  # and the list shows what is really there
    assert not ops.busy
    assert companies(ops) == ["Acme", "Globex", "Initech"]
    assert [b.reason for b in backups.list_backups(paths.backups_dir())] == [backups.AUTO]


def test_a_damaged_backup_says_so_and_cannot_be_restored(qtbot, window, history):
    february = next(b for b in backups.list_backups(paths.backups_dir())
                    if b.taken_at == FEBRUARY)
    february.path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    dialog = restore_dialog(qtbot, window)
    select(qtbot, dialog, 0)
    assert dialog.summary.text() == "This backup is damaged and can't be used."
    assert not dialog.restore_button.isEnabled()
    select(qtbot, dialog, 1)  # the good one next to it still can
    assert dialog.restore_button.isEnabled()


def test_with_no_backups_it_says_how_to_make_one(qtbot, ops, answers):
    window = make_window(qtbot, ops)
    dialog = restore_dialog(qtbot, window)
    assert dialog.list.count() == 0
    assert "There are no backups yet" in dialog.summary.text()
    assert "File → Back up now" in dialog.summary.text()
    assert not dialog.restore_button.isEnabled()


def test_back_up_now_adds_one_to_the_list(qtbot, ops, answers):
    window = make_window(qtbot, ops)
    qtbot.keyClick(window, Qt.Key.Key_B,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Backed up to"))
    [made] = backups.list_backups(paths.backups_dir())
    assert made.reason == backups.MANUAL
    dialog = restore_dialog(qtbot, window)
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().endswith("backed up by you")


# --- an encrypted store ----------------------------------------------------------------------

@pytest.fixture
def secret_history(data_dir) -> Iterator[Store]:
    s = open_secret_store()
    add_application(s, "Acme", "Designer")
    take(s, backups.MANUAL, JANUARY)
    add_application(s, "Globex", "Designer")
    yield s
    s.close()


def test_an_encrypted_store_restores_its_encrypted_backups(qtbot, secret_history, answers):
    ops = Ops(secret_history)
    window = make_window(qtbot, ops)
    dialog = restore_dialog(qtbot, window)
    select(qtbot, dialog, 0)
    assert dialog.summary.text().startswith("It holds 1 application,")
    confirm(qtbot, "Restore")
    click(qtbot, dialog.restore_button)
    wait_for_task(qtbot, dialog)
    assert companies(ops) == ["Acme"]
    assert ops.store.key == SECRET
    assert is_encrypted(paths.database_path())
    assert all(is_encrypted(b.path) for b in backups.list_backups(paths.backups_dir()))
    window.lock.lock_if_possible()
    assert window.lock.unlock(SECRET)


def test_a_backup_under_another_passphrase_says_so_and_cannot_be_restored(
    qtbot, secret_history, answers
):
    other = paths.backups_dir() / "bounceback-20250301-120000-manual.sqlite3"
    backups.take_backup(secret_history.path, SECRET, paths.backups_dir(), backups.MANUAL,
                        now=dt.datetime(2025, 3, 1, 12, 0, 0))
    cipher.convert_file(other, SECRET, "another passphrase")
    window = make_window(qtbot, Ops(secret_history))
    dialog = restore_dialog(qtbot, window)
    assert dialog.list.item(0).text().startswith(long_date(dt.datetime(2025, 3, 1, 12, 0, 0)))
    select(qtbot, dialog, 0)
    assert dialog.summary.text() == (
        "This backup was made with a different passphrase, so your current one can't open it."
    )
    assert not dialog.restore_button.isEnabled()


def test_an_encrypted_backup_left_from_before_says_why_it_cannot_be_restored(
    qtbot, store, ops, answers
):
    add_application(store, "Acme", "Designer")
    made = take(store, backups.MANUAL, JANUARY)
    cipher.convert_file(made, None, SECRET)  # as if left over from when there was one
    window = make_window(qtbot, ops)
    dialog = restore_dialog(qtbot, window)
    select(qtbot, dialog, 0)
    assert dialog.summary.text() == (
        "This backup is protected by a passphrase and your data no longer has one, so it "
        "can't be opened here."
    )
    assert not dialog.restore_button.isEnabled()
