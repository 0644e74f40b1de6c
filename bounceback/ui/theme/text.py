"""The type scale, applied: each kind of text gets its font from ``tokens.TYPE_SCALE``,
relative to the font it would have had (so a large system font scales every size)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from bounceback.ui.theme.tokens import TYPE_SCALE, TextRole

ROLE_PROPERTY = "bbTextRole"


def font(role: TextRole, base: QFont | None = None) -> QFont:
    """``base`` (the application's font when None) as text of ``role``."""
    out = QFont(base) if base is not None else QFont()
    kind = TYPE_SCALE[role]
    if kind.scale != 1.0 and out.pointSizeF() > 0:
        out.setPointSizeF(out.pointSizeF() * kind.scale)
    out.setBold(kind.bold)
    out.setItalic(kind.italic)
    out.setStrikeOut(kind.struck)
    return out


def set_role(widget: QWidget, role: TextRole) -> None:
    """Show ``widget``'s text as ``role`` (it can change: a step's line turns STRONG once it
    is ready). Scaled from the font of the widget's parent, never compounded."""
    parent = widget.parentWidget()
    base = parent.font() if parent is not None else QFont()
    # Under the theme's style sheet a font is the sheet's to give (Qt puts back a widget's
    # first font whenever a new sheet polishes it), so the sheet says each role's font too
    # (sheet.py), read once the widget is polished with its new role; setFont serves where
    # no sheet is on. Polished again only when the role changes (a refresh sets the same).
    if widget.property(ROLE_PROPERTY) != role.value:
        widget.setProperty(ROLE_PROPERTY, role.value)
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
    widget.setFont(font(role, base))


def role_of(widget: QWidget) -> TextRole | None:
    value = widget.property(ROLE_PROPERTY)
    return TextRole(value) if value else None
