"""The questions an application form asked and the answers given, to read as they were sent:
opened from the application in the Timeline and from the Review's items about applying."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from bounceback.services.sent_with import ScreeningRow
from bounceback.ui.common import dialogs
from bounceback.ui.common.i18n import fill


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())


class ScreeningAnswersWindow(QDialog):
    """Read-only and not modal: the review item or the application stays open beside it."""

    def __init__(self, answers: Sequence[ScreeningRow], company: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Your screening answers for %1 — BounceBack"),
                                 company))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Questions and answers"))
        self.text.setOpenLinks(False)  # nothing here is a link to follow
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        unanswered = html.escape(self.tr("No answer given"))
        self.text.setHtml("".join(
            f"<p><b>{_lines(row.question)}</b><br>"
            f"{_lines(row.answer) if row.answer.strip() else f'<i>{unanswered}</i>'}</p>"
            for row in answers))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(buttons)
        self.text.setFocus()
        dialogs.fit_to_screen(self, 640, 560)
