"""Python's cycle collector, run on the window's thread only.

The collector runs on whichever thread happens to allocate when a generation fills up. When
that is a background read (a chart's figures, "what helps you") and the garbage holds the
Python side of a Qt object made on the window's thread (a closed dialog, a deleted row
widget), Qt destroys that object from the wrong thread, and the program crashes. So automatic
collection is switched off and the same collection is done here, on the window's thread,
a few times a second: as often as Python would, never from another thread. (pyqtgraph's
GarbageCollector answers the same crash the same way.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 200


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> int:
        """Collect the oldest generation that is due, as Python itself would have."""
        counts = gc.get_count()
        due = [gen for gen in range(3) if counts[gen] > self.threshold[gen]]
        return gc.collect(due[-1]) if due else 0

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


def settle() -> None:
    """What the start has made so far (modules, classes, the window, the store's mapping)
    lives as long as the program: set it aside, so that a full collection no longer goes
    through it (75 ms at the start on the large store, for nothing)."""
    gc.freeze()


_installed: list[MainThreadCollector] = []


def install(app: QObject) -> MainThreadCollector:
    """Collect on ``app``'s thread from now on (once per process)."""
    if not _installed:
        _installed.append(MainThreadCollector(app))
    return _installed[0]
