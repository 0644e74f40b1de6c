"""Lock now, and lock after a while without use: every window is covered until unlocked.

Nothing is closed or thrown away when BounceBack locks: each open window (the main one and
any dialog) gets an opaque curtain over it, and while locked an application-wide filter lets
keyboard and mouse input reach the curtains only, so shortcuts can't act behind them. Unlocking
from any curtain lifts them all, and whatever was being typed is still there.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from bounceback.ui.privacy.passphrase import UnlockForm

# Idle-lock choices, in minutes; 0 never locks by itself.
IDLE_CHOICES = (0, 5, 10, 15, 30, 60)
DEFAULT_IDLE_MINUTES = 15
SETTING_IDLE = "privacy/lock_after_minutes"
# Room kept between the unlock form and the window's edges, where there is room.
MARGIN = 12

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
    QEvent.Type.ContextMenu,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
}
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class Curtain(QWidget):
    """An opaque cover over one window, with the unlock form on it: the same form the start
    of BounceBack asks with (``passphrase.UnlockForm``)."""

    def __init__(self, lock: LockController, window: QWidget) -> None:
        super().__init__(window)
        self.lock = lock
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.form = UnlockForm(self.tr(
            "Your entries are hidden. Enter your passphrase to carry on where you left off."
        ), parent=self)
        self.passphrase = self.form.passphrase
        self.passphrase.setObjectName("unlockPassphrase")
        self.error = self.form.error
        self.unlock_button = self.form.unlock_button
        self.form.submitted.connect(self.try_unlock)
        # A message shown under the field makes the form taller: it is placed again.
        self.form.installEventFilter(self)
        self._full = self.form.sizeHint()
        # Where the person was typing, so unlocking puts the cursor back there.
        self._behind = window.focusWidget()
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self._arrange()
        self.show()
        self.raise_()

    @property
    def compact(self) -> bool:
        return self.form.compact

    def _arrange(self) -> None:
        """The form in the upper middle of the window. In a window too small for the whole
        form (a question box), only the field and the buttons are shown, as wide as there
        is room for: a modal window blocks all others, so its curtain may be the only place
        to unlock from, and it must not be cut off."""
        room = self.rect()
        compact = room.width() < self._full.width() + 2 * MARGIN \
            or room.height() < self._full.height() + 2 * MARGIN
        if compact != self.form.compact:
            self.form.set_compact(compact)
        if not compact:
            room = room.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        width = room.width() if compact else min(self.form.column_width(), room.width())
        height = max(self.form.heightForWidth(width), self.form.minimumSizeHint().height())
        spare = max(0, room.height() - height)
        self.form.setGeometry(room.x() + (room.width() - width) // 2, room.y() + spare // 3,
                              width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form:
            if event.type() == QEvent.Type.LayoutRequest:
                self._arrange()
            return False
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self._arrange()
            self.raise_()
        elif event.type() == QEvent.Type.ChildAdded:
            # A child the window gains while locked would sit on top of the curtain.
            QTimer.singleShot(0, self, self.raise_)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys the form did not use stop here. Without this, the Enter that unlocks would go
        # on to the window behind, once unlocked, and press a dialog's default button.
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Qt's focus chain runs on into the window behind, where keys are refused: someone
        # using the keyboard alone would be stuck there. Tab stays on the curtain's form.
        chain: list[QWidget] = [self.passphrase, self.unlock_button]
        here = QApplication.focusWidget()
        step = 1 if next else -1
        i = chain.index(here) + step if here in chain else 0
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        chain[i % len(chain)].setFocus(reason)
        return True

    def try_unlock(self, passphrase: str) -> None:
        if not self.lock.unlock(passphrase):
            self.form.show_problem(self.tr(
                "That passphrase didn't unlock BounceBack. Please try again."))

    def remove(self) -> None:
        window = self.parentWidget()
        if window is not None:
            window.removeEventFilter(self)
        self.form.clear()
        self.hide()
        behind = self._behind
        if behind is not None and isValid(behind) and behind.isVisible():
            behind.setFocus(Qt.FocusReason.OtherFocusReason)
        self.deleteLater()


class LockController(QObject):
    """Owns the locked state of the whole application."""

    locked_changed = Signal(bool)

    def __init__(self, key: Callable[[], str | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._curtains: dict[QWidget, Curtain] = {}
        self.locked = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(0)
        self.idle_timer.timeout.connect(self.lock_if_possible)
        self._filtering = False

    def _watch_events(self) -> None:
        """Every event of the program passes an application event filter, so it is there
        only while needed: to notice activity for the idle lock, or while locked."""
        wanted = self.locked or self.idle_timer.interval() > 0
        app = QApplication.instance()
        if app is None or wanted == self._filtering:
            return
        if wanted:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = wanted

    def can_lock(self) -> bool:
        """Locking needs a passphrase to unlock with."""
        return self._key() is not None

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_timer.stop()
        # Interval 0 means "never": a zero-interval timer would fire at once, so every start
        # below checks it.
        self.idle_timer.setInterval(max(0, minutes) * 60_000)
        if minutes > 0:
            self.idle_timer.start()
        self._watch_events()

    def lock_if_possible(self) -> bool:
        if not self.can_lock():
            return False
        if not self.locked:
            self.locked = True
            self._watch_events()
            for window in QApplication.topLevelWidgets():
                self._cover(window)
            self.locked_changed.emit(True)
        return True

    def _cover(self, window: QWidget) -> None:
        if not isValid(window) or window in self._curtains or isinstance(window, Curtain):
            return
        if not window.isVisible():
            return
        if window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            window.hide()  # Menus and tooltips simply close.
            return
        curtain = Curtain(self, window)
        self._curtains[window] = curtain
        window.destroyed.connect(lambda _=None, w=window: self._curtains.pop(w, None))
        # An inactive window gets the field as its focus too, ready for when it is activated.
        curtain.passphrase.setFocus()

    def unlock(self, passphrase: str) -> bool:
        key = self._key()
        if key is None or not hmac.compare_digest(passphrase.encode(), key.encode()):
            return False
        self.locked = False
        # Listeners show what they hid first, so the curtains can hand focus back to it.
        self.locked_changed.emit(False)
        for curtain in list(self._curtains.values()):
            curtain.remove()
        self._curtains.clear()
        if self.idle_timer.interval() > 0:
            self.idle_timer.start()
        self._watch_events()
        return True

    def curtains(self) -> list[Curtain]:
        return list(self._curtains.values())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.locked:
            if kind in _ACTIVITY and self.idle_timer.interval() > 0:
                self.idle_timer.start()  # Restart the countdown: the person is here.
            return False
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            # A window that opens while locked (a reminder, say) is covered too.
            # Deferred so the window has its size; with the window as context, a window
            # closed and deleted meanwhile is simply skipped.
            QTimer.singleShot(0, watched, lambda w=watched: self.locked and self._cover(w))
            return False
        if kind == QEvent.Type.Shortcut:
            return True  # Sent to actions, not widgets: no shortcut acts behind a curtain.
        return kind in _INPUT and isinstance(watched, QWidget) and not self._on_curtain(watched)

    @staticmethod
    def _on_curtain(widget: QWidget) -> bool:
        w: QWidget | None = widget
        while w is not None:
            if isinstance(w, Curtain):
                return True
            w = w.parentWidget()
        return False
