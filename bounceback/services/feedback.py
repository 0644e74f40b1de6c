"""Feedback notes: whom you asked, what they said, how you took it and what you learned."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.enums import Channel, EventKind, FeedbackStatus, PlanStep
from bounceback.db.models import Application, Contact, Event, FeedbackNote
from bounceback.services import draft_keys, drafts, event_words, plans
from bounceback.services.errors import NotFoundError, ValidationError
from bounceback.services.letters import Letter
from bounceback.services.validation import SHORT, check_date, clean_text


@dataclass(frozen=True)
class FeedbackInput:
    asked_whom: str = ""
    contact_id: int | None = None
    asked_on: dt.date | None = None
    channel: Channel = Channel.EMAIL
    request_text: str = ""
    answer_text: str = ""
    answered_on: dt.date | None = None
    reaction: str = ""
    lesson: str = ""
    # None: worked out from the fields (an answer means answered, a date asked means asked).
    status: FeedbackStatus | None = None
    follow_up_on: dt.date | None = None


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    application_id: int
    asked_whom: str
    contact_id: int | None
    asked_on: dt.date | None
    channel: Channel
    request_text: str
    answer_text: str
    answered_on: dt.date | None
    reaction: str
    lesson: str
    updated_at: dt.datetime
    status: FeedbackStatus = FeedbackStatus.DRAFT
    follow_up_on: dt.date | None = None

    @property
    def answered(self) -> bool:
        return bool(self.answer_text) or self.answered_on is not None

    def as_input(self) -> FeedbackInput:
        return FeedbackInput(
            asked_whom=self.asked_whom, contact_id=self.contact_id, asked_on=self.asked_on,
            channel=self.channel, request_text=self.request_text, answer_text=self.answer_text,
            answered_on=self.answered_on, reaction=self.reaction, lesson=self.lesson,
            # Only "no answer" is a choice; the other states follow from the fields.
            status=self.status if self.status == FeedbackStatus.NO_ANSWER else None,
            follow_up_on=self.follow_up_on,
        )


@dataclass(frozen=True)
class _Fields:
    """A feedback note's cleaned fields, as ``_validate`` passes them to the model."""

    status: FeedbackStatus
    follow_up_on: dt.date | None
    asked_whom: str
    contact_id: int | None
    asked_on: dt.date | None
    channel: Channel
    request_text: str
    answer_text: str
    answered_on: dt.date | None
    reaction: str
    lesson: str

    def apply_to(self, f: FeedbackNote) -> None:
        # One assignment per field, not a setattr loop: mypy checks each against its column.
        f.status = self.status
        f.follow_up_on = self.follow_up_on
        f.asked_whom = self.asked_whom
        f.contact_id = self.contact_id
        f.asked_on = self.asked_on
        f.channel = self.channel
        f.request_text = self.request_text
        f.answer_text = self.answer_text
        f.answered_on = self.answered_on
        f.reaction = self.reaction
        f.lesson = self.lesson


def _validate(session: Session, data: FeedbackInput) -> _Fields:
    whom = clean_text("asked_whom", data.asked_whom, limit=SHORT, label="Whom you asked")
    if data.contact_id is not None:
        contact = session.get(Contact, data.contact_id)
        if contact is None:
            raise NotFoundError("contact", data.contact_id)
        whom = whom or contact.name
    if not whom:
        raise ValidationError("asked_whom", "Who did you ask? A name or a role is enough.")
    asked = check_date("asked_on", data.asked_on, label="The date you asked")
    answered = check_date("answered_on", data.answered_on, label="The date of the answer")
    if asked and answered and answered < asked:
        raise ValidationError("answered_on", "The answer can't come before you asked.")
    answer = clean_text("answer_text", data.answer_text, label="The answer")
    # One rule for what a note's words make of its status (status_of).
    status = status_of(replace(data, answer_text=answer, answered_on=answered, asked_on=asked))
    return _Fields(
        status=status,
        follow_up_on=check_date("follow_up_on", data.follow_up_on, label="The follow-up date"),
        asked_whom=whom,
        contact_id=data.contact_id,
        asked_on=asked,
        channel=Channel(data.channel),
        request_text=clean_text("request_text", data.request_text, label="The request"),
        answer_text=answer,
        answered_on=answered,
        reaction=clean_text("reaction", data.reaction, label="Your reaction"),
        lesson=clean_text("lesson", data.lesson, label="The lesson"),
    )


def _row(f: FeedbackNote) -> FeedbackRow:
    return FeedbackRow(
        id=f.id, application_id=f.application_id, asked_whom=f.asked_whom,
        contact_id=f.contact_id, asked_on=f.asked_on, channel=f.channel,
        request_text=f.request_text, answer_text=f.answer_text, answered_on=f.answered_on,
        reaction=f.reaction, lesson=f.lesson, updated_at=f.updated_at,
        status=f.status, follow_up_on=f.follow_up_on,
    )


def _get(session: Session, feedback_id: int) -> FeedbackNote:
    f = session.get(FeedbackNote, feedback_id)
    if f is None:
        raise NotFoundError("feedback note", feedback_id)
    return f


def create_feedback(
    session: Session, app_id: int, data: FeedbackInput, *, ends_draft: bool = False
) -> FeedbackRow:
    """A new note. ``ends_draft``: it was written in the feedback form, whose drafts of a new
    note for this application go with the save."""
    if session.get(Application, app_id) is None:
        raise NotFoundError("application", app_id)
    values = _validate(session, data)
    f = FeedbackNote(application_id=app_id)
    values.apply_to(f)
    session.add(f)
    session.flush()
    _record_progress(session, f, FeedbackStatus.DRAFT)
    plans.touch(session, app_id, PlanStep.FEEDBACK)
    if ends_draft:
        drafts.discard_drafts(session, draft_keys.new_feedback_prefix(app_id))
    # A reused id starts clean: a deleted note's words must not come back with it.
    drafts.discard_drafts(session, draft_keys.note_feedback_prefix(f.id))
    return _row(f)


def update_feedback(session: Session, feedback_id: int, data: FeedbackInput) -> FeedbackRow:
    f = _get(session, feedback_id)
    before = f.status
    _validate(session, data).apply_to(f)
    session.flush()
    _record_progress(session, f, before)
    if f.status != before:
        plans.touch(session, f.application_id, PlanStep.FEEDBACK)
    drafts.discard_drafts(session, draft_keys.note_feedback_prefix(feedback_id))  # saved
    return _row(f)


def _record_progress(session: Session, f: FeedbackNote, before: FeedbackStatus) -> None:
    """Asking and hearing back are moments in the application's history."""
    order = [FeedbackStatus.DRAFT, FeedbackStatus.ASKED, FeedbackStatus.ANSWERED]
    now = f.status
    was = order.index(before) if before in order else 1
    whom = f.asked_whom
    if now in (FeedbackStatus.ASKED, FeedbackStatus.ANSWERED, FeedbackStatus.NO_ANSWER) \
            and was < 1:
        session.add(Event(application_id=f.application_id, kind=EventKind.FEEDBACK_REQUESTED,
                          occurred_on=f.asked_on or dt.date.today(),
                          said=event_words.ASKED_FEEDBACK, details=whom,
                          contact_id=f.contact_id))
    if now == FeedbackStatus.ANSWERED and before != FeedbackStatus.ANSWERED:
        session.add(Event(application_id=f.application_id, kind=EventKind.FEEDBACK_RECEIVED,
                          occurred_on=f.answered_on or dt.date.today(),
                          said=event_words.FEEDBACK_FROM, details=whom,
                          contact_id=f.contact_id))
    session.flush()


def mark_no_answer(
    session: Session, feedback_id: int, follow_up_on: dt.date | None = None
) -> FeedbackRow:
    """No answer came; that is common, and fine. Optionally plan one gentle follow-up."""
    f = _get(session, feedback_id)
    f.status = FeedbackStatus.NO_ANSWER
    f.follow_up_on = check_date("follow_up_on", follow_up_on, label="The follow-up date")
    session.flush()
    plans.touch(session, f.application_id, PlanStep.FEEDBACK)
    return _row(f)


def delete_feedback(session: Session, feedback_id: int) -> None:
    """Delete a note; action items that came from it stay, they are still worth doing."""
    session.delete(_get(session, feedback_id))
    drafts.discard_drafts(session, draft_keys.note_feedback_prefix(feedback_id))
    session.flush()


def get_feedback(session: Session, feedback_id: int) -> FeedbackRow:
    return _row(_get(session, feedback_id))


def list_feedback(session: Session, app_id: int | None = None) -> list[FeedbackRow]:
    """Feedback notes, most recently asked first."""
    stmt = select(FeedbackNote).order_by(
        FeedbackNote.asked_on.is_(None), FeedbackNote.asked_on.desc(), FeedbackNote.id.desc()
    )
    if app_id is not None:
        stmt = stmt.where(FeedbackNote.application_id == app_id)
    return [_row(f) for f in session.scalars(stmt)]


def status_of(data: FeedbackInput) -> FeedbackStatus:
    """The status a note saved from ``data`` gets (the same rule as saving uses)."""
    if data.status is not None:
        return FeedbackStatus(data.status)
    if data.answer_text.strip() or data.answered_on is not None:
        return FeedbackStatus.ANSWERED
    if data.asked_on is not None:
        return FeedbackStatus.ASKED
    return FeedbackStatus.DRAFT


# A request written as a letter keeps its subject as a first "Subject: ..." line, then a blank
# line, then the message. Older requests are a message alone.
_SUBJECT_PREFIX = "Subject:"


def request_letter(text: str) -> Letter:
    """Split a stored request into subject and message."""
    first, sep, rest = text.partition("\n")
    if first.startswith(_SUBJECT_PREFIX) and (not sep or rest.startswith("\n")):
        return Letter(first.removeprefix(_SUBJECT_PREFIX).strip(), rest.strip())
    return Letter("", text.strip())


def request_text(letter: Letter) -> str:
    """What a request letter is stored as; ``request_letter`` gives it back unchanged."""
    subject = " ".join(letter.subject.split())
    body = letter.body.strip()
    if not subject:
        return body
    head = f"{_SUBJECT_PREFIX} {subject}"
    return f"{head}\n\n{body}" if body else head
