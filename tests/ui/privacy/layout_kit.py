"""How the unlock form sits on its host: settled, nothing out of place or cut off, centred.
Shared by the unlock design tests and the tests of unlocking in the background."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.ui.screen_kit import cut_off

# Off-centre by this much at most: a pixel of rounding either way.
CENTRED_PX = 2


def settle(qtbot, root: QWidget) -> None:
    """Until ``root``'s visible widgets stop moving (a message grows the form, the dialog
    grows to it, the curtain places it again)."""
    previous = None
    for _ in range(40):
        qtbot.wait(20)
        shape = [w.geometry().getRect() for w in root.findChildren(QWidget) if w.isVisible()]
        shape.append(root.geometry().getRect())
        if shape == previous:
            return
        previous = shape


def out_of_place(root: QWidget) -> list[str]:
    """Visible widgets not wholly inside their parent, or not wholly inside the window, and
    buttons narrower than their words."""
    window = root.window()
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.isWindow():
            continue
        name = type(w).__name__
        if isinstance(w, QLabel | QAbstractButton):
            name += f" “{w.text()[:30]}”"
        parent = w.parentWidget()
        if parent is not None and not parent.rect().contains(w.geometry()):
            found.append(f"{name}: {w.geometry().getRect()} outside its parent "
                         f"{parent.rect().getRect()}")
        in_window = QRect(w.mapTo(window, QPoint(0, 0)), w.size())
        if not window.rect().contains(in_window):
            found.append(f"{name}: {in_window.getRect()} outside the window "
                         f"{window.rect().getRect()}")
        if isinstance(w, QAbstractButton) and w.text() and w.sizeHint().width() > w.width():
            found.append(f"{name}: {w.width()}px wide, its words need {w.sizeHint().width()}")
    return found


def problems(root: QWidget) -> list[str]:
    return cut_off(root) + out_of_place(root)


def off_centre(inner: QRect, outer: QRect) -> int:
    """How much further ``inner`` is from ``outer``'s left than from its right."""
    return abs((inner.left() - outer.left()) - (outer.right() - inner.right()))
