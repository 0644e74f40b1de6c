"""Translated, human words for the stored keys (statuses, event kinds, emotions ...)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from bounceback.db.enums import (
    ActionSource,
    Channel,
    ContactRole,
    DocumentKind,
    EventKind,
    FeedbackStatus,
    Outcome,
    PlanStep,
    ReviewStage,
    Source,
    Status,
    StepState,
)
from bounceback.services import event_words, review, vocabulary
from bounceback.ui.common.i18n import QT_TR_NOOP, fill, tr

# The words of the values lists show on every row they paint (a status, what happened, a
# document's kind, a person's part) are kept untranslated here, and the one asked for is
# translated, in the language of the moment: a table of translations made for each row
# cost an opened application fifteen translations for each event of its history.

_STATUS: dict[Status, str] = {
    Status.SAVED: QT_TR_NOOP("Saved"),
    Status.APPLIED: QT_TR_NOOP("Applied"),
    Status.SCREENING: QT_TR_NOOP("Screening"),
    Status.INTERVIEWING: QT_TR_NOOP("Interviewing"),
    Status.OFFER: QT_TR_NOOP("Offer"),
    Status.ACCEPTED: QT_TR_NOOP("Accepted"),
    Status.REJECTED: QT_TR_NOOP("Not selected"),
    Status.WITHDRAWN: QT_TR_NOOP("Withdrawn"),
    Status.GHOSTED: QT_TR_NOOP("No response"),
}


def status(value: Status) -> str:
    return tr(_STATUS[Status(value)])


def source(value: Source) -> str:
    return {
        Source.DIRECT: tr("Applied directly"),
        Source.REFERRAL: tr("Referral"),
        Source.RECRUITER: tr("A recruiter reached out"),
    }[Source(value)]


def review_text(text: str) -> str:
    """A review item's words as shown: one of the checklist's own prompts (stored in English,
    as written) in the window's language; the person's own words as they are."""
    return _services_text(text) if text else text


def review_item(item: review.ReviewItemRow) -> str:
    """A review item's words as shown: the person's own as typed, the checklist's prompts
    translated, and an item made from the timeline worded from its event."""
    if item.label or item.event is None:
        return review_text(item.label)
    ev = item.event
    on = date(ev.occurred_on)
    if ev.kind == EventKind.INTERVIEW:
        if ev.interview_round and ev.interviewers:
            return fill(tr("Interview round %1 on %2 with %3", "review item"),
                        ev.interview_round, on, ev.interviewers)
        if ev.interview_round:
            return fill(tr("Interview round %1 on %2", "review item"),
                        str(ev.interview_round), on)
        if ev.interviewers:
            return fill(tr("Interview on %1 with %2", "review item"), on, ev.interviewers)
        return fill(tr("Interview on %1", "review item"), on)
    if ev.kind == EventKind.SCREEN:
        return fill(tr("Screening call on %1", "review item"), on)
    said = event_text(ev.said, ev.details)
    first = said.splitlines()[0][:120] if said.strip() else ""
    if ev.kind == EventKind.RECRUITER_CONTACT:
        what = fill(tr("First contact with the recruiter on %1", "review item"), on)
    elif ev.kind == EventKind.FOLLOW_UP:
        what = fill(tr("Follow-up on %1", "review item"), on)
    else:
        what = fill(tr("Message on %1", "review item"), on)
    return fill(tr("%1: %2", "review item: what happened, then its first line"), what, first) \
        if first else what


def event_text(said: str, details: str) -> str:
    """An event's details as shown: what BounceBack wrote by itself ("Asked Sam for
    feedback", "Be gracious and stay connected: done") in the language of the window; the
    person's own words as they typed them."""
    return event_words.word(said, details, _services_text)


def _services_text(text: str) -> str:
    return QCoreApplication.translate("services", text)


_EVENT_KIND: dict[EventKind, str] = {
    EventKind.APPLIED: QT_TR_NOOP("Applied"),
    EventKind.RECRUITER_CONTACT: QT_TR_NOOP("Recruiter contact"),
    EventKind.CORRESPONDENCE: QT_TR_NOOP("Correspondence"),
    EventKind.SCREEN: QT_TR_NOOP("Screening call"),
    EventKind.INTERVIEW: QT_TR_NOOP("Interview"),
    EventKind.THANK_YOU_SENT: QT_TR_NOOP("Thank-you sent"),
    EventKind.OFFER: QT_TR_NOOP("Offer"),
    EventKind.REJECTION: QT_TR_NOOP("Rejection"),
    EventKind.FEEDBACK_REQUESTED: QT_TR_NOOP("Feedback requested"),
    EventKind.FEEDBACK_RECEIVED: QT_TR_NOOP("Feedback received"),
    EventKind.FOLLOW_UP: QT_TR_NOOP("Follow-up"),
    EventKind.REAPPLIED: QT_TR_NOOP("Reapplied"),
    EventKind.STATUS_CHANGE: QT_TR_NOOP("Status change"),
    EventKind.PLAN_STEP: QT_TR_NOOP("Bounce-back step"),
    EventKind.NOTE: QT_TR_NOOP("Note"),
}


def event_kind(value: EventKind) -> str:
    return tr(_EVENT_KIND[EventKind(value)])


_DOCUMENT_KIND: dict[DocumentKind, str] = {
    DocumentKind.CV: QT_TR_NOOP("CV / résumé"),
    DocumentKind.COVER_LETTER: QT_TR_NOOP("Cover letter"),
    DocumentKind.JOB_DESCRIPTION: QT_TR_NOOP("Job description"),
    DocumentKind.EMAIL: QT_TR_NOOP("E-mail"),
    DocumentKind.INTERVIEW_NOTES: QT_TR_NOOP("Interview notes"),
    DocumentKind.OTHER: QT_TR_NOOP("Other"),
}


def document_kind(value: DocumentKind) -> str:
    return tr(_DOCUMENT_KIND[DocumentKind(value)])


def file_size(size: int) -> str:
    """A file's size as the locale writes it ("240 KB", "1,2 MB"): Qt's own wording."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


_CONTACT_ROLE: dict[ContactRole, str] = {
    ContactRole.INTERVIEWER: QT_TR_NOOP("Interviewer"),
    ContactRole.RECRUITER: QT_TR_NOOP("Recruiter"),
    ContactRole.HIRING_MANAGER: QT_TR_NOOP("Hiring manager"),
    ContactRole.REFERRER: QT_TR_NOOP("Referrer"),
    ContactRole.OTHER: QT_TR_NOOP("Other"),
}


def contact_role(value: ContactRole) -> str:
    return tr(_CONTACT_ROLE[ContactRole(value)])


def channel(value: Channel) -> str:
    return {
        Channel.EMAIL: tr("Email"),
        Channel.PHONE: tr("Phone"),
        Channel.LINKEDIN: tr("LinkedIn"),
        Channel.IN_PERSON: tr("In person"),
        Channel.OTHER: tr("Other"),
    }[Channel(value)]


def review_stage(value: ReviewStage) -> str:
    return {
        ReviewStage.APPLYING: tr("Applying"),
        ReviewStage.RESUME: tr("Resume"),
        ReviewStage.COVER_LETTER: tr("Cover letter"),
        ReviewStage.CORRESPONDENCE: tr("Correspondence"),
        ReviewStage.INTERVIEW: tr("Interviews"),
        ReviewStage.THANK_YOU: tr("Thank-you notes"),
        ReviewStage.REFLECTION: tr("Common reasons offers don't come"),
        ReviewStage.OTHER: tr("Other"),
    }[ReviewStage(value)]


def outcome(value: Outcome | None) -> str:
    if value is None:
        return tr("Not yet looked at")
    return {
        Outcome.WENT_WELL: tr("Went well"),
        Outcome.TO_IMPROVE: tr("To improve"),
        Outcome.NOT_APPLICABLE: tr("Not applicable"),
    }[Outcome(value)]


def step_state(value: StepState) -> str:
    return {
        StepState.NOT_STARTED: tr("Not started"),
        StepState.IN_PROGRESS: tr("In progress"),
        StepState.DONE: tr("Done"),
        StepState.SKIPPED: tr("Skipped"),
    }[StepState(value)]


def plan_step(value: PlanStep) -> str:
    return {
        PlanStep.ACCEPT: tr("Accept your emotions"),
        PlanStep.CONNECT: tr("Be gracious and stay connected"),
        PlanStep.FEEDBACK: tr("Ask for feedback"),
        PlanStep.REVIEW: tr("Review the process"),
    }[PlanStep(value)]


def feedback_status(value: FeedbackStatus) -> str:
    return {
        FeedbackStatus.DRAFT: tr("Not asked yet"),
        FeedbackStatus.ASKED: tr("Asked, waiting"),
        FeedbackStatus.ANSWERED: tr("Answered"),
        FeedbackStatus.NO_ANSWER: tr("No answer"),
    }[FeedbackStatus(value)]


def action_source(value: ActionSource) -> str:
    return {
        ActionSource.MANUAL: tr("Added by you"),
        ActionSource.FEEDBACK: tr("From feedback"),
        ActionSource.REVIEW: tr("From a review"),
        ActionSource.CHECKIN: tr("From a check-in"),
    }[ActionSource(value)]


def emotion(key: str) -> str:
    word = vocabulary.EMOTIONS.get(key)
    return QCoreApplication.translate("vocabulary", word.label) if word else key


def emotion_group(label: str) -> str:
    return QCoreApplication.translate("vocabulary", label)


def coping(key: str) -> str:
    word = vocabulary.COPING.get(key)
    return QCoreApplication.translate("vocabulary", word.label) if word else key


def date(value: dt.date | None) -> str:
    """A date in the user's locale, short form; empty when there is none."""
    if value is None:
        return ""
    # "3 Nov 2026": unambiguous in every locale, unlike 03/11/26.
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


# The year in a long date pattern, with what joins it to the rest: ", yyyy" (American
# English), " yyyy" (British), " 'de' yyyy" (Spanish). The language is always one BounceBack
# speaks (ui/language.py), whatever the country.
_YEAR_PART = re.compile(r"[\s,]*(?:'[^']*'\s*)?y+")


def day_in_full(value: dt.date) -> str:
    """The day with its weekday, without the year, as the language writes it: "Monday,
    December 7" or "Monday 7 December" in English (by the country), "lunes, 7 de
    diciembre" in Spanish. The locale's long date, its year left out: a pattern of our own
    ("dddd d MMMM") reads "lunes 7 diciembre" in Spanish."""
    locale = QLocale()
    pattern = _YEAR_PART.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    if "d" not in pattern or "M" not in pattern:  # a pattern the year can't be taken from
        pattern = "dddd d MMMM"
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def number(value: float, places: int = 1) -> str:
    """``value`` as the language writes it, to ``places`` decimals and none when it is
    whole: "6", "6.5" in English, "6,5" in Spanish."""
    shown = round(value, places)
    if float(shown).is_integer():
        return QLocale().toString(int(shown))
    return QLocale().toString(float(shown), "f", places)


def percent(share: float) -> str:
    """A share (0.42) as a whole percentage the way the language writes it: "42%" in
    English, "42 %" in Spanish."""
    return fill(tr("%1%", "a share in percent; the number is written by the language"),
                QLocale().toString(round(share * 100)))


def date_samples() -> list[str]:
    """A date in every month, on a two-digit day: the widest a date cell gets (for sizing
    a column once instead of measuring every row)."""
    return [date(dt.date(2026, month, 28)) for month in range(1, 13)]


def qdatetime(value: dt.datetime) -> QDateTime:
    """``value`` for Qt. PySide6 would convert a datetime by itself, to the same, but its type
    stubs accept only a QDateTime."""
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute, value.second, value.microsecond // 1000))


def datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(qdatetime(value), "d MMM yyyy, HH:mm")


def iso(value: dt.date | dt.datetime | None) -> str:
    """A sort key for dates; empty sorts first."""
    return value.isoformat() if value is not None else ""
