"""How the feedback form is arranged on screen.

Kept apart from ``editor.py`` so that file can be about what the form *does* (loading a note,
reading it back, checking it) while this one holds the rows, their labels, the hints between
them and the tab order. Nothing here reads or writes a note.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bounceback.ui.common.i18n import tr
from bounceback.ui.feedback.status import italic

if TYPE_CHECKING:
    from bounceback.ui.feedback.editor import FeedbackForm


def lines_height(box: QPlainTextEdit, lines: int) -> int:
    """How tall ``box`` is with room for ``lines`` lines."""
    frame = 2 * (box.frameWidth() + int(box.document().documentMargin())) + 4
    return lines * box.fontMetrics().lineSpacing() + frame


def fit_lines(box: QPlainTextEdit, lines: int) -> None:
    """Make ``box`` exactly ``lines`` lines tall; longer text scrolls inside."""
    box.setFixedHeight(lines_height(box, lines))


def text_height(box: QPlainTextEdit) -> int:
    """How tall ``box`` must be to show all its text, wrapped at the box's width: measured
    the way the box decides whether it needs a scroll bar (a line can be taller than the
    font's line spacing, by rounding)."""
    document = box.document()
    layout = document.documentLayout()
    height = 0
    block = document.begin()
    while block.isValid():
        # Lays the block out at the box's width, if it isn't yet.
        height += int(layout.blockBoundingRect(block).height())
        block = block.next()
    return height + int(document.documentMargin()) + 2 * box.frameWidth() + 2


class GrowWithText(QObject):
    """Keeps a text box as tall as its text, wrapped at its width, between ``least`` and
    ``most`` lines: in a page that scrolls anyway, a letter is read whole rather than
    through a few lines with a scroll bar of their own."""

    def __init__(self, box: QPlainTextEdit, least: int, most: int) -> None:
        super().__init__(box)
        self.box = box
        self.least = least
        self.most = most
        # Later, not at once: the box lays its text out at a new width only after the
        # resize that brought it (and a change of text may come with others).
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        box.textChanged.connect(self._later.start)
        # The box's width, and its viewport's (narrower while a scroll bar shows).
        box.installEventFilter(self)
        box.viewport().installEventFilter(self)
        self.fit()

    def set_least(self, lines: int) -> None:
        self.least = lines
        self.fit()

    def fit(self) -> None:
        most = lines_height(self.box, self.most)
        least = lines_height(self.box, self.least)
        self.box.setFixedHeight(max(least, min(most, text_height(self.box))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(event, QResizeEvent)
                and event.size().width() != event.oldSize().width()):
            self._later.start()
        return False


def text_box(parent: QWidget, placeholder: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    # A few lines tall, so the whole note fits on one screen; longer text scrolls inside.
    fit_lines(box, lines)
    return box


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def _with_hint(box: QWidget, hint: QLabel, parent: QWidget) -> QWidget:
    holder = QWidget(parent)
    lay = QVBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(4)
    lay.addWidget(box)
    lay.addWidget(hint)
    return holder


class FormLayout(NamedTuple):
    """The pieces of the arrangement the form changes later (labels, rows it hides)."""

    form_layout: QFormLayout
    whom_label: QLabel
    draft_row: QWidget
    request_box: QWidget
    reaction_box: QWidget


def lay_out(form: FeedbackForm) -> FormLayout:
    """Put the form's fields (already made) into rows on ``form``, and set the tab order."""
    whom_row = QHBoxLayout()
    whom_row.setContentsMargins(0, 0, 0, 0)
    whom_row.addWidget(form.whom, 3)
    whom_row.addWidget(form.contact, 2)
    when_row = QHBoxLayout()
    when_row.setContentsMargins(0, 0, 0, 0)
    when_row.addWidget(form.asked_on, 1)
    when_row.addSpacing(12)
    when_row.addWidget(_label(tr("&by"), form.channel, form))
    when_row.addSpacing(4)
    when_row.addWidget(form.channel, 1)
    when_row.addStretch(1)

    hint = italic(QLabel(tr(
        "Frame it positively: “What could I improve?” rather than “Why didn't you hire "
        "me?”."), form))
    hint.setWordWrap(True)
    # Only while writing: once sent, the request is a record (still there to copy).
    draft_row = QWidget(form)
    draft_lay = QHBoxLayout(draft_row)
    draft_lay.setContentsMargins(0, 0, 0, 0)
    draft_lay.addWidget(hint, 1)
    draft_lay.addWidget(form.draft_button, 0, Qt.AlignmentFlag.AlignTop)
    # In a widget of its own: QFormLayout sizes a nested layout too short for the
    # letter's wrapped tone-check lines, and the buttons then overlap them.
    request_box = QWidget(form)
    request_lay = QVBoxLayout(request_box)
    request_lay.setContentsMargins(0, 0, 0, 0)
    request_lay.setSpacing(6)
    request_lay.addWidget(draft_row)
    request_lay.addWidget(form.request)

    reaction_hint = italic(QLabel(tr(
        "It's natural to feel defensive. Note it, then look for what you can use."), form))
    reaction_hint.setWordWrap(True)
    reaction_box = _with_hint(form.reaction, reaction_hint, form)

    rows = QFormLayout(form)
    rows.setContentsMargins(0, 0, 0, 0)
    rows.setVerticalSpacing(12)
    # Where a label and its field don't fit side by side (large fonts, longer words), the
    # field goes under its label instead of the page scrolling sideways to the letter.
    rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    rows.addRow(form.heading)
    rows.addRow(form.suggestion)
    # Rows holding a layout need their own label, or the mnemonic has no buddy.
    whom_label = _label(tr("&Whom you asked"), form.whom, form)
    rows.addRow(whom_label, whom_row)
    rows.addRow(_label(tr("As&ked on"), form.asked_on, form), when_row)
    rows.addRow(_label(tr("Your request"), form.request.body, form), request_box)
    rows.addRow(tr("Where it stands"), form.status_row)
    rows.addRow(tr("Answer came on"), form.answered_on)
    rows.addRow(tr("Their answer"), form.answer)
    rows.addRow(_label(tr("Your first reac&tion"), form.reaction, form), reaction_box)
    rows.addRow(tr("The &lesson"), form.lesson)
    rows.addRow(form.error)

    chain = [form.suggestion.button, form.whom, form.contact, form.asked_on, form.channel,
             form.draft_button, form.request.subject, form.request.body,
             form.request.copy_button, form.request.mail_button,
             form.request.template_button, form.status_row.asked_button,
             form.status_row.answered_button, form.status_row.no_answer_button,
             form.status_row.follow_up, form.answered_on, form.answer, form.reaction,
             form.lesson]
    for a, b in pairwise(chain):
        QWidget.setTabOrder(a, b)
    return FormLayout(rows, whom_label, draft_row, request_box, reaction_box)
