"""Insights in the Check-in tab: how you have felt over time, how you bounced back after each
rejection, which ways of coping helped, and which feelings come up most.

The figures come from ``services.insights.checkin``; this module only draws them. Nothing is
read or drawn until the panel is first shown, and after a change elsewhere it is read again
only while visible (or the next time it is shown).

The insights have a page of their own beside the check-ins (not a strip beside the form): four
charts want the tab's whole width, two side by side when there is room for both, one above the
other when there isn't (a narrow window, large fonts). Where a figure can't honestly be drawn
yet, the chart says exactly what it is waiting for instead of making one up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bounceback.services.insights import checkin as figures
from bounceback.services.insights.checkin import BounceBack, CheckinInsights, CopingHelp
from bounceback.services.vocabulary import OTHER_COPING
from bounceback.ui.checkin.afterwards import in_sentence
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
from bounceback.ui.common.i18n import fill, plural_count
from bounceback.ui.common.ops import Ops
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

WATCHED = frozenset({topics.CHECKINS, topics.EVENTS, topics.APPLICATIONS})
MIN_MOOD_POINTS = 2  # one dot is not yet a picture of how you have been
TOP_EMOTIONS = 8
# A chart reads well from about this many lines of text tall and characters wide: the
# room scales with the font, so large fonts get larger charts, not squeezed ones.
CHART_LINES = 15
COLUMN_CHARS = 46
MIN_CHART_HEIGHT = 240


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_role(label, TextRole.CAPTION)
    return label


class ElidingComboBox(QComboBox):
    """A chooser that ends a choice too long for its width with "…" (the tooltip has it in
    full), instead of cutting it off mid-letter."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def _card(parent: QWidget, *parts: QWidget) -> QWidget:
    """One chart with the words that belong to it, kept together when the grid reflows."""
    card = QWidget(parent)
    lay = QVBoxLayout(card)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(6)
    for part in parts:
        lay.addWidget(part)
    lay.addStretch(1)
    return card


def _row(parent: QWidget, *parts: QWidget) -> QWidget:
    row = QWidget(parent)
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        lay.addWidget(part)
    lay.addStretch(1)
    return row


class CheckinInsightsPanel(QWidget):
    """The four check-in charts, in two columns when there is room, else one."""

    # Take the person to where "afterwards" is noted: a check-in's id, or None for a new one.
    afterwards_requested = Signal(object)
    # Hides QWidget.scroll(dx, dy), which nothing calls; tests scroll through this name.
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.data: CheckinInsights | None = None
        self._stale = True
        self.columns = 0

        self.mood_chart = ChartWidget(self.tr("How you have felt"), self)
        self.mood_chart.file_stem = "mood-over-time"
        self.mood_note = _caption(self.tr(
            "Each dot is a check-in, from 1 (very low) to 10 (very good). Dashed lines mark "
            "rejections: hover over one to see which."), self)

        self.bounce_chart = ChartWidget(self.tr("After a rejection"), self)
        self.bounce_chart.file_stem = "bounce-back"
        # On a line of its own under the chart's title (which names it), not in the title
        # row: "date: Company — Role" needs the chart's whole width to be read. The date
        # comes first, so a long role is what a narrow chart cuts short.
        self.rejection = ElidingComboBox(self)
        self.rejection.setAccessibleName(self.tr("Rejection to look at"))
        self.rejection.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rejection.setMinimumContentsLength(20)
        self.rejection.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rejection.currentIndexChanged.connect(self._draw_bounce)
        self.bounce_summary = QLabel(self)
        self.bounce_summary.setWordWrap(True)
        self.bounce_summary.setAccessibleName(self.tr("How you bounced back"))

        self.coping_chart = ChartWidget(self.tr("What helped"), self, empty_text=self.tr(
            "When you note how a feeling is after coping, what helped shows here."))
        self.coping_chart.file_stem = "coping"
        self.coping_note = _caption(self.tr(
            "How much lighter your feelings got afterwards, on average, in points out of 10."),
            self)
        # Where "afterwards" is noted, and a way there: what helped can't grow without it.
        self.afterwards_hint = _caption("", self)
        self.afterwards_hint.setAccessibleName(self.tr("Where what helped comes from"))
        self.afterwards_button = QPushButton(self.tr("New check-in"), self)
        self.afterwards_button.setAccessibleName(self.afterwards_button.text())
        self.afterwards_button.setAutoDefault(False)
        self.afterwards_button.clicked.connect(self._afterwards_clicked)

        self.emotion_chart = ChartWidget(self.tr("Feelings that come up most"), self)
        self.emotion_chart.file_stem = "feelings"

        body = QWidget(self)
        self.bounce_chart.add_controls(self.rejection)
        # Its label, the title above it: on Linux a combo box's name is its value, and what
        # it is for reaches a screen reader only from a label (Qt ignores accessibleName).
        self.bounce_chart.title_label.setBuddy(self.rejection)
        self.cards = [
            _card(body, self.mood_chart, self.mood_note),
            _card(body, self.bounce_chart, self.bounce_summary),
            _card(body, self.coping_chart, self.coping_note, self.afterwards_hint,
                  _row(body, self.afterwards_button)),
            _card(body, self.emotion_chart),
        ]
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(8, 8, 12, 12)
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(24)
        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName(self.tr("What your check-ins show"))
        # Tab goes straight to the sections and charts inside; the area follows the focus.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._size_charts()
        self._reflow()

        ops.changed.connect(self.on_changed)

    # --- room ------------------------------------------------------------------------------
    def _size_charts(self) -> None:
        tall = max(MIN_CHART_HEIGHT, CHART_LINES * self.fontMetrics().height())
        for chart in (self.mood_chart, self.bounce_chart, self.coping_chart, self.emotion_chart):
            # The plot itself: title and chooser rows come on top of it.
            chart.stack.setFixedHeight(tall)

    def _reflow(self) -> None:
        """Two columns when each gets room for a readable chart, else one."""
        # The panel's own width: the viewport's lags behind while the page is hidden.
        width = self.width() - self.scroll.verticalScrollBar().sizeHint().width()
        column = COLUMN_CHARS * self.fontMetrics().averageCharWidth()
        columns = 2 if width >= 2 * column + self.grid.horizontalSpacing() else 1
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // columns, i % columns)
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        for r in range(len(self.cards) + 1):
            self.grid.setRowStretch(r, 0)
        self.grid.setRowStretch(-(-len(self.cards) // columns), 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_charts()
            self.columns = 0
            self._reflow()

    # --- refreshing ------------------------------------------------------------------------
    def on_changed(self, changed: frozenset[str]) -> None:
        if not changed & WATCHED:
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reflow()
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
        self._draw_afterwards_hint()
        self._draw_emotions()

    # --- drawing ---------------------------------------------------------------------------
    def _draw_mood(self) -> None:
        assert self.data is not None
        mood = self.data.mood
        self.mood_note.setHidden(len(mood.points) < MIN_MOOD_POINTS)
        if len(mood.points) < MIN_MOOD_POINTS:
            self.mood_chart.set_empty_text(self.tr(
                "One check-in so far. After one more, how you have felt over time shows here.")
                if mood.points else self.tr(
                "After your first two check-ins, how you have felt over time shows here."))
            self.mood_chart.set_figure(None)
            return
        of_ten = self.tr("%1 of 10")
        points = tuple(
            Point(epoch(p.felt_at), p.overall,
                  f"{labels.datetime(p.felt_at)} — {fill(of_ten, p.overall)}")
            for p in mood.points)
        markers = tuple(
            VMarker(epoch(r.day), tip=fill(self.tr("Rejection: %1, %2"),
                                           f"{r.company} — {r.role}", labels.date(r.day)))
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
            text = f"{labels.date(r.day)}: {r.company} — {r.role}"
            self.rejection.addItem(text, r.event_id)
            self.rejection.setItemData(self.rejection.count() - 1, text,
                                       Qt.ItemDataRole.ToolTipRole)
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
        self.rejection.setToolTip(self.rejection.currentText())  # in full, if cut short
        if bounce is None:
            self.bounce_chart.set_empty_text(self.tr(
                "When a rejection is on an application's timeline, how you felt in the days "
                "after it shows here."))
            self.bounce_chart.set_figure(None)
            self.bounce_summary.setText("")
            self.bounce_summary.hide()
            return
        self.bounce_chart.set_empty_text(self.curve_needs(bounce))
        self.bounce_summary.setText(self.summary(bounce))
        self.bounce_summary.show()
        self.bounce_chart.set_figure(self._bounce_figure(bounce) if bounce.has_curve else None)

    def curve_needs(self, bounce: BounceBack) -> str:
        """What the curve is still waiting for: check-ins on two days after the rejection."""
        days = QLocale().toString(figures.CURVE_DAYS)
        if not bounce.days:
            return fill(self.tr("This curve needs check-ins on at least two different days in "
                                "the %1 days after the rejection. There are none yet."), days)
        return fill(self.tr("This curve needs check-ins on at least two different days in the "
                            "%1 days after the rejection. So far there is one: %2."),
                    days, labels.date(bounce.days[0].date))

    def _bounce_figure(self, bounce: BounceBack) -> Figure:
        tip = self.tr("Day %1 (%2): %3 of 10")
        points = tuple(
            Point(d.day, d.mean, fill(tip, d.day, labels.date(d.date), _number(d.mean)))
            for d in bounce.days)
        last = max(bounce.days[-1].day, 7)
        step = 1 if last <= 14 else 7
        ticks = tuple((float(d), str(d)) for d in range(0, last + 1, step))
        usual = () if bounce.usual is None else (HLine(bounce.usual, fill(self.tr(
            "Your usual: %1"), _number(bounce.usual))),)
        return Figure(series=(Series(points),), hlines=usual, x_range=(0, last),
                      y_range=(1, 10), x_ticks=ticks, x_label=self.tr("Days after the rejection"),
                      y_label=self.tr("How you felt"))

    def summary(self, bounce: BounceBack) -> str:
        """The words under the bounce-back curve: warm, never a score, and never a usual
        level that wasn't measured."""
        if bounce.usual is None:
            return self._usual_needs(bounce.checkins_before)
        how = self.tr("Your usual level, %1 of 10, is the middle of your check-ins in the "
                      "month before it.") if bounce.usual_from_before else self.tr(
            "Your usual level, %1 of 10, is the middle of your %Ln check-in(s) before it "
            "(the month before it had fewer than %2).", "", bounce.checkins_before)
        how = fill(how, _number(bounce.usual), QLocale().toString(figures.USUAL_MIN_CHECKINS))
        if not bounce.days:
            return how  # the chart says what the curve is waiting for
        if bounce.days_to_usual == 0:
            said = self.tr("You stayed close to your usual level, even on the day itself.")
        elif bounce.days_to_usual == 1:
            said = self.tr("Back to your usual the next day.")
        elif bounce.days_to_usual is not None:
            said = self.tr("Back to your usual in %Ln day(s).", "", bounce.days_to_usual)
        else:
            said = self.tr("Not quite back yet — that's normal; it often takes a week or two.")
        return f"{said} {how}"

    def _usual_needs(self, before: int) -> str:
        """Why "back to your usual" can't be said: the usual level is measured only from
        check-ins before the rejection, and there were too few."""
        if before == 0:
            text = self.tr("How soon you were back to your usual level needs at least %1 "
                           "check-ins from before this rejection, and there were none.")
        elif before == 1:
            text = self.tr("How soon you were back to your usual level needs at least %1 "
                           "check-ins from before this rejection, and there was only one.")
        else:
            text = self.tr("How soon you were back to your usual level needs at least %1 "
                           "check-ins from before this rejection, and there were only %2.")
        return fill(text, QLocale().toString(figures.USUAL_MIN_CHECKINS),
                    QLocale().toString(before))

    def _draw_coping(self) -> None:
        assert self.data is not None
        coping = self.data.coping
        self.coping_note.setHidden(not coping)
        self.coping_chart.set_figure(Figure(
            bars=Bars(
                labels=tuple(labels.coping(c.method) for c in coping),
                values=tuple(c.average_eased for c in coping),
                tips=tuple(self._coping_tip(c) for c in coping),
                color=2),
            x_label=self.tr("Lighter afterwards (points)")) if coping else None)

    def _coping_tip(self, coping: CopingHelp) -> str:
        if coping.average_eased > 0:
            text = self.tr("%1: %2 point(s) lighter on average (feelings noted afterwards: "
                           "%3, in check-ins: %4)", "", plural_count(coping.average_eased))
        else:
            text = self.tr("%1: feelings didn't get lighter on average (feelings noted "
                           "afterwards: %3, in check-ins: %4)")
        return fill(text, labels.coping(coping.method), _number(coping.average_eased),
                    coping.pairs, coping.checkins)

    def _draw_afterwards_hint(self) -> None:
        """Where "what helped" comes from, and the way there: the check-in waiting for its
        "afterwards", or a new check-in when none is."""
        assert self.data is not None
        # The words of the form's own check box, so the hint names exactly what is seen there.
        record = QCoreApplication.translate("Afterwards", "&Record how I feel now") \
            .replace("&", "")
        awaiting = self.data.awaiting
        if awaiting is not None:
            way = f"“{awaiting.coping_note}”" if awaiting.coping_method == OTHER_COPING \
                and awaiting.coping_note else in_sentence(labels.coping(awaiting.coping_method))
            hint = fill(self.tr("Your check-in of %1 chose %2. Once you have spent the time, "
                                "tick “%3” in it: what helped learns from that."),
                        labels.datetime(awaiting.felt_at), way, record)

            button = self.tr("Open that check-in")
        else:
            hint = fill(self.tr("What helped learns from check-ins where you chose a way to look "
                                "after yourself and later ticked “%1”."), record)
            button = self.tr("New check-in")
        self.afterwards_hint.setText(hint)
        self.afterwards_button.setText(button)
        self.afterwards_button.setAccessibleName(button)

    def _afterwards_clicked(self) -> None:
        awaiting = self.data.awaiting if self.data is not None else None
        self.afterwards_requested.emit(awaiting.checkin_id if awaiting is not None else None)

    def _draw_emotions(self) -> None:
        assert self.data is not None
        found = self.data.emotions[:TOP_EMOTIONS]
        self.emotion_chart.set_empty_text(self.tr(
            "After your first check-in, the feelings you named show here, the most frequent "
            "first.") if not self.data.mood.points else self.tr(
            "None of your check-ins names a feeling yet. When one does, it shows here."))
        self.emotion_chart.set_figure(Figure(
            bars=Bars(
                labels=tuple(labels.emotion(e.emotion) for e in found),
                values=tuple(float(e.count) for e in found),
                # In English: "Hope: named once, 6 of 10", "Hope: named 3 times, 6.3 of 10
                # on average".
                tips=tuple(fill(self.tr("%1: named %Ln time(s), %2 of 10 on average", "",
                                        e.count),
                                labels.emotion(e.emotion), _number(e.average_intensity))
                           for e in found),

                color=1),
            x_label=self.tr("Check-ins that named it"), counts=True) if found else None)


def _number(value: float) -> str:
    """6 or 6.5 (in the locale's way): one decimal, and none when it is whole."""
    return labels.number(value, 1)


class CheckinViews(QTabWidget):
    """The two pages of the Check-in tab: the check-ins (list and form), and the insights on
    a page of their own, so the charts get the tab's whole width."""

    def __init__(self, checkins: QWidget, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Your check-ins and what they show"))
        self.setDocumentMode(True)
        self.checkins = checkins
        self.insights = CheckinInsightsPanel(ops, self)
        self.addTab(checkins, self.tr("Check-ins"))
        self.addTab(self.insights, self.tr("Insights"))
        self.setTabToolTip(0, self.tr("Your check-ins, and the one open"))
        self.setTabToolTip(1, self.tr("How you have felt over time, and what helped"))

    def show_checkins(self) -> None:
        self.setCurrentWidget(self.checkins)

    def show_insights(self) -> None:
        self.setCurrentWidget(self.insights)
