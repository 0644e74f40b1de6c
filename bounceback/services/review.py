"""The review checklist: look back over one application from start to finish."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from bounceback.db.enums import ActionSource, EventKind, Outcome, PlanStep, ReviewStage, Source
from bounceback.db.models import ActionItem, Application, Event, ReviewItem
from bounceback.services import actions, event_words, plans
from bounceback.services.errors import NotFoundError, ValidationError
from bounceback.services.validation import clean_text

STAGE_ORDER: tuple[ReviewStage, ...] = tuple(ReviewStage)

STAGE_LABELS: dict[ReviewStage, str] = {
    ReviewStage.APPLYING: "Applying",
    ReviewStage.RESUME: "Resume",
    ReviewStage.COVER_LETTER: "Cover letter",
    ReviewStage.CORRESPONDENCE: "Correspondence",
    ReviewStage.INTERVIEW: "Interviews",
    ReviewStage.THANK_YOU: "Thank-you notes",
    ReviewStage.REFLECTION: "Common reasons offers don't come",
    ReviewStage.OTHER: "Other",
}

_APPLYING = {
    Source.DIRECT: "How I applied: the application itself",
    Source.REFERRAL: "How I applied: the referral and how I used it",
    Source.RECRUITER: "How I was recruited: the first conversation with the recruiter",
}

# Prompts for stages that every application goes through.
_FIXED: tuple[tuple[ReviewStage, str], ...] = (
    (ReviewStage.RESUME, "My resume fit this role and had no typos"),
    (ReviewStage.COVER_LETTER, "My cover letter spoke to this company and role"),
    (ReviewStage.CORRESPONDENCE, "My messages were timely, clear and friendly"),
)


@dataclass(frozen=True)
class ReviewedEvent:
    """The facts of the moment an item reviews, for wording it in any language: an item made
    from the timeline stores no words of its own until the person changes them."""

    kind: EventKind
    occurred_on: dt.date
    interview_round: int | None
    interviewers: str
    said: str
    details: str

    @property
    def first_line(self) -> str:
        """What the event says, in English (for BounceBack's own words), cut to one line."""
        text = event_words.english(self.said, self.details)
        return text.splitlines()[0][:120] if text.strip() else ""


@dataclass(frozen=True)
class ReviewItemRow:
    id: int
    application_id: int
    stage: ReviewStage
    label: str
    position: int
    outcome: Outcome | None
    note: str
    event_id: int | None
    action_count: int = 0
    # The reviewed event's facts while ``label`` is empty (the item's words are its event's).
    event: ReviewedEvent | None = None

    @property
    def text(self) -> str:
        """The item's words in English: the person's or the checklist's own, else its event's
        (exports, the command line; the window words it in its language: labels.review_item)."""
        return self.label or (english_label(self.event) if self.event is not None else "")

    def as_input(self) -> ReviewItemInput:
        return ReviewItemInput(label=self.label, outcome=self.outcome, note=self.note)


@dataclass(frozen=True)
class ReviewItemInput:
    """What the editor changes on one item: its words, how it went, and a note."""

    label: str
    outcome: Outcome | None = None
    note: str = ""


def _row(item: ReviewItem, action_count: int = 0) -> ReviewItemRow:
    ev = item.event if item.event_id is not None and not item.label else None
    return ReviewItemRow(
        id=item.id, application_id=item.application_id, stage=item.stage, label=item.label,
        position=item.position, outcome=item.outcome, note=item.note, event_id=item.event_id,
        action_count=action_count, event=_facts(ev) if ev is not None else None,
    )


def _facts(ev: Event) -> ReviewedEvent:
    return ReviewedEvent(kind=ev.kind, occurred_on=ev.occurred_on,
                         interview_round=ev.interview_round, interviewers=ev.interviewers or "",
                         said=ev.said or "", details=ev.details or "")


def _get(session: Session, item_id: int) -> ReviewItem:
    item = session.get(ReviewItem, item_id)
    if item is None:
        raise NotFoundError("review item", item_id)
    return item


# The moments of an application's history that the checklist goes through one by one.
REVIEWED_EVENTS: dict[EventKind, ReviewStage] = {
    EventKind.RECRUITER_CONTACT: ReviewStage.CORRESPONDENCE,
    EventKind.CORRESPONDENCE: ReviewStage.CORRESPONDENCE,
    EventKind.FOLLOW_UP: ReviewStage.CORRESPONDENCE,
    EventKind.SCREEN: ReviewStage.INTERVIEW,
    EventKind.INTERVIEW: ReviewStage.INTERVIEW,
}

# The common reasons offers don't come, as questions to reflect on, each with the kind of
# concrete step that answers it: a solution, not a regret.
REFLECTIONS: tuple[tuple[str, str], ...] = (
    ("Fit: did the role, team and company really suit what I offer and want?",
     "Before applying, write two lines on why this role fits me and check them against the ad"),
    ("Experience level: was I over- or under-qualified on paper?",
     "Tailor the resume's first third to the level the role asks for"),
    ("Salary: were my expectations in line with the range?",
     "Research the range for this role and give a band, not a single number"),
    ("Interview answers: was there a question I'd answer differently now?",
     "Practise that answer out loud twice, with a real example"),
    ("Preparation: did I know the company, the product and the people?",
     "Prepare three questions about their product and team before each interview"),
    ("Follow-up: did I reply and follow up promptly and warmly?",
     "Send a thank-you note within a day of every interview"),
    ("Typos and details: were my resume, letters and messages error-free?",
     "Ask a friend to proofread before sending"),
)

_SOLUTIONS = dict(REFLECTIONS)


THANKED = "I thanked the people I met, promptly and warmly"


def shipped_texts() -> list[str]:
    """Every prompt and step the checklist is made with, in English: stored as written, they
    are shown in the window's language while the person hasn't changed them (and are the
    translators' to translate: scripts/i18n.py)."""
    return [*_APPLYING.values(), *(label for _stage, label in _FIXED), THANKED,
            *(text for pair in REFLECTIONS for text in pair)]


def known_solution(label: str) -> str | None:
    """The concrete step that answers one of the reflection prompts, or None for any other
    item (whose next step only the person can name)."""
    return _SOLUTIONS.get(label)


# English month abbreviations, whatever C locale the process runs under ("%b" follows it).
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def english_label(ev: ReviewedEvent) -> str:
    """An item made from the timeline, worded in English ("Interview round 2 on 7 Dec 2026
    with Kim", the date as the window writes it). labels.review_item words the same facts
    in the window's language."""
    day = f"{ev.occurred_on.day} {_MONTHS[ev.occurred_on.month - 1]} {ev.occurred_on.year}"
    if ev.kind == EventKind.INTERVIEW:
        label = "Interview"
        if ev.interview_round:
            label += f" round {ev.interview_round}"
        label += f" on {day}"
        return f"{label} with {ev.interviewers}" if ev.interviewers else label
    if ev.kind == EventKind.SCREEN:
        return f"Screening call on {day}"
    kind = {
        EventKind.RECRUITER_CONTACT: "First contact with the recruiter",
        EventKind.FOLLOW_UP: "Follow-up",
    }.get(ev.kind, "Message")
    label = f"{kind} on {day}"
    return f"{label}: {ev.first_line}" if ev.first_line else label


def ensure_checklist(session: Session, app_id: int) -> list[ReviewItemRow]:
    """Create the checklist from the application's real history, once; then keep adding any
    interview that was recorded since. Returns the whole checklist."""
    app = session.get(Application, app_id)
    if app is None:
        raise NotFoundError("application", app_id)
    existing = session.scalars(select(ReviewItem).where(ReviewItem.application_id == app_id))
    existing_list = list(existing)
    covered = {i.event_id for i in existing_list if i.event_id is not None}
    pos = max((i.position for i in existing_list), default=-1) + 1
    new: list[ReviewItem] = []
    fresh = all(i.dismissed for i in existing_list)  # nothing the person can see yet
    if fresh:
        new.append(ReviewItem(stage=ReviewStage.APPLYING, label=_APPLYING[app.source]))
        new.extend(ReviewItem(stage=stage, label=label) for stage, label in _FIXED)
    events = session.scalars(
        select(Event)
        .where(Event.application_id == app_id)
        .where(Event.kind.in_(list(REVIEWED_EVENTS)))
        .order_by(Event.occurred_on, Event.id)
    )
    for ev in events:
        if ev.id in covered:
            continue
        # No words of its own: it is worded from the event, in the window's language.
        new.append(ReviewItem(stage=REVIEWED_EVENTS[ev.kind], label="", event_id=ev.id))
    if fresh:
        new.append(ReviewItem(stage=ReviewStage.THANK_YOU, label=THANKED))
        new.extend(ReviewItem(stage=ReviewStage.REFLECTION, label=label)
                   for label, _solution in REFLECTIONS)
    for item in new:
        item.application_id = app_id
        item.position = pos
        pos += 1
        session.add(item)
    session.flush()
    plans.touch(session, app_id, PlanStep.REVIEW)
    return list_items(session, app_id)


def list_items(session: Session, app_id: int) -> list[ReviewItemRow]:
    """The checklist, grouped by stage in journey order, then in the order items were added."""
    counts = dict(
        session.execute(
            select(ActionItem.review_item_id, func.count())
            .where(ActionItem.review_item_id.is_not(None))
            .group_by(ActionItem.review_item_id)
        ).all()
    )
    items = session.scalars(
        select(ReviewItem)
        .where(ReviewItem.application_id == app_id, ReviewItem.dismissed.is_(False))
        .options(selectinload(ReviewItem.event))
    )
    rows = [_row(i, counts.get(i.id, 0)) for i in items]
    rows.sort(key=lambda r: (STAGE_ORDER.index(r.stage), r.position, r.id))
    return rows


def add_item(session: Session, app_id: int, stage: ReviewStage, label: str) -> ReviewItemRow:
    if session.get(Application, app_id) is None:
        raise NotFoundError("application", app_id)
    pos = session.scalar(
        select(func.max(ReviewItem.position)).where(ReviewItem.application_id == app_id)
    )
    item = ReviewItem(
        application_id=app_id, stage=ReviewStage(stage),
        label=clean_text("label", label, limit=500, required=True, label="The item"),
        position=(pos if pos is not None else -1) + 1,
    )
    session.add(item)
    session.flush()
    plans.touch(session, app_id, PlanStep.REVIEW)
    return _row(item)


def assess(
    session: Session, item_id: int, outcome: Outcome | None, note: str = ""
) -> ReviewItemRow:
    """Mark an item went well / to improve / not applicable (None clears it)."""
    item = _get(session, item_id)
    item.outcome = Outcome(outcome) if outcome is not None else None
    item.note = clean_text("note", note, label="The note")
    session.flush()
    plans.touch(session, item.application_id, PlanStep.REVIEW)
    return _row(item)


def delete_item(session: Session, item_id: int) -> None:
    item = _get(session, item_id)
    if item.event_id is not None:
        # Remembered as dismissed so the timeline doesn't offer it again.
        item.dismissed = True
    else:
        session.delete(item)
    session.flush()


def make_action(
    session: Session, item_id: int, text: str, due_on: dt.date | None = None
) -> actions.ActionRow:
    """Turn a "to improve" finding into a concrete next step."""
    item = _get(session, item_id)
    if item.outcome != Outcome.TO_IMPROVE:
        raise ValidationError("outcome", "Only an item marked “to improve” becomes an action.")
    return actions.create_action(
        session,
        actions.ActionInput(
            text=text, due_on=due_on, source=ActionSource.REVIEW,
            application_id=item.application_id, review_item_id=item.id,
        ),
    )


def progress(session: Session, app_id: int) -> tuple[int, int]:
    """(assessed, total) items of one checklist."""
    visible = (ReviewItem.application_id == app_id, ReviewItem.dismissed.is_(False))
    total = session.scalar(select(func.count(ReviewItem.id)).where(*visible)) or 0
    done = session.scalar(
        select(func.count(ReviewItem.id)).where(*visible, ReviewItem.outcome.is_not(None))
    ) or 0
    return done, total


def update_item(session: Session, item_id: int, data: ReviewItemInput) -> ReviewItemRow:
    """Save an item's label, outcome and note together, checking all before changing any."""
    item = _get(session, item_id)
    # An item still worded from its event keeps no words (so it follows the window's language).
    worded = not data.label.strip() and not item.label and item.event is not None
    label = "" if worded else clean_text("label", data.label, limit=500, required=True,
                                         label="The item")
    note = clean_text("note", data.note, label="The note")
    item.label = label
    item.outcome = Outcome(data.outcome) if data.outcome is not None else None
    item.note = note
    session.flush()
    plans.touch(session, item.application_id, PlanStep.REVIEW)
    count = session.scalar(
        select(func.count(ActionItem.id)).where(ActionItem.review_item_id == item.id)
    ) or 0
    return _row(item, count)


def keep_words_of(session: Session, event_id: int) -> None:
    """Before an event goes, the items worded from it take its words (in English, as
    exports are), so what the person reviewed stays readable without it."""
    for item in session.scalars(select(ReviewItem).where(ReviewItem.event_id == event_id,
                                                         ReviewItem.label == "")):
        if item.event is not None:
            item.label = english_label(_facts(item.event))[:500]


def new_interview_count(session: Session, app_id: int) -> int:
    """Messages, screens and interviews on the timeline that the checklist doesn't cover yet
    (what ``ensure_checklist`` would add). Zero when there is no checklist at all."""
    items = list(session.scalars(select(ReviewItem).where(ReviewItem.application_id == app_id)))
    if not items:
        return 0
    covered = {i.event_id for i in items if i.event_id is not None}
    ids = session.scalars(
        select(Event.id)
        .where(Event.application_id == app_id)
        .where(Event.kind.in_(list(REVIEWED_EVENTS)))
    )
    return sum(1 for i in ids if i not in covered)
