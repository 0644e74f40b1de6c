"""The mouse wheel scrolls the page; it changes a value only in the control being edited.

Qt gives every slider, combo box and spin box (date fields included) the wheel as soon as the
pointer is over it, so scrolling a long form rewrites whatever passes under the pointer: the
check-in's feelings, a status, a date. One filter on the application, installed where the
application is configured, covers every such control, those to come included:

- a control without focus lets the wheel go, and Qt hands it to the parents, up to the
  scroll area, which scrolls (QApplication::notify passes a wheel event on to the parent
  while it comes back ignored);
- such controls take focus from a click or Tab, never from the wheel (StrongFocus instead of
  Qt's WheelFocus), so the first turn over one can't claim it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_GUARDED = (QAbstractSlider, QComboBox, QAbstractSpinBox)


def guarded(obj: QObject) -> QWidget | None:
    """``obj`` as a control the guard looks after, else None. A scroll bar is a slider too,
    but the wheel over it should always scroll."""
    if isinstance(obj, _GUARDED) and not isinstance(obj, QScrollBar):
        return obj
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the program passes here (8,000 before the window first shows its
        # data): the control is looked at first, because asking an event its type makes a
        # Python enum member each time, and most events are for widgets not guarded.
        control = guarded(watched)
        if control is None:
            return False
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if not control.hasFocus():
                event.ignore()  # so Qt offers it to the parent, and on up to the scroll area
                return True
        elif kind == QEvent.Type.Polish and control.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install(app: QApplication) -> WheelGuard:
    """Guard every control of ``app`` (once, however often it is called)."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
    return guard
