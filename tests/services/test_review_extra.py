"""The review additions the Review tab uses: saving an item in one go, counting new interviews."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, Outcome
from bounceback.services import events, review
from bounceback.services.errors import NotFoundError, ValidationError
from tests.services.conftest import MakeApp

D = dt.date


def _interview(session: Session, app_id: int, day: dt.date) -> events.EventRow:
    return events.add_event(session, app_id, events.EventInput(EventKind.INTERVIEW, day))


def test_update_item_saves_label_outcome_and_note(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    item = review.ensure_checklist(session, app.id)[0]
    data = replace(item.as_input(), label=" Cold application ", outcome=Outcome.TO_IMPROVE,
                   note=" Send it earlier ")
    row = review.update_item(session, item.id, data)
    assert (row.label, row.outcome, row.note) == ("Cold application", Outcome.TO_IMPROVE,
                                                 "Send it earlier")
    assert review.list_items(session, app.id)[0].as_input() == row.as_input()


def test_update_item_clears_outcome_and_counts_actions(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app()
    item = review.ensure_checklist(session, app.id)[0]
    review.update_item(session, item.id, review.ReviewItemInput(item.label, Outcome.TO_IMPROVE))
    review.make_action(session, item.id, "Ask a friend to proofread")
    row = review.update_item(session, item.id, review.ReviewItemInput(item.label, None, "ok"))
    assert row.outcome is None
    assert row.action_count == 1


def test_update_item_checks_everything_before_changing_anything(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app()
    item = review.ensure_checklist(session, app.id)[0]
    with pytest.raises(ValidationError) as err:
        review.update_item(session, item.id,
                           review.ReviewItemInput("   ", Outcome.WENT_WELL, "note"))
    assert err.value.field == "label"
    again = review.list_items(session, app.id)[0]
    assert (again.label, again.outcome, again.note) == (item.label, None, "")
    with pytest.raises(NotFoundError):
        review.update_item(session, 9999, review.ReviewItemInput("x"))


def test_new_interview_count_follows_the_timeline(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    _interview(session, app.id, D(2025, 3, 10))
    assert review.new_interview_count(session, app.id) == 0  # no checklist yet
    review.ensure_checklist(session, app.id)
    assert review.new_interview_count(session, app.id) == 0
    _interview(session, app.id, D(2025, 3, 20))
    events.add_event(session, app.id, events.EventInput(EventKind.SCREEN, D(2025, 3, 5)))
    events.add_event(session, app.id, events.EventInput(EventKind.NOTE, D(2025, 3, 6)))
    assert review.new_interview_count(session, app.id) == 2
    review.ensure_checklist(session, app.id)
    assert review.new_interview_count(session, app.id) == 0
