"""Contacts and their part in each application."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import ContactRole, EventKind
from bounceback.db.models import Application, ApplicationContact, Contact, Event
from bounceback.services.errors import NotFoundError, ValidationError
from bounceback.services.validation import SHORT, check_date, check_url, clean_text


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str = ""
    company: str = ""
    email: str = ""
    linkedin_url: str = ""
    notes: str = ""
    linkedin_connected: bool = False
    stay_in_touch_on: dt.date | None = None


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    role: str
    company: str
    email: str
    linkedin_url: str
    notes: str
    # Set when listed for one application: the contact's part in it.
    relation: ContactRole | None = None
    linkedin_connected: bool = False
    stay_in_touch_on: dt.date | None = None
    # Set when listed for one application: when you last thanked them for it.
    thanked_on: dt.date | None = None

    def as_input(self) -> ContactInput:
        return ContactInput(
            name=self.name, role=self.role, company=self.company, email=self.email,
            linkedin_url=self.linkedin_url, notes=self.notes,
            linkedin_connected=self.linkedin_connected, stay_in_touch_on=self.stay_in_touch_on,
        )


def _validate(data: ContactInput) -> dict[str, object]:
    email = clean_text("email", data.email, limit=320, label="The email")
    local, _, domain = email.rpartition("@")
    if email and (not local or not domain or " " in email):
        raise ValidationError("email", "The email address doesn't look complete.")
    return {
        "name": clean_text("name", data.name, limit=SHORT, required=True, label="The name"),
        "role": clean_text("role", data.role, limit=SHORT, label="The role"),
        "company": clean_text("company", data.company, limit=SHORT, label="The company"),
        "email": email,
        "linkedin_url": check_url("linkedin_url", data.linkedin_url),
        "notes": clean_text("notes", data.notes, label="The notes"),
        "linkedin_connected": bool(data.linkedin_connected),
        "stay_in_touch_on": check_date("stay_in_touch_on", data.stay_in_touch_on,
                                       label="The stay-in-touch date"),
    }


def _row(
    c: Any, relation: ContactRole | None = None, thanked_on: dt.date | None = None
) -> ContactRow:
    """A contact (an object, or a row of the same columns) as a ContactRow."""
    return ContactRow(
        id=c.id, name=c.name, role=c.role, company=c.company, email=c.email,
        linkedin_url=c.linkedin_url, notes=c.notes, relation=relation,
        linkedin_connected=c.linkedin_connected, stay_in_touch_on=c.stay_in_touch_on,
        thanked_on=thanked_on,
    )


def _get(session: Session, contact_id: int) -> Contact:
    c = session.get(Contact, contact_id)
    if c is None:
        raise NotFoundError("contact", contact_id)
    return c


def create_contact(session: Session, data: ContactInput) -> ContactRow:
    c = Contact(**_validate(data))
    session.add(c)
    session.flush()
    return _row(c)


def update_contact(session: Session, contact_id: int, data: ContactInput) -> ContactRow:
    c = _get(session, contact_id)
    for key, value in _validate(data).items():
        setattr(c, key, value)
    session.flush()
    return _row(c)


def delete_contact(session: Session, contact_id: int) -> None:
    session.delete(_get(session, contact_id))
    session.flush()


def list_contacts(session: Session) -> list[ContactRow]:
    stmt = select(Contact).order_by(func.lower(Contact.name), Contact.id)
    return [_row(c) for c in session.scalars(stmt)]


def link_contact(
    session: Session, app_id: int, contact_id: int, relation: ContactRole = ContactRole.OTHER
) -> None:
    """Tie a contact to an application (or change their part in it)."""
    if session.get(Application, app_id) is None:
        raise NotFoundError("application", app_id)
    _get(session, contact_id)
    link = session.get(ApplicationContact, (app_id, contact_id))
    if link is None:
        session.add(
            ApplicationContact(application_id=app_id, contact_id=contact_id,
                               relation=ContactRole(relation))
        )
    else:
        link.relation = ContactRole(relation)
    session.flush()


def unlink_contact(session: Session, app_id: int, contact_id: int) -> None:
    link = session.get(ApplicationContact, (app_id, contact_id))
    if link is not None:
        session.delete(link)
        session.flush()


def list_for_application(session: Session, app_id: int) -> list[ContactRow]:
    """The people of one application, with their part in it and when you last thanked them."""
    thanked = (
        select(Event.contact_id, func.max(Event.occurred_on).label("on"))
        .where(Event.application_id == app_id, Event.kind == EventKind.THANK_YOU_SENT)
        .group_by(Event.contact_id)
        .subquery()
    )
    c = Contact
    # Columns rather than objects: read each time an application is opened.
    stmt = (
        select(c.id, c.name, c.role, c.company, c.email, c.linkedin_url, c.notes,
               c.linkedin_connected, c.stay_in_touch_on,
               ApplicationContact.relation, thanked.c.on)
        .join(ApplicationContact, ApplicationContact.contact_id == Contact.id)
        .outerjoin(thanked, thanked.c.contact_id == Contact.id)
        .where(ApplicationContact.application_id == app_id)
        .order_by(func.lower(Contact.name))
    )
    return [_row(r, r.relation, r.on) for r in session.execute(stmt)]


def mark_thanked(
    session: Session, app_id: int, contact_id: int, on: dt.date, note: str = ""
) -> ContactRow:
    """You sent this person a thank-you note: the timeline records it, dated."""
    from bounceback.services import events  # events imports applications; keep this lazy

    contact = _get(session, contact_id)
    details = note or f"Thank-you note to {contact.name}"
    events.add_event(session, app_id, events.EventInput(
        kind=EventKind.THANK_YOU_SENT, occurred_on=on, details=details, contact_id=contact_id,
    ))
    return next(r for r in list_for_application(session, app_id) if r.id == contact_id)


def set_follow_up(
    session: Session, contact_id: int, *, connected: bool, stay_in_touch_on: dt.date | None
) -> ContactRow:
    """Whether you connected (on LinkedIn, say) and when to get back in touch."""
    c = _get(session, contact_id)
    c.linkedin_connected = connected
    c.stay_in_touch_on = check_date("stay_in_touch_on", stay_in_touch_on,
                                    label="The stay-in-touch date")
    session.flush()
    return _row(c)


def recruiters_for(session: Session, app_id: int) -> list[ContactRow]:
    """The recruiters of an application: often the best person to ask for feedback."""
    return [c for c in list_for_application(session, app_id)
            if c.relation == ContactRole.RECRUITER]


def add_to_application(
    session: Session, app_id: int, data: ContactInput, relation: ContactRole
) -> ContactRow:
    """A new person and their part in the application, in one step."""
    if session.get(Application, app_id) is None:
        raise NotFoundError("application", app_id)
    row = create_contact(session, data)
    link_contact(session, app_id, row.id, relation)
    return _row(_get(session, row.id), ContactRole(relation))


def update_for_application(
    session: Session, app_id: int, contact_id: int, data: ContactInput, relation: ContactRole
) -> ContactRow:
    """Edit a person and their part in one application together."""
    update_contact(session, contact_id, data)
    link_contact(session, app_id, contact_id, relation)
    return _row(_get(session, contact_id), ContactRole(relation))


@dataclass(frozen=True)
class FollowUpInput:
    """Staying in touch with one person: their profile, whether you connected, and when to
    get back in touch."""

    linkedin_url: str = ""
    connected: bool = False
    stay_in_touch_on: dt.date | None = None

    @classmethod
    def of(cls, row: ContactRow) -> FollowUpInput:
        return cls(row.linkedin_url, row.linkedin_connected, row.stay_in_touch_on)


def save_follow_up(session: Session, contact_id: int, data: FollowUpInput) -> ContactRow:
    """The profile address, the connection and the stay-in-touch date together."""
    c = _get(session, contact_id)
    url = check_url("linkedin_url", data.linkedin_url)
    set_follow_up(session, contact_id, connected=data.connected,
                  stay_in_touch_on=data.stay_in_touch_on)
    c.linkedin_url = url
    session.flush()
    return _row(c)
