"""Translated, human words for the stored keys (statuses, event kinds, emotions ...)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from bounceback.db.enums import (
    ActionSource,
    Channel,
    ContactRole,
    EventKind,
    FeedbackStatus,
    Outcome,
    PlanStep,
    ReviewStage,
    Source,
    Status,
    StepState,
)
from bounceback.services import event_words, vocabulary
from bounceback.ui.common.i18n import tr


def status(value: Status) -> str:
    return {
        Status.APPLIED: tr("Applied"),
        Status.SCREENING: tr("Screening"),
        Status.INTERVIEWING: tr("Interviewing"),
        Status.OFFER: tr("Offer"),
        Status.ACCEPTED: tr("Accepted"),
        Status.REJECTED: tr("Not selected"),
        Status.WITHDRAWN: tr("Withdrawn"),
        Status.GHOSTED: tr("No response"),
    }[Status(value)]


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


def event_text(said: str, details: str) -> str:
    """An event's details as shown: what BounceBack wrote by itself ("Asked Sam for
    feedback", "Be gracious and stay connected: done") in the language of the window; the
    person's own words as they typed them."""
    return event_words.word(said, details, _services_text)


def _services_text(text: str) -> str:
    return QCoreApplication.translate("services", text)


def event_kind(value: EventKind) -> str:
    return {
        EventKind.APPLIED: tr("Applied"),
        EventKind.RECRUITER_CONTACT: tr("Recruiter contact"),
        EventKind.CORRESPONDENCE: tr("Correspondence"),
        EventKind.SCREEN: tr("Screening call"),
        EventKind.INTERVIEW: tr("Interview"),
        EventKind.THANK_YOU_SENT: tr("Thank-you sent"),
        EventKind.OFFER: tr("Offer"),
        EventKind.REJECTION: tr("Rejection"),
        EventKind.FEEDBACK_REQUESTED: tr("Feedback requested"),
        EventKind.FEEDBACK_RECEIVED: tr("Feedback received"),
        EventKind.FOLLOW_UP: tr("Follow-up"),
        EventKind.REAPPLIED: tr("Reapplied"),
        EventKind.STATUS_CHANGE: tr("Status change"),
        EventKind.PLAN_STEP: tr("Bounce-back step"),
        EventKind.NOTE: tr("Note"),
    }[EventKind(value)]


def contact_role(value: ContactRole) -> str:
    return {
        ContactRole.INTERVIEWER: tr("Interviewer"),
        ContactRole.RECRUITER: tr("Recruiter"),
        ContactRole.HIRING_MANAGER: tr("Hiring manager"),
        ContactRole.REFERRER: tr("Referrer"),
        ContactRole.OTHER: tr("Other"),
    }[ContactRole(value)]


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
