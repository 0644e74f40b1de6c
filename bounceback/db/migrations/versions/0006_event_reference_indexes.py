"""Indexes on the columns that point at an event from check-ins and review items.

Without them, deleting an application scanned both tables once per event: 0.9 s on a large
encrypted store, 0.5 ms with them (scripts/bench_search.py's store).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        op.f("ix_checkins_rejection_event_id"), "checkins", ["rejection_event_id"], unique=False
    )
    op.create_index(op.f("ix_review_items_event_id"), "review_items", ["event_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_review_items_event_id"), table_name="review_items")
    op.drop_index(op.f("ix_checkins_rejection_event_id"), table_name="checkins")
