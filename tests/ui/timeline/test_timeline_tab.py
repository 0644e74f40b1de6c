"""The Timeline tab through its real widgets: type, click, then check the view and the store."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog

from bounceback.db.enums import EventKind, Status
from bounceback.services import applications, events, feedback
from bounceback.services.applications import ApplicationFilter
from bounceback.services.events import EventInput
from bounceback.services.validation import LONG
from bounceback.ui.common import dialogs
from bounceback.ui.timeline.event_dialog import EventDialog
from bounceback.ui.timeline.tab import TimelineTab
from tests.builders import add_application


@pytest.fixture
def tab(qtbot, ops, answers) -> TimelineTab:
    t = TimelineTab(ops)
    qtbot.addWidget(t)
    t.resize(1100, 700)
    t.show()
    return t


def listed(tab: TimelineTab) -> list[str]:
    proxy = tab.list.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def all_apps(ops) -> list[applications.ApplicationRow]:
    return ops.read(applications.list_applications, ApplicationFilter(include_archived=True))


def test_empty_state_invites_the_first_application(tab):
    assert tab.list.empty.isVisible()
    assert not tab.list.view.isVisible()
    assert "No applications yet" in tab.list.empty.text()


def test_create_application_by_typing(tab, qtbot, ops):
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.form.company, "Northwind")
    qtbot.keyClicks(tab.form.role, "Product designer")
    tab.form.source.setCurrentIndex(tab.form.source.findData("referral"))
    qtbot.keyClicks(tab.form.link, "jobs.example.org/42")
    assert tab.has_unsaved_changes()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    rows = all_apps(ops)
    assert [(r.company, r.role, r.source.value) for r in rows] == [
        ("Northwind", "Product designer", "referral")
    ]
    detail = ops.read(applications.get_application, rows[0].id)
    assert detail.link == "https://jobs.example.org/42"
    assert listed(tab) == ["Northwind"]
    assert tab.list.current_id() == rows[0].id
    assert not tab.has_unsaved_changes()
    # Its first status is its first event.
    assert [e.kind for e in tab.related.history.model.rows()] == [EventKind.APPLIED]


def test_a_new_application_takes_the_usual_currency_never_a_made_up_one(tab, qtbot, ops):
    from PySide6.QtCore import QLocale

    from bounceback.ui.timeline.app_editor import ApplicationForm

    # Under a locale with no currency of its own (C), the field suggests none; under one
    # with a currency, that one.
    for locale, hint in ((QLocale.c(), "Currency"), (QLocale("en_GB"), "GBP")):
        QLocale.setDefault(locale)
        try:
            form = ApplicationForm()
            qtbot.addWidget(form)
            assert form.currency.placeholderText() == hint
        finally:
            QLocale.setDefault(QLocale.system())
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.form.currency.text() == ""  # nothing written yet: nothing chosen for them
    for company, currency in (("Acme", "GBP"), ("Globex", "USD"), ("Initech", "USD")):
        add_application(ops, company, "Designer", applied_on=None, salary_currency=currency)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.form.currency.text() == "USD"  # the one written most
    assert not tab.has_unsaved_changes()  # a suggestion, not an edit


def test_missing_company_is_explained_inline_and_nothing_saved(tab, qtbot, ops):
    tab.new_application()
    qtbot.keyClicks(tab.form.role, "Designer")
    tab.save_button.click()
    assert tab.form.error.isVisible()
    assert "company" in tab.form.error.text().lower()
    assert all_apps(ops) == []


def test_salary_range_upside_down_is_refused(tab, qtbot, ops):
    tab.new_application()
    qtbot.keyClicks(tab.form.company, "Acme")
    qtbot.keyClicks(tab.form.role, "Dev")
    tab.form.salary_min.setValue(90000)
    tab.form.salary_max.setValue(50000)
    tab.save_button.click()
    assert "salary" in tab.form.error.text().lower()
    assert all_apps(ops) == []


def test_service_validation_error_shows_beside_the_form(tab, qtbot, ops):
    tab.new_application()
    qtbot.keyClicks(tab.form.company, "Acme")
    qtbot.keyClicks(tab.form.role, "Dev")
    qtbot.keyClicks(tab.form.link, "not a link at all")
    tab.save_button.click()
    assert "web address" in tab.form.error.text()
    assert all_apps(ops) == []


def test_edit_status_writes_an_event_and_updates_the_list(tab, qtbot, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 10, 1)).id
    tab.show_application(app_id)
    tab.form.status.setCurrentIndex(tab.form.status.findData(Status.REJECTED))
    tab.form.edited.emit()
    assert tab.save_button.isEnabled()
    tab.save_button.click()
    assert ops.read(applications.get_application, app_id).status == Status.REJECTED
    kinds = [e.kind for e in ops.read(events.list_events, app_id)]
    assert kinds == [EventKind.APPLIED, EventKind.REJECTION]
    assert [e.kind for e in tab.related.history.model.rows()] == kinds
    assert tab.list.proxy.index(0, 2).data() == "Not selected"


def test_filter_as_you_type_and_status_filter(tab, qtbot, ops):
    add_application(ops, "Northwind", "Designer", applied_on=None)
    add_application(ops, "Contoso", "Engineer", applied_on=None)
    rejected = add_application(ops, "Fabrikam", "Designer", applied_on=None).id
    ops.write(None, applications.set_status, rejected, Status.REJECTED)
    assert sorted(listed(tab)) == ["Contoso", "Fabrikam", "Northwind"]
    qtbot.keyClicks(tab.list.search, "north")
    assert listed(tab) == ["Northwind"]
    tab.list.search.clear()
    qtbot.keyClicks(tab.list.search, "designer")
    assert sorted(listed(tab)) == ["Fabrikam", "Northwind"]
    tab.list.search.clear()
    tab.list.status.setCurrentIndex(tab.list.status.findData("rejected"))
    assert listed(tab) == ["Fabrikam"]
    tab.list.status.setCurrentIndex(tab.list.status.findData("open"))
    assert sorted(listed(tab)) == ["Contoso", "Northwind"]


def test_list_sorts_by_company_when_its_header_is_clicked(tab, ops):
    for name in ("b-corp", "Acme", "Zeta"):
        add_application(ops, name, "Designer", applied_on=None)
    tab.list.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert listed(tab) == ["Acme", "b-corp", "Zeta"]
    tab.list.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert listed(tab) == ["Zeta", "b-corp", "Acme"]


def test_archive_hides_and_show_archived_brings_back(tab, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=None).id
    tab.show_application(app_id)
    tab.archive_button.click()
    assert ops.read(applications.get_application, app_id).archived
    assert listed(tab) == []
    assert tab.archive_button.text().replace("&", "") == "Unarchive"
    tab.list.show_archived.setChecked(True)
    assert listed(tab) == ["Acme (archived)"]
    tab.archive_button.click()
    assert not ops.read(applications.get_application, app_id).archived


def test_delete_asks_first_and_cancel_keeps_everything(tab, ops, answers):
    app_id = add_application(ops, "Acme", "Designer", applied_on=None).id
    tab.show_application(app_id)
    answers.delete = False
    tab.delete_button.click()
    assert answers.asked and "Acme" in answers.asked[-1]
    assert [r.id for r in all_apps(ops)] == [app_id]


def test_delete_confirmed_removes_application_and_its_feedback(tab, ops, answers):
    app_id = add_application(ops, "Acme", "Designer", applied_on=None).id
    ops.write(None, feedback.create_feedback, app_id,
              feedback.FeedbackInput(asked_whom="Sam"))
    tab.show_application(app_id)
    tab.delete_button.click()
    assert all_apps(ops) == []
    assert ops.read(feedback.list_feedback) == []
    assert listed(tab) == []
    assert tab.right.currentIndex() == 0  # back to the placeholder


def fill_dialog(monkeypatch, kind: EventKind, day: dt.date, details: str = "",
                round_: int = 0, interviewers: str = "") -> list[EventDialog]:
    seen: list[EventDialog] = []

    def fake_exec(dlg: EventDialog) -> int:
        if seen and seen[-1] is dlg:
            return QDialog.DialogCode.Rejected  # the second time round: the user gave up
        seen.append(dlg)
        dlg.kind.setCurrentIndex(dlg.kind.findData(kind))
        dlg.date.set_value(day)
        dlg.details.setPlainText(details)
        dlg.round.setValue(round_)
        dlg.interviewers.setText(interviewers)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EventDialog, "exec", fake_exec)
    return seen


def test_add_interview_event_moves_status_along(tab, ops, monkeypatch):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 9, 1)).id
    tab.show_application(app_id)
    fill_dialog(monkeypatch, EventKind.INTERVIEW, dt.date(2026, 9, 10), "Went well", 2, "Ann, Bo")
    tab.related.history.add_button.click()
    evs = ops.read(events.list_events, app_id)
    assert [(e.kind, e.interview_round, e.interviewers) for e in evs][-1] == (
        EventKind.INTERVIEW, 2, "Ann, Bo")
    assert ops.read(applications.get_application, app_id).status == Status.INTERVIEWING
    assert tab.form.status.currentData() == Status.INTERVIEWING
    assert "Round 2" in tab.related.history.proxy.index(1, 2).data()


def test_event_added_while_editing_keeps_the_users_edits(tab, qtbot, ops, monkeypatch):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 9, 1)).id
    tab.show_application(app_id)
    qtbot.keyClicks(tab.form.notes, "my unsaved thought")
    fill_dialog(monkeypatch, EventKind.REJECTION, dt.date(2026, 9, 20))
    tab.related.history.add_button.click()
    assert tab.form.notes.toPlainText() == "my unsaved thought"
    assert tab.form.status.currentData() == Status.REJECTED  # taken from the store
    assert tab.has_unsaved_changes()
    tab.save()
    detail = ops.read(applications.get_application, app_id)
    assert (detail.notes, detail.status) == ("my unsaved thought", Status.REJECTED)
    # Saving did not write a second rejection.
    kinds = [e.kind for e in ops.read(events.list_events, app_id)]
    assert kinds.count(EventKind.REJECTION) == 1


def test_edit_and_delete_event(tab, ops, monkeypatch, answers):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 9, 1)).id
    ev = ops.write(None, events.add_event, app_id,
                   EventInput(EventKind.NOTE, dt.date(2026, 9, 3), "first"))
    tab.show_application(app_id)
    row = tab.related.history.model.row_of_id(ev.id)
    tab.related.history.view.selectRow(tab.related.history.proxy.mapFromSource(
        tab.related.history.model.index(row, 0)).row())
    fill_dialog(monkeypatch, EventKind.CORRESPONDENCE, dt.date(2026, 9, 4), "edited")
    tab.related.history.edit_button.click()
    got = ops.read(events.get_event, ev.id)
    assert (got.kind, got.occurred_on, got.details) == (
        EventKind.CORRESPONDENCE, dt.date(2026, 9, 4), "edited")
    tab.related.history.view.selectRow(tab.related.history.proxy.mapFromSource(
        tab.related.history.model.index(tab.related.history.model.row_of_id(ev.id), 0)).row())
    tab.related.history.delete_button.click()
    assert ev.id not in [e.id for e in ops.read(events.list_events, app_id)]
    assert ev.id not in [e.id for e in tab.related.history.model.rows()]


def test_invalid_event_keeps_the_dialog_open_with_the_reason(tab, ops, monkeypatch):
    app_id = add_application(ops, "Acme", "Designer", applied_on=None).id
    tab.show_application(app_id)
    seen = fill_dialog(monkeypatch, EventKind.NOTE, dt.date(2026, 9, 3), "x" * (LONG + 1))
    tab.related.history.add_button.click()
    assert "too long" in seen[0].error.text()
    assert [e.kind for e in ops.read(events.list_events, app_id)] == [EventKind.APPLIED]


def test_switching_application_with_unsaved_edits_asks(tab, qtbot, ops, answers):
    a = add_application(ops, "Acme", "Designer", applied_on=None).id
    b = add_application(ops, "Beta", "Designer", applied_on=None).id
    tab.show_application(a)
    qtbot.keyClicks(tab.form.notes, "draft")

    answers.unsaved = dialogs.Unsaved.CANCEL
    tab.list.select_id(b, quiet=False)
    assert tab._current.id == a
    assert tab.form.notes.toPlainText() == "draft"
    assert tab.list.current_id() == a

    answers.unsaved = dialogs.Unsaved.SAVE
    tab.list.select_id(b, quiet=False)
    assert ops.read(applications.get_application, a).notes == "draft"
    assert tab._current.id == b


def test_discarding_unsaved_edits_reverts_them(tab, qtbot, ops, answers):
    a = add_application(ops, "Acme", "Designer", applied_on=None).id
    b = add_application(ops, "Beta", "Designer", applied_on=None).id
    tab.show_application(a)
    qtbot.keyClicks(tab.form.notes, "never mind")
    answers.unsaved = dialogs.Unsaved.DISCARD
    tab.list.select_id(b, quiet=False)
    assert ops.read(applications.get_application, a).notes == ""
    assert tab.form.company.text() == "Beta"


def test_revert_button_restores_the_saved_values(tab, qtbot, ops):
    a = add_application(ops, "Acme", "Designer", applied_on=None).id
    tab.show_application(a)
    qtbot.keyClicks(tab.form.company, " Ltd")
    assert tab.revert_button.isEnabled()
    tab.revert_button.click()
    assert tab.form.company.text() == "Acme"
    assert not tab.has_unsaved_changes()


def test_all_events_view_lists_everything_and_opens_an_application(qtbot, tab, ops):
    a = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 1, 5)).id
    add_application(ops, "Beta", "Designer", applied_on=dt.date(2026, 2, 5))
    tab.all_button.click()
    assert tab.pages.currentIndex() == 1
    assert tab.all_events.hint.text() == "Gathering every event…"  # read on a worker
    qtbot.waitUntil(lambda: not tab.all_events_read.pending)
    assert tab.all_events.hint.text().startswith("2 events.")
    proxy = tab.all_events.proxy
    assert [proxy.index(r, 1).data() for r in range(proxy.rowCount())] == ["Beta", "Acme"]
    tab.all_events.view.activated.emit(proxy.index(1, 0))
    assert tab.pages.currentIndex() == 0
    assert tab._current.id == a


def test_changes_made_elsewhere_show_up(tab, ops):
    a = add_application(ops, "Acme", "Designer", applied_on=None).id
    tab.show_application(a)
    ops.write(None, events.add_event, a, EventInput(EventKind.FOLLOW_UP, dt.date(2026, 3, 1)))
    assert EventKind.FOLLOW_UP in [e.kind for e in tab.related.history.model.rows()]
    ops.write(None, applications.delete_application, a)
    assert tab._current is None
    assert listed(tab) == []


def test_models_pass_the_model_tester(qtbot, tab, ops, qtmodeltester):
    a = add_application(ops, "Acme", "Designer", applied_on=None).id
    add_application(ops, "Beta", "Designer", applied_on=None)
    tab.show_application(a)
    tab.all_button.click()
    qtbot.waitUntil(lambda: not tab.all_events_read.pending)
    qtmodeltester.check(tab.list.model)
    qtmodeltester.check(tab.list.proxy)
    qtmodeltester.check(tab.related.history.model)
    qtmodeltester.check(tab.all_events.model)


def commit_text(widget, text: str) -> None:
    """Type text the way an input method delivers it (QTest only types ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_exotic_text_round_trips(tab, qtbot, ops):
    tab.new_application()
    commit_text(tab.form.company, "Ünïcødé 株式会社 🚀")
    commit_text(tab.form.role, "مصمم")
    assert tab.has_unsaved_changes()
    tab.save()
    assert [(r.company, r.role) for r in all_apps(ops)] == [("Ünïcødé 株式会社 🚀", "مصمم")]


def fill_contact(monkeypatch, name: str, relation, email: str = "") -> None:
    from bounceback.ui.timeline.contact_dialog import ContactDialog

    calls: list[ContactDialog] = []

    def fake_exec(dlg: ContactDialog) -> int:
        if calls and calls[-1] is dlg:
            return QDialog.DialogCode.Rejected
        calls.append(dlg)
        dlg.name.setText(name)
        dlg.relation.setCurrentIndex(dlg.relation.findData(relation))
        dlg.email.setText(email)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", fake_exec)


def test_add_edit_and_remove_a_person(tab, ops, monkeypatch, answers):
    from bounceback.db.enums import ContactRole
    from bounceback.services import contacts

    app_id = add_application(ops, "Acme", "Designer", applied_on=None).id
    tab.show_application(app_id)
    people = tab.related.people
    fill_contact(monkeypatch, "Dana Reyes", ContactRole.RECRUITER, "dana@example.org")
    people.add_button.click()
    linked = ops.read(contacts.list_for_application, app_id)
    assert [(c.name, c.relation, c.email, c.company) for c in linked] == [
        ("Dana Reyes", ContactRole.RECRUITER, "dana@example.org", "Acme")]
    assert people.model.rowCount() == 1
    assert "(1)" in tab.related.tabText(1)

    people.view.selectRow(0)
    fill_contact(monkeypatch, "Dana R.", ContactRole.INTERVIEWER)
    people.edit_button.click()
    linked = ops.read(contacts.list_for_application, app_id)
    assert [(c.name, c.relation) for c in linked] == [("Dana R.", ContactRole.INTERVIEWER)]

    people.view.selectRow(0)
    answers.delete = False
    people.delete_button.click()
    assert len(ops.read(contacts.list_for_application, app_id)) == 1
    answers.delete = True
    people.delete_button.click()
    assert ops.read(contacts.list_for_application, app_id) == []
    assert [c.name for c in ops.read(contacts.list_contacts)] == ["Dana R."]  # kept
    assert people.model.rowCount() == 0


def test_bad_email_keeps_the_person_dialog_open(tab, ops, monkeypatch):
    from bounceback.db.enums import ContactRole
    from bounceback.services import contacts

    app_id = add_application(ops, "Acme", "Designer", applied_on=None).id
    tab.show_application(app_id)
    fill_contact(monkeypatch, "Sam", ContactRole.RECRUITER, "sam-at-example")
    tab.related.people.add_button.click()
    assert ops.read(contacts.list_contacts) == []


def test_date_clear_button_follows_the_loaded_application(tab, ops):
    with_date = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 1, 5)).id
    without = add_application(ops, "Beta", "Designer", applied_on=None, status=Status.SCREENING).id
    tab.show_application(with_date)
    assert tab.form.applied_on.clear_button.isEnabled()
    tab.show_application(without)
    assert tab.form.applied_on.value() is None
    assert not tab.form.applied_on.clear_button.isEnabled()


def test_opens_on_the_most_recent_application(qtbot, ops, answers):
    add_application(ops, "Older", "Designer", applied_on=dt.date(2026, 1, 5))
    newer = add_application(ops, "Newer", "Designer", applied_on=dt.date(2026, 3, 5)).id
    t = TimelineTab(ops)
    qtbot.addWidget(t)
    assert t._current is not None and t._current.id == newer
    assert t.form.company.text() == "Newer"
    assert t.list.current_id() == newer


def test_a_job_saved_to_apply_to_has_a_deadline_then_moves_on_when_applied(tab, qtbot, ops):
    import datetime as dt

    from bounceback.db.enums import Status

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.form.company, "Lucerne")
    qtbot.keyClicks(tab.form.role, "Service designer")
    status = tab.form.status
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Home)  # Saved: the first status, before Applied
    assert status.currentData() == Status.SAVED
    assert tab.form.deadline.isVisibleTo(tab) and not tab.form.applied_on.isVisibleTo(tab)
    deadline = tab.form.deadline
    deadline.edit.setFocus()
    qtbot.keyClick(deadline.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(deadline.edit, "2099-01-15")
    qtbot.keyClick(deadline.edit, Qt.Key.Key_Return)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    [row] = all_apps(ops)
    saved = ops.read(applications.get_application, row.id)
    assert (saved.status, saved.applied_on, saved.deadline) == \
        (Status.SAVED, None, dt.date(2099, 1, 15))

    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)  # Applied: today, unless another day is typed
    assert status.currentData() == Status.APPLIED
    assert tab.form.applied_on.isVisibleTo(tab) and not deadline.isVisibleTo(tab)
    assert tab.form.applied_on.value() == dt.date.today()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    moved = ops.read(applications.get_application, row.id)
    assert (moved.status, moved.applied_on) == (Status.APPLIED, dt.date.today())
