"""The thank-you dialog (step 2 of the plan) through its real widgets, from the People list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import unquote

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from bounceback.db.enums import ContactRole, EventKind, PlanStep, Status, StepState
from bounceback.services import applications, contacts, drafts, events, letters, plans
from bounceback.services.applications import ApplicationInput
from bounceback.services.events import EventInput
from bounceback.ui.common import dialogs, letter_editor
from bounceback.ui.common.ops import Ops
from bounceback.ui.timeline import thank_you
from bounceback.ui.timeline.tab import TimelineTab
from bounceback.ui.timeline.thank_you import ThankYouDialog

ROUND_1 = dt.date(2026, 10, 30)
ROUND_2 = dt.date(2026, 11, 6)


@dataclass
class Setup:
    tab: TimelineTab
    app_id: int
    dana: int
    sam: int


@pytest.fixture
def setup(qtbot, ops, answers) -> Setup:
    app = ops.write(None, applications.create_application, ApplicationInput(
        company="Northwind Traders", role="Product designer", applied_on=dt.date(2026, 10, 1)))
    for day, who in ((ROUND_1, "Dana Reyes"), (ROUND_2, "Li Wei")):
        ops.write(None, events.add_event, app.id,
                  EventInput(EventKind.INTERVIEW, day, interviewers=who))
    ops.write(None, applications.set_status, app.id, Status.REJECTED,
              on=dt.date(2026, 11, 10))
    dana = ops.write(None, contacts.add_to_application, app.id, contacts.ContactInput(
        name="Dana Reyes", email="dana@northwind.example",
        linkedin_url="linkedin.com/in/dana"), ContactRole.INTERVIEWER)
    sam = ops.write(None, contacts.add_to_application, app.id, contacts.ContactInput(
        name="Sam Okafor"), ContactRole.RECRUITER)
    tab = TimelineTab(ops)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    tab.show_application(app.id)
    tab.related.show_people()
    return Setup(tab, app.id, dana.id, sam.id)


def select(tab: TimelineTab, contact_id: int) -> None:
    people = tab.related.people
    src = people.model.index(people.model.row_of_id(contact_id), 0)
    people.view.selectRow(people.proxy.mapFromSource(src).row())


def open_for(tab: TimelineTab, contact_id: int) -> ThankYouDialog:
    select(tab, contact_id)
    tab.related.people.thank_button.click()
    dlg = tab.related.thank_you
    assert dlg is not None and dlg.isVisible()
    return dlg


def cell(tab: TimelineTab, contact_id: int, column: int) -> str:
    people = tab.related.people
    src = people.model.index(people.model.row_of_id(contact_id), column)
    return people.proxy.mapFromSource(src).data()


def thank_yous(ops, app_id: int) -> list[tuple[int | None, dt.date]]:
    return [(e.contact_id, e.occurred_on) for e in ops.read(events.list_events, app_id)
            if e.kind == EventKind.THANK_YOU_SENT]


def test_the_button_needs_a_person_selected(setup):
    people = setup.tab.related.people
    people.view.clearSelection()
    assert not people.thank_button.isEnabled()
    select(setup.tab, setup.dana)
    assert people.thank_button.isEnabled()


def test_the_note_is_filled_from_the_application(setup):
    dlg = open_for(setup.tab, setup.dana)
    assert dlg.windowTitle() == "Thank-you note to Dana Reyes"
    letter = dlg.editor.letter()
    assert letter.subject == "Thank you, Dana"
    assert letter.body.startswith("Hi Dana,")
    # The interview Dana took part in, not the later one.
    assert "Product designer role at Northwind Traders on 30 Oct 2026" in letter.body
    # No setting holds your own name yet: the marker stays for you to fill in.
    assert "[my name]" in letter.body
    assert dlg.markers_note.isVisible()
    assert dlg.editor.recipient() == "dana@northwind.example"
    assert not dlg.thanked.isVisible()  # never thanked yet
    assert not dlg.draft_row.isVisible()


def test_for_someone_not_at_an_interview_the_latest_interview_is_used(setup):
    dlg = open_for(setup.tab, setup.sam)
    assert "on 6 Nov 2026" in dlg.editor.letter().body
    assert dlg.editor.recipient() == ""


def test_filling_in_the_marker_hides_the_reminder(setup, qtbot):
    dlg = open_for(setup.tab, setup.dana)
    body = dlg.editor.body.toPlainText().replace("[my name]", "Alex")
    dlg.editor.body.setPlainText(body)
    assert not dlg.markers_note.isVisible()


def test_talked_on_prefers_their_interview_then_screening_calls():
    def ev(kind: EventKind, day: dt.date, who: str = "") -> events.EventRow:
        return events.EventRow(1, 1, kind, day, "", None, who, None)

    history = [ev(EventKind.SCREEN, dt.date(2026, 1, 1)),
               ev(EventKind.INTERVIEW, dt.date(2026, 2, 1), "Dana Reyes, Li"),
               ev(EventKind.INTERVIEW, dt.date(2026, 3, 1), "Li")]
    assert letters.talked_on(history, "Dana Reyes") == dt.date(2026, 2, 1)
    assert letters.talked_on(history, "Sam") == dt.date(2026, 3, 1)
    assert letters.talked_on(history[:1], "Sam") == dt.date(2026, 1, 1)
    assert letters.talked_on([], "Sam") is None


def test_copy_puts_the_note_on_the_clipboard(setup, qtbot):
    dlg = open_for(setup.tab, setup.dana)
    qtbot.keyClicks(dlg.editor.body, "P.S. ")
    QApplication.clipboard().clear()
    qtbot.mouseClick(dlg.editor.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied == dlg.editor.body.toPlainText()
    assert "Hi Dana," in copied and "Northwind Traders" in copied and "P.S." in copied


def test_open_in_mail_program_hands_over_a_mailto_link(setup, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(letter_editor, "open_url", lambda url: opened.append(url) or True)
    dlg = open_for(setup.tab, setup.dana)
    dlg.editor.mail_button.click()
    assert len(opened) == 1
    url = opened[0]
    assert url.startswith("mailto:dana@northwind.example?subject=")
    assert "subject=Thank%20you%2C%20Dana" in url
    # The message goes on the clipboard, never into the link (a command line others see).
    assert "body=" not in url and "Northwind Traders" not in unquote(url)
    assert "Northwind Traders" in QApplication.clipboard().text()
    assert thank_yous(setup.tab.ops, setup.app_id) == []  # nothing is recorded by itself


def test_mark_as_sent_writes_the_timeline_and_updates_the_list(setup):
    ops = setup.tab.ops
    dlg = open_for(setup.tab, setup.dana)
    assert cell(setup.tab, setup.dana, 2) == "Not yet"
    dlg.sent_on.set_value(dt.date(2026, 11, 7))
    dlg.mark_button.click()
    assert thank_yous(ops, setup.app_id) == [(setup.dana, dt.date(2026, 11, 7))]
    assert cell(setup.tab, setup.dana, 2) == "7 Nov 2026"
    assert cell(setup.tab, setup.sam, 2) == "Not yet"
    assert dlg.thanked.isVisible() and "Thanked on 7 Nov 2026" in dlg.thanked.text()
    plan = ops.read(plans.plan_for_application, setup.app_id)
    assert plan.states[PlanStep.CONNECT] == StepState.IN_PROGRESS
    assert EventKind.THANK_YOU_SENT in [e.kind for e in setup.tab.related.history.model.rows()]
    assert dlg.isVisible()  # still there for LinkedIn and the stay-in-touch date


def test_already_thanked_is_said_and_another_note_is_allowed(setup):
    ops = setup.tab.ops
    ops.write(None, contacts.mark_thanked, setup.app_id, setup.dana, dt.date(2026, 11, 7))
    dlg = open_for(setup.tab, setup.dana)
    assert dlg.thanked.isVisible()
    assert "Thanked on 7 Nov 2026" in dlg.thanked.text()
    dlg.sent_on.set_value(dt.date(2026, 12, 1))
    dlg.mark_button.click()
    assert thank_yous(ops, setup.app_id) == [
        (setup.dana, dt.date(2026, 11, 7)), (setup.dana, dt.date(2026, 12, 1))]
    assert cell(setup.tab, setup.dana, 2) == "1 Dec 2026"


def test_follow_up_fields_are_saved_together(setup, qtbot):
    ops = setup.tab.ops
    dlg = open_for(setup.tab, setup.sam)
    assert not dlg.save_button.isEnabled()
    qtbot.keyClicks(dlg.linkedin, "linkedin.com/in/sam-okafor")
    dlg.connected.setChecked(True)
    dlg.stay_in_touch.set_value(dt.date(2027, 2, 1))
    assert dlg.save_button.isEnabled()
    dlg.save_button.click()
    sam = next(c for c in ops.read(contacts.list_for_application, setup.app_id)
               if c.id == setup.sam)
    assert (sam.linkedin_url, sam.linkedin_connected, sam.stay_in_touch_on) == (
        "https://linkedin.com/in/sam-okafor", True, dt.date(2027, 2, 1))
    assert dlg.linkedin.text() == "https://linkedin.com/in/sam-okafor"
    assert not dlg.has_unsaved_changes() and not dlg.save_button.isEnabled()
    assert cell(setup.tab, setup.sam, 3) == "Connected"
    assert cell(setup.tab, setup.sam, 4) == "1 Feb 2027"


def test_enter_in_the_linkedin_field_saves(setup, qtbot):
    dlg = open_for(setup.tab, setup.sam)
    qtbot.keyClicks(dlg.linkedin, "linkedin.com/in/sam")
    qtbot.keyClick(dlg.linkedin, Qt.Key.Key_Return)
    sam = next(c for c in setup.tab.ops.read(contacts.list_for_application, setup.app_id)
               if c.id == setup.sam)
    assert sam.linkedin_url == "https://linkedin.com/in/sam"
    assert dlg.isVisible()


def test_a_bad_profile_address_is_explained_and_nothing_saved(setup, qtbot):
    dlg = open_for(setup.tab, setup.dana)
    dlg.linkedin.clear()
    qtbot.keyClicks(dlg.linkedin, "not a link at all")
    dlg.connected.setChecked(True)
    dlg.save_button.click()
    assert dlg.error.isVisible() and "web address" in dlg.error.text()
    dana = next(c for c in setup.tab.ops.read(contacts.list_for_application, setup.app_id)
                if c.id == setup.dana)
    assert (dana.linkedin_url, dana.linkedin_connected) == ("https://linkedin.com/in/dana", False)
    assert dlg.has_unsaved_changes()


def test_closing_with_unsaved_follow_up_asks_and_cancel_stays(setup, answers):
    dlg = open_for(setup.tab, setup.dana)
    dlg.connected.setChecked(True)
    answers.unsaved = dialogs.Unsaved.CANCEL
    dlg.buttons.rejected.emit()  # the Close button
    assert answers.asked and "Dana Reyes" in answers.asked[-1]
    assert dlg.isVisible() and dlg.connected.isChecked()
    assert setup.tab.related.thank_you is dlg


def test_closing_with_unsaved_follow_up_can_save(setup, answers):
    dlg = open_for(setup.tab, setup.dana)
    dlg.stay_in_touch.set_value(dt.date(2027, 3, 1))
    answers.unsaved = dialogs.Unsaved.SAVE
    dlg.close()
    assert not dlg.isVisible()
    assert setup.tab.related.thank_you is None
    dana = next(c for c in setup.tab.ops.read(contacts.list_for_application, setup.app_id)
                if c.id == setup.dana)
    assert dana.stay_in_touch_on == dt.date(2027, 3, 1)


def test_closing_with_unsaved_follow_up_can_discard(setup, answers):
    dlg = open_for(setup.tab, setup.dana)
    dlg.connected.setChecked(True)
    answers.unsaved = dialogs.Unsaved.DISCARD
    dlg.reject()
    assert not dlg.isVisible()
    dana = next(c for c in setup.tab.ops.read(contacts.list_for_application, setup.app_id)
                if c.id == setup.dana)
    assert not dana.linkedin_connected


def test_closing_without_edits_does_not_ask(setup, answers):
    dlg = open_for(setup.tab, setup.dana)
    dlg.reject()
    assert answers.asked == []
    assert not dlg.isVisible()


def test_an_edited_note_is_kept_and_offered_back(setup, qtbot, answers):
    ops = setup.tab.ops
    dlg = open_for(setup.tab, setup.dana)
    dlg.editor.body.setPlainText("Dear Dana, thank you so much.")
    dlg.reject()
    key = thank_you.draft_key(setup.app_id, setup.dana)
    assert ops.read(drafts.get_draft, key) is not None
    again = open_for(setup.tab, setup.dana)
    assert again.editor.body.toPlainText() == "Dear Dana, thank you so much."
    assert again.editor.subject.text() == "Thank you, Dana"
    assert again.draft_row.isVisible()
    again.afresh_button.click()
    assert again.editor.body.toPlainText().startswith("Hi Dana,")
    assert ops.read(drafts.get_draft, key) is None
    assert not again.draft_row.isVisible()


def test_marking_sent_forgets_the_draft(setup):
    ops = setup.tab.ops
    dlg = open_for(setup.tab, setup.dana)
    dlg.editor.body.setPlainText("Dear Dana, thank you so much.")
    dlg.mark_button.click()
    dlg.reject()
    assert ops.read(drafts.get_draft, thank_you.draft_key(setup.app_id, setup.dana)) is None


class FakeTemplateDialog:
    """Stands in for the template editor: saves ``text`` as the person's template."""

    def __init__(self, ops: Ops, text: str) -> None:
        self.ops, self.text = ops, text

    def exec(self) -> int:
        assert self.ops.run(None, letters.save_template, "thank_you", self.text)
        return QDialog.DialogCode.Accepted

    def deleteLater(self) -> None:
        pass


def test_editing_the_template_refills_the_note(setup, monkeypatch):
    text = "Subject: Cheers\nThanks {name} at {company}!"
    monkeypatch.setattr(ThankYouDialog, "_template_dialog",
                        lambda self: FakeTemplateDialog(self.ops, text))
    dlg = open_for(setup.tab, setup.dana)
    dlg.editor.template_button.click()
    assert dlg.editor.letter() == letters.Letter("Cheers", "Thanks Dana at Northwind Traders!")
    assert not dlg.markers_note.isVisible()


def test_a_changed_template_does_not_replace_your_words_unasked(setup, monkeypatch):
    monkeypatch.setattr(ThankYouDialog, "_template_dialog",
                        lambda self: FakeTemplateDialog(self.ops, "Thanks {name}!"))
    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dlg = open_for(setup.tab, setup.dana)
    dlg.editor.body.setPlainText("My own words")
    dlg.editor.template_button.click()
    assert asked and dlg.editor.body.toPlainText() == "My own words"


def test_a_person_removed_meanwhile_opens_nothing(setup, monkeypatch):
    select(setup.tab, setup.dana)
    setup.tab.ops.write(None, contacts.delete_contact, setup.dana)
    setup.tab.related.people.thank_requested.emit(setup.dana)
    assert setup.tab.related.thank_you is None
    assert setup.tab.related.people.model.row_of_id(setup.dana) == -1
