"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("link", sa.String(length=2000), nullable=False),
        sa.Column(
            "source",
            sa.Enum("direct", "referral", "recruiter", name="source", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("applied_on", sa.Date(), nullable=True),
        sa.Column("salary_min", sa.Integer(), nullable=True),
        sa.Column("salary_max", sa.Integer(), nullable=True),
        sa.Column("salary_currency", sa.String(length=8), nullable=False),
        sa.Column("job_description", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "applied",
                "screening",
                "interviewing",
                "offer",
                "accepted",
                "rejected",
                "withdrawn",
                "ghosted",
                name="status",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
    )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.create_index("ix_applications_company", ["company"], unique=False)
        batch_op.create_index("ix_applications_status", ["status"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("linkedin_url", sa.String(length=2000), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    op.create_table(
        "application_contacts",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column(
            "relation",
            sa.Enum(
                "interviewer",
                "recruiter",
                "hiring_manager",
                "referrer",
                "other",
                name="contactrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_application_contacts_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_application_contacts_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "application_id", "contact_id", name=op.f("pk_application_contacts")
        ),
    )
    with op.batch_alter_table("application_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_contacts_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "applied",
                "recruiter_contact",
                "correspondence",
                "screen",
                "interview",
                "thank_you_sent",
                "offer",
                "rejection",
                "feedback_requested",
                "feedback_received",
                "follow_up",
                "reapplied",
                "status_change",
                "note",
                name="eventkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("interview_round", sa.Integer(), nullable=True),
        sa.Column("interviewers", sa.String(length=500), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_events_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_events_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_events_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_events_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index("ix_events_occurred_on", ["occurred_on"], unique=False)

    op.create_table(
        "feedback_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("asked_whom", sa.String(length=200), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=True),
        sa.Column(
            "channel",
            sa.Enum(
                "email",
                "phone",
                "linkedin",
                "in_person",
                "other",
                name="channel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("request_text", sa.Text(), nullable=False),
        sa.Column("answer_text", sa.Text(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("reaction", sa.Text(), nullable=False),
        sa.Column("lesson", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_feedback_notes_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_feedback_notes_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_notes")),
    )
    with op.batch_alter_table("feedback_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_notes_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_feedback_notes_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("felt_at", sa.DateTime(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("rejection_event_id", sa.Integer(), nullable=True),
        sa.Column("coping_method", sa.String(length=32), nullable=False),
        sa.Column("coping_note", sa.String(length=500), nullable=False),
        sa.Column("journal", sa.Text(), nullable=False),
        sa.Column("overall", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_checkins_application_id_applications"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["rejection_event_id"],
            ["events.id"],
            name=op.f("fk_checkins_rejection_event_id_events"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkins_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_checkins_felt_at"), ["felt_at"], unique=False)

    op.create_table(
        "review_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "applying",
                "resume",
                "cover_letter",
                "correspondence",
                "interview",
                "thank_you",
                "other",
                name="reviewstage",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=500), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "went_well",
                "to_improve",
                "not_applicable",
                name="outcome",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_review_items_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_review_items_event_id_events"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_items")),
    )
    with op.batch_alter_table("review_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_items_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "action_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "manual",
                "feedback",
                "review",
                "checkin",
                name="actionsource",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("feedback_id", sa.Integer(), nullable=True),
        sa.Column("review_item_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_action_items_application_id_applications"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["feedback_id"],
            ["feedback_notes.id"],
            name=op.f("fk_action_items_feedback_id_feedback_notes"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["review_item_id"],
            ["review_items.id"],
            name=op.f("fk_action_items_review_item_id_review_items"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_items")),
    )
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_items_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_items_feedback_id"), ["feedback_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_items_review_item_id"), ["review_item_id"], unique=False
        )

    op.create_table(
        "checkin_emotions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("emotion", sa.String(length=64), nullable=False),
        sa.Column("intensity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkin_id"],
            ["checkins.id"],
            name=op.f("fk_checkin_emotions_checkin_id_checkins"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_emotions")),
        sa.UniqueConstraint("checkin_id", "emotion", name="uq_checkin_emotion"),
    )
    with op.batch_alter_table("checkin_emotions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkin_emotions_checkin_id"), ["checkin_id"], unique=False
        )



def downgrade() -> None:
    with op.batch_alter_table("checkin_emotions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_emotions_checkin_id"))

    op.drop_table("checkin_emotions")
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_items_review_item_id"))
        batch_op.drop_index(batch_op.f("ix_action_items_feedback_id"))
        batch_op.drop_index(batch_op.f("ix_action_items_application_id"))

    op.drop_table("action_items")
    with op.batch_alter_table("review_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_items_application_id"))

    op.drop_table("review_items")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkins_felt_at"))
        batch_op.drop_index(batch_op.f("ix_checkins_application_id"))

    op.drop_table("checkins")
    with op.batch_alter_table("feedback_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_notes_contact_id"))
        batch_op.drop_index(batch_op.f("ix_feedback_notes_application_id"))

    op.drop_table("feedback_notes")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_occurred_on")
        batch_op.drop_index(batch_op.f("ix_events_contact_id"))
        batch_op.drop_index(batch_op.f("ix_events_application_id"))

    op.drop_table("events")
    with op.batch_alter_table("application_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_contacts_contact_id"))

    op.drop_table("application_contacts")
    op.drop_table("contacts")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_index("ix_applications_status")
        batch_op.drop_index("ix_applications_company")

    op.drop_table("applications")
