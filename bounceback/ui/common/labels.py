"""Translated, human words for the stored keys (statuses, event kinds, emotions ...)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

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
from bounceback.services import vocabulary


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status(value: Status) -> str:
    return {
        Status.APPLIED: _t("Applied"),
        Status.SCREENING: _t("Screening"),
        Status.INTERVIEWING: _t("Interviewing"),
        Status.OFFER: _t("Offer"),
        Status.ACCEPTED: _t("Accepted"),
        Status.REJECTED: _t("Not selected"),
        Status.WITHDRAWN: _t("Withdrawn"),
        Status.GHOSTED: _t("No response"),
    }[Status(value)]


def source(value: Source) -> str:
    return {
        Source.DIRECT: _t("Applied directly"),
        Source.REFERRAL: _t("Referral"),
        Source.RECRUITER: _t("A recruiter reached out"),
    }[Source(value)]


def event_kind(value: EventKind) -> str:
    return {
        EventKind.APPLIED: _t("Applied"),
        EventKind.RECRUITER_CONTACT: _t("Recruiter contact"),
        EventKind.CORRESPONDENCE: _t("Correspondence"),
        EventKind.SCREEN: _t("Screening call"),
        EventKind.INTERVIEW: _t("Interview"),
        EventKind.THANK_YOU_SENT: _t("Thank-you sent"),
        EventKind.OFFER: _t("Offer"),
        EventKind.REJECTION: _t("Rejection"),
        EventKind.FEEDBACK_REQUESTED: _t("Feedback requested"),
        EventKind.FEEDBACK_RECEIVED: _t("Feedback received"),
        EventKind.FOLLOW_UP: _t("Follow-up"),
        EventKind.REAPPLIED: _t("Reapplied"),
        EventKind.STATUS_CHANGE: _t("Status change"),
        EventKind.PLAN_STEP: _t("Bounce-back step"),
        EventKind.NOTE: _t("Note"),
    }[EventKind(value)]


def contact_role(value: ContactRole) -> str:
    return {
        ContactRole.INTERVIEWER: _t("Interviewer"),
        ContactRole.RECRUITER: _t("Recruiter"),
        ContactRole.HIRING_MANAGER: _t("Hiring manager"),
        ContactRole.REFERRER: _t("Referrer"),
        ContactRole.OTHER: _t("Other"),
    }[ContactRole(value)]


def channel(value: Channel) -> str:
    return {
        Channel.EMAIL: _t("Email"),
        Channel.PHONE: _t("Phone"),
        Channel.LINKEDIN: _t("LinkedIn"),
        Channel.IN_PERSON: _t("In person"),
        Channel.OTHER: _t("Other"),
    }[Channel(value)]


def review_stage(value: ReviewStage) -> str:
    return {
        ReviewStage.APPLYING: _t("Applying"),
        ReviewStage.RESUME: _t("Resume"),
        ReviewStage.COVER_LETTER: _t("Cover letter"),
        ReviewStage.CORRESPONDENCE: _t("Correspondence"),
        ReviewStage.INTERVIEW: _t("Interviews"),
        ReviewStage.THANK_YOU: _t("Thank-you notes"),
        ReviewStage.REFLECTION: _t("Common reasons offers don't come"),
        ReviewStage.OTHER: _t("Other"),
    }[ReviewStage(value)]


def outcome(value: Outcome | None) -> str:
    if value is None:
        return _t("Not yet looked at")
    return {
        Outcome.WENT_WELL: _t("Went well"),
        Outcome.TO_IMPROVE: _t("To improve"),
        Outcome.NOT_APPLICABLE: _t("Not applicable"),
    }[Outcome(value)]


def step_state(value: StepState) -> str:
    return {
        StepState.NOT_STARTED: _t("Not started"),
        StepState.IN_PROGRESS: _t("In progress"),
        StepState.DONE: _t("Done"),
        StepState.SKIPPED: _t("Skipped"),
    }[StepState(value)]


def plan_step(value: PlanStep) -> str:
    return {
        PlanStep.ACCEPT: _t("Accept your emotions"),
        PlanStep.CONNECT: _t("Be gracious and stay connected"),
        PlanStep.FEEDBACK: _t("Ask for feedback"),
        PlanStep.REVIEW: _t("Review the process"),
    }[PlanStep(value)]


def feedback_status(value: FeedbackStatus) -> str:
    return {
        FeedbackStatus.DRAFT: _t("Not asked yet"),
        FeedbackStatus.ASKED: _t("Asked, waiting"),
        FeedbackStatus.ANSWERED: _t("Answered"),
        FeedbackStatus.NO_ANSWER: _t("No answer"),
    }[FeedbackStatus(value)]


def action_source(value: ActionSource) -> str:
    return {
        ActionSource.MANUAL: _t("Added by you"),
        ActionSource.FEEDBACK: _t("From feedback"),
        ActionSource.REVIEW: _t("From a review"),
        ActionSource.CHECKIN: _t("From a check-in"),
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


def datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(value, "d MMM yyyy, HH:mm")


def iso(value: dt.date | dt.datetime | None) -> str:
    """A sort key for dates; empty sorts first."""
    return value.isoformat() if value is not None else ""
