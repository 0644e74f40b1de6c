"""The Timeline tab's insights: lanes, funnel and answers, drawn from the store when shown."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from bounceback.db.store import Store
from bounceback.services.insights import timeline
from bounceback.ui.common import ops as topics
from bounceback.ui.common.charts import epoch
from bounceback.ui.common.ops import Ops
from bounceback.ui.timeline.insights import TimelineInsights
from bounceback.ui.timeline.insights_lanes import day_ticks
from bounceback.ui.timeline.tab import TimelineTab
from tests.builders import add_application
from tests.ui.insights_data import make_search, show_loaded

D = dt.date
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def ids(store: Store) -> dict[str, int]:
    with store.session() as s, s.begin():
        return make_search(s)


def section(qtbot, ops: Ops, *, expanded: bool = True) -> TimelineInsights:
    w = TimelineInsights(ops)
    qtbot.addWidget(w)
    w.set_expanded(expanded)
    w.resize(1100, 440)
    return w


def test_nothing_is_read_or_built_until_shown(qtbot, ops, ids) -> None:
    w = section(qtbot, ops)
    assert w.refresh_count == 0
    assert not w.lanes.is_built
    with qtbot.waitSignal(w.loaded):
        w.show()
        # The read runs on a worker: the section is on screen before its figures are.
        assert w.loading and w.data is None and w.summary.text() == ""
    assert not w.loading
    assert w.refresh_count == 1
    assert w.lanes.is_built and not w.lanes.is_showing_empty()
    # Archived applications are left out until asked for: Litware is archived.
    assert [lane.company for lane in w.lanes.lanes] == [
        "Lucerne Publishing", "Woodgrove Bank", "Proseware", "Wide World Importers",
        "Adventure Works", "Tailspin", "Fabrikam", "Contoso", "Northwind",
    ]
    assert w.summary.text() == (
        "9 applications · 78% answered · first answer typically after 3 days")


def test_marks_are_coloured_by_kind_and_have_tooltips(qtbot, ops, ids) -> None:
    w = section(qtbot, ops)
    show_loaded(qtbot, w)
    series = {s.name: s for s in w.lanes.figure.series}
    assert set(series) == {"Applied", "Heard back", "Screening or interview", "Offer",
                           "Not selected", "Your own steps and notes"}
    assert len({s.color for s in series.values()}) == 6
    # Contoso (the lane before last, row 7) got its offer on 8 Feb.
    [offer] = series["Offer"].points
    assert (offer.x, offer.y) == (epoch(D(2025, 2, 8)), 7.0)
    # Tailspin's recruiter wrote the day they applied: one tooltip names both.
    tip = w.lanes.tip_at(epoch(D(2025, 1, 20)), 5.0)
    assert tip.splitlines() == ["20 Jan 2025 · Tailspin — Software Engineer", "Applied",
                                "Recruiter contact"]
    assert w.lanes.tip_at(epoch(D(2024, 6, 1)), 5.0) == ""
    # The lane labels run down the left axis.
    axis = w.lanes.plot_widget.getPlotItem().getAxis("left")
    assert axis._tickLevels[0][0] == (0.0, "Lucerne Publishing — Full-sta…")



def test_the_lanes_are_described_by_the_applications_they_show(qtbot, ops, ids) -> None:
    """A screen reader hears which applications the lanes are (issue 18), newest first,
    each with its latest event, not lane numbers read out as values."""
    w = section(qtbot, ops)
    show_loaded(qtbot, w)
    plot = w.lanes.plot_widget
    said = plot.accessibleDescription()
    assert said == plot.viewport().accessibleDescription() == w.lanes.text_alternative()
    assert "values" not in said
    names = [f"{lane.company} — {lane.role}" for lane in w.lanes.lanes]
    at = [said.find(name) for name in names]
    assert -1 not in at and at == sorted(at), said  # every one, in the lanes' order
    assert "Woodgrove Bank — Site Reliability Engineer: " in said
    woodgrove = said.split("Woodgrove Bank — Site Reliability Engineer: ")[1].split(";")[0]
    assert woodgrove.endswith("Rejection on 5 Mar 2025")  # its "no", its latest event
    assert "Litware" not in said  # archived: not shown, not said


def test_many_lanes_are_said_by_name_up_to_a_dozen(qtbot, ops) -> None:
    for n in range(14):
        add_application(ops, f"Company {n:02}", applied_on=D(2025, 1, 1) + dt.timedelta(n))
    w = section(qtbot, ops)
    show_loaded(qtbot, w)
    said = w.lanes.plot_widget.accessibleDescription()
    assert "Company 13 — Engineer" in said and "Company 02 — Engineer" in said
    assert "Company 01" not in said and said.endswith("and 2 more")

def test_lanes_scroll_and_time_zooms(qtbot, ops, ids) -> None:
    w = section(qtbot, ops)
    show_loaded(qtbot, w)
    vb = w.lanes.plot_widget.getPlotItem().getViewBox()
    assert w.lanes.scrollbar.isVisible()
    assert w.lanes.scrollbar.maximum() == 9 - 8
    top, bottom = vb.viewRange()[1]
    assert round(top + 0.6) == 0 and round(bottom + 0.4) == 8
    w.lanes.scrollbar.setValue(1)
    assert round(vb.viewRange()[1][0] + 0.6) == 1
    # The wheel zooms time only; one lane stays one lane tall.
    width = vb.viewRange()[0][1] - vb.viewRange()[0][0]
    vb.scaleBy(x=0.5, y=0.5)
    x_range, y_range = vb.viewRange()
    assert x_range[1] - x_range[0] == pytest.approx(width / 2, rel=0.05)
    assert y_range[1] - y_range[0] == pytest.approx(8.2)


def test_double_click_on_a_lane_opens_the_application(qtbot, ops, ids) -> None:
    tab = TimelineTab(ops)
    qtbot.addWidget(tab)
    [w] = tab.findChildren(TimelineInsights)
    w.set_expanded(True)
    tab.resize(1200, 900)
    show_loaded(qtbot, tab, w)
    plot = w.lanes.plot_widget
    vb = plot.getPlotItem().getViewBox()
    at = plot.mapFromScene(vb.mapViewToScene(QPointF(epoch(D(2025, 1, 25)), 5.0)))
    with qtbot.waitSignal(tab.open_in_tab) as opened:
        # pyqtgraph reports a double click when the button is let go after it.
        QTest.mouseDClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=at)
        QTest.mouseRelease(plot.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert opened.args == ["timeline", ids["Tailspin"]]


def test_funnel_and_answers_by_source(qtbot, ops, ids) -> None:
    w = section(qtbot, ops)
    w.pages.setCurrentIndex(1)
    show_loaded(qtbot, w)
    assert w.funnel.is_built
    bars = w.funnel.figure.bars
    assert bars.values == (9.0, 6.0, 4.0, 1.0)
    assert bars.labels == ("Applied (9)", "Screening call (6)", "Interview (4)", "Offer (1)")
    assert bars.tips[1] == "6 of 9 applications got this far (67%)"
    answered = w.answered.figure.bars
    # Direct: Northwind, Woodgrove, Lucerne of five; referral and recruiter: all answered.
    assert answered.values == pytest.approx((60.0, 100.0, 100.0))
    assert answered.labels[0] == "Applied directly (60%)"
    days = w.days.figure.bars
    assert days.labels == ("Applied directly (6 days)", "Referral (2.5 days)",
                           "A recruiter reached out (same day)")
    assert w.answer_text.text() == ("Companies answered 7 of your 9 applications (78%). "
                                    "The first answer typically came after 3 days.")


def test_archived_ones_count_when_asked(qtbot, ops, ids) -> None:
    w = section(qtbot, ops)
    show_loaded(qtbot, w)
    with qtbot.waitSignal(w.loaded):
        w.include_archived.setChecked(True)
    assert len(w.lanes.lanes) == 10
    assert w.funnel.figure.bars.values[0] == 10.0
    # Remembered for next time.
    again = section(qtbot, ops)
    assert again.include_archived.isChecked() and again.is_expanded()


def test_empty_states(qtbot, ops) -> None:
    w = section(qtbot, ops)
    show_loaded(qtbot, w)
    assert w.lanes.is_showing_empty()
    assert w.summary.text() == "No applications yet."
    with qtbot.waitSignal(w.loaded):
        add_application(ops, "Acme", applied_on=D(2025, 3, 10))
    with qtbot.waitSignal(w.loaded):
        add_application(ops, "Beta", applied_on=D(2025, 3, 10))
    # Two lanes draw; two applications are too few for a pattern.
    assert not w.lanes.is_showing_empty()
    assert len(w.lanes.lanes) == 2
    assert not w.lanes.scrollbar.isVisible()
    for chart in (w.funnel, w.answered, w.days):
        assert chart.is_showing_empty()
        assert chart.empty_label.text() == "Not enough applications yet to see a pattern."
    assert w.answer_text.text() == "Not enough applications yet to see a pattern."


def test_refreshes_when_visible_and_later_when_hidden(qtbot, ops, ids) -> None:
    w = section(qtbot, ops)
    show_loaded(qtbot, w)
    with qtbot.waitSignal(w.loaded):
        add_application(ops, "Zenith", applied_on=D(2025, 3, 10))
    assert w.refresh_count == 2
    assert w.lanes.lanes[0].company == "Zenith"
    w.hide()
    add_application(ops, "Yonder", applied_on=D(2025, 3, 10))
    ops.changed.emit(frozenset({topics.CHECKINS}))  # not about applications: ignored
    assert w.refresh_count == 2 and not w.loading
    with qtbot.waitSignal(w.loaded):
        w.show()
    assert w.refresh_count == 3
    assert len(w.lanes.lanes) == 11


def test_closed_section_shows_the_summary_but_builds_no_chart(qtbot, ops, ids) -> None:
    w = section(qtbot, ops, expanded=False)
    show_loaded(qtbot, w)
    assert w.summary.text().startswith("9 applications")
    assert not w.body.isVisible()
    assert not w.lanes.is_built
    qtbot.mouseClick(w.toggle, Qt.MouseButton.LeftButton)
    assert w.is_expanded() and w.lanes.is_built


def test_closed_section_draws_its_charts_when_opened_without_reading_again(
        qtbot, ops, ids) -> None:
    w = section(qtbot, ops, expanded=False)
    show_loaded(qtbot, w)
    assert w.refresh_count == 1
    assert w.data.application_count == 9
    assert w.summary.text().startswith("9 applications")
    # Closed: only the summary; no lane (nor any other chart) is drawn.
    assert w.lanes.lanes == () and w.lanes.figure is None
    assert w.funnel.figure is None and w.answer_text.text() == ""
    w.set_expanded(True)
    # Opening draws what was already read, at once: no second read, nothing to wait for.
    assert w.refresh_count == 1 and not w.loading
    assert len(w.lanes.lanes) == 9
    assert w.lanes.is_built and not w.lanes.is_showing_empty()
    assert w.funnel.figure.bars.values[0] == 9.0
    # A write while closed again: the summary follows, the lanes wait for the next opening.
    w.set_expanded(False)
    with qtbot.waitSignal(w.loaded):
        add_application(ops, "Zenith", applied_on=D(2025, 3, 10))
    assert w.refresh_count == 2
    assert w.summary.text().startswith("10 applications")
    assert len(w.lanes.lanes) == 9
    w.set_expanded(True)
    assert w.refresh_count == 2 and not w.loading
    assert len(w.lanes.lanes) == 10 and w.lanes.lanes[0].company == "Zenith"


def test_an_older_read_arriving_late_does_not_overwrite_a_newer_one(
        qtbot, ops, ids, monkeypatch: pytest.MonkeyPatch) -> None:
    w = section(qtbot, ops)
    show_loaded(qtbot, w)
    assert w.data.application_count == 9
    # The read without archived applications is held back on its worker until released,
    # so it comes back after the newer read that counts them.
    release = threading.Event()
    real_read = timeline.timeline_insights

    def slow_read(session, *, include_archived: bool):
        if not include_archived:
            assert release.wait(10)
        return real_read(session, include_archived=include_archived)

    monkeypatch.setattr(timeline, "timeline_insights", slow_read)
    # Every result as it reaches the UI thread (after the section has had it), and on which
    # thread the section showed its figures.
    arrived: list[int] = []
    real_read_later = ops.read_later

    def read_later(fn, *args, on_done, **kwargs):
        def done(data):
            on_done(data)
            arrived.append(data.application_count)
        return real_read_later(fn, *args, on_done=done, **kwargs)

    monkeypatch.setattr(ops, "read_later", read_later)
    shown_on: list[threading.Thread] = []
    w.loaded.connect(lambda: shown_on.append(threading.current_thread()))
    try:
        w.reload_in_background()  # older: 9 applications, held back on the worker
        qtbot.wait(100)
        w.include_archived.setChecked(True)  # newer: 10 applications, waits its turn
        qtbot.wait(100)
        assert w.loading and w.data.application_count == 9  # nothing new shown yet
    finally:
        release.set()
    qtbot.waitUntil(lambda: len(arrived) == 2)
    # Both came back (reads take turns, but which answer reaches the window first is up
    # to the threads); the older one was dropped either way: one showing, of the newer.
    assert sorted(arrived) == [9, 10]
    assert shown_on == [threading.main_thread()]
    assert w.data.application_count == 10 and not w.loading
    assert w.summary.text().startswith("10 applications")
    assert len(w.lanes.lanes) == 10
    assert w.refresh_count == 3


def test_save_png(qtbot, ops, ids, tmp_path: Path) -> None:
    w = section(qtbot, ops)
    show_loaded(qtbot, w)
    target = tmp_path / "lanes.png"
    assert w.lanes.save_png(target)
    assert target.read_bytes().startswith(PNG)
    assert w.funnel.save_png(tmp_path / "funnel.png")


def test_the_timeline_tab_carries_the_section(qtbot, ops) -> None:
    tab = TimelineTab(ops)
    qtbot.addWidget(tab)
    assert len(tab.findChildren(TimelineInsights)) == 1


@pytest.mark.parametrize(("days", "pixels", "step", "first"), [
    (14, 1000, 1, "2025-01-05"),
    # Weeks start on Mondays.
    (60, 700, 7, "2025-01-06"),
    (400, 600, 60, "2025-03-01"),
])
def test_day_ticks(days: int, pixels: int, step: int, first: str) -> None:
    low = epoch(D(2025, 1, 5))
    high = low + days * 86_400
    [(spacing, values)] = day_ticks(low, high, pixels)
    assert spacing == step * 86_400
    assert dt.datetime.fromtimestamp(values[0]).date().isoformat() == first
    assert all(low <= v <= high for v in values)
