"""Keeping the look in step with the application: what the theme registered is called whenever
the application's palette or font changes (View → Appearance, the desktop's own colours, a
larger system font).

Through the application's paletteChanged and fontChanged signals, not an event filter on it:
a filter on the application runs Python for every event of every widget (each paint, each
widget as it is made), for the sake of two rare ones.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication

_callbacks: list[Callable[[QApplication], None]] = []
_following: QApplication | None = None


def _changed(*_args: object) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for callback in list(_callbacks):
            callback(app)


def on_change(callback: Callable[[QApplication], None]) -> None:
    """Call ``callback`` after every change of the application's palette or font (once per
    callback, however often it is registered)."""
    global _following
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if callback not in _callbacks:
        _callbacks.append(callback)
    if _following is not app:
        _following = app
        # Marked obsolete in Qt 6's C++ headers (in favour of the change events this
        # replaces), still emitted by every Qt 6 release.
        app.paletteChanged.connect(_changed)
        app.fontChanged.connect(_changed)
