"""Applications: create, edit, archive, delete, list and filter.

A status change always writes the matching timeline event, so the timeline is the history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, Source, Status
from bounceback.db.models import Application, Event, FeedbackNote
from bounceback.services import draft_keys, drafts, event_words, plans
from bounceback.services.errors import NotFoundError, ValidationError
from bounceback.services.validation import SHORT, check_date, check_url, clean_text

# The event a status change writes. Statuses without a kind of their own are recorded
# as a plain status change, with the new status in the details.
STATUS_EVENT: dict[Status, EventKind] = {
    Status.APPLIED: EventKind.APPLIED,
    Status.SCREENING: EventKind.SCREEN,
    Status.INTERVIEWING: EventKind.INTERVIEW,
    Status.OFFER: EventKind.OFFER,
    Status.REJECTED: EventKind.REJECTION,
}

# What a status change without an event kind of its own says (worded when shown).
STATUS_SAID: dict[Status, str] = {
    Status.ACCEPTED: event_words.ACCEPTED,
    Status.WITHDRAWN: event_words.WITHDREW,
    Status.GHOSTED: event_words.GHOSTED,
    Status.SAVED: event_words.SAVED,
}

# Statuses that end an application; an event can't move it out of these by itself.
CLOSED = frozenset({Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN})


@dataclass(frozen=True)
class ApplicationInput:
    company: str
    role: str
    link: str = ""
    source: Source = Source.DIRECT
    applied_on: dt.date | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    salary_currency: str = ""
    job_description: str = ""
    notes: str = ""
    status: Status = Status.APPLIED
    # A saved job's closing date (kept, unused, once applied).
    deadline: dt.date | None = None


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    company: str
    role: str
    source: Source
    status: Status
    applied_on: dt.date | None
    archived: bool
    last_activity: dt.date | None
    updated_at: dt.datetime


@dataclass(frozen=True)
class ApplicationDetail:
    id: int
    company: str
    role: str
    link: str
    source: Source
    applied_on: dt.date | None
    salary_min: int | None
    salary_max: int | None
    salary_currency: str
    job_description: str
    notes: str
    status: Status
    archived: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    event_count: int = 0
    reapply_after: dt.date | None = None
    deadline: dt.date | None = None

    def as_input(self) -> ApplicationInput:
        return ApplicationInput(
            company=self.company,
            role=self.role,
            link=self.link,
            source=self.source,
            applied_on=self.applied_on,
            salary_min=self.salary_min,
            salary_max=self.salary_max,
            salary_currency=self.salary_currency,
            job_description=self.job_description,
            notes=self.notes,
            status=self.status,
            deadline=self.deadline,
        )


@dataclass(frozen=True)
class ApplicationFilter:
    text: str = ""
    statuses: frozenset[Status] = field(default_factory=frozenset)
    include_archived: bool = False


@dataclass(frozen=True)
class _Fields:
    """An application's cleaned fields, as ``_validate`` passes them to the model."""

    company: str
    role: str
    link: str
    source: Source
    applied_on: dt.date | None
    salary_min: int | None
    salary_max: int | None
    salary_currency: str
    job_description: str
    notes: str
    status: Status
    deadline: dt.date | None

    def apply_to(self, app: Application) -> None:
        # One assignment per field, not a setattr loop: mypy checks each against its column.
        app.company = self.company
        app.role = self.role
        app.link = self.link
        app.source = self.source
        app.applied_on = self.applied_on
        app.salary_min = self.salary_min
        app.salary_max = self.salary_max
        app.salary_currency = self.salary_currency
        app.job_description = self.job_description
        app.notes = self.notes
        app.status = self.status
        app.deadline = self.deadline


def _validate(data: ApplicationInput) -> _Fields:
    company = clean_text("company", data.company, limit=SHORT, required=True, label="The company")
    role = clean_text("role", data.role, limit=SHORT, required=True, label="The role")
    for name in ("salary_min", "salary_max"):
        value = getattr(data, name)
        if value is not None and not 0 <= value <= 100_000_000:
            raise ValidationError(name, "The salary should be a positive amount.")
    if (
        data.salary_min is not None
        and data.salary_max is not None
        and data.salary_min > data.salary_max
    ):
        raise ValidationError("salary_max", "The top of the salary range is below its bottom.")
    return _Fields(
        company=company,
        role=role,
        link=check_url("link", data.link),
        source=Source(data.source),
        applied_on=check_date("applied_on", data.applied_on, label="The application date"),
        salary_min=data.salary_min,
        salary_max=data.salary_max,
        salary_currency=clean_text("salary_currency", data.salary_currency, limit=8).upper(),
        job_description=clean_text("job_description", data.job_description,
                                   label="The job description"),
        notes=clean_text("notes", data.notes, label="The notes"),
        status=Status(data.status),
        deadline=check_date("deadline", data.deadline, label="The deadline"),
    )


def _get(session: Session, app_id: int) -> Application:
    app = session.get(Application, app_id)
    if app is None:
        raise NotFoundError("application", app_id)
    return app


def _status_event(app: Application, status: Status, on: dt.date) -> Event:
    kind = STATUS_EVENT.get(status, EventKind.STATUS_CHANGE)
    return Event(kind=kind, occurred_on=on, said=STATUS_SAID.get(status, ""))


def _detail(
    session: Session, app: Application, event_count: int | None = None
) -> ApplicationDetail:
    """``event_count``, when the caller has the events already; else it is counted."""
    count = event_count if event_count is not None else session.scalar(
        select(func.count(Event.id)).where(Event.application_id == app.id))
    return ApplicationDetail(
        id=app.id,
        company=app.company,
        role=app.role,
        link=app.link,
        source=app.source,
        applied_on=app.applied_on,
        salary_min=app.salary_min,
        salary_max=app.salary_max,
        salary_currency=app.salary_currency,
        job_description=app.job_description,
        notes=app.notes,
        status=app.status,
        archived=app.archived,
        created_at=app.created_at,
        updated_at=app.updated_at,
        event_count=count or 0,
        reapply_after=app.reapply_after,
        deadline=app.deadline,
    )


def create_application(
    session: Session, data: ApplicationInput, *, today: dt.date | None = None
) -> ApplicationDetail:
    """Add an application; its first status becomes its first timeline event."""
    values = _validate(data)
    app = Application()
    values.apply_to(app)
    day = values.applied_on if data.status == Status.APPLIED else None
    first = _status_event(app, app.status, day or today or dt.date.today())
    app.events.append(first)
    session.add(app)
    _note_reapplication(session, app, first.occurred_on)
    session.flush()
    plans.offer_for_rejection(session, first)
    return _detail(session, app)


def update_application(
    session: Session,
    app_id: int,
    data: ApplicationInput,
    *,
    status_on: dt.date | None = None,
) -> ApplicationDetail:
    """Save edits; a new status also writes its timeline event (dated ``status_on``)."""
    app = _get(session, app_id)
    values = _validate(data)
    old_status = app.status
    values.apply_to(app)
    if app.status != old_status:
        on = check_date("status_on", status_on) or dt.date.today()
        if old_status == Status.SAVED and app.applied_on is None:
            # Applying to a saved job: the day it moved on is the day applied.
            app.applied_on = on
        event = _status_event(app, app.status, on)
        app.events.append(event)
        session.flush()
        plans.offer_for_rejection(session, event)
    session.flush()
    return _detail(session, app)


def set_status(
    session: Session, app_id: int, status: Status, *, on: dt.date | None = None
) -> ApplicationDetail:
    detail = get_application(session, app_id)
    return update_application(
        session, app_id, replace(detail.as_input(), status=status), status_on=on
    )


def same_company(name: str) -> str:
    """The key two applications share when they are at the same company."""
    return " ".join(name.casefold().split())


def _note_reapplication(session: Session, app: Application, on: dt.date) -> None:
    """A new application where an earlier one was turned down: the timeline says so."""
    key = same_company(app.company)
    earlier = [
        a for a in session.scalars(
            select(Application).where(Application.status == Status.REJECTED)
        )
        if a is not app and same_company(a.company) == key
    ]
    if earlier:
        last = max(earlier, key=lambda a: a.id)
        app.events.append(Event(kind=EventKind.REAPPLIED, occurred_on=on,
                                said=event_words.APPLIED_AGAIN, details=last.role))


def set_reapply_after(session: Session, app_id: int, on: dt.date | None) -> ApplicationDetail:
    """When it would make sense to try this company again (None clears it)."""
    app = _get(session, app_id)
    app.reapply_after = check_date("reapply_after", on, label="The reapply date")
    session.flush()
    return _detail(session, app)


def set_archived(session: Session, app_id: int, archived: bool) -> None:
    _get(session, app_id).archived = archived
    session.flush()


def delete_application(session: Session, app_id: int) -> None:
    """Delete an application with its events, feedback and review (action items are kept)."""
    app = _get(session, app_id)
    note_ids = session.scalars(
        select(FeedbackNote.id).where(FeedbackNote.application_id == app_id)
    ).all()
    session.delete(app)
    # Unsaved words about this application go with it; ids may be handed out again.
    for prefix in (draft_keys.new_feedback_prefix(app_id), draft_keys.thank_you_prefix(app_id),
                   *(draft_keys.note_feedback_prefix(n) for n in note_ids)):
        drafts.discard_drafts(session, prefix)
    session.flush()


def get_application(
    session: Session, app_id: int, *, event_count: int | None = None
) -> ApplicationDetail:
    return _detail(session, _get(session, app_id), event_count)


def list_applications(
    session: Session, flt: ApplicationFilter | None = None
) -> list[ApplicationRow]:
    """Applications, most recent activity first."""
    flt = flt or ApplicationFilter()
    last = (
        select(Event.application_id, func.max(Event.occurred_on).label("last"))
        .group_by(Event.application_id)
        .subquery()
    )
    # Only the columns a row shows: whole objects would also carry every job description
    # and note, and cost several times the time and memory on a long history.
    a = Application
    stmt = select(
        a.id, a.company, a.role, a.source, a.status, a.applied_on, a.archived,
        last.c.last.label("last_activity"), a.updated_at,
    ).outerjoin(last, last.c.application_id == Application.id)
    if not flt.include_archived:
        stmt = stmt.where(Application.archived.is_(False))
    if flt.statuses:
        stmt = stmt.where(Application.status.in_(list(flt.statuses)))
    stmt = stmt.order_by(
        func.coalesce(last.c.last, Application.applied_on).desc(), Application.id.desc()
    )
    # Text is matched in Python: SQLite's LIKE folds only ASCII, so "émile" would miss "Émile".
    needle = flt.text.strip().casefold()
    return [
        ApplicationRow(**row._asdict())
        for row in session.execute(stmt)
        if not needle or needle in row.company.casefold() or needle in row.role.casefold()
    ]


def usual_currency(session: Session) -> str:
    """The salary currency the person writes most often (the newest wins a tie); "" if none."""
    row = session.execute(
        select(Application.salary_currency)
        .where(Application.salary_currency != "")
        .group_by(Application.salary_currency)
        .order_by(func.count().desc(), func.max(Application.id).desc())
        .limit(1)
    ).first()
    return row[0] if row else ""


def list_choices(session: Session, *, include_archived: bool = True) -> list[tuple[int, str]]:
    """(id, "Company — Role") pairs for pickers, alphabetical."""
    stmt = select(Application.id, Application.company, Application.role).order_by(
        func.lower(Application.company), func.lower(Application.role)
    )
    if not include_archived:
        stmt = stmt.where(Application.archived.is_(False))
    return [(i, f"{c} — {r}") for i, c, r in session.execute(stmt)]


def status_after_event(current: Status, kind: EventKind) -> Status | None:
    """The status an event implies, or None if it leaves the status as it is.

    Events only move an application forward; a closed one (accepted, rejected, withdrawn)
    is changed only by a rejection or offer, which are decisive.
    """
    order = [Status.SAVED, Status.APPLIED, Status.SCREENING, Status.INTERVIEWING, Status.OFFER]
    if kind == EventKind.REJECTION:
        return Status.REJECTED if current != Status.REJECTED else None
    if kind == EventKind.OFFER:
        return Status.OFFER if current not in (Status.OFFER, Status.ACCEPTED) else None
    moves = {EventKind.APPLIED: Status.APPLIED, EventKind.SCREEN: Status.SCREENING,
             EventKind.INTERVIEW: Status.INTERVIEWING}
    target = moves.get(kind)
    if target is None or current in CLOSED:
        return None
    if current == Status.GHOSTED:
        return target if target != Status.APPLIED else None
    if order.index(target) > order.index(current):
        return target
    return None
