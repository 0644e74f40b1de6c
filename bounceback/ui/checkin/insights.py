"""Insights in the Check-in tab: how you have felt over time, how you bounced back after each
rejection, which ways of coping helped, and which feelings come up most.

The figures come from ``services.insights.checkin``; this module only draws them. Nothing is
read or drawn until the panel is first shown, and after a change elsewhere it is read again
only while visible (or the next time it is shown).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bounceback.services.insights import checkin as figures
from bounceback.services.insights.checkin import BounceBack, CheckinInsights
from bounceback.ui.common import labels, preferences
from bounceback.ui.common import ops as topics
from bounceback.ui.common.charts import (
    Bars,
    ChartWidget,
    Figure,
    HLine,
    Point,
    Series,
    VMarker,
    epoch,
)
from bounceback.ui.common.ops import Ops

WATCHED = frozenset({topics.CHECKINS, topics.EVENTS, topics.APPLICATIONS})
MIN_MOOD_POINTS = 2  # one dot is not yet a picture of how you have been
TOP_EMOTIONS = 8


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


class CheckinInsightsPanel(QWidget):
    """The four check-in charts in one scrolling column."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.data: CheckinInsights | None = None
        self._stale = True

        self.mood_chart = ChartWidget(self.tr("How you have felt"), self)
        self.mood_chart.file_stem = "mood-over-time"
        self.mood_note = _caption(self.tr(
            "Each dot is a check-in, from 1 (very low) to 10 (very good). Dashed lines mark "
            "rejections: hover over one to see which."), self)

        self.bounce_chart = ChartWidget(self.tr("After a rejection"), self)
        self.bounce_chart.file_stem = "bounce-back"
        self.rejection = QComboBox(self)
        self.rejection.setAccessibleName(self.tr("Rejection to look at"))
        self.rejection.currentIndexChanged.connect(self._draw_bounce)
        self.bounce_chart.add_header_widget(self.rejection)
        self.bounce_summary = QLabel(self)
        self.bounce_summary.setWordWrap(True)
        self.bounce_summary.setAccessibleName(self.tr("How you bounced back"))

        self.coping_chart = ChartWidget(self.tr("What helped"), self, empty_text=self.tr(
            "When you note how a feeling is after coping, what helped shows here."))
        self.coping_chart.file_stem = "coping"
        self.coping_note = _caption(self.tr(
            "How much lighter your feelings got afterwards, on average, in points out of 10."),
            self)

        self.emotion_chart = ChartWidget(self.tr("Feelings that come up most"), self)
        self.emotion_chart.file_stem = "feelings"

        body = QWidget(self)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 8, 12, 8)
        lay.setSpacing(6)
        for chart in (self.mood_chart, self.bounce_chart, self.coping_chart, self.emotion_chart):
            chart.setMinimumHeight(240)
        lay.addWidget(self.mood_chart)
        lay.addWidget(self.mood_note)
        lay.addSpacing(14)
        lay.addWidget(self.bounce_chart)
        lay.addWidget(self.bounce_summary)
        lay.addSpacing(14)
        lay.addWidget(self.coping_chart)
        lay.addWidget(self.coping_note)
        lay.addSpacing(14)
        lay.addWidget(self.emotion_chart)
        lay.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName(self.tr("What your check-ins show"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        ops.changed.connect(self.on_changed)

    # --- refreshing ------------------------------------------------------------------------
    def on_changed(self, changed: frozenset[str]) -> None:
        if not changed & WATCHED:
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the figures again and redraw every chart."""
        self._stale = False
        self.data = self.ops.read(
            figures.checkin_insights, include_archived=not preferences.hide_archived())
        self._draw_mood()
        self._fill_rejections()
        self._draw_coping()
        self._draw_emotions()

    # --- drawing ---------------------------------------------------------------------------
    def _draw_mood(self) -> None:
        assert self.data is not None
        mood = self.data.mood
        self.mood_note.setHidden(len(mood.points) < MIN_MOOD_POINTS)
        if len(mood.points) < MIN_MOOD_POINTS:
            self.mood_chart.set_figure(None)
            return
        of_ten = self.tr("%1 of 10")
        points = tuple(
            Point(epoch(p.felt_at), p.overall,
                  f"{labels.datetime(p.felt_at)} — {of_ten.replace('%1', str(p.overall))}")
            for p in mood.points)
        markers = tuple(
            VMarker(epoch(r.day), tip=self.tr("Rejection: %1, %2")
                    .replace("%1", f"{r.company} — {r.role}").replace("%2", labels.date(r.day)))
            for r in mood.rejections)
        self.mood_chart.set_figure(Figure(
            series=(Series(points),), vmarkers=markers, date_axis=True, y_range=(1, 10),
            y_label=self.tr("How you felt")))

    def _fill_rejections(self) -> None:
        assert self.data is not None
        keep = self.rejection.currentData()
        self.rejection.blockSignals(True)
        self.rejection.clear()
        for bounce in self.data.bounce_backs:
            r = bounce.rejection
            self.rejection.addItem(f"{r.company} — {r.role}, {labels.date(r.day)}", r.event_id)
        found = self.rejection.findData(keep) if keep is not None else -1
        self.rejection.setCurrentIndex(max(found, 0) if self.data.bounce_backs else -1)
        self.rejection.blockSignals(False)
        self.rejection.setVisible(bool(self.data.bounce_backs))
        self._draw_bounce()

    def current_bounce(self) -> BounceBack | None:
        if self.data is None:
            return None
        ident = self.rejection.currentData()
        return next((b for b in self.data.bounce_backs if b.rejection.event_id == ident), None)

    def _draw_bounce(self) -> None:
        bounce = self.current_bounce()
        if bounce is None:
            self.bounce_chart.set_empty_text(self.tr(
                "When a rejection is on an application's timeline, how you felt in the days "
                "after it shows here."))
            self.bounce_chart.set_figure(None)
            self.bounce_summary.setText("")
            self.bounce_summary.hide()
            return
        self.bounce_chart.set_empty_text(self.tr(
            "No check-ins in the days after this one yet. When you check in, your curve "
            "appears here."))
        self.bounce_summary.setText(self.summary(bounce))
        self.bounce_summary.setVisible(bool(bounce.days))
        self.bounce_chart.set_figure(self._bounce_figure(bounce) if bounce.days else None)

    def _bounce_figure(self, bounce: BounceBack) -> Figure:
        tip = self.tr("Day %1 (%2): %3 of 10")
        points = tuple(
            Point(d.day, d.mean, tip.replace("%1", str(d.day)).replace("%2", labels.date(d.date))
                  .replace("%3", _number(d.mean)))
            for d in bounce.days)
        last = max(bounce.days[-1].day, 7)
        step = 1 if last <= 14 else 7
        ticks = tuple((float(d), str(d)) for d in range(0, last + 1, step))
        usual = () if bounce.usual is None else (HLine(bounce.usual, self.tr(
            "Your usual: %1").replace("%1", _number(bounce.usual))),)
        return Figure(series=(Series(points),), hlines=usual, x_range=(0, last),
                      y_range=(1, 10), x_ticks=ticks, x_label=self.tr("Days after the rejection"),
                      y_label=self.tr("How you felt"))

    def summary(self, bounce: BounceBack) -> str:
        """The words under the bounce-back curve: warm, and never a score."""
        if not bounce.days:
            return ""  # the chart says so already
        if bounce.days_to_usual == 0:
            said = self.tr("You stayed close to your usual level, even on the day itself.")
        elif bounce.days_to_usual == 1:
            said = self.tr("Back to your usual the next day.")
        elif bounce.days_to_usual is not None:
            said = self.tr("Back to your usual in %1 days.").replace(
                "%1", QLocale().toString(bounce.days_to_usual))
        else:
            said = self.tr("Not quite back yet — that's normal; it often takes a week or two.")
        if bounce.usual is None:
            return said
        how = self.tr("Your usual level, %1 of 10, is the middle of your check-ins in the "
                      "month before it.") if bounce.usual_from_before else self.tr(
            "Your usual level, %1 of 10, is the middle of all your check-ins (there were "
            "only a few in the month before it).")
        return f"{said} {how.replace('%1', _number(bounce.usual))}"

    def _draw_coping(self) -> None:
        assert self.data is not None
        coping = self.data.coping
        self.coping_note.setHidden(not coping)
        lighter = self.tr("%1: %2 points lighter on average (feelings noted afterwards: "
                          "%3, in check-ins: %4)")
        same = self.tr("%1: feelings didn't get lighter on average (feelings noted "
                       "afterwards: %3, in check-ins: %4)")
        self.coping_chart.set_figure(Figure(
            bars=Bars(
                labels=tuple(labels.coping(c.method) for c in coping),
                values=tuple(c.average_eased for c in coping),
                tips=tuple((lighter if c.average_eased > 0 else same)
                           .replace("%1", labels.coping(c.method))
                           .replace("%2", _number(c.average_eased))
                           .replace("%3", str(c.pairs)).replace("%4", str(c.checkins))
                           for c in coping),
                color=2),
            x_label=self.tr("Lighter afterwards (points)")) if coping else None)

    def _draw_emotions(self) -> None:
        assert self.data is not None
        found = self.data.emotions[:TOP_EMOTIONS]
        once = self.tr("%1: named once, %3 of 10")
        many = self.tr("%1: named %2 times, %3 of 10 on average")
        self.emotion_chart.set_figure(Figure(
            bars=Bars(
                labels=tuple(labels.emotion(e.emotion) for e in found),
                values=tuple(float(e.count) for e in found),
                tips=tuple((once if e.count == 1 else many)
                           .replace("%1", labels.emotion(e.emotion))
                           .replace("%2", QLocale().toString(e.count))
                           .replace("%3", _number(e.average_intensity)) for e in found),
                color=1),
            x_label=self.tr("Check-ins that named it")) if found else None)


def _number(value: float) -> str:
    """6 or 6.5 (in the locale's way): one decimal, and none when it is whole."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return QLocale().toString(int(rounded))
    return QLocale().toString(rounded, "f", 1)


class CheckinViews(QTabWidget):
    """The left side of the Check-in tab: the list of check-ins, and the insights beside it."""

    def __init__(self, history: QWidget, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Your check-ins and what they show"))
        self.setDocumentMode(True)
        self.history = history
        self.insights = CheckinInsightsPanel(ops, self)
        self.addTab(history, self.tr("Check-ins"))
        self.addTab(self.insights, self.tr("Insights"))
        self.setTabToolTip(1, self.tr("How you have felt over time, and what helped"))
