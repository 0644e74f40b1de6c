"""Action items in the Feedback tab: they appear once feedback came; add, tick off, edit,
delete, and the hints that go with them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from bounceback.db.enums import ActionSource
from bounceback.services import actions, applications, feedback
from bounceback.services.applications import ApplicationInput
from bounceback.services.feedback import FeedbackInput
from bounceback.ui.common import labels
from bounceback.ui.feedback.tab import FeedbackTab
from tests.builders import add_action


@pytest.fixture
def app_id(ops) -> int:
    data = ApplicationInput(company="Northwind", role="Designer", applied_on=dt.date(2025, 3, 1))
    return ops.write(None, applications.create_application, data).id


@pytest.fixture
def note_id(ops, app_id) -> int:
    data = FeedbackInput(asked_whom="Priya", asked_on=dt.date(2025, 4, 10),
                         answer_text="More examples of leading a team, please.")
    return ops.write(None, feedback.create_feedback, app_id, data).id


@pytest.fixture
def tab(qtbot, ops, answers, app_id, note_id) -> FeedbackTab:
    t = FeedbackTab(ops)
    qtbot.addWidget(t)
    t.resize(1100, 700)
    t.show()
    t.show_application(app_id)
    assert t.note_id == note_id
    assert t.actions_panel.isVisible()
    return t


def shown(tab: FeedbackTab) -> list[tuple[str, str, bool]]:
    m = tab.actions_panel.proxy
    return [
        (m.index(r, 0).data(), m.index(r, 1).data(),
         m.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked)
        for r in range(m.rowCount())
    ]


def test_action_items_appear_once_they_answered_with_a_nudge(qtbot, ops, answers, app_id):
    t = FeedbackTab(ops)
    qtbot.addWidget(t)
    t.show()
    t.show_application(app_id)
    t.new_note()
    panel = t.actions_panel
    assert not panel.isVisible()  # nothing to act on before there is an answer
    qtbot.keyClicks(t.form.whom, "Priya")
    t.form.status_row.answered_button.click()
    assert panel.isVisible() and panel.text.isEnabled()
    assert panel.hint.text() == (
        "What will you do with this? e.g. emphasise leadership in answers; rephrase resume "
        "bullets.")
    qtbot.keyClicks(panel.text, "Practise the salary question")
    assert panel.add_button.isEnabled()
    panel.add_button.click()
    assert "1 of 1 still to do" in panel.hint.text()
    (row,) = ops.read(actions.list_actions, feedback_id=t.note_id)
    assert row.text == "Practise the salary question"


def test_unsaved_words_of_a_note_deleted_elsewhere_must_be_saved_first(tab, ops, qtbot,
                                                                        note_id):
    qtbot.keyClicks(tab.form.lesson, "Lead with the redesign story")
    ops.write(None, feedback.delete_feedback, note_id)
    panel = tab.actions_panel
    assert panel.isVisible()
    assert not panel.text.isEnabled() and not panel.add_button.isEnabled()
    assert "Save this note first" in panel.hint.text()
    assert tab.save()
    assert panel.text.isEnabled()
    assert "Save this note first" not in panel.hint.text()


def test_adding_an_action_item_with_a_due_date(tab, ops, qtbot, app_id, note_id):
    panel = tab.actions_panel
    qtbot.keyClicks(panel.text, "Rewrite two resume bullets")
    panel.due.set_value(dt.date(2025, 4, 20))
    panel.add_button.click()

    (row,) = ops.read(actions.list_actions, feedback_id=note_id)
    assert row.text == "Rewrite two resume bullets"
    assert row.due_on == dt.date(2025, 4, 20)
    assert row.source == ActionSource.FEEDBACK and row.application_id == app_id
    assert shown(tab) == [("Rewrite two resume bullets", labels.date(dt.date(2025, 4, 20)), False)]
    assert panel.text.text() == "" and panel.due.value() is None
    assert "1 of 1 still to do" in panel.hint.text()


def test_enter_in_the_text_adds_the_item(tab, ops, qtbot, note_id):
    panel = tab.actions_panel
    qtbot.keyClicks(panel.text, "Ask a friend to proofread")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert [r.text for r in ops.read(actions.list_actions, feedback_id=note_id)] == [
        "Ask a friend to proofread"]
    assert not tab.has_unsaved_changes()  # the note itself was not touched


def test_an_empty_item_cannot_be_added(tab, ops, qtbot, note_id):
    panel = tab.actions_panel
    qtbot.keyClicks(panel.text, "   ")
    assert not panel.add_button.isEnabled()
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert ops.read(actions.list_actions, feedback_id=note_id) == []


def test_ticking_an_item_off_with_the_space_key(tab, ops, qtbot, app_id, note_id):
    item = add_action(ops, "Practise out loud", application_id=app_id, feedback_id=note_id,
                      source=ActionSource.FEEDBACK)
    view = tab.actions_panel.view
    view.setFocus()
    view.setCurrentIndex(tab.actions_panel.proxy.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert ops.read(actions.list_actions, feedback_id=note_id)[0].done
    assert shown(tab)[0][2] is True
    font = tab.actions_panel.proxy.index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    assert "All of these are done" in tab.actions_panel.hint.text()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    row = ops.read(actions.list_actions, feedback_id=note_id)[0]
    assert row.id == item.id and not row.done and row.done_at is None


def test_a_failed_tick_puts_the_box_back(tab, ops, answers, app_id, note_id, store):
    add_action(ops, "Practise out loud", application_id=app_id, feedback_id=note_id,
               source=ActionSource.FEEDBACK)
    # Gone behind the tab's back (no change signal), so the tick cannot be stored.
    with store.session() as s, s.begin():
        actions.delete_action(s, ops.read(actions.list_actions, feedback_id=note_id)[0].id)
    proxy = tab.actions_panel.proxy
    proxy.setData(proxy.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert answers.warnings and "no longer exists" in answers.warnings[0]
    assert shown(tab) == []


def test_editing_an_item_in_its_dialog(tab, ops, qtbot, app_id, note_id):
    item = add_action(ops, "Practise", application_id=app_id, feedback_id=note_id,
                      source=ActionSource.FEEDBACK)
    panel = tab.actions_panel
    panel.view.setCurrentIndex(panel.proxy.index(0, 1))
    panel.edit_button.click()
    dlg = panel.dialog
    assert dlg is not None and dlg.isVisible()
    dlg.text.clear()
    qtbot.keyClicks(dlg.text, "Practise the leadership answer")
    dlg.due.set_value(dt.date(2025, 5, 2))
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    row = ops.read(actions.list_actions, feedback_id=note_id)[0]
    assert (row.id, row.text, row.due_on) == (
        item.id, "Practise the leadership answer", dt.date(2025, 5, 2))
    assert shown(tab)[0][:2] == ("Practise the leadership answer", labels.date(dt.date(2025, 5, 2)))
    assert panel.dialog is None


def test_an_item_needs_words_in_the_edit_dialog(tab, ops, qtbot, app_id, note_id):
    add_action(ops, "Practise", application_id=app_id, feedback_id=note_id,
               source=ActionSource.FEEDBACK)
    panel = tab.actions_panel
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    panel.edit_selected()
    dlg = panel.dialog
    dlg.text.clear()
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.isVisible()
    assert "few words" in dlg.error.text()
    assert ops.read(actions.list_actions, feedback_id=note_id)[0].text == "Practise"
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert panel.dialog is None


def test_deleting_an_item_when_confirmed(tab, ops, qtbot, answers, app_id, note_id):
    add_action(ops, "First", application_id=app_id, feedback_id=note_id,
               source=ActionSource.FEEDBACK)
    add_action(ops, "Second", application_id=app_id, feedback_id=note_id,
               source=ActionSource.FEEDBACK)
    panel = tab.actions_panel
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert "First" in answers.asked[-1]
    assert [r.text for r in ops.read(actions.list_actions, feedback_id=note_id)] == ["Second"]
    assert [s[0] for s in shown(tab)] == ["Second"]
    assert panel.current_row() is not None and panel.current_row().text == "Second"


def test_deleting_an_item_can_be_cancelled(tab, ops, answers, app_id, note_id):
    add_action(ops, "Keep me", application_id=app_id, feedback_id=note_id,
               source=ActionSource.FEEDBACK)
    panel = tab.actions_panel
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    answers.delete = False
    panel.delete_button.click()
    assert len(answers.asked) == 1
    assert [s[0] for s in shown(tab)] == ["Keep me"]
    assert len(ops.read(actions.list_actions, feedback_id=note_id)) == 1


def test_items_written_elsewhere_appear_only_under_their_note(tab, ops, app_id, note_id):
    other = ops.write(None, feedback.create_feedback, app_id,
                      FeedbackInput(asked_whom="Tom", asked_on=dt.date(2025, 3, 1))).id
    add_action(ops, "For Tom's note", application_id=app_id, feedback_id=other,
               source=ActionSource.FEEDBACK)
    add_action(ops, "For Priya's note", application_id=app_id, feedback_id=note_id,
               source=ActionSource.FEEDBACK)
    assert tab.note_id == note_id
    assert [s[0] for s in shown(tab)] == ["For Priya's note"]


def test_typing_an_item_survives_a_refresh(tab, ops, qtbot, app_id, note_id):
    panel = tab.actions_panel
    qtbot.keyClicks(panel.text, "Half a thought")
    add_action(ops, "From elsewhere", application_id=app_id, feedback_id=note_id,
               source=ActionSource.FEEDBACK)
    assert panel.text.text() == "Half a thought"
    assert [s[0] for s in shown(tab)] == ["From elsewhere"]
