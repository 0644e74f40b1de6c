"""A tray notification about newly due reminders, once each, while the program runs.

Optional (Reminders settings) and only where the desktop has a notification area. It checks on
start and every half hour; a notice names companies and people, never what the person wrote.
While the window is locked it says nothing: a notice would show what the lock hides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from bounceback.services import reminders
from bounceback.services.reminders import Reminder
from bounceback.ui.common.i18n import tr
from bounceback.ui.common.icons import app_icon
from bounceback.ui.common.ops import LatestRead, Ops
from bounceback.ui.today import settings as reminder_settings
from bounceback.ui.today import words

CHECK_MINUTES = 30
# A notice lists at most this many; the rest wait in Today.
MAX_LINES = 4
SHOW_MS = 10_000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def compose(new: list[Reminder]) -> tuple[str, str]:
    """The title and message of one notification about ``new`` (never empty)."""
    if len(new) == 1:
        return words.notice(new[0]), tr("It's in Today whenever you're ready.")
    lines = [words.notice(r) for r in new[:MAX_LINES]]
    if len(new) > MAX_LINES:
        lines.append(tr("…and more in Today."))
    return tr("A few things for today"), "\n".join(lines)


class TrayNotifier(QObject):
    # The person clicked the notice or chose "Show Today": the window should show the tab.
    show_today = Signal()

    def __init__(
        self,
        ops: Ops,
        settings: QSettings,
        parent: QObject | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        available: Callable[[], bool] = tray_available,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.settings = settings
        self._today = today
        self._available = available
        self.locked = False
        self.icon: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MINUTES * 60 * 1000)
        self.timer.timeout.connect(self.check_later)
        self._read = LatestRead(ops, self)

    @property
    def active(self) -> bool:
        return self.icon is not None

    def start(self) -> None:
        """Call once the window is up: shows the tray icon (if wanted) and checks now."""
        self.apply_settings()

    def apply_settings(self) -> None:
        """Turn on or off after the setting changed."""
        wanted = reminder_settings.tray_enabled(self.settings) and self._available()
        if wanted and self.icon is None:
            self.icon = self._make_icon()
            self.icon.show()
            self.timer.start()
            self.check_later()
        elif not wanted and self.icon is not None:
            self.timer.stop()
            self.icon.hide()
            self.icon.deleteLater()
            self.icon = None

    def _make_icon(self) -> QSystemTrayIcon:
        icon = QSystemTrayIcon(app_icon(), self)
        menu = QMenu()
        self._show_action = QAction(menu)
        self._show_action.triggered.connect(self.show_today)
        menu.addAction(self._show_action)
        icon.setContextMenu(menu)
        self._menu = menu  # the tray icon doesn't own its menu
        self._icon_words(icon)
        icon.messageClicked.connect(self.show_today)
        icon.activated.connect(self._activated)
        return icon

    def _icon_words(self, icon: QSystemTrayIcon) -> None:
        icon.setToolTip(tr("BounceBack"))
        self._show_action.setText(tr("Show Today"))

    def retranslate(self) -> None:
        """The icon's words in the language now spoken (the window asks, on a change)."""
        if self.icon is not None:
            self._icon_words(self.icon)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_today.emit()

    def set_locked(self, locked: bool) -> None:
        """Connect to the lock: nothing is told while locked; unlocking catches up."""
        self.locked = locked
        if not locked:
            self.check_later()

    @property
    def checking(self) -> bool:
        """A background check is on its way."""
        return self._read.pending

    def check_later(self) -> None:
        """:meth:`check`, with the working out on a worker: it reads every application and
        event, which must not hold up the window (at start, on the half-hour, on unlock)."""
        if self.icon is None or self.locked or self.ops.busy:
            return
        today = self._today()
        reader = partial(reminders.newly_due, today=today,
                         settings=reminder_settings.load(self.settings))
        self._read.start(reader, lambda new: self._tell(new, today))

    def check(self) -> list[Reminder]:
        """Tell about what became due since last time; returns what was told about."""
        if self.icon is None or self.locked or self.ops.busy:
            return []
        today = self._today()
        self._read.cancel()
        return self._tell(self.ops.read(
            reminders.newly_due, today, reminder_settings.load(self.settings)), today)

    def _tell(self, new: list[Reminder], today: dt.date) -> list[Reminder]:
        # Locked (or turned off) while the reminders were worked out: nothing is told.
        if not new or self.icon is None or self.locked:
            return []
        title, message = compose(new)
        self.icon.showMessage(title, message, app_icon(), SHOW_MS)
        # Marked even if the desktop dropped the notice: it is in Today either way.
        self.ops.write_quietly(reminders.mark_notified, [r.key for r in new], today)
        return new
