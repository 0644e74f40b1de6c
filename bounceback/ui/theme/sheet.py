"""The one style sheet: what a palette can't say (a card's rounded edge, the next step's
accent edge, a state's tinted label, the weight of a button's words; a feeling's family tint is
tints.py's). Made from the application palette's colours, and made again whenever the palette
changes (Light, Dark, the desktop's own); widgets are matched by what they are (``mark``),
never styled one by one."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from bounceback.ui.theme import controls, follow, tints
from bounceback.ui.theme import palette as palette_module
from bounceback.ui.theme import text as text_module
from bounceback.ui.theme.tokens import (
    BORDER,
    DARK,
    LIGHT,
    RADIUS,
    SPACE_S,
    SPACE_XS,
    TYPE_SCALE,
    TextRole,
)

_Role = QPalette.ColorRole
KIND = "bbKind"
STATE = "bbState"


class Kind(StrEnum):
    CARD = "card"  # a framed group on a page: a plan step, a Today card
    CHIP = "chip"  # a small label with a tint: a step's state, a feeling
    EMPTY = "empty"  # the calm note of an empty list


class State(StrEnum):
    NONE = ""
    NEXT = "next"  # the step to take now
    DONE = "done"
    IN_PROGRESS = "in_progress"
    SKIPPED = "skipped"
    NOT_STARTED = "not_started"


def mark(widget: QWidget, kind: Kind, state: str = "") -> None:
    """Say what ``widget`` is (and its state) for the style sheet; restyled at once."""
    if widget.property(KIND) == kind.value and (widget.property(STATE) or "") == state:
        return
    widget.setProperty(KIND, kind.value)
    widget.setProperty(STATE, state)
    _polish(widget)


def unmark(widget: QWidget) -> None:
    """``widget`` is nothing particular any more (a card shown bare); restyled at once."""
    if not widget.property(KIND) and not widget.property(STATE):
        return
    widget.setProperty(KIND, "")
    widget.setProperty(STATE, "")
    _polish(widget)


def _polish(widget: QWidget) -> None:
    # A dynamic property is read when a widget is polished: polish again to show a change.
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def install(app: QApplication) -> None:
    """The theme's one style sheet on the whole application, in the colours of its palette,
    and kept in them: a new palette (Light, Dark, the desktop's own changing) or font brings
    the sheet made from it."""
    _set(app)
    follow.on_change(_follow)
    controls.install(app)


def _follow(app: QApplication) -> None:
    if app.styleSheet():  # only once installed: a test may run with no sheet at all
        _set(app)


def _set(app: QApplication) -> None:
    # Set only when it changes: a new sheet polishes every widget again.
    wanted = build(app.palette())
    if app.styleSheet() != wanted:
        app.setStyleSheet(wanted)
        # Polishing under a new sheet puts back each widget's first palette: the feelings'
        # tints are given again after it (whichever was told of the change first).
        tints.retint_all()


def build(pal: QPalette) -> str:
    """The whole sheet for palette ``pal``: its own colours, with the theme's tints for a
    light or a dark palette."""
    dark = palette_module.is_dark(pal)
    c = DARK if dark else LIGHT
    base = pal.color(_Role.Base).name()
    mid = pal.color(_Role.Mid).name()
    text = pal.color(_Role.Text).name()
    alternate = pal.color(_Role.AlternateBase).name()
    mark_colour = palette_module.accent_mark(pal).name()
    # Each kind of text, for every widget that says its role: the sheet's fonts outlast what
    # setFont gave (Qt puts back a widget's first font whenever a new sheet polishes it).
    roles = "\n".join(_role_rule(role) for role in TYPE_SCALE)
    return f"""
QFrame[{KIND}="card"] {{
    background: {base};
    border: {BORDER}px solid {mid};
    border-radius: {RADIUS}px;
}}
QFrame[{KIND}="card"][{STATE}="next"] {{
    border: {2 * BORDER}px solid {mark_colour};
}}
QLabel[{KIND}="chip"] {{
    border-radius: {RADIUS}px;
    padding: {SPACE_XS // 2}px {SPACE_S}px;
    background: {alternate};
    color: {text};
}}
QLabel[{KIND}="chip"][{STATE}="done"] {{
    background: {_tint(c.success, base, 0.16)};
}}
QLabel[{KIND}="chip"][{STATE}="in_progress"] {{
    background: {_tint(mark_colour, base, 0.16)};
}}
QLabel[{KIND}="chip"][{STATE}="skipped"] {{
    background: {_tint(c.text_muted, base, 0.14)};
}}
QAbstractItemView::item {{
    padding: 0px {SPACE_XS}px;
}}
QLabel[{KIND}="empty"] {{
    color: {text};
    padding: {SPACE_S * 3}px;
}}
{roles}
"""


def _role_rule(role: TextRole) -> str:
    kind = TYPE_SCALE[role]
    size = QApplication.font().pointSizeF()
    parts = [f"font-weight: {'bold' if kind.bold else 'normal'};",
             f"font-style: {'italic' if kind.italic else 'normal'};"]
    if size > 0:  # a font given in pixels keeps its size
        parts.append(f"font-size: {size * kind.scale:.2f}pt;")
    if kind.struck:
        parts.append("text-decoration: line-through;")
    return f'*[{text_module.ROLE_PROPERTY}="{role.value}"] {{ {" ".join(parts)} }}'


def _tint(colour: str, over: str, share: float) -> str:
    """``share`` of ``colour`` laid over ``over``, as one opaque colour."""
    return palette_module.blend(QColor(colour), QColor(over), share).name()
