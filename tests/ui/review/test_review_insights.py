"""The Review tab's insights: action items open and done, by where they came from."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback.db.store import Store
from bounceback.services import actions
from bounceback.ui.common.ops import Ops
from bounceback.ui.review.insights import ReviewInsights
from bounceback.ui.review.tab import ReviewTab
from tests.ui.insights_data import make_actions, make_feedback, make_search, show_loaded

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def ids(store: Store) -> dict[str, int]:
    with store.session() as s, s.begin():
        found = make_search(s)
        make_feedback(s, found)
        make_actions(s, found)
        return found


def section(qtbot, ops: Ops) -> ReviewInsights:
    w = ReviewInsights(ops)
    qtbot.addWidget(w)
    w.set_expanded(True)
    w.resize(1000, 300)
    show_loaded(qtbot, w)
    return w


def test_open_and_done_by_source(qtbot, ops, ids) -> None:
    w = section(qtbot, ops)
    assert w.chart.is_built and not w.chart.is_showing_empty()
    bars = w.chart.figure.bars
    assert bars.labels == ("Added by you", "From feedback", "From a review", "From a check-in")
    # Totals are the bars; the done part is laid over their start.
    assert bars.values == (2.0, 3.0, 3.0, 1.0)
    assert w.chart.done_values == (1.0, 1.0, 2.0, 0.0)
    assert w.chart.bar_texts[1] == "1 done, 2 open"
    assert w.chart.tip_at(0.5, 2.0) == "From a review: 2 done, 1 open"
    assert w.summary.text() == "4 done, 5 open"
    assert "Done" in w.legend.text() and w.legend.isVisible()


def test_archived_applications_count_when_asked(qtbot, ops, ids) -> None:
    w = section(qtbot, ops)
    with qtbot.waitSignal(w.loaded):
        w.include_archived.setChecked(True)
    # Litware (archived) has one open action item from its feedback.
    assert w.chart.figure.bars.values == (2.0, 4.0, 3.0, 1.0)
    assert w.summary.text() == "4 done, 6 open"


def test_refreshes_when_an_item_is_done(qtbot, ops, ids) -> None:
    w = section(qtbot, ops)
    walk = next(a for a in ops.read(actions.list_actions) if a.text.startswith("Go for a walk"))
    with qtbot.waitSignal(w.loaded):
        ops.write(None, actions.set_done, walk.id, True)
    assert w.chart.done_values[-1] == 1.0
    assert w.summary.text() == "5 done, 4 open"


def test_empty_state(qtbot, ops) -> None:
    w = section(qtbot, ops)
    assert w.chart.is_showing_empty()
    assert w.summary.text() == "No action items yet."
    assert not w.legend.isVisible()


def test_save_png(qtbot, ops, ids, tmp_path: Path) -> None:
    w = section(qtbot, ops)
    assert w.chart.save_png(tmp_path / "actions.png")
    assert (tmp_path / "actions.png").read_bytes().startswith(PNG)


def test_the_review_tab_carries_the_section_closed_by_default(qtbot, ops, ids) -> None:
    tab = ReviewTab(ops)
    qtbot.addWidget(tab)
    [w] = tab.findChildren(ReviewInsights)
    show_loaded(qtbot, tab, w)
    assert not w.is_expanded() and not w.chart.is_built
    assert w.summary.text() == "4 done, 5 open"
