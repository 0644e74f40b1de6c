"""A collapsible "at a glance" strip at the bottom of a tab, for the charts of that tab.

Closed, it is one line: a toggle and a short summary ("Leadership came up for 3 applications").
Open, it shows whatever the subclass puts in ``body_layout``. Nothing is read from the store
until the section is on screen; after a write that touches ``topics`` it refreshes at once if
visible, or the next time it is shown. The figures are read on a worker thread (on a decade
of data that takes a few hundred milliseconds), so the tab around it paints and answers at
once and the summary follows; the charts are drawn only while the section is open. The charts
inside (``ui/common/charts.py``) build their plots on their own first show, so a closed
section never loads the plotting library.

Whether it is open and whether archived applications count are remembered per section.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bounceback.ui.common import preferences
from bounceback.ui.common.elided import ElidedLabel
from bounceback.ui.common.ops import LatestRead, Ops, Reader
from bounceback.ui.common.tab import TabPage
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole


class InsightSection(QWidget):
    # An application the person wants to see: opened in ``open_tab`` of the window.
    open_application = Signal(int)
    # Fresh figures are shown (after a read on the UI thread or on a worker).
    loaded = Signal()

    def __init__(
        self,
        ops: Ops,
        *,
        key: str,
        title: str,
        topics: frozenset[str],
        open_tab: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.key = key
        self.topics = topics
        self._stale = True
        self.refresh_count = 0  # how often the store was read: tests check laziness
        self.data: object | None = None
        self._body_drawn = False
        self._read = LatestRead(ops, self)

        self.toggle = QToolButton(self)
        self.toggle.setText(title)
        # Not checkable: a pressed-in look would read as a button stuck down.
        self._expanded = False
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAccessibleName(title)
        set_role(self.toggle, TextRole.STRONG)
        self.summary = ElidedLabel(self)
        self.include_archived = QCheckBox(self.tr("Include archived"), self)
        self.include_archived.setToolTip(self.tr(
            "Count applications you have put out of sight, too"))
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle)
        header.addWidget(self.summary, 1)
        header.addWidget(self.include_archived)

        self.body = QFrame(self)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(line)
        lay.addLayout(header)
        lay.addWidget(self.body, 1)

        settings = preferences.settings()
        expanded = settings.value(self._setting("expanded"), False, type=bool)
        archived = settings.value(self._setting("include_archived"), False, type=bool)
        self.include_archived.setChecked(bool(archived))
        self._show_body(bool(expanded))
        self.toggle.clicked.connect(lambda: self.set_expanded(not self._expanded))
        self.include_archived.toggled.connect(self._archived_toggled)
        ops.changed.connect(self._changed)
        if open_tab:
            self.open_application.connect(lambda app_id: self._open_in(open_tab, app_id))

    def _open_in(self, key: str, app_id: int) -> None:
        """Ask the tab this section is in (however deep: a tab makes it inside a split) to
        open the application in tab ``key``."""
        holder = self.parentWidget()
        while holder is not None and not isinstance(holder, TabPage):
            holder = holder.parentWidget()
        if holder is not None:
            holder.open_in_tab.emit(key, app_id)

    # --- for subclasses --------------------------------------------------------------------
    def reader(self) -> Reader[object]:
        """The read behind the figures: called with a Session, possibly on a worker thread,
        so it must not touch any widget (take the options from the widgets first)."""
        raise NotImplementedError

    def show_summary(self, data: Any) -> None:
        """Show the one-line summary of freshly read ``data``."""

    def show_body(self, data: Any) -> None:
        """Draw the charts of ``data``; only called while the section is open."""

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)

    # --- public ----------------------------------------------------------------------------
    def is_expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, on: bool) -> None:
        if on != self._expanded:
            self._show_body(on)
            self._remember("expanded", on)

    @property
    def loading(self) -> bool:
        """A background read is on its way."""
        return self._read.pending

    def reload(self) -> None:
        """Read the store now, on this thread, and show what it says."""
        self._stale = False
        self.refresh_count += 1
        self._read.cancel()  # a read still on its way would be older than this one
        self._show_data(self.ops.read(self.reader()))

    def reload_in_background(self) -> None:
        """Read the store on a worker and show what it says when it is back."""
        self._stale = False
        self.refresh_count += 1
        if not self._read.start(self.reader(), self._show_data, self._read_failed):
            self._stale = True

    def _read_failed(self) -> None:
        self._stale = True  # the next time it is shown, it tries again

    # --- inside ----------------------------------------------------------------------------
    def _setting(self, name: str) -> str:
        return f"insights/{self.key}/{name}"

    def _remember(self, name: str, value: bool) -> None:
        settings = preferences.settings()
        settings.setValue(self._setting(name), value)
        settings.sync()

    def _show_data(self, data: object) -> None:
        self.data = data
        self.show_summary(data)
        self._body_drawn = False
        if self._expanded:
            self._draw_body()
        self.loaded.emit()

    def _draw_body(self) -> None:
        if self.data is not None and not self._body_drawn:
            self._body_drawn = True
            self.show_body(self.data)

    def _show_body(self, on: bool) -> None:
        self._expanded = on
        if on:
            self._draw_body()
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)
        self.toggle.setToolTip(self.tr("Hide the charts") if on else self.tr("Show the charts"))
        self.toggle.setAccessibleDescription(
            self.tr("Charts shown") if on else self.tr("Charts hidden"))

    def _archived_toggled(self, on: bool) -> None:
        self._remember("include_archived", on)
        if self.isVisible():
            self.reload_in_background()
        else:
            self._stale = True

    def _changed(self, topics: frozenset[str]) -> None:
        if not topics & self.topics:
            return
        self._stale = True
        if self.isVisible():
            self.reload_in_background()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload_in_background()
