"""Feedback notes: whom you asked, what they said, and what you learned."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import ActionSource, Channel
from bounceback.db.store import Store
from bounceback.services import actions, contacts, feedback
from bounceback.services import applications as apps
from bounceback.services.errors import NotFoundError, ValidationError
from bounceback.services.validation import LONG
from tests.services.conftest import MakeApp

D = dt.date


def test_create_and_update(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    note = feedback.create_feedback(
        session, app.id,
        feedback.FeedbackInput(
            asked_whom=" The recruiter ", asked_on=D(2025, 3, 10), channel=Channel.LINKEDIN,
            request_text="What could I improve?",
        ),
    )
    assert (note.asked_whom, note.channel, note.application_id) == (
        "The recruiter", Channel.LINKEDIN, app.id,
    )
    assert not note.answered
    answered = feedback.update_feedback(
        session, note.id,
        replace(note.as_input(), answer_text="Show more leadership.", answered_on=D(2025, 3, 12),
                lesson="Lead with the team project"),
    )
    assert answered.answered
    assert feedback.get_feedback(session, note.id).lesson == "Lead with the team project"


def test_answered_by_date_alone(session: Session, make_app: MakeApp) -> None:
    note = feedback.create_feedback(
        session, make_app().id, feedback.FeedbackInput(asked_whom="HR", answered_on=D(2025, 3, 1))
    )
    assert note.answered


@pytest.mark.parametrize("whom", ["", "   "])
def test_whom_is_required_without_a_contact(
    session: Session, make_app: MakeApp, whom: str
) -> None:
    app = make_app()
    with pytest.raises(ValidationError) as info:
        feedback.create_feedback(session, app.id, feedback.FeedbackInput(asked_whom=whom))
    assert info.value.field == "asked_whom"
    assert feedback.list_feedback(session) == []


def test_contact_fills_in_whom(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    kim = contacts.create_contact(session, contacts.ContactInput(name="Kim Park"))
    note = feedback.create_feedback(session, app.id, feedback.FeedbackInput(contact_id=kim.id))
    assert (note.asked_whom, note.contact_id) == ("Kim Park", kim.id)
    explicit = feedback.create_feedback(
        session, app.id, feedback.FeedbackInput(asked_whom="Kim (recruiter)", contact_id=kim.id)
    )
    assert explicit.asked_whom == "Kim (recruiter)"


def test_missing_records_raise_not_found(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    with pytest.raises(NotFoundError) as info:
        feedback.create_feedback(session, app.id, feedback.FeedbackInput(contact_id=31))
    assert info.value.what == "contact"
    with pytest.raises(NotFoundError) as info:
        feedback.create_feedback(session, 999, feedback.FeedbackInput(asked_whom="HR"))
    assert info.value.what == "application"
    with pytest.raises(NotFoundError):
        feedback.update_feedback(session, 999, feedback.FeedbackInput(asked_whom="HR"))
    with pytest.raises(NotFoundError):
        feedback.delete_feedback(session, 999)


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"asked_on": D(2025, 3, 10), "answered_on": D(2025, 3, 9)}, "answered_on"),
        ({"asked_on": D(205, 3, 10)}, "asked_on"),
        ({"answered_on": D(3000, 1, 1)}, "answered_on"),
        ({"asked_whom": "x" * 201}, "asked_whom"),
        ({"answer_text": "x" * (LONG + 1)}, "answer_text"),
    ],
)
def test_feedback_validation(
    session: Session, make_app: MakeApp, kw: dict[str, object], field: str
) -> None:
    data = replace(feedback.FeedbackInput(asked_whom="HR"), **kw)
    with pytest.raises(ValidationError) as info:
        feedback.create_feedback(session, make_app().id, data)
    assert info.value.field == field


def test_answer_on_the_day_asked_is_fine(session: Session, make_app: MakeApp) -> None:
    note = feedback.create_feedback(
        session, make_app().id,
        feedback.FeedbackInput(asked_whom="HR", asked_on=D(2025, 3, 9), answered_on=D(2025, 3, 9)),
    )
    assert note.answered_on == D(2025, 3, 9)


def test_list_most_recently_asked_first_undated_last(session: Session, make_app: MakeApp) -> None:
    acme = make_app("Acme")
    globex = make_app("Globex")

    def add(app_id: int, whom: str, asked: dt.date | None) -> None:
        feedback.create_feedback(
            session, app_id, feedback.FeedbackInput(asked_whom=whom, asked_on=asked)
        )

    add(acme.id, "undated-1", None)
    add(acme.id, "march", D(2025, 3, 1))
    add(globex.id, "may", D(2025, 5, 1))
    add(acme.id, "undated-2", None)
    add(acme.id, "march-again", D(2025, 3, 1))
    assert [f.asked_whom for f in feedback.list_feedback(session)] == [
        "may", "march-again", "march", "undated-2", "undated-1",
    ]
    assert [f.asked_whom for f in feedback.list_feedback(session, globex.id)] == ["may"]


def test_delete_keeps_its_action_items(store: Store) -> None:
    with store.session() as s, s.begin():
        app = apps.create_application(s, apps.ApplicationInput("Acme", "Engineer"))
        note = feedback.create_feedback(s, app.id, feedback.FeedbackInput(asked_whom="HR"))
        action = actions.create_action(
            s,
            actions.ActionInput(text="Rephrase resume bullets", source=ActionSource.FEEDBACK,
                                application_id=app.id, feedback_id=note.id),
        )
    with store.session() as s, s.begin():
        feedback.delete_feedback(s, note.id)
    with store.session() as s:
        assert feedback.list_feedback(s) == []
        [kept] = actions.list_actions(s)
        assert (kept.id, kept.text, kept.source) == (
            action.id, "Rephrase resume bullets", ActionSource.FEEDBACK,
        )
        assert (kept.feedback_id, kept.application_id) == (None, app.id)
