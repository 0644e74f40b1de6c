"""The plan closes its own loop (issue 15), through the real widgets with real input events.

When what a step asks for is there, the step says so where the person is and one click,
undoable, finishes it; "Thank people…" lands with the first person not yet thanked selected;
names typed for an interview become people (once); a new event starts as the next step of the
story; done steps stay readable. Run in English and Spanish where a flow goes through words
(names are checked, not wording: new strings are translated centrally).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from bounceback.db.enums import EventKind, PlanStep, Status, StepState
from bounceback.services import (
    actions,
    applications,
    checkins,
    contacts,
    events,
    feedback,
    plans,
)
from bounceback.services.applications import ApplicationInput
from bounceback.services.events import EventInput
from bounceback.ui import language
from bounceback.ui.feedback.tab import FeedbackTab
from bounceback.ui.plan.tab import PlanTab
from bounceback.ui.timeline.event_dialog import EventDialog
from bounceback.ui.timeline.tab import TimelineTab
from tests.builders import add_application, add_contact, add_event
from tests.ui.screen_kit import background, contrast, dark_palette

NO_DAY = dt.date(2026, 5, 10)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(params=["en", "es"])
def lang(request) -> Iterator[str]:
    if request.param != language.SOURCE:
        assert language.apply(request.param)
    yield request.param
    language.apply(language.SOURCE)


def rejected_app(ops, company: str = "Northwind", *, interviewers: str = "") -> int:
    app_id = add_application(ops, company, "Designer", applied_on=dt.date(2026, 4, 1)).id
    if interviewers:
        add_event(ops, app_id, EventKind.INTERVIEW, dt.date(2026, 4, 20),
                  interviewers=interviewers)
    ops.write(None, applications.set_status, app_id, Status.REJECTED, on=NO_DAY)
    return app_id


def state(ops, app_id: int, step: PlanStep) -> StepState:
    return ops.read(plans.plan_for_application, app_id).states[step]


def plan_notes(ops, app_id: int) -> list[str]:
    return [e.details for e in ops.read(events.list_events, app_id)
            if e.kind == EventKind.PLAN_STEP]


@pytest.fixture
def timeline(qtbot, ops, answers) -> TimelineTab:
    t = TimelineTab(ops)
    qtbot.addWidget(t)
    t.resize(1200, 800)
    t.show()
    return t


def selected_name(tab: TimelineTab) -> str | None:
    row = tab.related.people.selected()
    return row.name if row is not None else None


# --- 2 · "Thank people…" lands ready --------------------------------------------------------

def test_thank_people_lands_on_the_first_person_not_yet_thanked(timeline, ops, qtbot):
    app_id = rejected_app(ops)
    ana = add_contact(ops, app_id, "Ana Ruiz").id
    add_contact(ops, app_id, "Bo Chen")
    ops.write(None, contacts.mark_thanked, app_id, ana, NO_DAY)
    # What the plan's "Thank people…" does: the application, then its people.
    timeline.show_application(app_id)
    timeline.show_section("people")
    people = timeline.related.people
    assert timeline.related.currentWidget() is people
    assert selected_name(timeline) == "Bo Chen"  # Ana is thanked already
    assert people.thank_button.isEnabled()
    assert people.view.hasFocus() or QApplication.focusWidget() is people.view
    qtbot.mouseClick(people.thank_button, LEFT)
    assert timeline.related.thank_you is not None
    assert timeline.related.thank_you.row.name == "Bo Chen"
    timeline.related.thank_you.reject()


def test_after_one_thank_you_the_next_person_is_ready(timeline, ops, qtbot):
    app_id = rejected_app(ops)
    add_contact(ops, app_id, "Ana Ruiz")
    add_contact(ops, app_id, "Bo Chen")
    timeline.show_application(app_id)
    timeline.show_section("people")
    assert selected_name(timeline) == "Ana Ruiz"
    qtbot.mouseClick(timeline.related.people.thank_button, LEFT)
    dlg = timeline.related.thank_you
    qtbot.mouseClick(dlg.mark_button, LEFT)
    assert dlg.plan_offer.isHidden()  # Bo is still to thank
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Close), LEFT)
    assert timeline.related.thank_you is None
    assert selected_name(timeline) == "Bo Chen"
    assert timeline.related.people.thank_button.isEnabled()


def test_with_everyone_thanked_before_the_no_the_first_is_ready(timeline, ops):
    app_id = rejected_app(ops)
    ana = add_contact(ops, app_id, "Ana Ruiz").id
    # A note after the interview, before the "no": the plan's note is still to write.
    ops.write(None, contacts.mark_thanked, app_id, ana, NO_DAY - dt.timedelta(days=5))
    timeline.show_application(app_id)
    timeline.show_section("people")
    assert selected_name(timeline) == "Ana Ruiz"
    assert timeline.related.people.thank_button.isEnabled()


# --- 1 · step 2 finishes where the last thank-you was written -------------------------------

def test_the_last_thank_you_offers_to_finish_step_two_and_undo(timeline, ops, qtbot, lang):
    app_id = rejected_app(ops)
    add_contact(ops, app_id, "José García")
    timeline.show_application(app_id)
    timeline.show_section("people")
    qtbot.mouseClick(timeline.related.people.thank_button, LEFT)
    dlg = timeline.related.thank_you
    assert dlg is not None
    assert dlg.plan_offer.isHidden()  # nothing offered before the note is sent
    qtbot.mouseClick(dlg.connected, LEFT)  # ticking LinkedIn is not what holds it back
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.plan_offer.isHidden()
    qtbot.mouseClick(dlg.mark_button, LEFT)
    offer = dlg.plan_offer
    assert offer.isVisibleTo(dlg)
    if lang == "en":
        assert "Everyone you met is thanked" in offer.text.text()
    assert state(ops, app_id, PlanStep.CONNECT) == StepState.IN_PROGRESS
    # One click finishes it ...
    qtbot.mouseClick(offer.action_button, LEFT)
    assert state(ops, app_id, PlanStep.CONNECT) == StepState.DONE
    assert len(plan_notes(ops, app_id)) == 1
    assert offer.isVisibleTo(dlg) and offer.action_button.isVisible()  # now the Undo
    if lang == "en":
        assert "Step 2" in offer.text.text() and offer.action_button.text() == "Undo"
    # ... and one click takes it back, leaving no note on the timeline.
    qtbot.mouseClick(offer.action_button, LEFT)
    assert state(ops, app_id, PlanStep.CONNECT) == StepState.IN_PROGRESS
    assert plan_notes(ops, app_id) == []
    assert offer.offered() is not None  # offered again, as before the click
    dlg.reject()


def test_the_people_list_offers_it_too_and_not_now_puts_it_away(timeline, ops, qtbot):
    app_id = rejected_app(ops)
    dana = add_contact(ops, app_id, "Dana Reyes").id
    timeline.show_application(app_id)
    offer = timeline.related.connect_offer
    people = timeline.related.people
    timeline.related.show_people()
    assert offer.isHidden() and people.hint.isVisibleTo(people)
    ops.write(None, contacts.mark_thanked, app_id, dana, NO_DAY)
    assert offer.isVisibleTo(people)
    assert not people.hint.isVisibleTo(people)  # the offer says it better
    qtbot.mouseClick(offer.other_button, LEFT)  # "Not now"
    assert offer.isHidden()
    ops.write(None, contacts.set_follow_up, dana, connected=True, stay_in_touch_on=None)
    assert offer.isHidden()  # put away, not asked again after the next change
    assert state(ops, app_id, PlanStep.CONNECT) == StepState.IN_PROGRESS


def test_marked_done_in_the_list_the_plan_tab_agrees(timeline, ops, qtbot):
    app_id = rejected_app(ops)
    dana = add_contact(ops, app_id, "Dana Reyes").id
    ops.write(None, contacts.mark_thanked, app_id, dana, NO_DAY)
    plan_tab = PlanTab(ops)
    qtbot.addWidget(plan_tab)
    plan_tab.show()
    card = next(c for c in plan_tab.cards if c.step == PlanStep.CONNECT)
    assert card.found.font().bold() and card.done_button.isVisible()
    timeline.show_application(app_id)
    qtbot.mouseClick(timeline.related.connect_offer.action_button, LEFT)
    assert "Done" in card.state.text()
    assert "Dana Reyes" in card.found.text()


# --- 1 · step 3 finishes in Feedback ----------------------------------------------------------

def test_an_answer_a_lesson_and_an_action_offer_to_finish_step_three(qtbot, ops, answers, lang):
    app_id = rejected_app(ops)
    ops.write(None, feedback.create_feedback, app_id, feedback.FeedbackInput(
        asked_whom="Sam", asked_on=NO_DAY, answer_text="More leadership examples",
        answered_on=NO_DAY, lesson="Lead with leadership stories"))
    tab = FeedbackTab(ops)
    qtbot.addWidget(tab)
    tab.resize(1100, 640)
    tab.show()
    tab.show_application(app_id)
    offer = tab.plan_offer
    assert offer.isHidden()  # an answer and a lesson, but nothing to do with them yet
    qtbot.wait(50)  # the page laid out, as the person sees it before typing
    qtbot.keyClicks(tab.actions_panel.text, "Rephrase two resume bullets")
    qtbot.keyClick(tab.actions_panel.text, Qt.Key.Key_Return)
    assert [a.text for a in ops.read(actions.list_actions, application_id=app_id)] == [
        "Rephrase two resume bullets"]
    assert offer.isVisibleTo(tab)
    # Brought into view below the action items, where the person just typed, and still in
    # view once the page has made room for it.
    qtbot.wait(100)
    assert offer.visibleRegion().boundingRect().height() >= offer.height()
    qtbot.mouseClick(offer.action_button, LEFT)
    assert state(ops, app_id, PlanStep.FEEDBACK) == StepState.DONE
    qtbot.mouseClick(offer.action_button, LEFT)  # Undo
    assert state(ops, app_id, PlanStep.FEEDBACK) == StepState.IN_PROGRESS


def test_finishing_the_last_step_in_feedback_says_the_plan_is_complete(qtbot, ops, answers):
    app_id = rejected_app(ops)
    plan = ops.read(plans.plan_for_application, app_id)
    for step in (PlanStep.ACCEPT, PlanStep.CONNECT, PlanStep.REVIEW):
        ops.write(None, plans.set_step, plan.id, step, StepState.DONE)
    note = ops.write(None, feedback.create_feedback, app_id, feedback.FeedbackInput(
        asked_whom="Sam", asked_on=NO_DAY, answer_text="More leadership", answered_on=NO_DAY,
        lesson="Lead with it"))
    ops.write(None, actions.create_action, actions.ActionInput(
        text="Practise", application_id=app_id, feedback_id=note.id))
    tab = FeedbackTab(ops)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_application(app_id)
    qtbot.mouseClick(tab.plan_offer.action_button, LEFT)
    assert ops.read(plans.get_plan, plan.id).complete
    assert "last step" in tab.plan_offer.text.text() and "Northwind" in tab.plan_offer.text.text()


# --- 3 · interview participants become people, once -----------------------------------------

def type_in_dialog(monkeypatch, qtbot, typing: str, *, tick: bool = True) -> list[EventDialog]:
    """The Add-event dialog, answered with real typing: an interview, with ``typing`` as its
    participants; returns the dialogs seen (their state at the moment of saving)."""
    seen: list[EventDialog] = []

    def fake_exec(dlg: EventDialog) -> int:
        if seen and seen[-1] is dlg:
            return QDialog.DialogCode.Rejected
        seen.append(dlg)
        dlg.kind.setCurrentIndex(dlg.kind.findData(EventKind.INTERVIEW))
        qtbot.keyClicks(dlg.interviewers, typing)
        if not tick and dlg.add_people.isChecked():
            qtbot.mouseClick(dlg.add_people, LEFT)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EventDialog, "exec", fake_exec)
    return seen


def names_of(ops, app_id: int) -> list[str]:
    return [p.name for p in ops.read(contacts.list_for_application, app_id)]


def test_new_interview_names_become_people_with_the_event(
    timeline, ops, qtbot, monkeypatch, lang
):
    app_id = rejected_app(ops)
    add_contact(ops, app_id, "José García")
    timeline.show_application(app_id)
    seen = type_in_dialog(monkeypatch, qtbot, "jose  garcia y Dana Reyes, dana reyes")
    qtbot.mouseClick(timeline.related.history.add_button, LEFT)
    dlg = seen[0]
    assert dlg.add_people.isVisibleTo(dlg)
    assert "Dana Reyes" in dlg.new_names.text() and "García" not in dlg.new_names.text()
    assert names_of(ops, app_id) == ["Dana Reyes", "José García"]
    assert timeline.related.people.model.rowCount() == 2
    assert timeline.related.participants.isHidden()  # nothing left to offer


def test_unticked_names_are_offered_in_people_once(timeline, ops, qtbot, monkeypatch):
    app_id = rejected_app(ops)
    timeline.show_application(app_id)
    type_in_dialog(monkeypatch, qtbot, "Dana Reyes, Sam Lee", tick=False)
    qtbot.mouseClick(timeline.related.history.add_button, LEFT)
    assert names_of(ops, app_id) == []
    notice = timeline.related.participants
    timeline.related.show_people()
    assert notice.isVisibleTo(timeline.related.people)
    assert "Dana Reyes, Sam Lee" in notice.text.text()
    # Landing on an empty list with names to add, the way to add them has the focus.
    assert QApplication.focusWidget() is notice.action_button
    qtbot.mouseClick(notice.action_button, LEFT)
    assert names_of(ops, app_id) == ["Dana Reyes", "Sam Lee"]
    assert notice.isHidden()
    # Added once: the same names typed again are not offered, nor added twice.
    type_in_dialog(monkeypatch, qtbot, "SAM LEE")
    qtbot.mouseClick(timeline.related.history.add_button, LEFT)
    assert names_of(ops, app_id) == ["Dana Reyes", "Sam Lee"]


def test_names_typed_long_ago_are_offered_and_not_now_is_heard(timeline, ops, qtbot):
    app_id = rejected_app(ops, interviewers="Li Wei")
    timeline.show_application(app_id)
    notice = timeline.related.participants
    assert "Li Wei" in notice.text.text() and not notice.isHidden()
    qtbot.mouseClick(notice.other_button, LEFT)
    assert notice.isHidden()
    add_contact(ops, app_id, "Dana Reyes")  # a change reloads the list: still put away
    assert notice.isHidden() and names_of(ops, app_id) == ["Dana Reyes"]


# --- 6 · a new event is the next step of the story ------------------------------------------

def test_a_new_event_is_the_next_step_of_the_story(timeline, ops, qtbot, monkeypatch):
    app = ops.write(None, applications.create_application, ApplicationInput(
        company="Northwind", role="Designer", applied_on=dt.date(2026, 4, 1)))
    timeline.show_application(app.id)
    offered: list[tuple[EventKind, int]] = []

    def look(dlg: EventDialog) -> int:
        offered.append((dlg.kind.currentData(), dlg.round.value()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(EventDialog, "exec", look)
    qtbot.mouseClick(timeline.related.history.add_button, LEFT)
    ops.write(None, events.add_event, app.id, EventInput(
        EventKind.INTERVIEW, dt.date(2026, 4, 20), interview_round=1))
    qtbot.mouseClick(timeline.related.history.add_button, LEFT)
    ops.write(None, events.add_event, app.id, EventInput(EventKind.REJECTION, NO_DAY))
    qtbot.mouseClick(timeline.related.history.add_button, LEFT)
    assert offered == [(EventKind.INTERVIEW, 1), (EventKind.INTERVIEW, 2),
                       (EventKind.THANK_YOU_SENT, 2)]


def test_editing_an_event_keeps_its_own_kind(timeline, ops, qtbot, monkeypatch):
    app_id = rejected_app(ops)
    timeline.show_application(app_id)
    history = timeline.related.history
    kinds: list[EventKind] = []

    def look(dlg: EventDialog) -> int:
        kinds.append(dlg.kind.currentData())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(EventDialog, "exec", look)
    history.view.selectRow(0)  # "Applied"
    qtbot.mouseClick(history.edit_button, LEFT)
    assert kinds == [EventKind.APPLIED]


# --- 4 · done steps stay readable -----------------------------------------------------------

def drawn_colour(w: QWidget) -> QPalette:
    group = QPalette.ColorGroup.Active if w.isEnabled() else QPalette.ColorGroup.Disabled
    return w.palette().color(group, w.foregroundRole())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_done_step_reads_at_full_contrast(qtbot, ops, answers, theme):
    saved = QPalette(QApplication.palette())
    if theme == "dark":
        QApplication.setPalette(dark_palette())
    try:
        app_id = rejected_app(ops)
        tab = PlanTab(ops)
        qtbot.addWidget(tab)
        tab.show()
        for card in tab.cards:
            qtbot.mouseClick(card.done_button, LEFT)
        assert ops.read(plans.plan_for_application, app_id).complete
        for card in tab.cards:
            for label in (card.text, card.state, getattr(card, "found", card.text)):
                ratio = contrast(drawn_colour(label), background(label))
                assert ratio >= 4.5, f"{card.title.text()}: {label.text()[:30]} {ratio:.2f}"
    finally:
        QApplication.setPalette(saved)


# --- 4 · each step says what is there, and a finished plan what was done ---------------------

def test_step_two_sees_who_the_linkedin_archive_says_you_are_connected_with(
        qtbot, ops, answers, tmp_path):
    """Connecting is never asked for; once LinkedIn's archive says so, the card says it."""
    import zipfile

    from bounceback.services.exchange import linkedin

    app_id = rejected_app(ops)
    add_contact(ops, app_id, "Ana Ruiz")
    add_contact(ops, app_id, "Bo Chen")
    tab = PlanTab(ops)
    qtbot.addWidget(tab)
    tab.show()
    connect = next(c for c in tab.cards if c.step == PlanStep.CONNECT)
    assert "LinkedIn" not in connect.found.text()

    archive = tmp_path / "linkedin.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("Connections.csv", "Notes:\n\nFirst Name,Last Name,URL,Email Address,"
                   "Company,Position,Connected On\nAna,Ruiz,,,Acme,Recruiter,05 Mar 2024\n")
    ops.write(None, linkedin.import_linkedin, archive)
    assert connect.found.text() == "Still to thank: Ana Ruiz, Bo Chen. " \
        "Connected on LinkedIn: Ana Ruiz."
    assert not connect.found.font().bold()  # connecting alone finishes nothing


def test_each_card_says_what_is_there_for_its_step(qtbot, ops, answers):
    app_id = rejected_app(ops)
    ana = add_contact(ops, app_id, "Ana Ruiz").id
    add_contact(ops, app_id, "Bo Chen")
    ops.write(None, contacts.mark_thanked, app_id, ana, NO_DAY)
    for day in (11, 12):
        ops.write(None, checkins.create_checkin, checkins.CheckInInput(
            felt_at=dt.datetime(2026, 5, day, 20), emotions=(("regret", 6),),
            coping_method="workout", application_id=app_id))
    tab = PlanTab(ops)
    qtbot.addWidget(tab)
    tab.show()
    cards = {c.step: c for c in tab.cards}
    accept = cards[PlanStep.ACCEPT]
    assert accept.found.text().startswith("2 check-ins about this “no”")
    assert accept.found.font().bold()  # all step 1 asks for is there
    assert accept.primary is accept.done_button  # and it is the next step: "Mark done" is ready
    assert cards[PlanStep.CONNECT].found.text() == "Still to thank: Bo Chen."
    assert not cards[PlanStep.CONNECT].found.font().bold()
    assert cards[PlanStep.FEEDBACK].found.isHidden()
    qtbot.mouseClick(accept.done_button, LEFT)
    assert "Done on" in accept.found.text() and not accept.found.font().bold()
    assert cards[PlanStep.CONNECT].primary is cards[PlanStep.CONNECT].open_button  # thank Bo
