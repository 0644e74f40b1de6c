"""Exotic text typed or pasted into the check-in journal is saved exactly as it was entered.

QTest.keyClicks only types Latin-1, so text arrives the way it does from a real keyboard
layout or an input method (a QInputMethodEvent commit) and through the clipboard.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent

from bounceback.services import checkins
from bounceback.services.validation import LONG
from bounceback.ui.checkin.tab import CheckInTab
from bounceback.ui.common.ops import Ops
from tests.exotic_text_kit import (
    COMBINING,
    CONTROL,
    EMOJI,
    RTL,
    longest,
    megabyte_of_text,
)
from tests.ui.checkin.checkin_kit import shown_tab

# Qt keeps text in paragraphs: a carriage return becomes a line break, so it is left out here
# (and checked on its own below).
JOURNAL = "\n".join((EMOJI, RTL, COMBINING, CONTROL.replace("\r", "")))


@pytest.fixture
def tab(qtbot, ops: Ops, answers) -> CheckInTab:
    page = shown_tab(qtbot, ops)
    qtbot.mouseClick(page.form.emotions.chips["disbelief"], Qt.MouseButton.LeftButton)
    return page


def commit(widget, text: str) -> None:
    """What an input method sends when the user confirms what they composed."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QGuiApplication.sendEvent(widget, event)


def paste(qtbot, widget, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def save(qtbot, tab: CheckInTab) -> None:
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)


def stored(ops: Ops) -> list[str]:
    return [r.journal for r in ops.read(checkins.list_checkins)]


def test_text_from_an_input_method_is_saved_exactly(qtbot, tab, ops):
    tab.form.journal.setFocus()
    for part in JOURNAL.split("\n"):
        if tab.form.journal.toPlainText():
            qtbot.keyClick(tab.form.journal, Qt.Key.Key_Return)
        commit(tab.form.journal, part)
    assert tab.form.journal.toPlainText() == JOURNAL
    save(qtbot, tab)
    assert stored(ops) == [JOURNAL]
    assert not tab.error.isVisible()


def test_pasted_text_is_saved_exactly_and_shown_again(qtbot, tab, ops):
    paste(qtbot, tab.form.journal, JOURNAL)
    save(qtbot, tab)
    assert stored(ops) == [JOURNAL]
    [row] = ops.read(checkins.list_checkins)
    tab.new_checkin()
    assert tab.form.journal.toPlainText() == ""
    # Picked in the list, the way a click does.
    source = tab.history.model.index(tab.history.model.row_of_id(row.id), 0)
    tab.history.view.setCurrentIndex(tab.history.proxy.mapFromSource(source))
    assert tab.form.journal.toPlainText() == JOURNAL
    assert not tab.has_unsaved_changes()  # read back, it is exactly what was saved


def test_windows_line_endings_become_one_line_break_each(qtbot, tab, ops):
    paste(qtbot, tab.form.journal, "مرحبا\r\nשלום\r\n😢")
    save(qtbot, tab)
    assert stored(ops) == ["مرحبا\nשלום\n😢"]


def test_a_megabyte_paste_is_saved_whole(qtbot, tab, ops):
    text = megabyte_of_text().replace("\r", "\n")
    paste(qtbot, tab.form.journal, text)
    save(qtbot, tab)
    assert stored(ops) == [text.strip()]


def test_a_runaway_paste_is_refused_kindly_and_kept_in_the_editor(qtbot, tab, ops):
    huge = longest(LONG + 1).replace("\r", "\n")
    paste(qtbot, tab.form.journal, huge)
    save(qtbot, tab)
    assert stored(ops) == []
    assert tab.error.isVisible()
    assert "too long" in tab.error.text()
    # Nothing the person wrote is thrown away: they can trim it and save again.
    assert tab.form.journal.toPlainText() == huge
    assert tab.form.journal.hasFocus()
    tab.form.journal.setPlainText(huge[:1000].strip())
    save(qtbot, tab)
    assert stored(ops) == [huge[:1000].strip()]
