"""Chart axes that write numbers and dates as the person's language does: "0,5" and "7 dic."
in Spanish, where pyqtgraph's own axes write "0.5" and "Dec" (C formatting, English months).

Made on first use (``axis_types``): pyqtgraph is only imported when a chart is first shown.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from typing import Any, NamedTuple

from PySide6.QtCore import QDate, QLocale

DAY = 86_400.0


class AxisTypes(NamedTuple):
    numbers: type
    dates: type


def number_text(value: float, places: int) -> str:
    """``value`` in the locale's way, with ``places`` decimals (none for a whole number)."""
    if places <= 0 or float(value).is_integer():
        return QLocale().toString(round(float(value)))
    return QLocale().toString(float(value), "f", places)


def date_text(when: dt.date, spacing_s: float) -> str:
    """A tick's date: the day for ticks days apart, the month for months, the year beyond."""
    if spacing_s < 28 * DAY:
        pattern = "d MMM"
    elif spacing_s < 360 * DAY:
        pattern = "MMM yyyy"
    else:
        pattern = "yyyy"
    return QLocale().toString(QDate(when.year, when.month, when.day), pattern)


@functools.cache
def axis_types(pg: Any) -> AxisTypes:
    class NumberAxis(pg.AxisItem):  # pg is Any: pyqtgraph is untyped
        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
            step = abs(spacing * scale)
            places = max(0, math.ceil(-math.log10(step))) if step > 0 else 0
            return [number_text(v * scale, places) for v in values]

    class DateAxis(pg.DateAxisItem):  # pg is Any: pyqtgraph is untyped
        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
            return [date_text(dt.datetime.fromtimestamp(v).date(), spacing) for v in values]

    return AxisTypes(NumberAxis, DateAxis)
