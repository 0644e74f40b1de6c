"""What BounceBack writes on a timeline is stored language-neutral: ``events.said`` names what
happened ("step_done", "asked_feedback" …) and ``details`` keeps only its fact (a step, a
name, a role); the window words it in the person's language (services/event_words.py).

The sentences earlier versions stored are read back into a key and a fact here: the English
ones the services wrote, and the thank-you note's, which the window wrote in its language
(English or Spanish). Anything else (the person's own words) is left exactly as it was.
Plain ``ALTER TABLE ... ADD COLUMN``: recreating ``events`` would drop its search triggers.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As the services wrote them until now (kept here: this migration must not change later).
STEPS = {
    "Accept your emotions": "accept",
    "Be gracious and stay connected": "connect",
    "Ask for feedback": "feedback",
    "Review the process": "review",
}
# (event kind, pattern over the whole details, key); the pattern's one group is the fact.
SAID = [
    ("reapplied", r"Applied again after “(.*)”", "applied_again"),
    ("thank_you_sent", r"Thank-you note sent", "thank_you_sent"),
    ("thank_you_sent", r"Thank-you note to (.+)", "thank_you_to"),
    ("thank_you_sent", r"Nota de agradecimiento a (.+)", "thank_you_to"),
    ("feedback_requested", r"Asked (.+) for feedback", "asked_feedback"),
    ("feedback_received", r"Feedback from (.+)", "feedback_from"),
    ("follow_up", r"Followed up with (.+) about feedback", "followed_up_feedback"),
    ("follow_up", r"Got back in touch with (.+)", "back_in_touch"),
    ("plan_step", "(" + "|".join(map(re.escape, STEPS)) + "): done", "step_done"),
    ("status_change", r"Accepted the offer", "accepted"),
    ("status_change", r"Withdrew the application", "withdrew"),
    ("status_change", r"No response from the company", "ghosted"),
]


def upgrade() -> None:
    op.add_column("events", sa.Column("said", sa.String(length=40), server_default="",
                                      nullable=False))
    conn = op.get_bind()
    kinds = sorted({kind for kind, _p, _k in SAID})
    rows = conn.execute(
        sa.text("SELECT id, kind, details FROM events WHERE kind IN :kinds")
        .bindparams(sa.bindparam("kinds", expanding=True)),
        {"kinds": kinds}).all()
    for ident, kind, details in rows:
        for want, pattern, key in SAID:
            found = re.fullmatch(pattern, details or "") if kind == want else None
            if found is None:
                continue
            fact = found.group(1) if found.groups() else ""
            if key == "step_done":
                fact = STEPS[fact]
            conn.execute(sa.text("UPDATE events SET said = :said, details = :details "
                                 "WHERE id = :id"), {"said": key, "details": fact, "id": ident})
            break


def downgrade() -> None:
    op.drop_column("events", "said")
