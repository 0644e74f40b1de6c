"""The day you connected with someone on LinkedIn, when an import knew it: said in the People
list, kept while you stay connected, and forgotten when you untick "connected"."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from bounceback.db.enums import ContactRole
from bounceback.services import contacts
from bounceback.ui.timeline.contact_dialog import ContactDialog
from bounceback.ui.timeline.tab import TimelineTab
from tests.builders import add_application, add_contact

LINKEDIN = 3
MET = dt.date(2024, 3, 5)


@pytest.fixture
def tab(qtbot, ops, answers) -> TimelineTab:
    t = TimelineTab(ops)
    qtbot.addWidget(t)
    t.resize(1100, 700)
    t.show()
    return t


def linkedin_cell(tab: TimelineTab, contact_id: int, role: int = Qt.ItemDataRole.DisplayRole):
    people = tab.related.people
    src = people.model.index(people.model.row_of_id(contact_id), LINKEDIN)
    return people.proxy.mapFromSource(src).data(role)


def stored(ops, app_id: int, contact_id: int) -> contacts.ContactRow:
    return next(c for c in ops.read(contacts.list_for_application, app_id) if c.id == contact_id)


def select(tab: TimelineTab, contact_id: int) -> None:
    people = tab.related.people
    src = people.model.index(people.model.row_of_id(contact_id), 0)
    people.view.selectRow(people.proxy.mapFromSource(src).row())


@pytest.fixture
def dana(ops) -> tuple[int, int]:
    app_id = add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 10, 1)).id
    dana = add_contact(ops, app_id, "Dana Reyes", ContactRole.INTERVIEWER,
                       linkedin_url="linkedin.com/in/dana").id
    ops.write(None, contacts.mark_connected, dana, MET)
    return app_id, dana


def test_the_day_you_connected_is_said(tab, ops, dana) -> None:
    app_id, contact = dana
    sam = add_contact(ops, app_id, "Sam Okafor", ContactRole.RECRUITER).id
    ops.write(None, contacts.mark_connected, sam, None)
    tab.show_application(app_id)
    assert linkedin_cell(tab, contact) == "Connected on 5 Mar 2024"
    tip = linkedin_cell(tab, contact, Qt.ItemDataRole.ToolTipRole)
    assert "Connected on 5 Mar 2024" in tip and "linkedin.com/in/dana" in tip
    assert linkedin_cell(tab, sam) == "Connected"  # the day not known


def test_unticking_connected_in_the_thank_you_dialog_forgets_the_day(
        qtbot, tab, ops, dana) -> None:
    app_id, contact = dana
    tab.show_application(app_id)
    tab.related.show_people()
    select(tab, contact)
    QTest.mouseClick(tab.related.people.thank_button, Qt.MouseButton.LeftButton)
    dlg = tab.related.thank_you
    assert dlg is not None and dlg.connected.isChecked()
    QTest.mouseClick(dlg.connected, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    row = stored(ops, app_id, contact)
    assert (row.linkedin_connected, row.linkedin_connected_on) == (False, None)
    assert linkedin_cell(tab, contact) == "Profile known"
    # Ticked again: connected, the day no longer known.
    QTest.mouseClick(dlg.connected, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert stored(ops, app_id, contact).linkedin_connected_on is None
    assert linkedin_cell(tab, contact) == "Connected"
    dlg.close()


def test_editing_the_person_keeps_the_day_until_connected_is_unticked(
        qtbot, tab, ops, dana, monkeypatch) -> None:
    app_id, contact = dana
    tab.show_application(app_id)
    tab.related.show_people()
    people = tab.related.people
    edits = iter([
        lambda dlg: qtbot.keyClicks(dlg.role, "Design director"),
        lambda dlg: QTest.mouseClick(dlg.connected, Qt.MouseButton.LeftButton),
    ])

    def edit(dlg: ContactDialog) -> int:
        dlg.show()
        next(edits)(dlg)
        dlg.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", edit)
    select(tab, contact)
    QTest.mouseClick(people.edit_button, Qt.MouseButton.LeftButton)
    row = stored(ops, app_id, contact)
    assert (row.role, row.linkedin_connected_on) == ("Design director", MET)
    assert linkedin_cell(tab, contact) == "Connected on 5 Mar 2024"

    select(tab, contact)
    QTest.mouseClick(people.edit_button, Qt.MouseButton.LeftButton)
    row = stored(ops, app_id, contact)
    assert (row.linkedin_connected, row.linkedin_connected_on) == (False, None)
    assert linkedin_cell(tab, contact) == "Profile known"
