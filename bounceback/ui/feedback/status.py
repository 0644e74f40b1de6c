"""Where a feedback request stands: not asked yet → asked → answered, or no answer (with an
optional day to follow up). The buttons only say what happened; the tab saves it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bounceback.db.enums import FeedbackStatus
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.widgets import DateEdit, from_today
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

WAITING = frozenset({FeedbackStatus.ASKED, FeedbackStatus.NO_ANSWER})


def italic(label: QLabel) -> QLabel:
    set_role(label, TextRole.EMPHASIS)
    return label


class StatusRow(QWidget):
    """The state in words, the next step as buttons, and the follow-up day while waiting.

    ``asked``, ``answered`` and ``no_answer`` are the person saying what happened. The
    follow-up date is part of the note: a change emits ``edited`` and is saved with it.
    """

    asked = Signal()
    answered = Signal()
    no_answer = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = FeedbackStatus.DRAFT
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Where this request stands"))
        set_role(self.text, TextRole.STRONG)

        self.asked_button = QPushButton(self.tr("I've &asked"), self)
        self.asked_button.setAccessibleName(self.tr("I've asked for feedback"))
        self.asked_button.setToolTip(
            self.tr("Saves the note as asked today (you can change the date) and adds it to "
                    "the timeline"))
        self.answered_button = QPushButton(self.tr("The&y answered"), self)
        self.answered_button.setAccessibleName(self.tr("They answered"))
        self.answered_button.setToolTip(
            self.tr("Saves the note as answered today, then you can write down what they said"))
        self.no_answer_button = QPushButton(self.tr("&No answer"), self)
        self.no_answer_button.setAccessibleName(self.tr("No answer came"))
        self.no_answer_button.setToolTip(self.tr("No reply so far; you can plan one follow-up"))
        self.asked_button.clicked.connect(self.asked)
        self.answered_button.clicked.connect(self.answered)
        self.no_answer_button.clicked.connect(self.no_answer)

        # Empty, it starts from a week on: about when a follow-up is kind.
        self.follow_up = DateEdit(self, optional=True, default=from_today(days=7))
        self.follow_up.setAccessibleName(self.tr("Follow up on"))
        self.follow_up.setToolTip(self.tr("A day to send one gentle follow-up, if you'd like"))
        self.follow_up.setMaximumWidth(200)
        self.follow_up.changed.connect(self.edited)
        follow_label = QLabel(self.tr("Follow &up on"), self)
        follow_label.setBuddy(self.follow_up)
        self.follow_note = italic(QLabel(self))
        self.follow_note.setWordWrap(True)
        self.follow_part = QWidget(self)
        follow_row = QHBoxLayout()
        follow_row.setContentsMargins(0, 0, 0, 0)
        follow_row.addWidget(follow_label)
        follow_row.addWidget(self.follow_up, 1)
        follow_row.addStretch(1)
        follow_lay = QVBoxLayout(self.follow_part)
        follow_lay.setContentsMargins(0, 0, 0, 0)
        follow_lay.setSpacing(4)
        follow_lay.addLayout(follow_row)
        follow_lay.addWidget(self.follow_note)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.asked_button)
        buttons.addWidget(self.answered_button)
        buttons.addWidget(self.no_answer_button)
        buttons.addStretch(1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(self.text)
        lay.addLayout(buttons)
        lay.addWidget(self.follow_part)
        lay.addStretch(1)
        self.set_state(FeedbackStatus.DRAFT, None)

    def set_state(self, status: FeedbackStatus, asked_on: dt.date | None) -> None:
        """Show the saved state of the note."""
        self.status = FeedbackStatus(status)
        if self.status == FeedbackStatus.DRAFT:
            text = self.tr("Not asked yet. Once you've sent your request, note it here.")
        elif self.status == FeedbackStatus.ASKED:
            text = (
                fill(self.tr("Asked on %1, waiting for an answer."), labels.date(asked_on))
                if asked_on else self.tr("Asked, waiting for an answer.")
            )
        elif self.status == FeedbackStatus.NO_ANSWER:
            text = self.tr("No answer so far.")
        else:
            text = self.tr("They answered. Take what's useful, and leave the rest.")
        self.text.setText(text)
        self.asked_button.setVisible(self.status == FeedbackStatus.DRAFT)
        self.answered_button.setVisible(self.status != FeedbackStatus.ANSWERED)
        self.no_answer_button.setVisible(self.status == FeedbackStatus.ASKED)
        self.follow_part.setVisible(self.status in WAITING)
        self.follow_note.setText(
            self.tr("No answer is common and says little about you. One gentle follow-up "
                    "after a week or two is fine.")
            if self.status == FeedbackStatus.NO_ANSWER
            else self.tr("Answers often take a week or two. If you like, pick a day to check in "
                         "once.")
        )
