"""A file name the person can type or pick: a line edit with a "Choose…" button.

Typing is first-class (tests type a path; so do people who know where the file is). The
picker is Qt's own dialog, not the platform's, so it looks and behaves the same everywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from bounceback.ui.common.file_dialogs import documents_folder, forget_recent_folders


class FileField(QWidget):
    changed = Signal()

    def __init__(self, *, saving: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saving = saving
        self.name_filter = ""
        self.edit = QLineEdit(self)
        self.edit.setObjectName("path")
        self.edit.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setObjectName("choose")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        # For an archive that may already be unpacked: its folder is chosen instead.
        self.folder_button = QPushButton(self.tr("Folder…"), self)
        self.folder_button.setObjectName("choose_folder")
        self.folder_button.setAccessibleName(self.tr("Choose a folder"))
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.folder_button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)

    def text(self) -> str:
        return self.edit.text().strip()

    def path(self) -> Path | None:
        text = self.text()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path) -> None:
        self.edit.setText(str(path))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _start(self) -> str:
        # With nothing typed yet, the Documents folder, not wherever BounceBack was started.
        current = self.path()
        if current is None:
            return str(documents_folder())
        if self.saving or current.exists():
            return str(current)
        return str(current.parent if current.parent.is_dir() else documents_folder())

    def allow_folders(self, allowed: bool) -> None:
        self.folder_button.setVisible(allowed and not self.saving)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder to import"), self._start(),
            QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly)
        forget_recent_folders()
        if name:
            self.edit.setText(name)
            self.edit.setFocus()

    def choose(self) -> None:
        options = QFileDialog.Option.DontUseNativeDialog
        if self.saving:
            # Replacing an existing file is asked about by the dialog that saves.
            options |= QFileDialog.Option.DontConfirmOverwrite
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the export as"), self._start(), self.name_filter,
                options=options)
        else:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose the file to import"), self._start(), self.name_filter,
                options=options)
        forget_recent_folders()
        if name:
            self.edit.setText(name)
            self.edit.setFocus()
