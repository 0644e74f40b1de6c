"""Write a letter: subject, message with spell checking, an optional tone check, and ways
to send it yourself (copy, or open your own mail program). BounceBack never sends anything.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bounceback.services import framing
from bounceback.services.framing import Finding
from bounceback.services.letters import Letter, mailto_url
from bounceback.ui import language
from bounceback.ui.common import spelling
from bounceback.ui.common.i18n import fill
from bounceback.ui.privacy.clipboard import copy_private
from bounceback.ui.theme.icons import Icon, icon
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

# The tone check waits for a pause in typing.
FRAMING_DELAY_MS = 300
# More than this many findings at once would crowd the letter; the rest wait their turn.
MAX_SHOWN = 5
# A finding is quoted up to this many characters (a whole shouted paragraph is one finding).
MAX_QUOTE = 60
STATUS_MS = 6000


def open_url(url: str) -> bool:
    """Hand ``url`` to the desktop (tests replace this)."""
    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1].rstrip() + "…"


def _put_first(menu: QMenu, actions: list[QAction]) -> None:
    """``actions`` and a separator above the menu's usual entries."""
    entries = menu.actions()
    if entries:
        menu.insertActions(entries[0], actions)
        menu.insertSeparator(entries[0])
    else:  # what Qt does for insert...(None), which PySide6's stubs don't allow
        menu.addActions(actions)
        menu.addSeparator()


class LetterEditor(QWidget):
    """A letter's subject and message. Emits ``changed`` on every edit by the user."""

    changed = Signal()
    edit_template_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._to = ""
        self._framing = False
        self._tone_language: str | None = None
        self._loading = False
        # The findings on show, each with where it is: True in the subject, False in the message.
        self._shown: list[tuple[bool, Finding]] = []

        self.subject = QLineEdit(self)
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.setPlaceholderText(self.tr("A short subject line"))
        subject_label = QLabel(self.tr("&Subject:"), self)
        subject_label.setBuddy(self.subject)

        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Message"))
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr("Your message"))
        # Room for a few lines even when the tone check lists several findings.
        self.body.setMinimumHeight(6 * self.body.fontMetrics().lineSpacing())
        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.body.customContextMenuRequested.connect(self._show_context_menu)
        self.speller = spelling.Speller(self.tone_language)
        self.highlighter = spelling.SpellHighlighter(self.body.document(), self.speller)
        self._colour_underline()
        body_label = QLabel(self.tr("&Message:"), self)
        body_label.setBuddy(self.body)

        self.framing_panel = QWidget(self)
        self.framing_heading = QLabel(self.tr("A gentler way to say it"), self.framing_panel)
        set_role(self.framing_heading, TextRole.STRONG)
        self.framing_note = QLabel(self.framing_panel)
        self.framing_note.setWordWrap(True)
        self._finding_box = QVBoxLayout()
        self._finding_box.setSpacing(6)
        panel = QVBoxLayout(self.framing_panel)
        panel.setContentsMargins(0, 4, 0, 4)
        panel.addWidget(self.framing_heading)
        panel.addLayout(self._finding_box)
        panel.addWidget(self.framing_note)
        self.framing_panel.setVisible(False)
        self.finding_labels: list[QLabel] = []

        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setIcon(icon(Icon.COPY))
        self.copy_button.setAccessibleName(self.tr("Copy the message"))
        self.copy_button.setToolTip(
            self.tr("Copy the message, to paste it into an email or a LinkedIn message")
        )
        self.copy_button.clicked.connect(self.copy)
        self.mail_button = QPushButton(self.tr("Open in &mail program"), self)
        self.mail_button.setIcon(icon(Icon.MAIL))
        self.mail_button.setAccessibleName(self.tr("Open in mail program"))
        self.mail_button.setToolTip(self.tr(
            "Opens your own mail program with the address and subject filled in, and puts "
            "the message on the clipboard for you to paste. Other programs on this computer "
            "can see the address and subject while it opens."
        ))
        self.mail_button.clicked.connect(self.open_in_mail)
        # Said beside the button, not only in a tooltip nobody hovers: what leaves BounceBack
        # by this way, and that Copy is the way that shows nothing to other programs.
        self.mail_hint = QLabel(self.tr(
            "Your mail program gets only the address and subject; the message goes on the "
            "clipboard. Copy is the more private way."
        ), self)
        self.mail_hint.setWordWrap(True)
        self.mail_hint.setEnabled(False)  # the quiet grey of small print
        self.template_button = QPushButton(self.tr("&Edit template…"), self)
        self.template_button.setAccessibleName(self.tr("Edit template"))
        self.template_button.setToolTip(self.tr("Change the text new letters start from"))
        self.template_button.clicked.connect(self.edit_template_requested)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Letter status"))
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_MS)
        self._status_timer.timeout.connect(self.status.clear)

        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.mail_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(subject_label)
        lay.addWidget(self.subject)
        lay.addSpacing(4)
        lay.addWidget(body_label)
        lay.addWidget(self.body, 1)
        lay.addWidget(self.framing_panel)
        lay.addSpacing(6)
        lay.addLayout(buttons)
        lay.addWidget(self.mail_hint)
        for a, b in (
            (self.subject, self.body),
            (self.body, self.copy_button),
            (self.copy_button, self.mail_button),
            (self.mail_button, self.template_button),
        ):
            QWidget.setTabOrder(a, b)

        self._framing_timer = QTimer(self)
        self._framing_timer.setSingleShot(True)
        self._framing_timer.setInterval(FRAMING_DELAY_MS)
        self._framing_timer.timeout.connect(self._refresh_findings)
        self.subject.textChanged.connect(self._edited)
        self.subject.textChanged.connect(self._framing_timer.start)
        self.body.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._framing_timer.start)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_underline()
        elif event.type() == QEvent.Type.LanguageChange and self._tone_language is None:
            # The tone check and the spelling follow the language spoken.
            self._refresh_findings()
            self.highlighter.rehighlight()

    def _colour_underline(self) -> None:
        # The accent colour stands out in light and dark themes alike, where the text's own
        # colour makes a typo easy to miss.
        self.highlighter.set_underline_color(self.palette().color(QPalette.ColorRole.Accent))

    # -- the public API -------------------------------------------------------------------

    def set_letter(self, letter: Letter, to: str = "") -> None:
        """Show ``letter`` (this is not an edit: ``changed`` is not emitted)."""
        self._loading = True
        try:
            self.subject.setText(letter.subject)
            self.body.setPlainText(letter.body)
        finally:
            self._loading = False
        self._to = to
        self._refresh_findings()

    def letter(self) -> Letter:
        return Letter(subject=self.subject.text(), body=self.body.toPlainText())

    def set_recipient(self, to: str) -> None:
        """The address(es) "Open in mail program" fills in; commas separate several."""
        self._to = to

    def recipient(self) -> str:
        return self._to

    def set_framing_check(self, on: bool) -> None:
        self._framing = on
        self.framing_panel.setVisible(on)
        if on:
            framing.prepare(self.tone_language())  # ready by the time anything is typed
        self._refresh_findings()

    def set_tone_language(self, code: str | None) -> None:
        """The language the letter is written in, for the tone check and the spelling
        (``None``: the language BounceBack speaks, which the shipped templates are in)."""
        self._tone_language = code
        self._refresh_findings()
        self.highlighter.rehighlight()

    def tone_language(self) -> str:
        return self._tone_language or language.current()

    def set_known_words(self, words: Iterable[str]) -> None:
        """Names in this letter (recipient, company, your own) are not spelling mistakes."""
        self.speller.clear_session_words()
        self.speller.add_session_words(words)
        self.highlighter.rehighlight()

    def findings(self) -> list[Finding]:
        """The tone check's findings for the message as it is now (none while it is off)."""
        return self._check(self.body.toPlainText())

    def subject_findings(self) -> list[Finding]:
        """The same for the subject line: a "[name]" left there is as unfinished."""
        return self._check(self.subject.text())

    def _check(self, text: str) -> list[Finding]:
        return framing.check(text, self.tone_language()) if self._framing else []

    # -- actions --------------------------------------------------------------------------

    def copy(self) -> None:
        # The message alone: it is what gets pasted into a mail or a LinkedIn message, and
        # the subject has its own line to copy from.
        copy_private(self.body.toPlainText())
        self._say(self.tr("Copied. Paste it into your message. It leaves the clipboard when "
                          "BounceBack locks or closes."))

    def open_in_mail(self) -> None:
        # The message is kept out of the mailto: link: the link goes on the mail program's
        # command line, readable by every local user, and xdg-open prints it whole on stderr
        # when no mail program is installed. It goes on the clipboard instead, through the
        # same door as Copy. Nothing here logs the link.
        self.copy()
        if open_url(mailto_url(self._to, self.letter(), with_body=False)):
            self._say(self.tr(
                "Your mail program is opening. The message is on the clipboard: paste it in, "
                "then send it from there."))
        else:
            self._say(self.tr(
                "Your mail program didn't open. The message is on the clipboard: you can "
                "paste it into any email."))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self._status_timer.start()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    # -- spelling -------------------------------------------------------------------------

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The body's context menu for a click at ``pos`` (viewport coordinates): spelling
        suggestions and "Add to dictionary" for a misspelled word ("Remove from dictionary" for
        one the person added), then the usual entries."""
        menu = self.body.createStandardContextMenu()
        cursor = self.body.cursorForPosition(pos)
        block = cursor.block()
        hit = spelling.word_at(block.text(), cursor.positionInBlock())
        if hit is not None and spelling.is_added(hit[2]):
            # Added by mistake is undone where it was done.
            remove = QAction(
                fill(self.tr("Remove “%1” from dictionary"), hit[2]), menu)
            remove.triggered.connect(partial(self.remove_from_dictionary, hit[2]))
            _put_first(menu, [remove])
            return menu
        if hit is None or self.speller.is_known(hit[2]):
            return menu
        start, end, word = hit
        start += block.position()
        end += block.position()
        actions: list[QAction] = []
        for suggestion in self.speller.suggestions(word):
            action = QAction(suggestion, menu)
            action.triggered.connect(partial(self.replace_word, start, end, word, suggestion))
            actions.append(action)
        if not actions:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            actions.append(none)
        add = QAction(fill(self.tr("Add “%1” to dictionary"), word), menu)
        add.triggered.connect(partial(self.add_to_dictionary, word))
        actions.append(add)
        _put_first(menu, actions)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        menu = self.build_context_menu(pos)
        menu.exec(self.body.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def replace_word(self, start: int, end: int, old: str, new: str) -> None:
        """Replace ``old`` at [start, end) with ``new``, as one undoable edit."""
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != old:
            return  # the text moved on since the menu opened
        cursor.insertText(new)
        self.body.setTextCursor(cursor)

    def add_to_dictionary(self, word: str) -> None:
        spelling.add_to_dictionary(word, self)  # rehighlights every open letter

    def remove_from_dictionary(self, word: str) -> None:
        spelling.remove_from_dictionary(word, self)

    # -- the tone check -------------------------------------------------------------------

    def _refresh_findings(self) -> None:
        self._framing_timer.stop()
        for label in self.finding_labels:
            self._finding_box.removeWidget(label)
            label.hide()  # at once: deleteLater waits for the event loop
            label.deleteLater()
        self.finding_labels = []
        found = [(True, f) for f in self.subject_findings()]
        found += [(False, f) for f in self.findings()]
        self._shown = found[:MAX_SHOWN]
        for i, (_in_subject, f) in enumerate(self._shown):
            self.finding_labels.append(self._finding_label(i, f))
        self.framing_heading.setVisible(bool(found))
        # A blank left to fill is not a matter of tone: a letter with only blanks left is
        # never said to read kindly, nor offered a "gentler way".
        if any(f.kind != framing.PLACEHOLDER for _in_subject, f in found):
            self.framing_heading.setText(self.tr("A gentler way to say it"))
        else:
            self.framing_heading.setText(self.tr("Before you send it"))
        if found:
            more = len(found) - len(self._shown)
            note = self.tr("…and %n more further on.", "", more) if more else ""
        elif self.body.toPlainText().strip():
            note = self.tr("Reads kindly.")
        else:
            note = self.tr("As you write, a gentle tone check looks over your words.")
        self.framing_note.setText(note)
        self.framing_note.setVisible(bool(note))

    def _finding_label(self, index: int, f: Finding) -> QLabel:
        # The reason and the suggestion come from the tone list of the letter's language
        # (resources/tone), already in that language: they don't go through the catalogue.
        why, tip, quoted = f.why, f.suggestion, _quote(f.text)
        line = self.tr("“%1” — %2 Try: “%3”") if tip else self.tr("“%1” — %2")
        plain = fill(line, quoted, why, tip)
        rich = (
            fill(html.escape(line), f'<a href="{index}">{html.escape(quoted)}</a>',
                 html.escape(why), html.escape(tip))

        )
        label = QLabel(rich, self.framing_panel)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.setAccessibleName(plain)
        label.setToolTip(self.tr("Show it in the message"))
        label.linkActivated.connect(self._select_finding)
        self._finding_box.addWidget(label)
        return label

    def _select_finding(self, link: str) -> None:
        self.select_finding(int(link))

    def select_finding(self, index: int) -> None:
        """Select the shown finding ``index`` in the message, so it is easy to rewrite."""
        if not 0 <= index < len(self._shown):
            return
        in_subject, f = self._shown[index]
        text = self.subject.text() if in_subject else self.body.toPlainText()
        if text[f.start : f.end] != f.text:
            self._refresh_findings()  # typed since: show what is there now
            return
        if in_subject:
            self.subject.setSelection(f.start, f.end - f.start)
            self.subject.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(f.start)
        cursor.setPosition(f.end, QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
