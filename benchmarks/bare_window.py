"""The yardstick: a bare PySide6 main window with four empty tabs, started like BounceBack.

    python -m benchmarks.bare_window --smoke-test   # show, run the event loop once, exit

Whatever BounceBack's start costs beyond this is BounceBack's own doing.
"""

from __future__ import annotations

import sys


def build() -> object:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

    class Bare(QMainWindow):
        # As BounceBack's window: a Python paint handler that says when it first painted.
        first_painted = Signal()

        def paintEvent(self, event: object) -> None:
            super().paintEvent(event)  # type: ignore[arg-type]
            if not getattr(self, "_painted", False):
                self._painted = True
                self.first_painted.emit()

    window = Bare()
    window.setWindowTitle("Bare")
    tabs = QTabWidget(window)
    tabs.setDocumentMode(True)
    for name in ("Timeline", "Check-in", "Feedback", "Review"):
        tabs.addTab(QWidget(tabs), name)
    window.setCentralWidget(tabs)
    window.resize(1180, 760)
    return window


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    argv = sys.argv[1:] if argv is None else argv
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build()
    from bounceback.ui import start_stamps

    if start_stamps.wanted():  # the same stamps as BounceBack's (bounceback/ui/start_stamps.py)
        start_stamps.watch(window, painted_signal=window.first_painted,  # type: ignore
                           ready_signal=None)
    window.show()  # type: ignore[attr-defined]
    if "--smoke-test" in argv:
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
