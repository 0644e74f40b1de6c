"""Interviews and reminders as iCalendar: parseable, stable, all-day, and nothing private."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy.orm import Session

from bounceback.db.models import ActionItem, Event
from bounceback.services.exchange import ics
from tests.services.exchange.export_sample import Sample, fill

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")


@pytest.fixture
def sample(session: Session) -> Sample:
    return fill(session)


def _events(data: bytes) -> dict[str, dict[str, object]]:
    cal = Calendar.from_ical(data)
    assert str(cal["version"]) == "2.0" and str(cal["prodid"]) == ics.PRODID
    found = {}
    for ev in cal.walk("VEVENT"):
        found[str(ev["uid"])] = {
            "start": ev.decoded("dtstart"),
            "end": ev.decoded("dtend"),
            "stamp": ev.decoded("dtstamp"),
            "summary": str(ev["summary"]),
            "description": str(ev.get("description", "")),
            "transp": str(ev["transp"]),
        }
    return found


def test_interviews_and_reminders_parse_back(session: Session, sample: Sample) -> None:
    found = _events(ics.export_ics(session))
    s = sample
    assert set(found) == {
        f"event-{s.screen}@bounceback.local",
        f"event-{s.interview}@bounceback.local",
        f"feedback-{s.waiting_note}-follow-up@bounceback.local",
        f"contact-{s.contact}-stay-in-touch@bounceback.local",
        f"action-{s.due_action}-due@bounceback.local",
        f"application-{s.acme}-reapply@bounceback.local",
    }  # not the rejection, the answered note's follow-up, nor the done action
    interview = found[f"event-{s.interview}@bounceback.local"]
    assert interview["start"] == dt.date(2025, 3, 12)
    assert interview["summary"] == "Interview (round 2): Acme 🚀 שלום — Senior Engineer"
    assert interview["description"] == "With Sam, Kim\nSystem design\nwhiteboard"
    assert interview["transp"] == "OPAQUE"
    screen = found[f"event-{s.screen}@bounceback.local"]
    assert screen["summary"].startswith("Screening call: ")


def test_reminders_are_all_day_on_their_dates(session: Session, sample: Sample) -> None:
    found = _events(ics.export_ics(session))
    s = sample
    expected = {
        f"feedback-{s.waiting_note}-follow-up@bounceback.local": dt.date(2025, 4, 15),
        f"contact-{s.contact}-stay-in-touch@bounceback.local": dt.date(2025, 6, 1),
        f"action-{s.due_action}-due@bounceback.local": dt.date(2025, 4, 2),
        f"application-{s.acme}-reapply@bounceback.local": dt.date(2025, 9, 1),
    }
    for uid, day in expected.items():
        ev = found[uid]
        assert type(ev["start"]) is dt.date and ev["start"] == day
        assert ev["end"] == day + dt.timedelta(days=1)
        assert ev["transp"] == "TRANSPARENT"
    action = found[f"action-{s.due_action}-due@bounceback.local"]
    assert action["summary"] == "To do: Practise the STAR answer"
    assert "with Noa" in str(action["description"])
    contact = found[f"contact-{s.contact}-stay-in-touch@bounceback.local"]
    assert contact["summary"] == "Get back in touch with Dana Levi דנה (Acme)"


def test_stamps_come_from_the_records_not_the_clock(session: Session, sample: Sample) -> None:
    ev = session.get(Event, sample.interview)
    assert ev is not None
    ev.updated_at = dt.datetime(2025, 3, 13, 8, 30, 5)
    session.flush()
    first = ics.export_ics(session)
    assert first == ics.export_ics(session)
    stamp = _events(first)[f"event-{sample.interview}@bounceback.local"]["stamp"]
    assert stamp == dt.datetime(2025, 3, 13, 8, 30, 5, tzinfo=dt.UTC)


def test_entries_are_in_date_order(session: Session, sample: Sample) -> None:
    days = [e.on for e in ics.entries(session)]
    assert days == sorted(days)


def test_nothing_private_goes_in(session: Session, sample: Sample) -> None:
    text = ics.export_ics(session).decode("utf-8")
    for private in ("Rejected 😞", "More leadership", "Stung", "leadership stories",
                    "Talked to Noa"):
        assert private not in text


def test_a_finished_action_drops_out(session: Session, sample: Sample) -> None:
    action = session.get(ActionItem, sample.due_action)
    assert action is not None
    action.done = True
    session.flush()
    assert f"action-{sample.due_action}-due@bounceback.local" not in _events(
        ics.export_ics(session))


def test_an_empty_store_is_a_valid_empty_calendar(session: Session) -> None:
    assert _events(ics.export_ics(session)) == {}


@posix_only
def test_written_file_is_private(session: Session, sample: Sample, tmp_path: Path) -> None:
    target = tmp_path / "bounceback.ics"
    ics.write_ics(session, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == ics.export_ics(session)
    assert b"\r\n" in target.read_bytes()
