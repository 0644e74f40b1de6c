"""What LinkedIn's data archive knows about an application and a person.

``applications.applied_through`` ("LinkedIn") and ``applications.resume_name`` (the CV by the
name it had there); ``screening_answers`` keeps the application form's questions and the
answers given, in order, for the review; ``contacts.linkedin_connected_on`` is the day a
connection was made.

Columns by plain ``ALTER TABLE ... ADD COLUMN``: recreating ``applications`` or ``contacts``
would drop their search triggers.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("applications", sa.Column("applied_through", sa.String(length=100),
                                            server_default="", nullable=False))
    op.add_column("applications", sa.Column("resume_name", sa.String(length=255),
                                            server_default="", nullable=False))
    op.add_column("contacts", sa.Column("linkedin_connected_on", sa.Date(), nullable=True))
    op.create_table(
        "screening_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"],
                                name=op.f("fk_screening_answers_application_id_applications"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_answers")),
    )
    op.create_index(op.f("ix_screening_answers_application_id"), "screening_answers",
                    ["application_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_screening_answers_application_id"), table_name="screening_answers")
    op.drop_table("screening_answers")
    op.drop_column("contacts", "linkedin_connected_on")
    op.drop_column("applications", "resume_name")
    op.drop_column("applications", "applied_through")
