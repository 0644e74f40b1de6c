"""The Review tab's insights: action items still open and already done, by where they came from
(added by you, from feedback, from a review, from a check-in).

The counts come from ``services/insights/review.py``; this module only draws them.
"""

from __future__ import annotations

import html
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from bounceback.services.insights import review as insights
from bounceback.services.insights.review import ActionSummary
from bounceback.ui.common import labels
from bounceback.ui.common import ops as topics
from bounceback.ui.common.chart_figure import count_ticks
from bounceback.ui.common.charts import Bars, ChartWidget, Figure
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.insight_section import InsightSection
from bounceback.ui.common.ops import Ops, Reader

OPEN_COLOR, DONE_COLOR = 0, 2  # indexes into the chart palette


def _counts(open_: int, done: int) -> str:
    # Done first, as the bars draw it.
    return fill(tr("%1, %2", "done, then open"), tr("%Ln done", "", done),
                tr("%Ln open", "", open_))


def summary_text(data: ActionSummary) -> str:
    if data.total == 0:
        return tr("No action items yet.")
    return _counts(data.open, data.done)



class OpenDoneChart(ChartWidget):
    """One bar per source, done (from zero) and open stacked after it.

    The figure's bars are the totals, drawn in the "open" colour; the done part is laid over
    their start. Tooltips and the empty state come from the base chart.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Action items by where they came from"), parent, empty_text=tr(
            "No action items yet. They come from feedback, reviews and check-ins, or you can "
            "add your own."))
        self.file_stem = "action-items"
        self.done_values: tuple[float, ...] = ()
        self.bar_texts: tuple[str, ...] = ()

    def set_summary(self, data: ActionSummary) -> None:
        shown = [s for s in data.by_source if s.total]
        self.done_values = tuple(float(s.done) for s in shown)
        self.bar_texts = tuple(_counts(s.open, s.done) for s in shown)
        if not shown:
            self.set_figure(None)
            return
        top = max(s.total for s in shown)
        self.set_figure(Figure(
            bars=Bars(
                labels=tuple(labels.action_source(s.source) for s in shown),
                values=tuple(float(s.total) for s in shown),
                tips=tuple(f"{labels.action_source(s.source)}: {_counts(s.open, s.done)}"
                           for s in shown),
                color=OPEN_COLOR),
            # Room on the right for the counts written after each bar.
            x_label=tr("Action items"), x_range=(0, max(2, top) * 1.3),
            x_ticks=count_ticks(max(2, top)),
        ))

    def draw_extra(self, pg: Any, plot_item: Any) -> None:
        bars = self.figure.bars if self.figure else None
        if bars is not None:
            for i, (total, text) in enumerate(zip(bars.values, self.bar_texts, strict=False)):
                label = pg.TextItem(text, color=self.colors()["text"], anchor=(0, 0.5))
                label.setPos(total, i)
                plot_item.addItem(label)
        done = [(i, v) for i, v in enumerate(self.done_values) if v > 0]
        if not done:
            return
        color = self.series_color(DONE_COLOR)
        # The same rectangle the base draws for a bar: 0.6 tall, centred on the row.
        done_bars = pg.BarGraphItem(
            x0=[0.0] * len(done), y0=[i - 0.3 for i, _ in done],
            width=[v for _, v in done], height=[0.6] * len(done),
            brush=color, pen=pg.mkPen(color))
        done_bars.setZValue(5)
        plot_item.addItem(done_bars)

    def legend(self) -> list[tuple[str, str]]:
        """(colour name, label) of the two parts of a bar."""
        return [(self.series_color(DONE_COLOR).name(), tr("Done")),
                (self.series_color(OPEN_COLOR).name(), tr("Open"))]


class ReviewInsights(InsightSection):
    """The "at a glance" strip under the Review tab."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, key="review", title=tr("Action items at a glance"),
                         topics=frozenset({topics.ACTIONS, topics.APPLICATIONS}),
                         parent=parent)
        self.data: ActionSummary | None = None
        self.chart = OpenDoneChart(self)
        self.legend = QLabel(self)
        self.body_layout.addWidget(self.chart, 1)
        self.body_layout.addWidget(self.legend)
        self.body.setMinimumHeight(240)

    def reader(self) -> Reader[insights.ActionSummary]:
        return partial(insights.action_summary,
                       include_archived=self.include_archived.isChecked())

    def show_summary(self, data: insights.ActionSummary) -> None:
        self.set_summary(summary_text(data))

    def show_body(self, data: insights.ActionSummary) -> None:
        self.chart.set_summary(data)
        self._show_legend()

    def _show_legend(self) -> None:
        self.legend.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{color}">■</span>&nbsp;{html.escape(label)}'
            for color, label in self.chart.legend()))
        self.legend.setVisible(not self.chart.is_showing_empty())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # Later, not now: when the desktop's palette changes, the chart inside may not
            # have its new palette yet, and the legend takes its colours from the chart.
            QTimer.singleShot(0, self, self._show_legend)
