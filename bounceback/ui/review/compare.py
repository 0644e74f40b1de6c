""""Did my CV fit this role?": the CV (or letter) actually sent, beside the job it was sent
for, so the review looks at what was sent rather than at memory of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import DocumentKind
from bounceback.services.documents import SentBeside
from bounceback.ui.common import dialogs
from bounceback.ui.common.document_viewer import DocumentViewer
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.theme.icons import Icon
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole


def _titled(title: str, body: QWidget, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    heading = QLabel(title, box)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    heading.setWordWrap(True)
    set_role(heading, TextRole.STRONG)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(heading)
    lay.addWidget(body, 1)
    return box


class CompareWindow(QDialog):
    def __init__(self, found: SentBeside, kind: DocumentKind, company: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(tr("What you sent to %1 — BounceBack"), company))
        cv = kind == DocumentKind.CV
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        if found.sent is not None:
            self.sent: QWidget = DocumentViewer(self)
            self.sent.show_document(*found.sent)
            sent_title = fill(tr("What you sent: %1"), found.sent[0])
        else:
            self.sent = EmptyNote(Icon.DOCUMENT, tr(
                "The CV you sent isn't kept here yet. In the Timeline, open the application's "
                "Documents and attach it (or drop the file on the application).") if cv else tr(
                "The letter you sent isn't kept here yet. In the Timeline, open the "
                "application's Documents and attach it (or drop the file on the application)."),
                parent=self)
            sent_title = tr("What you sent")
        if found.posting is not None:
            self.job: QWidget = DocumentViewer(self)
            self.job.show_document(*found.posting)
        elif found.description:
            text = QPlainTextEdit(self)
            text.setReadOnly(True)
            text.setPlainText(found.description)
            text.setAccessibleName(tr("The job description"))
            self.job = text
        else:
            self.job = EmptyNote(Icon.DOCUMENT, tr(
                "No job description is kept for this application. Pasting it in the Timeline "
                "(or attaching the posting) makes this comparison possible next time."),
                parent=self)
        self.split.addWidget(_titled(sent_title, self.sent, self))
        self.split.addWidget(_titled(tr("The job description"), self.job, self))
        self.split.setChildrenCollapsible(False)
        hint = QLabel(tr("Look for the words the posting repeats, and whether the first third "
                         "of what you sent speaks to them."), self)
        hint.setWordWrap(True)
        set_role(hint, TextRole.CAPTION)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addWidget(self.split, 1)
        lay.addWidget(buttons)
        dialogs.fit_to_screen(self, 1200, 860)

    def done(self, result: int) -> None:
        for pane in (self.sent, self.job):
            if isinstance(pane, DocumentViewer):
                pane.clear()
        super().done(result)
