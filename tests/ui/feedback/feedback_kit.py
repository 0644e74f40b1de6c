"""Helpers for the Feedback tab's widget tests: the tab, its list of notes, a click on a row."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bounceback.ui.feedback.tab import FeedbackTab


def make_tab(qtbot, ops) -> FeedbackTab:
    tab = FeedbackTab(ops)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    return tab


def listed(tab: FeedbackTab) -> list[tuple[str, str, str]]:
    m = tab.notes.proxy
    return [tuple(m.index(r, c).data() for c in range(3)) for r in range(m.rowCount())]


def click_row(qtbot, tab: FeedbackTab, row: int) -> None:
    view = tab.notes.view
    rect = view.visualRect(tab.notes.proxy.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
