"""Action items open and done, by where they came from."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bounceback.db.enums import ActionSource, Outcome
from bounceback.services import actions, feedback, review
from bounceback.services import applications as apps
from bounceback.services.insights import review as insights
from tests.services.conftest import MakeApp


def _counts(summary: insights.ActionSummary) -> dict[ActionSource, tuple[int, int]]:
    return {s.source: (s.open, s.done) for s in summary.by_source}


def test_open_and_done_by_source(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    note = feedback.create_feedback(session, app.id, feedback.FeedbackInput(asked_whom="Sam"))
    item = review.ensure_checklist(session, app.id)[1]
    review.assess(session, item.id, Outcome.TO_IMPROVE)
    from_review = review.make_action(session, item.id, "Ask a friend to proofread")
    actions.set_done(session, from_review.id, True)
    review.make_action(session, item.id, "Shorten the summary")
    for text in ("Practise the STAR answer", "Rewrite two bullets"):
        actions.create_action(session, actions.ActionInput(
            text, source=ActionSource.FEEDBACK, application_id=app.id, feedback_id=note.id))
    done_manual = actions.create_action(session, actions.ActionInput("Update LinkedIn"))
    actions.set_done(session, done_manual.id, True)
    actions.create_action(session, actions.ActionInput("Walk after bad news",
                                                       source=ActionSource.CHECKIN))

    summary = insights.action_summary(session)
    assert [s.source for s in summary.by_source] == list(ActionSource)
    assert _counts(summary) == {
        ActionSource.MANUAL: (0, 1),
        ActionSource.FEEDBACK: (2, 0),
        ActionSource.REVIEW: (1, 1),
        ActionSource.CHECKIN: (1, 0),
    }
    assert (summary.open, summary.done, summary.total) == (4, 2, 6)
    assert summary.by_source[2].total == 2


def test_archived_applications_can_be_left_out(session: Session, make_app: MakeApp) -> None:
    kept = make_app("Kept")
    put_away = make_app("Put away")
    actions.create_action(session, actions.ActionInput("Kept one", application_id=kept.id))
    actions.create_action(session, actions.ActionInput("Archived one",
                                                       application_id=put_away.id))
    # Belongs to no application: always counts.
    actions.create_action(session, actions.ActionInput("General"))
    apps.set_archived(session, put_away.id, True)
    assert insights.action_summary(session).open == 3
    summary = insights.action_summary(session, include_archived=False)
    assert _counts(summary)[ActionSource.MANUAL] == (2, 0)


def test_items_of_a_deleted_application_still_count(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    actions.create_action(session, actions.ActionInput("Still worth doing",
                                                       application_id=app.id))
    apps.delete_application(session, app.id)
    assert insights.action_summary(session, include_archived=False).open == 1


def test_nothing_yet(session: Session) -> None:
    summary = insights.action_summary(session)
    assert (summary.open, summary.done) == (0, 0)
    assert all(s.total == 0 for s in summary.by_source)
