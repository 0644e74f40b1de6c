"""Walk every tab of the real window, with every sub-tab and "at a glance" section open.

Shared by the tests that check something of every screen (names, language, appearance).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from benchmarks import generate
from bounceback.db.store import open_store
from bounceback.ui.common.insight_section import InsightSection
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow


def tiny_window(qtbot, folder: Path) -> MainWindow:
    """The real window on a small generated store with data in every table; close it and
    its store with close_window."""
    db = generate.generate(folder / "data", generate.SIZES["tiny"])
    ops = Ops(open_store(db, backups=folder / "backups"))
    window = MainWindow(ops, QSettings(str(folder / "settings.ini"),
                                       QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    assert window.ops is not None
    window.ops.store.close()


def visit(qtbot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Each screen once: (where, the tab's page), with the screen showing."""
    for key in window.tabs.tab_keys():
        page = window.show_tab(key)
        QApplication.processEvents()
        for section in page.findChildren(InsightSection):
            section.set_expanded(True)
            qtbot.waitUntil(lambda section=section: not section.loading)
        QApplication.processEvents()
        inner = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
        for tabs in [None, *inner]:
            for index in range(tabs.count()) if tabs is not None else [None]:
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                yield (key if tabs is None else f"{key} / {tabs.tabText(index)}"), page
