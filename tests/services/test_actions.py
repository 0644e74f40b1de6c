"""Action items: the concrete next steps."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import ActionSource, Outcome, ReviewStage
from bounceback.db.models import utcnow
from bounceback.services import actions, feedback, review
from bounceback.services.errors import NotFoundError, ValidationError
from tests.services.conftest import MakeApp

D = dt.date


def _new(session: Session, text: str = "Practise the salary answer", **kw: object):
    return actions.create_action(session, actions.ActionInput(text=text, **kw))  # type: ignore[arg-type]


def test_create_with_links(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    note = feedback.create_feedback(session, app.id, feedback.FeedbackInput(asked_whom="HR"))
    item = review.add_item(session, app.id, ReviewStage.OTHER, "Salary talk")
    row = _new(session, "  Lead with leadership  ", due_on=D(2025, 4, 1),
               source=ActionSource.FEEDBACK, application_id=app.id, feedback_id=note.id,
               review_item_id=item.id)
    assert row.text == "Lead with leadership"
    assert (row.source, row.due_on, row.done, row.done_at) == (
        ActionSource.FEEDBACK, D(2025, 4, 1), False, None,
    )
    assert (row.application_id, row.feedback_id, row.review_item_id) == (app.id, note.id, item.id)
    assert actions.list_actions(session) == [row]


@pytest.mark.parametrize(
    ("field", "what"),
    [("application_id", "application"), ("feedback_id", "feedback note"),
     ("review_item_id", "review item")],
)
def test_create_with_missing_link(session: Session, field: str, what: str) -> None:
    with pytest.raises(NotFoundError) as info:
        _new(session, **{field: 404})
    assert (info.value.what, info.value.ident) == (what, 404)
    assert actions.list_actions(session) == []


@pytest.mark.parametrize(
    ("kw", "field"),
    [({"text": "  "}, "text"), ({"text": "x" * 2001}, "text"),
     ({"due_on": D(205, 1, 1)}, "due_on"), ({"due_on": D(3000, 1, 1)}, "due_on")],
)
def test_create_validation(session: Session, kw: dict[str, object], field: str) -> None:
    kw.setdefault("text", "Do it")
    with pytest.raises(ValidationError) as info:
        actions.create_action(session, actions.ActionInput(**kw))  # type: ignore[arg-type]
    assert info.value.field == field


def test_set_done_sets_and_clears_done_at(session: Session) -> None:
    row = _new(session)
    before = utcnow()
    done = actions.set_done(session, row.id, True)
    assert done.done is True
    assert done.done_at is not None
    assert before - dt.timedelta(seconds=1) <= done.done_at <= utcnow()
    reopened = actions.set_done(session, row.id, False)
    assert (reopened.done, reopened.done_at) == (False, None)
    assert actions.list_actions(session)[0] == reopened


def test_update_and_delete(session: Session) -> None:
    row = _new(session, due_on=D(2025, 4, 1))
    updated = actions.update_action(session, row.id, text="Practise twice", due_on=None)
    assert (updated.text, updated.due_on) == ("Practise twice", None)
    with pytest.raises(ValidationError):
        actions.update_action(session, row.id, text="", due_on=None)
    actions.delete_action(session, row.id)
    assert actions.list_actions(session) == []
    for call in (
        lambda: actions.set_done(session, row.id, True),
        lambda: actions.update_action(session, row.id, text="x", due_on=None),
        lambda: actions.delete_action(session, row.id),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_list_open_first_then_due_date_undated_last(session: Session) -> None:
    undated = _new(session, "undated")
    late = _new(session, "late", due_on=D(2025, 5, 1))
    done_early = _new(session, "done early", due_on=D(2025, 1, 1))
    soon = _new(session, "soon", due_on=D(2025, 4, 1))
    undated_2 = _new(session, "undated 2")
    done_undated = _new(session, "done undated")
    actions.set_done(session, done_early.id, True)
    actions.set_done(session, done_undated.id, True)
    order = [a.id for a in actions.list_actions(session)]
    assert order == [soon.id, late.id, undated.id, undated_2.id, done_early.id, done_undated.id]
    open_only = [a.id for a in actions.list_actions(session, open_only=True)]
    assert open_only == [soon.id, late.id, undated.id, undated_2.id]


def test_list_filters(session: Session, make_app: MakeApp) -> None:
    acme = make_app("Acme")
    globex = make_app("Globex")
    note = feedback.create_feedback(session, acme.id, feedback.FeedbackInput(asked_whom="HR"))
    item = review.ensure_checklist(session, globex.id)[0]
    review.assess(session, item.id, Outcome.TO_IMPROVE)
    manual = _new(session, "manual")
    from_feedback = _new(session, "from feedback", source=ActionSource.FEEDBACK,
                         application_id=acme.id, feedback_id=note.id)
    from_review = review.make_action(session, item.id, "from review")

    def ids(**kw: object) -> set[int]:
        return {a.id for a in actions.list_actions(session, **kw)}  # type: ignore[arg-type]

    assert ids() == {manual.id, from_feedback.id, from_review.id}
    assert ids(application_id=acme.id) == {from_feedback.id}
    assert ids(application_id=globex.id) == {from_review.id}
    assert ids(feedback_id=note.id) == {from_feedback.id}
    assert ids(review_item_id=item.id) == {from_review.id}
    assert ids(source=ActionSource.MANUAL) == {manual.id}
    assert ids(source=ActionSource.REVIEW, application_id=acme.id) == set()
