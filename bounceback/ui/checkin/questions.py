"""The one question this tab asks that the shared dialogs don't: throw away my edits?"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("checkin", text)


def confirm_revert(parent: QWidget | None) -> bool:
    """Ask before throwing edits away; Cancel is the default, so Enter keeps the words."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _t("Undo your changes?"),
        _t("The changes you made to this check-in since it was last saved will be lost."),
        parent=parent,
    )
    undo = box.addButton(_t("Undo changes"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_t("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is undo
