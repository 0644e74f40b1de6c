"""How each kind of status stands, as the tone of its label in a list (its words are
labels.py's; its colours the theme's). Nothing here is a failure: an ending is quiet, never
red."""

from __future__ import annotations

from bounceback.db.enums import FeedbackStatus, Outcome, Status
from bounceback.ui.theme.tokens import StatusTone

_STATUS = {
    Status.SAVED: StatusTone.NEUTRAL,
    Status.APPLIED: StatusTone.NEUTRAL,
    Status.SCREENING: StatusTone.NEUTRAL,
    Status.INTERVIEWING: StatusTone.ACTIVE,
    Status.OFFER: StatusTone.GOOD,
    Status.ACCEPTED: StatusTone.GOOD,
    Status.REJECTED: StatusTone.QUIET,
    Status.WITHDRAWN: StatusTone.QUIET,
    Status.GHOSTED: StatusTone.QUIET,
}

_FEEDBACK = {
    FeedbackStatus.DRAFT: StatusTone.NEUTRAL,
    FeedbackStatus.ASKED: StatusTone.ACTIVE,
    FeedbackStatus.ANSWERED: StatusTone.GOOD,
    FeedbackStatus.NO_ANSWER: StatusTone.QUIET,
}

_OUTCOME = {
    None: StatusTone.NEUTRAL,
    Outcome.WENT_WELL: StatusTone.GOOD,
    Outcome.TO_IMPROVE: StatusTone.ACTIVE,
    Outcome.NOT_APPLICABLE: StatusTone.QUIET,
}


def status(value: Status) -> StatusTone:
    """An application's status: open ones neutral, interviews moving, an offer good, an
    ending quiet."""
    return _STATUS[Status(value)]


def feedback_status(value: FeedbackStatus) -> StatusTone:
    return _FEEDBACK[FeedbackStatus(value)]


def outcome(value: Outcome | None) -> StatusTone:
    """How a review item went (None: not looked at yet)."""
    return _OUTCOME[Outcome(value) if value is not None else None]
