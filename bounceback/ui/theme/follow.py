"""Keeping the look in step with the application: one event filter on it, calling what the
theme registered whenever its palette or font changes (View → Appearance, the desktop's own
colours, a larger system font)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

_CHANGES = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.ApplicationFontChange)
_callbacks: list[Callable[[QApplication], None]] = []


class _Follower(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        app = QApplication.instance()
        if event.type() in _CHANGES and watched is app and isinstance(app, QApplication):
            for callback in list(_callbacks):
                callback(app)
        return False


_follower: _Follower | None = None


def on_change(callback: Callable[[QApplication], None]) -> None:
    """Call ``callback`` after every change of the application's palette or font (once per
    callback, however often it is registered)."""
    global _follower
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if callback not in _callbacks:
        _callbacks.append(callback)
    if _follower is None or _follower.parent() is not app:
        _follower = _Follower(app)
        app.installEventFilter(_follower)
