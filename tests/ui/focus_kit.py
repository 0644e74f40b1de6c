"""Where the keyboard is, and keys pressed there, for the tests of focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
    """A key where the focus is; returns where the focus is afterwards."""
    QTest.keyClick(focused(), key, mods)
    return focused()


def in_sight(widget: QWidget) -> bool:
    """Shown, and not scrolled or squeezed out of view."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()
