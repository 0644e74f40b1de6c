"""Count the Tab stops of every screen of the real window, over the demo data.

    python scripts/tab_stops.py [--no-glance] [--size 1200x760] [--verbose]

For each tab, and each page of the tab widgets showing in it (sub-tabs), Tab is pressed
(real key presses, through QTest) from the window's tab bar until the focus comes back
round, and the distinct widgets it stopped at are counted: the number a person tabs
through to get once round the screen, the window's tab bar included. A control Tab cannot
leave (a text field that takes the Tab key) is reported as a trap, and stepped past.

Each tab is counted as it opens (its "at a glance" section closed, as it starts), then with
that section opened, as tests/ui/walk.py opens them (where the window has no room for both,
the charts then have the tab to themselves); ``--no-glance`` leaves those rows out.

Everything happens in a throw-away folder (data, settings, home), removed at the end; the
window is offscreen, over the data scripts/seed_demo.py writes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seed_demo import sandbox, seed

from bounceback import paths
from bounceback.ui.common import dialogs
from bounceback.ui.common.insight_section import InsightSection
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow

# Tab presses on one screen before giving up on coming back round.
MOST_PRESSES = 400
# Tab presses a widget may keep the focus through (a table moving from cell to cell) before
# it counts as a trap.
TRAP_PRESSES = 60


@dataclass
class Round:
    """One screen's way round: the widgets Tab stopped at, in order, and those it was stuck
    in."""

    stops: list[QWidget] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    closed: bool = False  # the focus came back to where it started


def settle(seconds: float = 0.2) -> None:
    """Let timers, layouts and background reads (the charts) finish."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__} {name!r}" if name else type(widget).__name__


def press_tab(here: QWidget) -> QWidget | None:
    """Tab, pressed where the focus is; where the focus is afterwards."""
    QTest.keyClick(here, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def go_round(window: MainWindow) -> Round:
    """Tab from the window's tab bar until the focus is back where it started."""
    found = Round()
    start = window.tabs.tabBar()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    here = QApplication.focusWidget()
    if here is None:
        return found
    found.stops.append(here)
    seen = {id(here)}
    for _ in range(MOST_PRESSES):
        nxt = press_tab(here)
        stuck = 0
        while nxt is here and stuck < TRAP_PRESSES:  # a table going cell by cell, a trap
            nxt = press_tab(here)
            stuck += 1
        if nxt is here:
            found.traps.append(describe(here))
            here.focusNextChild()  # stepped past, as no key could
            nxt = QApplication.focusWidget()
        if nxt is None:
            break
        if id(nxt) in seen:
            found.closed = nxt is found.stops[0]
            break
        seen.add(id(nxt))
        found.stops.append(nxt)
        here = nxt
    return found


def pages_of(window: MainWindow, where: str, root: QWidget,
             leave_out: list[InsightSection]) -> list[tuple[str, Round]]:
    """The screen as it is, then each other page of the tab widgets showing in ``root``
    (outside the sections in ``leave_out``): (where, its round)."""
    counted = [(where, go_round(window))]
    inner = [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)
             and not any(s.isAncestorOf(t) for s in leave_out)]
    for tabs in inner:
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == first:
                continue  # counted as the screen opens
            tabs.setCurrentIndex(index)
            settle()
            sub = tabs.tabText(index).replace("&", "")
            counted.append((f"{where} / {sub}", go_round(window)))
        tabs.setCurrentIndex(first)
        settle()
    return counted


def screens(window: MainWindow, glance: bool) -> list[tuple[str, Round]]:
    """Every tab as it opens, and each page of its sub-tabs; with ``glance``, then its "at a
    glance" section opened, and each of the section's pages: (where, its round)."""
    counted: list[tuple[str, Round]] = []
    for key in window.tabs.tab_keys():
        page = window.show_tab(key)
        settle()
        title = window.tabs.tabText(window.tabs.currentIndex()).replace("&", "")
        sections = page.findChildren(InsightSection)
        counted += pages_of(window, title, page, sections)
        if not glance:
            continue
        for section in sections:
            was_open = section.is_expanded()
            section.set_expanded(True)
            while section.loading:
                settle(0.05)
            settle()
            counted += pages_of(window, f"{title} / at a glance", section, [])
            section.set_expanded(was_open)
            settle()
    return counted


def never_ask(parent: QWidget | None, what: str) -> dialogs.Unsaved:
    """The answer to "keep your unsaved changes?" while walking: nothing was meant."""
    return dialogs.Unsaved.DISCARD


def parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-glance", action="store_true",
                        help="leave out the “at a glance” sections opened")
    parser.add_argument("--size", type=parse_size, default=(1200, 760),
                        help="the window's size, WIDTHxHEIGHT (default 1200x760)")
    parser.add_argument("--verbose", action="store_true", help="list each screen's stops")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = Path(tempfile.mkdtemp(prefix="bounceback-tab-stops-"))
    try:
        data = sandbox(root)
        # Nothing may stop to ask about unsaved words while the tabs are walked.
        dialogs.ask_unsaved = never_ask
        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        from bounceback.app import configure_application
        from bounceback.db.store import open_store

        configure_application(app)
        seed(paths.database_path())
        ops = Ops(open_store(paths.database_path(), backups=paths.backups_dir()))
        window = MainWindow(ops, QSettings(str(data / "settings.ini"),
                                           QSettings.Format.IniFormat))
        window.resize(*args.size)
        window.show()
        window.activateWindow()
        settle(0.5)
        counted = screens(window, glance=not args.no_glance)
        width = max(len(where) for where, _ in counted)
        print(f"{'Screen'.ljust(width)}  Tab stops")
        for where, found in counted:
            notes = "" if found.closed else "  (did not come back round)"
            if found.traps:
                notes += "  trapped in: " + ", ".join(found.traps)
            print(f"{where.ljust(width)}  {len(found.stops):>9}{notes}")
            if args.verbose:
                for stop in found.stops:
                    print(f"{'':{width}}    {describe(stop)}")
        window.hide()
        window.deleteLater()
        settle(0.1)
        ops.store.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
