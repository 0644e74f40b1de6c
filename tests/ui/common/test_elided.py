"""A one-line summary with too little room ends in "…" and shows the whole on hover; with
room, it is whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from bounceback.ui.common.elided import ElidedLabel

TEXT = "11 candidaturas · 64 % con respuesta · primera respuesta tras 8 días"


def test_too_little_room_ends_in_an_ellipsis_and_hover_shows_it_whole(qtbot) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setText(TEXT)
    label.resize(label.fontMetrics().horizontalAdvance(TEXT) // 2, 30)
    label.show()
    qtbot.waitExposed(label)
    shown = label.shown_text()
    assert shown.endswith("…") and TEXT.startswith(shown[:-1])
    assert label.text() == TEXT  # what a screen reader reads
    QApplication.sendEvent(label, QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5),
                                             label.mapToGlobal(QPoint(5, 5))))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == TEXT
    QToolTip.hideText()
    # It asks for a word's room, not the whole line's: a window can still be made narrow.
    assert label.minimumSizeHint().width() < label.sizeHint().width() // 3


def test_with_room_the_text_is_whole(qtbot) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setText(TEXT)
    label.resize(label.sizeHint().width() + 20, 30)
    label.show()
    qtbot.waitExposed(label)
    assert label.shown_text() == TEXT
