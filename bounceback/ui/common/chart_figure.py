"""What a chart shows, as plain values: the part of :mod:`bounceback.ui.common.charts` that
callers fill in. No pyqtgraph here either; import these names from ``charts``."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette

from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.theme import tokens

# Okabe–Ito colours (readable for colour-blind eyes), each in a darker tone for light
# backgrounds and a lighter one for dark backgrounds.


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
    # The value axis (along the bars, or y for lines) counts things: whole numbers only,
    # from 0 — "0.2 of a check-in" means nothing.
    counts: bool = False

    @property
    def is_empty(self) -> bool:
        has_points = any(s.points for s in self.series)
        return not has_points and not (self.bars and self.bars.values)


def count_ticks(top: float, most: int = 8) -> tuple[tuple[float, str], ...]:
    """Whole-number ticks from 0 to at least ``top``, at most about ``most`` of them, a step
    of 1, 2 or 5 times a power of ten apart (0, 5, 10 … rather than 0, 3, 6 …)."""
    top = max(1, math.ceil(top))
    step = 1
    while top / step > most:
        step = _next_step(step)
    last = -(-top // step) * step
    return tuple((float(n), str(n)) for n in range(0, last + 1, step))


def _next_step(step: int) -> int:
    """1 → 2 → 5 → 10 → 20 → 50 …"""
    digits = str(step)
    lead, zeros = int(digits[0]), len(digits) - 1
    return {1: 2, 2: 5, 5: 10}[lead] * 10 ** zeros


def series_color(index: int, dark: bool) -> QColor:
    colors = tokens.SERIES_DARK if dark else tokens.SERIES_LIGHT
    return QColor(colors[index % len(colors)])


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _number(value: float) -> str:
    """As the language writes it ("1.5", "1,5"), to six significant digits (three past a
    million)."""
    return QLocale().toString(float(value), "g", 6 if abs(value) < 1e6 else 3)


def describe(figure: Figure, *, most: int = 12) -> str:
    """The chart in words, for screen readers (its accessible description): each bar with
    its value, or each line with how many points it has, over which span, between which
    values."""
    if figure.is_empty:
        return ""
    parts: list[str] = []
    if figure.bars and figure.bars.values:
        pairs = list(zip(figure.bars.labels, figure.bars.values, strict=False))
        parts.extend(f"{label}: {_number(value)}" for label, value in pairs[:most])
        if len(pairs) > most:
            parts.append(fill(tr("and %1 more"), len(pairs) - most))
    for series in figure.series:
        if not series.points:
            continue
        xs = [p.x for p in series.points]
        ys = [p.y for p in series.points]
        if figure.date_axis:
            first, last = (labels.date(dt.datetime.fromtimestamp(v, dt.UTC).date())
                           for v in (min(xs), max(xs)))
        else:
            first, last = _number(min(xs)), _number(max(xs))
        parts.append(fill(tr("%1: %Ln point(s) from %2 to %3, values %4 to %5", "",
                             len(series.points)),
                          series.name or tr("line"), first, last,
                          _number(min(ys)), _number(max(ys))))

    return "; ".join(parts)
