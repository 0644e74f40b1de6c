"""A document read inside BounceBack, and a copy of it saved where the person chooses.

Nothing is written anywhere to show a document: its bytes go from the store to the viewer.
A copy is written only where the person picks, readable by them alone, after saying that it
won't be encrypted (as exports do).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bounceback import paths
from bounceback.services.files import write_private_atomically
from bounceback.ui.common import dialogs
from bounceback.ui.common.document_viewer import DocumentViewer
from bounceback.ui.common.file_dialogs import documents_folder, forget_recent_folders
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.theme.icons import Icon, icon


def ask_copy_path(parent: QWidget, name: str) -> str:
    """Where to save a copy; empty when cancelled. Module-level so tests can script it."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save a copy"), str(documents_folder() / name))
    forget_recent_folders()
    return path


def save_copy(parent: QWidget, name: str, data: bytes, *, data_folder: Path,
              encrypted: bool) -> Path | None:
    """Ask where, then write the copy (0600, whole or not at all). The path, or None."""
    if encrypted:
        answer = QMessageBox.question(
            parent, tr("Save a copy"),
            tr("Your data file is protected by your passphrase, but the copy won't be. Keep "
               "it somewhere private."),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer != QMessageBox.StandardButton.Save:
            return None
    chosen = ask_copy_path(parent, name)
    if not chosen:
        return None
    target = Path(chosen)
    if paths.is_inside(target, data_folder):
        QMessageBox.information(parent, tr("Save a copy"), tr(
            "Please choose a place outside BounceBack's own data folder."))
        return None
    try:
        write_private_atomically(target, data)
    except OSError as exc:
        QMessageBox.warning(parent, tr("Save a copy"), fill(tr(
            "BounceBack couldn't write the copy there (%1). Please choose another place."),
            exc.strerror or type(exc).__name__))
        return None
    return target


class DocumentWindow(QDialog):
    """One document, shown; "Save a copy…" beside Close. Not modal: the person can look at
    the CV while writing in the main window."""

    def __init__(self, name: str, data: bytes, *, data_folder: Path, encrypted: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._data = data
        self._folder = data_folder
        self._encrypted = encrypted
        self.setWindowTitle(fill(tr("%1 — BounceBack"), name))
        self.viewer = DocumentViewer(self)
        self.viewer.save_copy_requested.connect(self.save_copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(tr("Save a copy…"), self)
        self.save_button.setIcon(icon(Icon.EXPORT))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_copy)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(buttons)
        dialogs.fit_to_screen(self, 820, 900)
        self.viewer.show_document(name, data)
        self.saved_to: Path | None = None

    def save_copy(self) -> None:
        self.saved_to = save_copy(self, self.name, self._data, data_folder=self._folder,
                                  encrypted=self._encrypted) or self.saved_to

    def done(self, result: int) -> None:
        # The bytes go with the window: nothing of the document stays in memory for nothing.
        self.viewer.clear()
        self._data = b""
        super().done(result)
