"""A feeling's chip in its family's tint, through the chip's own palette: Fusion then draws
it as any button (its focus frame only when the keyboard brought the focus), where a style
sheet would draw it by itself and lose that. Retinted whenever the application's palette
changes (Light, Dark, the desktop's own), from the theme's light or dark tints."""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from bounceback.ui.theme import follow
from bounceback.ui.theme.palette import is_dark
from bounceback.ui.theme.tokens import FAMILY_TINTS, FeelingFamily

FAMILY = "bbFamily"
_tinted: weakref.WeakKeyDictionary[QWidget, FeelingFamily] = weakref.WeakKeyDictionary()


def tint(widget: QWidget, family: FeelingFamily) -> None:
    """Draw ``widget`` (a feeling's chip) in ``family``'s tint, now and after any change of
    the application's palette."""
    follow.on_change(_retint)
    _tinted[widget] = family
    widget.setProperty(FAMILY, family.value)
    _apply(widget, family)


def tint_of(family: FeelingFamily, palette: QPalette) -> QColor:
    light, dark = FAMILY_TINTS[family]
    return QColor(dark if is_dark(palette) else light)


def _retint(_app: QApplication) -> None:
    retint_all()


def retint_all() -> None:
    for widget, family in list(_tinted.items()):
        # The Python side can outlive its widget (a closed window): skip those.
        if shiboken6.isValid(widget):
            _apply(widget, family)
        else:
            _tinted.pop(widget, None)


def _apply(widget: QWidget, family: FeelingFamily) -> None:
    pal = QPalette(QApplication.palette())
    colour = tint_of(family, pal)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Button, colour)
    widget.setPalette(pal)
