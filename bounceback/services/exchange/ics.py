"""Interviews and reminders as an iCalendar file, for the person's own calendar program.

Every entry is an all-day event, since BounceBack keeps dates without times. Each has a
stable UID (``event-12@bounceback.local``), so importing a newer export updates entries
instead of doubling them, and its DTSTAMP is the record's last change, not the moment of
export, so the same data always gives the same file.

A calendar is often synced to someone's server, so entries carry only what a reminder needs:
names, companies, the interview's own details, an action's words. Journal entries, feelings
and feedback answers never go in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from icalendar import Calendar
from icalendar import Event as CalEvent
from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, FeedbackStatus
from bounceback.db.models import ActionItem, Application, Contact, Event, FeedbackNote, Stamped
from bounceback.services.exchange.common import Progress, no_progress
from bounceback.services.exchange.export_files import save

SUFFIX = ".ics"
DOMAIN = "bounceback.local"
PRODID = "-//BounceBack//BounceBack//EN"

INTERVIEW_KINDS = (EventKind.INTERVIEW, EventKind.SCREEN)
SUMMARY_LIMIT = 120


@dataclass(frozen=True)
class Entry:
    """One calendar entry, before it becomes iCalendar text."""

    uid: str
    on: dt.date
    summary: str
    description: str
    stamp: dt.datetime  # naive UTC, as the store keeps its book-keeping times
    category: str
    busy: bool = False


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _app_label(app: Application | None) -> str:
    return _one_line(f"{app.company} — {app.role}") if app else ""


def _first_line(text: str) -> str:
    line = next((s.strip() for s in text.splitlines() if s.strip()), "")
    return line if len(line) <= SUMMARY_LIMIT else line[: SUMMARY_LIMIT - 1] + "…"


def _stamp(record: Stamped) -> dt.datetime:
    return record.updated_at or record.created_at


def _interviews(session: Session, apps: dict[int, Application]) -> Iterator[Entry]:
    stmt = select(Event).where(Event.kind.in_(INTERVIEW_KINDS)).order_by(Event.id)
    for ev in session.scalars(stmt):
        app = apps.get(ev.application_id)
        if ev.kind == EventKind.SCREEN:
            what = "Screening call"
        elif ev.interview_round:
            what = f"Interview (round {ev.interview_round})"
        else:
            what = "Interview"
        lines = [f"With {ev.interviewers}"] if ev.interviewers else []
        if ev.details:
            lines.append(ev.details)
        yield Entry(f"event-{ev.id}@{DOMAIN}", ev.occurred_on, f"{what}: {_app_label(app)}",
                    "\n".join(lines), _stamp(ev), "Interview", busy=True)


def _reminders(session: Session, apps: dict[int, Application]) -> Iterator[Entry]:
    notes = select(FeedbackNote).where(
        FeedbackNote.follow_up_on.is_not(None), FeedbackNote.status != FeedbackStatus.ANSWERED
    )
    for f in session.scalars(notes.order_by(FeedbackNote.id)):
        assert f.follow_up_on is not None
        app = apps.get(f.application_id)
        yield Entry(f"feedback-{f.id}-follow-up@{DOMAIN}", f.follow_up_on,
                    f"Follow up on feedback: {f.asked_whom}", _app_label(app), _stamp(f),
                    "Reminder")
    contacts = select(Contact).where(Contact.stay_in_touch_on.is_not(None))
    for c in session.scalars(contacts.order_by(Contact.id)):
        assert c.stay_in_touch_on is not None
        who = f"{c.name} ({c.company})" if c.company else c.name
        yield Entry(f"contact-{c.id}-stay-in-touch@{DOMAIN}", c.stay_in_touch_on,
                    f"Get back in touch with {who}", c.role, _stamp(c), "Reminder")
    # Done actions need no reminding.
    actions = select(ActionItem).where(ActionItem.due_on.is_not(None), ActionItem.done.is_(False))
    for a in session.scalars(actions.order_by(ActionItem.id)):
        assert a.due_on is not None
        app = apps.get(a.application_id) if a.application_id else None
        description = "\n\n".join(p for p in (a.text, _app_label(app)) if p)
        yield Entry(f"action-{a.id}-due@{DOMAIN}", a.due_on, f"To do: {_first_line(a.text)}",
                    description, _stamp(a), "Reminder")
    for app in sorted(apps.values(), key=lambda a: a.id):
        if app.reapply_after is not None:
            yield Entry(f"application-{app.id}-reapply@{DOMAIN}", app.reapply_after,
                        f"Consider applying again: {_app_label(app)}",
                        "Look back at what you learned last time before you apply.",
                        _stamp(app), "Reminder")


def entries(session: Session) -> list[Entry]:
    """Interviews and reminders, by date, then by UID."""
    apps = {a.id: a for a in session.scalars(select(Application))}
    found = [*_interviews(session, apps), *_reminders(session, apps)]
    return sorted(found, key=lambda e: (e.on, e.uid))


def _component(entry: Entry) -> CalEvent:
    ev = CalEvent()
    ev.add("uid", entry.uid)
    ev.add("dtstamp", entry.stamp.replace(tzinfo=dt.UTC))
    ev.add("dtstart", entry.on)
    ev.add("dtend", entry.on + dt.timedelta(days=1))
    ev.add("summary", _one_line(entry.summary))
    if entry.description:
        ev.add("description", entry.description)
    ev.add("categories", [entry.category])
    # A reminder shouldn't make the whole day look taken to anyone booking time with you.
    ev.add("transp", "OPAQUE" if entry.busy else "TRANSPARENT")
    return ev


def export_ics(session: Session, progress: Progress = no_progress) -> bytes:
    """The interviews and reminders as iCalendar bytes (UTF-8, CRLF line ends)."""
    found = entries(session)
    total = len(found)
    progress(0, total)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "BounceBack")
    for done, entry in enumerate(found, start=1):
        cal.add_component(_component(entry))
        if done % 100 == 0:
            progress(done, total)
    progress(total, total)
    ical: bytes = cal.to_ical()  # icalendar leaves to_ical's return type unannotated
    return ical


def write_ics(session: Session, path: Path, progress: Progress = no_progress) -> None:
    """Write :func:`export_ics` atomically, readable by the user alone."""
    save(Path(path), export_ics(session, progress))
