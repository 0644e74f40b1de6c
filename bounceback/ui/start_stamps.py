"""The start's moments, for the benchmarks, from the program started as a person starts it.

With ``BOUNCEBACK_START_STAMPS=1`` in its environment, the window prints one JSON line of
``time.monotonic()`` stamps on standard output and closes (as a person closes it) once the
tab in front shows its data:

- ``painted``: the first frame of the main window is on screen (every widget of it painted);
- ``ready``: the store is open, the tab in front has been built on its data and painted.

The parent compares them with the monotonic time it started the process at (the clock is
system-wide). Without the variable nothing here runs. The benchmarks start the installed entry
point (``bounceback``) with it, so whatever the real start does is measured, and nothing a
wrapper does differently can hide a cost (issue 22).
"""

from __future__ import annotations

import json
import os
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

ENV = "BOUNCEBACK_START_STAMPS"


def wanted() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


def watch(window: QMainWindow, *, painted_signal: object, ready_signal: object | None) -> None:
    """Stamp the window's first frame and, when it has one, its ``ready``; then close it.

    ``painted_signal`` is emitted from the window's first paint event: the rest of that frame
    (its child widgets) is painted before a zero timer runs, so the stamp is taken there.
    ``ready_signal`` is emitted once the tab in front has its data: one forced repaint later it
    is on screen. A window without data (the benchmarks' bare window) passes None.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: dict[str, float] = {}

    def done() -> None:
        seen["ready"] = time.monotonic()
        print(json.dumps(seen), flush=True)
        window.close()
        QApplication.quit()

    def painted() -> None:
        seen["painted"] = time.monotonic()
        if ready_signal is None:
            done()

    def filled() -> None:
        window.repaint()
        done()

    painted_signal.connect(  # type: ignore[attr-defined]
        lambda: QTimer.singleShot(0, painted) if "painted" not in seen else None)
    if ready_signal is not None:
        ready_signal.connect(lambda: QTimer.singleShot(0, filled))  # type: ignore[attr-defined]
