"""How big the window and every dialog open on a small screen with large fonts.

Run in a process of its own, because the screen is chosen when Qt starts (the offscreen
platform's configuration file gives it its size):

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.ui.size_probe 1.6 es

Prints one JSON line per window: where, its size, and the least size its layout can take.
tests/ui/test_screen_sizes.py runs it for the screens people have.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QWidget

DAY = dt.date(2025, 4, 1)


def measure(where: str, w: QWidget) -> dict[str, object]:
    w.adjustSize() if isinstance(w, QDialog) and not w.isVisible() else None
    frame = w.frameGeometry()
    least = w.minimumSizeHint().expandedTo(w.minimumSize())
    return {"where": where, "size": [frame.width(), frame.height()],
            "least": [least.width(), least.height()]}


def main(scale: float, lang: str) -> None:
    app = QApplication(sys.argv[:1])
    from bounceback.app import configure_application

    configure_application(app)
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    from bounceback import paths
    from bounceback.db.store import open_store
    from bounceback.services import example_data
    from bounceback.ui import language
    from bounceback.ui.common.ops import Ops
    from bounceback.ui.main_window import MainWindow

    language.apply(lang)
    folder = Path(tempfile.mkdtemp(prefix="bounceback-sizes-"))
    paths.set_data_dir(folder)
    store = open_store(paths.database_path(), backups=paths.backups_dir())
    with store.write() as s:
        example_data.add_example_data(s, DAY)
    ops = Ops(store)
    window = MainWindow(ops, QSettings(str(folder / "settings.ini"),
                                       QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    found: list[dict[str, object]] = [measure("main window", window)]
    for key in window.tabs.tab_keys():
        window.show_tab(key)
        app.processEvents()
        from bounceback.ui.common.insight_section import InsightSection

        for section in window.findChildren(InsightSection):
            if section.isVisible():
                section.set_expanded(True)
        app.processEvents()
        found.append(measure(f"main window, {key} with its panels open", window))
    dialogs: list[tuple[str, QDialog]] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible() \
                and all(d is not modal for _n, d in dialogs):
            dialogs.append((type(modal).__name__, modal))
            found.append(measure(type(modal).__name__, modal))
            modal.reject()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    for open_it in (window.open_settings, window.about, window.keyboard_shortcuts,
                    window.restore_backup, window.export_data, window.import_data):
        open_it()
    # The thank-you note, the tallest dialog: to the first person of the first application.
    timeline = window.timeline
    window.show_tab("timeline")
    app.processEvents()
    people: list = []
    for row in timeline.list.model.rows():
        timeline.open_application(row.id)
        app.processEvents()
        people = timeline.related.people.model.rows()
        if people:
            break
    if people:
        timeline.related.write_thank_you(people[0].id)
        app.processEvents()
        open_dialog = timeline.related.thank_you
        if open_dialog is not None:
            found.append(measure("ThankYouDialog", open_dialog))
            open_dialog.reject()
    timer.stop()
    screen = app.primaryScreen().availableGeometry()
    print(json.dumps({"screen": [screen.width(), screen.height()], "found": found}))
    window.close()
    store.close()


if __name__ == "__main__":
    main(float(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "en")
