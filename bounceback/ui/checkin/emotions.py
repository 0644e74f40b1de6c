"""Naming feelings: the vocabulary as checkable chips in groups, and for every feeling picked
a slider for how strong it is.

The chips are one Tab stop, like a toolbar's buttons (issue 18): Tab comes to the feeling
last in focus (the first one at the start), the arrow keys go from feeling to feeling, Home
and End to the first and the last, Space or Enter picks or drops the one in focus, and the
next Tab leaves for the rest of the form. Only that one chip takes Tab focus; the others
are reached by the arrows or a click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from bounceback.services import vocabulary as vocab
from bounceback.ui.checkin.flow import FlowLayout
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill
from bounceback.ui.theme import tints
from bounceback.ui.theme.text import font as role_font
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import FeelingFamily, TextRole

DEFAULT_INTENSITY = 5


def small(label: QLabel) -> QLabel:
    set_role(label, TextRole.CAPTION)
    return label


class Chip(QPushButton):
    """A feeling to pick. Picked chips show a tick and bold text, so the state never depends
    on how a style shades a pressed button; the size stays put, so nothing jumps."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self.label = label
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setAccessibleName(label)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggled.connect(self._show_state)

    def _show_state(self, on: bool) -> None:
        set_role(self, TextRole.STRONG if on else TextRole.BODY)
        self.setText(f"✓ {self.label}" if on else self.label)

    def set_picked(self, on: bool) -> None:
        """Check or uncheck without telling anyone (for loading a check-in)."""
        was = self.blockSignals(True)
        self.setChecked(on)
        self.blockSignals(was)
        self._show_state(on)

    def sizeHint(self) -> QSize:
        # Sized for the picked look (tick, bold), whichever look it has now.
        bold = role_font(TextRole.STRONG, self.font())
        text = QSize(QFontMetrics(bold).horizontalAdvance(f"✓ {self.label}"),
                     QFontMetrics(bold).height())
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, opt, text, self)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class ScaleRow:
    """A slider with words at both ends and the number it is at, for one 1–10 scale."""

    def __init__(self, parent: QWidget, low: str, high: str, lo: int, hi: int) -> None:
        self.slider = QSlider(Qt.Orientation.Horizontal, parent)
        self.slider.setRange(lo, hi)
        self.slider.setPageStep(2)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setMinimumWidth(140)
        self.low = small(QLabel(low, parent))
        self.high = small(QLabel(high, parent))
        self.number = QLabel(parent)
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance("100"))
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.slider.valueChanged.connect(lambda v: self.number.setText(str(v)))
        self.number.setText(str(self.slider.value()))

    def place(self, grid: QGridLayout, row: int, first_column: int) -> None:
        for i, w in enumerate((self.low, self.slider, self.high, self.number)):
            grid.addWidget(w, row, first_column + i)

    def widgets(self) -> list[QWidget]:
        return [self.low, self.slider, self.high, self.number]


def feeling_scale(parent: QWidget, key: str, intensity: int,
                  accessible_name: str) -> tuple[QLabel, ScaleRow]:
    """A feeling's name and a slider for how strong it is, the name the slider's buddy.

    Both the feelings picked and how strong they are after coping use this row, so the two
    read alike. ``accessible_name`` is the slider's, with ``%1`` for the feeling.
    """
    feeling = labels.emotion(key)
    name = QLabel(feeling, parent)
    scale = ScaleRow(parent, QCoreApplication.translate("checkin", "a little"),
                     QCoreApplication.translate("checkin", "overwhelming"),
                     vocab.INTENSITY_MIN, vocab.INTENSITY_MAX)
    scale.slider.setValue(intensity)
    scale.slider.setAccessibleName(fill(accessible_name, feeling))
    name.setBuddy(scale.slider)
    return name, scale


# The keys that move between the chips.
_MOVES = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
          Qt.Key.Key_End)
_PRESSES = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EmotionPicker(QWidget):
    """Emits ``edited`` when a feeling is picked or dropped, or its strength changes.

    The chips are one Tab stop (see the module's doc): ``stop`` is the chip Tab comes to.
    """

    edited = Signal()
    # A feeling was picked or dropped: the sliders (and so the Tab order) changed.
    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: dict[str, Chip] = {}
        # The feelings picked, in the order they were picked, with their sliders.
        self.rows: dict[str, tuple[QLabel, ScaleRow]] = {}

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        for group in vocab.EMOTION_GROUPS:
            heading = small(QLabel(labels.emotion_group(group.label), self))
            lay.addWidget(heading)
            holder = QWidget(self)
            # Each family is a named group to a screen reader ("Shock", "Anger" …), as it
            # is to the eye under its heading.
            holder.setAccessibleName(labels.emotion_group(group.label))
            holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            flow = FlowLayout(holder)
            for word in group.emotions:
                chip = Chip(labels.emotion(word.key), holder)
                tints.tint(chip, FeelingFamily(group.key))
                chip.setAccessibleDescription(labels.emotion_group(group.label))
                chip.toggled.connect(lambda on, k=word.key: self._toggled(k, on))
                # Reached by the arrow keys or a click; only the stop takes Tab.
                chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
                chip.installEventFilter(self)
                flow.addWidget(chip)
                self.chips[word.key] = chip
            lay.addWidget(holder)
            lay.addSpacing(4)
        # A label's Alt+letter comes to the picker, which hands the focus on to the stop (a
        # buddy that is a chip would be clicked, too). Not a Tab stop of its own. (Not a
        # focus proxy: Qt reorders the Tab chain around a widget's proxy each time it is
        # set, and this one changes with every arrow key.)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.stop = next(iter(self.chips.values()))
        self._rove_to(self.stop)

        self.strength_heading = QLabel(self.tr("How strong is each feeling?"), self)
        set_role(self.strength_heading, TextRole.STRONG)
        self.strength_hint = small(QLabel(self.tr(
            "Pick the feelings that fit above; each one gets a slider here."), self))
        self.strength_hint.setWordWrap(True)
        self.grid_holder = QWidget(self)
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setColumnStretch(2, 1)
        lay.addSpacing(6)
        lay.addWidget(self.strength_heading)
        lay.addWidget(self.strength_hint)
        lay.addWidget(self.grid_holder)

    # --- reading and writing -------------------------------------------------------------
    def value(self) -> tuple[tuple[str, int], ...]:
        return tuple((k, scale.slider.value()) for k, (_label, scale) in self.rows.items())

    def set_value(self, emotions: tuple[tuple[str, int], ...]) -> None:
        was = self.blockSignals(True)
        try:
            for key in list(self.rows):
                self._remove_row(key)
            for each in self.chips.values():
                each.set_picked(False)
            for key, intensity in emotions:
                chip = self.chips.get(key)
                if chip is None:  # a word no longer offered: keep it, so nothing is lost
                    self._add_row(key, intensity)
                    continue
                chip.set_picked(True)
                self._add_row(key, intensity)
            self._relayout()
        finally:
            self.blockSignals(was)

    def focus_first(self) -> None:
        first = next(iter(self.chips.values()))
        self._rove_to(first)
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_widgets(self) -> list[QWidget]:
        """The widgets a Tab key walks through, in the order they are seen: every chip,
        for its place in the chain (Tab stops only at the one that takes it), then the
        sliders."""
        return [*self.chips.values(), *(scale.slider for _l, scale in self.rows.values())]

    def slider(self, key: str) -> QSlider:
        return self.rows[key][1].slider

    # --- the keyboard --------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.stop.setFocus(event.reason())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, Chip):
            if event.type() == QEvent.Type.FocusIn:
                self._rove_to(watched)  # clicked, or reached by the arrow keys
            elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                    and self._key(watched, event):
                return True
        return super().eventFilter(watched, event)

    def _key(self, chip: Chip, event: QKeyEvent) -> bool:
        """Answer an arrow, Home, End or Enter on ``chip``; False for any other key (Space
        is the button's own, Tab the window's)."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if mods != Qt.KeyboardModifier.NoModifier or key not in (*_MOVES, *_PRESSES):
            return False
        if key in _PRESSES:
            chip.click()
            return True
        target = self._next(chip, Qt.Key(key))
        if target is not None and target is not chip:
            # Moved by the keyboard, as by Tab: drawn with the focus frame (a focus from any
            # other reason clears the window's WA_KeyboardFocusChange).
            target.setFocus(Qt.FocusReason.TabFocusReason)
            self.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
            self._show(target)
        return True  # at the end of the row: stay, rather than scroll the page away

    def _next(self, chip: Chip, key: Qt.Key) -> Chip | None:
        """The chip ``key`` moves to from ``chip``; None when there is none that way."""
        order = list(self.chips.values())
        here = order.index(chip)
        if key == Qt.Key.Key_Home:
            return order[0]
        if key == Qt.Key.Key_End:
            return order[-1]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            forward = (key == Qt.Key.Key_Right) != (
                self.layoutDirection() == Qt.LayoutDirection.RightToLeft)
            there = here + (1 if forward else -1)
            return order[there] if 0 <= there < len(order) else None
        return self._vertical(chip, down=key == Qt.Key.Key_Down)

    def _vertical(self, chip: Chip, *, down: bool) -> Chip | None:
        """The chip just above or below ``chip`` as they are laid out, so the arrows follow
        what is seen at any width: on the nearest line that way (within the family when it
        wraps, else in the family before or after), the one nearest across."""

        def rect(c: Chip) -> QRect:
            return QRect(c.mapTo(self, QPoint(0, 0)), c.size())

        mid = rect(chip).center()
        lines = [c for c in self.chips.values()
                 if (rect(c).top() > mid.y() if down else rect(c).bottom() < mid.y())]
        if not lines:
            return None
        line = (min if down else max)(rect(c).top() for c in lines)
        return min((c for c in lines if rect(c).top() == line),
                   key=lambda c: abs(rect(c).center().x() - mid.x()))

    def _rove_to(self, chip: Chip) -> None:
        """Make ``chip`` the one Tab comes to."""
        if chip is not self.stop:
            self.stop.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.stop = chip
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _show(self, chip: Chip) -> None:
        """Scroll a page the picker is on to ``chip`` (the arrows may leave the view)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(chip)

    # --- rows ----------------------------------------------------------------------------
    def _toggled(self, key: str, on: bool) -> None:
        if on and key not in self.rows:
            self._add_row(key, DEFAULT_INTENSITY)
        elif not on and key in self.rows:
            self._remove_row(key)
        self._relayout()
        self.rows_changed.emit()
        self.edited.emit()

    def _add_row(self, key: str, intensity: int) -> None:
        name, scale = feeling_scale(self.grid_holder, key, intensity, self.tr("How strong: %1"))
        scale.slider.valueChanged.connect(self.edited)
        self.rows[key] = (name, scale)

    def _remove_row(self, key: str) -> None:
        name, scale = self.rows.pop(key)
        for w in (name, *scale.widgets()):
            self.grid.removeWidget(w)
            w.hide()
            w.deleteLater()

    def _relayout(self) -> None:
        for name, scale in self.rows.values():
            for w in (name, *scale.widgets()):
                self.grid.removeWidget(w)
        for i, (name, scale) in enumerate(self.rows.values()):
            self.grid.addWidget(name, i, 0)
            scale.place(self.grid, i, 1)
            name.show()
            for w in scale.widgets():
                w.show()
        self.strength_hint.setVisible(not self.rows)
        self.grid_holder.setVisible(bool(self.rows))
