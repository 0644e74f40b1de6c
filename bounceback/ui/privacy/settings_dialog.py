"""File → Privacy and security: the passphrase, locking, and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bounceback.ui.common.background import Task
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import Ops
from bounceback.ui.privacy import store_changes
from bounceback.ui.privacy.lock import (
    DEFAULT_IDLE_MINUTES,
    IDLE_CHOICES,
    SETTING_IDLE,
    LockController,
)
from bounceback.ui.privacy.passphrase import (
    NewPassphraseDialog,
    Purpose,
    RemovePassphraseDialog,
    forget_typed,
)


def idle_minutes(settings: QSettings) -> int:
    value = settings.value(SETTING_IDLE, DEFAULT_IDLE_MINUTES, type=int)
    return value if isinstance(value, int) and value in IDLE_CHOICES else DEFAULT_IDLE_MINUTES


def protect_with_passphrase(
    parent: QWidget | None, ops: Ops, settings: QSettings, lock: LockController | None
) -> Task | None:
    """"Protect with a passphrase…" (Privacy and security, and the welcome): choose one
    (twice), then encrypt the store on a worker. None when the person changed their mind."""
    dialog = NewPassphraseDialog(Purpose.PROTECT, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        task = store_changes.protect(
            parent, ops, dialog.passphrase(), delete_backups=dialog.delete_backups.isChecked()
        )
    finally:
        forget_typed(dialog)

    def after() -> None:
        # A protected store may now lock by itself.
        if lock is not None:
            lock.set_idle_minutes(idle_minutes(settings) if ops.store.encrypted else 0)

    task.finished.connect(after)
    return task


class PrivacyPanel(QWidget):
    """The passphrase, locking and where the data lives; every change acts at once.

    The Settings dialog's page, and the whole of File → Privacy and security.
    """

    def __init__(
        self, ops: Ops, settings: QSettings, lock: LockController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.settings = settings
        self.lock = lock
        self.task: Task | None = None

        protection = QGroupBox(self.tr("Passphrase"), self)
        self.status = QLabel(protection)
        self.status.setWordWrap(True)
        self.protect_button = QPushButton(self.tr("Protect with a passphrase…"), protection)
        self.change_button = QPushButton(self.tr("Change passphrase…"), protection)
        self.remove_button = QPushButton(self.tr("Remove passphrase…"), protection)
        self.protect_button.clicked.connect(self.protect)
        self.change_button.clicked.connect(self.change)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        for b in (self.protect_button, self.change_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        # Said where the passphrase is set, whether or not one is: what encryption leaves
        # open, and what covers it (the guide's privacy page says the same at more length).
        self.limits = QLabel(self.tr(
            "Good to know: when you turn encryption on, your old unprotected file is deleted "
            "but not overwritten, so its contents may stay on the disk for a while. Encrypting "
            "the whole disk (your system's disk encryption) takes care of that. And while "
            "BounceBack is unlocked, your passphrase is in its memory, so lock it when you "
            "step away."
        ), protection)
        self.limits.setWordWrap(True)
        box = QVBoxLayout(protection)
        box.addWidget(self.status)
        box.addLayout(row)
        box.addWidget(self.limits)

        locking = QGroupBox(self.tr("Locking"), self)
        self.idle = QComboBox(locking)
        for minutes in IDLE_CHOICES:
            # Every choice is several minutes, so the English source needs no "(s)" (which
            # would show as it is where no translation is loaded); %n keeps plural forms
            # for translators.
            label = (
                self.tr("Never") if minutes == 0
                else self.tr("After %n minutes without use", "", minutes)
            )
            self.idle.addItem(label, minutes)
        self.idle.setCurrentIndex(IDLE_CHOICES.index(idle_minutes(settings)))
        self.idle.currentIndexChanged.connect(self._idle_changed)
        lock_form = QFormLayout(locking)
        lock_form.addRow(self.tr("Lock by itself:"), self.idle)
        self.lock_hint = QLabel(locking)
        self.lock_hint.setWordWrap(True)
        lock_form.addRow(self.lock_hint)

        where = QLabel(fill(self.tr(
            "Your data lives only on this computer, in %1. BounceBack never connects to the "
            "internet."
        ), ops.store.path.parent), self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(protection)
        layout.addWidget(locking)
        layout.addWidget(where)
        layout.addStretch(1)
        self.refresh()
        # A method of this dialog, not a lambda: Qt drops the connection when the dialog is
        # deleted, where a lambda would go on calling into a dialog that is gone.
        ops.changed.connect(self._store_changed)

    def _store_changed(self, _topics: frozenset[str]) -> None:
        self.refresh()

    def refresh(self) -> None:
        on = self.ops.store.encrypted
        self.status.setText(
            self.tr(
                "Your entries and backups are encrypted with your passphrase. It is never saved "
                "anywhere and can't be recovered."
            ) if on else self.tr(
                "Your entries are not protected by a passphrase: anyone who can open your "
                "files on this computer can read them."
            )
        )
        self.protect_button.setVisible(not on)
        self.change_button.setVisible(on)
        self.remove_button.setVisible(on)
        self.idle.setEnabled(on)
        self.lock_hint.setText(
            self.tr("Press Ctrl+L to lock BounceBack at any time.") if on
            else self.tr("Locking needs a passphrase to unlock with.")
        )

    def _idle_changed(self) -> None:
        minutes = int(self.idle.currentData())
        self.settings.setValue(SETTING_IDLE, minutes)
        self.settings.sync()
        self.lock.set_idle_minutes(minutes if self.ops.store.encrypted else 0)

    def protect(self) -> None:
        self.task = protect_with_passphrase(self, self.ops, self.settings, self.lock)
        if self.task is not None:
            self.task.finished.connect(self.refresh)

    def change(self) -> None:
        dialog = NewPassphraseDialog(Purpose.CHANGE, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self.task = store_changes.change_passphrase(
                self, self.ops, dialog.current.text(), dialog.passphrase()
            )
        finally:
            forget_typed(dialog)

    def remove(self) -> None:
        dialog = RemovePassphraseDialog(self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self.task = store_changes.remove_passphrase(self, self.ops, dialog.current.text())
        finally:
            forget_typed(dialog)
        self.task.finished.connect(self._after_change)

    def _after_change(self) -> None:
        self.refresh()
        self._idle_changed()
