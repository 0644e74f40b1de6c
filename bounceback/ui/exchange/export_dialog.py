"""File → Export…: choose a format and a file, then write it on a worker.

Exports are plain files that other programs can read, so they are not encrypted; the
dialog says so plainly, and more firmly when the data file itself is protected.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bounceback import paths
from bounceback.services.errors import ServiceError
from bounceback.services.exchange.registry import EXPORTERS
from bounceback.ui.common.background import Progress, Task
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.ops import Ops, translate_message
from bounceback.ui.common.widgets import ErrorLabel
from bounceback.ui.exchange.file_field import FileField
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

SUFFIXES = frozenset(f.suffix.lower() for f in EXPORTERS.values())


def default_name(suffix: str, today: dt.date | None = None) -> str:
    return f"bounceback-{(today or dt.date.today()).isoformat()}{suffix}"


def confirm_replace(parent: QWidget | None, path: Path) -> bool:
    """Ask before writing over a file; Cancel is the default so Enter never replaces."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Replace the file?"),
        fill(tr("There is already a file called “%1” there. Replace it with this export?"),
             path.name),
        parent=parent,
    )
    replace = box.addButton(tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is replace


class ExportDialog(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.task: Task | None = None
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)

        intro = QLabel(self.tr(
            "Save a copy of your entries in a file you can keep, read elsewhere or import "
            "again later."), self)
        intro.setWordWrap(True)

        box = QGroupBox(self.tr("What to export"), self)
        box_layout = QVBoxLayout(box)
        self.formats = QButtonGroup(self)
        self.buttons_by_name: dict[str, QRadioButton] = {}
        for fmt in EXPORTERS.values():
            radio = QRadioButton(translate_message(fmt.label), box)
            radio.setObjectName(f"format_{fmt.name}")
            self.formats.addButton(radio)
            self.buttons_by_name[fmt.name] = radio
            box_layout.addWidget(radio)
        first = next(iter(EXPORTERS))
        self.buttons_by_name[first].setChecked(True)

        self.file = FileField(saving=True, parent=self)
        self.file.setAccessibleName(self.tr("File to save"))
        self.file.set_path(Path.home() / default_name(EXPORTERS[first].suffix))
        file_label = QLabel(self.tr("&Save to:"), self)
        file_label.setBuddy(self.file.edit)

        self.note = self._privacy_note()
        self.error = ErrorLabel(self)
        self.error.setObjectName("error")

        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addSpacing(4)
        layout.addWidget(file_label)
        layout.addWidget(self.file)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.formats.buttonToggled.connect(self._format_changed)
        self.file.changed.connect(self.error.clear_message)
        self.buttons_by_name[first].setFocus()

    def _privacy_note(self) -> QWidget:
        note = QWidget(self)
        note.setObjectName("privacy_note")
        text = self.tr("Exports are not encrypted: keep the file somewhere private.")
        if self.ops.store.encrypted:
            # Here the person has chosen protection; the export quietly drops it, so say so
            # where it can't be missed.
            text = self.tr(
                "Your data file is protected by your passphrase, but the export won't be.") \
                + " " + text
        self.note_label = QLabel(text, note)
        self.note_label.setObjectName("privacy_text")
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(note)
        layout.setContentsMargins(0, 4, 0, 4)
        if self.ops.store.encrypted:
            icon = QLabel(note)
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            icon.setPixmap(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
            icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            layout.addWidget(icon)
            set_role(self.note_label, TextRole.STRONG)
        layout.addWidget(self.note_label, 1)
        return note

    # --- choices -------------------------------------------------------------------------
    def format_name(self) -> str:
        return next(name for name, radio in self.buttons_by_name.items() if radio.isChecked())

    def choose_format(self, name: str) -> None:
        self.buttons_by_name[name].setChecked(True)

    def _format_changed(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        fmt = EXPORTERS[self.format_name()]
        self.file.name_filter = fill(self.tr("%1 files (*%2);;All files (*)"),
                                     fmt.suffix.lstrip(".").upper(), fmt.suffix)

        path = self.file.path()
        # Follow the format only while the name ends in one of ours: a name the person
        # typed with an ending of their own is theirs.
        if path is not None and path.suffix.lower() in SUFFIXES:
            self.file.set_path(path.with_suffix(fmt.suffix))

    def target(self) -> Path | None:
        """The file to write, or None after saying what is wrong with the name."""
        path = self.file.path()
        if path is None:
            self._refuse(self.tr("Please choose where to save the export."))
            return None
        fmt = EXPORTERS[self.format_name()]
        if not path.suffix:
            path = path.with_suffix(fmt.suffix)
        if not path.is_absolute():  # a bare name goes where the suggestion would
            path = Path.home() / path
        if path.is_dir():
            self._refuse(self.tr("That is a folder; please add a file name."))
            return None
        if not path.parent.is_dir():
            self._refuse(fill(self.tr(
                "The folder “%1” doesn't exist. Please choose another place."), path.parent))
            return None
        if paths.is_inside(path, self.ops.store.path.parent):
            # Writing here could replace the data file or a backup with an export.
            self._refuse(self.tr(
                "Please choose a place outside BounceBack's own data folder."))
            return None
        if path.exists() and not confirm_replace(self, path):
            return None
        return path

    def _refuse(self, message: str) -> None:
        self.error.point_at(self.file.edit, message)
        self._fit()

    def _fit(self) -> None:
        """Grow to show a message in full rather than squeeze the form around it."""
        lay = self.layout()
        assert lay is not None  # set up in __init__
        lay.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    # --- work ----------------------------------------------------------------------------
    def export(self) -> None:
        if self.task is not None and self.task.running:
            return
        self.error.clear_message()
        path = self.target()
        if path is None:
            return
        fmt = EXPORTERS[self.format_name()]

        # ``s`` is the worker's Session, typed loosely so the UI needs nothing from SQLAlchemy.
        def write(s: Any, progress: Progress) -> Path:
            fmt.write(s, path, progress)
            return path

        self.task = self.ops.read_in_background(
            self, self.tr("Exporting…"), write, on_done=self._done, on_error=self._failed)
        if self.task is None:
            self.error.show_message(self.tr(
                "BounceBack is busy looking after your data file. Please try again in a "
                "moment."))
            self._fit()
            return
        self._set_running(True)

    def _done(self, path: Path) -> None:
        self._set_running(False)
        self.saved_to = path
        self.ops.message.emit(fill(self.tr("Exported to %1."), path))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, ServiceError):
            self.error.show_message(translate_message(exc.message))
        else:
            self.error.show_message(self.tr(
                "Something went wrong while exporting, so no file was saved. Your entries "
                "are as they were."))
        self._fit()

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(not running)

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            return  # the file is being written; closing now would hide how it ended
        super().reject()
