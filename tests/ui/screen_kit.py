"""Checks over everything a screen shows, for the tests of the whole window and of single
screens alike: text readable against what it is drawn on (in a light and a dark palette),
nothing cut off, every control named for screen readers, no two controls on one key."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from bounceback.ui.common.chart_figure import is_dark, series_color

# --- readable: contrast in light and dark --------------------------------------------------
Role = QPalette.ColorRole


def dark_palette() -> QPalette:
    """A dark theme as desktops ship it: dark window and fields, light text, muted
    placeholder and disabled text, a lighter link."""
    pal = QPalette()
    colours = {
        Role.Window: "#2b2b2e", Role.WindowText: "#ececec", Role.Base: "#1e1e20",
        Role.AlternateBase: "#27272a", Role.Text: "#ececec", Role.Button: "#38383c",
        Role.ButtonText: "#ececec", Role.BrightText: "#ffffff", Role.Highlight: "#3d7bd0",
        Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#38383c", Role.ToolTipText: "#ececec",
        Role.Link: "#8ab4f8", Role.LinkVisited: "#c58af9", Role.PlaceholderText: "#ececec80",
        Role.Light: "#4a4a4f", Role.Midlight: "#404045", Role.Mid: "#303034",
        Role.Dark: "#1a1a1c", Role.Shadow: "#000000", Role.Accent: "#3d7bd0",
    }
    for role, name in colours.items():
        colour = QColor(name[:7])
        if len(name) == 9:
            colour.setAlpha(int(name[7:], 16))
        pal.setColor(role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7c80"))
    return pal


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def over(fg: QColor, bg: QColor) -> QColor:
    """``fg`` as it shows on ``bg`` (half-transparent placeholder text is lighter)."""
    a = fg.alphaF()
    return QColor.fromRgbF(*(f * a + b * (1 - a) for f, b in (
        (fg.redF(), bg.redF()), (fg.greenF(), bg.greenF()), (fg.blueF(), bg.blueF()))))


def contrast(fg: QColor, bg: QColor) -> float:
    high, low = sorted((luminance(over(fg, bg)), luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def background(w: QWidget) -> QColor:
    """What the widget's text is drawn on: its own panel, or the nearest painted ancestor."""
    if isinstance(w, QLineEdit | QAbstractSpinBox):
        return w.palette().color(Role.Base)
    if isinstance(w, QTextEdit):
        return w.viewport().palette().color(w.viewport().backgroundRole())
    if (isinstance(w, QPushButton) and not w.isFlat()) or \
            (isinstance(w, QToolButton) and not w.autoRaise()):
        return w.palette().color(Role.Button)
    at: QWidget | None = w
    while at is not None:
        if at.autoFillBackground() or at.isWindow():
            return at.palette().color(at.backgroundRole())
        at = at.parentWidget()
    return w.palette().color(Role.Window)


def foreground(w: QWidget) -> QColor:
    if isinstance(w, QLineEdit | QTextEdit | QAbstractSpinBox):
        return w.palette().color(Role.Text)
    return w.palette().color(w.foregroundRole())


def text_of(w: QWidget) -> str:
    if isinstance(w, QLabel | QAbstractButton | QLineEdit):
        return w.text()
    if isinstance(w, QTextEdit):
        return w.toPlainText()
    return ""


_EMBEDDED = re.compile(r"(?:color|background(?:-color)?)\s*[:=]\s*[\"']?([#\w]+)", re.I)


def theme_colours(w: QWidget) -> set[str]:
    """Colours rich text may carry: the chart legend's, in the widget's theme, its text
    colour (a legend's faint marks) and its link colour (the guide's links)."""
    pal = w.palette()
    names = {series_color(i, is_dark(pal)).name() for i in range(6)}
    return names | {pal.color(role).name()
                    for role in (Role.WindowText, Role.Text, Role.Link, Role.LinkVisited)}


def unreadable(root: QWidget) -> list[str]:
    """Visible, enabled text below 4.5:1 against what it is drawn on, or rich text that
    carries a colour of its own."""
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, QLabel | QAbstractButton | QLineEdit | QTextEdit) \
                or not w.isVisibleTo(root) or not w.isEnabled() or not text_of(w).strip():
            continue
        name = f"{type(w).__name__} “{text_of(w)[:40]}”"
        ratio = contrast(foreground(w), background(w))
        if ratio < 4.5:
            found.append(f"{name}: contrast {ratio:.2f}")
        rich = w.text() if isinstance(w, QLabel) else w.toHtml() if isinstance(w, QTextEdit) \
            else ""
        allowed = theme_colours(w)
        for value in _EMBEDDED.findall(rich):
            if QColor(value).isValid() and QColor(value).name() not in allowed:
                found.append(f"{name}: embeds colour {value}")
    return found


# --- nothing cut off -----------------------------------------------------------------------

def _short(w: QWidget) -> str:
    text = text_of(w).replace("\n", " ")
    return f"{type(w).__name__} “{text[:40]}”" if text else type(w).__name__


def cut_off(root: QWidget) -> list[str]:
    """Visible text squeezed below the room it needs."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        need = None
        if isinstance(w, QPushButton | QToolButton | QCheckBox | QRadioButton) and w.text():
            need = w.minimumSizeHint().expandedTo(
                w.sizeHint() if isinstance(w, QCheckBox | QRadioButton) else w.minimumSizeHint())
        elif (isinstance(w, QLabel) and w.text() and not w.wordWrap()
              and w.pixmap().isNull()) or isinstance(w, QAbstractSpinBox):
            need = w.minimumSizeHint()
        if need is not None and (w.width() < need.width() or w.height() < need.height()):
            found.append(f"{_short(w)}: {w.width()}×{w.height()} < "
                         f"{need.width()}×{need.height()}")
        line = w.fontMetrics().height()
        margins = w.contentsMargins()
        tallest = w.maximumHeight()
        shows_text = isinstance(w, QLabel | QAbstractButton | QLineEdit | QTextEdit
                                | QAbstractSpinBox | QComboBox)
        if shows_text and tallest < line + margins.top() + margins.bottom():
            found.append(f"{_short(w)}: at most {tallest}px tall, a line needs {line}px")
        if isinstance(w, QTabBar):
            found.extend(tabs_cut_off(w))
        found.extend(squeezed(w))
    return found


# A pane that scrolls (a form, say) shows at least this many lines of it: fewer, and it is a
# slit to peer through rather than a place to work.
ROOM_LINES = 14


def squeezed(w: QWidget) -> list[str]:
    """A field flattened below its height, wrapped text given fewer lines than it needs, a
    scrolling pane reduced to a slit, a picture smaller than itself: what a window too small
    for its content does to them."""
    field = isinstance(w, QLineEdit | QComboBox | QAbstractSpinBox) \
        and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)  # their inner edit
    if field and w.height() < w.minimumSizeHint().height():
        return [f"{_short(w)}: squeezed to {w.height()}px, it needs "
                f"{w.minimumSizeHint().height()}px"]
    if isinstance(w, QLabel) and w.wordWrap() and w.text().strip():
        need = w.heightForWidth(w.width())
        if w.height() < need:
            return [f"{_short(w)}: {w.height()}px tall, its {w.width()}px wide lines need "
                    f"{need}px"]
    if isinstance(w, QScrollArea) and w.verticalScrollBar().maximum() > 0:
        lines = w.viewport().height() / w.fontMetrics().lineSpacing()
        if lines < ROOM_LINES:
            return [f"{type(w).__name__} “{w.accessibleName()}”: shows {lines:.1f} lines of "
                    f"what it holds, less than {ROOM_LINES}"]
    if isinstance(w, QLabel) and not w.pixmap().isNull():
        size = w.pixmap().deviceIndependentSize().toSize()
        if w.width() < size.width() or w.height() < size.height():
            return [f"{_short(w)} picture: {w.width()}×{w.height()} < "
                    f"{size.width()}×{size.height()}"]
    return []


def tabs_cut_off(bar: QTabBar) -> list[str]:
    found = []
    metrics = bar.fontMetrics()
    scrolling = any(b.isVisible() for b in bar.findChildren(QToolButton))
    for i in range(bar.count()):
        text = bar.tabText(i).replace("&&", "\0").replace("&", "").replace("\0", "&")
        rect = bar.tabRect(i)
        if rect.width() < metrics.horizontalAdvance(text) or rect.height() < metrics.height():
            found.append(f"tab “{text}”: {rect.width()}×{rect.height()} is too small")
        elif scrolling or not bar.rect().contains(rect):
            found.append(f"tab “{text}”: out of sight, the tabs don't fit")
    return found


# --- every control named for screen readers ------------------------------------------------

def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or not w.isEnabled() \
                or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        # A spin box's text field is part of the spin box: readers announce the spin box.
        parent = w.parentWidget()
        if isinstance(parent, QAbstractSpinBox) and spoken_name(parent):
            continue
        if not spoken_name(w):
            found.append(f"{type(w).__name__} in {type(parent).__name__}")
    return found


# --- no two controls on one key ------------------------------------------------------------

MNEMONIC = re.compile(r"(?<!&)&([^\s&])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1).casefold() if found else None


def keys_on(root: QWidget) -> dict[str, list[str]]:
    """Mnemonic → the visible, enabled controls it would reach within ``root``."""
    keys: dict[str, list[str]] = defaultdict(list)
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        texts: list[str] = []
        # A label's mnemonic goes to its buddy; a button's to itself.
        target = w.buddy() if isinstance(w, QLabel) else w
        if isinstance(w, QAbstractButton | QLabel) and target is not None \
                and target.isEnabled():
            texts = [w.text()]
        elif isinstance(w, QGroupBox) and w.isCheckable():
            texts = [w.title()]
        elif isinstance(w, QTabBar):
            texts = [w.tabText(i) for i in range(w.count()) if w.isTabEnabled(i)]
        for text in texts:
            key = mnemonic(text)
            if key is not None:
                keys[key].append(text.replace("&", ""))
    return keys


def clashes(root: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in keys_on(root).items() if len(v) > 1}
