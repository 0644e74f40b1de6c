"""Start BounceBack (or the bare window) and stop at its main window's first paint.

    python -m benchmarks.first_paint app --data-dir DIR
    python -m benchmarks.first_paint bare

BounceBack has no "quit after the first paint" switch, so this wrapper makes the
QApplication first, watches for the first paint of a main window, and then runs the real
start-up (``bounceback.app.main``) unchanged. When every widget of that first frame has been
painted, it prints one JSON line: ``{"painted": <time.monotonic()>}`` and quits. The parent
compares that with the monotonic time it started the process at (the clock is system-wide).
The same wrapper starts the bare window, so both pay the same for watching.
"""

from __future__ import annotations

import json
import sys
import time


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    seen: dict[str, float] = {}

    def done() -> None:
        seen["painted"] = time.monotonic()
        print(json.dumps(seen), flush=True)
        # Close rather than quit: the program's own close path runs (as when a person quits).
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMainWindow):
                w.close()
        app.quit()

    class Watcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) \
                    and "first_paint_event" not in seen:
                seen["first_paint_event"] = time.monotonic()
                app.removeEventFilter(self)
                # The rest of the frame (every child widget) is painted before this runs.
                QTimer.singleShot(0, done)
            return False

    watcher = Watcher()
    app.installEventFilter(watcher)
    if argv and argv[0] == "bare":
        from benchmarks import bare_window

        return bare_window.main([])
    if argv and argv[0] == "app":
        from bounceback import app as bounceback_app

        return bounceback_app.main(argv[1:])
    print("usage: python -m benchmarks.first_paint app|bare [--data-dir DIR]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
