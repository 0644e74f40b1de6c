"""A meaningful moment said where the person is looking: a calm strip beside the control they
just used ("Check-in saved …"), that goes away by itself. Not a dialog: nothing to click
away, no focus taken, the form stays usable underneath.

Nothing here knows about check-ins, so other tabs can use it as it is::

    self.moment = MomentBanner(self)
    layout.addWidget(self.moment)          # hidden until there is something to say
    self.moment.show_moment(self.tr("Saved. I'm sorry it was a no."))
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QCursor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from bounceback.ui.theme import sheet
from bounceback.ui.theme.sheet import Kind

# Long enough to read two sentences calmly, short enough not to linger over the next task.
SHOWN_MS = 12_000
# While the pointer rests on the strip it is being read: it stays, and goes this much later.
LINGER_MS = 3_000


class MomentBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Drawn by the style on the alternate base: set apart from the form in light and dark
        # alike, with no colour of our own.
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A card of the theme: lifted off the window, edged, rounded (ui/theme/sheet.py).
        sheet.mark(self, Kind.CARD)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Message"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never in the way of Tab
        self.close_button.clicked.connect(self.dismiss)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 6, 6)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._time_up)
        self.hide()

    def show_moment(self, text: str, *, ms: int | None = None) -> None:
        """Say ``text`` (already translated) for ``ms`` milliseconds (SHOWN_MS unless told),
        replacing whatever was being said."""
        self.text.setText(text)
        self.show()
        self._timer.start(SHOWN_MS if ms is None else ms)
        # Screen readers hear it too, without the focus moving to it.
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()

    def showing(self) -> str:
        """What is being said now; "" when hidden."""
        return self.text.text() if not self.isHidden() else ""

    def _time_up(self) -> None:
        # Asked where the pointer is now rather than told by enter/leave events: the strip
        # appears under a resting pointer, or the layout moves it away, without either.
        if self.rect().contains(self.mapFromGlobal(QCursor.pos())):
            self._timer.start(LINGER_MS)
            return
        self.hide()
