"""Contacts and their part in each application."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import ContactRole
from bounceback.db.models import Application, ApplicationContact, Contact
from bounceback.services.errors import NotFoundError, ValidationError
from bounceback.services.validation import SHORT, check_url, clean_text


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str = ""
    company: str = ""
    email: str = ""
    linkedin_url: str = ""
    notes: str = ""


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


def _validate(data: ContactInput) -> dict[str, str]:
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
    }


def _row(c: Contact, relation: ContactRole | None = None) -> ContactRow:
    return ContactRow(
        id=c.id, name=c.name, role=c.role, company=c.company, email=c.email,
        linkedin_url=c.linkedin_url, notes=c.notes, relation=relation,
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
    stmt = (
        select(Contact, ApplicationContact.relation)
        .join(ApplicationContact, ApplicationContact.contact_id == Contact.id)
        .where(ApplicationContact.application_id == app_id)
        .order_by(func.lower(Contact.name))
    )
    return [_row(c, rel) for c, rel in session.execute(stmt)]


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
