"""Contacts and their part in each application."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BindParameter, Select, bindparam, func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import ContactRole, EventKind
from bounceback.db.models import Application, ApplicationContact, Contact, Event
from bounceback.services import draft_keys, drafts, event_words
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
    # The day you connected, when LinkedIn's archive said so.
    linkedin_connected_on: dt.date | None = None

    def as_input(self) -> ContactInput:
        return ContactInput(
            name=self.name, role=self.role, company=self.company, email=self.email,
            linkedin_url=self.linkedin_url, notes=self.notes,
            linkedin_connected=self.linkedin_connected, stay_in_touch_on=self.stay_in_touch_on,
        )


@dataclass(frozen=True)
class _Fields:
    """A contact's cleaned fields, as ``_validate`` passes them to the model."""

    name: str
    role: str
    company: str
    email: str
    linkedin_url: str
    notes: str
    linkedin_connected: bool
    stay_in_touch_on: dt.date | None

    def apply_to(self, c: Contact) -> None:
        # One assignment per field, not a setattr loop: mypy checks each against its column.
        c.name = self.name
        c.role = self.role
        c.company = self.company
        c.email = self.email
        c.linkedin_url = self.linkedin_url
        c.notes = self.notes
        c.linkedin_connected = self.linkedin_connected
        if not self.linkedin_connected:
            c.linkedin_connected_on = None
        c.stay_in_touch_on = self.stay_in_touch_on


def _validate(data: ContactInput) -> _Fields:
    email = clean_text("email", data.email, limit=320, label="The email")
    local, _, domain = email.rpartition("@")
    if email and (not local or not domain or " " in email):
        raise ValidationError("email", "The email address doesn't look complete.")
    return _Fields(
        name=clean_text("name", data.name, limit=SHORT, required=True, label="The name"),
        role=clean_text("role", data.role, limit=SHORT, label="The role"),
        company=clean_text("company", data.company, limit=SHORT, label="The company"),
        email=email,
        linkedin_url=check_url("linkedin_url", data.linkedin_url),
        notes=clean_text("notes", data.notes, label="The notes"),
        linkedin_connected=bool(data.linkedin_connected),
        stay_in_touch_on=check_date("stay_in_touch_on", data.stay_in_touch_on,
                                    label="The stay-in-touch date"),
    )


def _row(
    c: Any, relation: ContactRole | None = None, thanked_on: dt.date | None = None
) -> ContactRow:
    """A contact (an object, or a row of the same columns) as a ContactRow."""
    return ContactRow(
        id=c.id, name=c.name, role=c.role, company=c.company, email=c.email,
        linkedin_url=c.linkedin_url, notes=c.notes, relation=relation,
        linkedin_connected=c.linkedin_connected, stay_in_touch_on=c.stay_in_touch_on,
        thanked_on=thanked_on, linkedin_connected_on=c.linkedin_connected_on,
    )


def _get(session: Session, contact_id: int) -> Contact:
    c = session.get(Contact, contact_id)
    if c is None:
        raise NotFoundError("contact", contact_id)
    return c


def create_contact(session: Session, data: ContactInput) -> ContactRow:
    values = _validate(data)
    c = Contact()
    values.apply_to(c)
    session.add(c)
    session.flush()
    return _row(c)


def update_contact(session: Session, contact_id: int, data: ContactInput) -> ContactRow:
    c = _get(session, contact_id)
    _validate(data).apply_to(c)
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
    return [_row(r, r.relation, r.on)
            for r in session.execute(_people_of_application(), {"app_id": app_id})]


@functools.cache
def _people_of_application() -> Select[*tuple[Any, ...]]:
    # Made once, the application a parameter: read each time an application is opened, and
    # building the statement (with its cache key) cost three times as long as running it.
    app_id: BindParameter[int] = bindparam("app_id")
    thanked = (
        select(Event.contact_id, func.max(Event.occurred_on).label("on"))
        .where(Event.application_id == app_id, Event.kind == EventKind.THANK_YOU_SENT)
        .group_by(Event.contact_id)
        .subquery()
    )
    c = Contact
    # Columns rather than objects.
    return (
        select(c.id, c.name, c.role, c.company, c.email, c.linkedin_url, c.notes,
               c.linkedin_connected, c.stay_in_touch_on, c.linkedin_connected_on,
               ApplicationContact.relation, thanked.c.on)
        .join(ApplicationContact, ApplicationContact.contact_id == Contact.id)
        .outerjoin(thanked, thanked.c.contact_id == Contact.id)
        .where(ApplicationContact.application_id == app_id)
        .order_by(func.lower(Contact.name))
    )


def mark_thanked(
    session: Session, app_id: int, contact_id: int, on: dt.date, note: str = ""
) -> ContactRow:
    """You sent this person a thank-you note: the timeline records it, dated."""
    from bounceback.services import events  # events imports applications; keep this lazy

    contact = _get(session, contact_id)
    if note:
        events.add_event(session, app_id, events.EventInput(
            kind=EventKind.THANK_YOU_SENT, occurred_on=on, details=note, contact_id=contact_id,
        ))
    else:
        # Worded when shown, in the person's language: "Thank-you note to Dana".
        events.add_event(session, app_id, events.EventInput(
            kind=EventKind.THANK_YOU_SENT, occurred_on=on, details=contact.name,
            contact_id=contact_id,
        ), said=event_words.THANK_YOU_TO)
    # The note has gone: nothing of it is left to keep as a draft.
    drafts.discard_draft(session, draft_keys.thank_you(app_id, contact_id))
    return next(r for r in list_for_application(session, app_id) if r.id == contact_id)


def set_follow_up(
    session: Session, contact_id: int, *, connected: bool, stay_in_touch_on: dt.date | None
) -> ContactRow:
    """Whether you connected (on LinkedIn, say) and when to get back in touch."""
    c = _get(session, contact_id)
    c.linkedin_connected = connected
    if not connected:
        c.linkedin_connected_on = None
    c.stay_in_touch_on = check_date("stay_in_touch_on", stay_in_touch_on,
                                    label="The stay-in-touch date")
    session.flush()
    return _row(c)


def mark_connected(session: Session, contact_id: int, on: dt.date | None) -> ContactRow:
    """You are connected with this person (on LinkedIn), since ``on`` when known; a date
    already kept is not replaced by none."""
    c = _get(session, contact_id)
    c.linkedin_connected = True
    if on is not None:
        c.linkedin_connected_on = check_date("linkedin_connected_on", on,
                                             label="The day you connected")
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


# --- names typed as an interview's participants ------------------------------------------------

# Between names: commas (as the field asks), semicolons, "&", "/", new lines, and a lone "and"
# or Spanish "y" ("Dana Reyes and Sam Lee").
_BETWEEN_NAMES = re.compile(r"[,;&/\n]|\s+(?:and|y)\s+", re.IGNORECASE)
# A part in brackets after a name says who they are, not what they are called: "Sam (HR)".
_ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]")


# Remembered: the same few names are compared over and over (each interview's participants
# against the application's people, each time the application is opened).
@functools.lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """A name as compared loosely: case, spacing and accents aside, so "José  García" and
    "jose garcia" are the same person."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def split_names(text: str) -> list[str]:
    """The names in a typed list, tidied (spaces, brackets), each once, in the order typed."""
    names: list[str] = []
    seen: set[str] = set()
    for part in _BETWEEN_NAMES.split(_ASIDE.sub(" ", text)):
        name = " ".join(part.split()).strip(" .-")
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            names.append(name)
    return names


def new_participants(typed: Iterable[str], known: Iterable[str]) -> list[str]:
    """Names typed as interview participants (``typed``: the fields as typed) that are not
    among ``known`` names yet, matched loosely, each once, as first typed."""
    have = {name_key(n) for n in known}
    found: list[str] = []
    for text in typed:
        for name in split_names(text):
            key = name_key(name)
            if key not in have:
                have.add(key)
                found.append(name)
    return found


def _typed_participants(session: Session, app_id: int) -> list[str]:
    return list(session.scalars(
        select(Event.interviewers)
        .where(Event.application_id == app_id, Event.kind == EventKind.INTERVIEW,
               Event.interviewers != "")
        .order_by(Event.occurred_on, Event.id)))


def _spelled(name: str, others: Iterable[str]) -> str:
    """A name as a person is called: a spelling with capitals typed for the same person
    elsewhere wins over one typed all in lower case ("morgan"), which is given its capitals
    (letters take a lower-case word for a role, "the recruiter", not a name)."""
    for candidate in (name, *others):
        if candidate != candidate.lower():
            return candidate
    return " ".join(word[:1].upper() + word[1:] for word in name.split())


def add_participants(
    session: Session,
    app_id: int,
    names: Sequence[str],
    relation: ContactRole = ContactRole.INTERVIEWER,
) -> list[ContactRow]:
    """Make each name one of the application's people, never twice: a name already among
    them is left alone; one that is a contact at the same company already (matched loosely)
    is linked; any other becomes a new contact at that company. Returns those added."""
    app = session.get(Application, app_id)
    if app is None:
        raise NotFoundError("application", app_id)
    present = {name_key(p.name) for p in list_for_application(session, app_id)}
    company = name_key(app.company)
    # Contacts at the same company, by name; the lowest id when the same name is there twice.
    colleagues: dict[str, int] = {}
    if company:
        for c in session.scalars(select(Contact).order_by(Contact.id.desc())):
            if name_key(c.company) == company:
                colleagues[name_key(c.name)] = c.id
    spellings: dict[str, list[str]] = {}
    for typed in _typed_participants(session, app_id):
        for other in split_names(typed):
            spellings.setdefault(name_key(other), []).append(other)
    added: list[ContactRow] = []
    for name in new_participants(names, ()):
        key = name_key(name)
        if key in present:
            continue
        present.add(key)
        if key in colleagues:
            link_contact(session, app_id, colleagues[key], relation)
            contact_id = colleagues[key]
        else:
            spelled = _spelled(name, spellings.get(key, ()))
            contact_id = create_contact(
                session, ContactInput(name=spelled, company=app.company)).id
            link_contact(session, app_id, contact_id, relation)
        added.append(_row(_get(session, contact_id), ContactRole(relation)))
    return added
