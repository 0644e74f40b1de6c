"""An attached document shown from its bytes, with nothing written to disk: a PDF's pages, a
picture, a text, an e-mail; for anything else a kind note and a way to save a copy.

A PDF's pages are laid out from their sizes alone (one quick look at the file) and drawn only
near the view, one at a time on a worker thread (PDFium is slow on a heavy page and is shared
with the background indexing, services/document_text.py), so a 300-page PDF opens at once and
scrolling never waits. Drawn pages far from the view are let go again.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bounceback.services import document_text
from bounceback.services.document_text import DocumentFormat
from bounceback.ui.common.background import Task
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.labels import qdatetime
from bounceback.ui.theme.icons import Icon
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import SPACE_M, SPACE_S, SPACE_XS, TextRole

_Role = QPalette.ColorRole

# Room between pages, and round them.
GAP = SPACE_M
# Each zoom step, and the bounds of the zoom, in screen pixels per PDF point (1/72 inch) or
# per picture pixel.
ZOOM_STEP = 1.25
MIN_SCALE = 0.1
MAX_SCALE = 8.0
# The most pixels one drawn page may hold (a page at 800 % on a 2× screen would need 280 MB):
# beyond it the page is drawn smaller and stretched.
MAX_PAGE_PIXELS = 24_000_000
# A wheel's notch, in eighths of a degree (QWheelEvent.angleDelta).
NOTCH = 120


class _Pages(QWidget):
    """The pages one under the other, each drawn from its picture when there is one, else as
    blank paper; laid out from the pages' sizes, so scrolling knows the length at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sizes: list[tuple[float, float]] = []  # each page's (width, height) unscaled
        self.scale = 1.0  # screen (logical) pixels per unit of ``sizes``
        self.pixmaps: dict[int, tuple[float, QPixmap]] = {}  # page → (device scale, picture)
        self.failed: set[int] = set()
        self.failed_text = ""
        self._tops: list[int] = []
        self._rects: list[QRect] = []

    def set_pages(self, sizes: list[tuple[float, float]], scale: float) -> None:
        self.sizes = sizes
        self.pixmaps.clear()
        self.failed.clear()
        self.set_scale(scale)

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        widest = max((round(w * scale) for w, _h in self.sizes), default=0)
        width = widest + 2 * GAP
        rects: list[QRect] = []
        y = GAP
        for w, h in self.sizes:
            pw, ph = max(1, round(w * scale)), max(1, round(h * scale))
            rects.append(QRect((width - pw) // 2, y, pw, ph))
            y += ph + GAP
        self._rects = rects
        self._tops = [r.top() for r in rects]
        self.setFixedSize(width, y if rects else 0)
        self.update()

    def page_rect(self, index: int) -> QRect:
        return QRect(self._rects[index])

    def pages_between(self, top: int, bottom: int) -> range:
        """The pages that reach into the band from ``top`` to ``bottom``."""
        if not self._rects:
            return range(0)
        first = max(bisect.bisect_right(self._tops, top) - 1, 0)
        if self._rects[first].bottom() < top:
            first += 1
        last = max(bisect.bisect_right(self._tops, bottom) - 1, 0)
        return range(first, max(last + 1, first))

    def page_at(self, y: int) -> int:
        return max(bisect.bisect_right(self._tops, y) - 1, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        exposed = event.rect()
        paper = self.palette().color(_Role.Base)
        edge = self.palette().color(_Role.Mid)
        for index in self.pages_between(exposed.top(), exposed.bottom()):
            rect = self._rects[index]
            drawn = self.pixmaps.get(index)
            painter.setPen(edge)
            painter.drawRect(rect.adjusted(-1, -1, 0, 0))
            if drawn is not None:
                painter.drawPixmap(QRectF(rect), drawn[1], QRectF(drawn[1].rect()))
                continue
            painter.fillRect(rect, paper)
            if index in self.failed:
                painter.setPen(self.palette().color(_Role.PlaceholderText))
                painter.drawText(rect.adjusted(SPACE_M, SPACE_M, -SPACE_M, -SPACE_M),
                                 Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                 self.failed_text)
        painter.end()


class _Scroll(QScrollArea):
    """The pages' scroll area: the wheel with Ctrl held zooms instead of scrolling."""

    zoom_steps = Signal(int)
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._turned = 0

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        # A touchpad sends many small turns: a step for each notch's worth.
        self._turned += event.angleDelta().y()
        steps = int(self._turned / NOTCH)
        self._turned -= steps * NOTCH
        if steps:
            self.zoom_steps.emit(steps)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


def _keys(*keys: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The key sequences, each once: the platform's standard zoom keys are often the same
    as the ones named beside them, and a sequence given twice is ambiguous to Qt."""
    found: list[QKeySequence] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(
            key, QKeySequence.StandardKey) else [QKeySequence(key)]
        found += [s for s in sequences if not s.isEmpty() and s not in found]
    return found


class _PageView(QWidget):
    """A PDF's pages or one picture, zoomable: a row of zoom buttons and the page count above
    the scrolling pages."""

    failed = Signal()  # the document can't be shown at all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = b""
        self._image: QImage | None = None  # the picture, when a picture is shown
        self._fit = True
        self._generation = 0  # a drawn page from an older document is dropped
        self._task: tuple[Task, int, int, float] | None = None  # task, generation, page, scale

        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcuts(_keys(QKeySequence.StandardKey.ZoomOut, "Ctrl+-"))
        self.zoom_in_action = QAction(self)
        # Ctrl+= too: where "+" needs Shift, Ctrl and the key under it is what people press.
        self.zoom_in_action.setShortcuts(
            _keys(QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="))
        self.fit_action = QAction(self)
        self.fit_action.setShortcuts(_keys("Ctrl+0"))
        self.zoom_out_action.triggered.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_action.triggered.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.fit_action.triggered.connect(self.fit_width)
        buttons = []
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            buttons.append(button)
        self.zoom_out_button, self.zoom_in_button, self.fit_button = buttons
        self.page_label = QLabel(self)
        self.page_label.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.page_label, TextRole.CAPTION)

        self.pages = _Pages(self)
        self.scroll_area = _Scroll(self)
        self.scroll_area.setWidget(self.pages)
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.setBackgroundRole(_Role.Window)
        self.scroll_area.zoom_steps.connect(lambda steps: self.zoom_by(ZOOM_STEP ** steps))
        self.scroll_area.resized.connect(self._resized)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self._schedule)

        # Drawing waits for the event loop: a resize, a scroll and a zoom in one go ask once.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_next)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, SPACE_S, 0)
        bar.setSpacing(SPACE_S)
        for button in buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE_S)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.fit_action.setText(self.tr("Fit to width"))
        for action, button in ((self.zoom_out_action, self.zoom_out_button),
                               (self.zoom_in_action, self.zoom_in_button),
                               (self.fit_action, self.fit_button)):
            button.setAccessibleName(action.text())
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(fill(self.tr("%1 (%2)", "a command, then its keys"),
                                   action.text(), keys))
        self.pages.failed_text = self.tr("This page can't be shown.")
        self.pages.update()
        self._show_page_number()

    # --- what is shown ---------------------------------------------------------------------

    def show_pdf(self, data: bytes, sizes: list[tuple[float, float]]) -> None:
        self._start(data, None, sizes)
        self.page_label.setVisible(True)

    def show_image(self, image: QImage) -> None:
        self._start(b"", image, [(float(image.width()), float(image.height()))])
        self.page_label.setVisible(False)

    def clear(self) -> None:
        self._start(b"", None, [])

    def _start(self, data: bytes, image: QImage | None,
               sizes: list[tuple[float, float]]) -> None:
        self._generation += 1
        self._data = data
        self._image = image
        self._fit = True
        self.pages.set_pages(sizes, self._fit_scale(sizes))
        self.scroll_area.verticalScrollBar().setValue(0)
        self.scroll_area.horizontalScrollBar().setValue(0)
        self._show_page_number()
        self._schedule()

    def page_count(self) -> int:
        return len(self.pages.sizes)

    def current_page(self) -> int:
        """The page the reader is on: the one a third of the way down the view, or the
        last one once the view is at the end."""
        if not self.pages.sizes:
            return 0
        bar = self.scroll_area.verticalScrollBar()
        if bar.maximum() > 0 and bar.value() >= bar.maximum():
            return len(self.pages.sizes) - 1
        return self.pages.page_at(bar.value() + self.scroll_area.viewport().height() // 3)

    def page_pixmap(self, index: int) -> QPixmap | None:
        """Page ``index`` as drawn so far, or None while it isn't."""
        drawn = self.pages.pixmaps.get(index)
        return drawn[1] if drawn is not None else None

    def _show_page_number(self) -> None:
        count = self.page_count()
        words = fill(self.tr("Page %1 of %2"), QLocale().toString(self.current_page() + 1),
                     QLocale().toString(count)) if count else ""
        self.page_label.setText(words)
        self.scroll_area.setAccessibleDescription(words)

    # --- zoom ------------------------------------------------------------------------------

    def _fit_scale(self, sizes: list[tuple[float, float]]) -> float:
        widest = max((w for w, _h in sizes), default=0.0)
        if widest <= 0:
            return 1.0
        # The width with a scroll bar, whether or not one shows: else the bar appearing
        # would narrow the view, refit the pages, and perhaps hide itself again.
        room = (self.scroll_area.width() - 2 * self.scroll_area.frameWidth()
                - self.scroll_area.verticalScrollBar().sizeHint().width() - 2 * GAP)
        scale = max(room, 1) / widest
        if self._image is not None:
            scale = min(scale, 1.0)  # a small picture is not blown up to a blur
        return min(max(scale, MIN_SCALE), MAX_SCALE)

    def zoom_by(self, factor: float) -> None:
        if not self.pages.sizes:
            return
        self._fit = False
        self._rescale(min(max(self.pages.scale * factor, MIN_SCALE), MAX_SCALE))

    def fit_width(self) -> None:
        if not self.pages.sizes:
            return
        self._fit = True
        self._rescale(self._fit_scale(self.pages.sizes))

    def _rescale(self, scale: float, *, anchor_middle: bool = True) -> None:
        """Zoom to ``scale``, keeping the spot in the middle of the view where it is (or,
        as the view is resized, the spot at its top: a document just opened stays at its
        start)."""
        bar = self.scroll_area.verticalScrollBar()
        spot = bar.value() + (self.scroll_area.viewport().height() / 2 if anchor_middle else 0)
        share = spot / self.pages.height() if self.pages.height() else 0.0
        self.pages.set_scale(scale)
        offset = self.scroll_area.viewport().height() / 2 if anchor_middle else 0
        bar.setValue(round(share * self.pages.height() - offset))
        self._show_page_number()
        self._schedule()

    def _resized(self) -> None:
        if self._fit and self.pages.sizes:
            scale = self._fit_scale(self.pages.sizes)
            if abs(scale - self.pages.scale) > 1e-3:
                self._rescale(scale, anchor_middle=False)
        self._schedule()

    def _scrolled(self) -> None:
        self._show_page_number()
        self._schedule()

    # --- drawing ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._resized()

    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def _visible_band(self) -> tuple[int, int]:
        top = self.scroll_area.verticalScrollBar().value()
        return top, top + self.scroll_area.viewport().height()

    def _device_scale(self, index: int) -> float:
        w, h = self.pages.sizes[index]
        scale = self.pages.scale * self.devicePixelRatioF()
        most = math.sqrt(MAX_PAGE_PIXELS / max(w * h, 1.0))
        return min(scale, most)

    def _wanted(self) -> list[int]:
        """Pages to draw, nearest first: those in view, then those a view's height above
        or below, each unless it is drawn at the current zoom (or can't be)."""
        top, bottom = self._visible_band()
        height = bottom - top
        seen = list(self.pages.pages_between(top, bottom))
        near = [i for i in self.pages.pages_between(top - height, bottom + height)
                if i not in seen]
        wanted = []
        for index in seen + near:
            drawn = self.pages.pixmaps.get(index)
            fresh = drawn is not None and math.isclose(drawn[0], self._device_scale(index),
                                                       rel_tol=0.01)
            if not fresh and index not in self.pages.failed:
                wanted.append(index)
        # Let go of pages far from the view (a drawn page can be tens of megabytes).
        keep = set(self.pages.pages_between(top - 3 * height, bottom + 3 * height))
        for index in [i for i in self.pages.pixmaps if i not in keep]:
            del self.pages.pixmaps[index]
        return wanted

    def _draw_next(self) -> None:
        if self._task is not None or not self.isVisible() or not self.pages.sizes:
            return
        wanted = self._wanted()
        if not wanted:
            return
        index = wanted[0]
        scale = self._device_scale(index)
        if self._image is not None:
            self._keep(index, scale, self._scaled_image(scale))
            self._schedule()
            return
        data = self._data

        def draw(_progress: Callable[[int, int], None]) -> Any:
            return document_text.render_pdf_page(data, index, scale)

        task = Task(draw)
        self._task = (task, self._generation, index, scale)
        task.finished.connect(self._drawn)
        task.start()

    def _drawn(self) -> None:
        if self._task is None:
            return
        task, generation, index, scale = self._task
        self._task = None
        if generation == self._generation:
            if task.error is not None:
                self.pages.failed.add(index)
                self.pages.update(self.pages.page_rect(index))
                if len(self.pages.failed) == len(self.pages.sizes):
                    self.failed.emit()
            else:
                width, height, stride, pixels = task.result
                # The bytes are Python's; the copy is the image's own.
                image = QImage(pixels, width, height, stride,
                               QImage.Format.Format_RGBA8888).copy()
                self._keep(index, scale, image)
        self._schedule()

    def _scaled_image(self, scale: float) -> QImage:
        assert self._image is not None
        size = QSize(max(1, round(self._image.width() * scale)),
                     max(1, round(self._image.height() * scale)))
        if size == self._image.size():
            return self._image
        return self._image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)

    def _keep(self, index: int, scale: float, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.pages.pixmaps[index] = (scale, pixmap)
        self.pages.update(self.pages.page_rect(index))


class _MailView(QWidget):
    """An e-mail: who, to whom, when and what about, above its words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_value = self._value()
        self.to_value = self._value()
        self.date_value = self._value()
        self.subject_value = self._value()
        set_role(self.subject_value, TextRole.STRONG)
        self.body = QPlainTextEdit(self)
        self.body.setReadOnly(True)
        self.mail: document_text.Mail | None = None
        self.head = QFormLayout()
        self.head.setContentsMargins(0, 0, 0, 0)
        self.head.setHorizontalSpacing(SPACE_M)
        self.head.setVerticalSpacing(SPACE_XS)
        self.names: list[QLabel] = []
        for value in (self.from_value, self.to_value, self.date_value, self.subject_value):
            name = QLabel(self)
            name.setBuddy(value)
            self.names.append(name)
            self.head.addRow(name, value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE_M)
        layout.addLayout(self.head)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.body.setAccessibleName(self.tr("Message"))
        words = (self.tr("From:"), self.tr("To:"), self.tr("Date:"), self.tr("Subject:"))
        for name, value, said in zip(self.names, (self.from_value, self.to_value,
                                                  self.date_value, self.subject_value),
                                     words, strict=True):
            name.setText(said)
            value.setAccessibleName(said.rstrip(":"))
        if self.mail is not None:
            self.show_mail(self.mail)  # the date, as the language now spoken writes it

    def _value(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return label

    def show_mail(self, mail: document_text.Mail) -> None:
        self.mail = mail
        when = ""
        if mail.date is not None:
            stamp = qdatetime(mail.date)
            locale = QLocale()
            when = fill(self.tr("%1, %2", "a date, then the time of day"),
                        locale.toString(stamp.date(), QLocale.FormatType.LongFormat),
                        locale.toString(stamp.time(), QLocale.FormatType.ShortFormat))
        for label, value in ((self.from_value, mail.sender), (self.to_value, mail.to),
                             (self.date_value, when), (self.subject_value, mail.subject)):
            label.setText(value)
            self.head.setRowVisible(label, bool(value))
        self.body.setPlainText(mail.body)

    def clear(self) -> None:
        self.mail = None
        self.body.clear()


class DocumentViewer(QWidget):
    """One attached document, from its name and bytes (:meth:`show_document`)."""

    # The person asked to save a copy of a document this viewer can't show (wired by the
    # owner, who knows the document and where copies go).
    save_copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind: DocumentFormat | None = None
        self._note_for: DocumentFormat | None = None  # the note's reason: OTHER, or the kind
        self.blank = QWidget(self)
        self.page_view = _PageView(self)
        self.page_view.failed.connect(self._cannot_read)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.mail_view = _MailView(self)
        self.note = EmptyNote(Icon.EXPORT, parent=self)
        self.save_button = self.note.add_button("")
        self.save_button.clicked.connect(self.save_copy_requested)
        self.stack = QStackedWidget(self)
        for page in (self.blank, self.page_view, self.text_view, self.mail_view, self.note):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._retranslate()

    def show_document(self, name: str, data: bytes) -> None:
        self.kind = kind = document_text.kind_of(name, data)
        self.mail_view.clear()
        self.text_view.clear()
        if kind is DocumentFormat.PDF:
            sizes = document_text.pdf_page_sizes(data)
            if not sizes:
                self._cannot_read()
                return
            self.page_view.show_pdf(data, sizes)
            self.stack.setCurrentWidget(self.page_view)
        elif kind is DocumentFormat.IMAGE:
            image = QImage.fromData(data)
            if image.isNull():
                self._cannot_read()
                return
            self.page_view.show_image(image)
            self.stack.setCurrentWidget(self.page_view)
        elif kind is DocumentFormat.EMAIL and (mail := document_text.read_mail(data)):
            self.page_view.clear()
            self.mail_view.show_mail(mail)
            self.stack.setCurrentWidget(self.mail_view)
        elif (words := document_text.decode_text(data)) is not None and kind in (
                DocumentFormat.TEXT, DocumentFormat.EMAIL):
            self.page_view.clear()
            self.text_view.setPlainText(words)
            self.stack.setCurrentWidget(self.text_view)
        else:
            self._show_note(DocumentFormat.OTHER)
        self._name_pages()

    def clear(self) -> None:
        self.kind = None
        self.page_view.clear()
        self.text_view.clear()
        self.mail_view.clear()
        self.stack.setCurrentWidget(self.blank)

    def _cannot_read(self) -> None:
        self._show_note(self.kind)

    def _show_note(self, reason: DocumentFormat | None) -> None:
        self._note_for = reason
        self.page_view.clear()
        self._word_note()
        self.stack.setCurrentWidget(self.note)

    def _word_note(self) -> None:
        if self._note_for is DocumentFormat.OTHER:
            self.note.set_heading(self.tr("BounceBack can't show this kind of file"))
            self.note.setText(self.tr(
                "It stays safe with the application. Save a copy… puts one where you "
                "choose, to open it with another program."))
        else:
            self.note.set_heading(self.tr("This file can't be shown"))
            self.note.setText(self.tr(
                "It may be damaged, or made in a way BounceBack can't read. It stays as it "
                "is: Save a copy… puts one where you choose, to try another program."))

    def _name_pages(self) -> None:
        self.page_view.scroll_area.setAccessibleName(
            self.tr("Picture") if self.kind is DocumentFormat.IMAGE
            else self.tr("Document pages"))

    def _retranslate(self) -> None:
        self.text_view.setAccessibleName(self.tr("Document text"))
        self.save_button.setText(self.tr("Save a copy…"))
        self._name_pages()
        self._word_note()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Every widget gets the event; the parts answer through the viewer, once.
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.page_view.retranslate()
            self.mail_view.retranslate()
