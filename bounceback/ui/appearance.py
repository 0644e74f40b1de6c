"""View → Appearance: follow the system's light or dark, or always light, or always dark.

Light and Dark draw with the Fusion style and a palette of their own: Fusion paints with the
application palette on every platform (the native Windows and macOS styles ignore it).
System gives back the style and palette the program started with, so a desktop's own theme
is left as it was, and a later switch of the desktop between light and dark is followed.

Every widget, chart and rich text reads its colours from the application palette, so one
``QApplication.setPalette`` is all a switch needs: open windows follow at once. The look of
each mode is data (``DARK``, ``light_palette``); a fuller theme (issue 19) replaces those,
not this mechanism.

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
    QStyleOptionTab,
    QWidget,
)

# Not under "general": QSettings writes that group as [%General] and a later start reads
# it back as "General", so the choice would be lost.
SETTING = "view/appearance"
SYSTEM, LIGHT, DARK_MODE = "system", "light", "dark"
MODES = (SYSTEM, LIGHT, DARK_MODE)
STYLE = "Fusion"

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# Dark: a dark window, light text, muted disabled text, a lighter link (the guide's links
# stay readable). Fields, lists and buttons are a step lighter than the window, because
# Fusion draws their edges and the check box and radio button rims darker than the window:
# on fields darker than the window those edges vanish. Every text role reads at 4.5:1 or
# more on the surface it is drawn on (tests/ui/test_appearance.py checks the whole window).
DARK: dict[_Role, str] = {
    _Role.Window: "#2b2b2e", _Role.WindowText: "#ececec", _Role.Base: "#3a3a3e",
    _Role.AlternateBase: "#414145", _Role.Text: "#ececec", _Role.Button: "#48484d",
    _Role.ButtonText: "#ececec", _Role.BrightText: "#ffffff", _Role.Highlight: "#2f6bbd",
    _Role.HighlightedText: "#ffffff", _Role.ToolTipBase: "#38383c",
    _Role.ToolTipText: "#ececec", _Role.Link: "#8ab4f8", _Role.LinkVisited: "#c58af9",
    _Role.PlaceholderText: "#a9a9ad", _Role.Light: "#5a5a60", _Role.Midlight: "#505055",
    _Role.Mid: "#303034", _Role.Dark: "#1a1a1c", _Role.Shadow: "#000000",
    _Role.Accent: "#2f6bbd",
}
DARK_DISABLED: dict[_Role, str] = {
    _Role.WindowText: "#8c8c90", _Role.Text: "#8c8c90", _Role.ButtonText: "#8c8c90",
    _Role.Button: "#3a3a3e", _Role.Base: "#333337", _Role.Highlight: "#4a4a4f",
}

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
    """The colour of a focus ring: the highlight where it stands out on the window's colour
    (Fusion's light palette), else the text's (the dark one, whose highlight is deep)."""
    highlight = palette.color(_Role.Highlight)
    if contrast(highlight, palette.color(_Role.Window)) >= RING_CONTRAST:
        return highlight
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


def style_name(app: QApplication) -> str:
    """The name of the style the program draws with (Fusion for a FocusStyle)."""
    style = app.style()
    base = style.baseStyle() if isinstance(style, QProxyStyle) else style
    return base.name()


def _use_style(app: QApplication, name: str) -> None:
    """Draw with the style ``name``: Fusion as a FocusStyle, any other as it is."""
    fusion = name.lower() == STYLE.lower()
    if style_name(app).lower() == name.lower() and (
            not fusion or isinstance(app.style(), FocusStyle)):
        return
    if fusion:
        app.setStyle(FocusStyle())
    else:
        app.setStyle(name)


def chosen(settings: QSettings) -> str:
    """The saved mode; System when nothing (or something unknown) is saved."""
    value = settings.value(SETTING, SYSTEM)
    return value if value in MODES else SYSTEM


def save(settings: QSettings, mode: str) -> None:
    settings.setValue(SETTING, mode)


def current() -> str:
    return _current


def light_palette() -> QPalette:
    """Fusion's own light palette, every role set, so a dark desktop can't show through."""
    style = QStyleFactory.create(STYLE)
    return _every_role_set(style.standardPalette())


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, name in DARK.items():
        pal.setColor(role, QColor(name))
    for role, name in DARK_DISABLED.items():
        pal.setColor(_Group.Disabled, role, QColor(name))
    return _every_role_set(pal)


def _every_role_set(pal: QPalette) -> QPalette:
    """A palette that says every colour itself: Qt fills roles a palette leaves unset from
    the desktop's, which would mix a dark desktop's colours into Light."""
    out = QPalette(pal)
    for group in (_Group.Active, _Group.Inactive, _Group.Disabled):
        for role in _Role:
            if role != _Role.NColorRoles:
                out.setBrush(group, role, pal.brush(group, role))
    return out


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
            return
        # An empty palette hands every colour back to the desktop (and follows its changes).
        app.setPalette(QPalette())
        _use_style(app, _started_style)
    else:
        _use_style(app, STYLE)
        app.setPalette(dark_palette() if mode == DARK_MODE else light_palette())
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
