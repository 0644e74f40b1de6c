"""What the person does with an application's documents: attach (by dialog or by dropping),
view, save a copy, remove — and, for a dropped e-mail that says "no", record the rejection.

Files are read and kept on a worker (a PDF's text is read for search, which takes a moment
for a long one); their sizes are checked first, so a film dropped by mistake is refused at
once, kindly, and nothing is read.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from bounceback.db.enums import DocumentKind, Status
from bounceback.services import document_text, documents
from bounceback.services.documents import MAX_BYTES
from bounceback.services.errors import NotFoundError, ServiceError
from bounceback.ui.common import dialogs, labels
from bounceback.ui.common.file_dialogs import documents_folder, forget_recent_folders
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.ops import Ops, translate_message
from bounceback.ui.timeline.document_window import DocumentWindow, save_copy


def ask_files(parent: QWidget) -> list[str]:
    """The files to attach; empty when cancelled. Module-level so tests can script it."""
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent, tr("Attach files"), str(documents_folder()))
    forget_recent_folders()
    return chosen


def ask_name(parent: QWidget, name: str) -> str | None:
    """A document's new name; None when cancelled. Module-level so tests can script it."""
    text, ok = QInputDialog.getText(parent, tr("Rename document"), tr("Name"),
                                    QLineEdit.EchoMode.Normal, name)
    return text if ok else None


def ask_record_rejection(parent: QWidget, company: str, on: dt.date) -> bool:
    """Whether a dropped "no" should be recorded as the rejection. Module-level for tests."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Their answer"), fill(tr(
        "This e-mail from %1 reads like a “not this time”. I'm sorry.\n\nRecord it as their "
        "answer on %2? The e-mail is kept with it, and your bounce-back plan starts as "
        "usual."), company, labels.date(on)), parent=parent)
    record = box.addButton(tr("Record their answer"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Just keep the e-mail"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(record)
    box.exec()
    return box.clickedButton() is record


def _too_large(files: list[Path]) -> list[str]:
    large = []
    for path in files:
        try:
            if os.stat(path).st_size > MAX_BYTES:
                large.append(path.name)
        except OSError:
            pass  # said when it is read
    return large


class DocumentActions(QObject):
    """Attach, view, save and remove, for the application ``app()`` names (None: none open).
    ``rejection_recorded`` says a dropped e-mail became the application's "no"."""

    rejection_recorded = Signal(int)

    def __init__(self, ops: Ops, parent: QWidget, app: Callable[[], tuple[int, str, Status] | None]
                 ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.widget = parent
        self.app = app
        self.windows: list[DocumentWindow] = []
        self.task: Any = None

    # --- attaching -----------------------------------------------------------------------
    def attach_chosen(self) -> None:
        if self.app() is None:
            return
        chosen = ask_files(self.widget)
        if chosen:
            self.attach([Path(p) for p in chosen], None)

    def attach(self, files: list[Path], event_id: int | None) -> None:
        current = self.app()
        if current is None or not files:
            return
        app_id, company, status = current
        large = _too_large(files)
        if large:
            QMessageBox.information(self.widget, tr("Attach files"), fill(tr(
                "%1 is larger than %2 MB, the most BounceBack keeps for one file. A PDF export "
                "or a smaller copy will fit. Nothing was attached."), ", ".join(large),
                MAX_BYTES // 1024 // 1024))
            return
        if len(files) == 1 and event_id is None and status != Status.REJECTED \
                and self._offer_rejection(app_id, company, files[0]):
            return

        def keep(s: Any, _progress: object) -> list[documents.DocumentRow]:
            read = [documents.read_file(p) for p in files]
            return documents.attach_files(s, app_id, read, event_id=event_id)

        self.task = self.ops.write_in_background(
            self.widget, tr("Keeping your files…"), keep, on_done=self._attached,
            on_error=self._failed)

    def _offer_rejection(self, app_id: int, company: str, path: Path) -> bool:
        """A single e-mail that reads as a "no": offered as the rejection (True when the
        offer was taken and the work started)."""
        if path.suffix.lower() != ".eml":
            return False
        try:
            name, data = documents.read_file(path)
        except ServiceError:
            return False  # said by the plain attach that follows
        mail = document_text.read_mail(data)
        if mail is None or not document_text.looks_like_rejection(mail):
            return False
        on = mail.date.date() if mail.date is not None else dt.date.today()
        if not ask_record_rejection(self.widget, company, on):
            return False
        done = self.ops.write(self.widget, documents.record_rejection_mail, app_id, name, data,
                              on=on, done=tr("Their answer is on the timeline, with the e-mail."))
        if done is not None:
            self.rejection_recorded.emit(app_id)
        return True

    def _attached(self, rows: list[documents.DocumentRow]) -> None:
        shared = [r for r in rows if r.also_in]
        if len(rows) == 1 and shared:
            text = fill(tr("Kept. The same file was also sent to %1."),
                        "; ".join(h for _i, h in shared[0].also_in))
        else:
            text = tr("Kept %Ln file(s) with this application.", "", len(rows))
        self.ops.message.emit(text)

    def _failed(self, exc: BaseException) -> None:
        text = translate_message(exc.message) if isinstance(exc, ServiceError) else tr(
            "BounceBack couldn't keep these files. Nothing was attached.")
        QMessageBox.warning(self.widget, tr("Attach files"), text)

    # --- one document --------------------------------------------------------------------
    def _data(self, doc_id: int) -> tuple[str, bytes] | None:
        try:
            return self.ops.read(documents.document_data, doc_id)
        except NotFoundError:
            return None

    def view(self, doc_id: int) -> DocumentWindow | None:
        found = self._data(doc_id)
        if found is None:
            return None
        window = DocumentWindow(found[0], found[1], data_folder=self.ops.store.path.parent,
                                encrypted=self.ops.store.encrypted, parent=self.widget)
        self.windows = [w for w in self.windows if w.isVisible()] + [window]
        window.finished.connect(lambda _r, w=window: self._closed(w))
        window.show()
        return window

    def _closed(self, window: DocumentWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        window.deleteLater()

    def save(self, doc_id: int) -> None:
        found = self._data(doc_id)
        if found is None:
            return
        saved = save_copy(self.widget, found[0], found[1], data_folder=self.ops.store.path.parent,
                          encrypted=self.ops.store.encrypted)
        if saved is not None:
            self.ops.message.emit(fill(tr("Saved a copy to %1. It isn't encrypted: keep it "
                                          "somewhere private."), str(saved)))

    def set_kind(self, doc_id: int, kind: DocumentKind) -> None:
        self.ops.write(self.widget, documents.update_document, doc_id, kind=kind,
                       done=fill(tr("Now kept as: %1."), labels.document_kind(kind)))

    def set_owner(self, doc_id: int, event_id: int | None) -> None:
        self.ops.write(self.widget, documents.set_event, doc_id, event_id, done=tr("Moved."))

    def rename(self, doc_id: int, name: str) -> None:
        new = ask_name(self.widget, name)
        if new is not None and new.strip() and new.strip() != name:
            self.ops.write(self.widget, documents.update_document, doc_id, name=new,
                           done=tr("Renamed."))

    def remove(self, doc_id: int, name: str) -> None:
        if not dialogs.confirm_delete(self.widget, tr("Remove document"), fill(tr(
                "Remove “%1” from this application? BounceBack's copy goes (the file you "
                "attached it from, if you still have it, stays where it is)."), name)):
            return
        self.ops.run(self.widget, documents.delete_document, doc_id, done=tr("Document removed."))
