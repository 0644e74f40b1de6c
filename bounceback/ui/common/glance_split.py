"""A tab's main view above its "at a glance" section, sharing the tab's height between them.

Closed, the section is one line under the view, as it always was. Opened, the two are split
by a handle the person can drag; the height they give the charts is remembered between runs
(the tab saves it with its other splitters). Where the window has no room for both at their
minimum heights (1280×800, or large fonts), the charts take the whole tab as a page of their
own rather than squeezing the view to a sliver; closing them, or opening a record, brings the
view back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QWidget

from bounceback.ui.common.insight_section import InsightSection

MAIN, GLANCE = 0, 1
# Opened for the first time, the charts take this share of the room, at least their minimum.
GLANCE_SHARE = 0.45
# QWIDGETSIZE_MAX: no maximum.
UNLIMITED = (1 << 24) - 1


class _Handle(QSplitterHandle):
    """The handle above the section: there to drag only while the section is open."""

    def __init__(self, orientation: Qt.Orientation, parent: QSplitter) -> None:
        super().__init__(orientation, parent)
        self.active = True

    def set_active(self, on: bool) -> None:
        self.active = on
        if on:
            self.setCursor(Qt.CursorShape.SplitVCursor)
        else:
            self.unsetCursor()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.active:
            super().paintEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.active:
            super().mousePressEvent(event)
        else:
            event.ignore()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.active:
            super().mouseMoveEvent(event)
        else:
            event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.active:
            super().mouseReleaseEvent(event)
        else:
            event.ignore()


class GlanceSplit(QSplitter):
    """``main`` above ``glance``; see the module's description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        # The charts' height as the person left it, while both show; None until they move it.
        self.glance_height: int | None = None
        self._fitting = False
        self._again = False
        self.setChildrenCollapsible(False)

    def hold(self, main: QWidget, glance: InsightSection) -> None:
        """Show ``main`` above ``glance``. Both are made with this split as their parent: a
        finished widget moved into another costs dear under the application's style sheet
        (Qt works out the style of every widget in it again)."""
        self.main = main
        self.glance = glance
        self.addWidget(main)
        self.addWidget(glance)
        self.setStretchFactor(MAIN, 1)
        self.setStretchFactor(GLANCE, 0)
        # The section shows or hides its charts itself: its body says when.
        glance.body.installEventFilter(self)
        self.splitterMoved.connect(self._moved)
        self._fit()

    def createHandle(self) -> QSplitterHandle:
        return _Handle(self.orientation(), self)

    @property
    def shared(self) -> bool:
        """The charts are open with the view above them."""
        return self.glance.is_expanded() and not self.main.isHidden()

    @property
    def charts_alone(self) -> bool:
        """The charts are open and have the tab to themselves."""
        return self.glance.is_expanded() and self.main.isHidden()

    def show_main(self) -> None:
        """Bring the view back when the charts have the tab to themselves (a record is being
        opened, say): they close, as their toggle would."""
        if self.charts_alone:
            self.glance.set_expanded(False)

    def restore_glance_height(self, height: int | None) -> None:
        self.glance_height = height if height and height > 0 else None
        self._fit()

    # --- inside ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.glance.body and event.type() in (
                QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # the first size comes before the show, when nothing is decided yet

    def _moved(self, _pos: int, _index: int) -> None:
        if self.shared:
            self.glance_height = self.sizes()[GLANCE]

    def _fit(self) -> None:
        if self._fitting:
            # Arranging resized the splitter (a view shown again changes the window's
            # least height): once this round is over, look again at the new size.
            self._again = True
            return
        self._fitting = True
        try:
            for _round in range(3):
                self._again = False
                self._arrange()
                if not self._again:
                    break
        finally:
            self._fitting = False

    def _arrange(self) -> None:
        opened = self.glance.is_expanded()
        handle = self.handle(GLANCE)
        if isinstance(handle, _Handle):
            handle.set_active(opened)
        self.setHandleWidth(-1 if opened else 0)  # -1: the style's width
        if not opened:
            # One line under the view: every other pixel is the view's.
            line = self.glance.sizeHint().height()
            self.glance.setMaximumHeight(line)
            self.setMinimumHeight(0)
            self.main.show()
            self.setSizes([max(0, self.height() - line), line])
            return
        self.glance.setMaximumHeight(UNLIMITED)
        main_least = self.main.minimumSizeHint().height()
        glance_least = self.glance.minimumSizeHint().height()
        # The window may be made smaller than both together need: the charts then have the
        # tab alone, instead of the window refusing to shrink.
        self.setMinimumHeight(max(main_least, glance_least))
        room = self.height()
        if not self.isVisible() or room <= 0:
            return  # decided when it is shown, at its size
        fits = room >= main_least + self.handleWidth() + glance_least
        self.main.setVisible(fits)
        if not fits:
            return
        space = room - self.handleWidth()
        wanted = self.glance_height or round(space * GLANCE_SHARE)
        glance = max(glance_least, min(wanted, space - main_least))
        self.setSizes([space - glance, glance])
