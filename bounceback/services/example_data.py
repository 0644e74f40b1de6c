"""An example job search to explore on first run, and its removal in one step.

One small, realistic journey: a few applications, one rejection with its bounce-back plan
partly done, a contact thanked, check-ins, a feedback note and a reviewed process. It is the
one source of demo data: ``scripts/seed_demo.py`` writes the same journey, unmarked, for
screenshots.

Everything is written through the services, exactly as the program writes it. The example
applications, contacts, check-ins and action items carry the ``example`` mark (a column, not a
name: the person could type "Northwind Traders" too), and their names say "Example" so the
lists show it. Removing deletes the marked records and whatever hangs off them (events,
feedback, review items, plans); what the person wrote themselves is never touched, even when
it points at an example record (it just stops pointing at it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from bounceback.db.enums import (
    ActionSource,
    Channel,
    ContactRole,
    EventKind,
    Outcome,
    PlanStep,
    Source,
    Status,
    StepState,
)
from bounceback.db.models import ActionItem, Application, CheckIn, Contact
from bounceback.messages import fill
from bounceback.services import (
    actions,
    applications,
    checkins,
    contacts,
    events,
    feedback,
    plans,
    reminders,
    review,
)
from bounceback.services.applications import ApplicationInput
from bounceback.services.checkins import CheckInInput
from bounceback.services.events import EventInput
from bounceback.services.feedback import FeedbackInput

# The marked models, in the order they are removed: what points at others goes first.
MARKED = (ActionItem, CheckIn, Application, Contact)


@dataclass(frozen=True)
class ExampleCounts:
    """How many example records there are of each kind (added, or removed)."""

    applications: int = 0
    contacts: int = 0
    checkins: int = 0
    actions: int = 0

    @property
    def total(self) -> int:
        return self.applications + self.contacts + self.checkins + self.actions


@dataclass
class Written:
    """The ids of the top-level records one journey wrote."""

    applications: list[int] = field(default_factory=list)
    contacts: list[int] = field(default_factory=list)
    checkins: list[int] = field(default_factory=list)
    actions: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Marks:
    """How the names of marked records say they are examples (%1: the name). The window
    gives them in its language ("Ejemplo: %1"); these are the English ones."""

    company: str = "Example: %1"
    person: str = "%1 (example)"
    text: str = "Example: %1"


@dataclass(frozen=True)
class _Words:
    """Names as the lists will show them: with "Example" when the records are marked."""

    marks: Marks | None

    def company(self, name: str) -> str:
        return fill(self.marks.company, name) if self.marks else name

    def person(self, name: str) -> str:
        return fill(self.marks.person, name) if self.marks else name

    def text(self, words: str) -> str:
        return fill(self.marks.text, words) if self.marks else words


def write_journey(
    session: Session, today: dt.date, *, marked: bool, marks: Marks | None = None
) -> Written:
    """Write the example journey, dated relative to ``today``; unmarked for screenshots."""
    w = _Words((marks or Marks()) if marked else None)
    out = Written()

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    def app(data: ApplicationInput) -> int:
        out.applications.append(applications.create_application(session, data).id)
        return out.applications[-1]

    northwind = w.company("Northwind Traders")
    north = app(ApplicationInput(
        company=northwind, role="Senior product designer", source=Source.REFERRAL,
        applied_on=ago(41), link="https://jobs.example.org/northwind/1234",
        salary_min=68000, salary_max=78000, salary_currency="EUR",
        notes="Referred by Priya. Team of six, design systems focus.",
    ))
    events.add_event(session, north, EventInput(
        EventKind.SCREEN, ago(33), "Friendly call with the recruiter, Sam."))
    events.add_event(session, north, EventInput(
        EventKind.INTERVIEW, ago(26), "Portfolio review.", 1, "Dana Reyes"))
    events.add_event(session, north, EventInput(
        EventKind.INTERVIEW, ago(19), "Panel with the design leads.", 2, "Dana Reyes, Li Wei"))
    events.add_event(session, north, EventInput(
        EventKind.REJECTION, ago(9),
        "They went with someone with more leadership experience."))
    dana = contacts.create_contact(session, contacts.ContactInput(
        name=w.person("Dana Reyes"), role="Design director", company=northwind,
        linkedin_url="https://www.linkedin.com/in/example-dana"))
    out.contacts.append(dana.id)
    contacts.link_contact(session, north, dana.id, ContactRole.INTERVIEWER)
    contacts.mark_thanked(session, north, dana.id, ago(18), "Short note after the panel.")
    sam = contacts.add_to_application(session, north, contacts.ContactInput(
        name=w.person("Sam Okafor"), role="Recruiter", company=northwind,
        email="sam@example.org"), ContactRole.RECRUITER)
    out.contacts.append(sam.id)

    contoso = app(ApplicationInput(
        company=w.company("Contoso"), role="UX lead", source=Source.RECRUITER,
        applied_on=ago(20), status=Status.APPLIED))
    events.add_event(session, contoso, EventInput(
        EventKind.RECRUITER_CONTACT, ago(21), "Recruiter reached out on LinkedIn."))
    events.add_event(session, contoso, EventInput(
        EventKind.INTERVIEW, ago(6), "Went well, good rapport.", 1, "Morgan"))
    fabrikam = app(ApplicationInput(
        company=w.company("Fabrikam"), role="Product designer", applied_on=ago(30)))
    applications.set_status(session, fabrikam, Status.GHOSTED, on=ago(2))
    app(ApplicationInput(
        company=w.company("Tailspin Toys"), role="Interaction designer", applied_on=ago(3)))
    app(ApplicationInput(
        company=w.company("Wide World Importers"), role="Design systems designer",
        source=Source.REFERRAL, applied_on=ago(12), status=Status.SCREENING))

    now = dt.datetime.combine(today, dt.time(9, 30))
    for data in (
        CheckInInput(
            felt_at=now - dt.timedelta(days=9, hours=-8),
            emotions=(("disbelief", 8), ("disappointment", 9), ("self_doubt", 6)),
            coping_method="call_friend", overall=3, application_id=north,
            journal=w.text("I really thought the panel went well."),
        ),
        CheckInInput(
            felt_at=now - dt.timedelta(days=6), emotions=(("frustration", 5), ("hope", 4)),
            coping_method="workout", overall=5, application_id=north,
            journal=w.text("A long run helped more than I expected."),
        ),
        CheckInInput(
            felt_at=now - dt.timedelta(days=1), emotions=(("determination", 7), ("calm", 6)),
            coping_method="walk", overall=7,
            journal=w.text("Ready to send the next applications."),
        ),
    ):
        out.checkins.append(checkins.create_checkin(session, data).id)
    # The first step is behind them; the others are under way (see the Bounce back tab).
    plan = plans.plan_for_application(session, north)
    if plan is not None:
        plans.set_step(session, plan.id, PlanStep.ACCEPT, StepState.DONE, today=ago(6))

    fb = feedback.create_feedback(session, north, FeedbackInput(
        asked_whom="Sam (recruiter)", asked_on=ago(8), channel=Channel.EMAIL, contact_id=sam.id,
        request_text="Thank you again for the process. If you have a moment, what could I "
                     "improve for roles like this one?",
        answer_text="Strong craft. The panel wanted more examples of leading a team "
                    "through ambiguity.",
        answered_on=ago(5), reaction="Stung a bit: I have led teams. I didn't show it.",
        lesson="Lead with leadership stories; rephrase resume bullets around outcomes.",
    ))
    out.actions.append(actions.create_action(session, actions.ActionInput(
        text=w.text("Rewrite two resume bullets around team outcomes"), due_on=ago(-4),
        source=ActionSource.FEEDBACK, application_id=north, feedback_id=fb.id)).id)
    items = review.ensure_checklist(session, north)
    review.assess(session, items[0].id, Outcome.WENT_WELL, "The referral got me a quick reply.")
    review.assess(session, items[1].id, Outcome.TO_IMPROVE, "Too focused on tools, not outcomes.")
    out.actions.append(review.make_action(
        session, items[1].id, w.text("Ask Priya to proofread the new resume"), ago(-7)).id)
    return out


def _counts(session: Session) -> ExampleCounts:
    def count(model: type[ActionItem | CheckIn | Application | Contact]) -> int:
        return len(_ids(session, model))

    return ExampleCounts(
        applications=count(Application), contacts=count(Contact),
        checkins=count(CheckIn), actions=count(ActionItem),
    )


def _ids(session: Session, model: type[ActionItem | CheckIn | Application | Contact]) -> list[int]:
    return list(session.scalars(select(model.id).where(model.example.is_(True))))


def has_example_data(session: Session) -> bool:
    """True while any example record is there (the window shows a bar to remove them)."""
    return any(
        session.scalar(select(exists().where(model.example.is_(True)))) for model in MARKED
    )


def is_empty(session: Session) -> bool:
    """Nothing written yet: no application, check-in or contact (a first start)."""
    return not any(
        session.scalar(select(exists().select_from(model))) for model in MARKED
    )


# The models with an "example" mark. Constrained, not a union: a union of models passed to
# Session.get comes back as their common Base, which has no such mark.
_Marked = TypeVar("_Marked", Application, Contact, CheckIn, ActionItem)


def _mark_example(session: Session, model: type[_Marked], ids: list[int]) -> None:
    for ident in ids:
        record = session.get(model, ident)
        assert record is not None
        record.example = True


def add_example_data(
    session: Session, today: dt.date | None = None, marks: Marks | None = None
) -> ExampleCounts:
    """Add the example journey, marked, in the caller's transaction. One set at a time: when
    it is already there, nothing more is added. ``marks``: how names say "example"."""
    if not has_example_data(session):
        written = write_journey(session, today or dt.date.today(), marked=True, marks=marks)
        _mark_example(session, Application, written.applications)
        _mark_example(session, Contact, written.contacts)
        _mark_example(session, CheckIn, written.checkins)
        _mark_example(session, ActionItem, written.actions)
        session.flush()
    return _counts(session)


def remove_example_data(session: Session, today: dt.date | None = None) -> ExampleCounts:
    """Remove every example record and what hangs off it, in the caller's transaction; what
    the person wrote stays. Removing when there is nothing to remove is harmless."""
    removed = _counts(session)
    # Through the services' own deletes, so their drafts go with them too.
    for ident in _ids(session, ActionItem):
        actions.delete_action(session, ident)
    for ident in _ids(session, CheckIn):
        checkins.delete_checkin(session, ident)
    for ident in _ids(session, Application):
        applications.delete_application(session, ident)
    for ident in _ids(session, Contact):
        contacts.delete_contact(session, ident)
    if removed.total:
        # Snoozed or dismissed reminders of the example records: ids may be handed out again.
        reminders.prune(session, today or dt.date.today())
    return removed
