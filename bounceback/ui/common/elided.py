"""A one-line label that ends in "…" when it has less room than its text (a summary beside
a toggle, at a large font or in a longer language), with the whole text on hover and for
screen readers: cut short where a reader can see it is, never cut off mid-word."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# The least room it asks for, in characters: enough for a word and its "…".
LEAST_CHARS = 8


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        # The whole text, where a shortened one shows.
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        return QSize(metrics.averageCharWidth() * LEAST_CHARS + margins.left()
                     + margins.right(), super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """What is drawn: the text, or as much of it as fits and "…"."""
        room = self.contentsRect().width() - 2 * self.margin()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, _event: QPaintEvent) -> None:
        # One line, drawn whole each time: the style draws it as QLabel would its own.
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(),
                                            -self.margin(), -self.margin())
        self.style().drawItemText(
            painter, rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
            self.palette(), self.isEnabled(), self.shown_text(), self.foregroundRole())
        painter.end()
