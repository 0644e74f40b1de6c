"""Fill a data folder with a small, realistic job search, for screenshots and trying things out.

    python scripts/seed_demo.py --data-dir /tmp/bounceback-demo

Everything goes through the services, exactly as the program writes it.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from bounceback.db.enums import Channel, ContactRole, EventKind, Outcome, Source, Status
from bounceback.db.store import open_store
from bounceback.services import actions, applications, checkins, contacts, events, feedback, review
from bounceback.services.applications import ApplicationInput
from bounceback.services.checkins import CheckInInput
from bounceback.services.events import EventInput
from bounceback.services.feedback import FeedbackInput


def seed(db: Path, today: dt.date | None = None) -> None:
    today = today or dt.date.today()

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    store = open_store(db)
    with store.session() as s, s.begin():
        north = applications.create_application(s, ApplicationInput(
            company="Northwind Traders", role="Senior product designer", source=Source.REFERRAL,
            applied_on=ago(41), link="https://jobs.example.org/northwind/1234",
            salary_min=68000, salary_max=78000, salary_currency="EUR",
            notes="Referred by Priya. Team of six, design systems focus.",
        ))
        events.add_event(s, north.id, EventInput(EventKind.SCREEN, ago(33),
                                                 "Friendly call with the recruiter, Sam."))
        events.add_event(s, north.id, EventInput(EventKind.INTERVIEW, ago(26),
                                                 "Portfolio review.", 1, "Dana Reyes"))
        events.add_event(s, north.id, EventInput(EventKind.INTERVIEW, ago(19),
                                                 "Panel with the design leads.", 2,
                                                 "Dana Reyes, Li Wei"))
        events.add_event(s, north.id, EventInput(EventKind.REJECTION, ago(9),
                                                 "They went with someone with more "
                                                 "leadership experience."))
        dana = contacts.create_contact(s, contacts.ContactInput(
            name="Dana Reyes", role="Design director", company="Northwind Traders",
            linkedin_url="https://www.linkedin.com/in/example-dana"))
        contacts.link_contact(s, north.id, dana.id, ContactRole.INTERVIEWER)
        contacts.mark_thanked(s, north.id, dana.id, ago(18), "Short note after the panel.")
        contacts.add_to_application(s, north.id, contacts.ContactInput(
            name="Sam Okafor", role="Recruiter", company="Northwind Traders",
            email="sam@example.org"), ContactRole.RECRUITER)

        contoso = applications.create_application(s, ApplicationInput(
            company="Contoso", role="UX lead", source=Source.RECRUITER, applied_on=ago(20),
            status=Status.APPLIED))
        events.add_event(s, contoso.id, EventInput(EventKind.RECRUITER_CONTACT, ago(21),
                                                   "Recruiter reached out on LinkedIn."))
        events.add_event(s, contoso.id, EventInput(EventKind.INTERVIEW, ago(6),
                                                   "Went well, good rapport.", 1, "Morgan"))
        fabrikam = applications.create_application(s, ApplicationInput(
            company="Fabrikam", role="Product designer", applied_on=ago(30)))
        applications.set_status(s, fabrikam.id, Status.GHOSTED, on=ago(2))
        applications.create_application(s, ApplicationInput(
            company="Tailspin Toys", role="Interaction designer", applied_on=ago(3)))
        applications.create_application(s, ApplicationInput(
            company="Wide World Importers", role="Design systems designer",
            source=Source.REFERRAL, applied_on=ago(12), status=Status.SCREENING))

        now = dt.datetime.combine(today, dt.time(9, 30))
        checkins.create_checkin(s, CheckInInput(
            felt_at=now - dt.timedelta(days=9, hours=-8),
            emotions=(("disbelief", 8), ("disappointment", 9), ("self_doubt", 6)),
            coping_method="call_friend", overall=3, application_id=north.id,
            journal="I really thought the panel went well.",
        ))
        checkins.create_checkin(s, CheckInInput(
            felt_at=now - dt.timedelta(days=6), emotions=(("frustration", 5), ("hope", 4)),
            coping_method="workout", overall=5, application_id=north.id,
        ))
        checkins.create_checkin(s, CheckInInput(
            felt_at=now - dt.timedelta(days=1), emotions=(("determination", 7), ("calm", 6)),
            coping_method="walk", overall=7,
        ))

        fb = feedback.create_feedback(s, north.id, FeedbackInput(
            asked_whom="Sam (recruiter)", asked_on=ago(8), channel=Channel.EMAIL,
            request_text="Thank you again for the process. If you have a moment, what could I "
                         "improve for roles like this one?",
            answer_text="Strong craft. The panel wanted more examples of leading a team "
                        "through ambiguity.",
            answered_on=ago(5), reaction="Stung a bit: I have led teams. I didn't show it.",
            lesson="Lead with leadership stories; rephrase resume bullets around outcomes.",
        ))
        actions.create_action(s, actions.ActionInput(
            text="Rewrite two resume bullets around team outcomes", due_on=ago(-4),
            source=actions.ActionSource.FEEDBACK, application_id=north.id,
            feedback_id=fb.id))
        items = review.ensure_checklist(s, north.id)
        review.assess(s, items[0].id, Outcome.WENT_WELL, "The referral got me a quick reply.")
        review.assess(s, items[1].id, Outcome.TO_IMPROVE, "Too focused on tools, not outcomes.")
        review.make_action(s, items[1].id, "Ask Priya to proofread the new resume", ago(-7))
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True, type=Path)
    args = parser.parse_args()
    args.data_dir.mkdir(parents=True, exist_ok=True)
    seed(args.data_dir / "bounceback.sqlite3")


if __name__ == "__main__":
    main()
