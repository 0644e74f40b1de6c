"""The People panel of the Timeline tab: thank-you and stay-in-touch at a glance."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from bounceback.db.enums import ContactRole, PlanStep, StepState
from bounceback.services import contacts, plans
from bounceback.services.contacts import FollowUpInput
from bounceback.ui.timeline.contact_dialog import ContactDialog
from bounceback.ui.timeline.people import PeoplePanel
from bounceback.ui.timeline.tab import TimelineTab
from tests.builders import add_application, add_contact

THANKED, LINKEDIN, STAY = 2, 3, 4


@pytest.fixture
def tab(qtbot, ops, answers) -> TimelineTab:
    t = TimelineTab(ops)
    qtbot.addWidget(t)
    t.resize(1100, 700)
    t.show()
    return t


def column(panel: PeoplePanel, col: int) -> dict[str, str]:
    proxy = panel.proxy
    return {proxy.index(r, 0).data(): proxy.index(r, col).data()
            for r in range(proxy.rowCount())}


def test_columns_say_who_was_thanked_and_how_you_keep_in_touch(tab, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 10, 1)).id
    dana = add_contact(ops, app_id, "Dana Reyes", role="Design director", email="dana@example.org",
                       linkedin_url="linkedin.com/in/dana").id
    sam = add_contact(ops, app_id, "Sam Okafor", ContactRole.RECRUITER).id
    add_contact(ops, app_id, "Li Wei", linkedin_url="linkedin.com/in/li")
    ops.write(None, contacts.mark_thanked, app_id, dana, dt.date(2026, 11, 7))
    ops.write(None, contacts.save_follow_up, sam, FollowUpInput(
        "", True, dt.date(2027, 1, 15)))
    tab.show_application(app_id)
    people = tab.related.people
    headers = [people.proxy.headerData(c, Qt.Orientation.Horizontal)
               for c in range(people.proxy.columnCount())]
    assert headers == ["Name", "Part", "Thanked", "LinkedIn", "Stay in touch"]
    assert column(people, 1) == {"Dana Reyes": "Interviewer", "Sam Okafor": "Recruiter",
                                 "Li Wei": "Interviewer"}
    assert column(people, THANKED) == {"Dana Reyes": "7 Nov 2026", "Sam Okafor": "Not yet",
                                       "Li Wei": "Not yet"}
    assert column(people, LINKEDIN) == {"Dana Reyes": "Profile known",
                                        "Sam Okafor": "Connected", "Li Wei": "Profile known"}
    assert column(people, STAY) == {"Dana Reyes": "", "Sam Okafor": "15 Jan 2027",
                                    "Li Wei": ""}
    row = people.proxy.mapFromSource(people.model.index(people.model.row_of_id(dana), 0)).row()
    tip = people.proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Design director" in tip and "dana@example.org" in tip


def test_a_person_with_nothing_known_shows_a_dash(tab, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 10, 1)).id
    add_contact(ops, app_id, "Kim")
    tab.show_application(app_id)
    assert column(tab.related.people, LINKEDIN) == {"Kim": "—"}


def test_thanked_sorts_by_date_not_by_text(tab, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 10, 1)).id
    for name, day in (("A", dt.date(2026, 11, 20)), ("B", dt.date(2026, 2, 3)), ("C", None)):
        cid = add_contact(ops, app_id, name).id
        if day:
            ops.write(None, contacts.mark_thanked, app_id, cid, day)
    tab.show_application(app_id)
    people = tab.related.people
    people.view.sortByColumn(THANKED, Qt.SortOrder.AscendingOrder)
    assert [people.proxy.index(r, 0).data() for r in range(3)] == ["C", "B", "A"]


def test_the_hint_shows_while_the_connect_step_is_open(tab, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 10, 1),
                             rejected_on=dt.date(2026, 11, 1)).id
    add_contact(ops, app_id, "Dana")
    tab.show_application(app_id)
    tab.related.show_people()
    people = tab.related.people
    assert people.hint.isVisible()
    assert "thank-you" in people.hint.text() and "LinkedIn" in people.hint.text()
    # Done in the plan (a write made elsewhere): the nudge goes away.
    plan = ops.read(plans.plan_for_application, app_id)
    ops.write(None, plans.set_step, plan.id, PlanStep.CONNECT, StepState.DONE)
    assert not people.hint.isVisible()


def test_no_hint_without_a_plan_or_once_it_is_put_away(tab, ops):
    open_app = add_application(ops, "Open", "Designer", applied_on=dt.date(2026, 10, 1)).id
    tab.show_application(open_app)
    tab.related.show_people()
    assert not tab.related.people.hint.isVisible()
    rejected = add_application(ops, "Rejected", "Designer", applied_on=dt.date(2026, 10, 1),
                               rejected_on=dt.date(2026, 11, 1)).id
    tab.show_application(rejected)
    assert tab.related.people.hint.isVisible()
    plan = ops.read(plans.plan_for_application, rejected)
    ops.write(None, plans.set_dismissed, plan.id, True)
    assert not tab.related.people.hint.isVisible()


def test_empty_state_invites_adding_the_interviewer(tab, ops, monkeypatch):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 10, 1)).id
    tab.show_application(app_id)
    tab.related.show_people()
    people = tab.related.people
    assert people.empty.isVisible() and not people.view.isVisible()
    assert "interviewer" in people.empty.text() and "recruiter" in people.empty.text()
    assert not people.thank_button.isEnabled()

    def fake_exec(dlg: ContactDialog) -> int:
        dlg.name.setText("Dana Reyes")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", fake_exec)
    people.add_button.click()
    assert not people.empty.isVisible() and people.view.isVisible()
    assert [c.name for c in ops.read(contacts.list_for_application, app_id)] == ["Dana Reyes"]
    # The new person is selected, with the focus, "Write thank-you…" ready beside them.
    assert people.view.hasFocus() or QApplication.focusWidget() is people.view
    assert people.view.selectionModel().selectedRows()
    assert people.thank_button.isEnabled()


def test_a_new_unsaved_application_says_to_save_first(tab):
    tab.new_application()
    people = tab.related.people
    tab.related.show_people()
    assert people.empty.isVisible() and "Save the application first" in people.empty.text()
    assert not people.add_button.isEnabled()


def test_show_people_lands_on_the_people(tab, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 10, 1)).id
    tab.show_application(app_id)
    tab.related.setCurrentIndex(0)
    tab.related.show_people()
    assert tab.related.currentWidget() is tab.related.people


def test_marking_thanked_elsewhere_updates_the_list(tab, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 10, 1)).id
    dana = add_contact(ops, app_id, "Dana").id
    tab.show_application(app_id)
    assert column(tab.related.people, THANKED) == {"Dana": "Not yet"}
    ops.write(None, contacts.mark_thanked, app_id, dana, dt.date(2026, 11, 9))
    assert column(tab.related.people, THANKED) == {"Dana": "9 Nov 2026"}


def test_editing_a_person_keeps_and_edits_the_follow_up(tab, ops, monkeypatch):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 10, 1)).id
    dana = add_contact(ops, app_id, "Dana").id
    ops.write(None, contacts.save_follow_up, dana, FollowUpInput(
        "linkedin.com/in/dana", True, dt.date(2027, 1, 15)))
    tab.show_application(app_id)
    people = tab.related.people
    seen: list[ContactDialog] = []

    def rename(dlg: ContactDialog) -> int:
        if seen and seen[-1] is dlg:
            return QDialog.DialogCode.Rejected
        seen.append(dlg)
        assert dlg.connected.isChecked() and dlg.stay_in_touch.value() == dt.date(2027, 1, 15)
        dlg.name.setText("Dana Reyes")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", rename)
    people.view.selectRow(0)
    people.edit_button.click()
    row = ops.read(contacts.list_for_application, app_id)[0]
    assert (row.name, row.linkedin_connected, row.stay_in_touch_on) == (
        "Dana Reyes", True, dt.date(2027, 1, 15))

    def clear_follow_up(dlg: ContactDialog) -> int:
        if seen and seen[-1] is dlg:
            return QDialog.DialogCode.Rejected
        seen.append(dlg)
        dlg.connected.setChecked(False)
        dlg.stay_in_touch.clear()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", clear_follow_up)
    people.view.selectRow(0)
    people.edit_button.click()
    row = ops.read(contacts.list_for_application, app_id)[0]
    assert (row.linkedin_connected, row.stay_in_touch_on) == (False, None)
    assert column(people, LINKEDIN) == {"Dana Reyes": "Profile known"}


def test_delete_key_asks_before_removing(tab, ops, answers, qtbot):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 10, 1)).id
    add_contact(ops, app_id, "Dana")
    tab.show_application(app_id)
    tab.related.show_people()
    people = tab.related.people
    people.view.selectRow(0)
    people.view.setFocus()
    answers.delete = False
    qtbot.keyClick(people.view, Qt.Key.Key_Delete)
    assert answers.asked and "Dana" in answers.asked[-1]
    assert len(ops.read(contacts.list_for_application, app_id)) == 1


def test_people_model_passes_the_model_tester(tab, ops, qtmodeltester):
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 10, 1)).id
    dana = add_contact(ops, app_id, "Dana", linkedin_url="linkedin.com/in/d").id
    add_contact(ops, app_id, "Sam", ContactRole.RECRUITER)
    ops.write(None, contacts.mark_thanked, app_id, dana, dt.date(2026, 11, 7))
    tab.show_application(app_id)
    qtmodeltester.check(tab.related.people.model)
    qtmodeltester.check(tab.related.people.proxy)
