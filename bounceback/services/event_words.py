"""What BounceBack itself writes on an application's timeline, kept language-neutral.

An event BounceBack adds (a plan step finished, feedback asked for, a thank-you sent) stores
what happened as a key (``Event.said``) and its one fact in ``details`` (a person's name, a
role, a step): never a sentence. The window words it in the person's language when it shows
it; exports and the command line word it in English with :func:`english`. Events the person
writes keep ``said`` empty and their details as typed.
"""

from __future__ import annotations

from collections.abc import Callable

from bounceback.db.enums import PlanStep
from bounceback.messages import fill

APPLIED_AGAIN = "applied_again"
THANK_YOU_TO = "thank_you_to"
THANK_YOU_SENT = "thank_you_sent"
ASKED_FEEDBACK = "asked_feedback"
FEEDBACK_FROM = "feedback_from"
FOLLOWED_UP_FEEDBACK = "followed_up_feedback"
BACK_IN_TOUCH = "back_in_touch"
STEP_DONE = "step_done"
ACCEPTED = "accepted"
WITHDREW = "withdrew"
GHOSTED = "ghosted"
SAVED = "saved"

# The English words for each key; %1 is the fact kept in ``details``. scripts/i18n.py gives
# these to the translators (context "services"), so the window shows them translated.
SAID: dict[str, str] = {
    APPLIED_AGAIN: "Applied again after “%1”",
    THANK_YOU_TO: "Thank-you note to %1",
    THANK_YOU_SENT: "Thank-you note sent",
    ASKED_FEEDBACK: "Asked %1 for feedback",
    FEEDBACK_FROM: "Feedback from %1",
    FOLLOWED_UP_FEEDBACK: "Followed up with %1 about feedback",
    BACK_IN_TOUCH: "Got back in touch with %1",
    STEP_DONE: "%1: done",
    ACCEPTED: "Accepted the offer",
    WITHDREW: "Withdrew the application",
    GHOSTED: "No response from the company",
    SAVED: "Saved to apply later",
}

# The four steps by name, as a finished step is said ("Be gracious and stay connected: done").
STEP_NAMES: dict[PlanStep, str] = {
    PlanStep.ACCEPT: "Accept your emotions",
    PlanStep.CONNECT: "Be gracious and stay connected",
    PlanStep.FEEDBACK: "Ask for feedback",
    PlanStep.REVIEW: "Review the process",
}


def _same(text: str) -> str:
    return text


def word(said: str, details: str, translate: Callable[[str], str] = _same) -> str:
    """The event's text: for one BounceBack wrote, its words (through ``translate``, which
    the window gives Qt's translation) with the fact filled in; else ``details`` as typed."""
    template = SAID.get(said)
    if template is None:
        return details
    fact = details
    if said == STEP_DONE and details in set(PlanStep):
        fact = translate(STEP_NAMES[PlanStep(details)])
    return fill(translate(template), fact)


def english(said: str, details: str) -> str:
    """The event's text in English (exports, the command line)."""
    return word(said, details)
