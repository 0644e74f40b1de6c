"""View → Appearance: follow the system's light or dark, or always light, or always dark.

Light and Dark draw with the Fusion style and a palette of their own: Fusion paints with the
application palette on every platform (the native Windows and macOS styles ignore it).
System gives back the style and palette the program started with, so a desktop's own theme
is left as it was, and a later switch of the desktop between light and dark is followed.

Every widget, chart and rich text reads its colours from the application palette, so one
``QApplication.setPalette`` is all a switch needs: open windows follow at once. The look of
each mode is data (``DARK``, ``light_palette``); a fuller theme (issue 19) replaces those,
not this mechanism.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

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
        _started_style = app.style().name()
    if mode == SYSTEM:
        if _current == SYSTEM:
            return  # nothing was changed: a start in System mode costs nothing
        # An empty palette hands every colour back to the desktop (and follows its changes).
        app.setPalette(QPalette())
        if app.style().name().lower() != _started_style.lower():
            app.setStyle(_started_style)
    else:
        if app.style().name().lower() != STYLE.lower():
            app.setStyle(STYLE)
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
