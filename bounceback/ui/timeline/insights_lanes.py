"""The visual timeline of the Timeline tab's insights: one lane per application, newest on
top, each event a mark coloured and shaped by what happened, with dates along the bottom.

Time zooms with the wheel and pans with a drag; the lanes move with a drag or the scroll bar.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QScrollBar, QVBoxLayout, QWidget

from bounceback.db.enums import EventKind
from bounceback.services.insights.timeline import Lane
from bounceback.ui.common import labels
from bounceback.ui.common.chart_axes import axis_types
from bounceback.ui.common.charts import ChartWidget, Figure, Point, Series, epoch
from bounceback.ui.common.i18n import QT_TR_NOOP, fill, tr

# Lanes shown at once; drag up and down for the others.
VISIBLE_LANES = 8
# Applications named in the chart's description; the others are counted.
MOST_SAID = 12
_DAY = 86_400.0
FAINT = -1  # colour index of the person's own steps: the palette's faint text colour


# Marks are grouped by what happened rather than one colour per kind, and each group has its
# own shape too, so the picture reads without telling colours apart.
# (English label, colour index, pyqtgraph symbol, legend glyph, kinds)
_GROUPS: tuple[tuple[str, int, str, str, frozenset[EventKind]], ...] = (
    (QT_TR_NOOP("Applied"), 0, "o", "●", frozenset({EventKind.APPLIED, EventKind.REAPPLIED})),
    (QT_TR_NOOP("Heard back"), 4, "t1", "▲", frozenset({
        EventKind.RECRUITER_CONTACT, EventKind.CORRESPONDENCE, EventKind.FEEDBACK_RECEIVED})),
    (QT_TR_NOOP("Screening or interview"), 1, "s", "■",
     frozenset({EventKind.SCREEN, EventKind.INTERVIEW})),
    (QT_TR_NOOP("Offer"), 2, "star", "★", frozenset({EventKind.OFFER})),
    (QT_TR_NOOP("Not selected"), 3, "d", "◆", frozenset({EventKind.REJECTION})),
)
_YOUR_STEPS = (QT_TR_NOOP("Your own steps and notes"), FAINT, "o", "•", frozenset[EventKind]())


def group_of(kind: EventKind) -> tuple[str, int]:
    """The legend entry (English label) and colour index of an event kind."""
    for label, color, _symbol, _glyph, kinds in _GROUPS:
        if kind in kinds:
            return label, color
    return _YOUR_STEPS[0], FAINT


@functools.cache
def _day_axis_type(pg: Any) -> type:
    """A date axis labelled "6 Feb" (or "Feb 2025" when zoomed out), one row of labels.

    pyqtgraph's own date axis mixes month and day labels that collide at this scale. Made on
    first use because pyqtgraph is only imported when a chart is first shown.
    """

    class DayAxis(axis_types(pg).dates):  # type: ignore[misc]  # made at run time
        def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
            return day_ticks(minVal, maxVal, size)

    return DayAxis


def day_ticks(low: float, high: float, pixels: float) -> list[tuple[float, list[float]]]:
    """Tick positions (midday, where the marks sit) for a date axis ``pixels`` wide: every
    day, two days, week, fortnight, or every 1, 2, 3, 6 or 12 months, whichever leaves about
    70 pixels per label."""
    if high <= low or pixels <= 0:
        return []
    days = (high - low) / _DAY
    wanted = 70 * days / pixels  # days per label
    first = dt.datetime.fromtimestamp(low).date()
    last = dt.datetime.fromtimestamp(high).date()
    for step in (1, 2, 7, 14):
        if wanted <= step:
            start = first - dt.timedelta(days=first.weekday() if step >= 7 else 0)
            count = (last - start).days // step + 1
            values = [epoch(start + dt.timedelta(days=i * step)) for i in range(count)]
            return [(step * _DAY, [v for v in values if low <= v <= high])]
    months = next((m for m in (1, 2, 3, 6) if wanted <= 31 * m), 12)
    values = []
    year, month = first.year, 1 + (first.month - 1) // months * months
    while dt.date(year, month, 1) <= last:
        values.append(epoch(dt.date(year, month, 1)))
        month += months
        year, month = year + (month - 1) // 12, 1 + (month - 1) % 12
    return [(months * 30 * _DAY, [v for v in values if low <= v <= high])]


class LaneChart(ChartWidget):
    """One lane per application (newest on top) with its events as coloured marks.

    The wheel zooms through time and dragging moves in time and through the lanes; a double
    click on a lane asks to open that application.
    """

    lane_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Your applications over time"), parent, empty_text=tr(
            "Your applications will show here as a timeline once you add some."))
        self.file_stem = "applications-timeline"
        self._lanes: tuple[Lane, ...] = ()
        self._shown = 1
        self._connected = False
        # A scroll bar beside the plot says there are more lanes than fit, and moves to them.
        self.scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scrollbar.setAccessibleName(tr("Scroll through applications"))
        self.scrollbar.setVisible(False)
        self.scrollbar.valueChanged.connect(self._scrolled)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.stack)
        row = QHBoxLayout()
        row.addWidget(self.stack, 1)
        row.addWidget(self.scrollbar)
        layout.addLayout(row, 1)

    @property
    def lanes(self) -> tuple[Lane, ...]:
        """The lanes drawn, top to bottom."""
        return self._lanes

    def set_lanes(self, lanes: list[Lane] | tuple[Lane, ...]) -> None:
        # Newest first: what is going on now is what people look for.
        self._lanes = tuple(reversed(lanes))
        by_group: dict[tuple[str, int], list[Point]] = defaultdict(list)
        for row, lane in enumerate(self._lanes):
            tips = self._day_tips(lane)
            for mark in lane.marks:
                by_group[group_of(mark.kind)].append(
                    Point(epoch(mark.on), float(row), tips[mark.on]))
        order = [(g[0], g[1]) for g in (*_GROUPS, _YOUR_STEPS)]
        series = tuple(
            Series(points=tuple(by_group[key]), name=tr(key[0]), color=key[1], line=False)
            for key in reversed(order) if by_group.get(key)  # own steps drawn first, beneath
        )
        self.set_figure(Figure(series=series, date_axis=True, zoom_x=True))

    def _day_tips(self, lane: Lane) -> dict[dt.date, str]:
        """One tooltip per day of a lane, naming everything that happened that day."""
        lines: dict[dt.date, list[str]] = defaultdict(list)
        for mark in lane.marks:
            line = labels.event_kind(mark.kind)
            detail = " ".join(labels.event_text(mark.said, mark.details).split())
            if detail:
                line += f": {detail[:80]}" + ("…" if len(detail) > 80 else "")
            lines[mark.on].append(line)
        head = f"{lane.company} — {lane.role}"
        return {day: "\n".join([f"{labels.date(day)} · {head}", *found])
                for day, found in lines.items()}

    def text_alternative(self) -> str:
        """The lanes in words, for a screen reader: each application by name, newest first,
        with how many events it has and the latest (the figure's own description would give
        lane numbers as values, naming none)."""
        if not self._lanes:
            return ""
        said = [fill(tr("%Ln application(s), newest first", "", len(self._lanes)))]
        for lane in self._lanes[:MOST_SAID]:
            latest = max(lane.marks, key=lambda m: m.on, default=None)
            name = f"{lane.company} — {lane.role}"
            if latest is None:
                said.append(name)
                continue
            said.append(fill(tr("%1: %Ln event(s), the latest: %2 on %3", "", len(lane.marks)),
                             name, labels.event_kind(latest.kind), labels.date(latest.on)))
        if len(self._lanes) > MOST_SAID:
            said.append(fill(tr("and %1 more"), len(self._lanes) - MOST_SAID))
        return "; ".join(said)

    def legend(self) -> list[tuple[str, str, QColor]]:
        """(glyph, label, colour) of each kind of mark, in legend order."""
        return [(glyph, tr(label), self.series_color(color))
                for label, color, _symbol, glyph, _kinds in (*_GROUPS, _YOUR_STEPS)]

    def series_color(self, index: int) -> QColor:
        if index == FAINT:
            return self.colors()["faint"]
        return super().series_color(index)

    def lane_at(self, y: float) -> int | None:
        """The application whose lane is at data height ``y``."""
        row = round(y)
        return self._lanes[row].application_id if 0 <= row < len(self._lanes) else None

    def draw_extra(self, pg: Any, plot_item: Any) -> None:
        lanes = self._lanes
        self._use_day_axis(pg, plot_item)
        shapes = {tr(g[0]): g for g in (*_GROUPS, _YOUR_STEPS)}
        for data in plot_item.listDataItems():
            group = shapes.get(data.name())
            if group is not None:
                data.setSymbol(group[2])
                data.setSymbolSize({"o": 10, "d": 12, "star": 14}.get(group[2], 11)
                                   if group is not _YOUR_STEPS else 7)
        axis = plot_item.getAxis("left")
        ticks = [(float(i), self._lane_label(lane)) for i, lane in enumerate(lanes)]
        axis.setTicks([ticks, []])
        metrics = self.fontMetrics()
        axis.setWidth(min(max((metrics.horizontalAdvance(t) for _, t in ticks), default=40)
                          + 16, 240))
        plot_item.showGrid(x=True, y=True, alpha=0.12)

        xs: list[float] = []
        ys: list[float] = []
        for row, lane in enumerate(lanes):
            if lane.first is not None and lane.last is not None:
                xs += [epoch(lane.first), epoch(lane.last)]
                ys += [float(row), float(row)]
        span = pg.PlotDataItem(xs, ys, connect="pairs", pen=pg.mkPen(self.colors()["faint"],
                                                                    width=3))
        span.setZValue(-10)
        plot_item.addItem(span)

        vb = plot_item.getViewBox()
        vb.invertY(True)
        shown = max(1, min(len(lanes), VISIBLE_LANES))
        left = min(xs, default=epoch(dt.date.today())) - 7 * _DAY
        right = max(xs, default=epoch(dt.date.today())) + 7 * _DAY
        vb.setMouseEnabled(x=True, y=len(lanes) > shown)
        # The height never zooms: one lane stays one lane tall, and the wheel means "time".
        vb.setLimits(xMin=left - 60 * _DAY, xMax=right + 60 * _DAY, minXRange=7 * _DAY,
                     yMin=-0.6, yMax=len(lanes) - 0.4,
                     minYRange=shown + 0.2, maxYRange=shown + 0.2)
        vb.setRange(xRange=(left, right), yRange=(-0.6, shown - 0.4), padding=0)
        self._shown = shown
        blocked = self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, len(lanes) - shown)
        self.scrollbar.setPageStep(shown)
        self.scrollbar.setValue(0)
        self.scrollbar.blockSignals(blocked)
        self.scrollbar.setVisible(len(lanes) > shown)
        if not self._connected:
            self.plot_widget.scene().sigMouseClicked.connect(self._clicked)
            vb.sigYRangeChanged.connect(self._view_moved)
            self._connected = True

    def _scrolled(self, value: int) -> None:
        if self.is_built:
            self.plot_widget.getPlotItem().getViewBox().setYRange(
                value - 0.6, value + self._shown - 0.4, padding=0)

    def _view_moved(self, _vb: Any, y_range: tuple[float, float]) -> None:
        blocked = self.scrollbar.blockSignals(True)
        self.scrollbar.setValue(round(y_range[0] + 0.6))
        self.scrollbar.blockSignals(blocked)

    def _use_day_axis(self, pg: Any, plot_item: Any) -> None:
        axis_type = _day_axis_type(pg)
        if not isinstance(plot_item.getAxis("bottom"), axis_type):
            plot_item.setAxisItems({"bottom": axis_type(orientation="bottom")})
        colors = self.colors()
        axis = plot_item.getAxis("bottom")
        axis.setPen(pg.mkPen(colors["faint"]))
        axis.setTextPen(pg.mkPen(colors["text"]))

    @staticmethod
    def _lane_label(lane: Lane) -> str:
        text = f"{lane.company} — {lane.role}"
        return text if len(text) <= 30 else text[:29].rstrip() + "…"

    def _clicked(self, event: Any) -> None:
        if not event.double():
            return
        item = self.plot_widget.getPlotItem()
        pos = event.scenePos()
        if not item.sceneBoundingRect().contains(pos):
            return
        at: QPointF = item.getViewBox().mapSceneToView(pos)
        app_id = self.lane_at(at.y())
        if app_id is not None:
            self.lane_activated.emit(app_id)
