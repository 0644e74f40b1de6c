"""What BounceBack writes on a timeline is shown in the language the window speaks, whichever
language it was written in: a finished plan step, feedback asked for, a thank-you sent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from bounceback.db.enums import PlanStep, Status, StepState
from bounceback.services import events, feedback, plans
from bounceback.ui import language
from bounceback.ui.common.ops import Ops
from bounceback.ui.timeline.tab import TimelineTab
from tests.builders import add_application, write

DAY = dt.date(2025, 3, 20)


@pytest.fixture
def spoken() -> Iterator[None]:
    yield
    language.apply(language.SOURCE)


def _history_details(tab: TimelineTab) -> list[str]:
    model = tab.related.history.model
    column = model.columnCount() - 1
    return [model.index(r, column).data(Qt.ItemDataRole.DisplayRole)
            for r in range(model.rowCount())]


def test_what_bounceback_wrote_follows_the_language(qtbot, ops: Ops, answers, spoken) -> None:
    app = add_application(ops, "Acme", "Designer", rejected_on=DAY)
    plan = ops.read(plans.plan_for_application, app.id)
    assert plan is not None
    assert language.apply("es")
    # Done while speaking Spanish...
    write(ops, plans.set_step, plan.id, PlanStep.CONNECT, StepState.DONE, today=DAY)
    write(ops, feedback.create_feedback, app.id, feedback.FeedbackInput(
        asked_whom="Sam (reclutador)", asked_on=DAY))
    tab = TimelineTab(ops)
    qtbot.addWidget(tab)
    tab.show()
    tab.open_application(app.id)
    shown = _history_details(tab)
    assert "Sé amable y mantén el contacto: hecho" in shown
    assert "Pediste comentarios a Sam (reclutador)" in shown
    # ... nothing of it is stored in Spanish, or in English:
    stored = [e.details for e in ops.read(events.list_events, app.id)]
    assert "connect" in stored and "Sam (reclutador)" in stored
    assert not any("amable" in d or "gracious" in d for d in stored)
    # ... and in English it reads in English.
    assert language.apply("en")
    tab.open_application(app.id)
    shown = _history_details(tab)
    assert "Be gracious and stay connected: done" in shown
    assert "Asked Sam (reclutador) for feedback" in shown


def test_an_edited_event_becomes_the_persons_own(qtbot, ops: Ops, answers, spoken,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from bounceback.ui.timeline.event_dialog import EventDialog

    app = add_application(ops, "Acme", "Designer", status=Status.APPLIED)
    write(ops, feedback.create_feedback, app.id, feedback.FeedbackInput(
        asked_whom="Sam", asked_on=DAY))
    asked = next(e for e in ops.read(events.list_events, app.id) if e.said)
    tab = TimelineTab(ops)
    qtbot.addWidget(tab)
    tab.show()
    tab.open_application(app.id)
    seen: list[str] = []

    def untouched(dlg: EventDialog) -> int:
        seen.append(dlg.details.toPlainText())
        return 1

    monkeypatch.setattr(EventDialog, "exec", untouched)
    tab.related._edit_event(asked.id)
    # Opened with its words, saved untouched: still BounceBack's, worded as shown.
    assert seen == ["Asked Sam for feedback"]
    again = ops.read(events.get_event, asked.id)
    assert (again.said, again.details) == ("asked_feedback", "Sam")

    def rewritten(dlg: EventDialog) -> int:
        dlg.details.setPlainText("Asked Sam, over coffee")
        return 1

    monkeypatch.setattr(EventDialog, "exec", rewritten)
    tab.related._edit_event(asked.id)
    mine = ops.read(events.get_event, asked.id)
    assert (mine.said, mine.details) == ("", "Asked Sam, over coffee")
