"""The person's own words in the store: edited letter templates and the spelling dictionary.

They used to be files beside the store (``templates/*.txt``, ``dictionary.txt``), plain text
even when the store was encrypted. Existing files are moved in by ``db/loose_files.py`` each
time the store is opened for writing, not here: a migration runs inside one transaction,
and a file may only be removed once the rows that replace it are committed.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "letter_templates",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_letter_templates")),
    )
    op.create_table(
        "personal_words",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("word", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_personal_words")),
    )


def downgrade() -> None:
    op.drop_table("personal_words")
    op.drop_table("letter_templates")
