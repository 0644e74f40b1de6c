"""Ctrl+K in the real window: a result opens its record in the tab that shows it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from bounceback.services import applications, checkins, feedback
from tests.ui.window_kit import make_window


def _type_and_open(qtbot, window, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window._search
    assert dialog is not None and dialog.isVisible()
    dialog.edit.setText(text)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=3000)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_a_journal_found_by_search_opens_in_the_check_in_tab(qtbot, ops, answers):
    app = ops.write(None, applications.create_application,
                    applications.ApplicationInput("Acme", "Engineer"))
    row = ops.write(None, checkins.create_checkin, checkins.CheckInInput(
        felt_at=dt.datetime(2026, 11, 2, 20, 0), emotions=(("sadness", 6),),
        journal="I practised my answers with Sam", application_id=app.id))
    window = make_window(qtbot, ops)
    _type_and_open(qtbot, window, "practis")
    assert window.tabs.currentWidget() is window.checkin
    assert window.checkin.form.journal.toPlainText() == "I practised my answers with Sam"
    assert window.checkin.history.current_id() == row.id


def test_feedback_found_by_search_opens_that_note(qtbot, ops, answers):
    app = ops.write(None, applications.create_application,
                    applications.ApplicationInput("Globex", "Analyst"))
    ops.write(None, feedback.create_feedback, app.id, feedback.FeedbackInput(
        asked_whom="Dana", answer_text="More stakeholder management examples"))
    window = make_window(qtbot, ops)
    _type_and_open(qtbot, window, "stakehold")
    assert window.tabs.currentWidget() is window.feedback
    assert window.feedback.app_id == app.id
    assert "stakeholder" in window.feedback.form.answer.toPlainText()
