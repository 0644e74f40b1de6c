"""A realistic little job search for the insights widget tests and their screenshots."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from bounceback.db.enums import ActionSource, EventKind, Outcome, Source, Status
from bounceback.services import actions, events, feedback, review
from bounceback.services import applications as apps

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from bounceback.ui.common.insight_section import InsightSection

D = dt.date
K = EventKind

# (company, role, source, applied, [(kind, days after applying)], archived)
SEARCH: tuple[tuple[str, str, Source, dt.date, tuple[tuple[EventKind, int], ...], bool], ...] = (
    ("Northwind", "Backend Engineer", Source.DIRECT, D(2025, 1, 6),
     ((K.SCREEN, 6), (K.INTERVIEW, 13), (K.THANK_YOU_SENT, 14), (K.REJECTION, 22)), False),
    ("Contoso", "Platform Engineer", Source.REFERRAL, D(2025, 1, 9),
     ((K.CORRESPONDENCE, 3), (K.INTERVIEW, 10), (K.INTERVIEW, 17), (K.OFFER, 30)), False),
    ("Fabrikam", "Senior Developer", Source.DIRECT, D(2025, 1, 13),
     ((K.FOLLOW_UP, 14),), False),
    ("Tailspin", "Software Engineer", Source.RECRUITER, D(2025, 1, 20),
     ((K.RECRUITER_CONTACT, 0), (K.SCREEN, 4), (K.REJECTION, 9)), False),
    ("Litware", "Tech Lead", Source.DIRECT, D(2025, 1, 27),
     ((K.REJECTION, 12), (K.FEEDBACK_REQUESTED, 13), (K.FEEDBACK_RECEIVED, 18)), True),
    ("Adventure Works", "Engineer II", Source.REFERRAL, D(2025, 2, 3),
     ((K.SCREEN, 2), (K.INTERVIEW, 9), (K.REJECTION, 16)), False),
    ("Wide World Importers", "Data Engineer", Source.DIRECT, D(2025, 2, 10), (), False),
    ("Proseware", "Backend Developer", Source.RECRUITER, D(2025, 2, 12),
     ((K.RECRUITER_CONTACT, -2), (K.SCREEN, 3), (K.INTERVIEW, 11), (K.NOTE, 12)), False),
    ("Woodgrove Bank", "Site Reliability Engineer", Source.DIRECT, D(2025, 2, 18),
     ((K.CORRESPONDENCE, 8), (K.REJECTION, 15)), False),
    ("Lucerne Publishing", "Full-stack Engineer", Source.DIRECT, D(2025, 2, 24),
     ((K.SCREEN, 5),), False),
)


def make_search(session: Session) -> dict[str, int]:
    """The search above, through the real services; returns company → application id."""
    ids: dict[str, int] = {}
    for company, role, source, applied, history, archived in SEARCH:
        app = apps.create_application(session, apps.ApplicationInput(
            company, role, source=source, applied_on=applied))
        for kind, after in history:
            events.add_event(session, app.id, events.EventInput(
                kind, applied + dt.timedelta(days=after),
                interview_round=1 if kind == K.INTERVIEW else None))
        if archived:
            apps.set_archived(session, app.id, True)
        ids[company] = app.id
    apps.set_status(session, ids["Fabrikam"], Status.GHOSTED, on=D(2025, 3, 3))
    return ids


FEEDBACK = (
    ("Northwind", "Strong coding. We wanted more leadership and ownership of the design.",
     "Stung a bit, but fair.", "Lead with the migration I led", ("Rewrite two resume bullets "
     "to show leadership", "Practise a leadership story out loud")),
    ("Tailspin", "Communication was clear; system design felt rushed.",
     "", "Slow down and draw the system design first", ("Do two system design mock interviews",)),
    ("Litware", "Looking for someone with more leadership experience and salary "
     "expectations were above budget.", "Leadership again.", "Mention mentoring",
     ("Ask Sam about salary ranges",)),
    ("Adventure Works", "We went with someone with more experience in our stack; great "
     "communication throughout.", "", "", ()),
)


def make_feedback(session: Session, ids: dict[str, int]) -> None:
    for i, (company, answer, reaction, lesson, todo) in enumerate(FEEDBACK):
        note = feedback.create_feedback(session, ids[company], feedback.FeedbackInput(
            asked_whom="The recruiter", asked_on=D(2025, 3, 1 + i), answer_text=answer,
            answered_on=D(2025, 3, 5 + i), reaction=reaction, lesson=lesson))
        for j, text in enumerate(todo):
            row = actions.create_action(session, actions.ActionInput(
                text, source=ActionSource.FEEDBACK, application_id=ids[company],
                feedback_id=note.id))
            if j == 0 and i == 0:
                actions.set_done(session, row.id, True)


def make_actions(session: Session, ids: dict[str, int]) -> None:
    """Action items from every source, some done."""
    item = review.ensure_checklist(session, ids["Northwind"])[1]
    review.assess(session, item.id, Outcome.TO_IMPROVE)
    for k, text in enumerate(("Ask a friend to proofread", "Cut the resume to one page",
                              "Tailor the summary")):
        row = review.make_action(session, item.id, text)
        if k < 2:
            actions.set_done(session, row.id, True)
    for k, text in enumerate(("Update LinkedIn headline", "Email Sam to stay in touch")):
        row = actions.create_action(session, actions.ActionInput(text))
        if k == 0:
            actions.set_done(session, row.id, True)
    actions.create_action(session, actions.ActionInput(
        "Go for a walk after hard news", source=ActionSource.CHECKIN))


def show_loaded(qtbot: Any, widget: QWidget, section: InsightSection | None = None) -> None:
    """Show ``widget`` (a section, or the tab that holds ``section``) and wait until the
    figures the section reads on a worker are back and shown."""
    watched: Any = section if section is not None else widget
    with qtbot.waitSignal(watched.loaded, timeout=10_000):
        widget.show()
        qtbot.waitExposed(widget)
    assert not watched.loading and watched.data is not None
