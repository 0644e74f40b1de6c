"""The one question this tab asks that the shared dialogs don't: throw away my edits?"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from bounceback.ui.common.i18n import tr


def confirm_revert(parent: QWidget | None) -> bool:
    """Ask before throwing edits away; Cancel is the default, so Enter keeps the words."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Undo your changes?"),
        tr("The changes you made to this check-in since it was last saved will be lost."),
        parent=parent,
    )
    undo = box.addButton(tr("Undo changes"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is undo
