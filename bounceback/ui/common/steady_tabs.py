"""A tab widget that is not repainted whole each time something inside a page changes size.

Qt's QTabWidget answers every layout request it gets by placing its tab bar and pages again
and repainting itself whole (QTabWidget::setUpLayout ends in update()). Such a request climbs
up to it whenever any widget anywhere inside a page changes its size hint: a label given new
words, a row shown or hidden, a tab's title with a new count. The window's tabs hold every
page, so opening an application (a new heading, a plan strip shown, new counts beside
"People" and "Documents") repainted the whole window, the list of applications and the charts
included, where only the editor had changed.

Where the bar and the pages go depends on the tab widget's size (a resize places them anew
itself) and on the size the tab bar and the corner widgets ask for; only when one of those
has changed is there anything to place again. Otherwise the request is passed on upwards as
QTabWidget would (a page that grew still makes the window at least as large as it needs),
and the widgets that changed repaint themselves as they always do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

_CORNERS = (Qt.Corner.TopLeftCorner, Qt.Corner.TopRightCorner)


class SteadyTabWidget(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # What the bar and the corners asked for when the tabs were last placed by a layout
        # request; None: place them at the next one, whatever it is.
        self._placed_for: tuple[QSize, ...] | None = None

    def _asked(self) -> tuple[QSize, ...]:
        corners = (self.cornerWidget(c) for c in _CORNERS)
        return (self.tabBar().sizeHint(),
                *(w.sizeHint() if w is not None and w.isVisible() else QSize() for w in corners))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            asked = self._asked()
            if asked == self._placed_for:
                # Nothing here moves: only the parent needs to hear that a page's size hint
                # may have changed (what QTabWidget does after placing the tabs).
                self.updateGeometry()
                return True
            self._placed_for = asked
        return super().event(event)

    def setTabText(self, index: int, text: str) -> None:
        """A tab's new title, through the bar alone: QTabWidget's own places the bar and the
        pages again and repaints all of itself for any title, even one as wide as the last
        ("People (2)" after "People (1)", at every application opened). The bar asks for
        room again itself when it needs more or less (a layout request, as above)."""
        if text != self.tabText(index):
            self.tabBar().setTabText(index, text)

    # QTabWidget places the tabs itself on these, not through a layout request: the next
    # request is then measured against that placing.
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._placed_for = None
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._placed_for = None
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        self._placed_for = None
        super().changeEvent(event)

    def tabInserted(self, index: int) -> None:
        self._placed_for = None
        super().tabInserted(index)

    def tabRemoved(self, index: int) -> None:
        self._placed_for = None
        super().tabRemoved(index)
