"""A review item made from the timeline stores no words of its own: the window words it from
its event in the person's language ("Entrevista, ronda 2, el 7 dic 2026 con Kim"), and the
words follow the event when its date or interviewers change.

Items whose label is still exactly what earlier versions generated (English, with English
month names) are emptied here; a label the person changed is theirs and left as it is.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As earlier versions wrote them (kept here: this migration must not change later).
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# What 0009 turned into keys, as the follow-ups' details read when their items were made.
SAID = {
    "followed_up_feedback": "Followed up with {} about feedback",
    "back_in_touch": "Got back in touch with {}",
    "applied_again": "Applied again after “{}”",
    "asked_feedback": "Asked {} for feedback",
    "feedback_from": "Feedback from {}",
}


def generated(kind: str, on: str, round_: int | None, interviewers: str | None,
              said: str | None, details: str | None) -> str:
    year, month, day = (int(part) for part in on[:10].split("-"))
    when = f"{day:02d} {MONTHS[month - 1]} {year}"
    if kind == "interview":
        label = "Interview" + (f" round {round_}" if round_ else "") + f" on {when}"
        return f"{label} with {interviewers}" if interviewers else label
    if kind == "screen":
        return f"Screening call on {when}"
    text = SAID[said].format(details or "") if said in SAID else (details or "")
    first = text.splitlines()[0][:120] if text.strip() else ""
    name = {"recruiter_contact": "First contact with the recruiter",
            "follow_up": "Follow-up"}.get(kind, "Message")
    return f"{name} on {when}: {first}" if first else f"{name} on {when}"


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT r.id, r.label, e.kind, e.occurred_on, e.interview_round, e.interviewers, "
        "e.said, e.details FROM review_items r JOIN events e ON e.id = r.event_id")).all()
    for ident, label, *event in rows:
        if label == generated(*event):
            conn.execute(sa.text("UPDATE review_items SET label = '' WHERE id = :id"),
                         {"id": ident})


def downgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT r.id, e.kind, e.occurred_on, e.interview_round, e.interviewers, e.said, "
        "e.details FROM review_items r JOIN events e ON e.id = r.event_id "
        "WHERE r.label = ''")).all()
    for ident, *event in rows:
        conn.execute(sa.text("UPDATE review_items SET label = :label WHERE id = :id"),
                     {"label": generated(*event)[:500], "id": ident})
