"""Step 4 of the bounce-back plan in the review service: messages on the checklist, the
reflection prompts with their concrete solutions, and the plan moving along with the work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, Outcome, PlanStep, ReviewStage, StepState
from bounceback.db.enums import Status as St
from bounceback.db.models import ReviewItem
from bounceback.services import applications, events, plans, review
from bounceback.services.events import EventInput
from tests.services.conftest import MakeApp

D = dt.date
S = ReviewStage


def _rejected(session: Session, make_app: MakeApp) -> int:
    app = make_app()
    applications.set_status(session, app.id, St.REJECTED, on=D(2025, 4, 1))
    return app.id


def _review_state(session: Session, app_id: int) -> StepState:
    plan = plans.plan_for_application(session, app_id)
    assert plan is not None
    return plan.states[PlanStep.REVIEW]


def test_messages_become_correspondence_items_in_date_order(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app()
    follow = events.add_event(session, app.id, EventInput(
        EventKind.FOLLOW_UP, D(2025, 3, 20), "Checked in on the timeline"))
    first = events.add_event(session, app.id, EventInput(
        EventKind.RECRUITER_CONTACT, D(2025, 2, 28), "Sam wrote on LinkedIn\nsecond line"))
    mail = events.add_event(session, app.id, EventInput(EventKind.CORRESPONDENCE, D(2025, 3, 5)))
    events.add_event(session, app.id, EventInput(EventKind.NOTE, D(2025, 3, 6), "not a message"))

    items = review.ensure_checklist(session, app.id)
    corr = [i for i in items if i.stage == S.CORRESPONDENCE]
    # The general prompt first, then each message of the timeline, oldest first.
    assert [i.event_id for i in corr] == [None, first.id, mail.id, follow.id]
    assert corr[1].text == "First contact with the recruiter on 28 Feb 2025: Sam wrote on LinkedIn"
    assert corr[2].text == "Message on 5 Mar 2025"
    assert corr[3].text.startswith("Follow-up on 20 Mar 2025: Checked in")
    assert not any("not a message" in i.text for i in items)
    # Made from the timeline, they keep no words of their own: the window words them.
    assert [i.label for i in corr[1:]] == ["", "", ""]


def test_reflection_prompts_come_last_once_each(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    items = review.ensure_checklist(session, app.id)
    reflections = [i for i in items if i.stage == S.REFLECTION]
    assert [i.label for i in reflections] == [label for label, _ in review.REFLECTIONS]
    assert len(reflections) == 7
    assert items[-len(reflections):] == reflections
    # Starting again (say, after a new interview) never adds them twice.
    events.add_event(session, app.id, EventInput(EventKind.INTERVIEW, D(2025, 3, 9)))
    again = review.ensure_checklist(session, app.id)
    assert len([i for i in again if i.stage == S.REFLECTION]) == 7
    assert len(again) == len(items) + 1


@pytest.mark.parametrize(("fragment", "solution"), [
    ("Typos and details", "Ask a friend to proofread before sending"),
    ("Interview answers", "Practise that answer out loud twice, with a real example"),
    ("Salary", "Research the range for this role and give a band, not a single number"),
])
def test_each_reflection_has_a_concrete_solution(fragment: str, solution: str) -> None:
    label = next(label for label, _ in review.REFLECTIONS if label.startswith(fragment))
    assert review.known_solution(label) == solution


def test_other_items_get_a_prompt_not_a_solution() -> None:
    assert review.known_solution("My resume fit this role and had no typos") is None
    assert review.known_solution("Anything I wrote myself") is None


def test_starting_the_review_moves_the_plan_along(session: Session, make_app: MakeApp) -> None:
    app_id = _rejected(session, make_app)
    assert _review_state(session, app_id) == StepState.NOT_STARTED
    review.ensure_checklist(session, app_id)
    assert _review_state(session, app_id) == StepState.IN_PROGRESS


def _item_behind_the_services_back(session: Session, app_id: int) -> int:
    """An item of ``app_id`` made without the service, so only the write under test can have
    moved the plan."""
    item = ReviewItem(application_id=app_id, stage=S.OTHER, label="Salary talk", position=0)
    session.add(item)
    session.flush()
    return item.id


@pytest.mark.parametrize("write", [
    lambda s, item_id: review.assess(s, item_id, Outcome.TO_IMPROVE, "Too long"),
    lambda s, item_id: review.update_item(
        s, item_id, review.ReviewItemInput("Salary talk", Outcome.WENT_WELL)),
], ids=["assess", "update_item"])
def test_assessing_an_item_moves_the_plan_along(
    session: Session, make_app: MakeApp, write: Callable[[Session, int], object]
) -> None:
    app_id = _rejected(session, make_app)
    item_id = _item_behind_the_services_back(session, app_id)
    assert _review_state(session, app_id) == StepState.NOT_STARTED
    write(session, item_id)
    assert _review_state(session, app_id) == StepState.IN_PROGRESS


def test_adding_an_item_moves_the_plan_along(session: Session, make_app: MakeApp) -> None:
    app_id = _rejected(session, make_app)
    review.add_item(session, app_id, S.OTHER, "Salary talk")
    assert _review_state(session, app_id) == StepState.IN_PROGRESS


def test_work_on_another_application_leaves_the_plan_alone(
    session: Session, make_app: MakeApp
) -> None:
    app_id = _rejected(session, make_app)
    other = make_app(company="Contoso").id
    item = review.ensure_checklist(session, other)[0]
    review.assess(session, item.id, Outcome.WENT_WELL)
    assert _review_state(session, app_id) == StepState.NOT_STARTED


def test_finished_or_dismissed_steps_are_left_alone(session: Session, make_app: MakeApp) -> None:
    app_id = _rejected(session, make_app)
    plan = plans.plan_for_application(session, app_id)
    assert plan is not None
    plans.set_step(session, plan.id, PlanStep.REVIEW, StepState.SKIPPED)
    review.ensure_checklist(session, app_id)
    assert _review_state(session, app_id) == StepState.SKIPPED
