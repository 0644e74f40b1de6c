"""Reapplying: the earlier attempt at the same company, its lessons and action items."""

from __future__ import annotations

import datetime as dt

from bounceback.db.enums import ActionSource, EventKind
from bounceback.services import actions, applications, events, feedback, reapply
from bounceback.services.applications import ApplicationInput
from tests.builders import add_application

DAY = dt.date(2026, 5, 1)


def test_new_application_at_the_same_company_sees_the_earlier_one(session):
    old = add_application(session, "Northwind Traders", "Designer", applied_on=DAY,
                          rejected_on=DAY + dt.timedelta(days=20))
    note = feedback.create_feedback(session, old.id, feedback.FeedbackInput(
        asked_whom="Sam", asked_on=DAY, answer_text="More leadership examples",
        lesson="Lead with leadership stories"))
    actions.create_action(session, actions.ActionInput(
        text="Rephrase resume bullets", source=ActionSource.FEEDBACK,
        application_id=old.id, feedback_id=note.id))
    done = actions.create_action(session, actions.ActionInput(
        text="Practise the panel answer", application_id=old.id))
    actions.set_done(session, done.id, True)
    applications.set_reapply_after(session, old.id, dt.date(2026, 11, 1))

    new = applications.create_application(session, ApplicationInput(
        company="  northwind   traders ", role="Lead designer", applied_on=dt.date(2026, 12, 1)))
    history = reapply.history_for(session, new.company, exclude_app_id=new.id)
    assert [h.application_id for h in history] == [old.id]
    past = history[0]
    assert past.rejected_on == dt.date(2026, 5, 21)
    assert past.reapply_after == dt.date(2026, 11, 1)
    assert [(x.whom, x.lesson) for x in past.lessons] == [("Sam", "Lead with leadership stories")]
    assert sorted((a.text, a.done) for a in past.actions) == [
        ("Practise the panel answer", True), ("Rephrase resume bullets", False)]
    assert past.open_actions == 1
    # The new application's timeline notes that it is a second try.
    kinds = [e.kind for e in events.list_events(session, new.id)]
    assert EventKind.REAPPLIED in kinds


def test_other_companies_and_open_applications_are_not_history(session):
    add_application(session, "Contoso", "Designer", applied_on=DAY,
                    rejected_on=DAY + dt.timedelta(days=20))
    applications.create_application(session, ApplicationInput(company="Acme", role="Dev"))
    new = applications.create_application(session, ApplicationInput(company="Acme", role="Lead"))
    assert reapply.history_for(session, "Acme", exclude_app_id=new.id) == []
    assert EventKind.REAPPLIED not in [e.kind for e in events.list_events(session, new.id)]


def test_reapply_dates_are_listed_soonest_first_and_can_be_cleared(session):
    a = add_application(session, "A", "Designer", applied_on=DAY,
                        rejected_on=DAY + dt.timedelta(days=20))
    b = add_application(session, "B", "Designer", applied_on=DAY,
                        rejected_on=DAY + dt.timedelta(days=20))
    applications.set_reapply_after(session, a.id, dt.date(2027, 3, 1))
    applications.set_reapply_after(session, b.id, dt.date(2027, 1, 1))
    assert [c for _, c, _ in reapply.reapply_dates(session)] == ["B", "A"]
    applications.set_reapply_after(session, b.id, None)
    assert [c for _, c, _ in reapply.reapply_dates(session)] == ["A"]


def test_reapply_date_must_be_plausible(session):
    import pytest

    from bounceback.services.errors import ValidationError

    a = add_application(session, "Northwind Traders", "Designer", applied_on=DAY,
                        rejected_on=DAY + dt.timedelta(days=20))
    with pytest.raises(ValidationError):
        applications.set_reapply_after(session, a.id, dt.date(3026, 1, 1))
