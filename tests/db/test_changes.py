"""What a write changed is read from the write itself (db/changes.py), never declared by its
caller: checked here against what really changed in the file, table by table."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from bounceback.db import changes
from bounceback.db.enums import (
    ContactRole,
    EventKind,
    FeedbackStatus,
    PlanStep,
    ReviewStage,
    StepState,
)
from bounceback.db.models import Application, Base, CheckIn
from bounceback.db.store import Store
from bounceback.services import (
    actions,
    applications,
    checkins,
    contacts,
    dictionary,
    drafts,
    events,
    example_data,
    feedback,
    letters,
    plans,
    reminders,
    review,
)

DAY = dt.date(2025, 3, 3)


def _fingerprints(store: Store) -> dict[str, str]:
    """A digest of every table's rows, to tell which tables a write really changed."""
    out = {}
    with store.session() as s:
        for table in Base.metadata.sorted_tables:
            rows = s.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return out


def _write(store: Store, fn: Callable[[Session], Any]) -> tuple[Any, frozenset[str], set[str]]:
    before = _fingerprints(store)
    with store.write() as s:
        result = fn(s)
    after = _fingerprints(store)
    really = {name for name in before if before[name] != after[name]}
    return result, changes.made_by(s), really


def _app(s: Session, company: str = "Acme") -> int:
    return applications.create_application(s, applications.ApplicationInput(
        company=company, role="Designer", applied_on=DAY)).id


def _rejected(s: Session) -> int:
    app_id = _app(s, "Globex")
    events.add_event(s, app_id, events.EventInput(kind=EventKind.REJECTION,
                                                  occurred_on=DAY + dt.timedelta(days=9)))
    return app_id


def _plan_id(s: Session) -> int:
    return s.execute(text("SELECT id FROM bounce_plans ORDER BY id DESC LIMIT 1")).scalar_one()


# Representative writes of every service, each run on a store holding an example search.
WRITES: dict[str, Callable[[Session], Any]] = {
    "create an application": _app,
    "a rejection (it opens a plan)": _rejected,
    "update an application": lambda s: applications.update_application(
        s, 1, applications.ApplicationInput(company="Acme Co", role="Lead", applied_on=DAY)),
    "delete an application": lambda s: applications.delete_application(s, 1),
    "add an interview": lambda s: events.add_event(
        s, 1, events.EventInput(kind=EventKind.INTERVIEW, occurred_on=DAY)),
    "add a person": lambda s: contacts.add_to_application(
        s, 1, contacts.ContactInput(name="Dana Reyes"), ContactRole.INTERVIEWER),
    "a check-in": lambda s: checkins.create_checkin(s, checkins.CheckInInput(
        felt_at=dt.datetime(2025, 3, 4, 9), overall=3, emotions=(("hope", 3),),
        journal="Fine.")),
    "a feedback note": lambda s: feedback.create_feedback(s, 1, feedback.FeedbackInput(
        asked_whom="Sam", status=FeedbackStatus.ASKED)),
    "a review item": lambda s: review.add_item(s, 1, ReviewStage.INTERVIEW, "Prepare better"),
    "an action": lambda s: actions.create_action(s, actions.ActionInput(text="Practise")),
    "a draft": lambda s: drafts.save_draft(s, "checkin:new", "half a thought"),
    "a plan step": lambda s: plans.set_step(s, _plan_id(s), PlanStep.ACCEPT, StepState.DONE),
    "snooze a reminder": lambda s: reminders.snooze(s, "reapply:app:1:2025-09-01", DAY),
    "a letter template": lambda s: letters.save_template(s, "thank_you", "Thanks {name}"),
    "a dictionary word": lambda s: dictionary.add_word(s, "Zorblax"),
    "remove the example data": lambda s: example_data.remove_example_data(s, DAY),
}


@pytest.fixture
def filled(store: Store) -> Store:
    with store.write() as s:
        example_data.add_example_data(s, DAY)
        _rejected(s)
    return store


@pytest.mark.parametrize("name", list(WRITES))
def test_every_table_a_write_changed_is_reported(filled: Store, name: str) -> None:
    try:
        _result, reported, really = _write(filled, WRITES[name])
    except (TypeError, AttributeError) as exc:  # pragma: no cover - a renamed service
        pytest.fail(f"{name}: {exc}")
    assert really, f"{name} changed nothing: the check can't tell anything"
    assert really <= reported, f"{name}: {sorted(really - reported)} changed unreported"


def test_a_delete_reports_what_the_database_cascades_to(store: Store) -> None:
    with store.write() as s:
        app_id = _rejected(s)
    _r, reported, really = _write(store, lambda s: applications.delete_application(s, app_id))
    assert {"applications", "events", "bounce_plans"} <= really <= reported


def test_reads_and_failed_writes_report_nothing(store: Store) -> None:
    with store.session() as s:
        applications.list_applications(s, applications.ApplicationFilter())
    assert changes.made_by(s) == frozenset()
    before = _fingerprints(store)
    with pytest.raises(RuntimeError), store.write() as s:
        _app(s)
        raise RuntimeError("rolled back")
    assert _fingerprints(store) == before  # nothing to tell, and nobody is told


def test_the_cascades_follow_the_models_foreign_keys() -> None:
    follows = changes.follows_deletes_in("applications")
    assert {"events", "bounce_plans", "feedback_notes", "review_items",
            "application_contacts"} <= follows
    # Set to NULL, not deleted: changed, but nothing of theirs goes in turn.
    assert "checkins" in follows and "action_items" in follows
    assert changes.follows_deletes_in("drafts") == frozenset()


def test_objects_held_by_the_session_show_what_a_delete_set_to_null(store: Store) -> None:
    """SQLite sets a check-in's application to NULL when the application goes; the check-in
    object the session already holds (kept alive here, as any caller's reference would)
    must say so too, not the id it had."""
    with store.session() as s, s.begin():
        app = Application(company="Acme", role="Designer")
        s.add(app)
        s.flush()
        held = CheckIn(felt_at=dt.datetime(2025, 6, 1, 8, 0), application_id=app.id)
        s.add(held)
        s.flush()
        s.delete(app)
        s.flush()
        assert held.application_id is None
        assert s.get(CheckIn, held.id) is held
