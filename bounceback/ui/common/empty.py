"""What an empty list shows in its place, the same everywhere: a quiet icon, maybe a short
heading, one kind sentence, maybe one button; a third of the way down, where the eye lands."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bounceback.ui.theme.icons import Icon, Tone, icon
from bounceback.ui.theme.sheet import Kind, mark
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import SPACE_M, SPACE_S, TextRole

# The picture's side, in lines of text: it grows with a larger font.
ICON_LINES = 3


class IconView(QWidget):
    """An icon drawn at its size whenever it is painted: sharp at any pixel ratio, and in
    the colours of the palette of the moment (Light, Dark, the desktop's)."""

    def __init__(self, which: Icon, tone: Tone = Tone.MUTED,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.which = which
        self.tone = tone

    def side(self) -> int:
        return ICON_LINES * self.fontMetrics().height()

    def sizeHint(self) -> QSize:
        return QSize(self.side(), self.side())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def set_icon(self, which: Icon) -> None:
        self.which = which
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height(), self.side())
        x = (self.width() - side) // 2
        y = (self.height() - side) // 2
        painter = QPainter(self)
        icon(self.which, self.tone).paint(painter, QRect(x, y, side, side))
        painter.end()


class EmptyNote(QWidget):
    """An empty list's note. Its ``text`` is its sentence, as a QLabel's would be."""

    def __init__(self, which: Icon, text: str = "", heading: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = IconView(which, Tone.MUTED, self)
        # Only a picture: a screen reader reads the words below it.
        self.picture.setAccessibleName("")
        self.heading = QLabel(heading, self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        set_role(self.heading, TextRole.SUBHEADING)
        self.heading.setVisible(bool(heading))
        self.sentence = QLabel(text, self)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setWordWrap(True)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        mark(self.sentence, Kind.EMPTY)
        self.button: QPushButton | None = None
        # Lines kept short enough to read on a wide window: the stretches beside the text.
        words = QVBoxLayout()
        words.setSpacing(SPACE_S)
        words.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        words.addWidget(self.heading)
        words.addWidget(self.sentence)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addLayout(words, 4)
        middle.addStretch(1)
        self._layout = QVBoxLayout(self)
        self._layout.addStretch(1)
        self._layout.addLayout(middle)
        self._layout.addStretch(2)

    def text(self) -> str:
        return self.sentence.text()

    def setText(self, text: str) -> None:
        self.sentence.setText(text)

    def set_heading(self, heading: str) -> None:
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))

    def set_icon(self, which: Icon) -> None:
        self.picture.set_icon(which)

    def setAccessibleName(self, name: str) -> None:
        # The words are what a screen reader reads: the name goes on them.
        self.sentence.setAccessibleName(name)

    def add_button(self, text: str) -> QPushButton:
        """The one thing to do here, under the words."""
        self.button = QPushButton(text, self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        self._layout.insertSpacing(2, SPACE_M)
        self._layout.insertLayout(3, row)
        return self.button
