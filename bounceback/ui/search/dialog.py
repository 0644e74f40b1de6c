"""The search dialog: type, see matches from every tab, press Enter to open one.

Searching runs on the UI thread through ``Ops.read``: on a very large store (5,000
applications, 20,000 long journals) a query takes some 30 ms, 90 ms at worst for two letters
(scripts/bench_search.py), and it runs once typing pauses, not at every key.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bounceback.services import search
from bounceback.ui.common import preferences
from bounceback.ui.common.dialogs import fit_to_screen
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.common.ops import Ops
from bounceback.ui.search import words
from bounceback.ui.search.delegate import HitDelegate
from bounceback.ui.search.model import HitModel
from bounceback.ui.theme.icons import Icon

DEBOUNCE_MS = 200
LIMIT = 50
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchDialog(QDialog):
    """``open_record(kind, ref, app_id or 0)`` is emitted when a hit is chosen; the dialog
    then closes. ``kind`` is one of ``services.search.KINDS``."""

    open_record = Signal(str, int, int)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Search"))
        fit_to_screen(self, 680, 480)

        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Search everything…"))
        self.edit.setAccessibleName(self.tr("Search"))
        self.edit.setClearButtonEnabled(True)

        self.model = HitModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Matches"))

        # Plain text (EmptyNote's): it quotes what was typed.
        self.hint = EmptyNote(Icon.SEARCH, parent=self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self.list)

        self.count = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.count)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.edit.textChanged.connect(lambda _text: self.timer.start())
        self.edit.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.activated.connect(self._open)
        ops.changed.connect(self._data_changed)
        self._show_hits([])

    # --- searching -------------------------------------------------------------------------
    def start(self, text: str | None = None) -> None:
        """Show the dialog ready to type (the last search selected, its results fresh)."""
        if text is not None:
            self.edit.setText(text)
        self.edit.selectAll()
        self.edit.setFocus()
        self.search_now()
        self.show()
        self.raise_()
        self.activateWindow()

    def search_now(self) -> None:
        self.timer.stop()
        query = self.edit.text()
        if search.match_expression(query) is None or self.ops.busy:
            self._show_hits([])
            return
        hits = self.ops.read(search.search, query, LIMIT,
                             include_archived=not preferences.hide_archived())
        self._show_hits(hits, query)

    def _show_hits(self, hits: list[search.SearchHit], query: str = "") -> None:
        self.model.set_hits(hits)
        if hits:
            self.pages.setCurrentWidget(self.list)
            self.list.setCurrentIndex(self.model.index(0, 0))
            self.count.setText(words.count(len(hits), LIMIT))
        else:
            self.pages.setCurrentWidget(self.hint)
            self.hint.setText(words.nothing_found(query) if query else words.intro())
            self.count.setText("")

    def _data_changed(self, _topics: frozenset[str]) -> None:
        if self.isVisible():
            self.timer.start()

    # --- choosing --------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row()) if index.isValid() else None
        if hit is None:
            return
        self.open_record.emit(hit.kind, hit.ref, hit.app_id or 0)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.edit:
            if key in (*_ENTER, Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.timer.isActive():
                self.search_now()  # typed and pressed at once: act on what was typed
            if key in _ENTER:
                self._open(self.list.currentIndex())
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                # The first match is already highlighted (Enter opens it), so Down moves on
                # from the highlight exactly as it does in the list: Down ×3 lands on the
                # fourth match.
                self.list.setFocus()
                QCoreApplication.sendEvent(
                    self.list, QKeyEvent(event.type(), key, event.modifiers()))
                return True
        elif watched is self.list:
            if key in _ENTER:
                self._open(self.list.currentIndex())
                return True
            if key == Qt.Key.Key_Up and self.list.currentIndex().row() <= 0:
                self.edit.setFocus()
                return True
            if key == Qt.Key.Key_Backspace or self._is_typing(event):
                # Typing goes on in the box (the list would jump to a row starting with
                # that letter instead).
                self.edit.setFocus()
                QCoreApplication.sendEvent(self.edit, QKeyEvent(
                    event.type(), key, event.modifiers(), event.text()))
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _is_typing(event: QKeyEvent) -> bool:
        shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
            | Qt.KeyboardModifier.MetaModifier
        text = event.text()
        return bool(text) and text.isprintable() and not event.modifiers() & shortcut
