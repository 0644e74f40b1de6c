"""Helpers shared by the search tests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text
from sqlalchemy.orm import Session

from bounceback.services import search as srch

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


