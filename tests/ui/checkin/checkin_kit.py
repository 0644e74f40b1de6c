"""Helpers for the Check-in tab's widget tests: the tab shown, picking feelings and a way to
cope where a person clicks, opening a check-in from the list."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from bounceback.ui.checkin.tab import CheckInTab
from bounceback.ui.common.ops import Ops


def shown_tab(qtbot, ops: Ops, *, active: bool = False) -> CheckInTab:
    """The Check-in tab on its own, at a laptop's size; ``active``: its window has the
    keyboard (key presses and focus rings need that)."""
    page = CheckInTab(ops)
    qtbot.addWidget(page)
    page.resize(1180, 720)
    page.show()
    if active:
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
    return page


def open_row(tab: CheckInTab, ident: int) -> None:
    """Select a check-in in the list the way a click does."""
    row = tab.history.model.row_of_id(ident)
    idx = tab.history.proxy.mapFromSource(tab.history.model.index(row, 0))
    tab.history.view.setCurrentIndex(idx)


def choose(qtbot, tab: CheckInTab, coping: str) -> None:
    """Click a way to cope on its round indicator, where a person would click."""
    radio = tab.form.coping[coping]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))


def pick(qtbot, tab: CheckInTab, *keys: str) -> None:
    for key in keys:
        qtbot.mouseClick(tab.form.emotions.chips[key], Qt.MouseButton.LeftButton)
