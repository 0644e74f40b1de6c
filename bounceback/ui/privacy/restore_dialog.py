"""File → Restore from a backup: what each backup holds, and putting one back."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from bounceback.db import backups
from bounceback.db.backups import BackupInfo, BackupSummary
from bounceback.db.errors import StoreCorruptError, StoreError, WrongPassphraseError
from bounceback.db.store import is_encrypted
from bounceback.ui.common.background import Progress, Task, run_in_background
from bounceback.ui.common.dialogs import fit_to_screen
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.labels import qdatetime
from bounceback.ui.common.ops import Ops, translate_message
from bounceback.ui.common.widgets import to_qdate
from bounceback.ui.privacy import store_changes


class RestoreDialog(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        fit_to_screen(self, 560, 420)
        intro = QLabel(self.tr(
            "BounceBack backs up your data when it starts and when it closes, once a day. "
            "Choose a backup to see what it holds. Restoring keeps what you have now as a "
            "backup too, so nothing is lost."
        ), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("backups")
        self.list.setAccessibleName(self.tr("Your backups"))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(48)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("Restore this backup…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._selected)
        self.load()

    def load(self) -> None:
        self.list.clear()
        found = backups.list_backups(self.ops.store.backups_dir)
        for info in found:
            item = QListWidgetItem(self._describe_name(info))
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.list.addItem(item)
        if not found:
            self.summary.setText(self.tr(
                "There are no backups yet. BounceBack makes one each day it is used, and you "
                "can make one now with File → Back up now."
            ))

    def _describe_name(self, info: BackupInfo) -> str:
        when = QLocale().toString(qdatetime(info.taken_at), QLocale.FormatType.LongFormat)
        reasons = {
            backups.AUTO: self.tr("daily backup"),
            backups.MANUAL: self.tr("backed up by you"),
            backups.PRE_MIGRATION: self.tr("before an update"),
            backups.PRE_RESTORE: self.tr("before a restore"),
            backups.DAMAGED: self.tr("a damaged file, kept as it was"),
        }
        return f"{when} — {reasons.get(info.reason, info.reason)}"

    def selected(self) -> BackupInfo | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _selected(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(False)
        if info is None:
            return
        self.summary.setText(self.tr("Looking inside…"))
        key = self.ops.store.key

        def work(_progress: Progress) -> BackupSummary:
            return backups.describe_backup(info, key)

        def shown(summary: BackupSummary) -> None:
            if self.selected() is not info:
                return  # The person moved on to another backup meanwhile.
            self.summary.setText(self._summary_text(summary))
            self.restore_button.setEnabled(True)

        def failed(exc: BaseException) -> None:
            if self.selected() is not info:
                return
            self.summary.setText(self._why_unreadable(info, key, exc))

        self.task = run_in_background(
            self, "", work, on_done=shown, on_error=failed, show_dialog=False
        )

    def _why_unreadable(self, info: BackupInfo, key: str | None, exc: BaseException) -> str:
        # The store's own messages speak of "your data" and of a passphrase just typed;
        # here the person typed nothing, and it is about one backup.
        if isinstance(exc, WrongPassphraseError):
            return self.tr(
                "This backup was made with a different passphrase, so your current one "
                "can't open it."
            )
        if isinstance(exc, StoreCorruptError):
            if key is None and is_encrypted(info.path):
                return self.tr(
                    "This backup is protected by a passphrase and your data no longer has "
                    "one, so it can't be opened here."
                )
            return self.tr("This backup is damaged and can't be used.")
        if isinstance(exc, StoreError):
            return translate_message(str(exc))
        return self.tr("This backup can't be read.")

    def _summary_text(self, summary: BackupSummary) -> str:
        c = summary.counts
        parts = [
            self.tr("%Ln application(s)", "", c.get("applications", 0)),
            self.tr("%Ln check-in(s)", "", c.get("checkins", 0)),
            self.tr("%Ln feedback note(s)", "", c.get("feedback_notes", 0)),
            self.tr("%Ln contact(s)", "", c.get("contacts", 0)),
        ]
        text = fill(self.tr("It holds %1."), ", ".join(parts))
        if summary.latest_activity is not None:
            day = QLocale().toString(to_qdate(summary.latest_activity),
                                     QLocale.FormatType.LongFormat)
            text += " " + fill(self.tr("The latest timeline entry is from %1."), day)
        return text

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            self.tr(
                "Your data will be replaced by this backup. What you have now is kept as a "
                "backup first, so you can come back to it."
            ),
            parent=self,
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not restore:
            return
        self.task = store_changes.restore(self, self.ops, info.path)
        self.task.finished.connect(self._after_restore)

    def _after_restore(self) -> None:
        if self.task is not None and self.task.error is None:
            self.accept()
        else:
            self.load()
