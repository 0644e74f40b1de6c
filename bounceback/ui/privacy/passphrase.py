"""Asking for a passphrase: to unlock, to set a new one, to change or remove it.

The text typed here goes straight to SQLCipher and is never stored, so these dialogs say
plainly, every time a passphrase is set, that it cannot be recovered.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.cipher import MIN_PASSPHRASE
from bounceback.ui.common.background import Task
from bounceback.ui.common.dialogs import GrowingDialog
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.icons import app_icon
from bounceback.ui.common.widgets import ErrorLabel
from bounceback.ui.theme import sheet
from bounceback.ui.theme.sheet import Kind
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import SPACE_L, SPACE_M, SPACE_S, SPACE_XL, TextRole

# The unlock form's width where there is room, in lines of its text: it grows with the font.
COLUMN_LINES = 28
ICON_SIZE = 64
FIELD_WIDTH = 280  # a passphrase field's least width, in every passphrase dialog

# Wrong passphrases tried before any wait: someone who mistypes twice is never slowed down.
FREE_TRIES = 3
# Then each wrong try waits twice as long as the one before, up to a cap, as a system login
# does: a person hardly notices, a script typing guesses slows to a crawl.
FIRST_WAIT_S = 2.0
MAX_WAIT_S = 30.0
TICK_MS = 1000  # how often the countdown in the form is brought up to date


class Guesses:
    """Wrong passphrases in a row, and how long the next try must wait.

    One for the whole process (``GUESSES``), shared by the start-up dialog and every window's
    curtain: a script going from one window's form to another's gains nothing. The clock is
    injected so tests move time on instead of waiting.

    The command line (``--passphrase-stdin``) needs none of this: it gets one try per
    process, and each process pays the full key derivation before it can answer.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.failures = 0
        self._not_before = 0.0

    @staticmethod
    def wait_after(failures: int) -> float:
        """Seconds to wait after ``failures`` wrong tries in a row."""
        if failures < FREE_TRIES:
            return 0.0
        return min(FIRST_WAIT_S * 2 ** (failures - FREE_TRIES), MAX_WAIT_S)

    def failed(self) -> None:
        self.failures += 1
        self._not_before = self.clock() + self.wait_after(self.failures)

    def succeeded(self) -> None:
        self.failures = 0
        self._not_before = 0.0

    def wait_left(self) -> int:
        """Whole seconds until the next try is allowed (0: now)."""
        return max(0, math.ceil(self._not_before - self.clock()))


GUESSES = Guesses()


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setObjectName(name)
    field.setMinimumWidth(FIELD_WIDTH)
    return field


class AppIcon(QLabel):
    """BounceBack's icon, drawn for the screen it is on: at 1.5× or 2× its pixmap has that
    many more pixels, so it is as sharp as the text beside it, and it is drawn again when
    the window moves to a screen of another scale. (A label scales whatever pixmap it is
    given to its screen: one drawn for 1× would be blown up, and blurred.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(ICON_SIZE, ICON_SIZE)  # never squeezed, never cut
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drawn = QPixmap()  # as drawn for the scale the label is on
        self.refresh()

    def refresh(self) -> None:
        ratio = self.devicePixelRatioF()
        if self.drawn.isNull() or self.drawn.devicePixelRatio() != ratio:
            self.drawn = app_icon().pixmap(QSize(ICON_SIZE, ICON_SIZE), ratio)
            self.setPixmap(self.drawn)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.DevicePixelRatioChange,
                            QEvent.Type.ScreenChangeInternal):
            self.refresh()
        return super().event(event)


class UnlockForm(QFrame):
    """The one way to unlock: when BounceBack starts (``UnlockDialog``) and on the curtain of
    every window while it is locked (``lock.Curtain``): one card with the same icon, title,
    words, field, message under the field and buttons, in one centred column, so both
    moments look and behave as one.

    Emits ``submitted`` with the passphrase typed; whoever checks it answers with
    ``show_problem`` or goes away. ``compact`` keeps only the field and the buttons, for a
    window too small for the rest.

    A caller checks the passphrase either before ``submitted`` returns, so a try answered
    without ``show_problem`` was the right one, and resets ``guesses``; or, when the check is
    slow (the key derivation at start), it calls ``begin_check`` before returning, the form
    says it is working and takes nothing meanwhile, and ``answer`` tells it how the try went.
    After a few wrong ones, Unlock and Enter wait a little (see ``Guesses``), and the form
    says for how long.
    """

    submitted = Signal(str)

    def __init__(self, explanation: str, *, footnote: str = "",
                 parent: QWidget | None = None, guesses: Guesses | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockForm")
        # A card of the theme (ui/theme/sheet.py): lifted off the curtain or the dialog,
        # edged, rounded; a styled panel where no sheet is on.
        self.setFrameShape(QFrame.Shape.StyledPanel)
        sheet.mark(self, Kind.CARD)
        self._card_edge = self.frameWidth()
        self.compact = False
        self.guesses = guesses if guesses is not None else GUESSES
        self._checking = False
        self._wrong = False
        self._busy = False
        self._problem = ""
        # A countdown on the UI thread's timer, never a sleep: the window stays alive.
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(TICK_MS)
        self.retry_timer.timeout.connect(self._tick)
        self.icon = AppIcon(self)
        self.title = QLabel(self.tr("BounceBack is locked"), self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.title, TextRole.TITLE)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = password_field(self, "passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        # Enter is taken here, not left to a dialog's default button: one press, one try.
        self.passphrase.installEventFilter(self)
        self.error = ErrorLabel(self)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._ruler = ErrorLabel(self)  # hidden, out of the layout: see _message_height
        self._ruler.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._ruler.setAccessibleName("")
        # Said while a slow check runs (see begin_check), where a problem would be said: in
        # the words the window's tabs say until the journal is open, translated once.
        self.busy_row = QWidget(self)
        self.busy_words = QLabel(
            QCoreApplication.translate("MainWindow", "Opening your journal…"), self.busy_row)
        self.busy_words.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_words.setWordWrap(True)
        self.busy_words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_bar = QProgressBar(self.busy_row)
        self.busy_bar.setRange(0, 0)  # no end known: it moves to show it is alive
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.busy_words.text())
        busy_layout = QVBoxLayout(self.busy_row)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.setSpacing(SPACE_S)
        busy_layout.addWidget(self.busy_words)
        busy_layout.addWidget(self.busy_bar)
        self.busy_row.hide()
        self.buttons = QDialogButtonBox(self)
        self.buttons.setCenterButtons(True)
        self.unlock_button = self.buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.clicked.connect(self.submit)
        self.footnote = QLabel(footnote, self)
        self.footnote.setWordWrap(True)
        self.footnote.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.footnote, TextRole.CAPTION)  # small print, at full contrast
        self.footnote.setVisible(bool(footnote))
        self._decoration: list[QWidget] = [self.icon, self.title, self.explanation]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_XL, SPACE_XL, SPACE_XL, SPACE_XL)
        layout.setSpacing(SPACE_S)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addSpacing(SPACE_M)  # the words, then what to do
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.buttons)
        layout.addWidget(self.footnote)
        self._layout = layout
        # Another window's form may have started a wait: this one honours it too.
        if self.guesses.wait_left():
            self._start_waiting()

    def _sides(self) -> int:
        """The room the whole form keeps around what it holds, either side: its padding and
        its edge (bare while compact)."""
        return 2 * (SPACE_XL + (self._card_edge if self.compact else self.frameWidth()))

    def least_width(self) -> int:
        """The narrowest the whole form (not compact) can be: its field and its buttons."""
        return max(FIELD_WIDTH, self.buttons.sizeHint().width()) + self._sides()

    def column_width(self) -> int:
        """How wide the whole form likes to be where there is room: it grows with the font."""
        return max(COLUMN_LINES * self.fontMetrics().height(), self.least_width())

    def full_height(self, width: int) -> int:
        """How tall the whole form (not compact) is at ``width``, with what it says now:
        worked out the same way whether it is compact or not, so the curtain can choose
        without trying (showing and hiding the rest would lay it out again, and again)."""
        layout = self._layout
        sides = self._sides()
        inner = width - sides
        total = sides
        shown = 0
        for i in range(layout.count()):
            item = layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is None:
                total += item.sizeHint().height() if item is not None else 0  # a spacing
                continue
            if widget is self.error:
                need = self._message_height(self.said(compact=False), inner)
            elif widget in self._silent():
                need = 0
            elif widget.hasHeightForWidth():
                need = widget.heightForWidth(inner)
            else:
                need = min(max(widget.sizeHint().height(), widget.minimumHeight()),
                           widget.maximumHeight())
            if need > 0:
                total += need
                shown += 1
        return total + layout.spacing() * max(0, shown - 1)

    def _silent(self) -> list[QWidget]:
        """The lines with nothing to say now, which take no room."""
        silent: list[QWidget] = [] if self.footnote.text() else [self.footnote]
        return silent if self._busy else [*silent, self.busy_row]

    def _message_height(self, text: str, width: int) -> int:
        """The height of the line under the field saying ``text`` at ``width``: asked of a
        label like it that is never shown (setting the text of the one shown would lay the
        form out again, and again)."""
        if not text:
            return 0
        self._ruler.setText(text)
        self._ruler.ensurePolished()
        return self._ruler.heightForWidth(width)

    def sizeHint(self) -> QSize:
        width = self.column_width()
        return QSize(width, self.heightForWidth(width))

    def add_button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        return self.buttons.addButton(text, role)

    def set_compact(self, on: bool) -> None:
        """Only the field and the buttons, bare: a small window (a question box) may be the
        only place left to unlock from, and what it shows must not be cut off."""
        self.compact = on
        for w in self._decoration:
            w.setVisible(not on)
        self.footnote.setVisible(not on and bool(self.footnote.text()))
        self.passphrase.setMinimumWidth(0 if on else FIELD_WIDTH)
        if on:
            self.setFrameShape(QFrame.Shape.NoFrame)
            sheet.unmark(self)
        else:
            self.setFrameShape(QFrame.Shape.StyledPanel)
            sheet.mark(self, Kind.CARD)
            self._card_edge = self.frameWidth()
        margin = 0 if on else SPACE_XL
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._say()
        self._layout.invalidate()  # its height for a width is asked for at once

    @property
    def waiting(self) -> bool:
        return self.retry_timer.isActive()

    @property
    def busy(self) -> bool:
        """A slow check of the last try is running (see begin_check)."""
        return self._busy

    def submit(self) -> None:
        if self.waiting or self._busy:
            return  # the button is disabled; this is Enter, or a script calling in
        text = self.passphrase.text()
        if not text:
            self.show_problem(self.tr("Please type your passphrase."))
            return
        self._checking, self._wrong = True, False
        try:
            self.submitted.emit(text)
        finally:
            self._checking = False
        if self._busy:
            return  # counted once answered
        self._count(wrong=self._wrong)

    def _count(self, *, wrong: bool) -> None:
        if wrong:
            self.guesses.failed()
            if self.guesses.wait_left():
                self._start_waiting()
        else:
            self.guesses.succeeded()

    def begin_check(self) -> None:
        """The try just submitted is checked elsewhere, slowly (the key derivation, on a
        worker): until :meth:`answer` or :meth:`end_check`, the form says it is opening the
        journal, with a bar that moves, and the field and Unlock take nothing."""
        self._busy = True
        self._problem = ""
        self._say()
        self.passphrase.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self.busy_row.show()
        # The focus leaves the disabled field: a screen reader hears why, all the same.
        QAccessible.updateAccessibility(
            QAccessibleAnnouncementEvent(self.busy_words, self.busy_words.text()))

    def end_check(self) -> None:
        """The slow check is over, without an answer (it failed): the form takes tries
        again, and nothing is counted."""
        self._busy = False
        self.busy_row.hide()
        self.passphrase.setEnabled(True)
        self.unlock_button.setEnabled(not self.waiting)
        self.passphrase.setFocus()

    def answer(self, problem: str | None) -> None:
        """How the try checked since :meth:`begin_check` went: None when it was right, or
        what to say, as ``show_problem`` says it; counted like a try checked at once."""
        self.end_check()
        if problem is not None:
            self.show_problem(problem)
        self._count(wrong=problem is not None)

    def show_problem(self, message: str) -> None:
        """Say what went wrong under the field, which is emptied for the next try."""
        if self._checking:
            self._wrong = True  # counted once the check returns, in submit()
        self._problem = message
        self.passphrase.clear()
        self._say()
        self.passphrase.setFocus()

    def said(self, *, compact: bool) -> str:
        """What the line under the field says, in the whole form or in a compact one."""
        left = self.guesses.wait_left() if self.waiting else 0
        wait = self.tr("Let's take a breath: you can try again in %n second(s).", "", left) \
            if left else ""
        # Compact, there is no room for the problem: the field itself says it. The wait is
        # said even there: a disabled button with no word of why looks broken.
        return wait if compact else f"{self._problem} {wait}".strip()

    def _say(self) -> None:
        self.error.show_message(self.said(compact=self.compact))
        folded = self.compact and bool(self._problem)
        self.passphrase.setPlaceholderText(
            self.tr("Please try again") if folded else self.tr("Passphrase"))

    def _start_waiting(self) -> None:
        self.unlock_button.setEnabled(False)
        self.retry_timer.start()
        self._tick()

    def _tick(self) -> None:
        if not self.guesses.wait_left():
            self.retry_timer.stop()
            self.unlock_button.setEnabled(True)
        self._say()

    def clear(self) -> None:
        self.passphrase.clear()
        self._problem = ""
        self._say()  # a wait still on is still said

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.passphrase and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.submit()  # refused while waiting, and the key is still taken
            return True
        return super().eventFilter(watched, event)


def forget_typed(dialog: QWidget) -> None:
    """Empty a passphrase dialog's fields and let Qt delete it, once its passphrases have
    been read. Until then each field is one more copy of the passphrase, for as long as the
    dialog lives (a parented one, as long as its parent). Neither Qt nor Python wipes the
    memory a string leaves behind, so this shortens how long a copy lives; it can't erase it.
    """
    for field in dialog.findChildren(QLineEdit):
        field.clear()
    dialog.deleteLater()


class UnlockDialog(GrowingDialog):
    """The first thing an encrypted store shows. ``check`` returns None when the passphrase
    opened the store, or the kind message to show; nothing changes on a wrong one."""

    def __init__(
        self, check: Callable[[str], str | None], parent: QWidget | None = None, *,
        in_background: bool = False,
    ) -> None:
        super().__init__(parent)
        self._check = check
        # With ``in_background``, ``check`` runs on a worker thread (it derives the key, which
        # takes a second or two on purpose): it must touch no widget.
        self._in_background = in_background
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Unlock BounceBack"))
        self.form = UnlockForm(
            self.tr("Your entries are protected by a passphrase. Enter it to open them."),
            footnote=self.tr(
                "If the passphrase is lost, nobody can open these entries, not even "
                "BounceBack. If you never set one, the data file may be damaged: your "
                "backups are in the 'backups' folder beside it."),
            parent=self)
        self.passphrase = self.form.passphrase
        self.error = self.form.error
        self.unlock_button = self.form.unlock_button
        self.unlock_button.setDefault(True)
        self.quit_button = self.form.add_button(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(self.reject)
        self.form.submitted.connect(self.try_unlock)
        # The card on the window's own surface, as the curtain shows it.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_L, SPACE_L, SPACE_L, SPACE_L)
        layout.addWidget(self.form)
        self.passphrase.setFocus()

    @property
    def busy(self) -> bool:
        """A passphrase is being checked on a worker."""
        return self._task is not None

    def try_unlock(self, text: str) -> None:
        if self._in_background:
            self._check_in_background(text)
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = self._check(text)
        finally:
            self.unsetCursor()
        if problem is None:
            self.accept()
            return
        self.form.show_problem(problem)

    def _check_in_background(self, text: str) -> None:
        """Check ``text`` on a worker; the dialog keeps painting and answering meanwhile,
        and says what it is doing. Quit, Escape and closing wait for the answer (see
        reject): nothing is left half-opened behind the person's back."""
        check = self._check  # the worker is given the function, never the dialog
        task = Task(lambda _progress: check(text))
        task.finished.connect(self._checked)  # on the UI thread (see Task)
        self._task = task
        self.form.begin_check()
        self.quit_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        task.start()

    def _checked(self) -> None:
        task, self._task = self._task, None
        self.unsetCursor()
        self.quit_button.setEnabled(True)
        if task is None:
            return
        if task.error is not None:
            # A bug, not a wrong passphrase: the form takes tries again, and the error goes
            # where an error raised on the UI thread goes (the program's excepthook).
            self.form.end_check()
            raise task.error
        problem: str | None = task.result
        self.form.answer(problem)
        if problem is None:
            self.accept()

    def reject(self) -> None:
        if self._task is not None:
            return  # while the passphrase is checked: Quit is disabled, Escape waits
        super().reject()


class Purpose(Enum):
    PROTECT = "protect"
    CHANGE = "change"


class NewPassphraseDialog(GrowingDialog):
    """Choose a passphrase (twice), and for a change, type the current one first."""

    def __init__(self, purpose: Purpose, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        titles = {
            Purpose.PROTECT: self.tr("Protect with a passphrase"),
            Purpose.CHANGE: self.tr("Change passphrase"),
        }
        self.setWindowTitle(titles[purpose])
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        if purpose is Purpose.PROTECT:
            intro = QLabel(self.tr(
                "Choose a passphrase. Your entries, your unsaved drafts, your letter templates "
                "and your backups will be encrypted with it, and BounceBack will ask for it "
                "each time it starts."
            ), self)
            intro.setWordWrap(True)
            layout.addWidget(intro)
            # Said here, where the passphrase is set, as well as in Privacy and security.
            self.limits = QLabel(self.tr(
                "Good to know: your old unprotected file is deleted but not overwritten, so its "
                "contents may stay on the disk for a while; your system's disk encryption takes "
                "care of that. While BounceBack is unlocked, the passphrase is in its memory."
            ), self)
            self.limits.setWordWrap(True)
            layout.addWidget(self.limits)
        form = QFormLayout()
        self.current = password_field(self, "current")
        if purpose is Purpose.CHANGE:
            form.addRow(self.tr("Current passphrase:"), self.current)
        else:
            self.current.hide()
        self.new = password_field(self, "new")
        self.repeat = password_field(self, "repeat")
        form.addRow(self.tr("New passphrase:"), self.new)
        form.addRow(self.tr("Type it again:"), self.repeat)
        layout.addLayout(form)
        warning = QLabel(self.tr(
            "The passphrase is never saved anywhere and can't be recovered. If you forget it, "
            "nobody can open your entries, not even BounceBack. Consider writing it down "
            "somewhere safe."
        ), self)
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.understood = QCheckBox(self.tr("I understand it can't be recovered"), self)
        layout.addWidget(self.understood)
        self.encrypt_backups = QRadioButton(self.tr("Protect my existing backups too"), self)
        self.delete_backups = QRadioButton(self.tr("Delete my existing backups"), self)
        self.encrypt_backups.setChecked(True)
        if purpose is Purpose.PROTECT:
            layout.addWidget(QLabel(self.tr("Your existing backups:"), self))
            layout.addWidget(self.encrypt_backups)
            layout.addWidget(self.delete_backups)
        else:
            self.encrypt_backups.hide()
            self.delete_backups.hide()
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        ok_text = {
            Purpose.PROTECT: self.tr("Protect my entries"),
            Purpose.CHANGE: self.tr("Change passphrase"),
        }[purpose]
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check_and_accept(self) -> None:
        if self.purpose is Purpose.CHANGE and not self.current.text():
            self.error.point_at(self.current, self.tr("Please type your current passphrase."))
            return
        new = self.new.text()
        if len(new.strip()) < MIN_PASSPHRASE:
            self.error.point_at(self.new, fill(self.tr(
                "Please choose a passphrase of at least %1 characters. A few words you'll "
                "remember work well."
            ), MIN_PASSPHRASE))
            return
        if self.repeat.text() != new:
            self.repeat.clear()
            self.error.point_at(self.repeat, self.tr(
                "The two passphrases are not the same. Please type it again."
            ))
            return
        if not self.understood.isChecked():
            self.error.point_at(self.understood, self.tr(
                "Please tick the box to confirm you know the passphrase can't be recovered."
            ))
            return
        self.accept()

    def passphrase(self) -> str:
        return self.new.text()


class RemovePassphraseDialog(GrowingDialog):
    """Turning protection off asks for the passphrase once more, and says what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove passphrase"))
        text = QLabel(self.tr(
            "Without a passphrase, anyone who can open your files can read your entries and "
            "backups. Type your passphrase to remove it."
        ), self)
        text.setWordWrap(True)
        self.current = password_field(self, "current")
        self.error = ErrorLabel(self)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Remove passphrase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.ok_button.clicked.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.current)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def check_and_accept(self) -> None:
        if not self.current.text():
            self.error.point_at(self.current, self.tr("Please type your passphrase."))
            return
        self.accept()
