"""Saving a check-in keeps the person where they were in the form, and the moment is said
where they are looking — just above Save — briefly and kindly, not only in the status bar
(issue 15). Through the real widgets, with real clicks and typing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bounceback.services import checkins
from bounceback.ui.checkin import moment as moment_module
from bounceback.ui.checkin.moment import MomentBanner
from bounceback.ui.checkin.tab import CheckInTab
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow
from tests.builders import add_application, add_rejection

AT = dt.datetime(2025, 3, 9, 21, 30)


@pytest.fixture
def tab(qtbot, ops: Ops, answers) -> CheckInTab:
    page = CheckInTab(ops)
    qtbot.addWidget(page)
    page.resize(1180, 640)  # short enough that the form scrolls
    page.show()
    qtbot.waitExposed(page)
    return page


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                     pos=QPoint(6, widget.height() // 2))


def y_in_view(tab: CheckInTab, widget: QWidget) -> int:
    """Where ``widget`` is, seen from the top of the form's visible area."""
    return widget.mapTo(tab.scroll.viewport(), QPoint(0, 0)).y()


def scroll_to(qtbot, tab: CheckInTab, widget: QWidget) -> None:
    """Scroll the form down until ``widget`` is a third of the way down the view, as the
    person would."""
    top = widget.mapTo(tab.pane.holder, QPoint(0, 0)).y()
    tab.scroll.verticalScrollBar().setValue(top - tab.scroll.viewport().height() // 3)
    qtbot.wait(10)
    assert tab.scroll.verticalScrollBar().value() > 0


def test_saving_a_new_checkin_stays_where_the_person_was(qtbot, tab: CheckInTab,
                                                          ops: Ops) -> None:
    click(qtbot, tab.form.emotions.chips["disbelief"])
    click(qtbot, tab.form.coping["walk"])
    journal = tab.form.journal
    scroll_to(qtbot, tab, journal)
    qtbot.mouseClick(journal.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(journal, "Heard back today.")
    before = y_in_view(tab, journal)
    assert not tab.form.afterwards.isVisibleTo(tab.form)

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    [row] = ops.read(checkins.list_checkins)
    assert row.journal == "Heard back today."
    # Saved, "afterwards" has appeared above the journal — and the journal hasn't moved.
    assert tab.form.afterwards.isVisibleTo(tab.form)
    assert tab.scroll.verticalScrollBar().value() > 0  # not back at the top
    assert y_in_view(tab, journal) == before


def test_saving_an_open_checkin_stays_where_the_person_was(qtbot, tab: CheckInTab,
                                                            ops: Ops) -> None:
    row = ops.write(None, checkins.create_checkin, checkins.CheckInInput(
        felt_at=AT, emotions=(("hurt", 6),), overall=4))
    assert row is not None
    view = tab.history.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(0, 0)).center())
    assert tab.form.title.text().startswith("Check-in of")
    slider = tab.form.overall.slider
    scroll_to(qtbot, tab, slider)
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(6, slider.height() // 2))
    qtbot.keyClick(slider, Qt.Key.Key_End)
    before = (tab.scroll.verticalScrollBar().value(), y_in_view(tab, slider))

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    assert ops.read(checkins.list_checkins)[0].overall == 10
    assert (tab.scroll.verticalScrollBar().value(), y_in_view(tab, slider)) == before


def test_a_saved_checkin_about_a_rejection_is_met_kindly_above_save(
        qtbot, tab: CheckInTab, ops: Ops) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=None).id
    add_rejection(ops, app_id, dt.date(2025, 3, 8))
    tab.show_application(app_id)
    assert not tab.moment.isVisible()
    click(qtbot, tab.form.emotions.chips["disappointment"])
    click(qtbot, tab.form.coping["call_friend"])

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    said = tab.moment.showing()
    assert said.startswith("Check-in saved.")
    assert "takes courage" in said  # tied to the rejection: a kind word
    assert said.endswith("After call a friend and vent, come back here to note how you feel.")
    # In the tab, where the eyes are after the click: visible, just above Save, outside
    # the scrolling form, over nothing.
    assert tab.moment.isVisible()
    assert not tab.scroll.isAncestorOf(tab.moment)
    banner = tab.moment.geometry()
    save = tab.save_button.geometry()
    assert banner.bottom() < save.top() and save.top() - banner.bottom() < 60
    assert not banner.intersects(tab.scroll.geometry())


def test_noting_afterwards_is_thanked_and_the_moment_leaves_with_the_checkin(
        qtbot, tab: CheckInTab, ops: Ops) -> None:
    row = ops.write(None, checkins.create_checkin, checkins.CheckInInput(
        felt_at=AT, emotions=(("anger", 8),), overall=4, coping_method="walk"))
    other = ops.write(None, checkins.create_checkin, checkins.CheckInInput(
        felt_at=AT - dt.timedelta(days=1), emotions=(("hope", 5),), overall=6))
    assert row is not None and other is not None
    tab.open_afterwards(row.id)
    click(qtbot, tab.form.afterwards.record)
    qtbot.keyClick(tab.form.afterwards.slider("anger"), Qt.Key.Key_Left)

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    assert ops.read(checkins.list_checkins)[0].after == (("anger", 7),)
    assert tab.moment.showing().startswith("Saved — thank you for noting how you feel now.")
    # Another check-in opened: what was said about this one goes with it.
    view = tab.history.view
    index = tab.history.proxy.mapFromSource(
        tab.history.model.index(tab.history.model.row_of_id(other.id), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    assert tab.form.title.text() == "Check-in of 8 Mar 2025, 21:30"
    assert not tab.moment.isVisible()



# --- the focus stays in sight (issue 18) ------------------------------------------------------

def journal_cursor_in_view(tab: CheckInTab) -> bool:
    """Whether the journal's cursor, where the next letter goes, is inside the form's view."""
    journal = tab.form.journal
    cursor = journal.cursorRect()
    top_left = journal.viewport().mapTo(tab.scroll.viewport(), cursor.topLeft())
    return tab.scroll.viewport().rect().contains(
        cursor.translated(top_left - cursor.topLeft()))


def tab_to(widget: QWidget) -> None:
    """Press Tab, from wherever the focus is, until ``widget`` has it."""
    for _ in range(60):
        here = QApplication.focusWidget()
        if here is widget:
            return
        QTest.keyClick(here, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()}")


def three_lines_in_the_journal(qtbot, window: MainWindow) -> CheckInTab:
    """In the window (short, so the form scrolls): a feeling picked, then Tab down to the
    journal (the form scrolls it into view, at the bottom) and three lines typed there."""
    window.resize(1100, 640)
    window.show_tab("checkin")
    tab = window.checkin
    qtbot.mouseClick(tab.form.emotions.chips["disbelief"], Qt.MouseButton.LeftButton)
    tab_to(tab.form.journal)
    for line in ("Heard back today.", "It stings.", "Tomorrow I rest."):
        qtbot.keyClicks(tab.form.journal, line)
        qtbot.keyClick(tab.form.journal, Qt.Key.Key_Return)
    assert tab.scroll.verticalScrollBar().value() > 0
    assert journal_cursor_in_view(tab)
    return tab


def test_ctrl_s_keeps_the_journal_being_typed_in_in_sight(qtbot, window: MainWindow,
                                                          ops: Ops) -> None:
    tab = three_lines_in_the_journal(qtbot, window)

    qtbot.keyClick(tab.form.journal, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert ops.read(checkins.list_checkins)[0].journal.startswith("Heard back today.")
    # The moment above Save took room from the form: the view scrolled just enough that the
    # cursor, where the focus is, is still in it (it was left below the view).
    assert tab.moment.isVisible()
    assert QApplication.focusWidget() is tab.form.journal
    assert journal_cursor_in_view(tab)


def test_the_save_button_gives_the_focus_back_to_the_journal_in_sight(
        qtbot, window: MainWindow, ops: Ops) -> None:
    tab = three_lines_in_the_journal(qtbot, window)

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    assert ops.read(checkins.list_checkins)[0].journal.startswith("Heard back today.")
    # Save turned itself off: the focus went back to the journal, in sight (it went on to
    # the window's tab bar).
    assert not tab.save_button.isEnabled()
    assert QApplication.focusWidget() is tab.form.journal
    assert journal_cursor_in_view(tab)


# --- the banner on its own ---------------------------------------------------------------------

@pytest.fixture
def banner(qtbot) -> Iterator[MomentBanner]:
    """A banner at the top of a window, the pointer resting well below it."""
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(480, 240)
    widget = MomentBanner(root)
    widget.setGeometry(0, 0, 480, 60)
    root.show()
    qtbot.waitExposed(root)
    qtbot.mouseMove(root, QPoint(240, 200))
    yield widget  # the window stays alive with it


def test_a_moment_goes_by_itself_but_not_while_read(qtbot, banner: MomentBanner,
                                                    monkeypatch) -> None:
    monkeypatch.setattr(moment_module, "SHOWN_MS", 80)
    monkeypatch.setattr(moment_module, "LINGER_MS", 80)
    banner.show_moment("Check-in saved.")
    assert banner.isVisible() and banner.showing() == "Check-in saved."
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=2000)
    assert banner.showing() == ""

    banner.show_moment("Step 1 is done.")
    qtbot.mouseMove(banner, banner.rect().center())  # the pointer rests on it: reading
    qtbot.wait(250)
    assert banner.underMouse() and banner.isVisible()
    qtbot.mouseMove(banner.parentWidget(), QPoint(240, 200))  # read, the pointer moves on
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=2000)


def test_a_moment_can_be_closed_and_never_takes_the_focus(qtbot, banner: MomentBanner) -> None:
    banner.show_moment("Check-in saved.")
    assert banner.close_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
