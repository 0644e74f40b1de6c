"""Lock now, and lock after a while without use: every window is covered until unlocked.

Nothing is closed or thrown away when BounceBack locks: each open window (the main one and
any dialog) gets an opaque curtain over it, and while locked an application-wide filter lets
keyboard and mouse input reach the curtains only, so shortcuts can't act behind them. Unlocking
from any curtain lifts them all, and whatever was being typed is still there.

Covered is not enough for what reads windows without looking at them: the title bar, the
taskbar and the window switcher show titles ("Thank-you note to Dana"), and screen readers
and other programs walk the accessibility tree, hidden widgets included. So while locked every
window's title is the same neutral one, and every window's content (shown or hidden) is moved
into a holder that is never shown, out of that tree; unlocking puts it back where it was.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from bounceback.ui.privacy import clipboard
from bounceback.ui.privacy.passphrase import UnlockForm
from bounceback.ui.theme.tokens import SPACE_L

# Idle-lock choices, in minutes; 0 never locks by itself.
IDLE_CHOICES = (0, 5, 10, 15, 30, 60)
DEFAULT_IDLE_MINUTES = 15
SETTING_IDLE = "privacy/lock_after_minutes"
# Room kept between the unlock form and the window's edges, where there is room.
MARGIN = SPACE_L
# Locks from every window, dialogs included (File → Lock now shows it too).
LOCK_SHORTCUT = "Ctrl+L"
# Windows that are not a place for content: menus and tooltips simply close on lock.
_PASSING = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.Desktop)

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
        """The form in the middle of the window. In a window too small for the whole form
        (a question box), or once what it says (a wrong try, a wait) makes it too tall, only
        the field and the buttons are shown, as wide as there is room for: a modal window
        blocks all others, so its curtain may be the only place to unlock from, and it must
        not be cut off."""
        room = self.rect()
        padded = room.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        width = min(self.form.column_width(), padded.width())
        compact = width < self.form.least_width() \
            or padded.height() < self.form.full_height(width)
        if compact != self.form.compact:
            self.form.set_compact(compact)
        if compact:
            width = room.width()
        else:
            room = padded
        height = max(self.form.heightForWidth(width), self.form.minimumSizeHint().height())
        spare = max(0, room.height() - height)
        self.form.setGeometry(room.x() + (room.width() - width) // 2, room.y() + spare // 2,
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


class Concealed:
    """One window's title and content, out of reach while locked.

    The content goes into a holder that is never shown, so it has no native window and no
    program can reach it; its layout is moved whole (``QWidget.setLayout`` takes it with its
    widgets), so putting it back restores every place and size as it was.
    """

    def __init__(self, window: QWidget, locked_title: str) -> None:
        self.window = window
        self.title = window.windowTitle()
        self.vault = QWidget()
        self.vault.setObjectName("lockVault")
        self._central: QWidget | None = None
        self._layout = False
        self._loose: list[tuple[QWidget, bool]] = []
        self._said: list[tuple[QLabel, str]] = []
        self._details: list[tuple[QTextEdit, str]] = []
        if isinstance(window, QMainWindow):
            # Its own layout holds the menu bar and the rest: only the content moves.
            self._central = window.takeCentralWidget()
            if self._central is not None:
                self._central.setParent(self.vault)
        elif isinstance(window, QMessageBox):
            # A question box reads its own layout as it goes, so it keeps it; what it says
            # (it may name a company or a person) is emptied instead, and given back.
            self._said = [(label, label.text()) for label in window.findChildren(QLabel)
                          if label.text() and not LockController._on_curtain(label)]
            self._details = [(edit, edit.toPlainText())
                             for edit in window.findChildren(QTextEdit) if edit.toPlainText()]
            for label, _text in self._said:
                label.clear()
            for edit, _text in self._details:
                edit.clear()
        else:
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            # Each one's own shown or hidden state, given back as it was on unlock.
            self._loose = [(child, child.isHidden())
                           for child in window.findChildren(QWidget, options=direct)
                           if not child.isWindow() and not isinstance(child, Curtain)]
            layout = window.layout()
            if layout is not None:
                self.vault.setLayout(layout)
                self._layout = True
            for child, _hidden in self._loose:
                if child.parentWidget() is window:  # not in the layout
                    child.setParent(self.vault)
        self.set_title(locked_title)

    def set_title(self, title: str) -> None:
        if self.window.windowTitle() != title:
            self.window.setWindowTitle(title)

    def restore(self) -> None:
        window = self.window
        if isValid(window):
            if isinstance(window, QMainWindow) and self._central is not None:
                window.setCentralWidget(self._central)
            if self._layout and (moved := self.vault.layout()) is not None:
                window.setLayout(moved)
            for child, hidden in self._loose:
                if isValid(child):
                    if child.parentWidget() is not window:
                        child.setParent(window)
                    child.setVisible(not hidden)
            for label, text in self._said:
                if isValid(label):
                    label.setText(text)
            for edit, text in self._details:
                if isValid(edit):
                    edit.setPlainText(text)
            window.setWindowTitle(self.title)
        self.vault.deleteLater()


class LockController(QObject):
    """Owns the locked state of the whole application."""

    locked_changed = Signal(bool)

    def __init__(self, key: Callable[[], str | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._curtains: dict[QWidget, Curtain] = {}
        self._concealed: dict[QWidget, Concealed] = {}
        self._lock_keys = QKeySequence(LOCK_SHORTCUT)
        self.locked = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(0)
        self.idle_timer.timeout.connect(self.lock_if_possible)
        self._filtering = False

    def _watch_events(self) -> None:
        """Every event of the program passes an application event filter, so it is there
        only while needed: to notice activity for the idle lock, to lock from any window
        (a modal dialog blocks the main window's shortcuts), or while locked."""
        wanted = self.locked or self.idle_timer.interval() > 0 or self.can_lock()
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
                self._conceal(window)
            self.locked_changed.emit(True)
            clipboard.clear_if_ours()
        return True

    def locked_title(self) -> str:
        return self.tr("BounceBack (locked)")

    def _cover(self, window: QWidget) -> None:
        if not isValid(window) or window in self._curtains or isinstance(window, Curtain):
            return
        if not window.isVisible():
            return
        if window.windowType() in _PASSING:
            window.hide()
            return
        curtain = Curtain(self, window)
        self._curtains[window] = curtain
        window.destroyed.connect(lambda _=None, w=window: self._curtains.pop(w, None))
        # An inactive window gets the field as its focus too, ready for when it is activated.
        curtain.passphrase.setFocus()

    def _conceal(self, window: QWidget) -> None:
        """Hidden windows too: a closed dialog kept for next time (Search) is still in the
        accessibility tree, with what it last showed."""
        if not isValid(window) or window in self._concealed or isinstance(window, Curtain):
            return
        if window.windowType() in _PASSING or window.objectName() == "lockVault":
            return
        if any(c.vault is window for c in self._concealed.values()):
            return
        self._concealed[window] = Concealed(window, self.locked_title())
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))

    def _forget(self, window: QWidget) -> None:
        gone = self._concealed.pop(window, None)
        if gone is not None:
            gone.vault.deleteLater()  # the content of a window that is no more

    def unlock(self, passphrase: str) -> bool:
        key = self._key()
        if key is None or not hmac.compare_digest(passphrase.encode(), key.encode()):
            return False
        self.locked = False
        # Content back first, then listeners show what they hid, so the curtains can hand
        # focus back to it.
        for concealed in list(self._concealed.values()):
            concealed.restore()
        self._concealed.clear()
        self.locked_changed.emit(False)
        for curtain in list(self._curtains.values()):
            curtain.remove()
        self._curtains.clear()
        if self.idle_timer.interval() > 0:
            self.idle_timer.start()
        self._watch_events()
        return True

    def _hide(self, window: QWidget) -> None:
        self._cover(window)
        self._conceal(window)

    def curtains(self) -> list[Curtain]:
        return list(self._curtains.values())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.locked:
            if kind in _ACTIVITY and self.idle_timer.interval() > 0:
                self.idle_timer.start()  # Restart the countdown: the person is here.
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                    and QKeySequence(event.keyCombination()) == self._lock_keys:
                # Reaches here only where no shortcut took it: in a dialog.
                return self.lock_if_possible()
            return False
        if kind == QEvent.Type.WindowTitleChange and watched in self._concealed:
            # A window that names itself anew while locked is renamed back; its new title is
            # the one it gets on unlock.
            concealed = self._concealed[watched]
            title = concealed.window.windowTitle()
            if title != self.locked_title():
                concealed.title = title
                concealed.set_title(self.locked_title())
            return False
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            # A window that opens while locked (a reminder, say) is covered too.
            # Deferred so the window has its size; with the window as context, a window
            # closed and deleted meanwhile is simply skipped.
            QTimer.singleShot(0, watched, lambda w=watched: self._hide(w) if self.locked else None)
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
