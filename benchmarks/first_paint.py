"""Start BounceBack (or the bare window) and stop once its main window shows its data.

    python -m benchmarks.first_paint app --data-dir DIR
    python -m benchmarks.first_paint bare

The wrapper makes the QApplication first, watches for the first paint of a main window, and
then runs the real start-up (``bounceback.app.main``) unchanged. It prints one JSON line of
``time.monotonic()`` stamps and quits:

- ``painted``: the first frame of the main window is on screen (every widget of it painted);
- ``ready``: BounceBack's window has its store and the tab in front has been painted with the
  data (its ``ready`` signal, then one forced repaint). The bare window has no data, so for it
  ``ready`` is ``painted``.

The parent compares them with the monotonic time it started the process at (the clock is
system-wide). The process quits at ``ready``, so its peak memory includes the data shown. The
same wrapper starts the bare window, so both pay the same for watching.
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
        seen["ready"] = time.monotonic()
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
                QTimer.singleShot(0, lambda: painted(obj))
            return False

    def painted(window: QObject) -> None:
        seen["painted"] = time.monotonic()
        ready = getattr(window, "ready", None)
        if ready is None:
            done()
            return

        def filled() -> None:
            window.repaint()  # type: ignore[attr-defined]
            done()

        ready.connect(lambda: QTimer.singleShot(0, filled))

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
