"""Opening an application with a click on its row: everything beside the editor is read in
one go, and shows what the store holds."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt

from bounceback.db.enums import EventKind, PlanStep, StepState
from bounceback.services import contacts, plans
from bounceback.ui.timeline.tab import TimelineTab
from tests.builders import add_application, add_contact, add_event

LEFT = Qt.MouseButton.LeftButton
NO_DAY = dt.date(2026, 5, 10)


@pytest.fixture
def tab(qtbot, ops, answers) -> TimelineTab:
    t = TimelineTab(ops)
    qtbot.addWidget(t)
    t.resize(1100, 700)
    t.show()
    qtbot.waitExposed(t)
    return t


def click_row(qtbot, tab: TimelineTab, app_id: int) -> None:
    index = tab.list.proxy.mapFromSource(
        tab.list.model.index(tab.list.model.row_of_id(app_id), 0))
    tab.list.view.scrollTo(index)
    qtbot.mouseClick(tab.list.view.viewport(), LEFT,
                     pos=tab.list.view.visualRect(index).center())
    assert tab.list.current_id() == app_id


@contextmanager
def sessions_on_this_thread(ops) -> Iterator[list[int]]:
    """How many sessions the window's thread opens meanwhile (background reads not counted:
    they are for what comes later, the earlier applications at the company)."""
    opened: list[int] = []
    real = ops.store.session
    me = threading.current_thread()

    def counting():  # type: ignore[no-untyped-def]
        if threading.current_thread() is me:
            opened.append(1)
        return real()

    ops.store.session = counting
    try:
        yield opened
    finally:
        del ops.store.session


def test_a_click_opens_it_in_one_read_with_its_history_people_and_documents(tab, qtbot, ops):
    other = add_application(ops, "Contoso", "Analyst").id
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2026, 4, 1),
                             rejected_on=NO_DAY).id
    add_event(ops, app_id, EventKind.INTERVIEW, dt.date(2026, 4, 20))
    dana = add_contact(ops, app_id, "Dana Reyes").id
    ops.write(None, contacts.mark_thanked, app_id, dana, NO_DAY + dt.timedelta(days=1))
    tab.refresh()
    click_row(qtbot, tab, other)
    with sessions_on_this_thread(ops) as opened:
        click_row(qtbot, tab, app_id)
    assert len(opened) == 1
    assert tab.form.company.text() == "Northwind"
    history = [e.kind for e in tab.related.history.model.rows()]
    assert EventKind.INTERVIEW in history and EventKind.REJECTION in history
    assert [p.name for p in tab.related.people.model.rows()] == ["Dana Reyes"]
    assert tab.related.tabText(1).replace("&", "") == "People (1)"
    # Everyone is thanked since the "no": step 2 is offered, read with the rest.
    tab.related.show_people()
    offer = tab.related.connect_offer
    assert offer.isVisibleTo(tab.related.people)
    qtbot.mouseClick(offer.action_button, LEFT)
    plan = ops.read(plans.plan_for_application, app_id)
    assert plan is not None and plan.states[PlanStep.CONNECT] == StepState.DONE


def test_no_offer_while_someone_is_still_to_thank(tab, qtbot, ops):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2026, 4, 1),
                             rejected_on=NO_DAY).id
    add_contact(ops, app_id, "Dana Reyes")
    other = add_application(ops, "Contoso", "Analyst").id
    tab.refresh()
    click_row(qtbot, tab, other)
    click_row(qtbot, tab, app_id)
    tab.related.show_people()
    assert tab.related.connect_offer.isHidden()
    assert tab.related.people.hint.isVisibleTo(tab.related.people)
    plan = ops.read(plans.plan_for_application, app_id)
    assert plan is not None and plan.states[PlanStep.CONNECT] != StepState.DONE
