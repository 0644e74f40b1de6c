"""The review checklist, built from each application's own history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import ActionSource, EventKind, Outcome, ReviewStage, Source
from bounceback.db.store import Store
from bounceback.services import actions, events, review
from bounceback.services import applications as apps
from bounceback.services.errors import NotFoundError, ValidationError
from tests.services.conftest import MakeApp

D = dt.date
S = ReviewStage


def _event(session: Session, app_id: int, kind: EventKind, day: dt.date, **kw: object) -> int:
    data = events.EventInput(kind, day, **kw)  # type: ignore[arg-type]
    return events.add_event(session, app_id, data).id


def test_checklist_follows_the_applications_history(session: Session, make_app: MakeApp) -> None:
    app = make_app(source=Source.RECRUITER)
    screen = _event(session, app.id, EventKind.SCREEN, D(2025, 3, 3))
    second = _event(session, app.id, EventKind.INTERVIEW, D(2025, 3, 20),
                    interview_round=2, interviewers="Kim and Lee")
    first = _event(session, app.id, EventKind.INTERVIEW, D(2025, 3, 10), interview_round=1)
    _event(session, app.id, EventKind.NOTE, D(2025, 3, 11))

    items = review.ensure_checklist(session, app.id)
    assert [(i.stage, i.event_id) for i in items] == [
        (S.APPLYING, None),
        (S.RESUME, None),
        (S.COVER_LETTER, None),
        (S.CORRESPONDENCE, None),
        (S.INTERVIEW, screen),
        (S.INTERVIEW, first),
        (S.INTERVIEW, second),
        (S.THANK_YOU, None),
        *[(S.REFLECTION, None)] * len(review.REFLECTIONS),
    ]
    assert "recruiter" in items[0].label
    assert "Screening call" in items[4].text
    assert "round 1" in items[5].text
    assert "round 2" in items[6].text
    assert "Kim and Lee" in items[6].text
    assert all(i.outcome is None and i.action_count == 0 for i in items)


@pytest.mark.parametrize("source", list(Source))
def test_applying_prompt_depends_on_source(
    session: Session, make_app: MakeApp, source: Source
) -> None:
    app = make_app(source=source)
    items = review.ensure_checklist(session, app.id)
    # No messages or interviews recorded: only the fixed stages and the reflections.
    assert [i.stage for i in items] == [
        S.APPLYING, S.RESUME, S.COVER_LETTER, S.CORRESPONDENCE, S.THANK_YOU,
        *[S.REFLECTION] * len(review.REFLECTIONS),
    ]
    assert items[0].label == review._APPLYING[source]


def test_labels_differ_between_sources(session: Session, make_app: MakeApp) -> None:
    labels = {
        review.ensure_checklist(session, make_app(source=src).id)[0].label for src in Source
    }
    assert len(labels) == len(Source)


def test_ensure_is_idempotent_and_adds_new_interviews(store: Store) -> None:
    with store.session() as s, s.begin():
        app = apps.create_application(s, apps.ApplicationInput("Acme", "Engineer"))
        _event(s, app.id, EventKind.INTERVIEW, D(2025, 3, 10), interview_round=1)
        first = review.ensure_checklist(s, app.id)
    with store.session() as s, s.begin():
        again = review.ensure_checklist(s, app.id)
    assert again == first
    with store.session() as s, s.begin():
        later = _event(s, app.id, EventKind.INTERVIEW, D(2025, 3, 24), interview_round=2)
        _event(s, app.id, EventKind.OFFER, D(2025, 3, 30))
        third = review.ensure_checklist(s, app.id)
    assert len(third) == len(first) + 1
    assert {i.id for i in first} < {i.id for i in third}
    interviews = [i for i in third if i.stage == S.INTERVIEW]
    assert [i.event_id for i in interviews][-1] == later
    # Still grouped by stage: the new interview sits before the thank-you and reflections.
    stages = [i.stage for i in third]
    assert stages.index(S.INTERVIEW) < stages.index(S.THANK_YOU) < stages.index(S.REFLECTION)
    assert max(i for i, st in enumerate(stages) if st == S.INTERVIEW) < stages.index(S.THANK_YOU)
    with store.session() as s, s.begin():
        assert review.ensure_checklist(s, app.id) == third


def test_ensure_for_missing_application(session: Session) -> None:
    with pytest.raises(NotFoundError):
        review.ensure_checklist(session, 1234)


def test_list_items_ordered_by_stage_then_added_order(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    review.ensure_checklist(session, app.id)
    extra_other = review.add_item(session, app.id, S.OTHER, "Salary talk")
    extra_resume = review.add_item(session, app.id, S.RESUME, "  Portfolio link worked ")
    extra_resume_2 = review.add_item(session, app.id, S.RESUME, "Right keywords")
    assert extra_resume.label == "Portfolio link worked"
    rows = review.list_items(session, app.id)
    assert [r.stage for r in rows] == [
        S.APPLYING, S.RESUME, S.RESUME, S.RESUME, S.COVER_LETTER, S.CORRESPONDENCE,
        S.THANK_YOU, *[S.REFLECTION] * len(review.REFLECTIONS), S.OTHER,
    ]
    assert [r.id for r in rows[2:4]] == [extra_resume.id, extra_resume_2.id]
    assert rows[-1].id == extra_other.id


def test_add_rename_delete_item(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    with pytest.raises(ValidationError):
        review.add_item(session, app.id, S.OTHER, "   ")
    with pytest.raises(NotFoundError):
        review.add_item(session, 999, S.OTHER, "Something")
    item = review.add_item(session, app.id, S.OTHER, "Draft")
    assert review.update_item(session, item.id, review.ReviewItemInput("Final")).label == "Final"
    review.delete_item(session, item.id)
    assert review.list_items(session, app.id) == []
    with pytest.raises(NotFoundError):
        review.update_item(session, item.id, review.ReviewItemInput("Again"))


def test_assess_and_clear(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    items = review.ensure_checklist(session, app.id)
    assert review.progress(session, app.id) == (0, len(items))

    went_well = review.assess(session, items[0].id, Outcome.WENT_WELL, " Quick reply ")
    assert (went_well.outcome, went_well.note) == (Outcome.WENT_WELL, "Quick reply")
    review.assess(session, items[1].id, Outcome.TO_IMPROVE, "Typo in title")
    review.assess(session, items[2].id, Outcome.NOT_APPLICABLE)
    assert review.progress(session, app.id) == (3, len(items))

    cleared = review.assess(session, items[0].id, None)
    assert (cleared.outcome, cleared.note) == (None, "")
    assert review.progress(session, app.id) == (2, len(items))
    by_id = {r.id: r for r in review.list_items(session, app.id)}
    assert by_id[items[1].id].outcome == Outcome.TO_IMPROVE
    assert by_id[items[1].id].note == "Typo in title"


def test_progress_of_app_without_checklist(session: Session, make_app: MakeApp) -> None:
    assert review.progress(session, make_app().id) == (0, 0)


@pytest.mark.parametrize("outcome", [None, Outcome.WENT_WELL, Outcome.NOT_APPLICABLE])
def test_make_action_only_for_items_to_improve(
    session: Session, make_app: MakeApp, outcome: Outcome | None
) -> None:
    app = make_app()
    item = review.ensure_checklist(session, app.id)[1]
    review.assess(session, item.id, outcome)
    with pytest.raises(ValidationError) as info:
        review.make_action(session, item.id, "Have a friend proofread")
    assert info.value.field == "outcome"
    assert actions.list_actions(session) == []


def test_make_action_links_and_counts(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    items = review.ensure_checklist(session, app.id)
    item = items[1]
    review.assess(session, item.id, Outcome.TO_IMPROVE)
    first = review.make_action(session, item.id, "Have a friend proofread", D(2025, 4, 1))
    review.make_action(session, item.id, "Run a spell checker")
    assert (first.source, first.application_id, first.review_item_id, first.due_on) == (
        ActionSource.REVIEW, app.id, item.id, D(2025, 4, 1),
    )
    counts = {r.id: r.action_count for r in review.list_items(session, app.id)}
    assert counts[item.id] == 2
    assert sum(counts.values()) == 2
    with pytest.raises(NotFoundError):
        review.make_action(session, 999, "Nope")


def test_deleting_an_interview_event_keeps_its_review_item(store: Store) -> None:
    with store.session() as s, s.begin():
        app = apps.create_application(s, apps.ApplicationInput("Acme", "Engineer"))
        ev = _event(s, app.id, EventKind.INTERVIEW, D(2025, 3, 10))
        items = review.ensure_checklist(s, app.id)
        interview = next(i for i in items if i.event_id == ev)
    with store.session() as s, s.begin():
        events.delete_event(s, ev)
    with store.session() as s, s.begin():
        rows = review.ensure_checklist(s, app.id)
    kept = next(r for r in rows if r.id == interview.id)
    # Worded from its event until then, it takes the event's words as it goes.
    assert interview.label == ""
    assert (kept.label, kept.event_id) == (interview.text, None)
    assert kept.text == "Interview on 10 Mar 2025"
    assert len(rows) == len(items)


def test_deleted_interview_item_stays_deleted(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    ev = _event(session, app.id, EventKind.INTERVIEW, D(2025, 3, 10))
    items = review.ensure_checklist(session, app.id)
    review.delete_item(session, next(i.id for i in items if i.event_id == ev))
    again = review.ensure_checklist(session, app.id)
    assert ev not in {i.event_id for i in again}
