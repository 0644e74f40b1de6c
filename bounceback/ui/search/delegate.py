"""Draws one hit in two lines: what it is, its name and date; then the snippet with the
matching words marked. Everything the person wrote is HTML-escaped before it is drawn."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from bounceback.services.search import SearchHit
from bounceback.ui.common import labels
from bounceback.ui.search import words
from bounceback.ui.search.model import HIT_ROLE
from bounceback.ui.theme.text import font as role_font
from bounceback.ui.theme.tokens import TextRole

Index = QModelIndex | QPersistentModelIndex
PAD_X, PAD_Y, GAP = 10, 6, 3


def _blend(a: QColor, b: QColor, share: float) -> QColor:
    """``share`` of ``a`` over ``b``: a soft marker that reads in light and dark palettes."""
    return QColor(
        round(a.red() * share + b.red() * (1 - share)),
        round(a.green() * share + b.green() * (1 - share)),
        round(a.blue() * share + b.blue() * (1 - share)),
    )


def snippet_html(hit: SearchHit, marker: QColor | None) -> str:
    """The snippet as rich text: matches bold on ``marker`` (underlined when None)."""
    style = (f"background-color:{marker.name()};" if marker is not None
             else "text-decoration:underline;")
    return "".join(
        f'<span style="font-weight:600;{style}">{html.escape(text)}</span>' if lit
        else html.escape(text)
        for text, lit in hit.snippet
    )


class HitDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(320, PAD_Y * 2 + line * 2 + GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        pal: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text = pal.color(QPalette.ColorRole.HighlightedText if selected
                         else QPalette.ColorRole.Text)
        rect: QRect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        font = QFont(opt.font)
        line = QFontMetrics(font).height()

        painter.save()
        painter.setClipRect(opt.rect)
        # First line: kind, name, and the date at the right.
        kind = words.kind_label(hit)
        day = labels.date(hit.day)
        small = QFontMetrics(font)
        day_w = small.horizontalAdvance(day) + (PAD_X if day else 0)
        kind_w = small.horizontalAdvance(kind + "  ")
        painter.setFont(font)
        # Text colour, not the placeholder grey: that reads below 4.5:1 in light themes.
        painter.setPen(text)
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, kind)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, day)
        bold = role_font(TextRole.STRONG, font)
        painter.setFont(bold)
        name_rect = top.adjusted(kind_w, 0, -day_w, 0)
        name = QFontMetrics(bold).elidedText(
            hit.heading, Qt.TextElideMode.ElideRight, max(0, name_rect.width()))
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         name)

        # Second line: the snippet, as rich text on one line.
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        option_ = QTextOption()
        option_.setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(option_)
        marker = None if selected else _blend(
            pal.color(QPalette.ColorRole.Highlight), pal.color(QPalette.ColorRole.Base), 0.3)
        doc.setHtml(snippet_html(hit, marker))
        painter.translate(rect.left(), rect.top() + line + GAP)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, text)
        ctx.clip = QRect(0, 0, rect.width(), line + 2).toRectF()
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
