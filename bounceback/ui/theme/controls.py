"""Check boxes and radio buttons with an edge a person can see: Fusion draws it a shade darker
than the window (``window.darker(140)``), about 2:1 on the light window and invisible on the
dark one, where a control needs 3:1. Their class palette says a lighter "window" for them
alone, so that shade comes out as the palette's quiet text colour (4.5:1 or more); their
background is their parent's, so nothing else changes. Set again on every palette change."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from bounceback.ui.theme import follow

# Fusion's edge is the window colour made this much darker (qfusionstyle.cpp, outline()).
FUSION_DARKER = 140
_CLASSES = ("QCheckBox", "QRadioButton")


def install(app: QApplication) -> None:
    _set(app)
    follow.on_change(_set)


def _set(app: QApplication) -> None:
    pal = app.palette()
    edge = pal.color(QPalette.ColorRole.PlaceholderText)
    window = edge.lighter(FUSION_DARKER)
    ours = QPalette()
    ours.setColor(QPalette.ColorRole.Window, window)
    for name in _CLASSES:
        # Only when it changes: setting it polishes every check box again. (PySide's
        # stubs say the class name is bytes; at run time it takes a str.)
        if app.palette(name).color(QPalette.ColorRole.Window) != window:  # type: ignore[call-overload]
            QApplication.setPalette(ours, name)  # type: ignore[arg-type]
