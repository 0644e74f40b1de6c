"""Writing the feedback request in the Feedback tab: drafting from the template, the gentle tone
check, the nudge towards the recruiter, and landing on the request from the plan."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from bounceback.db.enums import ContactRole, EventKind, FeedbackStatus, Source
from bounceback.services import applications, events, feedback, letters
from bounceback.services.applications import ApplicationInput
from bounceback.services.events import EventInput
from bounceback.ui.common import dialogs, labels
from bounceback.ui.common.template_dialog import TemplateDialog
from bounceback.ui.feedback import request as request_module
from bounceback.ui.feedback.tab import FeedbackTab
from tests.builders import add_application, add_contact, add_feedback
from tests.ui.feedback.feedback_kit import click_row, make_tab

INTERVIEW = dt.date(2025, 4, 2)


class Replies:
    """Scripted answers to "replace what you wrote?", and how often it was asked."""

    def __init__(self) -> None:
        self.answers: list[bool] = []
        self.calls = 0

    def append(self, answer: bool) -> None:
        self.answers.append(answer)

    def __call__(self, parent) -> bool:
        self.calls += 1
        return self.answers.pop(0) if self.answers else False


@pytest.fixture
def asked(monkeypatch) -> Replies:
    replies = Replies()
    monkeypatch.setattr(request_module, "ask_replace", replies)
    return replies


@pytest.fixture
def app_id(ops) -> int:
    app_id = add_application(ops, "Northwind Traders", "Senior designer").id
    ops.write(None, events.add_event, app_id,
              EventInput(EventKind.INTERVIEW, INTERVIEW, "Panel", 1, "Dana Reyes"))
    return app_id


@pytest.fixture
def tab(qtbot, ops, answers, app_id) -> FeedbackTab:
    t = make_tab(qtbot, ops)
    t.show_application(app_id)
    t.new_note()
    return t


def pick(tab: FeedbackTab, contact_id: int) -> None:
    combo = tab.form.contact
    combo.setCurrentIndex(combo.findData(contact_id))
    combo.activated.emit(combo.currentIndex())


# --- drafting from the template ------------------------------------------------------------
def test_draft_from_template_fills_company_role_name_and_interview(tab, ops, app_id, asked):
    dana = add_contact(ops, app_id, "Dana Reyes", email="dana@example.org").id
    pick(tab, dana)
    tab.form.draft_button.click()

    letter = tab.form.request.letter()
    assert letter.subject == "A quick question about the Senior designer role"
    assert letter.body.startswith("Hi Dana,\n")
    assert "the Senior designer role at Northwind Traders" in letter.body
    assert labels.date(INTERVIEW) in letter.body
    assert "[my name]" in letter.body  # left visible to fill in
    assert tab.form.request.recipient() == "dana@example.org"
    assert asked.calls == 0  # nothing of the person's own to replace
    assert tab.has_unsaved_changes()
    tab.save_button.click()
    (saved,) = ops.read(feedback.list_feedback, app_id)
    assert feedback.request_letter(saved.request_text) == letter
    assert not tab.has_unsaved_changes()


def test_a_role_instead_of_a_name_leaves_the_name_to_fill_in(tab, qtbot):
    qtbot.keyClicks(tab.form.whom, "the hiring manager")
    tab.form.draft_button.click()
    assert tab.form.request.body.toPlainText().startswith("Hi [name],")


def test_typed_words_are_replaced_only_after_asking(tab, qtbot, asked):
    qtbot.keyClicks(tab.form.request.body, "My own careful words")
    asked.append(False)
    tab.form.draft_button.click()
    assert asked.calls == 1
    assert tab.form.request.body.toPlainText() == "My own careful words"
    asked.append(True)
    tab.form.draft_button.click()
    assert asked.calls == 2
    assert "Northwind Traders" in tab.form.request.body.toPlainText()
    # Drafting again over the untouched draft needs no question.
    tab.form.draft_button.click()
    assert asked.calls == 2


def test_an_untouched_draft_follows_the_person_it_is_for(tab, ops, app_id, qtbot):
    dana = add_contact(ops, app_id, "Dana Reyes").id
    li = add_contact(ops, app_id, "Li Wei").id
    pick(tab, dana)
    tab.form.draft_button.click()
    pick(tab, li)
    assert tab.form.request.body.toPlainText().startswith("Hi Li,")
    # Once the person changes the draft, it is theirs: picking someone else leaves it be.
    qtbot.keyClicks(tab.form.request.body, "Dear ")
    pick(tab, dana)
    assert tab.form.request.body.toPlainText().startswith("Dear Hi Li,")


def test_edit_template_opens_the_dialog_and_redrafts_an_untouched_request(
        tab, monkeypatch):
    opened: list[str] = []

    def exec_(dlg: TemplateDialog) -> int:
        opened.append(dlg.name)
        dlg.edit.setPlainText("Subject: Hello from {company}\nHi {name}, what could I improve?")
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(TemplateDialog, "exec", exec_)
    tab.form.draft_button.click()
    tab.form.request.template_button.click()
    assert opened == ["feedback_request"]
    assert tab.ops.read(letters.is_customised, "feedback_request")
    letter = tab.form.request.letter()
    assert letter.subject == "Hello from Northwind Traders"
    assert letter.body == "Hi [name], what could I improve?"


def test_a_cancelled_template_dialog_changes_nothing(tab, monkeypatch, qtbot):
    monkeypatch.setattr(TemplateDialog, "exec", lambda dlg: QDialog.DialogCode.Rejected)
    qtbot.keyClicks(tab.form.request.body, "Mine")
    tab.form.request.template_button.click()
    assert tab.form.request.body.toPlainText() == "Mine"


# --- the tone check ------------------------------------------------------------------------
def test_the_framing_check_suggests_a_gentler_question(tab, qtbot):
    editor = tab.form.request
    assert editor.framing_panel.isVisible()
    qtbot.keyClicks(editor.body, "Why didn't you hire me?")
    qtbot.waitUntil(lambda: len(editor.finding_labels) == 1)
    assert "Why didn't you hire me" in editor.finding_labels[0].accessibleName()
    assert "What could I improve for roles like this?" in editor.finding_labels[0].text()
    editor.body.selectAll()
    qtbot.keyClicks(editor.body, "Is there anything I could improve for roles like this?")
    qtbot.waitUntil(lambda: not editor.finding_labels)
    assert editor.findings() == []
    assert editor.framing_note.text() == "Reads kindly."


def test_the_template_itself_reads_kindly_once_its_blanks_are_filled(tab, qtbot):
    # Nobody is picked and no signature name is set, so the draft says "Hi [name]" and is
    # signed "[my name]": kind words, but not a finished letter.
    editor = tab.form.request
    tab.form.draft_button.click()
    assert {(f.kind, f.text) for f in editor.findings()} == {
        ("placeholder", "[name]"), ("placeholder", "[my name]")}
    assert editor.framing_heading.text() == "Before you send it"
    assert editor.framing_note.text() != "Reads kindly."
    body = editor.body.toPlainText()
    editor.body.setPlainText(body.replace("[name]", "Dana").replace("[my name]", "Sam"))
    qtbot.waitUntil(lambda: not editor.finding_labels)
    assert editor.framing_note.text() == "Reads kindly."


# --- the recruiter -------------------------------------------------------------------------
def test_the_recruiter_is_suggested_and_picked(tab, ops, app_id):
    sam = add_contact(ops, app_id, "Sam Lee", ContactRole.RECRUITER, email="sam@example.org").id
    dana = add_contact(ops, app_id, "Dana Reyes").id
    hint = tab.form.suggestion
    assert hint.isVisible()
    assert hint.text.text() == ("A recruiter was involved — they often can say more than the "
                                "hiring team. Ask Sam Lee first?")
    pick(tab, dana)
    assert hint.isVisible()
    hint.button.click()
    assert tab.form.contact.currentData() == sam
    assert tab.form.whom.text() == "Sam Lee"
    assert tab.form.request.recipient() == "sam@example.org"
    assert not hint.isVisible()
    tab.save_button.click()
    (saved,) = ops.read(feedback.list_feedback, app_id)
    assert (saved.contact_id, saved.asked_whom) == (sam, "Sam Lee")


def test_through_a_recruiter_without_a_contact_the_role_is_offered(qtbot, ops, answers):
    app_id = ops.write(None, applications.create_application, ApplicationInput(
        company="Contoso", role="UX lead", source=Source.RECRUITER)).id
    tab = make_tab(qtbot, ops)
    tab.show_application(app_id)
    tab.new_note()
    hint = tab.form.suggestion
    assert hint.isVisible() and hint.text.text().endswith("Ask them first?")
    hint.button.click()
    assert tab.form.whom.text() == "the recruiter"
    assert not hint.isVisible()


def test_no_suggestion_without_a_recruiter_or_once_asked(tab, ops, app_id, qtbot):
    assert not tab.form.suggestion.isVisible()
    note = add_feedback(ops, app_id, "Dana", asked_on=dt.date(2025, 4, 10))
    add_contact(ops, app_id, "Sam Lee", ContactRole.RECRUITER)  # added elsewhere
    assert tab.form.suggestion.isVisible()  # the new note in the editor hears of it
    click_row(qtbot, tab, 0)
    assert tab.note_id == note.id
    assert not tab.form.suggestion.isVisible()  # Dana was already asked


# --- landing here from the plan ------------------------------------------------------------
def test_show_section_starts_a_request_ready_to_write(qtbot, ops, answers, app_id):
    tab = make_tab(qtbot, ops)
    tab.show_application(app_id)
    tab.show_section("request")
    assert tab.editing and tab.note_id is None
    assert tab.focusWidget() is tab.form.request.body


def test_show_section_opens_the_latest_request_still_waiting(qtbot, ops, answers, app_id):
    waiting = add_feedback(ops, app_id, "Dana", asked_on=dt.date(2025, 4, 1))
    add_feedback(ops, app_id, "Li", asked_on=dt.date(2025, 4, 12), answer_text="Kind words")
    tab = make_tab(qtbot, ops)
    tab.show_application(app_id)
    assert tab.form.whom.text() == "Li"  # the latest request comes first
    tab.show_section("request")
    assert tab.note_id == waiting.id
    assert tab.focusWidget() is tab.form.request.body
    tab.show_section("something else")  # unknown parts are ignored
    assert tab.note_id == waiting.id


def test_show_section_keeps_unsaved_words_when_asked_to(qtbot, ops, answers, app_id):
    add_feedback(ops, app_id, "Li", asked_on=dt.date(2025, 4, 12), answer_text="Kind words")
    waiting = add_feedback(ops, app_id, "Dana", asked_on=None)
    tab = make_tab(qtbot, ops)
    tab.show_application(app_id)
    qtbot.keyClicks(tab.form.lesson, "Half a thought")
    answers.unsaved = dialogs.Unsaved.CANCEL
    tab.show_section("request")
    assert tab.note_id != waiting.id
    assert tab.form.lesson.toPlainText() == "Half a thought"


def test_the_draft_of_a_new_note_counts_as_unsaved(tab, ops, app_id, answers, qtbot):
    qtbot.keyClicks(tab.form.whom, "Dana")
    tab.form.draft_button.click()
    answers.unsaved = dialogs.Unsaved.SAVE
    other = add_application(ops, "Contoso", "UX lead").id
    tab.show_application(other)
    assert answers.asked == ["unsaved: this feedback note"]
    (saved,) = ops.read(feedback.list_feedback, app_id)
    assert saved.status == FeedbackStatus.DRAFT
    assert "Northwind Traders" in saved.request_text
    assert tab.app_id == other


def test_whom_is_worded_for_a_request_not_yet_sent(tab, ops, app_id, qtbot):
    assert tab.form.whom_label.text() == "&Whom to ask"
    assert tab.form.draft_row.isVisible()
    note = add_feedback(ops, app_id, "Dana")
    click_row(qtbot, tab, 0)
    assert tab.note_id == note.id
    assert tab.form.whom_label.text() == "&Whom you asked"
    assert not tab.form.draft_row.isVisible()  # sent: the request is now a record
