"""Small, consistent questions: confirm a delete, keep or discard unsaved changes."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from bounceback.ui.common.i18n import tr


def confirm_delete(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before deleting; Cancel is the default so Enter never deletes by accident."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    delete = box.addButton(tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str) -> Unsaved:
    """``what`` names the thing being edited, e.g. "this check-in"."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Unsaved changes"),
        tr("You have changes to %1 that aren't saved yet. Save them?").replace("%1", what),
        parent=parent,
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL
