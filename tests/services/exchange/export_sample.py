"""A store full of varied data, made through the real services, for the export tests.

Every table gets rows; text includes emoji, right-to-left script, combining marks, newlines,
quotes, Markdown and spreadsheet-formula look-alikes, and one journal entry of about 1 MB.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import (
    Channel,
    ContactRole,
    EventKind,
    Outcome,
    PlanStep,
    Source,
    Status,
    StepState,
)
from bounceback.db.models import Base, CheckIn
from bounceback.db.store import Store, open_store
from bounceback.services import (
    actions,
    applications,
    checkins,
    contacts,
    dictionary,
    documents,
    drafts,
    events,
    feedback,
    letters,
    plans,
    reminders,
    review,
    sent_with,
)

EXOTIC = (
    "Rejected 😞 → bouncing back 💪🏽 👩‍👩‍👧\n"
    "שלום, זו הערה בעברית. مرحبا بالعالم.\n"
    'Quotes "double" and \'single\', a back\\slash, a tab\there, café, naïve, Å\u030a\n'
    "# Not a heading\n"
    "=SUM(A1:A9) stays text\n"
)

# About 1 MB of varied text (the service caps journal entries far lower, so it is set
# directly: an import must carry whatever the store holds).
HUGE_JOURNAL = ("Line with ünïcödé, emoji 🌱 and עברית.\n" * 30_000)[:1_000_000]


@dataclass(frozen=True)
class Sample:
    acme: int
    globex: int
    archived: int
    rejection: int
    interview: int
    screen: int
    contact: int
    checkin: int
    big_checkin: int
    answered_note: int
    waiting_note: int
    due_action: int
    done_action: int
    plan: int
    saved: int


def fill(session: Session) -> Sample:
    acme = applications.create_application(session, applications.ApplicationInput(
        company="Acme 🚀 שלום", role="Senior\nEngineer", link="https://acme.example/jobs/1",
        source=Source.RECRUITER, applied_on=dt.date(2025, 3, 1), salary_min=50_000,
        salary_max=70_000, salary_currency="eur", job_description=EXOTIC,
        notes="=HYPERLINK(\"http://evil\",\"click\")",
    ))
    globex = applications.create_application(session, applications.ApplicationInput(
        company="+Globex", role="-Designer", source=Source.REFERRAL,
        applied_on=dt.date(2025, 2, 10), notes="@SUM(1,2)",
    ))
    archived = applications.create_application(session, applications.ApplicationInput(
        company="Initech", role="Analyst", applied_on=dt.date(2024, 11, 5),
        status=Status.GHOSTED,
    ))
    applications.set_archived(session, archived.id, True)

    contact = contacts.add_to_application(session, acme.id, contacts.ContactInput(
        name="Dana Levi דנה", role="Recruiter", company="Acme", email="dana@acme.example",
        notes="Met at the meetup\nvery kind",
    ), ContactRole.RECRUITER)
    contacts.set_follow_up(session, contact.id, connected=True,
                           stay_in_touch_on=dt.date(2025, 6, 1))
    contacts.mark_thanked(session, acme.id, contact.id, dt.date(2025, 3, 21))
    contacts.mark_connected(session, contact.id, dt.date(2024, 3, 5))

    screen = events.add_event(session, acme.id, events.EventInput(
        EventKind.SCREEN, dt.date(2025, 3, 5), details="Call with Dana"))
    interview = events.add_event(session, acme.id, events.EventInput(
        EventKind.INTERVIEW, dt.date(2025, 3, 12), details="System design\nwhiteboard",
        interview_round=2, interviewers="Sam, Kim", contact_id=contact.id))
    rejection = events.add_event(session, acme.id, events.EventInput(
        EventKind.REJECTION, dt.date(2025, 3, 20), details="We went with another candidate"))
    applications.set_reapply_after(session, acme.id, dt.date(2025, 9, 1))

    checkin = checkins.create_checkin(session, checkins.CheckInInput(
        felt_at=dt.datetime(2025, 3, 20, 18, 45), emotions=(("disbelief", 8), ("hope", 3)),
        coping_method="call_friend", coping_note="Talked to Noa 📞", journal=EXOTIC,
        overall=3, rejection_event_id=rejection.id, after=(("disbelief", 5),),
    ))
    big = checkins.create_checkin(session, checkins.CheckInInput(
        felt_at=dt.datetime(2025, 3, 22, 8, 0), emotions=(("calm", 6),), journal="short"))
    big_row = session.get(CheckIn, big.id)
    assert big_row is not None
    big_row.journal = HUGE_JOURNAL
    session.flush()

    answered = feedback.create_feedback(session, acme.id, feedback.FeedbackInput(
        asked_whom="Dana", contact_id=contact.id, asked_on=dt.date(2025, 3, 21),
        channel=Channel.EMAIL, request_text="What could I improve?",
        answer_text="More leadership examples.\nOtherwise strong.",
        answered_on=dt.date(2025, 3, 25), reaction="Stung, then useful 🙂",
        lesson="Lead with leadership stories",
    ))
    waiting = feedback.create_feedback(session, globex.id, feedback.FeedbackInput(
        asked_whom="Hiring team", asked_on=dt.date(2025, 2, 28), channel=Channel.LINKEDIN,
        request_text="Any advice for next time?"))
    feedback.mark_no_answer(session, waiting.id, dt.date(2025, 4, 15))

    items = review.ensure_checklist(session, acme.id)
    review.assess(session, items[0].id, Outcome.TO_IMPROVE, "Apply earlier")
    review.assess(session, items[1].id, Outcome.WENT_WELL)
    due = review.make_action(session, items[0].id, "Practise the STAR answer\nwith Noa",
                             due_on=dt.date(2025, 4, 2))
    done = actions.create_action(session, actions.ActionInput(
        text="Update the résumé", due_on=dt.date(2025, 3, 30), application_id=acme.id,
        feedback_id=answered.id))
    actions.set_done(session, done.id, True)
    actions.create_action(session, actions.ActionInput(text="-rm everything? no: =1+1"))

    plan = plans.plan_for_application(session, acme.id)
    assert plan is not None
    plans.set_step(session, plan.id, PlanStep.ACCEPT, StepState.DONE, today=dt.date(2025, 3, 23))
    plans.set_step(session, plan.id, PlanStep.CONNECT, StepState.SKIPPED)

    drafts.save_draft(session, "checkin:new", "Half a thought… ✍️")
    drafts.save_draft(session, f"checkin:{checkin.id}:journal", EXOTIC)
    reminders.snooze(session, f"reapply:app:{acme.id}:2025-09-01", dt.date(2025, 9, 8))
    letters.save_template(session, "thank_you", "Subject: Merci 🙏\nDear {name},\n\n— {my_name}")
    dictionary.add_word(session, "Zürichsee")
    dictionary.add_word(session, "Acme’s")
    # The same CV sent to two applications (one content), a binary file, and the "no" as an
    # e-mail on its event.
    cv = "Jordan Lee — CV\nSQL · Python · 🚀\n".encode()
    documents.attach(session, acme.id, "CV Jordan Lee.txt", cv, today=dt.date(2025, 3, 1))
    documents.attach(session, globex.id, "CV Jordan Lee.txt", cv, today=dt.date(2025, 2, 10))
    documents.attach(session, acme.id, "scan.bin", bytes(range(256)) * 4,
                     today=dt.date(2025, 3, 2))
    documents.attach(session, acme.id, "answer.eml", b"From: Acme <jobs@acme.example>\r\n"
                     b"Subject: Your application\r\nDate: Thu, 20 Mar 2025 10:00:00 +0000\r\n"
                     b"\r\nThank you for your time.\r\n", event_id=rejection.id,
                     today=dt.date(2025, 3, 20))
    saved = applications.create_application(session, applications.ApplicationInput(
        company="Umbrella", role="Data lead", status=Status.SAVED, applied_on=None,
        deadline=dt.date(2025, 5, 1), link="https://umbrella.example/jobs/9"))
    assert saved.status == Status.SAVED
    sent_with.set_sent_with(session, globex.id, applied_through="LinkedIn",
                            resume_name="CV Jordan Lee.txt", answers=[
                                ("Years of Python?", "5 | maybe 6"), ("Visa: needed?", "No")])
    session.flush()
    return Sample(
        acme=acme.id, globex=globex.id, archived=archived.id, rejection=rejection.id,
        interview=interview.id, screen=screen.id, contact=contact.id, checkin=checkin.id,
        big_checkin=big.id, answered_note=answered.id, waiting_note=waiting.id,
        due_action=due.id, done_action=done.id, plan=plan.id, saved=saved.id,
    )


def counts(session: Session) -> dict[str, int]:
    """Rows per table."""
    return {
        t.name: session.scalar(select(func.count()).select_from(t)) or 0
        for t in Base.metadata.sorted_tables
    }


@contextmanager
def other_store(folder: Path) -> Iterator[Store]:
    """A second, empty store beside the test's own."""
    folder.mkdir(parents=True, exist_ok=True)
    s = open_store(folder / "other.sqlite3", backups=folder / "backups")
    try:
        yield s
    finally:
        s.close()
