"""The shared chart base: drawn on first show, in the palette's colours, with tooltips."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtGui import QColor, QPalette

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
from tests.ui.common.chart_kit import drawn_ticks


@pytest.fixture
def chart(qtbot) -> ChartWidget:
    widget = ChartWidget("Title")
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    return widget


def test_a_figure_set_while_hidden_is_drawn_on_first_show(chart: ChartWidget) -> None:
    chart.set_figure(Figure(series=(Series((Point(1, 2, "a"), Point(2, 5, "b"))),),
                            hlines=(HLine(4, "Usual"),)))
    assert not chart.is_built
    assert chart.is_showing_empty()  # nothing drawn yet: the plot doesn't exist
    chart.show()
    assert chart.is_built and not chart.is_showing_empty()
    assert chart.tip_at(2, 5) == "b"
    assert chart.tip_at(1, 2) == "a"


def test_empty_figures_show_the_message(chart: ChartWidget) -> None:
    chart.show()
    for figure in (None, Figure(), Figure(series=(Series(()),)), Figure(bars=Bars((), ()))):
        chart.set_figure(figure)
        assert chart.is_showing_empty()
    chart.set_empty_text("Nothing here yet.")
    assert chart.empty_label.text() == "Nothing here yet."
    assert chart.tip_at(0, 0) == ""


@pytest.mark.parametrize("horizontal", [True, False])
def test_bars_have_their_tooltips(chart: ChartWidget, horizontal: bool) -> None:
    chart.set_figure(Figure(bars=Bars(("one", "two"), (3.0, -1.0), ("tip one", "tip two"),
                                      horizontal=horizontal)))
    chart.show()

    def at(index: float, value: float) -> str:
        return chart.tip_at(value, index) if horizontal else chart.tip_at(index, value)

    assert at(0, 2.5) == "tip one"
    assert at(1, -0.5) == "tip two"
    assert at(1, 0.5) == ""  # beside the negative bar, not on it
    axis = chart.plot_widget.getPlotItem().getAxis("left" if horizontal else "bottom")
    assert [label for _, label in axis._tickLevels[0]] == ["one", "two"]


def test_markers_and_date_axis(chart: ChartWidget) -> None:
    import pyqtgraph as pg

    day = dt.date(2025, 3, 10)
    chart.set_figure(Figure(
        series=(Series((Point(epoch(dt.datetime(2025, 3, 9, 9)), 5, "p"),
                        Point(epoch(dt.datetime(2025, 3, 12, 9)), 6, "q"))),),
        vmarkers=(VMarker(epoch(day), tip="Rejection"),), date_axis=True))
    chart.show()
    assert isinstance(chart.plot_widget.getPlotItem().getAxis("bottom"), pg.DateAxisItem)
    assert chart.tip_at(epoch(day), 5.5) == "Rejection"
    chart.set_figure(Figure(series=(Series((Point(0, 1), Point(1, 2))),)))
    assert not isinstance(chart.plot_widget.getPlotItem().getAxis("bottom"), pg.DateAxisItem)


def test_follows_the_palette(chart: ChartWidget) -> None:
    chart.set_figure(Figure(series=(Series((Point(0, 1), Point(1, 2))),)))
    chart.show()
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202024"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#18181b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    chart.setPalette(dark)
    plot = chart.plot_widget
    assert plot.backgroundBrush().color().name() == "#18181b"
    axis = plot.getPlotItem().getAxis("left")
    assert axis.textPen().color().name() == "#eeeeee"
    assert chart.series_color(0).lightness() > 128  # the light tone on a dark background


def test_a_chart_says_in_words_what_it_shows(qtbot, chart: ChartWidget) -> None:
    from bounceback.ui.common.charts import describe

    bars = Figure(bars=Bars(labels=("Referral", "Job board"), values=(3.0, 1.5)))
    assert describe(bars) == "Referral: 3; Job board: 1.5"
    day = dt.datetime(2026, 3, 1, tzinfo=dt.UTC).timestamp()
    line = Figure(date_axis=True, series=(Series(
        points=(Point(day, 4.0), Point(day + 86400 * 9, 7.0)), name="Mood"),))
    assert describe(line) == "Mood: 2 points from 1 Mar 2026 to 10 Mar 2026, values 4 to 7"
    one = Figure(series=(Series(points=(Point(2.5, 6.5),), name="Mood"),))
    assert describe(one) == "Mood: 1 point from 2.5 to 2.5, values 6.5 to 6.5"
    assert describe(Figure()) == ""
    many = Figure(bars=Bars(labels=tuple(f"t{i}" for i in range(15)),
                            values=tuple(float(i) for i in range(15))))
    assert describe(many).endswith("and 3 more")

    chart.set_title("How you felt")
    chart.set_figure(line)
    chart.show()
    qtbot.waitUntil(lambda: chart.is_built)
    plot = chart.plot_widget
    assert plot.accessibleName() == "How you felt"
    assert plot.accessibleDescription() == describe(line)


@pytest.mark.parametrize(("figure", "axis", "expected"), [
    # One check-in named each feeling: pyqtgraph alone marks 0, 0.2 … 1.
    (Figure(bars=Bars(("Hope", "Anxiety"), (1.0, 1.0)), counts=True), "bottom", ["0", "1"]),
    (Figure(bars=Bars(("a", "b"), (3.0, 2.0), horizontal=False), counts=True), "left",
     ["0", "1", "2", "3"]),
    (Figure(bars=Bars(("a",), (23.0,)), counts=True), "bottom",
     ["0", "5", "10", "15", "20", "25"]),
    (Figure(series=(Series((Point(0, 1), Point(1, 2))),), counts=True), "left",
     ["0", "1", "2"]),
])


def test_a_count_axis_shows_whole_numbers(qtbot, chart: ChartWidget, figure: Figure,
                                          axis: str, expected: list[str]) -> None:
    chart.set_figure(figure)
    chart.show()
    assert drawn_ticks(qtbot, chart, axis) == expected
    chart.set_figure(replace(figure, counts=False))  # the same figure, not counting
    assert drawn_ticks(qtbot, chart, axis) != expected


def test_count_ticks_step_by_one_two_or_five() -> None:
    from bounceback.ui.common.charts import count_ticks

    assert [v for v, _ in count_ticks(0)] == [0, 1]
    assert [label for _, label in count_ticks(7)] == [str(n) for n in range(8)]
    assert [v for v, _ in count_ticks(9)] == [0, 2, 4, 6, 8, 10]
    assert [v for v, _ in count_ticks(100)] == [0, 20, 40, 60, 80, 100]


def test_bars_of_nothing_keep_a_readable_scale(qtbot, chart: ChartWidget) -> None:
    """One way of coping that changed nothing (0 points): the axis stays at whole points,
    not pyqtgraph's zoom into ±0.0004 with a "×0.001" on it."""
    chart.set_figure(Figure(bars=Bars(("A walk outside",), (0.0,)), x_label="Lighter"))
    chart.show()
    low, high = chart.plot_widget.getPlotItem().getViewBox().viewRange()[0]
    assert low <= -0.9 and high >= 0.9
    assert "0.001" not in chart.plot_widget.getPlotItem().getAxis("bottom").labelString()
