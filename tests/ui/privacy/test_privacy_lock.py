"""Locking: Ctrl+L and the idle timer cover every window, nothing acts behind the curtain,
and the right passphrase (only) lifts it with everything left as it was."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.store import Store
from bounceback.services import applications
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow
from bounceback.ui.privacy.lock import SETTING_IDLE, Curtain
from bounceback.ui.privacy.passphrase import UnlockDialog, UnlockForm
from tests.ui.privacy.privacy_kit import SECRET, open_secret_store
from tests.ui.window_kit import make_window, settings


@pytest.fixture
def secret_store(data_dir) -> Iterator[Store]:
    s = open_secret_store()
    yield s
    s.close()


@pytest.fixture
def secret_ops(secret_store: Store, qapp) -> Ops:
    return Ops(secret_store)


@pytest.fixture
def window(qtbot, secret_ops, answers) -> MainWindow:
    return make_window(qtbot, secret_ops)


@pytest.fixture
def plain_window(qtbot, ops, answers) -> MainWindow:
    return make_window(qtbot, ops)


def ctrl(qtbot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def on_curtain(widget: QWidget | None) -> bool:
    while widget is not None:
        if isinstance(widget, Curtain):
            return True
        widget = widget.parentWidget()
    return False


def start_typing_an_application(qtbot, window: MainWindow, text: str) -> QLineEdit:
    window.new_application()
    company = window.timeline.form.company
    company.setFocus()
    qtbot.keyClicks(company, text)
    assert company.text() == text
    return company


def unlock_by_typing(qtbot, curtain: Curtain, passphrase: str) -> None:
    curtain.passphrase.setFocus()
    qtbot.keyClicks(curtain.passphrase, passphrase)
    qtbot.keyClick(curtain.passphrase, Qt.Key.Key_Return)


def test_ctrl_l_covers_the_whole_window(window, qtbot):
    ctrl(qtbot, window, Qt.Key.Key_L)
    assert window.lock.locked
    [curtain] = window.lock.curtains()
    assert curtain.parentWidget() is window
    assert curtain.isVisible()
    assert curtain.geometry() == window.rect()
    assert not curtain.compact  # the whole form, with its explanation, has room here
    # Whatever point of the window one looks at (menu bar, tabs, status bar), it is the curtain.
    r = window.rect()
    for point in (QPoint(2, 2), r.center(), QPoint(r.right() - 2, r.bottom() - 2),
                  window.menuBar().geometry().center(),
                  window.statusBar().geometry().center()):
        assert on_curtain(window.childAt(point)), point
    # The unlock field is ready for typing.
    assert QApplication.focusWidget() is curtain.passphrase


def test_a_widget_added_to_the_window_while_locked_stays_under_the_curtain(window, qtbot):
    window.lock.lock_if_possible()
    extra = QLabel("Journal: a very private line", window)
    extra.setGeometry(40, 40, 300, 40)
    extra.show()
    qtbot.waitUntil(lambda: on_curtain(window.childAt(extra.geometry().center())))


def test_the_curtain_follows_the_window_when_resized(window, qtbot):
    window.lock.lock_if_possible()
    window.resize(window.width() + 120, window.height() + 80)
    [curtain] = window.lock.curtains()
    qtbot.waitUntil(lambda: curtain.geometry() == window.rect())


def test_typing_behind_the_curtain_changes_nothing(window, qtbot):
    company = start_typing_an_application(qtbot, window, "Half-typed")
    window.lock.lock_if_possible()
    qtbot.keyClicks(company, "XYZ")
    qtbot.keyClick(company, Qt.Key.Key_Backspace)
    ctrl(qtbot, company, Qt.Key.Key_A)
    qtbot.keyClick(company, Qt.Key.Key_Delete)
    assert company.text() == "Half-typed"


def test_shortcuts_do_not_act_behind_the_curtain(window, qtbot, secret_ops):
    window.tabs.setCurrentWidget(window.review)
    window.lock.lock_if_possible()
    [curtain] = window.lock.curtains()
    # Sent to the window behind, and typed in the curtain's own field: neither acts.
    for target in (window, curtain.passphrase):
        ctrl(qtbot, target, Qt.Key.Key_N)  # New application
        ctrl(qtbot, target, Qt.Key.Key_2)  # Timeline tab
        ctrl(qtbot, target, Qt.Key.Key_S)  # Save
    assert window.tabs.currentWidget() is window.review
    assert not window.timeline.has_unsaved_changes()
    assert secret_ops.read(applications.list_applications) == []


def test_clicks_do_not_reach_buttons_behind_the_curtain(window, qtbot):
    window.tabs.setCurrentWidget(window.timeline)
    window.lock.lock_if_possible()
    qtbot.mouseClick(window.timeline.new_button, Qt.MouseButton.LeftButton)
    assert not window.timeline.has_unsaved_changes()
    window.lock.unlock(SECRET)
    qtbot.mouseClick(window.timeline.new_button, Qt.MouseButton.LeftButton)
    window.timeline.form.company.setText("Acme")  # the same click works once unlocked
    assert window.timeline.has_unsaved_changes()


def test_tab_does_not_move_the_cursor_behind_the_curtain(window, qtbot):
    start_typing_an_application(qtbot, window, "Acme")
    window.lock.lock_if_possible()
    [curtain] = window.lock.curtains()
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert on_curtain(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert on_curtain(QApplication.focusWidget())
    # Someone using the keyboard alone can still get back to the field and unlock.
    field = QApplication.focusWidget()
    while field is not curtain.passphrase:
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        field = QApplication.focusWidget()
        assert on_curtain(field)
    qtbot.keyClicks(field, SECRET)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not window.lock.locked


def test_a_wrong_passphrase_says_so_kindly_and_stays_locked(window, qtbot):
    window.lock.lock_if_possible()
    [curtain] = window.lock.curtains()
    unlock_by_typing(qtbot, curtain, "correct horsE")
    assert window.lock.locked
    assert curtain.isVisible()
    assert curtain.error.isVisible()
    assert curtain.error.text() == "That passphrase didn't unlock BounceBack. Please try again."
    assert curtain.passphrase.text() == ""  # ready for another try
    qtbot.mouseClick(curtain.unlock_button, Qt.MouseButton.LeftButton)  # empty: still locked
    assert window.lock.locked


def test_the_right_passphrase_unlocks_and_the_half_typed_text_is_still_there(window, qtbot):
    company = start_typing_an_application(qtbot, window, "Half-typed")
    ctrl(qtbot, window, Qt.Key.Key_L)
    [curtain] = window.lock.curtains()
    unlock_by_typing(qtbot, curtain, SECRET)
    assert not window.lock.locked
    assert window.lock.curtains() == []
    assert not curtain.isVisible()
    assert curtain.passphrase.text() == ""  # the passphrase does not linger in a widget
    assert company.text() == "Half-typed"
    # Carry on where you left off: the cursor is back in the field being typed in.
    assert QApplication.focusWidget() is company
    qtbot.keyClicks(company, " Ltd")
    assert company.text() == "Half-typed Ltd"
    assert window.timeline.has_unsaved_changes()


def test_the_unlock_button_works_too_and_locking_again_works(window, qtbot):
    window.lock.lock_if_possible()
    [curtain] = window.lock.curtains()
    qtbot.keyClicks(curtain.passphrase, SECRET)
    qtbot.mouseClick(curtain.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.lock.locked
    ctrl(qtbot, window, Qt.Key.Key_L)
    assert window.lock.locked
    [again] = window.lock.curtains()
    assert again is not curtain and again.isVisible()


def test_locked_changed_is_signalled(window, qtbot):
    seen: list[bool] = []
    window.lock.locked_changed.connect(seen.append)
    window.lock.lock_if_possible()
    window.lock.lock_if_possible()  # already locked: no second signal
    assert not window.lock.unlock("nope")
    assert window.lock.unlock(SECRET)
    assert seen == [True, False]


def test_an_open_dialog_is_covered_too(window, qtbot):
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.resize(460, 360)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setText("draft")
    window.lock.lock_if_possible()
    covered = {c.parentWidget() for c in window.lock.curtains()}
    assert covered == {window, dialog}
    qtbot.keyClicks(field, "more")
    assert field.text() == "draft"
    # Unlocking from the dialog's curtain lifts every curtain.
    dialog_curtain = next(c for c in window.lock.curtains() if c.parentWidget() is dialog)
    unlock_by_typing(qtbot, dialog_curtain, SECRET)
    assert not window.lock.locked
    assert window.lock.curtains() == []
    assert dialog.isVisible() and field.text() == "draft"


def test_enter_that_unlocks_a_dialog_does_not_also_press_its_default_button(window, qtbot):
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    buttons.accepted.connect(dialog.accept)
    lay = QVBoxLayout(dialog)
    lay.addWidget(field)
    lay.addWidget(buttons)
    dialog.resize(460, 360)
    dialog.show()
    qtbot.waitExposed(dialog)
    window.lock.lock_if_possible()
    curtain = next(c for c in window.lock.curtains() if c.parentWidget() is dialog)
    unlock_by_typing(qtbot, curtain, SECRET)
    assert not window.lock.locked
    assert dialog.isVisible()
    assert dialog.result() == 0


def test_a_modal_dialog_is_covered_and_can_be_unlocked_from(window, qtbot):
    seen: dict[str, object] = {}

    def while_open() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog is not None
        window.lock.lock_if_possible()
        seen["covered"] = {c.parentWidget() for c in window.lock.curtains()} == {window, dialog}
        curtain = next(c for c in window.lock.curtains() if c.parentWidget() is dialog)
        qtbot.keyClick(curtain.passphrase, Qt.Key.Key_Escape)  # does not close it unseen
        seen["still_open"] = dialog.isVisible()
        unlock_by_typing(qtbot, curtain, SECRET)
        seen["unlocked"] = not window.lock.locked
        seen["open_after"] = dialog.isVisible()
        dialog.reject()

    QTimer.singleShot(0, while_open)
    window.restore_backup()  # a modal dialog, opened with exec()
    assert seen == {"dialog": True, "covered": True, "still_open": True, "unlocked": True,
                    "open_after": True}


def after_a_wrong_try(qtbot, form: UnlockForm) -> dict[str, object]:
    """Type a wrong passphrase and press Enter; what the form then shows."""
    qtbot.keyClicks(form.passphrase, "not it")
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    QApplication.processEvents()
    field, error, buttons = (w.geometry() for w in (form.passphrase, form.error, form.buttons))
    return {
        "title": form.title.text(),
        "icon": form.icon.pixmap().deviceIndependentSize().toSize(),
        "placeholder": form.passphrase.placeholderText(),
        "first button": form.buttons.buttons()[0].text() if form.buttons.buttons() else "",
        "error shown": form.error.isVisible() and bool(form.error.text()),
        "error under the field": field.bottom() < error.top() and error.bottom() < buttons.top(),
        "emptied": form.passphrase.text() == "",
        "cursor in the field": form.focusWidget() is form.passphrase,
    }


def test_the_start_up_unlock_and_the_lock_are_one_form(window, qtbot):
    """Unlocking when BounceBack starts and unlocking a locked window: the same form, with
    the same icon, words and buttons, and a wrong passphrase answered the same way."""
    dialog = UnlockDialog(lambda _typed: "That passphrase didn't open your data.", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    at_start = after_a_wrong_try(qtbot, dialog.form)
    assert dialog.isVisible()  # one Enter, one try: not a second one through the dialog
    dialog.reject()
    window.lock.lock_if_possible()
    [curtain] = window.lock.curtains()
    when_locked = after_a_wrong_try(qtbot, curtain.form)
    assert type(dialog.form) is type(curtain.form) is UnlockForm
    assert at_start == when_locked
    assert at_start["icon"] == QSize(64, 64) and at_start["error shown"]
    assert at_start["error under the field"] and at_start["emptied"]


def test_a_small_question_box_still_has_a_whole_unlock_form(window, qtbot):
    """A modal box blocks every other window, so its own curtain must be usable."""
    seen: dict[str, object] = {}

    def fully_shown(curtain: Curtain, widget: QWidget) -> bool:
        area = QRect(widget.mapTo(curtain, QPoint(0, 0)), widget.size())
        return (widget.isVisible() and curtain.rect().contains(area)
                and widget.visibleRegion().boundingRect().size() == widget.size()
                and widget.height() >= widget.sizeHint().height())

    def while_open() -> None:
        box = QApplication.activeModalWidget()
        window.lock.lock_if_possible()
        curtain = next(c for c in window.lock.curtains() if c.parentWidget() is box)
        QApplication.processEvents()
        seen["field"] = fully_shown(curtain, curtain.passphrase)
        seen["button"] = fully_shown(curtain, curtain.unlock_button)
        unlock_by_typing(qtbot, curtain, "wrong one")
        QApplication.processEvents()
        seen["field after a wrong try"] = fully_shown(curtain, curtain.passphrase)
        seen["said so"] = curtain.passphrase.placeholderText() == "Please try again"
        unlock_by_typing(qtbot, curtain, SECRET)
        seen["unlocked"] = not window.lock.locked
        seen["still asking"] = box.isVisible()
        box.reject()

    box = QMessageBox(QMessageBox.Icon.Question, "BounceBack", "Delete this?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    QTimer.singleShot(0, while_open)
    box.exec()
    assert box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes)
    assert seen == {"field": True, "button": True, "field after a wrong try": True,
                    "said so": True, "unlocked": True, "still asking": True}


def test_a_window_opened_while_locked_is_covered(window, qtbot):
    window.lock.lock_if_possible()
    later = QDialog(window)
    later.resize(460, 360)
    later.show()
    qtbot.waitUntil(lambda: any(c.parentWidget() is later for c in window.lock.curtains()))
    window.lock.unlock(SECRET)
    assert window.lock.curtains() == []


def test_a_window_gone_before_it_could_be_covered_is_no_trouble(window, qtbot):
    window.lock.lock_if_possible()
    brief = QDialog(window)
    brief.show()
    shiboken6.delete(brief)  # gone before the event loop runs again
    qtbot.wait(20)  # no error from covering a window that no longer exists
    assert window.lock.locked
    assert window.lock.unlock(SECRET)


# --- idle lock ----------------------------------------------------------------------------

def test_idle_lock_locks_when_the_timer_runs_out(window):
    window.lock.set_idle_minutes(5)
    assert window.lock.idle_timer.isActive()
    assert window.lock.idle_timer.interval() == 5 * 60_000
    window.lock.idle_timer.timeout.emit()
    assert window.lock.locked
    assert len(window.lock.curtains()) == 1


def test_activity_restarts_the_idle_timer(window, qtbot):
    company = start_typing_an_application(qtbot, window, "A")
    window.lock.set_idle_minutes(10)
    window.lock.idle_timer.stop()
    qtbot.keyClick(company, Qt.Key.Key_B)
    assert window.lock.idle_timer.isActive()
    window.lock.idle_timer.stop()
    qtbot.mouseClick(window.timeline.form.role, Qt.MouseButton.LeftButton)
    assert window.lock.idle_timer.isActive()
    assert not window.lock.locked


def test_never_means_no_idle_timer(window, qtbot):
    company = start_typing_an_application(qtbot, window, "A")
    window.lock.set_idle_minutes(0)
    assert not window.lock.idle_timer.isActive()
    qtbot.keyClick(company, Qt.Key.Key_B)
    assert not window.lock.idle_timer.isActive()


def test_the_idle_timer_starts_again_after_unlocking(window):
    window.lock.set_idle_minutes(15)
    window.lock.idle_timer.timeout.emit()
    window.lock.idle_timer.stop()
    assert window.lock.unlock(SECRET)
    assert window.lock.idle_timer.isActive()


def test_the_window_starts_with_the_saved_idle_choice(qtbot, secret_ops, answers):
    saved = settings()
    saved.setValue(SETTING_IDLE, 30)
    saved.sync()
    w = make_window(qtbot, secret_ops)
    assert w.lock.idle_timer.isActive()
    assert w.lock.idle_timer.interval() == 30 * 60_000


# --- a store without a passphrase -----------------------------------------------------------

def test_without_a_passphrase_ctrl_l_explains_instead_of_locking(plain_window, qtbot):
    ctrl(qtbot, plain_window, Qt.Key.Key_L)
    assert not plain_window.lock.locked
    assert plain_window.lock.curtains() == []
    assert "first set a passphrase" in plain_window.statusBar().currentMessage()


def test_without_a_passphrase_the_idle_timer_never_locks(plain_window, qtbot):
    assert not plain_window.lock.idle_timer.isActive()
    plain_window.lock.idle_timer.timeout.emit()
    assert not plain_window.lock.locked
    assert not plain_window.lock.unlock("")


# --- closing while locked -------------------------------------------------------------------

def test_closing_while_locked_with_unsaved_edits_is_refused(window, qtbot, answers):
    company = start_typing_an_application(qtbot, window, "Half-typed")
    window.lock.lock_if_possible()
    assert not window.close()
    assert window.isVisible()
    assert window.lock.locked
    assert answers.asked == []  # a locked window asks nothing
    window.lock.unlock(SECRET)
    assert company.text() == "Half-typed"


def test_closing_while_locked_with_nothing_unsaved_closes(window):
    window.lock.lock_if_possible()
    assert window.close()

