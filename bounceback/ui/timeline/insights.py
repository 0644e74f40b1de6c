"""The Timeline tab's insights: every application as a lane through time, how far applications
got, and how often and how soon companies answered, by how you applied.

The figures come from ``services/insights/timeline.py``; this module only draws them. The
lanes chart is in ``insights_lanes.py``.
"""

from __future__ import annotations

import html
import math
from functools import partial

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from bounceback.services.insights import timeline
from bounceback.services.insights.timeline import ResponseStats, Stage
from bounceback.ui.common import labels
from bounceback.ui.common import ops as topics
from bounceback.ui.common.chart_figure import count_ticks
from bounceback.ui.common.charts import Bars, ChartWidget, Figure
from bounceback.ui.common.i18n import fill, plural_count, tr
from bounceback.ui.common.insight_section import InsightSection
from bounceback.ui.common.ops import Ops, Reader
from bounceback.ui.timeline.insights_lanes import LaneChart

# Fewer applications than this say little about a pattern; the charts wait for more.
ENOUGH_FOR_A_PATTERN = 3


def _stage_label(stage: Stage) -> str:
    return {
        Stage.APPLIED: tr("Applied"),
        Stage.SCREEN: tr("Screening call"),
        Stage.INTERVIEW: tr("Interview"),
        Stage.OFFER: tr("Offer"),
    }[stage]


def _days(value: float) -> str:
    """A typical wait, which may be a median with a half: "1 day", "2.5 days"."""
    if value == 0:
        return tr("the same day")
    return fill(tr("%1 day(s)", "", plural_count(value)), labels.number(value))


def _days_short(value: float) -> str:
    """Days for a bar label, where room is short."""
    return tr("same day") if value == 0 else _days(value)


def funnel_figure(data: timeline.TimelineInsights) -> Figure | None:
    if data.application_count < ENOUGH_FOR_A_PATTERN:
        return None
    total = data.application_count
    steps = data.funnel
    tips = tuple(
        fill(tr("%Ln of %1 applications got this far (%2)", "", s.count), total,
             labels.percent(s.share))
        for s in steps
    )
    return Figure(
        bars=Bars(labels=tuple(f"{_stage_label(s.stage)} ({s.count})" for s in steps),
                  values=tuple(float(s.count) for s in steps), tips=tips, color=0),
        x_label=tr("Applications"), x_range=(0, max(1, total) * 1.04),
        x_ticks=count_ticks(max(1, total)),
    )



def _answered_tip(stats: ResponseStats) -> str:
    text = fill(tr("%1 of %2 answered (%3)"), stats.responded, stats.applications,
                labels.percent(stats.rate or 0.0))
    if stats.median_days is not None:
        text += "\n" + fill(tr("first answer typically after %1"), _days(stats.median_days))
    return text


def answered_figure(data: timeline.TimelineInsights) -> Figure | None:
    shown = [s for s in data.by_source if s.applications]
    if data.application_count < ENOUGH_FOR_A_PATTERN or not shown:
        return None
    return Figure(
        bars=Bars(labels=tuple(f"{labels.source(s.source)} ({labels.percent(s.rate or 0.0)})"
                               for s in shown if s.source is not None),
                  values=tuple(100 * (s.rate or 0.0) for s in shown),
                  tips=tuple(_answered_tip(s) for s in shown), color=2),
        # A little room past the last tick, so its label is not cut off at the edge.
        x_label=tr("% answered"), x_range=(0, 108),
        x_ticks=tuple((float(v), str(v)) for v in range(0, 101, 25)),
    )


def days_figure(data: timeline.TimelineInsights) -> Figure | None:
    shown = [s for s in data.by_source if s.median_days is not None and s.source is not None]
    if data.application_count < ENOUGH_FOR_A_PATTERN or not shown:
        return None
    top = max(1, math.ceil(max(s.median_days or 0.0 for s in shown)))
    return Figure(
        bars=Bars(labels=tuple(f"{labels.source(s.source)} ({_days_short(s.median_days or 0.0)})"
                               for s in shown if s.source is not None),
                  values=tuple(s.median_days or 0.0 for s in shown),
                  tips=tuple(_answered_tip(s) for s in shown), color=1),
        x_label=tr("Days (typical)"), x_range=(0, top * 1.04),
        x_ticks=count_ticks(top),
    )


def summary_line(data: timeline.TimelineInsights) -> str:
    """One warm, plain sentence about answers so far."""
    overall = data.overall
    if overall.applications == 0:
        return tr("No applications yet.")
    if overall.applications < ENOUGH_FOR_A_PATTERN:
        return tr("Not enough applications yet to see a pattern.")
    if overall.responded == 0:
        return tr("No answers recorded yet. Silence is common, and it says nothing about you.")
    text = fill(tr("Companies answered %1 of your %2 applications (%3)."),
                overall.responded, overall.applications, labels.percent(overall.rate or 0.0))
    if overall.median_days is not None:
        text += " " + fill(tr("The first answer typically came after %1."),
                           _days(overall.median_days))

    return text


def short_summary(data: timeline.TimelineInsights) -> str:
    """The line beside the section's title, shown even while it is closed."""
    count = data.application_count
    # Jobs saved to apply to later are not in the pipeline (it starts at "applied").
    saved = tr("%Ln saved to apply to", "", data.saved) if data.saved else ""
    if count == 0:
        return " · ".join(filter(None, [tr("No applications yet."), saved]))
    text = tr("%Ln application(s)", "", count)
    if saved:
        text += " · " + saved
    overall = data.overall
    if count >= ENOUGH_FOR_A_PATTERN and overall.rate is not None:
        text += " · " + fill(tr("%1 answered"), labels.percent(overall.rate))
        if overall.median_days is not None:
            text += " · " + fill(tr("first answer typically after %1"), _days(overall.median_days))
    return text


class TimelineInsights(InsightSection):
    """The "at a glance" strip under the Timeline tab."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, key="timeline", title=tr("Your search at a glance"),
                         topics=frozenset({topics.APPLICATIONS, topics.EVENTS}),
                         open_tab="timeline", parent=parent)
        self.lanes = LaneChart(self)
        self.lanes.lane_activated.connect(self.open_application)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        hint = QLabel(tr("Scroll to zoom in time, drag to move along; double-click a lane to "
                         "open that application."), self)
        hint.setWordWrap(True)
        hint.setForegroundRole(self.summary.foregroundRole())
        lanes_page = QWidget(self)
        lanes_lay = QVBoxLayout(lanes_page)
        lanes_lay.addWidget(self.lanes, 1)
        lanes_lay.addWidget(self.legend)
        lanes_lay.addWidget(hint)

        empty = tr("Not enough applications yet to see a pattern.")
        self.funnel = ChartWidget(tr("How far applications got"), self, empty_text=empty)
        self.funnel.file_stem = "pipeline"
        self.answered = ChartWidget(tr("Answered, by how you applied"), self, empty_text=empty)
        self.answered.file_stem = "answers-by-source"
        self.days = ChartWidget(tr("Days to a first answer"), self, empty_text=empty)
        self.days.file_stem = "days-to-answer"
        self.answer_text = QLabel(self)
        self.answer_text.setWordWrap(True)
        charts = QHBoxLayout()
        for chart in (self.funnel, self.answered, self.days):
            charts.addWidget(chart, 1)
        pipeline_page = QWidget(self)
        pipeline_lay = QVBoxLayout(pipeline_page)
        pipeline_lay.addLayout(charts, 1)
        pipeline_lay.addWidget(self.answer_text)

        self.pages = QTabWidget(self)
        self.pages.setAccessibleName(tr("Your search at a glance"))
        self.pages.setDocumentMode(True)
        self.pages.addTab(lanes_page, tr("Timeline"))
        self.pages.addTab(pipeline_page, tr("Pipeline and answers"))
        self.body.setMinimumHeight(330)
        self.body_layout.addWidget(self.pages)

    def reader(self) -> Reader[timeline.TimelineInsights]:
        return partial(timeline.timeline_insights,
                       include_archived=self.include_archived.isChecked())

    def show_summary(self, data: timeline.TimelineInsights) -> None:
        self.set_summary(short_summary(data))

    def show_body(self, data: timeline.TimelineInsights) -> None:
        self.lanes.set_lanes(data.lanes)
        self.funnel.set_figure(funnel_figure(data))
        self.answered.set_figure(answered_figure(data))
        self.days.set_figure(days_figure(data))
        self.answer_text.setText(summary_line(data))
        self._show_legend()

    def _show_legend(self) -> None:
        self.legend.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{color.name()}">{glyph}</span>&nbsp;{html.escape(label)}'
            for glyph, label, color in self.lanes.legend()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # Later, not now: when the desktop's palette changes, the chart inside may not
            # have its new palette yet, and the legend takes its colours from the chart.
            QTimer.singleShot(0, self, self._show_legend)
