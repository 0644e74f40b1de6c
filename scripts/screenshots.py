"""Take screenshots of the real main window, one per tab, over the demo data.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py OUT_DIR

Used for the README (docs/screenshots/); run it again whenever a screen changes.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seed_demo import seed

from bounceback import paths
from bounceback.app import configure_application
from bounceback.db.store import open_store
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="bounceback-shots-"))
    paths.set_data_dir(data)
    seed(paths.database_path())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    store = open_store(paths.database_path())
    window = MainWindow(Ops(store), QSettings(str(data / "settings.ini"),
                                              QSettings.Format.IniFormat))
    window.resize(1200, 760)
    window.show()
    # The richest application of the demo: a rejection with feedback and a review.
    first = next(r.id for r in window.timeline.list.model.rows()
                 if r.company == "Northwind Traders")
    window.open_in_tab("timeline", first)
    for i, page in enumerate(window.pages):
        window.tabs.setCurrentIndex(i)
        if page is not window.timeline:
            page.show_application(first)
        for _ in range(5):
            app.processEvents()
        target = out / f"{page.key}.png"
        window.grab().save(str(target))
        print(target)
    window.close()
    store.close()


if __name__ == "__main__":
    main()
