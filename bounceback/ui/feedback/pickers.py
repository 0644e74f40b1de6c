"""The two pickers of the Feedback tab: the application on top, and its feedback notes; and
the calm message pages shown when there is nothing to pick."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bounceback.services.feedback import FeedbackRow
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.common.table_model import FilterProxy
from bounceback.ui.common.views import on_delete_key, setup_row_table
from bounceback.ui.feedback.models import feedback_model
from bounceback.ui.theme.icons import Icon, icon


def message_page(text: str, parent: QWidget) -> QWidget:
    """A calm message a third of the way down, where the eye lands."""
    return EmptyNote(Icon.FEEDBACK, text, parent=parent)


class ApplicationPicker(QComboBox):
    """An editable combo that finds an application by any part of its name as you type.

    Emits ``chosen`` only when the user picks; ``select`` changes it quietly.
    """

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._edit().setPlaceholderText(self.tr("Type to find an application…"))
        self.setAccessibleName(self.tr("Application"))
        self._edit().setAccessibleName(self.tr("Application"))
        completer = self.completer()
        assert completer is not None  # an editable combo box makes its own
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.currentIndexChanged.connect(self._index_changed)
        self._edit().editingFinished.connect(self._restore_text)

    def _edit(self) -> QLineEdit:
        edit = self.lineEdit()
        assert edit is not None  # editable from the start, so it always has one
        return edit

    def set_choices(self, choices: list[tuple[int, str]], keep: int | None) -> bool:
        """Offer ``choices``; True when ``keep`` is still among them (and chosen)."""
        self._quiet = True
        try:
            self.clear()
            for ident, text in choices:
                self.addItem(text, ident)
            index = self.findData(keep) if keep is not None else -1
            self.setCurrentIndex(index)
        finally:
            self._quiet = False
        return index >= 0

    def select(self, app_id: int | None) -> None:
        self._quiet = True
        try:
            self.setCurrentIndex(self.findData(app_id) if app_id is not None else -1)
        finally:
            self._quiet = False

    def has(self, app_id: int) -> bool:
        return self.findData(app_id) >= 0

    def _index_changed(self, index: int) -> None:
        if not self._quiet and index >= 0:
            self.chosen.emit(self.itemData(index))

    def _restore_text(self) -> None:
        # Typed text that matched nothing: show the chosen application again.
        index = self.currentIndex()
        wanted = self.itemText(index) if index >= 0 else ""
        if self._edit().text() != wanted:
            self._edit().setText(wanted)


class NoteList(QWidget):
    """The feedback notes of one application, newest request first, with New and Delete."""

    # The note the user moved to.
    picked = Signal(int)
    new_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.model = feedback_model(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        setup_row_table(
            self.view, self.proxy, self.tr("Feedback notes"), 1, Qt.SortOrder.DescendingOrder
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        on_delete_key(self.view, self.delete_requested)

        self.new_button = QPushButton(self.tr("Ask for feedback"), self)
        self.new_button.setIcon(icon(Icon.SEND))
        self.new_button.setToolTip(self.tr("Note a new feedback request"))
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setIcon(icon(Icon.DELETE))
        self.delete_button.setAccessibleName(self.tr("Delete the selected feedback note"))
        self.delete_button.clicked.connect(self.delete_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 6, 0)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)

    def set_rows(self, rows: list[FeedbackRow], keep: int | None) -> list[FeedbackRow]:
        """Show ``rows`` with ``keep`` selected; returns them in the order shown."""
        self._quiet = True
        try:
            self.model.set_rows(rows)
        finally:
            self._quiet = False
        self.select_id(keep)
        return self.shown_rows()

    def shown_rows(self) -> list[FeedbackRow]:
        return [self._row(self.proxy.index(i, 0)) for i in range(self.proxy.rowCount())]

    def has(self, note_id: int) -> bool:
        return self.model.row_of_id(note_id) >= 0

    def current_position(self) -> int:
        return max(0, self.view.currentIndex().row())

    def select_id(self, note_id: int | None) -> None:
        """Select a note (None: none) without emitting ``picked``."""
        self._quiet = True
        try:
            row = self.model.row_of_id(note_id) if note_id is not None else -1
            if row < 0:
                self.view.clearSelection()
                sm = self.view.selectionModel()
                sm.setCurrentIndex(QModelIndex(), sm.SelectionFlag.NoUpdate)
            else:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
        finally:
            self._quiet = False

    def _row(self, proxy_index: QModelIndex) -> FeedbackRow:
        return self.model.row_at(self.proxy.mapToSource(proxy_index).row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.picked.emit(self._row(current).id)
