"""The Feedback tab's insights: recurring themes with their lessons and action items."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidgetItem

from bounceback.db.store import Store
from bounceback.services import feedback
from bounceback.ui.common.ops import Ops
from bounceback.ui.feedback.insights import APP_ROLE, FeedbackInsights
from bounceback.ui.feedback.tab import FeedbackTab
from tests.ui.insights_data import make_feedback, make_search, show_loaded

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def ids(store: Store) -> dict[str, int]:
    with store.session() as s, s.begin():
        found = make_search(s)
        make_feedback(s, found)
        return found


def section(qtbot, ops: Ops, *, archived: bool = False) -> FeedbackInsights:
    w = FeedbackInsights(ops)
    qtbot.addWidget(w)
    w.set_expanded(True)
    w.include_archived.setChecked(archived)
    w.resize(1100, 400)
    show_loaded(qtbot, w)
    return w


def texts(item: QTreeWidgetItem) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def test_themes_chart_and_list_from_the_store(qtbot, ops, ids) -> None:
    w = section(qtbot, ops)
    assert w.chart.is_built and not w.chart.is_showing_empty()
    bars = w.chart.figure.bars
    # Litware is archived and left out: only communication came up twice.
    assert bars.labels == ("Communication (2)", "Leadership (1)", "System design (1)",
                           "Experience (1)", "Coding (1)")
    assert bars.values == (2.0, 1.0, 1.0, 1.0, 1.0)
    assert bars.tips[0] == "Came up for 2 applications: Adventure Works, Tailspin"
    assert w.summary.text() == "“Communication” came up for 2 applications."
    top = w.tree.topLevelItem(0)
    assert top.text(0) == "Communication — 2 applications"
    assert top.isExpanded() and top.font(0).bold()
    assert not w.tree.topLevelItem(1).isExpanded()
    assert texts(top) == ["Lessons (1)", "Action items (1)", "Where it came up (2)"]
    assert texts(top.child(0)) == ["Slow down and draw the system design first"]
    assert texts(top.child(1)) == ["○ Do two system design mock interviews"]
    assert texts(top.child(2)) == ["Adventure Works — Engineer II, 8 Mar 2025",
                                   "Tailspin — Software Engineer, 6 Mar 2025"]
    lead = w.tree.topLevelItem(1)
    # Open ones first.
    assert texts(lead.child(1)) == ["○ Practise a leadership story out loud",
                                    "✓ Rewrite two resume bullets to show leadership"]


def test_archived_feedback_counts_when_asked(qtbot, ops, ids) -> None:
    w = section(qtbot, ops, archived=True)
    assert [w.tree.topLevelItem(i).text(0) for i in range(3)] == [
        "Leadership — 2 applications", "Communication — 2 applications",
        "Experience — 2 applications"]
    assert w.summary.text() == (
        "“Leadership” came up for 2 applications, “Communication” for 2, “Experience” for 2.")


def test_clicking_a_bar_opens_its_theme(qtbot, ops, ids) -> None:
    w = section(qtbot, ops)
    plot = w.chart.plot_widget
    vb = plot.getPlotItem().getViewBox()
    at = plot.mapFromScene(vb.mapViewToScene(QPointF(0.5, 2.0)))
    QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=at)
    design = w.tree.topLevelItem(2)
    assert design.text(0) == "System design — 1 application"
    assert design.isExpanded() and w.tree.currentItem() is design


def test_where_it_came_up_opens_the_application(qtbot, ops, ids) -> None:
    tab = FeedbackTab(ops)
    qtbot.addWidget(tab)
    [w] = tab.findChildren(FeedbackInsights)
    w.set_expanded(True)
    tab.resize(1200, 900)
    show_loaded(qtbot, tab, w)
    place = w.tree.topLevelItem(0).child(2).child(1)
    assert place.data(0, APP_ROLE) == ids["Tailspin"]
    with qtbot.waitSignal(tab.open_in_tab) as opened:
        w.tree.itemActivated.emit(place, 0)
    assert opened.args == ["feedback", ids["Tailspin"]]


def test_refreshes_after_feedback_is_saved(qtbot, ops, ids) -> None:
    w = section(qtbot, ops)
    before = w.refresh_count
    with qtbot.waitSignal(w.loaded):
        ops.write(None, feedback.create_feedback, ids["Woodgrove Bank"], feedback.FeedbackInput(
            asked_whom="Kim", answer_text="We wanted stronger leadership examples."))
    assert w.refresh_count == before + 1
    # A tie keeps the vocabulary's order.
    assert w.summary.text() == (
        "“Leadership” came up for 2 applications, “Communication” for 2.")


def test_empty_state_and_nothing_recurring(qtbot, ops) -> None:
    w = section(qtbot, ops)
    assert w.chart.is_showing_empty()
    assert w.tree.topLevelItemCount() == 0
    assert w.summary.text() == "No themes yet."


def test_one_off_themes_are_listed_but_not_called_recurring(qtbot, ops, store) -> None:
    with store.session() as s, s.begin():
        ids = make_search(s)
        feedback.create_feedback(s, ids["Northwind"], feedback.FeedbackInput(
            asked_whom="Sam", answer_text="Salary expectations were above the budget."))
    w = section(qtbot, ops)
    assert w.summary.text() == "No theme has come up more than once yet."
    assert w.chart.figure.bars.labels == ("Salary expectations (1)",)
    top = w.tree.topLevelItem(0)
    assert not top.font(0).bold()
    assert texts(top)[:2] == ["Lessons: No lesson written yet", "Action items: No action items yet"]


def test_save_png(qtbot, ops, ids, tmp_path: Path) -> None:
    w = section(qtbot, ops)
    assert w.chart.save_png(tmp_path / "themes.png")
    assert (tmp_path / "themes.png").read_bytes().startswith(PNG)
