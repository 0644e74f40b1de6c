"""From the keyboard alone: on each screen, every Alt+letter goes to one place only.

Two controls with the same mnemonic on one screen make Alt+letter take turns between them,
so the person never knows where it lands. Checked on every tab and sub-tab and in every
dialog the menus open, in English and in Spanish.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QRadioButton,
    QWidget,
)

from bounceback.ui import language
from bounceback.ui.main_window import MainWindow
from tests.ui.screen_kit import clashes, keys_on, mnemonic
from tests.ui.walk import (
    MENU_DIALOGS,
    close_window,
    each_modal_dialog,
    open_menu_dialogs,
    pages_of,
    tiny_window,
    visit,
)


@pytest.fixture(params=["en", "es"])
def window(request, qtbot, tmp_path) -> Iterator[MainWindow]:
    w = tiny_window(qtbot, tmp_path)
    if request.param != language.SOURCE:
        with qtbot.waitSignal(w.retranslated):
            assert language.apply(request.param)
    yield w
    language.apply(language.SOURCE)
    close_window(w)


def test_each_screen_gives_each_alt_letter_one_place(qtbot, window) -> None:
    found: dict[str, dict[str, list[str]]] = {}
    for where, _page in visit(qtbot, window):
        # The window as a whole: the tab in front, its sub-tabs, and the window's tab bar.
        same = clashes(window.centralWidget())
        if same:
            found[where] = same
    assert found == {}


def test_each_dialog_gives_each_alt_letter_one_place(qtbot, window) -> None:
    found: dict[str, dict[str, list[str]]] = {}

    def look(dialog: QDialog) -> None:
        for page in pages_of(dialog):
            same = clashes(dialog)
            if same:
                found[f"{type(dialog).__name__} {page}".strip()] = same

    with each_modal_dialog(look) as seen:
        open_menu_dialogs(window)
    assert set(seen) == MENU_DIALOGS
    assert found == {}


def test_the_menu_bar_and_each_menu_give_each_letter_one_place(window) -> None:
    bar = window.menuBar()
    titles = [mnemonic(a.text()) for a in bar.actions()]
    assert len(titles) == len(set(titles)) and None not in titles
    menus = [window.file_menu, window.view_menu, window.help_menu]
    for menu in menus:  # submenus (View → Appearance) are checked too
        menus.extend(a.menu() for a in menu.actions() if a.menu() is not None)
        keys = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        letters = [k for k in keys if k is not None]
        assert len(letters) == len(set(letters)), [a.text() for a in menu.actions()]
    assert window.menus.appearance in menus


def test_no_screen_takes_the_menu_bar_letters(qtbot, window) -> None:
    """Alt+F, Alt+V and Alt+H open their menus from every screen: a control with the same
    letter makes Alt+letter take turns between it and the menu."""
    bar = {mnemonic(a.text()): a.text().replace("&", "") for a in window.menuBar().actions()}
    found: dict[str, dict[str, list[str]]] = {}
    for where, _page in visit(qtbot, window):
        taken = {bar[k]: v for k, v in keys_on(window.centralWidget()).items() if k in bar}
        if taken:
            found[where] = taken
    assert found == {}


def test_the_check_finds_a_clash(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    lay = QVBoxLayout(box)
    lay.addWidget(QPushButton("&Save", box))
    lay.addWidget(QPushButton("&Search", box))
    assert set(clashes(box)) == {"s"}


def tab_stops(page: QWidget) -> list[QWidget]:
    """What Tab should reach on ``page``: visible, enabled controls that take Tab focus."""
    return [w for w in page.findChildren(QWidget)
            if w.isVisibleTo(page) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None]


def radio_group(w: QWidget) -> list[QWidget]:
    if not isinstance(w, QRadioButton):
        return []
    group = w.group()
    if group is not None:
        return list(group.buttons())
    parent = w.parentWidget()
    return [r for r in parent.findChildren(QRadioButton) if r.parentWidget() is parent
            and r.autoExclusive()] if parent is not None and w.autoExclusive() else []


def unreached(page: QWidget) -> list[str]:
    """Tab stops of ``page`` that pressing Tab from its first one never reaches."""
    stops = tab_stops(page)
    if not stops:
        return []
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    reached: set[int] = set()
    for _ in range(len(stops) * 3 + 10):
        focused = QApplication.focusWidget()
        if focused is not None:
            reached.add(id(focused))
            QTest.keyClick(focused, Qt.Key.Key_Tab)
    # Radio buttons of one group are one stop: Tab reaches the chosen one, the arrow keys
    # move between them (as in every desktop program).
    reached |= {id(other) for w in stops if id(w) in reached for other in radio_group(w)}
    return [f"{type(w).__name__} “{getattr(w, 'text', lambda: '')()}”"
            for w in stops if id(w) not in reached]


def test_tab_reaches_every_control_on_every_screen(qtbot, window) -> None:
    """No control is out of the Tab key's reach and nothing traps it (a list that walks
    Tab through its cells, a date edit that keeps it)."""
    window.activateWindow()
    missed = {where: left for where, page in visit(qtbot, window) if (left := unreached(page))}
    assert missed == {}


def test_the_tab_walk_finds_a_trap(qtbot) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QPushButton, QTableView, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    lay = QVBoxLayout(box)
    table = QTableView(box)  # Qt's default: Tab walks the cells
    table.setModel(QStandardItemModel(50, 4, table))
    lay.addWidget(table)
    lay.addWidget(QPushButton("After the list", box))
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    assert unreached(box) == ["QPushButton “After the list”"]
    table.setTabKeyNavigation(False)  # as the program's lists are
    assert unreached(box) == []
