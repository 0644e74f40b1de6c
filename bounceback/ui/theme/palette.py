"""The theme's colours as a QPalette: every role of every group set, so no colour of the
desktop shows through (Qt fills a role a palette leaves unset from the desktop's)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from bounceback.ui.theme.tokens import DARK, DARK_ACCENT_MARK, LIGHT, Colours, StatusTone

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


def colours(dark: bool) -> Colours:
    return DARK if dark else LIGHT


def accent_mark(palette: QPalette) -> QColor:
    """The accent as a line or as text on the window (a ring, an edge): the highlight
    where it stands apart from the window, else the lighter mark of the dark theme."""
    dark = is_dark(palette)
    return QColor(DARK_ACCENT_MARK) if dark else palette.color(_Role.Highlight)


def is_dark(palette: QPalette) -> bool:
    return palette.color(_Role.Window).lightness() < 128


@dataclass(frozen=True)
class ChipColours:
    fill: QColor
    ink: QColor  # the word
    edge: QColor  # a hairline round the fill, so a pale label still has its shape


# A share of the ink in the edge: enough to outline the label on any row, never a frame.
_EDGE_SHARE = 0.3
_chips: dict[tuple[bool, StatusTone], ChipColours] = {}


def status_chip(palette: QPalette, tone: StatusTone) -> ChipColours:
    """The colours of a status's label of ``tone`` in a list drawn with ``palette``: the
    theme's light or dark ones, by the palette's lightness. Made once: a list of thousands
    asks for them on every paint of every row."""
    dark = is_dark(palette)
    found = _chips.get((dark, tone))
    if found is None:
        chip = colours(dark).status.of(tone)
        fill, ink = QColor(chip.fill), QColor(chip.ink)
        found = _chips[(dark, tone)] = ChipColours(fill, ink, blend(ink, fill, _EDGE_SHARE))
    return found


def blend(colour: QColor, over: QColor, share: float) -> QColor:
    """``share`` of ``colour`` laid over ``over``, as one opaque colour."""
    return QColor(round(colour.red() * share + over.red() * (1 - share)),
                  round(colour.green() * share + over.green() * (1 - share)),
                  round(colour.blue() * share + over.blue() * (1 - share)))


def palette(c: Colours) -> QPalette:
    roles = {
        _Role.Window: c.window, _Role.WindowText: c.text, _Role.Base: c.surface,
        _Role.AlternateBase: c.alternate, _Role.Text: c.text, _Role.Button: c.raised,
        _Role.ButtonText: c.text, _Role.BrightText: c.on_accent, _Role.Highlight: c.accent,
        _Role.HighlightedText: c.on_accent, _Role.ToolTipBase: c.surface,
        _Role.ToolTipText: c.text, _Role.Link: c.link, _Role.LinkVisited: c.link_visited,
        _Role.PlaceholderText: c.placeholder, _Role.Accent: c.accent,
        # Fusion draws edges and bevels from these: the border, a shade either side.
        _Role.Light: QColor(c.raised).lighter(115).name(),
        _Role.Midlight: QColor(c.raised).lighter(107).name(),
        _Role.Mid: c.border, _Role.Dark: QColor(c.border).darker(150).name(),
        _Role.Shadow: c.shadow,
    }
    pal = QPalette()
    for group in (_Group.Active, _Group.Inactive, _Group.Disabled):
        for role, value in roles.items():
            pal.setColor(group, role, QColor(value))
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        pal.setColor(_Group.Disabled, role, QColor(c.disabled))
    pal.setColor(_Group.Disabled, _Role.Highlight, QColor(c.border))
    return pal
