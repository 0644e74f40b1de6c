"""Example data: a mark on the records the first-run example set adds, so that "Remove example
data" removes exactly those, and never something the person wrote that looks the same.

Applications, contacts, check-ins and action items carry the mark; everything else in the set
hangs off an example application or check-in and goes with it.

Plain ``ALTER TABLE ... ADD/DROP COLUMN``, not a batch "move and copy": recreating these
tables would drop their search triggers (see 0004).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("applications", "contacts", "checkins", "action_items")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table, sa.Column("example", sa.Boolean(), server_default="0", nullable=False)
        )
        op.create_index(op.f(f"ix_{table}_example"), table, ["example"], unique=False)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_index(op.f(f"ix_{table}_example"), table_name=table)
        op.drop_column(table, "example")
