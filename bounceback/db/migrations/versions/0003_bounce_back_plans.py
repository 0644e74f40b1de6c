"""Bounce-back plans; after-coping intensity, feedback status, reapply dates, contact follow-up.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bounce_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("rejection_event_id", sa.Integer(), nullable=True),
        sa.Column(
            "accept",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                "skipped",
                name="stepstate",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "connect",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                "skipped",
                name="stepstate",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "feedback",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                "skipped",
                name="stepstate",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "review",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                "skipped",
                name="stepstate",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("dismissed", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_bounce_plans_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["rejection_event_id"],
            ["events.id"],
            name=op.f("fk_bounce_plans_rejection_event_id_events"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bounce_plans")),
        sa.UniqueConstraint("rejection_event_id", name=op.f("uq_bounce_plans_rejection_event_id")),
    )
    with op.batch_alter_table("bounce_plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bounce_plans_application_id"), ["application_id"], unique=False
        )

    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reapply_after", sa.Date(), nullable=True))

    with op.batch_alter_table("checkin_emotions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("intensity_after", sa.Integer(), nullable=True))

    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("linkedin_connected", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("stay_in_touch_on", sa.Date(), nullable=True))

    with op.batch_alter_table("feedback_notes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "status",
                sa.Enum(
                    "draft",
                    "asked",
                    "answered",
                    "no_answer",
                    name="feedbackstatus",
                    native_enum=False,
                    length=32,
                ),
                server_default="draft",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("follow_up_on", sa.Date(), nullable=True))

    # Feedback already recorded gets the status its fields imply.
    op.execute(
        "UPDATE feedback_notes SET status = CASE "
        "WHEN answer_text != '' OR answered_on IS NOT NULL THEN 'answered' "
        "WHEN asked_on IS NOT NULL THEN 'asked' ELSE 'draft' END"
    )
    # Every rejection already on a timeline is offered its plan, like new ones will be.
    op.execute(
        "INSERT INTO bounce_plans (application_id, rejection_event_id, accept, connect, "
        "feedback, review, dismissed, created_at, updated_at) "
        "SELECT application_id, id, 'not_started', 'not_started', 'not_started', "
        "'not_started', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP "
        "FROM events WHERE kind = 'rejection'"
    )


def downgrade() -> None:
    with op.batch_alter_table("feedback_notes", schema=None) as batch_op:
        batch_op.drop_column("follow_up_on")
        batch_op.drop_column("status")

    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("stay_in_touch_on")
        batch_op.drop_column("linkedin_connected")

    with op.batch_alter_table("checkin_emotions", schema=None) as batch_op:
        batch_op.drop_column("intensity_after")

    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_column("reapply_after")

    with op.batch_alter_table("bounce_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bounce_plans_application_id"))

    op.drop_table("bounce_plans")
