"""One reminder in the Today view: what it is, and one click to open, settle, snooze or drop it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bounceback.services.reminders import Reminder
from bounceback.ui.common.i18n import fill
from bounceback.ui.theme import sheet
from bounceback.ui.theme.sheet import Kind
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole
from bounceback.ui.today import words

# Snooze choices, in days.
TOMORROW = 1
NEXT_WEEK = 7


class ReminderCard(QFrame):
    open_requested = Signal(object)
    done_requested = Signal(object)
    snooze_requested = Signal(object, int)
    dismiss_requested = Signal(object)

    def __init__(self, reminder: Reminder, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reminder = reminder
        self.setObjectName("ReminderCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The base colour lifts each card off the window, in light and dark palettes alike.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        # A card of the theme: lifted off the window, edged, rounded (ui/theme/sheet.py).
        sheet.mark(self, Kind.CARD)
        name = words.title(reminder)

        self.title = QLabel(name, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names are the person's own text
        self.title.setWordWrap(True)
        set_role(self.title, TextRole.STRONG)
        self.when = QLabel(words.when(reminder, today), self)
        self.when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.detail = QLabel(words.detail(reminder), self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)

        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAccessibleName(fill(self.tr("Open: %1"), name))
        self.open_button.setVisible(reminder.app_id is not None)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.reminder))
        label = words.done_label(reminder)
        self.done_button = QPushButton(label, self)
        self.done_button.setAccessibleName(f"{label}: {name}")
        self.done_button.setVisible(bool(label))
        self.done_button.clicked.connect(lambda: self.done_requested.emit(self.reminder))

        self.snooze_button = QPushButton(self.tr("Snooze"), self)
        self.snooze_button.setAccessibleName(fill(self.tr("Snooze: %1"), name))
        menu = QMenu(self.snooze_button)
        self.snooze_tomorrow = QAction(self.tr("Until tomorrow"), menu)
        self.snooze_week = QAction(self.tr("For a week"), menu)
        self.snooze_tomorrow.triggered.connect(
            lambda: self.snooze_requested.emit(self.reminder, TOMORROW))
        self.snooze_week.triggered.connect(
            lambda: self.snooze_requested.emit(self.reminder, NEXT_WEEK))
        menu.addAction(self.snooze_tomorrow)
        menu.addAction(self.snooze_week)
        self.snooze_button.setMenu(menu)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setAccessibleName(fill(self.tr("Dismiss: %1"), name))
        self.dismiss_button.setToolTip(self.tr("Take it off the list for good"))
        self.dismiss_button.clicked.connect(lambda: self.dismiss_requested.emit(self.reminder))

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.when)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.open_button, self.done_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.addLayout(head)
        lay.addWidget(self.detail)
        lay.addLayout(buttons)

    def focus_first(self) -> None:
        first = next((b for b in (self.open_button, self.done_button, self.snooze_button)
                      if not b.isHidden()), self.snooze_button)
        first.setFocus()
