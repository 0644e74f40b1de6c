"""Opening an application with a click on its row: everything beside the editor is read in
one go, and shows what the store holds."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from bounceback.db.enums import EventKind, PlanStep, StepState
from bounceback.services import contacts, plans, reapply
from bounceback.ui.timeline.tab import TimelineTab
from tests.builders import add_application, add_contact, add_event, add_feedback

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


def test_names_from_the_interviews_are_selectable_wherever_they_can_be_seen(tab, qtbot, ops):
    """Out of sight (the History in front), the notice is plain words, cheap to measure for
    each application opened; in sight, they can be selected and copied as before."""
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2026, 4, 1),
                             rejected_on=NO_DAY).id
    add_event(ops, app_id, EventKind.INTERVIEW, dt.date(2026, 4, 20),
              interviewers="Li Wei, Dana Reyes")
    other = add_application(ops, "Contoso", "Analyst").id
    tab.refresh()
    click_row(qtbot, tab, other)
    click_row(qtbot, tab, app_id)
    notice = tab.related.participants
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert "Li Wei, Dana Reyes" in notice.text.text() and not notice.isHidden()
    assert tab.related.currentWidget() is tab.related.history
    assert not notice.text.textInteractionFlags() & selectable
    tab.related.show_people()
    assert notice.isVisible()
    assert notice.text.textInteractionFlags() & selectable
    notice.text.setSelection(0, 7)
    assert notice.text.selectedText() == notice.text.text()[:7]
    qtbot.mouseClick(notice.action_button, LEFT)  # "Add to People"
    assert [p.name for p in ops.read(contacts.list_for_application, app_id)] == [
        "Dana Reyes", "Li Wei"]
    assert notice.isHidden() and not notice.text.textInteractionFlags() & selectable


def test_earlier_tries_at_the_company_show_whole_as_the_company_changes(tab, qtbot, ops):
    """The box of earlier tries measures its words once per width: it still grows with a
    longer history, and with a larger font."""
    first = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 3, 1),
                            rejected_on=dt.date(2025, 4, 1)).id
    add_feedback(ops, first, "Sam", answer_text="More portfolio depth, please.",
                 lesson="Bring two case studies.")
    for n in range(3):
        old = add_application(ops, "Contoso", f"Role {n}", applied_on=dt.date(2025, 1, 1),
                              rejected_on=dt.date(2025, 2, 1)).id
        add_feedback(ops, old, "Kim", answer_text=f"Answer {n} " + "words " * 30,
                     lesson=f"Lesson {n} " + "more words " * 20)
    northwind = add_application(ops, "Northwind", "Lead designer").id
    contoso = add_application(ops, "Contoso", "Analyst").id
    tab.refresh()
    box = tab.context.history

    def shown_for(app_id: int, company: str) -> None:
        click_row(qtbot, tab, app_id)
        want = ops.read(reapply.history_for, company, exclude_app_id=app_id)
        assert want  # the store has earlier tries there
        qtbot.waitUntil(lambda: box.isVisible()
                        and all(a.role in box.text.text() for a in want), timeout=5000)

    def fits() -> int:
        width = box.text.width()
        plain = QLabel()
        plain.setWordWrap(True)
        plain.setTextFormat(Qt.TextFormat.RichText)
        plain.setFont(box.text.font())
        plain.setText(box.text.text())
        height = box.text.heightForWidth(width)
        assert height == plain.heightForWidth(width)
        return height

    shown_for(northwind, "Northwind")
    assert "Bring two case studies." in box.text.text()
    short = fits()
    shown_for(contoso, "Contoso")
    assert "Lesson 2" in box.text.text() and "Bring two case studies." not in box.text.text()
    longer = fits()
    assert longer > short
    font = QFont(box.text.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    box.text.setFont(font)
    assert fits() > longer


def test_long_details_show_as_before_from_only_what_fits(tab, qtbot, ops):
    """Only as much of an event's details as could be seen is laid out: the cell shows the
    same beginning and "…" as from the whole text, and the whole is on hover."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    words = "We talked about the roadmap, the team and the next steps at length. " * 3
    app_id = add_application(ops, "Northwind", "Designer").id
    add_event(ops, app_id, EventKind.NOTE, dt.date(2026, 4, 20), details=words)
    tab.refresh()
    click_row(qtbot, tab, app_id)
    view = tab.related.history.view
    row = next(r for r in range(view.model().rowCount())
               if view.model().index(r, 2).data() == words.strip())
    index = view.model().index(row, 2)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    room = option.rect.width()
    assert 0 < len(option.text) < len(words.strip())
    shown = option.fontMetrics.elidedText(option.text, Qt.TextElideMode.ElideRight, room)
    whole = option.fontMetrics.elidedText(words.strip(), Qt.TextElideMode.ElideRight, room)
    assert shown == whole and whole.endswith("…")
    assert index.data(Qt.ItemDataRole.ToolTipRole) == words.strip()
