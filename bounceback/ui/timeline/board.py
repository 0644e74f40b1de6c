"""The Timeline's board: a column per status, a card per application, moved from one column to
another by dragging it or by Ctrl+Left / Ctrl+Right.

Each column is one list view over a small model, its cards painted by one delegate (no widget
per card): a search of thousands of applications stays quick to show and to scroll. The board
changes nothing itself: it asks for a move (``move_requested``) and the tab makes it through
the same service the editor uses, then hands the board its cards again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import Status
from bounceback.ui.common import labels, tones
from bounceback.ui.common.cells import CHIP_GAP, CHIP_PAD_X, CHIP_PAD_Y, fit
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.theme import sheet, text
from bounceback.ui.theme.icons import Icon, Tone, icon
from bounceback.ui.theme.palette import accent_mark, status_chip
from bounceback.ui.theme.sheet import Kind, State
from bounceback.ui.theme.tokens import BORDER, RADIUS, SPACE_S, SPACE_XS, TextRole
from bounceback.ui.timeline.board_rows import Card

Index = QModelIndex | QPersistentModelIndex

# What a dragged card carries: its application's id and the status it is leaving.
MIME = "application/x-bounceback-card"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ORDER: tuple[Status, ...] = tuple(Status)
# Round a card: between it and its column's edges, and between two cards.
CARD_GAP_X, CARD_GAP_Y = SPACE_XS, SPACE_XS
# Inside a card, around its words.
CARD_PAD = SPACE_S
# A focus ring's width, drawn in the gap round the card.
RING = 2
# A column is at least this many average characters wide: "Interviewing" and a short name
# whole at the usual font; narrower than that, the board scrolls sideways instead.
COLUMN_CHARS = 17
# A card dragged this many average characters from the board's left or right edge scrolls it
# that way, half as far at each move.
EDGE_CHARS = 4


# The company and the role share this many lines: a long name takes two and leaves the role
# one, a short one leaves the role two; in a narrow column, neither is cut at its first words.
NAME_LINES = 3


def wrap(metrics: QFontMetrics, words: str, width: int, most: int) -> list[str]:
    """``words`` in lines of ``width`` at most, broken between words; ``most`` lines at most,
    the last of them ending in "…" when the rest does not fit. A word wider than a line is
    cut short on a line of its own."""
    lines: list[str] = []
    left = words.split()
    while left and len(lines) < most:
        if len(lines) == most - 1:
            lines.append(fit(metrics, " ".join(left), width))
            break
        line = left.pop(0)
        while left and metrics.horizontalAdvance(f"{line} {left[0]}") <= width:
            line = f"{line} {left.pop(0)}"
        lines.append(fit(metrics, line, width))
    return lines


def encode(card: Card) -> QByteArray:
    return QByteArray(f"{card.id} {card.status.value}".encode())


def decode(mime: QMimeData | None) -> tuple[int, Status] | None:
    """The card a drag carries (its id, its status), or None for anything else."""
    if mime is None or not mime.hasFormat(MIME):
        return None
    try:
        ident, status = bytes(mime.data(MIME).data()).decode().split()
        return int(ident), Status(status)
    except ValueError:
        return None


class CardModel(QAbstractListModel):
    """One column's cards."""

    def __init__(self, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self._cards: list[Card] = []
        self._rows: dict[int, int] = {}
        self._spoken: dict[int, str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            said = self._spoken.get(card.id)
            if said is None:
                said = self._spoken[card.id] = self.spoken(card)
            return said
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        found = [i for i in indexes if i.isValid()]
        if found:
            mime.setData(MIME, encode(self._cards[found[0].row()]))
        return mime

    def spoken(self, card: Card) -> str:
        """The card as a screen reader says it, and as its tooltip shows it whole."""
        who = card.company + (tr(" (archived)") if card.archived else "")
        when = labels.date(card.last_activity)
        if when and card.plan_open:
            return fill(self.tr("%1 — %2, last activity %3, bounce-back plan open"),
                        who, card.role, when)
        if when:
            return fill(self.tr("%1 — %2, last activity %3"), who, card.role, when)
        if card.plan_open:
            return fill(self.tr("%1 — %2, bounce-back plan open"), who, card.role)
        return f"{who} — {card.role}"

    def cards(self) -> list[Card]:
        return list(self._cards)

    def set_cards(self, cards: list[Card]) -> bool:
        """Show ``cards``; False (and nothing redrawn) when they are the ones shown."""
        if cards == self._cards:
            return False
        self.beginResetModel()
        self._cards = list(cards)
        self._rows = {c.id: i for i, c in enumerate(self._cards)}
        self._spoken.clear()
        self.endResetModel()
        return True

    def row_of(self, ident: int | None) -> int:
        return self._rows.get(ident, -1) if ident is not None else -1


class _Fonts:
    """A card's three kinds of text, made from the view's font once, not at every paint."""

    def __init__(self, base: QFont) -> None:
        self.key = base.key()
        self.name = text.font(TextRole.STRONG, base)
        self.role = QFont(base)
        self.when = text.font(TextRole.CAPTION, base)
        self.name_metrics = QFontMetrics(self.name)
        self.role_metrics = QFontMetrics(self.role)
        self.when_metrics = QFontMetrics(self.when)

    def line(self) -> int:
        """The height of a line of the company or the role."""
        return max(self.name_metrics.lineSpacing(), self.role_metrics.lineSpacing())

    def height(self) -> int:
        """A card's height, its gap round it included: every card alike."""
        return (2 * CARD_GAP_Y + 2 * CARD_PAD + NAME_LINES * self.line() + SPACE_XS // 2
                + self.when_metrics.lineSpacing())


class CardDelegate(QStyledItemDelegate):
    """A card: the company, the role under it, then the day of the latest activity and, when a
    bounce-back plan is under way, its mark. The selected card is drawn in the selection's
    colours; the one with the keyboard's focus has a ring round it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: _Fonts | None = None

    def fonts(self, base: QFont) -> _Fonts:
        if self._fonts is None or self._fonts.key != base.key():
            self._fonts = _Fonts(base)
        return self._fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fonts = self.fonts(option.font)
        return QSize(fonts.name_metrics.averageCharWidth() * 8, fonts.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            return
        fonts = self.fonts(option.font)
        pal = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if state & QStyle.StateFlag.State_Enabled \
            else QPalette.ColorGroup.Disabled
        box = option.rect.adjusted(CARD_GAP_X, CARD_GAP_Y, -CARD_GAP_X, -CARD_GAP_Y)
        if selected:
            fill_colour = pal.color(group, QPalette.ColorRole.Highlight)
            ink = muted = pal.color(group, QPalette.ColorRole.HighlightedText)
        else:
            fill_colour = pal.color(group, QPalette.ColorRole.Window)
            ink = pal.color(group, QPalette.ColorRole.Text)
            muted = pal.color(group, QPalette.ColorRole.PlaceholderText)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = BORDER / 2  # the hairline on the pixel grid, not across two pixels
        painter.setPen(pal.color(group, QPalette.ColorRole.Mid) if not selected else fill_colour)
        painter.setBrush(fill_colour)
        painter.drawRoundedRect(box.toRectF().adjusted(half, half, -half, -half), RADIUS, RADIUS)
        if state & QStyle.StateFlag.State_HasFocus and option.widget is not None \
                and option.widget.hasFocus():
            ring = painter.pen()
            ring.setColor(accent_mark(pal))
            ring.setWidthF(RING)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            out = RING / 2 + 1
            painter.drawRoundedRect(box.toRectF().adjusted(-out, -out, out, out),
                                    RADIUS + out, RADIUS + out)

        inner = box.adjusted(CARD_PAD, CARD_PAD, -CARD_PAD, -CARD_PAD)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        top = inner.top()
        company = card.company + (tr(" (archived)") if card.archived else "")
        names = wrap(fonts.name_metrics, company, inner.width(), NAME_LINES - 1)
        roles = wrap(fonts.role_metrics, card.role, inner.width(), NAME_LINES - len(names))
        painter.setPen(ink)
        for font, lines in ((fonts.name, names), (fonts.role, roles)):
            painter.setFont(font)
            for words in lines:
                painter.drawText(QRect(inner.left(), top, inner.width(), fonts.line()), left,
                                 words)
                top += fonts.line()
        metrics = fonts.when_metrics
        top = inner.bottom() + 1 - metrics.lineSpacing()
        line = QRect(inner.left(), top, inner.width(), metrics.lineSpacing())
        if card.plan_open:
            side = metrics.height()
            mark = QRect(line.right() - side + 1, line.top() + (line.height() - side) // 2,
                         side, side)
            mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
            icon(Icon.PLAN, Tone.ACCENT).paint(painter, mark, Qt.AlignmentFlag.AlignCenter, mode)
            line.setRight(mark.left() - SPACE_XS)
        when = labels.date(card.last_activity)
        if when:
            painter.setFont(fonts.when)
            painter.setPen(muted)
            painter.drawText(line, left, fit(metrics, when, line.width()))
        painter.restore()


class ColumnHeading(QWidget):
    """A column's status, as the list labels it (its word on its tone's tint), and how many
    cards the column holds."""

    def __init__(self, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.word = labels.status(status)
        self.count = 0
        self.setAccessibleName(self.word)

    def set_count(self, count: int) -> None:
        self.count = count
        self.updateGeometry()
        self.update()

    def _number(self) -> str:
        return labels.number(self.count)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = (metrics.horizontalAdvance(self.word) + 2 * CHIP_PAD_X + CHIP_GAP
                 + metrics.horizontalAdvance(self._number()))
        return QSize(width, metrics.height() + 2 * CHIP_PAD_Y + SPACE_XS)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        metrics = self.fontMetrics()
        number = self._number()
        height = metrics.height() + 2 * CHIP_PAD_Y
        room = self.width() - CHIP_GAP - metrics.horizontalAdvance(number) - 2 * CHIP_PAD_X
        word = fit(metrics, self.word, max(0, room))
        chip = QRect(0, (self.height() - height) // 2,
                     metrics.horizontalAdvance(word) + 2 * CHIP_PAD_X, height)
        colours = status_chip(self.palette(), tones.status(self.status))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colours.edge)
        painter.setBrush(colours.fill)
        half = BORDER / 2
        radius = min(RADIUS, height // 2)
        painter.drawRoundedRect(chip.toRectF().adjusted(half, half, -half, -half),
                                radius, radius)
        painter.setPen(colours.ink)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, word)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        after = QRect(chip.right() + 1 + CHIP_GAP, 0, self.width(), self.height())
        painter.drawText(after, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         number)
        painter.end()


class CardView(QListView):
    """A column's list of cards: arrows move between cards (Left and Right to the next column
    with any), Enter opens the card's application, Ctrl+Left / Ctrl+Right (or Alt+Shift+Left
    / Right) move the card itself; a card dropped here takes this column's status."""

    step_across = Signal(int)  # -1: to the column on the left, 1: on the right
    move_card = Signal(int)  # the same, for the card with the focus
    open_card = Signal(int)  # an application's id
    dropped = Signal(int)  # a card from another column, by its application's id
    drag_over = Signal(bool)  # a card that may be dropped here is over it (or no longer)
    dragged_at = Signal(QPoint)  # where a dragged card is, on the screen

    def __init__(self, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setUniformItemSizes(True)  # one height for all: thousands stay quick
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # the whole column takes a card, in its order
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(CardDelegate(self))
        self.doubleClicked.connect(self._open)

    def card_at(self, index: Index) -> Card | None:
        card = index.data(CARD_ROLE) if index.isValid() else None
        return card if isinstance(card, Card) else None

    def current_card(self) -> Card | None:
        return self.card_at(self.currentIndex())

    def _open(self, index: QModelIndex) -> None:
        card = self.card_at(index)
        if card is not None:
            self.open_card.emit(card.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                step = -step
            if mods in (Qt.KeyboardModifier.ControlModifier,
                        Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier):
                self.move_card.emit(step)
                event.accept()
                return
            if mods == Qt.KeyboardModifier.NoModifier:
                self.step_across.emit(step)
                event.accept()
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and mods == Qt.KeyboardModifier.NoModifier:
            self._open(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the focus ring

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    # --- dragging a card out, and in -----------------------------------------------------
    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        index = self.currentIndex()
        if self.card_at(index) is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData([index]))
        # The card as it is drawn, under the pointer where it was picked up.
        rect = self.visualRect(index)
        drag.setPixmap(self.viewport().grab(rect))
        drag.setHotSpot(self.viewport().mapFromGlobal(self.cursor().pos()) - rect.topLeft())
        drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def _takes(self, event: QDropEvent) -> int | None:
        """The card ``event`` carries when it may be dropped here: from another column."""
        found = decode(event.mimeData())
        return found[0] if found is not None and found[1] != self.status else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Any card is followed over any column (the board scrolls sideways under it, near
        # its edges); only another column's may be dropped.
        if decode(event.mimeData()) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.drag_over.emit(self._takes(event) is not None)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if decode(event.mimeData()) is None:
            event.ignore()
            return
        self.dragged_at.emit(self.viewport().mapToGlobal(event.position().toPoint()))
        if self._takes(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drag_over.emit(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drag_over.emit(False)
        ident = self._takes(event)
        if ident is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(ident)


class BoardColumn(QFrame):
    """A status's heading over its cards, framed as a card of the page."""

    def __init__(self, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        sheet.mark(self, Kind.CARD)
        self.heading = ColumnHeading(status, self)
        self.model = CardModel(status, self)
        self.view = CardView(status, self)
        self.view.setModel(self.model)
        self.view.setAccessibleDescription(self.tr(
            "Ctrl+Left and Ctrl+Right move the card to the column before or after; Enter "
            "opens it."))
        self.view.drag_over.connect(self._drag_over)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(BORDER, SPACE_S, BORDER, BORDER)
        lay.setSpacing(SPACE_XS)
        heading_row = QHBoxLayout()
        heading_row.setContentsMargins(CARD_GAP_X, 0, CARD_GAP_X, 0)
        heading_row.addWidget(self.heading)
        lay.addLayout(heading_row)
        lay.addWidget(self.view, 1)
        self._name()

    def _drag_over(self, on: bool) -> None:
        # Where the card would go, edged in the accent as the step to take next is.
        sheet.mark(self, Kind.CARD, State.NEXT.value if on else "")

    def _name(self) -> None:
        count = self.model.rowCount()
        self.heading.set_count(count)
        self.view.setAccessibleName(fill(
            self.tr("%1, %2", "a board's column: its status, then how many applications"),
            labels.status(self.status), tr("%Ln application(s)", "", count)))
        # Tab stops at columns with cards; an empty one has nothing to focus.
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus if count
                                 else Qt.FocusPolicy.NoFocus)

    def set_cards(self, cards: list[Card]) -> None:
        if self.model.set_cards(cards):
            self._name()


class ApplicationBoard(QWidget):
    """Every status's column side by side, sharing the width; sideways scrolling only where
    they would be narrower than a card can be read at."""

    move_requested = Signal(int, object)  # an application's id, the Status to move it to
    open_requested = Signal(int)  # an application's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected: int | None = None
        self.show_archived = QCheckBox(self.tr("Sho&w archived"), self)
        self.show_archived.setAccessibleName(self.tr("Show archived applications"))
        self.hint = QLabel(self.tr(
            "Drag a card to another column to change its status, or press Ctrl+Left or "
            "Ctrl+Right."), self)
        self.hint.setWordWrap(True)
        text.set_role(self.hint, TextRole.CAPTION)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.show_archived)

        self.columns: dict[Status, BoardColumn] = {}
        strip = QWidget(self)
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACE_XS)
        for status in ORDER:
            column = self.columns[status] = BoardColumn(status, strip)
            column.setMinimumWidth(self.fontMetrics().averageCharWidth() * COLUMN_CHARS)
            view = column.view
            view.step_across.connect(lambda step, c=column: self._step_across(c, step))
            view.move_card.connect(lambda step, c=column: self._move_card(c, step))
            view.open_card.connect(self.open_requested)
            view.dropped.connect(lambda ident, c=column: self._dropped(ident, c.status))
            view.dragged_at.connect(self._follow_drag)
            view.selectionModel().currentChanged.connect(
                lambda current, _previous, c=column: self._current_changed(c, current))
            row.addWidget(column, 1)
        self.area = QScrollArea(self)
        self.area.setWidget(strip)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setAccessibleName(self.tr("Applications by status"))

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.area, 1)

    # --- what it shows -------------------------------------------------------------------
    def set_cards(self, columns: dict[Status, list[Card]]) -> None:
        """Show these cards; the selected one stays selected wherever it is now, and when
        the keyboard was on the board, the focus follows it there."""
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        for status, column in self.columns.items():
            column.set_cards(columns.get(status, []))
        self.select_id(self._selected, focus=had_focus)

    def cards(self, status: Status) -> list[Card]:
        return self.columns[status].model.cards()

    def column_of(self, ident: int | None) -> BoardColumn | None:
        return next((c for c in self.columns.values() if c.model.row_of(ident) >= 0), None)

    def current_id(self) -> int | None:
        return self._selected

    def select_id(self, ident: int | None, *, focus: bool = False) -> bool:
        """Select an application's card (None: none); ``focus`` puts the keyboard there.
        False when no column shows it."""
        self._selected = ident
        found = self.column_of(ident)
        for column in self.columns.values():
            if column is not found:
                column.view.selectionModel().clear()
        if found is None:
            return False
        view = found.view
        index = found.model.index(found.model.row_of(ident), 0)
        if view.currentIndex() != index:
            view.setCurrentIndex(index)
        view.scrollTo(index)
        if focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_selected(self) -> None:
        """The keyboard to the selected card, or to the first column with any."""
        if not self.select_id(self._selected, focus=True):
            column = next((c for c in self.columns.values() if c.model.rowCount()), None)
            if column is not None:
                card = column.model.cards()[0]
                self.select_id(card.id, focus=True)

    # --- the person's moves --------------------------------------------------------------
    def _current_changed(self, column: BoardColumn, current: QModelIndex) -> None:
        card = column.view.card_at(current)
        if card is None:
            return
        self._selected = card.id
        for other in self.columns.values():
            if other is not column:
                other.view.selectionModel().clear()
        self.area.ensureWidgetVisible(column, 0, 0)

    def _step_across(self, source: BoardColumn, step: int) -> None:
        """To the card level with the focused one in the next column (with cards) that way."""
        current = source.view.currentIndex()
        rect = source.view.visualRect(current) if current.isValid() else QRect()
        at = ORDER.index(source.status) + step
        while 0 <= at < len(ORDER):
            column = self.columns[ORDER[at]]
            count = column.model.rowCount()
            if count:
                view = column.view
                y = view.viewport().mapFrom(source.view.viewport(), rect.center()).y() \
                    if rect.isValid() else 0
                index = view.indexAt(QPoint(view.viewport().width() // 2, y))
                if not index.isValid():
                    row = min(max(current.row(), 0), count - 1) if y > 0 else 0
                    index = column.model.index(row, 0)
                view.setCurrentIndex(index)
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            at += step

    def _move_card(self, source: BoardColumn, step: int) -> None:
        card = source.view.current_card()
        at = ORDER.index(source.status) + step
        if card is None or not 0 <= at < len(ORDER):
            return
        self._selected = card.id  # the focus follows it to its new column
        self.move_requested.emit(card.id, ORDER[at])

    def _follow_drag(self, at: QPoint) -> None:
        """A card dragged near the board's left or right edge: the columns out of sight that
        way come into it, a step at a time."""
        viewport = self.area.viewport()
        x = viewport.mapFromGlobal(at).x()
        edge = EDGE_CHARS * self.fontMetrics().averageCharWidth()
        bar = self.area.horizontalScrollBar()
        if x < edge:
            bar.setValue(bar.value() - edge // 2)
        elif x > viewport.width() - edge:
            bar.setValue(bar.value() + edge // 2)

    def _dropped(self, ident: int, status: Status) -> None:
        self._selected = ident
        # After the drop has finished: the move may ask a question (unsaved edits) or show
        # another page, which a drag under way must not be in the middle of.
        QTimer.singleShot(0, self, lambda: self.move_requested.emit(ident, status))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for column in self.columns.values():
                column.setMinimumWidth(self.fontMetrics().averageCharWidth() * COLUMN_CHARS)
