"""Search: one SQLite FTS5 index over everything the person wrote, kept in sync by triggers.

The triggers are the one place that keeps the index in sync, so every way a row changes
(services, JSON import, foreign-key cascades, a later migration's UPDATE) is seen. The index
is not part of the models' metadata: it is derived data, never exported, and rebuilt here
from the tables.

Each indexed row's rowid is ``id * 8 + kind code``, so a trigger finds its own entry by
rowid (a b-tree lookup) rather than by scanning the unindexed ``kind``/``ref`` columns.

A later migration that recreates one of the indexed tables (a batch "move and copy") drops
that table's triggers with it and must create them again.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from collections.abc import Sequence
from dataclasses import dataclass

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "search_index"
COLUMNS = "rowid, kind, ref, app, day, detail, title, body, context"
NL = " || char(10) || "


def _app_heading(alias: str) -> str:
    return (
        f"CASE WHEN {alias}.role = '' THEN {alias}.company "
        f"ELSE {alias}.company || ' — ' || {alias}.role END"
    )


def _context(r: str) -> str:
    """The heading of the application a child row belongs to, or ''."""
    return (
        f"coalesce((SELECT {_app_heading('a')} FROM applications AS a "
        f"WHERE a.id = {r}.application_id), '')"
    )


@dataclass(frozen=True)
class Source:
    table: str
    kind: str
    code: int
    # Columns whose change means the entry must be rewritten (UPDATE OF ...).
    watched: tuple[str, ...]
    # SQL expressions over the row alias ``{r}``.
    app: str
    day: str
    detail: str
    title: str
    body: str
    context: str
    only_if: str = "1"

    def values(self, r: str) -> str:
        parts = [
            f"{r}.id * 8 + {self.code}",
            f"'{self.kind}'",
            f"{r}.id",
            self.app,
            self.day,
            self.detail,
            self.title,
            self.body,
            self.context,
        ]
        return ", ".join(p.format(r=r) for p in parts)

    def insert_row(self) -> str:
        cond = self.only_if.format(r="NEW")
        return f"INSERT INTO {INDEX} ({COLUMNS}) SELECT {self.values('NEW')} WHERE {cond};"

    def delete_row(self) -> str:
        return f"DELETE FROM {INDEX} WHERE rowid = OLD.id * 8 + {self.code};"

    def backfill(self) -> str:
        cond = self.only_if.format(r="r")
        return (
            f"INSERT INTO {INDEX} ({COLUMNS}) "
            f"SELECT {self.values('r')} FROM {self.table} AS r WHERE {cond}"
        )

    def triggers(self) -> dict[str, str]:
        t = self.table
        watched = ", ".join(self.watched)
        return {
            f"search_{t}_insert": (
                f"CREATE TRIGGER search_{t}_insert AFTER INSERT ON {t} "
                f"BEGIN {self.insert_row()} END"
            ),
            f"search_{t}_update": (
                f"CREATE TRIGGER search_{t}_update AFTER UPDATE OF {watched} ON {t} "
                f"BEGIN {self.delete_row()} {self.insert_row()} END"
            ),
            f"search_{t}_delete": (
                f"CREATE TRIGGER search_{t}_delete AFTER DELETE ON {t} "
                f"BEGIN {self.delete_row()} END"
            ),
        }


SOURCES = (
    Source(
        table="applications",
        kind="application",
        code=1,
        watched=("id", "company", "role", "notes", "job_description", "link", "applied_on"),
        app="{r}.id",
        day="{r}.applied_on",
        detail="''",
        title=_app_heading("{r}"),
        body="{r}.notes" + NL + "{r}.job_description" + NL + "{r}.link",
        context="''",
    ),
    Source(
        table="contacts",
        kind="contact",
        code=2,
        watched=("id", "name", "role", "company", "email", "notes"),
        app="NULL",
        day="NULL",
        detail="''",
        title="{r}.name",
        body="{r}.role" + NL + "{r}.company" + NL + "{r}.email" + NL + "{r}.notes",
        context="''",
    ),
    Source(
        table="events",
        kind="event",
        code=3,
        watched=("id", "application_id", "kind", "occurred_on", "details", "interviewers"),
        app="{r}.application_id",
        day="{r}.occurred_on",
        detail="{r}.kind",
        title="''",
        body="{r}.details" + NL + "{r}.interviewers",
        context=_context("{r}"),
    ),
    Source(
        table="checkins",
        kind="checkin",
        code=4,
        watched=("id", "application_id", "felt_at", "journal", "coping_note"),
        app="{r}.application_id",
        day="substr({r}.felt_at, 1, 10)",
        detail="''",
        title="''",
        body="{r}.journal" + NL + "{r}.coping_note",
        context=_context("{r}"),
    ),
    Source(
        table="feedback_notes",
        kind="feedback",
        code=5,
        watched=(
            "id",
            "application_id",
            "asked_whom",
            "asked_on",
            "answered_on",
            "request_text",
            "answer_text",
            "reaction",
            "lesson",
        ),
        app="{r}.application_id",
        day="coalesce({r}.answered_on, {r}.asked_on, substr({r}.created_at, 1, 10))",
        detail="''",
        title="{r}.asked_whom",
        body=NL.join(
            f"{{r}}.{c}" for c in ("request_text", "answer_text", "reaction", "lesson")
        ),
        context=_context("{r}"),
    ),
    Source(
        table="review_items",
        kind="review",
        code=6,
        watched=("id", "application_id", "stage", "label", "note", "dismissed"),
        app="{r}.application_id",
        day="NULL",
        detail="{r}.stage",
        title="{r}.label",
        body="{r}.note",
        context=_context("{r}"),
        # A dismissed item is hidden everywhere; search does not bring it back.
        only_if="{r}.dismissed = 0",
    ),
    Source(
        table="action_items",
        kind="action",
        code=7,
        watched=("id", "application_id", "text", "due_on", "source"),
        app="{r}.application_id",
        day="{r}.due_on",
        # Where it came from (feedback, review, manual): where the UI opens it.
        detail="{r}.source",
        title="''",
        body="{r}.text",
        context=_context("{r}"),
    ),
)

# Children carry their application's heading as context: a renamed company is renamed there too.
CHILD_ROWIDS = " UNION ALL ".join(
    f"SELECT id * 8 + {s.code} FROM {s.table} WHERE application_id = NEW.id"
    for s in SOURCES
    if s.table not in ("applications", "contacts")
)
CONTEXT_TRIGGER = "search_applications_context"


def upgrade() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5("
        "kind UNINDEXED, ref UNINDEXED, app UNINDEXED, day UNINDEXED, detail UNINDEXED, "
        "title, body, context, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for source in SOURCES:
        op.execute(source.backfill())
        for sql in source.triggers().values():
            op.execute(sql)
    op.execute(
        f"CREATE TRIGGER {CONTEXT_TRIGGER} AFTER UPDATE OF company, role ON applications "
        f"BEGIN UPDATE {INDEX} SET context = {_app_heading('NEW')} "
        f"WHERE rowid IN ({CHILD_ROWIDS}); END"
    )


def downgrade() -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {CONTEXT_TRIGGER}")
    for source in SOURCES:
        for name in source.triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {INDEX}")
