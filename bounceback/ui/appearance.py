"""View → Appearance: follow the system's light or dark, or always light, or always dark.

Light and Dark draw with the Fusion style and a palette of their own: Fusion paints with the
application palette on every platform (the native Windows and macOS styles ignore it).
System gives back the style and palette the program started with, so a desktop's own theme
is left as it was, and a later switch of the desktop between light and dark is followed.

Every widget, chart and rich text reads its colours from the application palette, so one
``QApplication.setPalette`` is all a switch needs: open windows follow at once. The look of
each mode is the theme's (bounceback/ui/theme: its colours, made into a palette, and one
style sheet for cards and chips); this module only chooses and applies.

Fusion, in every mode that draws with it, is wrapped in :class:`FocusStyle`: Fusion shows
the tab with the keyboard focus only as a faint tint, and the window's tabs are reached by
Tab like any control (issue 18).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionHeader,
    QStyleOptionTab,
    QWidget,
)

from bounceback.ui.theme import palette as theme_palette
from bounceback.ui.theme import sheet, tokens

# Not under "general": QSettings writes that group as [%General] and a later start reads
# it back as "General", so the choice would be lost.
SETTING = "view/appearance"
SYSTEM, LIGHT, DARK_MODE = "system", "light", "dark"
MODES = (SYSTEM, LIGHT, DARK_MODE)
STYLE = "Fusion"

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# The style the program started with, kept for System (the first switch records it).
_started_style: str | None = None
_current = SYSTEM


# How far a focus ring stands out from what is around it, at the least (WCAG's 3:1 for
# the parts of a control).
RING_CONTRAST = 3.0


def _luminance(colour: QColor) -> float:
    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours, 1 to 21."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ring_colour(palette: QPalette) -> QColor:
    """The colour of a focus ring: the accent as a mark where it stands out on the
    window's colour, else the text's (a desktop's palette with a deep highlight)."""
    mark = theme_palette.accent_mark(palette)
    if contrast(mark, palette.color(_Role.Window)) >= RING_CONTRAST:
        return mark
    return palette.color(_Role.WindowText)


class FocusStyle(QProxyStyle):
    """Fusion, with the tab that has the keyboard focus ringed: Fusion only tints it, which
    can't be told from the other tabs at a glance. Drawn, like Fusion's own focus frames,
    only when the focus came from the keyboard, in the palette's colours (light and dark
    alike)."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create(STYLE))

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,
                    painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.ControlElement.CE_HeaderLabel \
                and isinstance(option, QStyleOptionHeader) and _arrow_on_title(option):
            # A title at the right of its column (over dates, numbers) ends clear of the
            # sort arrow: Fusion leaves the arrow's place in the title's room.
            option = QStyleOptionHeader(option)
            room = self.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, option, widget)
            option.rect = option.rect.adjusted(0, 0, -(room // 2), 0)
        super().drawControl(element, option, painter, widget)
        focus = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if element == QStyle.ControlElement.CE_TabBarTab \
                and isinstance(option, QStyleOptionTab) and option.state & focus == focus:
            width = max(2, round(option.fontMetrics.height() / 9))
            margin = width + 1
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = painter.pen()
            pen.setColor(ring_colour(option.palette))
            pen.setWidth(width)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(option.rect.adjusted(margin, margin, -margin, -margin),
                                    width, width)
            painter.restore()


def _arrow_on_title(option: QStyleOptionHeader) -> bool:
    """Whether a header's sort arrow is drawn where its title ends."""
    return (option.sortIndicator != QStyleOptionHeader.SortIndicator.None_
            and bool(option.state & QStyle.StateFlag.State_Horizontal)
            and bool(option.textAlignment & Qt.AlignmentFlag.AlignRight))


# The style set here: once the theme's style sheet is on, app.style() is Qt's own wrapper
# around it, which says no name.
_drawing: QStyle | None = None


def drawing_style(app: QApplication) -> QStyle:
    """The style the program draws with, under the theme's style sheet."""
    return _drawing if _drawing is not None and app.styleSheet() else app.style()


def style_name(app: QApplication) -> str:
    """The name of the style the program draws with (Fusion for a FocusStyle)."""
    style = drawing_style(app)
    base = style.baseStyle() if isinstance(style, QProxyStyle) else style
    return base.name()


def _use_style(app: QApplication, name: str) -> None:
    """Draw with the style ``name``: Fusion as a FocusStyle, any other as it is."""
    global _drawing
    fusion = name.lower() == STYLE.lower()
    if style_name(app).lower() == name.lower() and (
            not fusion or isinstance(drawing_style(app), FocusStyle)):
        return
    style = FocusStyle() if fusion else QStyleFactory.create(name)
    if style is None:
        return
    app.setStyle(style)
    _drawing = style


def chosen(settings: QSettings) -> str:
    """The saved mode; System when nothing (or something unknown) is saved."""
    value = settings.value(SETTING, SYSTEM)
    return value if value in MODES else SYSTEM


def save(settings: QSettings, mode: str) -> None:
    settings.setValue(SETTING, mode)


def current() -> str:
    return _current


def light_palette() -> QPalette:
    """The theme's light colours, every role set, so a dark desktop can't show through."""
    return theme_palette.palette(tokens.LIGHT)


def dark_palette() -> QPalette:
    return theme_palette.palette(tokens.DARK)


def _use_sheet(app: QApplication, dark: bool) -> None:
    sheet.install(app)


def apply(mode: str) -> None:
    """Show every window in ``mode`` from now on (live: open windows, charts included)."""
    global _started_style, _current
    app = QApplication.instance()
    if not isinstance(app, QApplication) or mode not in MODES:
        return
    if _started_style is None:
        _started_style = style_name(app)
    if mode == SYSTEM:
        if _current == SYSTEM:
            # Nothing was changed: a start in System mode leaves the desktop's style and
            # palette, only ringing the focused tab if that style is Fusion.
            _use_style(app, _started_style)
            _use_sheet(app, theme_palette.is_dark(app.palette()))
            return
        # An empty palette hands every colour back to the desktop (and follows its changes).
        app.setPalette(QPalette())
        _use_style(app, _started_style)
        _use_sheet(app, theme_palette.is_dark(app.palette()))
    else:
        _use_style(app, STYLE)
        app.setPalette(dark_palette() if mode == DARK_MODE else light_palette())
        _use_sheet(app, mode == DARK_MODE)
    # Where the platform supports it (Windows 11, macOS, GNOME), title bars and native
    # dialogs follow too; elsewhere this changes nothing.
    scheme = {SYSTEM: Qt.ColorScheme.Unknown, LIGHT: Qt.ColorScheme.Light,
              DARK_MODE: Qt.ColorScheme.Dark}[mode]
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8 and later
        hints.setColorScheme(scheme)
    _current = mode


def apply_setting(settings: QSettings) -> str:
    """At start: the saved mode, before the first window shows."""
    mode = chosen(settings)
    apply(mode)
    return mode
