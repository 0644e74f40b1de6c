"""The Timeline's board through its real widgets: click, press keys, drag a card, then check the
board, the editor and the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks import generate
from bounceback.db.enums import EventKind, PlanStep, Status, StepState
from bounceback.db.store import open_store
from bounceback.services import applications, events, plans
from bounceback.services.applications import ApplicationFilter
from bounceback.ui.common import dialogs, labels
from bounceback.ui.common.ops import Ops
from bounceback.ui.timeline.board import MIME, CardView
from bounceback.ui.timeline.tab import BOARD, EVENTS, LIST, TimelineTab
from tests.builders import add_application
from tests.ui.screen_kit import cut_off, unnamed, unreadable
from tests.ui.window_kit import click, tick

APPLIED_ON = dt.date(2026, 11, 2)


def make_tab(qtbot, ops: Ops) -> TimelineTab:
    t = TimelineTab(ops)
    qtbot.addWidget(t)
    t.resize(1280, 760)
    # Keys and the focus as a person has them: the tab is the active window.
    with qtbot.waitActive(t):
        t.show()
        t.activateWindow()
    return t


@pytest.fixture
def tab(qtbot, ops, answers) -> TimelineTab:
    return make_tab(qtbot, ops)


def board_of(qtbot, tab: TimelineTab) -> None:
    click(qtbot, tab.board_button)
    assert tab.pages.currentWidget() is tab.board


def names(tab: TimelineTab, status: Status) -> list[str]:
    return [c.company for c in tab.board.cards(status)]


def view_of(tab: TimelineTab, status: Status) -> CardView:
    return tab.board.columns[status].view


def card_index(tab: TimelineTab, status: Status, company: str):
    column = tab.board.columns[status]
    row = names(tab, status).index(company)
    return column.model.index(row, 0)


def focus_card(qtbot, tab: TimelineTab, status: Status, company: str) -> CardView:
    """A click on the card, as a person picks it: it is selected and has the focus."""
    view = view_of(tab, status)
    rect = view.visualRect(card_index(tab, status, company))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.hasFocus()
    return view


def status_of(ops, app_id: int) -> Status:
    return ops.read(applications.get_application, app_id).status


def kinds(ops, app_id: int) -> list[EventKind]:
    return [e.kind for e in ops.read(events.list_events, app_id)]


def drag_card(qtbot, monkeypatch, tab: TimelineTab, source: Status, company: str,
              target: Status) -> None:
    """Drag a card with the mouse onto another column.

    The press and the moves are real mouse events on the card, and start the view's real
    drag. The offscreen platform has no drag loop of its own (its QDrag.exec returns at once,
    with nothing dropped), so the loop's part is played here: the drag's own data is carried
    to the column under the pointer as the events Qt's loop sends, enter, move, drop."""
    view = view_of(tab, source)
    into = view_of(tab, target).viewport()
    carried: list[bytes] = []

    def drag_loop(drag: QDrag, *_actions) -> Qt.DropAction:
        mime = drag.mimeData()
        carried.append(bytes(mime.data(MIME).data()))
        at = into.rect().center()
        move = Qt.DropAction.MoveAction
        left = Qt.MouseButton.LeftButton
        none = Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(at, move, mime, left, none)
        QApplication.sendEvent(into, enter)
        if not enter.isAccepted():
            return Qt.DropAction.IgnoreAction
        QApplication.sendEvent(into, QDragMoveEvent(at, move, mime, left, none))
        drop = QDropEvent(at.toPointF(), move, mime, left, none)
        QApplication.sendEvent(into, drop)
        return drop.dropAction() if drop.isAccepted() else Qt.DropAction.IgnoreAction

    monkeypatch.setattr(QDrag, "exec", drag_loop)
    start = view.visualRect(card_index(tab, source, company)).center()
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    step = QApplication.startDragDistance() + 2
    QTest.mouseMove(view.viewport(), start + QPoint(step, 0))
    QTest.mouseMove(view.viewport(), start + QPoint(2 * step, 0))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                       pos=start + QPoint(2 * step, 0))
    assert carried, "no drag started"


# --- the view ---------------------------------------------------------------------------------

def test_the_board_is_a_third_view_beside_the_list_and_all_events(qtbot, tab, ops):
    add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON)
    board_of(qtbot, tab)
    assert tab.board_button.isChecked() and not tab.all_button.isChecked()
    assert not tab.board_button.icon().isNull()
    # A column per status, in the statuses' order, each headed by the list's word for it.
    assert [c.heading.word for c in tab.board.columns.values()] == \
        [labels.status(s) for s in Status]
    assert list(tab.board.columns) == list(Status)
    assert names(tab, Status.APPLIED) == ["Acme"]

    click(qtbot, tab.all_button)  # one view at a time
    assert tab.view() == EVENTS and not tab.board_button.isChecked()
    assert tab.pages.currentWidget() is tab.all_events
    click(qtbot, tab.board_button)
    assert tab.view() == BOARD and not tab.all_button.isChecked()
    click(qtbot, tab.board_button)  # off again: the list
    assert tab.view() == LIST and tab.pages.currentWidget() is tab.split


def test_a_card_says_company_role_last_activity_and_an_open_plan(qtbot, tab, ops):
    add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 12, 1),
                    rejected_on=dt.date(2026, 12, 3))
    put_away = add_application(ops, "Globex", "Engineer", applied_on=dt.date(2026, 10, 1),
                               rejected_on=dt.date(2026, 10, 20)).id
    finished = add_application(ops, "Initech", "Analyst", applied_on=dt.date(2026, 9, 1),
                               rejected_on=dt.date(2026, 9, 5)).id
    add_application(ops, "Umbrella", "Chemist", applied_on=None, today=dt.date(2026, 8, 8))
    for app_id, finish in ((put_away, False), (finished, True)):
        plan = ops.read(plans.plan_for_application, app_id)
        assert plan is not None
        if finish:
            for step in plans.STEPS:
                ops.write(None, plans.set_step, plan.id, step, StepState.SKIPPED
                          if step == PlanStep.ACCEPT else StepState.DONE,
                          today=dt.date(2026, 9, 6))
        else:
            ops.write(None, plans.set_dismissed, plan.id, True)
    board_of(qtbot, tab)

    column = tab.board.columns[Status.REJECTED]
    said = [column.model.index(r, 0).data(Qt.ItemDataRole.AccessibleTextRole)
            for r in range(column.model.rowCount())]
    assert said == [
        "Acme — Designer, last activity 3 Dec 2026, bounce-back plan open",
        "Globex — Engineer, last activity 20 Oct 2026",  # the plan put away
        "Initech — Analyst, last activity 6 Sep 2026",  # every step behind them
    ]
    assert [c.plan_open for c in tab.board.cards(Status.REJECTED)] == [True, False, False]
    first = column.model.index(0, 0)
    assert first.data() == said[0] == first.data(Qt.ItemDataRole.ToolTipRole)
    assert names(tab, Status.APPLIED) == ["Umbrella"]


def test_columns_and_cards_have_names_a_screen_reader_says(qtbot, tab, ops):
    for company in ("Acme", "Globex"):
        add_application(ops, company, "Designer", applied_on=APPLIED_ON)
    add_application(ops, "Initech", "Analyst", applied_on=APPLIED_ON, status=Status.OFFER)
    board_of(qtbot, tab)
    assert view_of(tab, Status.APPLIED).accessibleName() == "Applied, 2 applications"
    assert view_of(tab, Status.OFFER).accessibleName() == "Offer, 1 application"
    assert view_of(tab, Status.WITHDRAWN).accessibleName() == "Withdrawn, 0 applications"
    assert "Ctrl+Right" in view_of(tab, Status.APPLIED).accessibleDescription()
    assert unnamed(tab.board) == []
    assert unnamed(tab) == []


# --- moving a card ----------------------------------------------------------------------------

def test_ctrl_right_moves_the_card_on_and_the_focus_follows_it(qtbot, tab, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON).id
    add_application(ops, "Globex", "Engineer", applied_on=APPLIED_ON)
    board_of(qtbot, tab)
    view = focus_card(qtbot, tab, Status.APPLIED, "Acme")
    before = kinds(ops, app_id)

    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)

    assert names(tab, Status.APPLIED) == ["Globex"]
    assert names(tab, Status.SCREENING) == ["Acme"]
    assert status_of(ops, app_id) == Status.SCREENING
    assert kinds(ops, app_id) == [*before, EventKind.SCREEN]  # its history says so
    moved = view_of(tab, Status.SCREENING)
    assert QApplication.focusWidget() is moved
    assert moved.current_card().id == app_id  # type: ignore[union-attr]
    assert tab.board.current_id() == app_id
    assert view_of(tab, Status.APPLIED).selectionModel().selectedIndexes() == []

    # Alt+Shift+Left takes it back, as the other key does.
    QTest.keyClick(moved, Qt.Key.Key_Left,
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert status_of(ops, app_id) == Status.APPLIED
    assert QApplication.focusWidget() is view_of(tab, Status.APPLIED)
    assert tab.board.current_id() == app_id
    assert tab.view() == BOARD


def test_the_first_column_has_nothing_to_its_left(qtbot, tab, ops):
    first = next(iter(Status))
    app_id = add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON, status=first).id
    board_of(qtbot, tab)
    view = focus_card(qtbot, tab, first, "Acme")
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert status_of(ops, app_id) == first
    assert names(tab, first) == ["Acme"]


def test_arrows_walk_the_cards_and_enter_opens_one(qtbot, tab, ops):
    add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 11, 5))
    add_application(ops, "Globex", "Engineer", applied_on=dt.date(2026, 11, 1))
    offer = add_application(ops, "Initech", "Analyst", applied_on=APPLIED_ON,
                            status=Status.OFFER).id
    board_of(qtbot, tab)
    view = focus_card(qtbot, tab, Status.APPLIED, "Acme")

    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.current_card().company == "Globex"  # type: ignore[union-attr]
    # Right goes past the empty columns, to the next card that way.
    QTest.keyClick(view, Qt.Key.Key_Right)
    offers = view_of(tab, Status.OFFER)
    assert QApplication.focusWidget() is offers
    assert offers.current_card().id == offer  # type: ignore[union-attr]
    QTest.keyClick(offers, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is view
    QTest.keyClick(view, Qt.Key.Key_Right)

    QTest.keyClick(offers, Qt.Key.Key_Return)
    assert tab.view() == LIST and tab.pages.currentWidget() is tab.split
    assert tab._current is not None and tab._current.id == offer
    assert tab.list.current_id() == offer
    assert QApplication.focusWidget() is tab.list.view


def test_a_card_dragged_to_another_column_takes_its_status(qtbot, monkeypatch, tab, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON).id
    board_of(qtbot, tab)
    drag_card(qtbot, monkeypatch, tab, Status.APPLIED, "Acme", Status.INTERVIEWING)
    # The move is made once the drop is over.
    qtbot.waitUntil(lambda: status_of(ops, app_id) == Status.INTERVIEWING)
    assert names(tab, Status.INTERVIEWING) == ["Acme"]
    assert names(tab, Status.APPLIED) == []
    assert kinds(ops, app_id)[-1] == EventKind.INTERVIEW
    assert tab.board.current_id() == app_id
    assert tab.view() == BOARD


def test_a_card_dragged_to_the_edge_of_a_narrow_board_scrolls_it(qtbot, tab, ops):
    add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON)
    tab.resize(640, 700)
    board_of(qtbot, tab)
    QApplication.processEvents()
    bar = tab.board.area.horizontalScrollBar()
    assert bar.maximum() > 0  # the columns at their narrowest don't fit: it scrolls
    assert bar.value() == 0
    source = view_of(tab, Status.APPLIED)
    mime = source.model().mimeData([card_index(tab, Status.APPLIED, "Acme")])
    # Over the last column in sight, near the board's right edge.
    area = tab.board.area.viewport()
    edge = QPoint(area.width() - 4, area.height() // 2)
    under = next(v for v in (c.view for c in tab.board.columns.values())
                 if v.isVisible() and v.viewport().rect().contains(
                     v.viewport().mapFrom(area, edge)))
    at = under.viewport().mapFrom(area, edge)
    move = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(at, move, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(under.viewport(), enter)
    assert enter.isAccepted()
    for _ in range(3):
        QApplication.sendEvent(under.viewport(), QDragMoveEvent(
            at, move, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert bar.value() > 0


def test_a_card_dropped_on_its_own_column_changes_nothing(qtbot, monkeypatch, tab, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON).id
    board_of(qtbot, tab)
    before = kinds(ops, app_id)
    drag_card(qtbot, monkeypatch, tab, Status.APPLIED, "Acme", Status.APPLIED)
    QApplication.processEvents()
    assert kinds(ops, app_id) == before
    assert names(tab, Status.APPLIED) == ["Acme"]


def test_a_card_dropped_on_not_selected_is_met_kindly_with_the_plan(qtbot, monkeypatch, tab,
                                                                     ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON).id
    other = add_application(ops, "Globex", "Engineer", applied_on=dt.date(2026, 12, 1)).id
    tab.show_application(other)
    board_of(qtbot, tab)
    drag_card(qtbot, monkeypatch, tab, Status.APPLIED, "Acme", Status.REJECTED)
    qtbot.waitUntil(lambda: tab.view() == LIST)

    assert status_of(ops, app_id) == Status.REJECTED
    assert kinds(ops, app_id)[-1] == EventKind.REJECTION
    plan = ops.read(plans.plan_for_application, app_id)
    assert plan is not None and plan.is_open
    # As the editor meets a "no": the application open, kind words above it, the plan
    # offered where the person is looking.
    assert tab._current is not None and tab._current.id == app_id
    assert tab.list.current_id() == app_id
    assert tab.context.sorry()
    assert tab.context.plan.isVisible()
    assert "I'm sorry it was a no" in tab.context.plan.text.text()
    assert not tab.context.plan.visibleRegion().isEmpty()


def test_ctrl_left_onto_not_selected_offers_the_plan_too(qtbot, tab, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON,
                             status=Status.WITHDRAWN).id
    board_of(qtbot, tab)
    assert list(Status).index(Status.WITHDRAWN) == list(Status).index(Status.REJECTED) + 1
    view = focus_card(qtbot, tab, Status.WITHDRAWN, "Acme")
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert status_of(ops, app_id) == Status.REJECTED
    assert tab.view() == LIST
    assert tab._current is not None and tab._current.id == app_id
    assert tab.context.sorry()
    # Back on the board, the card is where it went, with its plan's mark.
    click(qtbot, tab.board_button)
    assert names(tab, Status.REJECTED) == ["Acme"]
    assert tab.board.cards(Status.REJECTED)[0].plan_open
    assert tab.board.current_id() == app_id


def test_unsaved_edits_are_asked_about_before_a_no_opens_the_editor(qtbot, tab, ops, answers):
    app_id = add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON,
                             status=Status.WITHDRAWN).id
    other = add_application(ops, "Globex", "Engineer", applied_on=APPLIED_ON).id
    tab.show_application(other)
    qtbot.keyClicks(tab.form.notes, "Call back on Monday")
    assert tab.has_unsaved_changes()
    board_of(qtbot, tab)

    answers.unsaved = dialogs.Unsaved.CANCEL
    view = focus_card(qtbot, tab, Status.WITHDRAWN, "Acme")
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert answers.asked == ["unsaved: the application at Globex"]
    assert status_of(ops, app_id) == Status.WITHDRAWN  # cancelled: nothing moved
    assert tab.view() == BOARD and tab.has_unsaved_changes()

    answers.unsaved = dialogs.Unsaved.SAVE
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert ops.read(applications.get_application, other).notes == "Call back on Monday"
    assert status_of(ops, app_id) == Status.REJECTED
    assert tab._current is not None and tab._current.id == app_id and tab.context.sorry()


def test_moving_the_open_application_shows_its_new_status_in_the_editor(qtbot, tab, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON).id
    tab.show_application(app_id)
    board_of(qtbot, tab)
    view = focus_card(qtbot, tab, Status.APPLIED, "Acme")
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert status_of(ops, app_id) == Status.SCREENING
    assert tab.form.status.currentData() == Status.SCREENING
    assert not tab.has_unsaved_changes()
    assert tab.related.history.model.rows()[-1].kind == EventKind.SCREEN


# --- what it shows, and when ------------------------------------------------------------------

def test_archived_applications_show_only_with_show_archived(qtbot, tab, ops):
    add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON)
    gone = add_application(ops, "Globex", "Engineer", applied_on=APPLIED_ON).id
    ops.write(None, applications.set_archived, gone, True)
    board_of(qtbot, tab)
    assert names(tab, Status.APPLIED) == ["Acme"]

    tick(qtbot, tab.board.show_archived)
    assert tab.list.show_archived.isChecked()  # one setting, whichever box says it
    assert sorted(names(tab, Status.APPLIED)) == ["Acme", "Globex"]
    column = tab.board.columns[Status.APPLIED]
    row = names(tab, Status.APPLIED).index("Globex")
    assert column.model.index(row, 0).data().startswith("Globex (archived) — Engineer")

    tab.list.show_archived.setChecked(False)
    assert not tab.board.show_archived.isChecked()
    assert names(tab, Status.APPLIED) == ["Acme"]


def test_changes_elsewhere_show_at_once_and_the_selection_stays(qtbot, tab, ops):
    add_application(ops, "Acme", "Designer", applied_on=dt.date(2026, 11, 5))
    globex = add_application(ops, "Globex", "Engineer", applied_on=dt.date(2026, 11, 1)).id
    board_of(qtbot, tab)
    focus_card(qtbot, tab, Status.APPLIED, "Globex")

    add_application(ops, "Initech", "Analyst", applied_on=dt.date(2026, 11, 9))
    assert names(tab, Status.APPLIED) == ["Initech", "Acme", "Globex"]
    view = view_of(tab, Status.APPLIED)
    assert view.current_card().id == globex  # type: ignore[union-attr]
    assert view.selectionModel().isSelected(view.currentIndex())

    # Moved by someone else (the editor, an event): the selection goes with it.
    ops.write(None, applications.set_status, globex, Status.REJECTED)
    assert names(tab, Status.REJECTED) == ["Globex"]
    assert view_of(tab, Status.REJECTED).current_card().id == globex  # type: ignore[union-attr]
    assert tab.board.cards(Status.REJECTED)[0].plan_open
    # The plan put away on the Bounce back tab: the mark goes.
    plan = ops.read(plans.plan_for_application, globex)
    assert plan is not None
    ops.write(None, plans.set_dismissed, plan.id, True)
    assert not tab.board.cards(Status.REJECTED)[0].plan_open


def test_out_of_sight_the_board_catches_up_when_shown(qtbot, tab, ops):
    board_of(qtbot, tab)
    click(qtbot, tab.board_button)  # the list again
    add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON)
    assert tab._board_stale
    assert names(tab, Status.APPLIED) == []  # not read while out of sight
    click(qtbot, tab.board_button)
    assert names(tab, Status.APPLIED) == ["Acme"]
    assert not tab._board_stale


def test_the_view_is_remembered_between_runs(qtbot, ops, answers, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON)
    first = make_tab(qtbot, ops)
    first.restore_state(settings)
    assert first.view() == LIST
    click(qtbot, first.board_button)
    first.save_state(settings)
    assert settings.value("timeline/view") == BOARD

    again = make_tab(qtbot, ops)
    again.restore_state(settings)
    assert again.view() == BOARD and again.board_button.isChecked()
    assert again.pages.currentWidget() is again.board
    assert names(again, Status.APPLIED) == ["Acme"]


def test_a_new_language_keeps_the_view_and_the_card(qtbot, tab, ops):
    app_id = add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON).id
    board_of(qtbot, tab)
    focus_card(qtbot, tab, Status.APPLIED, "Acme")
    kept = tab.selection()
    again = make_tab(qtbot, ops)
    again.select_again(kept)
    assert again.view() == BOARD
    assert again.board.current_id() == app_id
    assert view_of(again, Status.APPLIED).current_card().id == app_id  # type: ignore[union-attr]


def test_the_board_reads_well_in_every_look(qtbot, ops, answers, mode, font_scale):
    add_application(ops, "Wide World Importers", "Design systems designer",
                    applied_on=APPLIED_ON, status=Status.INTERVIEWING)
    add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON, rejected_on=APPLIED_ON)
    tab = make_tab(qtbot, ops)
    board_of(qtbot, tab)
    QApplication.processEvents()
    assert unreadable(tab.board) == []
    assert cut_off(tab.board) == []
    # A card as tall as its words: the company, the role and the day, at any font size.
    column = tab.board.columns[Status.INTERVIEWING]
    delegate = column.view.itemDelegate()
    fonts = delegate.fonts(column.view.font())  # type: ignore[attr-defined]
    rect = column.view.visualRect(column.model.index(0, 0))
    assert rect.height() >= 3 * fonts.line() + fonts.when_metrics.lineSpacing()


def test_the_card_models_pass_the_model_tester(qtbot, tab, ops, qtmodeltester):
    add_application(ops, "Acme", "Designer", applied_on=APPLIED_ON)
    add_application(ops, "Globex", "Engineer", applied_on=APPLIED_ON, rejected_on=APPLIED_ON)
    board_of(qtbot, tab)
    for status in (Status.APPLIED, Status.REJECTED, Status.OFFER):
        qtmodeltester.check(tab.board.columns[status].model)


def test_a_board_of_two_thousand_applications_builds_and_refreshes(qtbot, answers,
                                                                     tmp_path: Path):
    size = generate.Size(applications=2000, events=4000, contacts=10, checkins=10,
                         feedback=10, review_items=10, action_items=10, long_histories=0)
    store = open_store(generate.generate(tmp_path / "data", size),
                       backups=tmp_path / "backups")
    try:
        ops = Ops(store)
        tab = make_tab(qtbot, ops)
        every = ops.read(applications.list_applications,
                         ApplicationFilter(include_archived=True))
        shown = [r for r in every if not r.archived]
        assert len(every) == 2000
        board_of(qtbot, tab)

        def counts() -> dict[Status, int]:
            return {s: c.model.rowCount() for s, c in tab.board.columns.items()}

        assert counts() == {s: sum(1 for r in shown if r.status == s) for s in Status}
        planned = {p.application_id for p in ops.read(plans.list_plans, open_only=False)
                   if not p.dismissed and not p.complete}
        assert {c.id for s in Status for c in tab.board.cards(s) if c.plan_open} == \
            planned & {r.id for r in shown}

        tick(qtbot, tab.board.show_archived)
        assert sum(counts().values()) == 2000
        # A move refreshes all of it.
        busiest = max(Status, key=lambda s: counts()[s])
        view = view_of(tab, busiest)
        view.setFocus()
        QTest.keyClick(view, Qt.Key.Key_End)
        moved = view.current_card()
        assert moved is not None
        step = 1 if busiest != list(Status)[-1] else -1
        target = list(Status)[list(Status).index(busiest) + step]
        before = counts()
        QTest.keyClick(view, Qt.Key.Key_Right if step == 1 else Qt.Key.Key_Left,
                       Qt.KeyboardModifier.ControlModifier)
        if target == Status.REJECTED:
            click(qtbot, tab.board_button)
        after = counts()
        assert after[busiest] == before[busiest] - 1
        assert after[target] == before[target] + 1
        assert tab.board.current_id() == moved.id
    finally:
        store.close()
