"""How a list's cells are drawn: text cut short ends in "…" and shows whole on hover, rows
have room to breathe, and a status is a small coloured label with its word on it.

Every list gets :class:`CellDelegate` (views.table_look); a column of statuses (a model
column of kind STATUS, or any cell with a ``TONE_ROLE``) gets :class:`StatusDelegate`. Both
are drawn often (a list may hold thousands of rows): nothing is made per paint beyond the
style option Qt's own delegate copies too; the label's colours are the theme's, made once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from bounceback.ui.common.table_model import CHIP_ROLE, TONE_ROLE
from bounceback.ui.theme.palette import ChipColours, status_chip
from bounceback.ui.theme.tokens import BORDER, RADIUS, SPACE_S, SPACE_XS, StatusTone

Index = QModelIndex | QPersistentModelIndex

# Between a row's text and its top and bottom edges.
ROW_PADDING = SPACE_S
# Inside a status label: above and below its word, and either side of it.
CHIP_PAD_Y, CHIP_PAD_X = SPACE_XS // 2, SPACE_S
# Between a status label and the words that follow it ("Answered" 3 Nov 2026).
CHIP_GAP = SPACE_XS + SPACE_XS // 2


# What every cell's paint asks about, made once: PySide's flags are Python objects, and
# making them anew for each cell cost more than some of the drawing.
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_ENABLED, _SELECTED = QStyle.StateFlag.State_Enabled, QStyle.StateFlag.State_Selected
_NORMAL, _DISABLED = QPalette.ColorGroup.Normal, QPalette.ColorGroup.Disabled
_TEXT, _CHOSEN_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_FONT = Qt.ItemDataRole.FontRole

# A tone comes back from a model as its text (Qt carries a str subclass as a plain string).
_TONES = {tone.value: tone for tone in StatusTone}


def tone_of(index: Index) -> StatusTone | None:
    """The tone of a status cell; None for any other cell."""
    value = index.data(TONE_ROLE)
    return _TONES.get(value) if isinstance(value, str) else None


def row_height(metrics: QFontMetrics, lines: int = 1) -> int:
    """A comfortable row for ``lines`` lines of text in ``metrics``' font."""
    return lines * metrics.lineSpacing() + 2 * ROW_PADDING


def fit(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` as it fits in ``width``: whole when it does (Qt's eliding can cut a text
    exactly as wide as the room, its widths being fractions), else ending in "…"."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _style(option: QStyleOptionViewItem) -> QStyle:
    widget = option.widget
    return widget.style() if widget is not None else QApplication.style()


def text_margin(option: QStyleOptionViewItem) -> int:
    """The room the style leaves either side of a cell's text (as QCommonStyle does)."""
    return _style(option).pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                      option.widget) + 1


def _show_tip(event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
              tip: str) -> bool:
    """As Qt's own delegates answer a tooltip request: shown, or hidden when there is none."""
    QToolTip.showText(event.globalPos(), tip, view, option.rect)
    event.setAccepted(bool(tip))
    return True


class CellDelegate(QStyledItemDelegate):
    """A cell as Qt draws it, in a row of comfortable height; its text, when the column is
    too narrow for it, ends in "…" (the view's elide mode) and shows whole in a tooltip,
    unless the model says something else on hover."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), row_height(option.fontMetrics)))

    def cut_text(self, option: QStyleOptionViewItem, index: Index) -> str:
        """The cell's whole text when it is drawn cut short, else ""."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        if not text:
            return ""
        rect = _style(opt).subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt,
                                          opt.widget)
        room = rect.width() - 2 * text_margin(opt)
        return text if opt.fontMetrics.horizontalAdvance(text) > room else ""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem, index: Index) -> bool:
        if event is None or view is None or event.type() != QEvent.Type.ToolTip \
                or not index.isValid():
            return super().helpEvent(event, view, option, index)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if not tip:
            tip = self.cut_text(option, index)
        return _show_tip(event, view, option, str(tip or ""))


class LongTextDelegate(CellDelegate):
    """A column of long texts shown on one line each (an event's details): only as much of a
    text as could be seen in its cell is handed on to be laid out and cut with "…". Qt lays
    out the whole of a text before cutting it, and a few hundred characters cost more than
    the rest of the row, for each row painted (every application opened paints its history).
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        room = option.rect.width()
        if room <= 0:  # asked for its size, not painted: the whole text
            return
        most = room // _narrowest(option) + 1
        if len(option.text) > most:
            # More than the cell can hold even in its narrowest letters: what is seen of it is
            # the same, cut by Qt with "…" (which it also stays, should marks that take no
            # room of their own have made it short enough to fit).
            option.text = option.text[:most] + "…"


_NARROWEST: dict[str, int] = {}


def _narrowest(option: QStyleOptionViewItem) -> int:
    """The room of the narrowest letter or mark in the cell's font, at least one pixel."""
    key = option.font.key()
    found = _NARROWEST.get(key)
    if found is None:
        metrics = option.fontMetrics
        found = _NARROWEST[key] = max(1, min(metrics.horizontalAdvance(c) for c in "il.,:;'|!`"))
    return found


class StatusDelegate(CellDelegate):
    """A status as a small rounded label in the colours of its tone, with its word on it
    (never colour alone), and after it whatever else the cell says ("Answered" 3 Nov). The
    label keeps its own colours on a selected row: its word reads the same on either."""

    def _parts(self, text: str, index: Index) -> tuple[str, str]:
        """The label's word and the text after it, of the cell's ``text``."""
        word = index.data(CHIP_ROLE)
        if not word or not text.startswith(word):
            return text, ""
        return word, text[len(word):].lstrip(" ·,:")

    def _geometry(self, opt: QStyleOptionViewItem, metrics: QFontMetrics) -> tuple[QRect, int]:
        """The room for the label and its words, and the label's height in ``metrics``."""
        margin = text_margin(opt)
        area = opt.rect.adjusted(margin, 0, -margin, 0)
        return area, metrics.height() + 2 * CHIP_PAD_Y

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if tone_of(index) is None:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        word, rest = self._parts(opt.text, index)
        metrics = opt.fontMetrics
        width = 2 * text_margin(opt) + metrics.horizontalAdvance(word) + 2 * CHIP_PAD_X
        if rest:
            width += CHIP_GAP + metrics.horizontalAdvance(rest)
        height = max(metrics.height() + 2 * CHIP_PAD_Y, row_height(metrics))
        return QSize(width, height)

    def cut_text(self, option: QStyleOptionViewItem, index: Index) -> str:
        if tone_of(index) is None:
            return super().cut_text(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        return opt.text if self.sizeHint(option, index).width() > opt.rect.width() else ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        tone = tone_of(index)
        if tone is None:
            super().paint(painter, option, index)
            return
        # The view's option as it is (the row's background, selection and focus come from
        # it, as for every other cell), and the cell's text straight from the model: a
        # status column is painted on every row at each scroll, and filling a copy of the
        # option asks the model a dozen things a label does not show.
        word, rest = self._parts(index.data() or "", index)
        widget = option.widget
        # (The view's option carries no text: only the row's own look is drawn.)
        _style(option).drawControl(_ITEM, option, painter, widget)

        # A font of the model's own (a step not looked at yet, in italics), as Qt's own
        # delegate would take it.
        font, metrics = option.font, option.fontMetrics
        own = index.data(_FONT)
        if isinstance(own, QFont):
            font = own.resolve(option.font)
            metrics = QFontMetrics(font)
        area, height = self._geometry(option, metrics)
        room = max(0, area.width() - 2 * CHIP_PAD_X)
        shown = fit(metrics, word, room)
        chip = QRect(area.left(), area.top() + (area.height() - height) // 2,
                     metrics.horizontalAdvance(shown) + 2 * CHIP_PAD_X, height)
        label = _chip(shown, status_chip(option.palette, tone), chip.size(), font,
                      painter.device().devicePixelRatioF())
        painter.drawPixmap(chip.topLeft(), label)
        if rest:
            after = QRect(chip.right() + 1 + CHIP_GAP, area.top(),
                          area.right() - chip.right() - CHIP_GAP, area.height())
            if after.width() > 0:
                state = option.state
                group = _NORMAL if state & _ENABLED else _DISABLED
                role = _CHOSEN_TEXT if state & _SELECTED else _TEXT
                painter.save()
                painter.setFont(font)
                painter.setPen(option.palette.color(group, role))
                painter.drawText(after, _LEFT_MIDDLE, fit(metrics, rest, after.width()))
                painter.restore()


# Status labels drawn once each (their word, colours, size and font) and then copied: a list
# shows a dozen on every paint (a scroll, a row picked), and a rounded, smoothed label with
# its word cost several times the rest of its row. A handful of statuses, in a few sizes.
_CHIPS: dict[tuple[object, ...], QPixmap] = {}
_CHIPS_KEPT = 256


def _chip(word: str, colours: ChipColours, size: QSize, font: QFont, ratio: float) -> QPixmap:
    key = (word, colours.fill.rgba(), colours.ink.rgba(), colours.edge.rgba(),
           size.width(), size.height(), font.key(), ratio)
    found = _CHIPS.get(key)
    if found is not None:
        return found
    if len(_CHIPS) >= _CHIPS_KEPT:
        _CHIPS.clear()  # fonts or themes changed many times over: start again
    image = QImage(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(0)  # transparent
    rect = QRect(QPoint(0, 0), size)
    radius = min(RADIUS, size.height() // 2)
    half = BORDER / 2  # the hairline drawn on the pixel grid, not across two pixels
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(colours.edge)
    p.setBrush(colours.fill)
    p.drawRoundedRect(rect.toRectF().adjusted(half, half, -half, -half), radius, radius)
    p.setFont(font)
    p.setPen(colours.ink)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, word)
    p.end()
    found = QPixmap.fromImage(image)
    _CHIPS[key] = found
    return found


def show_statuses(view: QAbstractItemView, column: int) -> StatusDelegate:
    """Draw ``column`` of ``view`` as status labels."""
    delegate = StatusDelegate(view)
    view.setItemDelegateForColumn(column, delegate)
    return delegate
