"""The keyboard focus, always in sight and drawn as it came.

Qt rings the focused control (State_KeyboardFocusChange) only while the focus came from the
keyboard: Tab, Shift+Tab or a shortcut. Any other move clears that for the whole window, so a
control the program hands the focus to after a key press (the step a plan's button leads to,
the next step after "Mark done") would sit there unringed, the person left to guess where
their next key goes. Moved with these, the focus keeps the ring when the keyboard brought the
person here, and shows none after a click, as Qt's own moves do.

A scroll area scrolls to the control Tab moves to only while Tab is pressed inside it: Tab
from the list beside a form, Shift+Tab back from Save, a control hiding itself (Qt hands its
focus on) or the program's own setFocus left the focused field out of sight, below or above
the view. :class:`KeepInSight` scrolls every scroll area of a window to the focus, however it
came (not for a click: what was clicked is where the pointer is).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

_KEYBOARD = Qt.WidgetAttribute.WA_KeyboardFocusChange
# Room kept between the focused control and the edge of the view it is scrolled into: Qt's
# own when Tab moves inside a scroll area (QScrollArea.ensureWidgetVisible's default).
SIGHT_MARGIN = 50


def from_keyboard(widget: QWidget) -> bool:
    """Whether the focus in ``widget``'s window last moved by the keyboard (it is ringed)."""
    return widget.window().testAttribute(_KEYBOARD)


def give_focus(widget: QWidget) -> None:
    """Give ``widget`` the focus, ringed if the focus in its window came from the keyboard."""
    reason = Qt.FocusReason.ShortcutFocusReason if from_keyboard(widget) \
        else Qt.FocusReason.OtherFocusReason
    widget.setFocus(reason)


@contextmanager
def as_the_keyboard_left_it(window: QWidget) -> Iterator[None]:
    """While inside, the program may move the focus (a tab opened on a record, a section
    brought forward); afterwards it shows as it did before: ringed if the keyboard had moved
    it, not if a click had."""
    keyboard = window.testAttribute(_KEYBOARD)
    try:
        yield
    finally:
        if keyboard and not window.testAttribute(_KEYBOARD):
            window.setAttribute(_KEYBOARD, True)
            focused = QApplication.focusWidget()
            if focused is not None and focused.window() is window:
                focused.update()  # drawn again, now with its ring


def bring_into_sight(widget: QWidget, margin: int = SIGHT_MARGIN) -> None:
    """Scroll each scroll area ``widget`` is inside, innermost first, so that it shows: its
    cursor for a text field (Qt's micro focus), else all of it, or its top when it is taller
    than the view. Areas where it shows already (however near the edge) do not move."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            inner = parent.widget()
            if inner is not None and inner.isAncestorOf(widget):
                parent.ensureWidgetVisible(widget, margin, margin)
        parent = parent.parentWidget()


class KeepInSight(QObject):
    """Brings the focus into sight whenever it moves inside ``window`` (see the module's
    description); lives as long as the window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.window() is not self._window:
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # a click: it is under the pointer, and the page must not jump
        bring_into_sight(new)
