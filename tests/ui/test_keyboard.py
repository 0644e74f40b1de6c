"""From the keyboard alone: on each screen, every Alt+letter goes to one place only.

Two controls with the same mnemonic on one screen make Alt+letter take turns between them,
so the person never knows where it lands. Checked on every tab and sub-tab and in every
dialog the menus open, in English and in Spanish.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)

from bounceback.ui import language
from bounceback.ui.main_window import MainWindow
from tests.ui.walk import close_window, tiny_window, visit

MNEMONIC = re.compile(r"(?<!&)&([^\s&])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1).casefold() if found else None


def keys_on(root: QWidget) -> dict[str, list[str]]:
    """Mnemonic → the visible, enabled controls it would reach within ``root``."""
    keys: dict[str, list[str]] = defaultdict(list)
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        texts: list[str] = []
        # A label's mnemonic goes to its buddy; a button's to itself.
        target = w.buddy() if isinstance(w, QLabel) else w
        if isinstance(w, QAbstractButton | QLabel) and target is not None \
                and target.isEnabled():
            texts = [w.text()]
        elif isinstance(w, QGroupBox) and w.isCheckable():
            texts = [w.title()]
        elif isinstance(w, QTabBar):
            texts = [w.tabText(i) for i in range(w.count()) if w.isTabEnabled(i)]
        for text in texts:
            key = mnemonic(text)
            if key is not None:
                keys[key].append(text.replace("&", ""))
    return keys


def clashes(root: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in keys_on(root).items() if len(v) > 1}


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
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        seen.append(type(dialog).__name__)
        pages = [t for t in dialog.findChildren(QTabWidget) if t.isVisibleTo(dialog)]
        for tabs in [None, *pages]:
            for index in range(tabs.count()) if tabs is not None else [None]:
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                QApplication.processEvents()
                same = clashes(dialog)
                if same:
                    found[type(dialog).__name__] = same

    def tick() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            try:
                look(modal)
            finally:
                modal.reject()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    try:
        for open_it in (window.open_settings, window.about, window.keyboard_shortcuts,
                        window.restore_backup, window.export_data, window.import_data):
            open_it()
    finally:
        timer.stop()
    assert len(seen) == 6
    assert found == {}


def test_the_menu_bar_and_each_menu_give_each_letter_one_place(window) -> None:
    bar = window.menuBar()
    titles = [mnemonic(a.text()) for a in bar.actions()]
    assert len(titles) == len(set(titles)) and None not in titles
    for menu in (window.file_menu, window.view_menu, window.help_menu):
        keys = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        letters = [k for k in keys if k is not None]
        assert len(letters) == len(set(letters)), [a.text() for a in menu.actions()]


def test_the_check_finds_a_clash(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    lay = QVBoxLayout(box)
    lay.addWidget(QPushButton("&Save", box))
    lay.addWidget(QPushButton("&Search", box))
    assert set(clashes(box)) == {"s"}
