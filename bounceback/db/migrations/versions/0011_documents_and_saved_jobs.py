"""Documents of an application, kept inside the store, and saved jobs' deadlines.

``document_contents`` holds each file's bytes once (by SHA-256), ``documents`` says which
application (or event) it belongs to, by which name and as what. A trigger removes content no
document points at any more, so every way a document goes (deleted, its application deleted by
cascade, an import replacing it) frees its bytes.

Search reads documents like everything else: their name, and their text (kept with the
content). Code 0 of the index's ``id * 8 + code`` rowids was free. The application-rename
trigger of 0004 lists the child tables it updates, so it is made again with documents in it.

``applications.deadline`` by plain ``ALTER TABLE ... ADD COLUMN``: recreating ``applications``
would drop its search triggers.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "search_index"
COLUMNS = "rowid, kind, ref, app, day, detail, title, body, context"
CODE = 0


def _heading(alias: str) -> str:
    return (f"CASE WHEN {alias}.role = '' THEN {alias}.company "
            f"ELSE {alias}.company || ' — ' || {alias}.role END")


def _values(r: str) -> str:
    context = (f"coalesce((SELECT {_heading('a')} FROM applications AS a "
               f"WHERE a.id = {r}.application_id), '')")
    body = f"coalesce((SELECT c.text FROM document_contents AS c WHERE c.id = {r}.content_id), '')"
    return (f"{r}.id * 8 + {CODE}, 'document', {r}.id, {r}.application_id, {r}.added_on, "
            f"{r}.kind, {r}.name, {body}, {context}")


def _insert(r: str) -> str:
    return f"INSERT INTO {INDEX} ({COLUMNS}) SELECT {_values(r)};"


# Every document's entry, as the triggers make them (a rebuild of the index reads this).
BACKFILL = f"INSERT INTO {INDEX} ({COLUMNS}) SELECT {_values('r')} FROM documents AS r"

DELETE = f"DELETE FROM {INDEX} WHERE rowid = OLD.id * 8 + {CODE};"
PRUNE = ("DELETE FROM document_contents WHERE id = OLD.content_id AND NOT EXISTS "
         "(SELECT 1 FROM documents WHERE content_id = OLD.content_id);")

TRIGGERS = {
    "search_documents_insert":
        f"CREATE TRIGGER search_documents_insert AFTER INSERT ON documents BEGIN "
        f"{_insert('NEW')} END",
    "search_documents_update":
        "CREATE TRIGGER search_documents_update AFTER UPDATE OF id, application_id, name, "
        f"kind, added_on, content_id ON documents BEGIN {DELETE} {_insert('NEW')} END",
    "search_documents_delete":
        f"CREATE TRIGGER search_documents_delete AFTER DELETE ON documents BEGIN {DELETE} END",
    "documents_free_content_on_delete":
        "CREATE TRIGGER documents_free_content_on_delete AFTER DELETE ON documents BEGIN "
        f"{PRUNE} END",
    "documents_free_content_on_update":
        "CREATE TRIGGER documents_free_content_on_update AFTER UPDATE OF content_id ON documents "
        f"BEGIN {PRUNE} END",
}

# 0004's rename trigger, child tables as it had them (codes 3–7), and now documents (0).
CONTEXT_TRIGGER = "search_applications_context"
CHILDREN_BEFORE = (("events", 3), ("checkins", 4), ("feedback_notes", 5), ("review_items", 6),
                   ("action_items", 7))


def _context_trigger(children: Sequence[tuple[str, int]]) -> str:
    rowids = " UNION ALL ".join(
        f"SELECT id * 8 + {code} FROM {table} WHERE application_id = NEW.id"
        for table, code in children)
    return (f"CREATE TRIGGER {CONTEXT_TRIGGER} AFTER UPDATE OF company, role ON applications "
            f"BEGIN UPDATE {INDEX} SET context = {_heading('NEW')} "
            f"WHERE rowid IN ({rowids}); END")


def upgrade() -> None:
    op.add_column("applications", sa.Column("deadline", sa.Date(), nullable=True))
    op.create_table(
        "document_contents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_contents")),
        sa.UniqueConstraint("sha256", name=op.f("uq_document_contents_sha256")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("content_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("kind", sa.Enum("cv", "cover_letter", "job_description", "email",
                                  "interview_notes", "other", name="documentkind",
                                  native_enum=False, create_constraint=False, length=32),
                  nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"],
                                name=op.f("fk_documents_application_id_applications"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["content_id"], ["document_contents.id"],
                                name=op.f("fk_documents_content_id_document_contents"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"],
                                name=op.f("fk_documents_event_id_events"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    op.create_index(op.f("ix_documents_application_id"), "documents", ["application_id"])
    op.create_index(op.f("ix_documents_event_id"), "documents", ["event_id"])
    op.create_index(op.f("ix_documents_content_id"), "documents", ["content_id"])
    for sql in TRIGGERS.values():
        op.execute(sql)
    op.execute(f"DROP TRIGGER IF EXISTS {CONTEXT_TRIGGER}")
    op.execute(_context_trigger((*CHILDREN_BEFORE, ("documents", CODE))))


def downgrade() -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {CONTEXT_TRIGGER}")
    op.execute(_context_trigger(CHILDREN_BEFORE))
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DELETE FROM {INDEX} WHERE kind = 'document'")
    op.drop_index(op.f("ix_documents_content_id"), table_name="documents")
    op.drop_index(op.f("ix_documents_event_id"), table_name="documents")
    op.drop_index(op.f("ix_documents_application_id"), table_name="documents")
    op.drop_table("documents")
    op.drop_table("document_contents")
    # Saved jobs are jobs not applied to yet: an older BounceBack has no such status.
    op.execute("UPDATE applications SET status = 'applied' WHERE status = 'saved'")
    op.drop_column("applications", "deadline")
