"""Keep what the user types safe before they press Save.

A ``DraftKeeper`` watches one text edit. A moment after typing stops it stores the text as a
draft in the store (one small transaction, off the user's way); saving the real record
discards the draft. If the program stops before that, the draft is there to offer back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit

from bounceback.services import drafts
from bounceback.services.drafts import DraftRow
from bounceback.ui.common.ops import Ops

DELAY_MS = 1200


class DraftKeeper(QObject):
    def __init__(self, ops: Ops, edit: QPlainTextEdit, delay_ms: int = DELAY_MS) -> None:
        super().__init__(edit)
        self.ops = ops
        self.edit = edit
        self.key: str | None = None
        self._saved_text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._typed)

    def watch(self, key: str | None, saved_text: str = "") -> None:
        """Draft the edit under ``key`` from now on; ``saved_text`` is what the record holds."""
        self.flush()
        self.key = key
        self._saved_text = saved_text

    def _typed(self) -> None:
        if self.key is not None:
            self._timer.start()

    def flush(self) -> None:
        """Store the draft now if there is anything unsaved to keep."""
        self._timer.stop()
        if self.key is None:
            return
        text = self.edit.toPlainText()
        if text == self._saved_text:
            self.ops.write_quietly(drafts.discard_draft, self.key)
        else:
            self.ops.write_quietly(drafts.save_draft, self.key, text)

    def pending(self, key: str) -> DraftRow | None:
        return self.ops.read(drafts.get_draft, key)

    def saved(self, saved_text: str) -> None:
        """The record was saved: its draft is no longer needed."""
        self._timer.stop()
        self._saved_text = saved_text
        if self.key is not None:
            self.ops.write_quietly(drafts.discard_draft, self.key)

    def forget(self) -> None:
        """Drop the current draft on purpose and stop drafting until ``watch`` is called."""
        self.saved("")
        self.key = None
