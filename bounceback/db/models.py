"""SQLAlchemy 2.0 typed models.

User-facing moments (when you applied, when you checked in) are stored as local, naive dates
and datetimes: they are what the person saw on their own calendar. Book-keeping stamps
(``created_at``/``updated_at``) are UTC.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from bounceback.db.enums import (
    ActionSource,
    Channel,
    ContactRole,
    DocumentKind,
    EventKind,
    FeedbackStatus,
    Outcome,
    ReviewStage,
    Source,
    Status,
    StepState,
)

# Stable constraint names keep Alembic's batch migrations on SQLite predictable.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def str_enum(cls: type[enum.Enum]) -> Enum:
    """Store an enum as its value (``"to_improve"``), not its name, in a plain VARCHAR."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Stamped:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Application(Stamped, Base):
    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(primary_key=True)
    company: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    link: Mapped[str] = mapped_column(String(2000), default="")
    source: Mapped[Source] = mapped_column(str_enum(Source), default=Source.DIRECT)
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    salary_min: Mapped[int | None] = mapped_column(Integer)
    salary_max: Mapped[int | None] = mapped_column(Integer)
    salary_currency: Mapped[str] = mapped_column(String(8), default="")
    job_description: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[Status] = mapped_column(str_enum(Status), default=Status.APPLIED)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # After a rejection: when it would make sense to try this company again.
    reapply_after: Mapped[dt.date | None] = mapped_column(Date)
    # A saved job's closing date for applications, when the posting gives one.
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    # Where the application was sent through ("LinkedIn"), and the CV by the name it had
    # there, when an import knows them; a document of that name is the CV that was sent.
    applied_through: Mapped[str] = mapped_column(String(100), default="", server_default="")
    resume_name: Mapped[str] = mapped_column(String(255), default="", server_default="")
    # Part of the example data set offered on first run, removed together in one step. A
    # mark, not a name: the person could well type "Northwind Traders" themselves.
    example: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default="0", index=True
    )

    events: Mapped[list[Event]] = relationship(
        back_populates="application", cascade="all, delete-orphan", passive_deletes=True
    )
    contact_links: Mapped[list[ApplicationContact]] = relationship(
        back_populates="application", cascade="all, delete-orphan", passive_deletes=True
    )
    screening_answers: Mapped[list[ScreeningAnswer]] = relationship(
        back_populates="application", cascade="all, delete-orphan", passive_deletes=True,
        order_by="ScreeningAnswer.position",
    )

    __table_args__ = (
        Index("ix_applications_company", "company"),
        Index("ix_applications_status", "status"),
    )


class Event(Stamped, Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[EventKind] = mapped_column(str_enum(EventKind))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    details: Mapped[str] = mapped_column(Text, default="")
    # What BounceBack wrote by itself ("step_done", "asked_feedback" …), worded when shown;
    # ``details`` then holds only its fact (services/event_words.py). Empty for the
    # person's own events.
    said: Mapped[str] = mapped_column(String(40), default="", server_default="")
    interview_round: Mapped[int | None] = mapped_column(Integer)
    interviewers: Mapped[str] = mapped_column(String(500), default="")
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )

    application: Mapped[Application] = relationship(back_populates="events")

    __table_args__ = (Index("ix_events_occurred_on", "occurred_on"),)


class Contact(Stamped, Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    linkedin_url: Mapped[str] = mapped_column(String(2000), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    linkedin_connected: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The day the connection was made, when LinkedIn's archive says so.
    linkedin_connected_on: Mapped[dt.date | None] = mapped_column(Date)
    stay_in_touch_on: Mapped[dt.date | None] = mapped_column(Date)
    # Part of the example data set (see Application.example).
    example: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default="0", index=True
    )

    application_links: Mapped[list[ApplicationContact]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )


class ScreeningAnswer(Base):
    """A question the application form asked ("How many years of Python?") and the answer
    given, kept in the form's order so the review can read them as they were sent."""

    __tablename__ = "screening_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")

    application: Mapped[Application] = relationship(back_populates="screening_answers")


class ApplicationContact(Base):
    """A contact's part in one application (interviewer, recruiter ...)."""

    __tablename__ = "application_contacts"

    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    relation: Mapped[ContactRole] = mapped_column(str_enum(ContactRole), default=ContactRole.OTHER)

    application: Mapped[Application] = relationship(back_populates="contact_links")
    contact: Mapped[Contact] = relationship(back_populates="application_links")


class CheckIn(Stamped, Base):
    __tablename__ = "checkins"

    id: Mapped[int] = mapped_column(primary_key=True)
    felt_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL"), index=True
    )
    # Indexed: deleting an event looks up the check-ins that point at it.
    rejection_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    coping_method: Mapped[str] = mapped_column(String(32), default="")
    coping_note: Mapped[str] = mapped_column(String(500), default="")
    journal: Mapped[str] = mapped_column(Text, default="")
    # How you feel overall, 1 (very low) to 10 (good).
    overall: Mapped[int] = mapped_column(Integer, default=5)
    # Part of the example data set (see Application.example).
    example: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default="0", index=True
    )

    emotions: Mapped[list[CheckInEmotion]] = relationship(
        back_populates="checkin",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CheckInEmotion.id",
    )


class CheckInEmotion(Base):
    __tablename__ = "checkin_emotions"

    id: Mapped[int] = mapped_column(primary_key=True)
    checkin_id: Mapped[int] = mapped_column(
        ForeignKey("checkins.id", ondelete="CASCADE"), index=True
    )
    emotion: Mapped[str] = mapped_column(String(64))
    # 1 (a little) to 10 (overwhelming).
    intensity: Mapped[int] = mapped_column(Integer)
    # The same feeling after coping, so the program learns which ways help.
    intensity_after: Mapped[int | None] = mapped_column(Integer)

    checkin: Mapped[CheckIn] = relationship(back_populates="emotions")

    __table_args__ = (UniqueConstraint("checkin_id", "emotion", name="uq_checkin_emotion"),)


class FeedbackNote(Stamped, Base):
    __tablename__ = "feedback_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    asked_whom: Mapped[str] = mapped_column(String(200), default="")
    asked_on: Mapped[dt.date | None] = mapped_column(Date)
    channel: Mapped[Channel] = mapped_column(str_enum(Channel), default=Channel.EMAIL)
    request_text: Mapped[str] = mapped_column(Text, default="")
    answer_text: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    reaction: Mapped[str] = mapped_column(Text, default="")
    lesson: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[FeedbackStatus] = mapped_column(
        str_enum(FeedbackStatus), default=FeedbackStatus.DRAFT, server_default="draft"
    )
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)


class ReviewItem(Stamped, Base):
    __tablename__ = "review_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[ReviewStage] = mapped_column(str_enum(ReviewStage))
    label: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[Outcome | None] = mapped_column(str_enum(Outcome))
    note: Mapped[str] = mapped_column(Text, default="")
    # The interview this item reviews, when it reviews one.
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    # A deleted interview item is kept, hidden, so rebuilding the checklist from the timeline
    # doesn't bring back what the person chose to remove.
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Read only: an item with no words of its own is worded from this event.
    event: Mapped[Event | None] = relationship(viewonly=True)


class ActionItem(Stamped, Base):
    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[ActionSource] = mapped_column(
        str_enum(ActionSource), default=ActionSource.MANUAL
    )
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL"), index=True
    )
    feedback_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_notes.id", ondelete="SET NULL"), index=True
    )
    review_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("review_items.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Part of the example data set (see Application.example).
    example: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default="0", index=True
    )


class Draft(Base):
    """Text being typed and not yet saved, kept so a crash or power cut never loses it.

    ``key`` names what it is a draft of, e.g. ``checkin:new`` or ``checkin:12:journal``.
    """

    __tablename__ = "drafts"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class BouncePlan(Stamped, Base):
    """The four guided steps after one rejection, each with its state."""

    __tablename__ = "bounce_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    rejection_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), unique=True
    )
    accept: Mapped[StepState] = mapped_column(str_enum(StepState), default=StepState.NOT_STARTED)
    connect: Mapped[StepState] = mapped_column(str_enum(StepState), default=StepState.NOT_STARTED)
    feedback: Mapped[StepState] = mapped_column(
        str_enum(StepState), default=StepState.NOT_STARTED
    )
    review: Mapped[StepState] = mapped_column(str_enum(StepState), default=StepState.NOT_STARTED)
    # Put away by the person: the plan never nags.
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)


class ReminderState(Base):
    """What the person did with one reminder. Reminders themselves are worked out from the data
    (``services/reminder_rules.py``); only this is stored, under the reminder's stable key,
    e.g. ``thank_you:app:12:event:40``."""

    __tablename__ = "reminder_states"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    # Out of sight until this day (it shows again on it).
    snoozed_until: Mapped[dt.date | None] = mapped_column(Date)
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The day a tray notification told about it, so it is told about once.
    notified_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# The letters BounceBack has templates for (shipped in resources/templates).
LETTER_TEMPLATES = ("thank_you", "feedback_request")


class LetterTemplate(Base):
    """A letter template in the person's own words. Kept in the store, so that it is
    encrypted, backed up and exported with everything else; where there is none, the shipped
    text is used (``services/letters.py``)."""

    __tablename__ = "letter_templates"

    # One of LETTER_TEMPLATES.
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class PersonalWord(Base):
    """A word the person added to the spelling dictionary (a name, a company, a term of their
    trade). ``key`` is the word compared without case; ``word`` is as it was written."""

    __tablename__ = "personal_words"
    # Longer than any word: a pasted paragraph is not a word to add.
    MAX_LENGTH = 200

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    word: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    @staticmethod
    def key_of(word: str) -> str:
        """How words are compared: without case, with a typographic apostrophe as a plain one
        ("Acme’s" and "acme's" are one entry)."""
        return word.replace("’", "'").casefold()

    @classmethod
    def of(cls, word: str) -> PersonalWord:
        return cls(key=cls.key_of(word), word=word)


class DocumentContent(Base):
    """The bytes of an attached file, kept once however many applications it was sent to
    (the same CV to thirty companies is one row), inside the store so it is encrypted,
    backed up and exported with it. ``text`` is what search reads (a PDF's text layer, an
    e-mail's headers and body); rows no document points at are removed by a trigger."""

    __tablename__ = "document_contents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Document(Stamped, Base):
    """A file attached to an application, or to one of its events (the e-mail of a "no")."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    content_id: Mapped[int] = mapped_column(
        ForeignKey("document_contents.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[DocumentKind] = mapped_column(
        str_enum(DocumentKind), default=DocumentKind.OTHER
    )
    added_on: Mapped[dt.date] = mapped_column(Date)
