"""The program's icons: one open set (Phosphor, MIT: resources/icons/phosphor), drawn from
their SVGs in the palette's colours at whatever size and pixel ratio they are shown, so they
are sharp at 2× and follow Light, Dark and the desktop's own colours without being set again.

Every action that deserves an icon names it here (:class:`Icon`), so the set stays one set.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from bounceback import paths
from bounceback.ui.theme import palette as theme_palette

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


class Icon(StrEnum):
    """Phosphor's name for each icon the program uses."""

    NEW = "plus"
    APPLICATION = "briefcase"
    CHECK_IN = "heart"
    SAVE = "floppy-disk"
    BACK_UP = "archive"
    RESTORE = "clock-counter-clockwise"
    EXPORT = "export"
    IMPORT = "download-simple"
    SETTINGS = "gear-six"
    PRIVACY = "shield-check"
    LOCK = "lock-simple"
    QUIT = "sign-out"
    SEARCH = "magnifying-glass"
    EVENTS = "list-bullets"
    TODAY = "sun"
    PLAN = "plant"
    TIMELINE = "clock"
    FEEDBACK = "chat-circle-text"
    REVIEW = "clipboard-text"
    GUIDE = "book-open"
    WELCOME = "hand-waving"
    SHORTCUTS = "keyboard"
    ABOUT = "info"
    DELETE = "trash"
    EDIT = "pencil-simple"
    COPY = "copy"
    MAIL = "envelope-simple"
    CHART = "chart-line"
    CLOSE = "x"
    PEOPLE = "users"
    SEND = "paper-plane-tilt"
    ATTACH = "paperclip"
    DOCUMENT = "file-text"
    BOARD = "kanban"


class Tone(StrEnum):
    TEXT = "text"  # an action's icon: the colour of the words beside it
    MUTED = "muted"  # a quiet picture (an empty list's)
    ACCENT = "accent"  # the program's one colour, as a mark


# Where the set is, its version and licence (Help → About lists them).
SET_NAME = "Phosphor Icons"
SET_VERSION = "2.1.1"
SET_LICENCE = "MIT"


@cache
def _svg(name: str) -> bytes:
    return (paths.resources_dir() / "icons" / "phosphor" / f"{name}.svg").read_bytes()


def colour_for(tone: Tone, mode: QIcon.Mode, pal: QPalette) -> QColor:
    """The colour an icon of ``tone`` is drawn in, in ``mode``, with palette ``pal``."""
    if mode == QIcon.Mode.Disabled:
        return pal.color(_Group.Disabled, _Role.WindowText)
    if mode == QIcon.Mode.Selected:
        return pal.color(_Group.Active, _Role.HighlightedText)
    if tone == Tone.ACCENT:
        return theme_palette.accent_mark(pal)
    if tone == Tone.MUTED:
        return pal.color(_Group.Active, _Role.PlaceholderText)
    return pal.color(_Group.Active, _Role.WindowText)


class _Engine(QIconEngine):
    """Draws one SVG filled with the palette's colour for the tone and the mode."""

    def __init__(self, name: str, tone: Tone) -> None:
        super().__init__()
        self.name = name
        self.tone = tone
        # A few pixmaps per (size, ratio, mode, colour): drawing an SVG is not free, and a
        # list or a menu asks again at every paint.
        self._pixmaps: dict[tuple[int, int, int, int, int], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _Engine(self.name, self.tone)

    def key(self) -> str:
        return "bounceback-phosphor"

    def iconName(self) -> str:
        return self.name

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())  # the icons are square
        return QSize(side, side)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        side = min(rect.width(), rect.height())
        pixmap = self.scaledPixmap(QSize(side, side), mode, state, ratio)
        x = rect.x() + (rect.width() - side) // 2
        y = rect.y() + (rect.height() - side) // 2
        painter.drawPixmap(QPoint(x, y), pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        colour = colour_for(self.tone, mode, QGuiApplication.palette())
        key = (side, round(scale * 100), int(mode.value), colour.rgba(), 0)
        found = self._pixmaps.get(key)
        if found is not None:
            return found
        if len(self._pixmaps) > 32:  # sizes and palettes come and go: keep a few
            self._pixmaps.clear()
        pixels = max(1, round(side * scale))
        svg = _svg(self.name).replace(b"currentColor", colour.name().encode())
        renderer = QSvgRenderer(QByteArray(svg))
        image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)  # transparent
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, pixels, pixels))
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        self._pixmaps[key] = pixmap
        return pixmap


@cache
def icon(which: Icon, tone: Tone = Tone.TEXT) -> QIcon:
    """The icon ``which``, drawn in ``tone``. Kept for the program's life: one engine per
    icon and tone, shared by every button and menu that shows it."""
    return QIcon(_Engine(which.value, tone))
