"""Applications as CSV, for a spreadsheet: one row each, archived ones included.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and some
treat a leading tab or carriage return the same way, so a company called ``=HYPERLINK(...)``
could do harm when the file is opened. Such cells get a leading apostrophe, which
spreadsheets show as plain text (OWASP's advice for CSV injection).
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.models import Application, Event
from bounceback.services.documents import documents_by_application
from bounceback.services.exchange.common import Progress, no_progress
from bounceback.services.exchange.export_files import save

SUFFIX = ".csv"

# Field names as the database has them, so the file reads the same as the JSON export.
COLUMNS: tuple[str, ...] = (
    "id",
    "company",
    "role",
    "status",
    "source",
    "applied_on",
    "last_activity",
    "link",
    "salary_min",
    "salary_max",
    "salary_currency",
    "archived",
    "reapply_after",
    "deadline",
    "notes",
    "job_description",
    # The names of its documents (their contents are in the JSON export), one per line.
    "documents",
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """``cell`` made safe to open in a spreadsheet: never read as a formula.

    Leading spaces are looked past too, since some spreadsheets trim them before deciding.
    """
    if cell.startswith(FORMULA_STARTS) or cell.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutralise(str(value))


def export_applications_csv(session: Session, progress: Progress = no_progress) -> str:
    """Every application as CSV text (RFC 4180: commas, double quotes, CRLF line ends)."""
    last = (
        select(Event.application_id, func.max(Event.occurred_on).label("last"))
        .group_by(Event.application_id)
        .subquery()
    )
    stmt = (
        select(Application, last.c.last)
        .outerjoin(last, last.c.application_id == Application.id)
        .order_by(Application.id)
    )
    found = session.execute(stmt).all()
    attached = documents_by_application(session)
    total = len(found)
    progress(0, total)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for done, (app, last_on) in enumerate(found, start=1):
        values = {c: getattr(app, c) for c in COLUMNS if c not in ("last_activity", "documents")}
        values["last_activity"] = last_on
        values["documents"] = "\n".join(attached.get(app.id, ()))
        writer.writerow([_cell(values[c]) for c in COLUMNS])
        if done % 100 == 0:
            progress(done, total)
    progress(total, total)
    return buffer.getvalue()


def write_applications_csv(
    session: Session, path: Path, progress: Progress = no_progress
) -> None:
    """Write the CSV atomically, readable by the user alone.

    UTF-8 with a byte-order mark: without it Excel reads the file as the local code page and
    turns every accent and emoji into noise.
    """
    text = export_applications_csv(session, progress)
    save(Path(path), text.encode("utf-8-sig"))
