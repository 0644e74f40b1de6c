"""Asking for a passphrase: to unlock, to set a new one, to change or remove it.

The text typed here goes straight to SQLCipher and is never stored, so these dialogs say
plainly, every time a passphrase is set, that it cannot be recovered.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.cipher import MIN_PASSPHRASE
from bounceback.ui.common.widgets import ErrorLabel


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setObjectName(name)
    field.setMinimumWidth(280)
    return field


class UnlockDialog(QDialog):
    """The first thing an encrypted store shows. ``check`` returns None when the passphrase
    opened the store, or the kind message to show; nothing changes on a wrong one."""

    def __init__(
        self, check: Callable[[str], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(self.tr("Unlock BounceBack"))
        intro = QLabel(self.tr(
            "Your entries are protected by a passphrase. Enter it to open them."
        ), self)
        intro.setWordWrap(True)
        self.passphrase = password_field(self, "passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = ErrorLabel(self)
        hint = QLabel(self.tr(
            "If the passphrase is lost, nobody can open these entries, not even BounceBack. "
            "If you never set one, the data file may be damaged: your backups are in the "
            "'backups' folder beside it."
        ), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.error.point_at(self.passphrase, self.tr("Please type your passphrase."))
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = self._check(text)
        finally:
            self.unsetCursor()
        if problem is None:
            self.accept()
            return
        self.passphrase.selectAll()
        self.error.point_at(self.passphrase, problem)


class Purpose(Enum):
    PROTECT = "protect"
    CHANGE = "change"


class NewPassphraseDialog(QDialog):
    """Choose a passphrase (twice), and for a change, type the current one first."""

    def __init__(self, purpose: Purpose, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        titles = {
            Purpose.PROTECT: self.tr("Protect with a passphrase"),
            Purpose.CHANGE: self.tr("Change passphrase"),
        }
        self.setWindowTitle(titles[purpose])
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        if purpose is Purpose.PROTECT:
            intro = QLabel(self.tr(
                "Choose a passphrase. Your entries, your unsaved drafts and your backups will "
                "be encrypted with it, and BounceBack will ask for it each time it starts."
            ), self)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.current = password_field(self, "current")
        if purpose is Purpose.CHANGE:
            form.addRow(self.tr("Current passphrase:"), self.current)
        else:
            self.current.hide()
        self.new = password_field(self, "new")
        self.repeat = password_field(self, "repeat")
        form.addRow(self.tr("New passphrase:"), self.new)
        form.addRow(self.tr("Type it again:"), self.repeat)
        layout.addLayout(form)
        warning = QLabel(self.tr(
            "The passphrase is never saved anywhere and can't be recovered. If you forget it, "
            "nobody can open your entries, not even BounceBack. Consider writing it down "
            "somewhere safe."
        ), self)
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.understood = QCheckBox(self.tr("I understand it can't be recovered"), self)
        layout.addWidget(self.understood)
        self.encrypt_backups = QRadioButton(self.tr("Protect my existing backups too"), self)
        self.delete_backups = QRadioButton(self.tr("Delete my existing backups"), self)
        self.encrypt_backups.setChecked(True)
        if purpose is Purpose.PROTECT:
            layout.addWidget(QLabel(self.tr("Your existing backups:"), self))
            layout.addWidget(self.encrypt_backups)
            layout.addWidget(self.delete_backups)
        else:
            self.encrypt_backups.hide()
            self.delete_backups.hide()
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        ok_text = {
            Purpose.PROTECT: self.tr("Protect my entries"),
            Purpose.CHANGE: self.tr("Change passphrase"),
        }[purpose]
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check_and_accept(self) -> None:
        if self.purpose is Purpose.CHANGE and not self.current.text():
            self.error.point_at(self.current, self.tr("Please type your current passphrase."))
            return
        new = self.new.text()
        if len(new.strip()) < MIN_PASSPHRASE:
            self.error.point_at(self.new, self.tr(
                "Please choose a passphrase of at least %1 characters. A few words you'll "
                "remember work well."
            ).replace("%1", str(MIN_PASSPHRASE)))
            return
        if self.repeat.text() != new:
            self.repeat.clear()
            self.error.point_at(self.repeat, self.tr(
                "The two passphrases are not the same. Please type it again."
            ))
            return
        if not self.understood.isChecked():
            self.error.point_at(self.understood, self.tr(
                "Please tick the box to confirm you know the passphrase can't be recovered."
            ))
            return
        self.accept()

    def passphrase(self) -> str:
        return self.new.text()


class RemovePassphraseDialog(QDialog):
    """Turning protection off asks for the passphrase once more, and says what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove passphrase"))
        text = QLabel(self.tr(
            "Without a passphrase, anyone who can open your files can read your entries and "
            "backups. Type your passphrase to remove it."
        ), self)
        text.setWordWrap(True)
        self.current = password_field(self, "current")
        self.error = ErrorLabel(self)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Remove passphrase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.ok_button.clicked.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.current)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def check_and_accept(self) -> None:
        if not self.current.text():
            self.error.point_at(self.current, self.tr("Please type your passphrase."))
            return
        self.accept()
