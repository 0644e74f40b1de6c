"""LinkedIn's data archive into BounceBack: applications, saved jobs and connections.

:func:`preview` says what an import would do, without writing; :func:`import_linkedin_archive`
does it inside the caller's one transaction. Both start from the same plan, made against
the store as it is at that moment, so an archive imported again (or a newer one) adds only
what is new:

- An application is already there when one has the same job link (LinkedIn's job number),
  or the same company, role and day. A saved job applied to since is moved on to applied.
- A saved job is left out when the same job was applied to.
- A person already among an application's People who is one of the connections (same
  profile, e-mail, or name) is marked connected, with the day. Connections working at a
  company applied to are *offered* as People of that application; only the ones chosen
  (by :attr:`Offer.key`) are added.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlparse

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.enums import ContactRole, Source, Status
from bounceback.db.models import Application, ApplicationContact, Contact
from bounceback.services import applications as apps
from bounceback.services import contacts, sent_with
from bounceback.services.errors import ValidationError
from bounceback.services.exchange.common import ImportResult, Progress, RowProblem, no_progress
from bounceback.services.exchange.import_text import refuse
from bounceback.services.exchange.linkedin_read import (
    Applied,
    Connection,
    LinkedInArchive,
    Saved,
    read_linkedin,
)
from bounceback.services.validation import SHORT, check_url

THROUGH = "LinkedIn"
PROGRESS_EVERY = 50
# Result kinds beyond "applications" and "contacts".
APPLICATIONS, CONTACTS = "applications", "contacts"
SAVED_JOBS, CONNECTED, NOW_APPLIED = "saved_jobs", "connected", "now_applied"

_LINKEDIN_JOB = re.compile(r"linkedin\.[a-z.]+/(?:comm/)?jobs/view/(?:[^/?#]*?-)?(\d+)", re.I)
_LINKEDIN_PROFILE = re.compile(r"linkedin\.[a-z.]+/in/([^/?#]+)", re.I)
# Words that don't tell two companies apart: "Acme, Inc." is "Acme".
_COMPANY_NOISE = frozenset({
    "inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co", "company",
    "plc", "gmbh", "ag", "sa", "sas", "sl", "srl", "spa", "bv", "nv", "ab", "as", "oy", "kg",
    "pty", "the", "group",
})


@dataclass(frozen=True)
class Offer:
    """A connection who works where an application went, offered as one of its People."""

    key: str
    name: str
    position: str
    company: str
    connected_on: dt.date | None
    application: str  # "Company — Role"


@dataclass(frozen=True)
class Mark:
    """A person already among an application's People, now known to be a connection."""

    contact_id: int
    name: str
    connected_on: dt.date | None


@dataclass(frozen=True)
class LinkedInPreview:
    applications: int
    saved_jobs: int
    now_applied: int  # saved jobs here that the archive says were applied to
    already: int  # applications and saved jobs already here
    marks: tuple[Mark, ...]
    already_connected: int  # People here already marked connected
    offers: tuple[Offer, ...]
    connections: int  # read from the archive, for "of 312 connections"
    screening_answers: int
    files: tuple[str, ...]

    @property
    def nothing_new(self) -> bool:
        return not (self.applications or self.saved_jobs or self.now_applied or self.marks
                    or self.offers)


@dataclass
class _Target:
    """An application an offer can join: one here (``app_id``) or one being added."""

    company: str
    role: str
    day: dt.date | None
    app_id: int | None = None
    applied: Applied | None = None

    @property
    def label(self) -> str:
        return f"{self.company} — {self.role}"


@dataclass
class _Plan:
    new_applied: list[Applied] = field(default_factory=list)
    new_saved: list[Saved] = field(default_factory=list)
    now_applied: list[tuple[int, Applied]] = field(default_factory=list)
    already: int = 0
    marks: list[Mark] = field(default_factory=list)
    already_marked: int = 0
    offers: list[tuple[Offer, Connection, _Target]] = field(default_factory=list)


# --- keys ----------------------------------------------------------------------------------


def job_key(link: str) -> str:
    """The job a link points at: LinkedIn's job number, else the link without its query."""
    if not link:
        return ""
    if m := _LINKEDIN_JOB.search(link):
        return f"linkedin:{m[1]}"
    parsed = urlparse(link if "://" in link else "https://" + link)
    host = parsed.netloc.casefold().removeprefix("www.")
    return f"{host}{parsed.path.rstrip('/')}" if host else ""


def profile_key(url: str) -> str:
    m = _LINKEDIN_PROFILE.search(url)
    return m[1].casefold() if m else ""


def name_key(name: str) -> str:
    """"José  Pérez" and "jose perez" are one name; accents and case don't count."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", plain).split())


def company_key(name: str) -> str:
    words = [w for w in name_key(name).split() if w not in _COMPANY_NOISE]
    return " ".join(words) or name_key(name)


def _same_job(company: str, role: str, day: dt.date | None) -> tuple[str, str, str]:
    return (company_key(company), name_key(role), day.isoformat() if day else "")


# --- the plan ------------------------------------------------------------------------------


def _plan(session: Session, archive: LinkedInArchive) -> _Plan:
    plan = _Plan()
    by_job: dict[str, tuple[int, Status]] = {}
    by_same: dict[tuple[str, str, str], int] = {}
    saved_by_role: dict[tuple[str, str], int] = {}
    targets: list[_Target] = []
    moved: set[int] = set()  # saved jobs here moved on to applied
    for row in session.execute(select(Application.id, Application.company, Application.role,
                                      Application.applied_on, Application.link,
                                      Application.status, Application.example)):
        if key := job_key(row.link):
            by_job.setdefault(key, (row.id, row.status))
        by_same[_same_job(row.company, row.role, row.applied_on)] = row.id
        if row.status == Status.SAVED:
            saved_by_role.setdefault((company_key(row.company), name_key(row.role)), row.id)
        if not row.example:  # nobody is offered as one of the example data's People
            targets.append(_Target(row.company, row.role, row.applied_on, app_id=row.id))
    seen_jobs: set[str] = set()
    seen_same: set[tuple[str, str, str]] = set()
    for item in sorted(archive.applied, key=lambda a: a.applied_on):
        job, same = job_key(item.link), _same_job(item.company, item.role, item.applied_on)
        role = (company_key(item.company), name_key(item.role))
        if (job and job in seen_jobs) or same in seen_same:
            continue  # the archive lists the same application twice
        seen_jobs.add(job)
        seen_same.add(same)
        here = by_job.get(job) if job else None
        if here is None and same in by_same:
            here = (by_same[same], Status.APPLIED)
        if here is None and role in saved_by_role:
            here = (saved_by_role[role], Status.SAVED)
        if here is None:
            plan.new_applied.append(item)
            targets.append(_Target(item.company, item.role, item.applied_on, applied=item))
        elif here[1] == Status.SAVED and here[0] not in moved:
            moved.add(here[0])
            plan.now_applied.append((here[0], item))
        else:
            plan.already += 1
    applied_roles = {(company_key(a.company), name_key(a.role)) for a in archive.applied}
    for saved in archive.saved:
        job = job_key(saved.link)
        role = (company_key(saved.company), name_key(saved.role))
        if (job and job in seen_jobs) or role in applied_roles:
            continue  # applied to since it was saved: the application says it all
        if (job and job in by_job) or role in saved_by_role:
            plan.already += 1
            continue
        seen_jobs.add(job)
        applied_roles.add(role)
        plan.new_saved.append(saved)
    _plan_people(session, archive.connections, targets, plan)
    return plan


def _plan_people(session: Session, connections: Iterable[Connection], targets: list[_Target],
                 plan: _Plan) -> None:
    by_profile: dict[str, Connection] = {}
    by_email: dict[str, Connection] = {}
    by_name: dict[str, list[Connection]] = {}
    for c in connections:
        if key := profile_key(c.url):
            by_profile.setdefault(key, c)
        if c.email:
            by_email.setdefault(c.email.casefold(), c)
        by_name.setdefault(name_key(c.name), []).append(c)

    def match(url: str, email: str, name: str) -> Connection | None:
        if (key := profile_key(url)) and key in by_profile:
            return by_profile[key]
        if email and email.casefold() in by_email:
            return by_email[email.casefold()]
        same_name = by_name.get(name_key(name), [])
        return same_name[0] if len(same_name) == 1 else None  # two Ana Ruiz: not guessed

    known: set[int] = set()  # connections that are People already (anywhere)
    people = session.execute(
        select(Contact.id, Contact.name, Contact.email, Contact.linkedin_url,
               Contact.linkedin_connected, Contact.linkedin_connected_on)
        .where(Contact.id.in_(select(ApplicationContact.contact_id)))
        .order_by(Contact.id))
    for person in people:
        found = match(person.linkedin_url, person.email, person.name)
        if found is None:
            continue
        known.add(id(found))
        if person.linkedin_connected and (person.linkedin_connected_on or not found.connected_on):
            plan.already_marked += 1
        else:
            plan.marks.append(Mark(person.id, person.name, found.connected_on))
    # Everyone else a contact already is (not among any application's People) is not offered
    # again either: they can be added from the application's People.
    for other in session.execute(select(Contact.name, Contact.email, Contact.linkedin_url)):
        found = match(other.linkedin_url, other.email, other.name)
        if found is not None:
            known.add(id(found))
    newest: dict[str, _Target] = {}
    for target in targets:
        key = company_key(target.company)
        best = newest.get(key)
        if best is None or (target.day or dt.date.min) >= (best.day or dt.date.min):
            newest[key] = target
    keys: set[str] = set()
    for c in connections:
        at = newest.get(company_key(c.company)) if c.company else None
        if at is None or id(c) in known:
            continue
        key = base = f"{profile_key(c.url) or name_key(c.name)}@{company_key(at.company)}"
        # Two of one name at one company, without profiles: two offers, ticked one by one
        # (numbered in the archive's order, the same in the preview and the import).
        n = 1
        while key in keys:
            n += 1
            key = f"{base}#{n}"
        keys.add(key)
        plan.offers.append((Offer(key, c.name, c.position, c.company, c.connected_on,
                                  at.label), c, at))


def preview(session: Session, archive: LinkedInArchive) -> LinkedInPreview:
    """What importing ``archive`` would do now; writes nothing."""
    plan = _plan(session, archive)
    offers = tuple(sorted((o for o, _c, _t in plan.offers),
                          key=lambda o: (o.application.casefold(), o.name.casefold())))
    return LinkedInPreview(
        applications=len(plan.new_applied), saved_jobs=len(plan.new_saved),
        now_applied=len(plan.now_applied), already=plan.already, marks=tuple(plan.marks),
        already_connected=plan.already_marked, offers=offers, connections=len(archive.connections),
        screening_answers=sum(len(a.answers) for a in plan.new_applied),
        files=archive.files)


# --- the import ----------------------------------------------------------------------------


def import_linkedin(session: Session, path: Path, progress: Progress = no_progress
                    ) -> ImportResult:
    """Read the archive at ``path`` and import it, without adding offered People (the
    command line: choosing them needs the window)."""
    return import_linkedin_archive(session, read_linkedin(path), progress)


def import_linkedin_archive(session: Session, archive: LinkedInArchive,
                            progress: Progress = no_progress, *, people: Collection[str] = (),
                            today: dt.date | None = None) -> ImportResult:
    """Import ``archive``; ``people`` are the keys of the offers chosen. Never commits; any
    problem raises before the caller's transaction is committed, so nothing is half-done."""
    plan = _plan(session, archive)
    today = today or dt.date.today()
    result = ImportResult()
    result.added.update({APPLICATIONS: 0, SAVED_JOBS: 0, CONNECTED: 0, CONTACTS: 0,
                         NOW_APPLIED: 0})
    result.skipped.update({APPLICATIONS: plan.already, CONNECTED: plan.already_marked})
    wanted = set(people)
    chosen = [(c, t) for o, c, t in plan.offers if o.key in wanted]
    total = len(plan.new_applied) + len(plan.new_saved) + len(plan.now_applied) \
        + len(plan.marks) + len(chosen)
    done = 0
    progress(0, total)

    def step() -> None:
        nonlocal done
        done += 1
        if done % PROGRESS_EVERY == 0 or done == total:
            progress(done, total)

    added_ids: dict[int, int] = {}  # id(Applied) -> the new application's id
    for item in plan.new_applied:
        added_ids[id(item)] = _add_applied(session, item, today)
        result.add(APPLICATIONS)
        step()
    for saved in plan.new_saved:
        _add_saved(session, saved, today)
        result.add(SAVED_JOBS)
        step()
    for app_id, item in plan.now_applied:
        _apply_saved(session, app_id, item)
        result.add(NOW_APPLIED)
        step()
    for mark in plan.marks:
        contacts.mark_connected(session, mark.contact_id, mark.connected_on)
        result.add(CONNECTED)
        step()
    for connection, target in chosen:
        app_id = target.app_id if target.app_id is not None else \
            added_ids[id(target.applied)]
        _add_person(session, app_id, connection)
        result.add(CONTACTS)
        step()
    return result


def _checked(item: Applied | Saved | Connection, check: ValidationError) -> RowProblem:
    return RowProblem(item.line, check.message, item.file)


def _link(link: str) -> str:
    try:
        return check_url("link", link)
    except ValidationError:
        return ""  # a link that isn't a web address helps nobody; the job is still the job


def _input(item: Applied | Saved, status: Status, day: dt.date | None) -> apps.ApplicationInput:
    return apps.ApplicationInput(company=item.company[:SHORT], role=item.role[:SHORT],
                                 link=_link(item.link), source=Source.DIRECT, applied_on=day,
                                 status=status)


def _add_applied(session: Session, item: Applied, today: dt.date) -> int:
    try:
        created = apps.create_application(
            session, _input(item, Status.APPLIED, item.applied_on), today=today)
        sent_with.set_sent_with(session, created.id, applied_through=THROUGH,
                                resume_name=item.resume_name, answers=item.answers)
    except ValidationError as exc:
        raise refuse([_checked(item, exc)]) from None
    return created.id


def _add_saved(session: Session, item: Saved, today: dt.date) -> None:
    try:
        apps.create_application(session, _input(item, Status.SAVED, None),
                                today=item.saved_on or today)
    except ValidationError as exc:
        raise refuse([_checked(item, exc)]) from None


def _apply_saved(session: Session, app_id: int, item: Applied) -> None:
    """A job saved here earlier and applied to since: moved on, on the day it was."""
    detail = apps.get_application(session, app_id)
    data = detail.as_input()
    try:
        apps.update_application(session, app_id, replace(
            data, status=Status.APPLIED, applied_on=item.applied_on,
            link=data.link or _link(item.link)), status_on=item.applied_on)
        sent_with.set_sent_with(session, app_id, applied_through=THROUGH,
                                resume_name=item.resume_name, answers=item.answers)
    except ValidationError as exc:
        raise refuse([_checked(item, exc)]) from None


def _add_person(session: Session, app_id: int, c: Connection) -> None:
    email = c.email if "@" in c.email and " " not in c.email else ""
    try:
        row = contacts.add_to_application(session, app_id, contacts.ContactInput(
            name=c.name[:SHORT], role=c.position[:SHORT], company=c.company[:SHORT],
            email=email[:320], linkedin_url=_link(c.url), linkedin_connected=True,
        ), ContactRole.OTHER)
        contacts.mark_connected(session, row.id, c.connected_on)
    except ValidationError as exc:
        raise refuse([_checked(c, exc)]) from None
