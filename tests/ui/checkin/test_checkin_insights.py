"""The Check-in tab's insights through the real widgets: data from the store in the charts,
built on first show, refreshed after changes, empty states, pictures saved."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QToolTip

from bounceback.services import applications as apps
from bounceback.services.insights import checkin as figures
from bounceback.ui.checkin.tab import CheckInTab
from bounceback.ui.common import charts
from bounceback.ui.common import ops as topics
from bounceback.ui.common.charts import epoch
from bounceback.ui.common.ops import Ops
from tests.builders import add_application, add_checkin, add_rejection

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def tab(qtbot, ops: Ops, answers) -> CheckInTab:
    page = CheckInTab(ops)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    return page


def show_insights(tab: CheckInTab):
    tab.views.setCurrentWidget(tab.views.insights)
    return tab.views.insights


def at(day: str, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour))


def a_story(ops: Ops) -> None:
    """Usual 7 before a rejection on 10 March; back on day 5 (mean 6.5)."""
    northwind = add_application(ops, "Northwind", "Designer", applied_on=None).id
    add_rejection(ops, northwind, dt.date(2025, 3, 10))
    add_checkin(ops, when=at("2025-03-01"), emotions=(("hope", 6),), overall=7)
    add_checkin(ops, when=at("2025-03-05"), emotions=(("anxiety", 4),), overall=6)
    add_checkin(ops, when=at("2025-03-08"), emotions=(("hope", 8),), overall=8)
    add_checkin(ops, when=at("2025-03-10", 10), emotions=(("disappointment", 9), ("anxiety", 8)),
                overall=3, coping_method="walk", after=(("disappointment", 6), ("anxiety", 5)))
    add_checkin(ops, when=at("2025-03-10", 22), emotions=(("disappointment", 7),), overall=4,
                coping_method="call_friend", after=(("disappointment", 6),))
    add_checkin(ops, when=at("2025-03-15"), emotions=(("hope", 5),), overall=6)
    add_checkin(ops, when=at("2025-03-15", 20), emotions=(("calm", 6),), overall=7)


def test_nothing_is_read_or_built_until_the_insights_are_shown(tab: CheckInTab, ops: Ops,
                                                                monkeypatch) -> None:
    calls: list[int] = []
    real = figures.checkin_insights
    monkeypatch.setattr(
        figures, "checkin_insights", lambda s, **kw: calls.append(1) or real(s, **kw))
    a_story(ops)
    panel = tab.views.insights
    assert calls == []
    assert not panel.mood_chart.is_built and panel.mood_chart.plot_widget is None

    show_insights(tab)
    assert calls == [1]
    assert panel.mood_chart.is_built
    assert panel.emotion_chart.is_built


def test_the_charts_show_what_is_in_the_store(tab: CheckInTab, ops: Ops) -> None:
    a_story(ops)
    panel = show_insights(tab)

    mood = panel.mood_chart.figure
    assert mood is not None and mood.date_axis
    (line,) = mood.series
    assert [p.y for p in line.points] == [7, 6, 8, 3, 4, 6, 7]
    assert line.points[3].x == epoch(at("2025-03-10", 10))
    assert [m.x for m in mood.vmarkers] == [epoch(dt.date(2025, 3, 10))]
    assert "Northwind" in mood.vmarkers[0].tip
    assert not panel.mood_chart.is_showing_empty()
    assert not panel.mood_chart.save_button.isHidden()

    assert panel.rejection.count() == 1
    assert panel.rejection.currentText() == "10 Mar 2025: Northwind — Designer"
    bounce = panel.bounce_chart.figure
    assert bounce is not None
    assert [(p.x, p.y) for p in bounce.series[0].points] == [(0, 3.5), (5, 6.5)]
    assert [h.y for h in bounce.hlines] == [7.0]
    assert panel.bounce_summary.text().startswith("Back to your usual in 5 days.")
    assert "7 of 10" in panel.bounce_summary.text()

    coping = panel.coping_chart.figure
    assert coping is not None and coping.bars is not None
    # A walk: 9 → 6 and 8 → 5, eased by 3; calling a friend: 7 → 6, eased by 1.
    assert coping.bars.labels == ("A walk outside", "Call a friend and vent")
    assert coping.bars.values == (3.0, 1.0)
    emotions = panel.emotion_chart.figure
    assert emotions is not None and emotions.bars is not None
    # Disappointment (9, 7) is stronger on average than anxiety (4, 8): it comes first.
    assert emotions.bars.labels[:3] == ("Hope", "Disappointment", "Anxiety")
    assert emotions.bars.values[:3] == (3.0, 2.0, 2.0)
    assert emotions.bars.tips[0] == "Hope: named 3 times, 6.3 of 10 on average"


def test_hovering_a_point_shows_its_tooltip(tab: CheckInTab, ops: Ops, qtbot) -> None:
    a_story(ops)
    panel = show_insights(tab)
    chart = panel.mood_chart
    x = epoch(at("2025-03-08"))
    assert chart.tip_at(x, 8).endswith("— 8 of 10")
    assert chart.tip_at(x, 2) == ""  # far below the point: nothing
    assert chart.tip_at(epoch(dt.date(2025, 3, 10)), 9.5).startswith("Rejection: Northwind")

    panel.scroll.ensureWidgetVisible(chart)
    plot = chart.plot_widget
    vb = plot.getPlotItem().getViewBox()
    where = plot.mapFromScene(vb.mapViewToScene(QPointF(x, 8)))
    qtbot.mouseMove(plot.viewport(), where)
    qtbot.waitUntil(lambda: QToolTip.text().endswith("— 8 of 10"))


def test_not_back_yet_is_said_kindly(tab: CheckInTab, ops: Ops) -> None:
    globex = add_application(ops, "Globex", "Designer", applied_on=None).id
    add_rejection(ops, globex, dt.date(2025, 3, 10))
    for day, overall in (("2025-03-02", 8), ("2025-03-05", 8), ("2025-03-09", 9),
                         ("2025-03-11", 4), ("2025-03-13", 6)):
        add_checkin(ops, when=at(day), emotions=(("sadness", 5),), overall=overall)
    panel = show_insights(tab)
    assert panel.bounce_summary.text().startswith(
        "Not quite back yet — that's normal; it often takes a week or two.")
    assert "8 of 10" in panel.bounce_summary.text()
    assert not panel.bounce_summary.isHidden()


def test_choosing_another_rejection_shows_its_curve(tab: CheckInTab, ops: Ops) -> None:
    northwind = add_application(ops, "Northwind", "Designer", applied_on=None).id
    add_rejection(ops, northwind, dt.date(2025, 3, 1))
    globex = add_application(ops, "Globex", "Designer", applied_on=None).id
    add_rejection(ops, globex, dt.date(2025, 3, 4))
    add_checkin(ops, when=at("2025-03-02"), emotions=(("sadness", 5),), overall=4)
    add_checkin(ops, when=at("2025-03-05"), emotions=(("sadness", 5),), overall=8)
    panel = show_insights(tab)
    assert panel.rejection.currentText().endswith("Globex — Designer")  # newest first
    # One day after it: a dot, not yet a curve; one check-in before it: no usual level.
    assert panel.bounce_chart.is_showing_empty()
    assert panel.bounce_chart.empty_label.text().endswith("So far there is one: 5 Mar 2025.")
    assert panel.bounce_summary.text().endswith("and there was only one.")

    panel.rejection.setCurrentIndex(1)
    assert panel.rejection.currentText().endswith("Northwind — Designer")
    assert [(p.x, p.y) for p in panel.bounce_chart.figure.series[0].points] == [
        (1, 4.0), (4, 8.0)]
    assert panel.bounce_chart.figure.hlines == ()  # no usual level drawn either
    assert panel.bounce_summary.text().endswith("and there were none.")

    # a refresh keeps the chosen rejection
    add_checkin(ops, when=at("2025-03-06"), emotions=(("sadness", 5),), overall=6)
    assert panel.rejection.currentText().endswith("Northwind — Designer")
    assert len(panel.bounce_chart.figure.series[0].points) == 3


def test_empty_store_shows_the_empty_states(tab: CheckInTab) -> None:
    panel = show_insights(tab)
    for chart in (panel.mood_chart, panel.bounce_chart, panel.coping_chart,
                  panel.emotion_chart):
        assert chart.is_showing_empty()
        assert chart.save_button.isHidden()  # nothing worth a picture yet
    assert panel.mood_note.isHidden() and panel.coping_note.isHidden()
    assert panel.mood_chart.empty_label.text() == (
        "After your first two check-ins, how you have felt over time shows here.")
    assert panel.emotion_chart.empty_label.text() == (
        "After your first check-in, the feelings you named show here, the most frequent first.")
    assert panel.afterwards_button.text() == "New check-in"  # nothing waits for "afterwards"
    assert panel.rejection.isHidden()
    assert panel.bounce_summary.isHidden()


def test_one_imported_like_checkin_and_a_rejection_without_days_after(
        tab: CheckInTab, ops: Ops) -> None:
    add_checkin(ops, when=at("2025-03-01"), emotions=(("anxiety", 7),), overall=6)
    initech = add_application(ops, "Initech", "Designer", applied_on=None).id
    add_rejection(ops, initech, dt.date(2025, 3, 20))
    panel = show_insights(tab)
    assert panel.mood_chart.is_showing_empty()  # one dot is not a picture yet
    assert not panel.emotion_chart.is_showing_empty()
    assert panel.coping_chart.is_showing_empty()
    assert not panel.rejection.isHidden()
    assert panel.bounce_chart.is_showing_empty()
    assert panel.bounce_chart.empty_label.text().endswith("There are none yet.")
    assert panel.bounce_summary.text().endswith("and there was only one.")


def test_refreshes_while_shown_and_later_when_hidden(tab: CheckInTab, ops: Ops,
                                                     monkeypatch) -> None:
    a_story(ops)
    panel = show_insights(tab)
    assert len(panel.mood_chart.figure.series[0].points) == 7
    add_checkin(ops, when=at("2025-03-20"), emotions=(("sadness", 5),), overall=8)
    assert len(panel.mood_chart.figure.series[0].points) == 8

    calls: list[int] = []
    real = figures.checkin_insights
    monkeypatch.setattr(
        figures, "checkin_insights", lambda s, **kw: calls.append(1) or real(s, **kw))
    ops.changed.emit(frozenset({topics.FEEDBACK}))  # nothing the charts show
    assert calls == []

    tab.views.show_checkins()
    add_checkin(ops, when=at("2025-03-21"), emotions=(("sadness", 5),), overall=9)
    assert calls == []  # hidden: not read now
    assert len(panel.mood_chart.figure.series[0].points) == 8
    show_insights(tab)
    assert calls == [1]
    assert len(panel.mood_chart.figure.series[0].points) == 9


def test_save_png_writes_a_picture(tab: CheckInTab, ops: Ops, tmp_path: Path,
                                   monkeypatch) -> None:
    a_story(ops)
    panel = show_insights(tab)
    target = tmp_path / "mood.png"
    assert panel.mood_chart.save_png(target)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(target))
    assert image.width() >= panel.mood_chart.plot_widget.width()
    assert image.height() > panel.mood_chart.plot_widget.height()  # the title is on it too

    asked: list[str] = []
    monkeypatch.setattr(charts, "ask_png_path",
                        lambda parent, suggested: asked.append(suggested) or str(tmp_path / "b"))
    panel.bounce_chart.save_button.click()
    assert asked == ["bounce-back.png"]
    assert not QImage(str(tmp_path / "b.png")).isNull()


def test_save_png_of_an_empty_chart(tab: CheckInTab, tmp_path: Path) -> None:
    panel = show_insights(tab)
    assert panel.coping_chart.save_png(tmp_path / "empty.png")
    assert not QImage(str(tmp_path / "empty.png")).isNull()


def test_importing_the_tab_does_not_load_pyqtgraph() -> None:
    code = ("import sys\n"
            "import bounceback.ui.checkin.tab\n"
            "import bounceback.ui.common.charts\n"
            "print('pyqtgraph' in sys.modules)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "False"


# --- honest figures (issue 15) -----------------------------------------------------------------

def test_one_checkin_on_the_day_of_a_rejection_invents_no_usual_level(
        tab: CheckInTab, ops: Ops) -> None:
    """The issue's case: one check-in, on the rejection's day. There is no usual level to be
    "close to", and one dot is no curve: each chart says what it is waiting for."""
    northwind = add_application(ops, "Northwind", "Designer", applied_on=None).id
    add_rejection(ops, northwind, dt.date(2025, 3, 10))
    add_checkin(ops, when=at("2025-03-10", 20), emotions=(("hurt", 8),), overall=3)
    panel = show_insights(tab)

    said = panel.bounce_summary.text()
    assert said == ("How soon you were back to your usual level needs at least 3 check-ins "
                    "from before this rejection, and there were none.")
    assert "stayed close" not in said and "3 of 10" not in said
    assert panel.bounce_chart.is_showing_empty()
    assert panel.bounce_chart.empty_label.text() == (
        "This curve needs check-ins on at least two different days in the 30 days after the "
        "rejection. So far there is one: 10 Mar 2025.")
    assert panel.mood_chart.is_showing_empty()
    assert panel.mood_chart.empty_label.text() == (
        "One check-in so far. After one more, how you have felt over time shows here.")
    assert not panel.emotion_chart.is_showing_empty()  # one feeling, named once: true


def test_two_checkins_before_are_not_yet_a_usual_level(tab: CheckInTab, ops: Ops) -> None:
    northwind = add_application(ops, "Northwind", "Designer", applied_on=None).id
    add_rejection(ops, northwind, dt.date(2025, 3, 10))
    add_checkin(ops, when=at("2025-03-05"), emotions=(("sadness", 5),), overall=7)
    add_checkin(ops, when=at("2025-03-08"), emotions=(("sadness", 5),), overall=7)
    add_checkin(ops, when=at("2025-03-10", 20), emotions=(("sadness", 5),), overall=3)
    add_checkin(ops, when=at("2025-03-12"), emotions=(("sadness", 5),), overall=7)
    panel = show_insights(tab)
    bounce = panel.bounce_chart.figure
    assert bounce is not None and [(p.x, p.y) for p in bounce.series[0].points] == [
        (0, 3.0), (2, 7.0)]
    assert bounce.hlines == ()  # no "your usual" line from two check-ins
    assert panel.bounce_summary.text().endswith("and there were only 2.")
    assert not panel.mood_chart.is_showing_empty()


def test_without_any_rejection_the_curve_waits_for_one(tab: CheckInTab, ops: Ops) -> None:
    add_checkin(ops, when=at("2025-03-05"), emotions=(("sadness", 5),), overall=7)
    add_checkin(ops, when=at("2025-03-06"), emotions=(("sadness", 5),), overall=5)
    panel = show_insights(tab)
    assert panel.bounce_chart.is_showing_empty()
    assert "When a rejection is on an application's timeline" in \
        panel.bounce_chart.empty_label.text()
    assert panel.rejection.isHidden()
    assert panel.bounce_summary.isHidden()


def test_counting_feelings_shows_whole_numbers(qtbot, tab: CheckInTab, ops: Ops) -> None:
    from tests.ui.common.chart_kit import drawn_ticks

    add_checkin(ops, when=at("2025-03-05"), emotions=(("hope", 6), ("anxiety", 4)), overall=7)
    panel = show_insights(tab)
    panel.scroll.ensureWidgetVisible(panel.emotion_chart)
    assert drawn_ticks(qtbot, panel.emotion_chart, "bottom") == ["0", "1"]


# --- what helped points to where "afterwards" is noted -------------------------------------------

def test_what_helped_opens_the_checkin_waiting_for_its_afterwards(
        qtbot, tab: CheckInTab, ops: Ops) -> None:
    waiting = add_checkin(ops, when=at("2025-03-01"), emotions=(("anxiety", 7),), overall=4,
                          coping_method="walk").id
    add_checkin(ops, when=at("2025-03-02"), emotions=(("hope", 5),), overall=5)
    panel = show_insights(tab)
    assert panel.coping_chart.is_showing_empty()
    assert panel.afterwards_hint.text() == (
        "Your check-in of 1 Mar 2025, 09:00 chose a walk outside. Once you have spent the "
        "time, tick “Record how I feel now” in it: what helped learns from that.")
    button = panel.afterwards_button
    assert button.text() == "Open that check-in"
    panel.scroll.ensureWidgetVisible(button)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert tab.views.currentWidget() is tab.views.checkins
    assert tab.form.title.text() == "Check-in of 1 Mar 2025, 09:00"
    record = tab.form.afterwards.record
    assert record.isVisible() and record.hasFocus()
    view = tab.scroll.viewport().rect()
    top = tab.form.afterwards.mapTo(tab.scroll.viewport(), QPoint(0, 0))
    assert view.contains(top) and view.contains(top + QPoint(0, record.height()))
    assert tab.history.current_id() == waiting  # and chosen in the list
    qtbot.keyClick(record, Qt.Key.Key_Space)  # the box is ready for the keyboard
    assert tab.form.afterwards.grid_holder.isVisible()


def test_what_helped_starts_a_checkin_when_none_is_waiting(
        qtbot, tab: CheckInTab, ops: Ops) -> None:
    add_checkin(ops, when=at("2025-03-01"), emotions=(("anxiety", 7),), overall=4,
                coping_method="walk", after=(("anxiety", 4),))
    panel = show_insights(tab)
    assert not panel.coping_chart.is_showing_empty()
    assert panel.afterwards_hint.text() == (
        "What helped learns from check-ins where you chose a way to look after yourself and "
        "later ticked “Record how I feel now”.")
    panel.scroll.ensureWidgetVisible(panel.afterwards_button)
    qtbot.mouseClick(panel.afterwards_button, Qt.MouseButton.LeftButton)
    assert tab.views.currentWidget() is tab.views.checkins
    assert tab.form.title.text() == "New check-in"


# --- room ----------------------------------------------------------------------------------------

def test_the_insights_have_the_tabs_whole_width(qtbot, tab: CheckInTab, ops: Ops) -> None:
    a_story(ops)
    panel = show_insights(tab)
    assert not tab.pane.isVisible() and not tab.history.isVisible()
    assert panel.width() >= tab.width() - 40
    assert panel.columns == 2  # two charts side by side at this width
    mood, bounce = (c.mapTo(panel, QPoint(0, 0)) for c in (panel.mood_chart, panel.bounce_chart))
    assert mood.y() == bounce.y() and mood.x() + panel.mood_chart.width() < bounce.x()

    big = panel.font()  # much larger text: too little room for two, one above the other
    big.setPointSizeF(big.pointSizeF() * 2.2)
    panel.setFont(big)
    assert panel.columns == 1
    qtbot.waitUntil(lambda: panel.mood_chart.mapTo(panel, QPoint(0, 0)).y()
                    + panel.mood_chart.height() < panel.bounce_chart.mapTo(panel, QPoint(0, 0)).y())


def test_opening_an_application_brings_the_form_back(tab: CheckInTab, ops: Ops) -> None:
    northwind = add_application(ops, "Northwind", "Designer", applied_on=None).id
    add_rejection(ops, northwind, dt.date(2025, 3, 10))
    show_insights(tab)
    app_id = ops.read(apps.list_choices)[0][0]
    tab.show_application(app_id)
    assert tab.views.currentWidget() is tab.views.checkins
    assert tab.form.isVisible()
