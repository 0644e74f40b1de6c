"""A feeling's chip in its family's tint, through the chip's own palette: Fusion then draws
it as any button (its focus frame only when the keyboard brought the focus), where a style
sheet would draw it by itself and lose that. Retinted whenever the application's palette
changes (Light, Dark, the desktop's own), from the theme's light or dark tints."""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from bounceback.ui.theme.palette import is_dark
from bounceback.ui.theme.tokens import FAMILY_TINTS, FeelingFamily

FAMILY = "bbFamily"
_tinted: weakref.WeakKeyDictionary[QWidget, FeelingFamily] = weakref.WeakKeyDictionary()


def tint(widget: QWidget, family: FeelingFamily) -> None:
    """Draw ``widget`` (a feeling's chip) in ``family``'s tint, now and after any change of
    the application's palette."""
    _follow_the_palette()
    _tinted[widget] = family
    widget.setProperty(FAMILY, family.value)
    _apply(widget, family)


def tint_of(family: FeelingFamily, palette: QPalette) -> QColor:
    light, dark = FAMILY_TINTS[family]
    return QColor(dark if is_dark(palette) else light)


def retint_all() -> None:
    for widget, family in list(_tinted.items()):
        # The Python side can outlive its widget (a closed window): skip those.
        if shiboken6.isValid(widget):
            _apply(widget, family)
        else:
            _tinted.pop(widget, None)


class _Follower(QObject):
    """Tints again from a palette set later (View → Appearance, the desktop's own)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is self.parent():
            retint_all()
        return False


_FOLLOWING = "bbTintsFollowPalette"


def _follow_the_palette() -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property(_FOLLOWING) is None:
        app.installEventFilter(_Follower(app))
        app.setProperty(_FOLLOWING, True)


def _apply(widget: QWidget, family: FeelingFamily) -> None:
    pal = QPalette(QApplication.palette())
    colour = tint_of(family, pal)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Button, colour)
    widget.setPalette(pal)
