"""The Feedback tab: choosing an application, writing, editing and deleting feedback notes,
unsaved edits, and refreshing after writes made elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor

from bounceback import paths
from bounceback.db.enums import Channel, ContactRole, FeedbackStatus
from bounceback.services import actions, applications, contacts, feedback
from bounceback.services.actions import ActionInput
from bounceback.services.feedback import FeedbackInput
from bounceback.services.letters import Letter
from bounceback.services.validation import LONG
from bounceback.ui.common import dialogs, labels
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.feedback import page as page_module
from bounceback.ui.feedback import tab as tab_module
from bounceback.ui.feedback.tab import FeedbackTab
from tests.builders import add_application, add_feedback
from tests.ui.feedback.feedback_kit import click_row, listed, make_tab


@pytest.fixture
def tab(qtbot, ops, answers) -> FeedbackTab:
    return make_tab(qtbot, ops)


# --- choosing an application ---------------------------------------------------------------
def test_without_applications_it_points_to_the_timeline(tab, ops):
    assert tab.body.currentIndex() == tab_module.NO_APPS
    page = tab.body.currentWidget()
    assert isinstance(page, EmptyNote) and "Timeline tab first" in page.text()
    assert not tab.picker.isEnabled()
    add_application(ops, "Contoso", "Researcher")
    assert tab.picker.isEnabled()
    assert tab.picker.itemText(0) == "Contoso — Researcher"
    assert tab.body.currentIndex() == tab_module.CHOOSE


def test_typing_in_the_picker_finds_an_application_by_any_part(tab, ops, qtbot):
    add_application(ops, "Contoso", "Researcher")
    northwind = add_application(ops, "Northwind", "Designer").id
    tab.picker.setFocus()
    qtbot.keyClicks(tab.picker.lineEdit(), "wind")
    completions = tab.picker.completer().completionModel()
    assert completions.rowCount() == 1
    assert completions.index(0, 0).data() == "Northwind — Designer"
    tab.picker.lineEdit().setText("Northwind — Designer")
    qtbot.keyClick(tab.picker.lineEdit(), Qt.Key.Key_Return)
    assert tab.app_id == northwind
    assert tab.body.currentIndex() == tab_module.MAIN


def test_an_application_without_feedback_shows_a_kind_empty_state(tab, ops):
    tab.show_application(add_application(ops, "Northwind", "Designer").id)
    assert tab.right.currentIndex() == page_module.EMPTY
    assert "Nothing asked yet" in tab.empty_label.text()
    assert "recruiters" in tab.empty_label.text()
    assert not tab.notes.isVisible()


# --- create, edit, delete ------------------------------------------------------------------
def test_asking_for_feedback_creates_a_note(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    tab.show_application(app_id)
    tab.empty_button.click()
    assert tab.right.currentIndex() == page_module.EDITOR
    assert tab.form.heading.text() == "New feedback request"
    # Not asked yet: "I've asked" dates it when it's sent.
    assert tab.form.asked_on.value() is None
    assert tab.form.status_row.asked_button.isVisible()
    assert not tab.form.answer.isVisible() and not tab.actions_panel.isVisible()
    assert not tab.save_button.isEnabled()
    qtbot.keyClicks(tab.form.whom, "Sam, the recruiter")
    tab.form.channel.setCurrentIndex(tab.form.channel.findData(Channel.LINKEDIN))
    tab.form.channel.activated.emit(tab.form.channel.currentIndex())
    qtbot.keyClicks(tab.form.request.subject, "A quick question")
    qtbot.keyClicks(tab.form.request.body, "Is there anything I could improve?")
    assert tab.save_button.isEnabled()
    tab.save_button.click()

    (saved,) = ops.read(feedback.list_feedback, app_id)
    assert saved.asked_whom == "Sam, the recruiter"
    assert saved.channel == Channel.LINKEDIN
    assert saved.status == FeedbackStatus.DRAFT
    assert feedback.request_letter(saved.request_text) == Letter(
        "A quick question", "Is there anything I could improve?")
    assert listed(tab) == [("Sam, the recruiter", "", "Not asked yet")]
    assert tab.note_id == saved.id
    assert tab.form.heading.text() == "Feedback request to Sam, the recruiter"
    assert not tab.has_unsaved_changes()
    assert tab.notes.delete_button.isEnabled()


def test_missing_name_is_explained_inline_and_nothing_is_saved(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    tab.show_application(app_id)
    tab.new_note()
    qtbot.keyClicks(tab.form.request.body, "What could I improve?")
    tab.save_button.click()
    assert tab.form.error.isVisible()
    assert "Who did you ask" in tab.form.error.text()
    assert ops.read(feedback.list_feedback, app_id) == []
    assert tab.has_unsaved_changes()


def test_an_error_only_the_service_finds_is_shown_inline(tab, ops, qtbot, answers):
    app_id = add_application(ops, "Northwind", "Designer").id
    tab.show_application(app_id)
    tab.new_note()
    qtbot.keyClicks(tab.form.whom, "Priya")
    tab.form.lesson.setPlainText("x" * (LONG + 1))
    tab.save_button.click()
    assert "lesson is too long" in tab.form.error.text()
    assert tab.form.error.isVisible()
    assert answers.warnings == []
    assert ops.read(feedback.list_feedback, app_id) == []


def test_editing_a_note_saves_the_answer_and_the_list_shows_when_it_came(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    note = add_feedback(ops, app_id)
    tab.show_application(app_id)
    assert tab.note_id == note.id
    assert listed(tab)[0][2] == "Asked, waiting"
    assert not tab.form.answer.isVisible()
    tab.form.status_row.answered_button.click()
    assert tab.form.answer.isVisible()
    tab.form.answered_on.set_value(dt.date(2025, 4, 14))
    qtbot.keyClicks(tab.form.answer, "More evidence of leading projects.")
    qtbot.keyClicks(tab.form.reaction, "Stung. I did lead.")
    qtbot.keyClicks(tab.form.lesson, "Lead with the redesign story.")
    tab.save_button.click()

    row = ops.read(feedback.get_feedback, note.id)
    assert row.answer_text == "More evidence of leading projects."
    assert row.answered_on == dt.date(2025, 4, 14)
    assert row.reaction == "Stung. I did lead."
    assert row.lesson == "Lead with the redesign story."
    assert listed(tab)[0][2] == "Answered " + labels.date(dt.date(2025, 4, 14))


def test_answer_before_the_request_is_refused_inline(tab, ops):
    app_id = add_application(ops, "Northwind", "Designer").id
    note = add_feedback(ops, app_id, answer_text="Thanks for asking")
    tab.show_application(app_id)
    tab.form.answered_on.set_value(dt.date(2025, 4, 1))
    tab.save_button.click()
    assert "can't come before" in tab.form.error.text()
    assert ops.read(feedback.get_feedback, note.id).answered_on is None


def test_revert_brings_back_what_was_saved(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    add_feedback(ops, app_id, request_text="What could I improve?")
    tab.show_application(app_id)
    tab.form.request.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.form.request.body, " Anything at all.")
    assert tab.revert_button.isEnabled()
    tab.revert_button.click()
    assert tab.form.request.body.toPlainText() == "What could I improve?"
    assert not tab.has_unsaved_changes()
    assert not tab.revert_button.isEnabled()


def test_delete_confirmed_keeps_the_action_items(tab, ops, answers):
    app_id = add_application(ops, "Northwind", "Designer").id
    older = add_feedback(ops, app_id, "Tom", asked_on=dt.date(2025, 4, 1))
    note = add_feedback(ops, app_id, "Priya", asked_on=dt.date(2025, 4, 10))
    ops.write(None, actions.create_action, ActionInput(
        text="Rephrase two bullets", application_id=app_id, feedback_id=note.id))
    tab.show_application(app_id)
    assert tab.note_id == note.id  # the most recent request comes first
    tab.notes.delete_button.click()

    assert "Priya" in answers.asked[-1]
    assert "action items are kept" in answers.asked[-1]
    assert [r.id for r in ops.read(feedback.list_feedback, app_id)] == [older.id]
    (kept,) = ops.read(actions.list_actions, application_id=app_id)
    assert kept.text == "Rephrase two bullets" and kept.feedback_id is None
    assert [r[0] for r in listed(tab)] == ["Tom"]
    assert tab.note_id == older.id


def test_delete_cancelled_changes_nothing(tab, ops, answers):
    app_id = add_application(ops, "Northwind", "Designer").id
    note = add_feedback(ops, app_id)
    tab.show_application(app_id)
    answers.delete = False
    tab.notes.delete_button.click()
    assert len(answers.asked) == 1
    assert "kept" not in answers.asked[0]  # no action items to mention
    assert [r.id for r in ops.read(feedback.list_feedback, app_id)] == [note.id]
    assert len(listed(tab)) == 1


def test_delete_key_on_the_list_deletes_the_last_note_and_shows_the_empty_state(
        tab, ops, qtbot, answers):
    app_id = add_application(ops, "Northwind", "Designer").id
    add_feedback(ops, app_id)
    tab.show_application(app_id)
    tab.notes.view.setFocus()
    qtbot.keyClick(tab.notes.view, Qt.Key.Key_Delete)
    assert len(answers.asked) == 1
    assert ops.read(feedback.list_feedback, app_id) == []
    assert tab.right.currentIndex() == page_module.EMPTY
    assert not tab.editing


# --- unsaved edits -------------------------------------------------------------------------
@pytest.fixture
def two_notes(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    first = add_feedback(ops, app_id, "Priya", asked_on=dt.date(2025, 4, 10), answer_text="Brief")
    second = add_feedback(ops, app_id, "Tom", asked_on=dt.date(2025, 4, 1), answer_text="Kind")
    tab.show_application(app_id)
    assert tab.note_id == first.id
    assert tab.form.lesson.isVisible()
    qtbot.keyClicks(tab.form.lesson, "Practise out loud")
    return first, second


def test_switching_notes_can_save_the_edits(tab, ops, qtbot, answers, two_notes):
    first, second = two_notes
    answers.unsaved = dialogs.Unsaved.SAVE
    click_row(qtbot, tab, 1)
    assert answers.asked == ["unsaved: this feedback note"]
    assert ops.read(feedback.get_feedback, first.id).lesson == "Practise out loud"
    assert tab.note_id == second.id
    assert tab.form.whom.text() == "Tom"


def test_switching_notes_can_discard_the_edits(tab, ops, qtbot, answers, two_notes):
    first, second = two_notes
    answers.unsaved = dialogs.Unsaved.DISCARD
    click_row(qtbot, tab, 1)
    assert ops.read(feedback.get_feedback, first.id).lesson == ""
    assert tab.note_id == second.id
    assert tab.form.lesson.toPlainText() == ""


def test_switching_notes_can_be_cancelled(tab, ops, qtbot, answers, two_notes):
    first, _second = two_notes
    answers.unsaved = dialogs.Unsaved.CANCEL
    click_row(qtbot, tab, 1)
    assert tab.note_id == first.id
    assert tab.form.lesson.toPlainText() == "Practise out loud"
    current = tab.notes.view.currentIndex()
    assert current.row() == 0 and current.data() == "Priya"
    assert ops.read(feedback.get_feedback, first.id).lesson == ""


def test_switching_application_can_be_cancelled(tab, ops, answers, two_notes):
    first, _second = two_notes
    add_application(ops, "Contoso", "Researcher")
    answers.unsaved = dialogs.Unsaved.CANCEL
    tab.picker.setCurrentIndex(tab.picker.findText("Contoso — Researcher"))
    assert answers.asked == ["unsaved: this feedback note"]
    assert tab.app_id == first.application_id
    assert tab.picker.currentText() == "Northwind — Designer"
    assert tab.form.lesson.toPlainText() == "Practise out loud"


def test_save_from_the_window_saves_the_open_note(tab, ops, two_notes):
    first, _second = two_notes
    assert tab.save()
    assert ops.read(feedback.get_feedback, first.id).lesson == "Practise out loud"
    assert tab.save()  # nothing left to save is fine too


# --- refresh after writes elsewhere --------------------------------------------------------
def test_a_note_written_elsewhere_appears(tab, ops):
    app_id = add_application(ops, "Northwind", "Designer").id
    tab.show_application(app_id)
    add_feedback(ops, app_id, "Alex", request_text="Any advice?")
    assert [r[0] for r in listed(tab)] == ["Alex"]
    assert tab.right.currentIndex() == page_module.EDITOR
    assert tab.form.request.body.toPlainText() == "Any advice?"


def test_changes_elsewhere_reload_a_clean_editor(tab, ops):
    app_id = add_application(ops, "Northwind", "Designer").id
    note = add_feedback(ops, app_id)
    tab.show_application(app_id)
    ops.write(None, feedback.update_feedback, note.id,
              FeedbackInput(asked_whom="Priya R.", answer_text="Brief, kind reply"))
    assert tab.form.answer.toPlainText() == "Brief, kind reply"
    assert listed(tab)[0][0] == "Priya R."


def test_changes_elsewhere_keep_unsaved_words(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    note = add_feedback(ops, app_id, answer_text="Brief")
    tab.show_application(app_id)
    qtbot.keyClicks(tab.form.reaction, "Defensive at first")
    add_feedback(ops, app_id, "Tom", asked_on=dt.date(2025, 3, 1))
    ops.write(None, feedback.update_feedback, note.id,
              FeedbackInput(asked_whom="Priya R.", answer_text="Brief"))
    assert tab.form.reaction.toPlainText() == "Defensive at first"
    assert tab.form.whom.text() == "Priya"
    assert len(listed(tab)) == 2


def test_a_note_deleted_elsewhere_keeps_unsaved_words_as_a_new_note(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    note = add_feedback(ops, app_id, answer_text="Brief")
    tab.show_application(app_id)
    qtbot.keyClicks(tab.form.lesson, "Worth keeping")
    ops.write(None, feedback.delete_feedback, note.id)
    assert tab.note_id is None
    assert tab.form.heading.text() == "New feedback request"
    assert tab.save()
    (again,) = ops.read(feedback.list_feedback, app_id)
    assert again.lesson == "Worth keeping" and again.asked_whom == "Priya"


def test_deleting_the_application_elsewhere_leaves_the_chooser(tab, ops):
    keep = add_application(ops, "Contoso", "Researcher").id
    gone = add_application(ops, "Northwind", "Designer").id
    add_feedback(ops, gone)
    tab.show_application(gone)
    ops.write(None, applications.delete_application, gone)
    assert tab.app_id is None
    assert tab.body.currentIndex() == tab_module.CHOOSE
    assert [tab.picker.itemData(i) for i in range(tab.picker.count())] == [keep]
    assert not tab.has_unsaved_changes()


# --- contacts ------------------------------------------------------------------------------
def test_picking_a_contact_fills_in_the_name_and_links_it(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    person = ops.write(None, contacts.create_contact, contacts.ContactInput(name="Priya Raman"))
    ops.write(None, contacts.link_contact, app_id, person.id, ContactRole.RECRUITER)
    tab.show_application(app_id)
    tab.new_note()
    combo = tab.form.contact
    assert combo.itemText(1) == "Priya Raman (Recruiter)"
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert tab.form.whom.text() == "Priya Raman"
    tab.save_button.click()
    (saved,) = ops.read(feedback.list_feedback, app_id)
    assert saved.contact_id == person.id and saved.asked_whom == "Priya Raman"


def test_contacts_added_elsewhere_appear_without_losing_edits(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    tab.show_application(app_id)
    tab.new_note()
    assert not tab.form.contact.isEnabled()
    qtbot.keyClicks(tab.form.whom, "Hiring manager")
    person = ops.write(None, contacts.create_contact, contacts.ContactInput(name="Tom"))
    ops.write(None, contacts.link_contact, app_id, person.id)
    assert tab.form.contact.isEnabled()
    assert tab.form.contact.findData(person.id) > 0
    assert tab.form.whom.text() == "Hiring manager"
    assert tab.has_unsaved_changes()


# --- other tabs and layout -----------------------------------------------------------------
def test_show_in_timeline_asks_the_window(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    tab.show_application(app_id)
    with qtbot.waitSignal(tab.open_in_tab) as signal:
        tab.timeline_button.click()
    assert signal.args == ["timeline", app_id]


def test_the_chosen_application_is_remembered(qtbot, ops, answers):
    add_application(ops, "Contoso", "Researcher")
    app_id = add_application(ops, "Northwind", "Designer").id
    settings = QSettings(str(paths.data_dir() / "t.ini"), QSettings.Format.IniFormat)
    first = make_tab(qtbot, ops)
    first.show_application(app_id)
    first.save_state(settings)
    second = make_tab(qtbot, ops)
    second.restore_state(settings)
    assert second.app_id == app_id
    assert second.picker.currentText() == "Northwind — Designer"


def test_a_contact_picked_but_not_saved_stays_picked_when_contacts_change(tab, ops):
    app_id = add_application(ops, "Northwind", "Designer").id
    first = ops.write(None, contacts.create_contact, contacts.ContactInput(name="Alex"))
    ops.write(None, contacts.link_contact, app_id, first.id)
    tab.show_application(app_id)
    tab.new_note()
    combo = tab.form.contact
    combo.setCurrentIndex(combo.findData(first.id))
    combo.activated.emit(combo.currentIndex())
    other = ops.write(None, contacts.create_contact, contacts.ContactInput(name="Aaron"))
    ops.write(None, contacts.link_contact, app_id, other.id)
    assert combo.findData(other.id) > 0
    assert combo.currentData() == first.id
    assert tab.form.whom.text() == "Alex"
