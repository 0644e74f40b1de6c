"""After coping: how strong each feeling is now, and what that has taught about which ways of
coping help this person. Only words here, no charts, and nothing counted as a score."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSlider, QVBoxLayout, QWidget

from bounceback.services.checkins import CopingEffect
from bounceback.ui.checkin.emotions import ScaleRow, feeling_scale, small
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill, plural_count, tr
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

# How many ways of coping "What helps you" names, most helpful first.
EFFECTS_SHOWN = 3
# Changes smaller than this (in points, on average) read as "about the same".
SAME = 0.5


def in_sentence(text: str) -> str:
    """A coping method's label inside a sentence: "A walk outside" → "a walk outside"."""
    first = text.split(" ", 1)[0]
    # "A walk", "Rest and …" read lower-case mid-sentence; a name like "HIIT" stays as it is.
    if first[:1].isupper() and (len(first) == 1 or first[1:].islower()):
        return text[0].lower() + text[1:]
    return text


def _points(value: float) -> str:
    amount = abs(value)
    return fill(tr("%1 point(s)", "", plural_count(amount)), labels.number(amount, 1))


def _times(uses: int) -> str:
    # In English "once", "twice", "3 times": the plural forms say "once" for one.
    return tr("twice") if uses == 2 else tr("%Ln time(s)", "", uses)


def describe(effect: CopingEffect) -> str:
    """One plain sentence about one way of coping, from the person's own check-ins."""
    name = labels.coping(effect.method)
    if effect.average_change <= -SAME:
        text = tr("%1 eased your feelings by %2 on average (%3).")
    elif effect.average_change >= SAME:
        text = tr("After %1, your feelings were %2 stronger on average (%3).")
        name = in_sentence(name)
    else:
        text = tr("After %1, your feelings stayed about the same (%3).")
        name = in_sentence(name)
    return fill(text, name, _points(effect.average_change), _times(effect.uses))



def describe_all(effects: list[CopingEffect]) -> str:
    return "\n".join(describe(e) for e in effects[:EFFECTS_SHOWN])


class Afterwards(QWidget):
    """"Done with a walk outside? How strong is each feeling now?" — one slider per feeling
    named in the check-in, revealed by a check box so it stays optional.

    ``value()`` is empty unless the box is ticked. Emits ``edited`` on every change and
    ``rows_changed`` when the sliders (and so the Tab order) change.
    """

    edited = Signal()
    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, tuple[QLabel, ScaleRow, QLabel]] = {}
        self._before: dict[str, int] = {}

        self.heading = QLabel(self)
        set_role(self.heading, TextRole.STRONG)
        self.heading.setWordWrap(True)
        self.hint = small(QLabel(self.tr(
            "Once you have spent the time, a moment here shows which ways of coping help you."),
            self))
        self.hint.setWordWrap(True)
        self.record = QCheckBox(self.tr("&Record how I feel now"), self)
        self.record.setAccessibleName(self.tr("Record how I feel now"))
        self.grid_holder = QWidget(self)
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setColumnStretch(2, 1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.heading)
        lay.addWidget(self.hint)
        lay.addWidget(self.record)
        lay.addWidget(self.grid_holder)
        self.record.toggled.connect(self._record_toggled)
        self.grid_holder.hide()

    # --- reading and writing -------------------------------------------------------------
    def set_method(self, text: str) -> None:
        self.heading.setText(fill(self.tr("Done with %1? How strong is each feeling now?"), text))

    def set_value(self, emotions: tuple[tuple[str, int], ...],
                  after: tuple[tuple[str, int], ...]) -> None:
        """Load a check-in: its feelings, and how strong they were afterwards (if recorded)."""
        was = self.blockSignals(True)
        try:
            for key in list(self.rows):
                self._remove_row(key)
            self.follow(emotions, dict(after))
            self.record.setChecked(bool(after))
        finally:
            self.blockSignals(was)
        self.grid_holder.setVisible(bool(after))

    def follow(self, emotions: tuple[tuple[str, int], ...],
               values: dict[str, int] | None = None) -> None:
        """Keep one slider per feeling named above. A new one starts where the feeling was
        before coping; sliders already there keep their value."""
        self._before = dict(emotions)
        keys = [k for k, _ in emotions]
        changed = False
        for key in [k for k in self.rows if k not in self._before]:
            self._remove_row(key)
            changed = True
        for key, before in emotions:
            if key not in self.rows:
                self._add_row(key, (values or {}).get(key, before))
                changed = True
            self.rows[key][2].setText(fill(self.tr("was %1"), before))
        if changed:
            self.rows = {k: self.rows[k] for k in keys}
            self._relayout()
            self.rows_changed.emit()

    def value(self) -> tuple[tuple[str, int], ...]:
        if not self.record.isChecked():
            return ()
        return tuple((k, scale.slider.value()) for k, (_n, scale, _w) in self.rows.items())

    def focus_widgets(self) -> list[QWidget]:
        return [self.record, *(scale.slider for _n, scale, _w in self.rows.values())]

    def slider(self, key: str) -> QSlider:
        return self.rows[key][1].slider

    # --- rows ----------------------------------------------------------------------------
    def _record_toggled(self, on: bool) -> None:
        self.grid_holder.setVisible(on)
        self.rows_changed.emit()
        self.edited.emit()

    def _add_row(self, key: str, intensity: int) -> None:
        name, scale = feeling_scale(self.grid_holder, key, intensity,
                                    self.tr("How strong now: %1"))
        was = small(QLabel(self.grid_holder))
        scale.slider.valueChanged.connect(self.edited)
        self.rows[key] = (name, scale, was)

    def _remove_row(self, key: str) -> None:
        name, scale, was = self.rows.pop(key)
        for w in (name, *scale.widgets(), was):
            self.grid.removeWidget(w)
            w.hide()
            w.deleteLater()

    def _relayout(self) -> None:
        for name, scale, was in self.rows.values():
            for w in (name, *scale.widgets(), was):
                self.grid.removeWidget(w)
        for i, (name, scale, was) in enumerate(self.rows.values()):
            self.grid.addWidget(name, i, 0)
            scale.place(self.grid, i, 1)
            self.grid.addWidget(was, i, 5)
            for w in (name, *scale.widgets(), was):
                w.show()
