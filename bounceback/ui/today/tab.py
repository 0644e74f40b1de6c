"""The Today tab: what is due today and this week, each with one click to open, settle, snooze
or dismiss it.

Gentle by design: things are "since" a day, never "overdue"; there are no streaks, badges or
tallies; and an empty day says so kindly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bounceback.services import reminders
from bounceback.services.reminders import Reminder
from bounceback.ui.common import labels
from bounceback.ui.common import ops as topics
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import LatestRead, Ops
from bounceback.ui.common.tab import TabPage
from bounceback.ui.theme.icons import Icon
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import SPACE_XL, TextRole
from bounceback.ui.today import settings as reminder_settings
from bounceback.ui.today import words
from bounceback.ui.today.card import ReminderCard
from bounceback.ui.today.tray import tray_available

# What a reminder's own state changing (snoozed, dismissed) is announced as.
REMINDERS = getattr(topics, "REMINDERS", "reminders")
WATCHED = frozenset({topics.APPLICATIONS, topics.EVENTS, topics.CONTACTS, topics.FEEDBACK,
                     topics.ACTIONS, topics.PLANS, topics.REVIEW, REMINDERS})


COLUMN_WIDTH = 760


def _heading(text: str, parent: QWidget, role: TextRole = TextRole.HEADING) -> QLabel:
    label = QLabel(text, parent)
    set_role(label, role)
    return label


# Cards shown per group before "Show more": a calm, short list, quick to build.
PAGE = 10


class TodayTab(TabPage):
    key = "today"
    # The reminder settings were changed here: the tray notifier should read them again.
    settings_changed = Signal()
    # Hides QWidget.scroll(dx, dy), which nothing calls; tests scroll through this name.
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(
        self,
        ops: Ops,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(ops, parent)
        self.settings = settings
        self._today = today
        self._dirty = True
        self._shown_on: dt.date | None = None
        self.cards: list[ReminderCard] = []
        self._read = LatestRead(ops, self)

        self.day_label = _heading("", self, TextRole.TITLE)
        self.day_label.setAccessibleName(self.tr("Today's date"))
        self.settings_button = QPushButton(self.tr("Reminder &settings…"), self)
        self.settings_button.clicked.connect(self.open_settings)
        top = QHBoxLayout()
        top.addWidget(self.day_label, 1)
        top.addWidget(self.settings_button)

        self.rest = EmptyNote(Icon.TODAY, self.tr(
            "Thank-you notes, feedback replies, follow-ups and your own action items will "
            "show up here on their day."),
            self.tr("Nothing due today. Rest is part of the process too."), self)
        self.rest.setAccessibleName(self.tr("Nothing due"))
        # A little way down the page, where the eye lands, not pressed under the date.
        self.rest.setContentsMargins(0, 3 * SPACE_XL, 0, 0)
        self.today_heading = _heading(self.tr("Today"), self)
        self.today_empty = QLabel(self.tr(
            "Nothing due today. Rest is part of the process too."), self)
        self.today_empty.setWordWrap(True)
        self.today_list = QVBoxLayout()
        self.week_heading = _heading(self.tr("This week"), self)
        self.week_list = QVBoxLayout()
        # A long backlog (an imported history) would mean thousands of cards: the first few
        # show, and the rest a page at a time, when asked for.
        self.limits = {"now": PAGE, "soon": PAGE}
        self.today_more = QPushButton(self)
        self.today_more.clicked.connect(lambda: self._more("now"))
        self.week_more = QPushButton(self)
        self.week_more.clicked.connect(lambda: self._more("soon"))

        # One calm column, centred, that doesn't stretch across a wide window.
        column = QWidget(self)
        column.setMaximumWidth(COLUMN_WIDTH)
        col = QVBoxLayout(column)
        col.addLayout(top)
        col.addSpacing(8)
        col.addWidget(self.rest)
        col.addWidget(self.today_heading)
        col.addWidget(self.today_empty)
        col.addLayout(self.today_list)
        col.addWidget(self.today_more, 0, Qt.AlignmentFlag.AlignLeft)
        col.addSpacing(12)
        col.addWidget(self.week_heading)
        col.addLayout(self.week_list)
        col.addWidget(self.week_more, 0, Qt.AlignmentFlag.AlignLeft)
        col.addStretch(1)
        holder = QWidget(self)
        holder_lay = QHBoxLayout(holder)
        holder_lay.addStretch(1)
        holder_lay.addWidget(column, 100)
        holder_lay.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName(self.tr("Reminders for today and this week"))
        # Tab goes straight to the controls inside; the area scrolls to whichever has focus
        # (a focusable scroll area is a silent Tab stop, and where focus lands after a save).
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(holder)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.scroll)
        # Nothing is said until the reminders are worked out: not even "nothing due".
        for widget in (self.rest, self.today_heading, self.today_empty, self.week_heading,
                       self.today_more, self.week_more):
            widget.hide()

    def title(self) -> str:
        return self.tr("Today")

    def today(self) -> dt.date:
        return self._today()

    # --- loading -------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """The reminders are being worked out on a worker."""
        return self._read.pending

    def refresh(self) -> None:
        """Work out what is due now, on this thread, and show it."""
        today = self.today()
        self._read.cancel()
        self._show(self.ops.read(reminders.due, today, reminder_settings.load(self.settings)),
                   today)

    def refresh_in_background(self) -> None:
        """The same, with the working out on a worker (it reads every application and
        event): the tab answers at once and the cards follow a moment later."""
        today = self.today()
        self._dirty, self._shown_on = False, today
        self._show_day(today)
        reader = partial(reminders.due, today=today,
                         settings=reminder_settings.load(self.settings))
        if not self._read.start(reader, lambda found: self._show(found, today),
                                self._read_failed):
            self._dirty = True

    def _read_failed(self) -> None:
        self._dirty = True  # tried again the next time the tab is shown

    def _show_day(self, today: dt.date) -> None:
        self.day_label.setText(labels.day_in_full(today))

    def _show(self, found: list[Reminder], today: dt.date) -> None:
        self._dirty, self._shown_on = False, today
        self._show_day(today)
        for card in self.cards:
            # Hidden, not unparented: a parentless card would become a window of its own
            # and take the window's activation (and the keyboard) with it.
            card.hide()
            card.deleteLater()
        self.cards = []
        now = [r for r in found if r.due_on <= today]
        soon = [r for r in found if r.due_on > today]
        shown = now[: self.limits["now"]] + soon[: self.limits["soon"]]
        for button, rest in ((self.today_more, len(now) - self.limits["now"]),
                             (self.week_more, len(soon) - self.limits["soon"])):
            button.setVisible(rest > 0)
            button.setText(fill(self.tr("Show %1 more"), min(rest, PAGE)))
        for reminder in shown:
            card = ReminderCard(reminder, today, self)
            card.open_requested.connect(self._open)
            card.done_requested.connect(self._done)
            card.snooze_requested.connect(self._snooze)
            card.dismiss_requested.connect(self._dismiss)
            (self.today_list if reminder.due_on <= today else self.week_list).addWidget(card)
            card.show()  # now, not on the next turn of the event loop: it may take the focus
            self.cards.append(card)
        self.rest.setVisible(not found)
        self.today_heading.setVisible(bool(found))
        self.today_empty.setVisible(bool(soon) and not now)
        self.week_heading.setVisible(bool(soon))

    def _more(self, group: str) -> None:
        self.limits[group] += PAGE
        self.refresh()

    def on_changed(self, changed: frozenset[str]) -> None:
        if changed & WATCHED:
            self._dirty = True
            if self.isVisible():
                # A card's own button (done, snooze) changed it: show that at once, so the
                # keyboard focus can move to the next card.
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # Hidden, the tab doesn't recompute on every change; shown, it catches up (and
        # notices a new day when the program stayed open overnight).
        if self._dirty or self._shown_on != self.today():
            self.refresh_in_background()
        super().showEvent(event)

    def card_for(self, key: str) -> ReminderCard | None:
        return next((c for c in self.cards if c.reminder.key == key), None)

    # --- one-click actions ---------------------------------------------------------------
    def _open(self, r: Reminder) -> None:
        if r.app_id is not None:
            self.open_in_tab.emit(r.opens, r.app_id)

    def _done(self, r: Reminder) -> None:
        index = self._index(r)
        if self.ops.run(self, reminders.done, r, self.today(), done=words.done_message(r)):
            self._refocus(index)

    def _snooze(self, r: Reminder, days: int) -> None:
        index = self._index(r)
        until = self.today() + dt.timedelta(days=days)
        done = self.tr("Snoozed until tomorrow.") if days == 1 else fill(self.tr(
            "Snoozed for a week. It will be back on %1."), labels.day_in_full(until))

        if self.ops.run(self, reminders.snooze, r.key, until, done=done):
            self._refocus(index)

    def _dismiss(self, r: Reminder) -> None:
        index = self._index(r)
        if self.ops.run(self, reminders.dismiss, r.key,
                        done=self.tr("Dismissed. It won't come back.")):
            self._refocus(index)

    def _index(self, r: Reminder) -> int:
        return next((i for i, c in enumerate(self.cards) if c.reminder.key == r.key), -1)

    def _refocus(self, index: int) -> None:
        """Keep the keyboard near where it was: on the card that took the settled one's
        place (a row of buttons removed from under the focus would drop it)."""
        if self._dirty:
            self.refresh()
        if self.cards and index >= 0:
            self.cards[min(index, len(self.cards) - 1)].focus_first()

    # --- settings ------------------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = reminder_settings.ReminderSettingsDialog(
            self.settings, tray_available=tray_available(), parent=self)
        if dialog.exec():
            self.refresh()
            self.settings_changed.emit()
        dialog.deleteLater()
