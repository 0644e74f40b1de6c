"""Closed vocabularies stored as short strings. Plain Python, shared by models and services."""

from __future__ import annotations

from enum import StrEnum


class Source(StrEnum):
    DIRECT = "direct"
    REFERRAL = "referral"
    RECRUITER = "recruiter"


class Status(StrEnum):
    # A job the person means to apply to: before the pipeline, counted apart from it.
    SAVED = "saved"
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"


class EventKind(StrEnum):
    APPLIED = "applied"
    RECRUITER_CONTACT = "recruiter_contact"
    CORRESPONDENCE = "correspondence"
    SCREEN = "screen"
    INTERVIEW = "interview"
    THANK_YOU_SENT = "thank_you_sent"
    OFFER = "offer"
    REJECTION = "rejection"
    FEEDBACK_REQUESTED = "feedback_requested"
    FEEDBACK_RECEIVED = "feedback_received"
    FOLLOW_UP = "follow_up"
    REAPPLIED = "reapplied"
    STATUS_CHANGE = "status_change"
    # A step of the bounce-back plan was done: the timeline stays the whole history.
    PLAN_STEP = "plan_step"
    NOTE = "note"


class DocumentKind(StrEnum):
    """What a document is to its application (guessed from its name, the person's to change)."""

    CV = "cv"
    COVER_LETTER = "cover_letter"
    JOB_DESCRIPTION = "job_description"
    EMAIL = "email"
    INTERVIEW_NOTES = "interview_notes"
    OTHER = "other"


class ContactRole(StrEnum):
    INTERVIEWER = "interviewer"
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring_manager"
    REFERRER = "referrer"
    OTHER = "other"


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    LINKEDIN = "linkedin"
    IN_PERSON = "in_person"
    OTHER = "other"


class ReviewStage(StrEnum):
    APPLYING = "applying"
    RESUME = "resume"
    COVER_LETTER = "cover_letter"
    CORRESPONDENCE = "correspondence"
    INTERVIEW = "interview"
    THANK_YOU = "thank_you"
    # The common reasons offers don't come: fit, experience, salary, answers, preparation ...
    REFLECTION = "reflection"
    OTHER = "other"


class Outcome(StrEnum):
    WENT_WELL = "went_well"
    TO_IMPROVE = "to_improve"
    NOT_APPLICABLE = "not_applicable"


class ActionSource(StrEnum):
    MANUAL = "manual"
    FEEDBACK = "feedback"
    REVIEW = "review"
    CHECKIN = "checkin"


class StepState(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SKIPPED = "skipped"


class PlanStep(StrEnum):
    """The four steps of bouncing back, in the order the brief gives them."""

    ACCEPT = "accept"
    CONNECT = "connect"
    FEEDBACK = "feedback"
    REVIEW = "review"


class FeedbackStatus(StrEnum):
    DRAFT = "draft"
    ASKED = "asked"
    ANSWERED = "answered"
    NO_ANSWER = "no_answer"
