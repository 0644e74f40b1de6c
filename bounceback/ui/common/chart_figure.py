"""What a chart shows, as plain values: the part of :mod:`bounceback.ui.common.charts` that
callers fill in. No pyqtgraph here either; import these names from ``charts``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

# Okabe–Ito colours (readable for colour-blind eyes), each in a darker tone for light
# backgrounds and a lighter one for dark backgrounds.
_SERIES_LIGHT = ("#0868ac", "#c46a00", "#00806a", "#b8470a", "#a8508a", "#3a8fc4")
_SERIES_DARK = ("#6fb8f0", "#f0b44c", "#4fd1b0", "#ff8a5c", "#e69ad0", "#9fd4f5")


def epoch(value: dt.date | dt.datetime) -> float:
    """Seconds since the epoch for a date axis; naive values are local time, as it shows them."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time(12, 0))  # a day's mark sits at its middle
    return value.timestamp()


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    tip: str = ""


@dataclass(frozen=True)
class Series:
    """A line through points with round markers (``line=False``: markers only)."""

    points: tuple[Point, ...]
    name: str = ""
    color: int = 0  # index into the series colours
    line: bool = True


@dataclass(frozen=True)
class Bars:
    """One bar per label. Horizontal bars suit long labels (they run down the left axis)."""

    labels: tuple[str, ...]
    values: tuple[float, ...]
    tips: tuple[str, ...] = ()
    color: int = 0
    horizontal: bool = True


@dataclass(frozen=True)
class VMarker:
    """A dashed vertical line at ``x`` marking an event (a rejection)."""

    x: float
    label: str = ""  # written beside the line; keep it short or leave it empty
    tip: str = ""


@dataclass(frozen=True)
class HLine:
    """A horizontal reference line (a usual level, zero)."""

    y: float
    label: str = ""


@dataclass(frozen=True)
class Figure:
    series: tuple[Series, ...] = ()
    bars: Bars | None = None
    vmarkers: tuple[VMarker, ...] = ()
    hlines: tuple[HLine, ...] = ()
    x_label: str = ""
    y_label: str = ""
    date_axis: bool = False  # x values are epoch seconds
    x_range: tuple[float, float] | None = None
    y_range: tuple[float, float] | None = None
    x_ticks: tuple[tuple[float, str], ...] | None = None  # fixed ticks, e.g. whole days
    zoom_x: bool = False  # let the mouse wheel zoom and drag pan along x

    @property
    def is_empty(self) -> bool:
        has_points = any(s.points for s in self.series)
        return not has_points and not (self.bars and self.bars.values)


def series_color(index: int, dark: bool) -> QColor:
    colors = _SERIES_DARK if dark else _SERIES_LIGHT
    return QColor(colors[index % len(colors)])


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
