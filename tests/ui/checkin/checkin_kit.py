"""Helpers for the Check-in tab's widget tests: picking feelings and a way to cope where a
person clicks, opening a check-in from the list."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from bounceback.ui.checkin.tab import CheckInTab


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
