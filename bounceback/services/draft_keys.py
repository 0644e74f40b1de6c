"""The keys long texts are drafted under (``services/drafts.py``), built and read here only.

A draft belongs to the record it will be saved into, or to the new record a form is making.
The services that save or delete a record drop its drafts in the same transaction, so words
never outlive their record, and a record given a reused id never inherits someone else's.
"""

from __future__ import annotations

FEEDBACK_FIELDS = ("request", "answer", "reaction", "lesson")


def checkin(checkin_id: int | None) -> str:
    """The journal of a check-in, or of the one being written (``None``)."""
    return "checkin:new" if checkin_id is None else f"checkin:{checkin_id}"


def feedback(app_id: int | None, note_id: int | None, field: str) -> str | None:
    """``field`` (one of FEEDBACK_FIELDS) of a feedback note, or of a new note for
    ``app_id``; None when there is no note to draft for."""
    if note_id is not None:
        return f"{note_feedback_prefix(note_id)}{field}"
    if app_id is not None:
        return f"{new_feedback_prefix(app_id)}{field}"
    return None


def note_feedback_prefix(note_id: int) -> str:
    """Every field of one feedback note."""
    return f"feedback:{note_id}:"


def new_feedback_prefix(app_id: int) -> str:
    """Every field of the new feedback note being written for an application."""
    return f"feedback:new:{app_id}:"


FEEDBACK_PREFIX = "feedback:"


def thank_you(app_id: int, contact_id: int) -> str:
    """A thank-you note to one person of an application."""
    return f"{thank_you_prefix(app_id)}{contact_id}"


def thank_you_prefix(app_id: int) -> str:
    """Every thank-you note of an application."""
    return f"thank_you:{app_id}:"
