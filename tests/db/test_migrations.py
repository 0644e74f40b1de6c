"""Migrations: every path to head ends at exactly the models' schema, and keeps the data.

Parametrised over ``migrate.all_revisions()``, so each new revision is covered as soon as
it is added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Connection, Engine, Enum, MetaData, inspect, select
from sqlalchemy.orm import Session

from bounceback.db import migrate
from bounceback.db.models import Base
from bounceback.db.store import make_engine
from bounceback.services import applications as apps
from bounceback.services.search import is_index_table

REVISIONS = migrate.all_revisions()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    e = make_engine(tmp_path / "migrations.sqlite3")
    yield e
    e.dispose()


def _upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as conn:
        migrate.upgrade(conn, revision)


def _downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as conn:
        migrate.downgrade(conn, revision)


def _schema_diff(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        # The search index (FTS5 and its shadow tables) is derived data outside the models.
        opts = {"compare_type": True, "include_name": _not_search_index}
        ctx = MigrationContext.configure(conn, opts=opts)
        return compare_metadata(ctx, Base.metadata)


def _not_search_index(name: str | None, type_: str, _parents: Any) -> bool:
    return not (type_ == "table" and name is not None and is_index_table(name))


def _revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return migrate.current_revision(conn)


def _tables(engine: Engine) -> set[str]:
    names = set(inspect(engine).get_table_names()) - {"alembic_version"}
    return {n for n in names if not is_index_table(n)}


def test_revision_history_is_linear_and_known() -> None:
    assert REVISIONS
    assert REVISIONS[-1] == migrate.head()
    assert len(set(REVISIONS)) == len(REVISIONS)
    assert len(migrate.script().get_heads()) == 1
    assert all(migrate.is_known(r) for r in REVISIONS)
    assert not migrate.is_known("9999_from_the_future")


def test_empty_database_upgraded_to_head_matches_models(engine: Engine) -> None:
    _upgrade(engine)
    assert _revision(engine) == migrate.head()
    assert _schema_diff(engine) == []
    assert _tables(engine) == set(Base.metadata.tables)


@pytest.mark.parametrize("revision", REVISIONS)
def test_every_revision_upgrades_to_the_same_head_schema(engine: Engine, revision: str) -> None:
    _upgrade(engine, revision)
    assert _revision(engine) == revision
    _upgrade(engine)
    assert _revision(engine) == migrate.head()
    assert _schema_diff(engine) == []


def test_downgrade_to_base_and_up_again(engine: Engine) -> None:
    _upgrade(engine)
    _downgrade(engine, "base")
    assert _revision(engine) is None
    assert _tables(engine) == set()
    _upgrade(engine)
    assert _schema_diff(engine) == []


def test_each_step_down_and_back_up(engine: Engine) -> None:
    _upgrade(engine)
    for revision in reversed(REVISIONS):
        assert _revision(engine) == revision
        _downgrade(engine, "-1")
    assert _revision(engine) is None
    for revision in REVISIONS:
        _upgrade(engine, "+1")
        assert _revision(engine) == revision
    assert _schema_diff(engine) == []


# --- data survives -------------------------------------------------------------------------
#
# At each revision every table present gets one row, made up from the column types (and, for
# columns the models store as enums, a valid enum value). After upgrading to head each row
# must still be there with the same values in every column that still exists, and the ORM
# must be able to load it.


def _value_for(table: str, col: Column[Any], seeded: dict[str, dict[str, Any]]) -> Any:
    for fk in col.foreign_keys:
        return seeded[fk.column.table.name][fk.column.name]
    model_table = Base.metadata.tables.get(table)
    model_col = model_table.c.get(col.name) if model_table is not None else None
    if model_col is not None and isinstance(model_col.type, Enum):
        return model_col.type.enums[0]
    kind = col.type.python_type
    if kind is bool:
        return False
    if kind is int:
        return 1
    if kind is dt.datetime:
        return dt.datetime(2025, 3, 4, 5, 6, 7)
    if kind is dt.date:
        return dt.date(2025, 3, 4)
    if kind is str:
        length = getattr(col.type, "length", None) or 1000
        return f"{table}.{col.name} ✓"[:length]
    if kind is bytes:
        return f"{table}.{col.name} ✓".encode() + bytes(range(256))
    raise AssertionError(f"no sample value for {table}.{col.name} ({col.type!r})")


def _seed(conn: Connection) -> dict[str, dict[str, Any]]:
    meta = MetaData()
    # The search index is filled by triggers from the rows seeded here.
    meta.reflect(conn, only=lambda name, _meta: not is_index_table(name))
    seeded: dict[str, dict[str, Any]] = {}
    for table in meta.sorted_tables:
        if table.name == "alembic_version":
            continue
        values = {c.name: _value_for(table.name, c, seeded) for c in table.columns}
        conn.execute(table.insert().values(values))
        seeded[table.name] = values
    return seeded


@pytest.mark.parametrize("revision", REVISIONS)
def test_data_written_at_a_revision_survives_upgrade_to_head(
    engine: Engine, revision: str
) -> None:
    _upgrade(engine, revision)
    with engine.begin() as conn:
        seeded = _seed(conn)
    assert seeded, f"revision {revision} has no tables to put data in"
    _upgrade(engine)

    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        for name, values in seeded.items():
            if name not in meta.tables:
                continue  # a later revision dropped the table on purpose
            table = meta.tables[name]
            rows = conn.execute(select(table)).mappings().all()
            assert len(rows) == 1, name
            kept = {k: v for k, v in values.items() if k in table.c}
            assert {k: rows[0][k] for k in kept} == kept, name

    with Session(engine) as session:
        for mapper in Base.registry.mappers:
            if mapper.local_table.name in seeded:
                assert session.scalars(select(mapper.class_)).all(), mapper.class_.__name__
        listed = apps.list_applications(session, apps.ApplicationFilter(include_archived=True))
        assert len(listed) == 1
        assert apps.get_application(session, listed[0].id).company.startswith("applications.")


def test_the_known_revisions_without_alembic_match_the_scripts() -> None:
    from bounceback.db import revisions

    assert list(revisions.KNOWN) == migrate.all_revisions()
    assert migrate.head() == revisions.HEAD


def test_opening_an_up_to_date_store_does_not_import_alembic(tmp_path) -> None:
    import subprocess
    import sys

    from bounceback.db.store import open_store

    open_store(tmp_path / "s.sqlite3", backups=tmp_path / "b").close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from bounceback.db.store import open_store\n"
        f"open_store(Path({str(tmp_path / 's.sqlite3')!r}), backups=Path({str(tmp_path / 'b')!r}))"
        ".close()\n"
        "print(sorted(m for m in sys.modules if m.startswith('alembic')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "[]"


def _add_application(engine: Engine) -> None:
    """One application, in the columns every revision has (the models' may have more)."""
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO applications (id, company, role, link, source, salary_currency,"
            " job_description, notes, status, archived, created_at, updated_at) VALUES"
            " (1, 'Acme', 'Designer', '', 'direct', '', '', '', 'applied', 0, '2025-02-01',"
            " '2025-02-01')")


def test_0009_reads_stored_sentences_back_into_a_key_and_a_fact(engine: Engine) -> None:
    """What earlier versions wrote in English (and the thank-you note the window wrote in
    Spanish) becomes language-neutral; the person's own words stay exactly as typed."""
    _upgrade(engine, "0008")
    stored = [
        ("plan_step", "Be gracious and stay connected: done"),
        ("feedback_requested", "Asked Sam (recruiter) for feedback"),
        ("feedback_received", "Feedback from Sam (recruiter)"),
        ("thank_you_sent", "Nota de agradecimiento a Dana"),
        ("thank_you_sent", "Thank-you note sent"),
        ("follow_up", "Got back in touch with Li"),
        ("reapplied", "Applied again after “Designer”"),
        ("status_change", "No response from the company"),
        ("note", "Asked Sam for feedback"),  # the person's own note, in the same words
        ("plan_step", "My own step: done"),
    ]
    _add_application(engine)
    with engine.begin() as conn:
        for i, (kind, details) in enumerate(stored, start=1):
            conn.exec_driver_sql(
                "INSERT INTO events (id, application_id, kind, occurred_on, details,"
                " interviewers, created_at, updated_at) VALUES (?, 1, ?, '2025-02-01', ?, '',"
                " '2025-02-01', '2025-02-01')", (i, kind, details))
    _upgrade(engine)
    with engine.connect() as conn:
        found = conn.exec_driver_sql("SELECT said, details FROM events ORDER BY id").all()
    assert [tuple(r) for r in found] == [
        ("step_done", "connect"),
        ("asked_feedback", "Sam (recruiter)"),
        ("feedback_from", "Sam (recruiter)"),
        ("thank_you_to", "Dana"),
        ("thank_you_sent", ""),
        ("back_in_touch", "Li"),
        ("applied_again", "Designer"),
        ("ghosted", ""),
        ("", "Asked Sam for feedback"),
        ("", "My own step: done"),
    ]


def test_0010_lets_review_items_made_from_the_timeline_be_worded_from_their_event(
    engine: Engine,
) -> None:
    """Labels earlier versions generated in English become empty (worded from the event in
    the window's language); a label the person changed stays theirs. Down again, they are
    written back as they were."""
    _upgrade(engine, "0009")
    rows = [  # (kind, round, interviewers, said, details, the label stored)
        ("interview", 2, "Kim and Lee", "", "",
         "Interview round 2 on 01 Feb 2025 with Kim and Lee"),
        ("interview", None, "", "", "", "Interview on 01 Feb 2025 — went well"),
        ("screen", None, "", "", "", "Screening call on 01 Feb 2025"),
        ("recruiter_contact", None, "", "", "Sam wrote\nmore", "First contact with the recruiter"
         " on 01 Feb 2025: Sam wrote"),
        ("follow_up", None, "", "back_in_touch", "Li", "Follow-up on 01 Feb 2025: Got back in"
         " touch with Li"),
        ("correspondence", None, "", "", "", "Message on 01 Feb 2025"),
    ]
    _add_application(engine)
    with engine.begin() as conn:
        for i, (kind, round_, who, said, details, label) in enumerate(rows, start=1):
            conn.exec_driver_sql(
                "INSERT INTO events (id, application_id, kind, occurred_on, details,"
                " interview_round, interviewers, said, created_at, updated_at) VALUES"
                " (?, 1, ?, '2025-02-01', ?, ?, ?, ?, '2025-02-01', '2025-02-01')",
                (i, kind, details, round_, who, said))
            conn.exec_driver_sql(
                "INSERT INTO review_items (id, application_id, stage, label, position, note,"
                " event_id, dismissed, created_at, updated_at) VALUES (?, 1, 'interview', ?,"
                " ?, '', ?, 0, '2025-02-01', '2025-02-01')", (i, label, i, i))
    _upgrade(engine)
    with engine.connect() as conn:
        labels = [r[0] for r in conn.exec_driver_sql("SELECT label FROM review_items ORDER BY id")]
    assert labels == ["", "Interview on 01 Feb 2025 — went well", "", "", "", ""]
    _downgrade(engine, "0009")
    with engine.connect() as conn:
        labels = [r[0] for r in conn.exec_driver_sql("SELECT label FROM review_items ORDER BY id")]
    assert labels == [row[-1] for row in rows]


def test_0011_documents_are_searched_renamed_with_their_application_and_freed_when_gone(
    engine: Engine,
) -> None:
    """Documents' triggers: the index names a document by its application (kept up to date
    on a rename), bytes no document points at go, and down again a saved job is applied."""
    _upgrade(engine, "0010")
    _add_application(engine)
    _upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO document_contents (id, sha256, size, data, text, created_at) VALUES"
            " (1, 'x', 3, x'010203', 'dashboards in tableau', '2025-02-01')")
        for ident in (1, 2):
            conn.exec_driver_sql(
                "INSERT INTO documents (id, application_id, content_id, name, kind, added_on,"
                " created_at, updated_at) VALUES (?, 1, 1, 'cv.pdf', 'cv', '2025-02-01',"
                " '2025-02-01', '2025-02-01')", (ident,))
        conn.exec_driver_sql("UPDATE applications SET company = 'Acme Labs' WHERE id = 1")
        found = conn.exec_driver_sql(
            "SELECT kind, ref, title, context FROM search_index WHERE search_index MATCH"
            " 'tableau' ORDER BY ref").all()
        assert [tuple(r) for r in found] == [("document", 1, "cv.pdf", "Acme Labs — Designer"),
                                             ("document", 2, "cv.pdf", "Acme Labs — Designer")]
        conn.exec_driver_sql("DELETE FROM documents WHERE id = 1")
        assert conn.exec_driver_sql("SELECT count(*) FROM document_contents").scalar() == 1
        conn.exec_driver_sql("DELETE FROM applications WHERE id = 1")  # cascades
        assert conn.exec_driver_sql("SELECT count(*) FROM document_contents").scalar() == 0
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM search_index WHERE kind = 'document'").scalar() == 0
    _add_application(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE applications SET status = 'saved' WHERE id = 1")
    _downgrade(engine, "0010")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT status FROM applications").scalar() == "applied"
