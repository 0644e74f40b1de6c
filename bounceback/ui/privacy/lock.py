"""Lock now, and lock after a while without use: every window is covered until unlocked.

Nothing is closed or thrown away when BounceBack locks: each open window (the main one and
any dialog) gets an opaque curtain over it, and while locked an application-wide filter lets
keyboard and mouse input reach the curtains only, so shortcuts can't act behind them. Unlocking
from any curtain lifts them all, and whatever was being typed is still there.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMargins, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from bounceback.ui.common.icons import app_icon
from bounceback.ui.common.widgets import ErrorLabel
from bounceback.ui.privacy.passphrase import password_field

# Idle-lock choices, in minutes; 0 never locks by itself.
IDLE_CHOICES = (0, 5, 10, 15, 30, 60)
DEFAULT_IDLE_MINUTES = 15
SETTING_IDLE = "privacy/lock_after_minutes"
# The unlock form's width where there is room, and the field's within it.
COLUMN_WIDTH = 380
PASSPHRASE_WIDTH = 280

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
    """An opaque cover over one window, with the unlock form on it."""

    def __init__(self, lock: LockController, window: QWidget) -> None:
        super().__init__(window)
        self.lock = lock
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("<h2>BounceBack is locked</h2>"), self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr(
            "Your entries are hidden. Enter your passphrase to carry on where you left off."
        ), self)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._decoration = (icon, title, text)
        self.passphrase = password_field(self, "unlockPassphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.error = ErrorLabel(self)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.clicked.connect(self.try_unlock)
        self._box = QVBoxLayout()
        for w in (icon, title, text, self.passphrase, self.error, self.unlock_button):
            self._box.addWidget(w)
        self._column = QWidget(self)
        self._column.setLayout(self._box)
        self._column.setFixedWidth(COLUMN_WIDTH)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self._column, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self._box_margins = self._box.contentsMargins()
        self._full = self.sizeHint()
        self.compact = False
        # Where the person was typing, so unlocking puts the cursor back there.
        self._behind = window.focusWidget()
        window.installEventFilter(self)
        self._arrange(window.size())
        self.setGeometry(window.rect())
        self.show()
        self.raise_()

    def _arrange(self, size: QSize) -> None:
        """In a window too small for the whole form (a question box), only the field and the
        button are shown, as wide as there is room for: a modal window blocks all others, so
        its curtain may be the only place to unlock from, and it must not be cut off."""
        self.compact = size.width() < self._full.width() or size.height() < self._full.height()
        for w in self._decoration:
            w.setVisible(not self.compact)
        margins = self.layout().contentsMargins()
        room = size.width() - margins.left() - margins.right()
        self._column.setFixedWidth(min(COLUMN_WIDTH, max(room, 0)))
        self.passphrase.setMinimumWidth(0 if self.compact else PASSPHRASE_WIDTH)
        self._box.setContentsMargins(QMargins() if self.compact else self._box_margins)
        if self.compact and self.error.isVisible():
            self._fold_error()

    def _fold_error(self) -> None:
        # No room for a sentence under the field: the field itself says it.
        self.error.hide()
        self.passphrase.setPlaceholderText(self.tr("Please try again"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self._arrange(watched.size())
            self.setGeometry(watched.rect())
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

    def try_unlock(self) -> None:
        if not self.lock.unlock(self.passphrase.text()):
            self.passphrase.clear()
            self.error.point_at(self.passphrase, self.tr(
                "That passphrase didn't unlock BounceBack. Please try again."
            ))
            if self.compact:
                self._fold_error()

    def remove(self) -> None:
        if self.parent() is not None:
            self.parent().removeEventFilter(self)
        self.passphrase.clear()
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
