"""An application's documents: the CV and letter sent, the posting, the e-mails — listed with
what they are, their size, when they were added and what they belong to. Files come in by
"Attach file…" or by dropping them on the list (or on an event of the history)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QActionGroup,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QAbstractItemView, QMenu, QPushButton, QWidget

from bounceback.db.enums import DocumentKind
from bounceback.services.documents import DocumentRow
from bounceback.services.events import EventRow
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.record_panel import RecordPanel
from bounceback.ui.common.table_model import Column, ColumnKind, RowTableModel
from bounceback.ui.theme.icons import Icon, icon


def dropped_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """The local files a drag carries (folders and web links are not files to keep)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls()
            if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


class FileDrops(QObject):
    """Lets files be dropped on an item view: ``on_drop(paths, index)``, the row under the
    pointer (invalid when dropped below the rows). The view's own drag and drop is left off."""

    def __init__(self, view: QAbstractItemView,
                 on_drop: Callable[[list[Path], QModelIndex], None]) -> None:
        super().__init__(view)
        self.view = view
        self.on_drop = on_drop
        view.setAcceptDrops(True)
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if dropped_files(event) and self.view.isEnabled():
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = dropped_files(event)
            if files and self.view.isEnabled():
                event.acceptProposedAction()
                self.on_drop(files, self.view.indexAt(event.position().toPoint()))
            return True
        return False


def documents_model(owner: Callable[[DocumentRow], str],
                    parent: QObject | None = None) -> RowTableModel[DocumentRow]:
    def also(r: DocumentRow) -> str:
        if not r.also_in:
            return r.name
        return fill(tr("%1\nAlso sent to: %2"), r.name, "; ".join(h for _i, h in r.also_in))

    return RowTableModel(
        [
            Column(tr("Name"), lambda r: r.name, tooltip=also),
            Column(tr("What it is"), lambda r: labels.document_kind(r.kind)),
            Column(tr("Belongs to"), owner),
            # The same file sent elsewhere is kept once; where else it went, by company.
            Column(tr("Also sent to"), lambda r: ", ".join(h.split(" — ")[0]
                                                           for _i, h in r.also_in),
                   tooltip=lambda r: "\n".join(h for _i, h in r.also_in)),
            Column(tr("Size"), lambda r: labels.file_size(r.size), sort=lambda r: f"{r.size:012d}",
                   kind=ColumnKind.NUMBER),
            Column(tr("Added"), lambda r: labels.date(r.added_on),
                   sort=lambda r: f"{labels.iso(r.added_on)}#{r.id:09d}", kind=ColumnKind.DATE),
        ],
        parent,
    )


def event_words(event: EventRow) -> str:
    """An event as a document's owner: "Interview · 3 Nov 2026". Worded when shown (a
    history of fifty events has a handful with documents)."""
    return f"{labels.event_kind(event.kind)} · {labels.date(event.occurred_on)}"


class DocumentsPanel(RecordPanel):
    """The list, with Attach / View / Save a copy / Remove. ``view`` shows a document (the
    Edit button's place: what one does with a document is read it)."""

    files_dropped = Signal(list, object)  # paths, the event id they were dropped for (None)
    save_requested = Signal(int)
    kind_requested = Signal(int, object)  # the document, what it is (a DocumentKind)
    owner_requested = Signal(int, object)  # the document, the event it belongs to (or None)
    rename_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        # The application's events, a document's owner named from them when shown.
        self._events: dict[int, EventRow] = {}
        self.menu: QMenu | None = None  # the context menu open, if any
        super().__init__(
            documents_model(self._owner),
            name=tr("Documents of this application"),
            add_text=tr("Attach file…"),
            add_name=tr("Attach a file to this application"),
            edit_text=tr("View"),
            edit_name=tr("View the selected document"),
            delete_text=tr("Remove"),
            delete_name=tr("Remove the selected document"),
            stretch_column=0,
            parent=parent,
        )
        self.add_button.setIcon(icon(Icon.ATTACH))
        self.edit_button.setIcon(icon(Icon.DOCUMENT))
        self.save_button = QPushButton(tr("Save a copy…"), self)
        self.save_button.setIcon(icon(Icon.EXPORT))
        self.save_button.setAccessibleName(tr("Save a copy of the selected document"))
        self.save_button.setToolTip(tr("Put a copy where you choose (not encrypted)"))
        self.save_button.clicked.connect(lambda: self._emit(self.save_requested))
        self.bar.insertWidget(self.bar.indexOf(self.delete_button), self.save_button)
        self.view.setToolTip(tr("Drop files here to keep them with this application"))
        self.drops = FileDrops(self.view, lambda files, _i: self.files_dropped.emit(files, None))
        # What it is, what it belongs to, its name: by the context menu (or the menu key).
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.show_menu)
        rename = QShortcut(QKeySequence(Qt.Key.Key_F2), self.view)
        rename.setContext(Qt.ShortcutContext.WidgetShortcut)
        rename.activated.connect(lambda: self._emit(self.rename_requested))

    def set_documents(self, rows: list[DocumentRow], events: Sequence[EventRow]) -> None:
        """The documents, and the application's events (what a document can belong to)."""
        self._events = {e.id: e for e in events}
        self.set_rows(rows)

    def show_menu(self, pos: QPoint) -> QMenu | None:
        row = self.selected()
        if row is None:
            return None
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(tr("View"), lambda: self.edit_requested.emit(row.id))
        menu.addAction(tr("Save a copy…"), lambda: self.save_requested.emit(row.id))
        menu.addSeparator()
        kinds = menu.addMenu(tr("What it is"))
        group = QActionGroup(kinds)
        for kind in DocumentKind:
            action = kinds.addAction(labels.document_kind(kind))
            action.setCheckable(True)
            action.setChecked(kind == row.kind)
            group.addAction(action)
            action.triggered.connect(
                lambda _on=False, k=kind: self.kind_requested.emit(row.id, k))
        owners = menu.addMenu(tr("Belongs to"))
        owner_group = QActionGroup(owners)
        for event_id, words in [(None, tr("The application")),
                                *((e.id, event_words(e)) for e in self._events.values())]:
            action = owners.addAction(words)
            action.setCheckable(True)
            action.setChecked(event_id == row.event_id)
            owner_group.addAction(action)
            action.triggered.connect(
                lambda _on=False, e=event_id: self.owner_requested.emit(row.id, e))
        rename = menu.addAction(tr("Rename…"), lambda: self.rename_requested.emit(row.id))
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        menu.addSeparator()
        menu.addAction(tr("Remove…"), lambda: self.delete_requested.emit(row.id))
        self.menu = menu
        menu.popup(self.view.viewport().mapToGlobal(pos))
        return menu

    def _owner(self, row: DocumentRow) -> str:
        if row.event_id is None:
            return tr("The application")
        event = self._events.get(row.event_id)
        return event_words(event) if event is not None else tr("An event")

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "save_button"):  # called once before it is made
            self.save_button.setEnabled(self.edit_button.isEnabled())
