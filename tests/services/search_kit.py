"""Helpers shared by the search tests."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from bounceback.services import search as srch

# What a rebuild of the index from the tables makes: the migrations' own statements.
index_migration = importlib.import_module("bounceback.db.migrations.versions.0004_search")
documents_migration = importlib.import_module(
    "bounceback.db.migrations.versions.0011_documents_and_saved_jobs")

KEY = "correct horse battery"
# When and how the search tests' check-ins were felt, unless a test says otherwise.
EVENING = dt.datetime(2025, 3, 5, 20, 15)
SAD = (("sadness", 6),)


def found(session: Session, query: str, **kw: object) -> set[tuple[str, int]]:
    return {(h.kind, h.ref) for h in srch.search(session, query, **kw)}  # type: ignore[arg-type]


def indexed(session: Session) -> set[tuple[str, int]]:
    rows = session.execute(text("SELECT kind, ref FROM search_index")).all()
    return {(k, int(r)) for k, r in rows}


def check_index(session: Session) -> None:
    # FTS5's own check that its index matches the text it stores; raises if not.
    session.execute(text("INSERT INTO search_index(search_index) VALUES ('integrity-check')"))




def index_rows(session: Session) -> list[tuple[Any, ...]]:
    """Every entry of the index, whole, in rowid order."""
    return [tuple(r) for r in session.execute(text(
        "SELECT rowid, kind, ref, app, day, detail, title, body, context "
        "FROM search_index ORDER BY rowid"))]


def rebuilt_index_rows(session: Session) -> list[tuple[Any, ...]]:
    """What :func:`index_rows` would be after the index was rebuilt from the tables by the
    migrations' backfills; the rebuild itself is rolled back (a savepoint)."""
    nested = session.begin_nested()
    try:
        session.execute(text("DELETE FROM search_index"))
        for source in index_migration.SOURCES:
            session.execute(text(source.backfill()))
        session.execute(text(documents_migration.BACKFILL))
        return index_rows(session)
    finally:
        nested.rollback()
