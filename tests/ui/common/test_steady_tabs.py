"""A change of size inside a page repaints what changed, not the whole tab widget; a longer
tab title or a page that grew is still laid out as a QTabWidget lays it out."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from bounceback.ui.common.steady_tabs import SteadyTabWidget


class Paints(QObject):
    """How often each watched widget was painted."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.count: Counter[QObject] = Counter()
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count[watched] += 1
        return False


def _tabs(qtbot, kind: type[QTabWidget]) -> tuple[QWidget, QTabWidget, QLabel, QLabel]:
    holder = QWidget()
    qtbot.addWidget(holder)
    tabs = kind(holder)
    page = QWidget()
    growing, still = QLabel("short", page), QLabel("stays as it is", page)
    lay = QVBoxLayout(page)
    lay.addWidget(growing)
    lay.addWidget(still)
    tabs.addTab(page, "Page")
    tabs.addTab(QWidget(), "Other")
    QVBoxLayout(holder).addWidget(tabs)
    holder.resize(500, 300)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.wait(20)  # the first paints are over
    return holder, tabs, growing, still


def _grow(qtbot, growing: QLabel) -> None:
    growing.setText("a good deal longer than before, so it asks for more room")
    qtbot.wait(20)


def test_a_label_growing_in_a_page_repaints_neither_the_bar_nor_its_neighbours(qtbot) -> None:
    _holder, tabs, growing, still = _tabs(qtbot, SteadyTabWidget)
    paints = Paints(tabs.tabBar(), still, growing)
    _grow(qtbot, growing)
    assert paints.count[growing] >= 1
    assert paints.count[tabs.tabBar()] == 0
    assert paints.count[still] == 0


def test_a_plain_tab_widget_repaints_everything_for_it(qtbot) -> None:
    """Why SteadyTabWidget is there: Qt's own repaints itself whole on every layout request
    (should a Qt version stop doing so, this fails and the class can go)."""
    _holder, tabs, growing, still = _tabs(qtbot, QTabWidget)
    paints = Paints(tabs.tabBar(), still)
    _grow(qtbot, growing)
    assert paints.count[tabs.tabBar()] >= 1
    assert paints.count[still] >= 1


def test_a_longer_title_still_widens_the_bar(qtbot) -> None:
    _holder, tabs, _growing, _still = _tabs(qtbot, SteadyTabWidget)
    before = tabs.tabBar().width()
    tabs.setTabText(1, "Another page with a much longer title")
    qtbot.waitUntil(lambda: tabs.tabBar().width() > before)
    assert tabs.tabBar().width() == tabs.tabBar().sizeHint().width()


def test_a_page_that_needs_more_room_makes_its_holder_need_it_too(qtbot) -> None:
    holder, tabs, growing, _still = _tabs(qtbot, SteadyTabWidget)
    before = holder.minimumSizeHint().width()
    growing.setMinimumWidth(before + 200)
    qtbot.waitUntil(lambda: holder.minimumSizeHint().width() >= before + 200)
    assert tabs.minimumSizeHint().width() >= before + 200


def test_a_title_as_wide_as_before_repaints_the_bar_alone(qtbot) -> None:
    _holder, tabs, growing, still = _tabs(qtbot, SteadyTabWidget)
    tabs.setTabText(1, "Other (1)")
    qtbot.wait(20)
    paints = Paints(tabs, tabs.tabBar(), still, growing)
    tabs.setTabText(1, "Other (2)")
    qtbot.waitUntil(lambda: paints.count[tabs.tabBar()] >= 1)
    qtbot.wait(20)
    assert tabs.tabText(1) == "Other (2)"
    assert paints.count[still] == 0 and paints.count[growing] == 0
    assert paints.count[tabs] <= 1  # at most beneath the bar, never the page


def test_a_title_with_an_accelerator_still_answers_its_key(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    holder, tabs, _growing, _still = _tabs(qtbot, SteadyTabWidget)
    tabs.setTabText(1, "&Other (3)")
    holder.activateWindow()
    QTest.keyClick(holder, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert tabs.currentIndex() == 1
