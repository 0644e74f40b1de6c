"""Keep what the user types safe before they press Save.

A ``DraftKeeper`` watches one text edit. A moment after typing stops it stores the text as a
draft in the store (one small transaction, off the user's way). The service that saves (or
deletes) the real record drops its draft in the same transaction (``services/draft_keys.py``);
the keeper is only told. If the program stops before that, the draft is there to offer back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit

from bounceback.services import drafts
from bounceback.services.drafts import DraftRow
from bounceback.ui.common.ops import Ops

if TYPE_CHECKING:
    from bounceback.ui.feedback.drafting import LetterText

DELAY_MS = 1200


class DraftKeeper(QObject):
    def __init__(
        self, ops: Ops, edit: QPlainTextEdit | LetterText, delay_ms: int = DELAY_MS
    ) -> None:
        # A LetterText is the feedback letter shaped as a text box: it has the two members
        # used here, textChanged and toPlainText().
        super().__init__(edit)
        self.ops = ops
        self.edit = edit
        self.key: str | None = None
        self._saved_text = ""
        # Whether a draft is stored under ``key`` now; None: not known (one may be left from
        # last time), so going back to the saved text removes it to be sure.
        self._stored: bool | None = None
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
        self._stored = None

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
            if self._stored is not False \
                    and self.ops.write_quietly(drafts.discard_draft, self.key):
                self._stored = False
        elif self.ops.write_quietly(drafts.save_draft, self.key, text):
            self._stored = True

    def pending(self, key: str) -> DraftRow | None:
        return self.ops.read(drafts.get_draft, key)

    def saved(self, saved_text: str) -> None:
        """The record now holds ``saved_text``; the service that saved it dropped the draft
        in the same transaction."""
        self._timer.stop()
        self._saved_text = saved_text
        self._stored = False

    def discard(self) -> None:
        """The words were put back as saved, on purpose: the draft goes."""
        self._timer.stop()
        self._saved_text = self.edit.toPlainText()
        if self.key is not None and self.ops.write_quietly(drafts.discard_draft, self.key):
            self._stored = False

    def forget(self) -> None:
        """Drop the current draft on purpose and stop drafting until ``watch`` is called."""
        self._timer.stop()
        if self.key is not None:
            self.ops.write_quietly(drafts.discard_draft, self.key)
        self._saved_text = ""
        self._stored = False
        self.key = None
