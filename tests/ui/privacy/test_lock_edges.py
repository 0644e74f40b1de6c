"""Locked means locked at the edges too: the clipboard, window titles, the accessibility tree
and Ctrl+L from inside a dialog (issue 16)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.store import Store
from bounceback.services.letters import Letter
from bounceback.ui.common.letter_editor import LetterEditor
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow
from bounceback.ui.privacy.clipboard import PRIVATE_HINTS
from tests.builders import add_application
from tests.ui.privacy.privacy_kit import SECRET, open_secret_store
from tests.ui.window_kit import make_window

MARKER = "Zyxquorp"
LOCKED = "BounceBack (locked)"


@pytest.fixture
def secret_store(data_dir) -> Iterator[Store]:
    s = open_secret_store()
    add_application(s, MARKER, "Designer")
    yield s
    s.close()


@pytest.fixture
def window(qtbot, secret_store, answers) -> MainWindow:
    return make_window(qtbot, Ops(secret_store))


def letter_dialog(qtbot, window: MainWindow, title: str = "") -> tuple[QDialog, LetterEditor]:
    dialog = QDialog(window)
    dialog.setWindowTitle(title or f"Thank-you note to {MARKER}")
    editor = LetterEditor(dialog)
    QVBoxLayout(dialog).addWidget(editor)
    editor.set_letter(Letter("Thank you", f"Dear {MARKER}, thank you."))
    dialog.resize(560, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, editor


def ctrl_l(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


# --- the clipboard -------------------------------------------------------------------------

def copy_the_letter(qtbot, window: MainWindow) -> LetterEditor:
    _dialog, editor = letter_dialog(qtbot, window)
    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == f"Dear {MARKER}, thank you."
    return editor


def test_a_copied_letter_is_marked_private_and_says_it_will_be_cleared(window, qtbot):
    editor = copy_the_letter(qtbot, window)
    data = QApplication.clipboard().mimeData()
    for kind, value in PRIVATE_HINTS.items():
        assert data.hasFormat(kind), kind
        assert bytes(data.data(kind).data()) == value
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert bytes(data.data("CanIncludeInClipboardHistory").data()) == b"\0\0\0\0"
    assert "locks or closes" in editor.status.text()


def test_lock_clears_the_copied_letter(window, qtbot):
    copy_the_letter(qtbot, window)
    ctrl_l(qtbot, window)
    assert window.lock.locked
    assert QApplication.clipboard().text() == ""


def test_auto_lock_clears_the_copied_letter(window, qtbot):
    copy_the_letter(qtbot, window)
    window.lock.set_idle_minutes(5)
    window.lock.idle_timer.timeout.emit()
    assert window.lock.locked
    assert QApplication.clipboard().text() == ""


def test_quitting_clears_the_copied_letter(window, qtbot):
    copy_the_letter(qtbot, window)
    QApplication.instance().aboutToQuit.emit()
    assert QApplication.clipboard().text() == ""


def test_what_the_person_copied_since_is_left_alone(window, qtbot):
    copy_the_letter(qtbot, window)
    QApplication.clipboard().setText("my own shopping list")
    window.lock.lock_if_possible()
    assert QApplication.clipboard().text() == "my own shopping list"


# --- window titles -------------------------------------------------------------------------

def shown_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_every_window_title_is_neutral_while_locked_and_comes_back(window, qtbot):
    dialog, _editor = letter_dialog(qtbot, window)
    before = {w: w.windowTitle() for w in shown_windows()}
    assert dialog in before and window in before
    window.lock.lock_if_possible()
    titles = {w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()}
    assert titles == {LOCKED}
    # A window that renames itself while locked stays neutral, and gets its new name after.
    dialog.setWindowTitle(f"Thank-you note to {MARKER} (edited)")
    assert dialog.windowTitle() == LOCKED
    assert window.lock.unlock(SECRET)
    assert window.windowTitle() == before[window]
    assert dialog.windowTitle() == f"Thank-you note to {MARKER} (edited)"


def test_a_window_opened_while_locked_gets_the_neutral_title(window, qtbot):
    window.lock.lock_if_possible()
    _dialog, _editor = letter_dialog(qtbot, window, title=f"Note to {MARKER}")
    qtbot.waitUntil(lambda: _dialog.windowTitle() == LOCKED)
    assert window.lock.unlock(SECRET)
    assert _dialog.windowTitle() == f"Note to {MARKER}"


# --- the accessibility tree ------------------------------------------------------------------

def reachable_texts(root: QAccessibleInterface | None) -> list[str]:
    """Every name, value, description and text the tree under ``root`` gives away, hidden
    parts included: a screen reader or another program can ask for them all."""
    found: list[str] = []
    stack = [root]
    seen = 0
    while stack and seen < 20_000:
        iface = stack.pop()
        if iface is None or not iface.isValid():
            continue
        seen += 1
        for kind in (QAccessible.Text.Name, QAccessible.Text.Value,
                     QAccessible.Text.Description, QAccessible.Text.Help):
            found.append(iface.text(kind))
        text = iface.textInterface()
        if text is not None:
            found.append(text.text(0, text.characterCount()))
        stack.extend(iface.child(i) for i in range(iface.childCount()))
    return found


def leaks() -> list[str]:
    roots = [QAccessible.queryAccessibleInterface(QApplication.instance())]
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "lockVault":
            # What locking set aside: never shown, so no native window, out of every
            # program's reach (the application's tree lists native windows only).
            assert w.windowHandle() is None and not w.isVisible()
            continue
        roots.append(QAccessible.queryAccessibleInterface(w))
    return [t for root in roots for t in reachable_texts(root) if MARKER.lower() in t.lower()]


def open_search(qtbot, window: MainWindow) -> QWidget:
    window.search()
    search = window._search
    qtbot.waitExposed(search)
    search.edit.setText(MARKER)
    search.search_now()
    assert search.model.rowCount() > 0
    return search


def test_nothing_private_is_reachable_by_accessibility_while_locked(window, qtbot):
    window.tabs.setCurrentWidget(window.timeline)
    qtbot.waitUntil(lambda: bool(leaks()))  # the timeline shows the application
    search = open_search(qtbot, window)
    dialog, editor = letter_dialog(qtbot, window)
    field = QLineEdit(f"{MARKER} in a field", dialog)
    dialog.layout().addWidget(field)
    field.show()
    window.lock.lock_if_possible()
    assert leaks() == []
    assert window.lock.unlock(SECRET)
    # Everything is back where it was, and shown.
    assert search.isVisible() and search.edit.isVisible() and search.edit.text() == MARKER
    assert search.list.isVisible() and search.model.rowCount() > 0
    assert editor.isVisible() and editor.parentWidget() is dialog
    assert field.isVisible() and MARKER in editor.body.toPlainText()
    assert window.centralWidget() is window.frame and window.frame.widget() is window.tabs
    assert window.tabs.isVisible()
    assert leaks() != []


def test_an_open_question_says_nothing_while_locked(window, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Delete?",
                      f"Delete the application to {MARKER}?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.setInformativeText(f"{MARKER} and its timeline go with it.")
    box.setDetailedText(f"Events at {MARKER}: 3")
    box.show()
    qtbot.waitExposed(box)
    window.lock.lock_if_possible()
    assert leaks() == []
    assert box.windowTitle() == LOCKED
    # The unlock form on it still speaks.
    curtain = next(c for c in window.lock.curtains() if c.parentWidget() is box)
    assert any(label.text() for label in curtain.findChildren(QLabel))
    assert window.lock.unlock(SECRET)
    assert box.text() == f"Delete the application to {MARKER}?"
    assert box.informativeText() == f"{MARKER} and its timeline go with it."
    assert box.detailedText() == f"Events at {MARKER}: 3"
    assert box.windowTitle() == "Delete?"
    box.reject()


def test_a_closed_search_dialog_is_out_of_reach_too(window, qtbot):
    search = open_search(qtbot, window)
    search.close()  # kept for next time, with what it last showed
    window.lock.lock_if_possible()
    assert leaks() == []
    assert window.lock.unlock(SECRET)
    window.search()
    assert search.isVisible() and search.edit.text() == MARKER


# --- Ctrl+L from a dialog --------------------------------------------------------------------

def test_ctrl_l_locks_from_a_dialog(window, qtbot):
    dialog, editor = letter_dialog(qtbot, window)
    editor.body.setFocus()
    ctrl_l(qtbot, editor.body)
    assert window.lock.locked
    assert any(c.parentWidget() is dialog for c in window.lock.curtains())
    assert MARKER in editor.body.toPlainText()  # nothing typed into the letter


def test_ctrl_l_locks_from_the_modal_settings_dialog(window, qtbot):
    seen: dict[str, object] = {}

    def while_open() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = type(dialog).__name__
        ctrl_l(qtbot, dialog)
        seen["locked"] = window.lock.locked
        seen["covered"] = any(c.parentWidget() is dialog for c in window.lock.curtains())
        window.lock.unlock(SECRET)
        dialog.reject()

    QTimer.singleShot(0, while_open)
    window.open_settings()
    assert seen == {"dialog": "SettingsDialog", "locked": True, "covered": True}


def test_an_open_document_says_nothing_while_locked_and_comes_back(window, qtbot):
    from bounceback.services import applications, documents

    with window.ops.store.session() as s, s.begin():
        [app] = applications.list_applications(s)
        doc = documents.attach(s, app.id, f"{MARKER} CV.txt", f"{MARKER} resume".encode())
    window.tabs.setCurrentWidget(window.timeline)
    viewer = window.timeline.related.document_actions.view(doc.id)
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert leaks() != []
    window.lock.lock_if_possible()
    assert leaks() == []
    assert viewer.windowTitle() == LOCKED
    assert window.lock.unlock(SECRET)
    assert viewer.isVisible() and viewer.windowTitle() == f"{MARKER} CV.txt — BounceBack"
