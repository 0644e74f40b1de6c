"""Walk every tab of the real window, with every sub-tab and "at a glance" section open.

Shared by the tests that check something of every screen (names, language, appearance).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

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


def pages_of(root: QWidget) -> Iterator[str]:
    """Each page of ``root``'s visible tab widgets in turn (once with none of them turned):
    yields where we are."""
    yield ""
    for tabs in [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)]:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield tabs.tabText(index)


@contextmanager
def each_modal_dialog(look: Callable[[QDialog], object]) -> Iterator[list[str]]:
    """While inside, every modal dialog that opens (they block in exec()) is handed to
    ``look``, then cancelled; yields the names of those seen."""
    seen: list[str] = []

    def tick() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            seen.append(type(modal).__name__)
            try:
                look(modal)
            finally:
                modal.reject()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()


def open_menu_dialogs(window: MainWindow) -> None:
    """Open, one after the other, the dialogs the window's menus lead to."""
    for open_it in (window.open_settings, window.about, window.keyboard_shortcuts,
                    window.restore_backup, window.export_data, window.import_data):
        open_it()


MENU_DIALOGS = {"SettingsDialog", "AboutDialog", "ShortcutsDialog", "RestoreDialog",
                "ExportDialog", "ImportDialog"}
