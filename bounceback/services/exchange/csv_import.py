"""Import applications from a spreadsheet saved as CSV, after a column-mapping step.

The window reads the file (:func:`read_csv_table`), proposes which column is which
(:func:`guess_mapping`), lets the person correct it, then calls
:func:`import_applications_csv` inside one transaction.

Every row is checked before anything is written: if any row is bad, :class:`ExchangeError`
lists them all (with their line in the file) and nothing is added. Rows are added through
``applications.create_application``, so an imported application gets the same checks and
timeline events as a typed one. What BounceBack has no place for (an unknown status, a
link that isn't a web address, "competitive" as a salary, unmapped columns) is kept in
the notes rather than refused or dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import partial
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.enums import Status
from bounceback.db.models import Application
from bounceback.services import applications as apps
from bounceback.services import plans
from bounceback.services.errors import ValidationError
from bounceback.services.exchange.common import (
    ExchangeError,
    ImportResult,
    Progress,
    RowProblem,
    no_progress,
)
from bounceback.services.exchange.import_dates import day_first_for, parse_day
from bounceback.services.exchange.import_fields import (
    FIELD_KEYS,
    FIELDS,
    CsvField,
    guess_mapping,
    read_salary,
    read_source,
    read_status,
)
from bounceback.services.exchange.import_table import CsvRow, CsvTable, read_csv_table
from bounceback.services.exchange.import_text import BadValue, is_blank, refuse
from bounceback.services.validation import SHORT, check_url, clean_text

__all__ = [
    "FIELDS",
    "CsvField",
    "CsvRow",
    "CsvTable",
    "guess_mapping",
    "import_applications_csv",
    "read_csv_table",
]

T = TypeVar("T")

KIND = "applications"
PROGRESS_EVERY = 100
DATE_FIELDS = ("applied_on", "status_on")


@dataclass(frozen=True)
class _Planned:
    line: int
    data: apps.ApplicationInput
    status_on: dt.date | None


def import_applications_csv(
    session: Session,
    table: CsvTable,
    mapping: Mapping[str, str | None],
    progress: Progress = no_progress,
    *,
    day_first: bool | None = None,
    keep_other_columns: bool = True,
    today: dt.date | None = None,
) -> ImportResult:
    """Add the table's applications that aren't already there; never commits.

    ``mapping`` is our field -> header (see :data:`FIELDS`). ``day_first`` forces how
    dates like 01/03/2025 are read; None decides per column (see ``import_dates``).
    With ``keep_other_columns`` the cells of unmapped columns go into the notes as
    "Header: value". A status other than "applied" is recorded on the "Date of the
    status" column's day, else on ``today``, as when it is changed by hand.
    """
    columns = _columns(table, mapping)
    orders = {f: day_first if day_first is not None else day_first_for(table.column(mapping.get(f)))
              for f in DATE_FIELDS}
    others = [(h, i) for i, h in enumerate(table.headers)
              if keep_other_columns and i not in columns.values()]
    problems = list(table.problems)
    planned: list[_Planned] = []
    for row in table.rows:
        messages: list[str] = []
        item = _plan(row, columns, orders, others, messages)
        problems += [RowProblem(row.line, m) for m in messages]
        if item is not None and not messages:
            planned.append(item)
    if problems:
        raise refuse(problems)
    return _write(session, planned, progress, today or dt.date.today())


def _columns(table: CsvTable, mapping: Mapping[str, str | None]) -> dict[str, int]:
    unknown = set(mapping) - FIELD_KEYS
    if unknown:
        raise ValueError(f"not application fields: {sorted(unknown)}")
    columns: dict[str, int] = {}
    for field, header in mapping.items():
        if header is None:
            continue
        index = table.index(header)
        if index is None:
            raise ExchangeError("The column “%1” isn't in this file any more; "
                                "please choose the columns again.", header)
        columns[field] = index
    for wanted in FIELDS:
        if wanted.required and wanted.key not in columns:
            raise ExchangeError("Please choose which column holds “%1”.",
                                wanted.label)
    return columns


def _plan(row: CsvRow, columns: dict[str, int], orders: dict[str, bool | None],
          others: list[tuple[str, int]], messages: list[str]) -> _Planned | None:
    """One row as an application input; what's wrong with it goes into ``messages``."""

    def cell(field: str) -> str:
        value = row.get(columns.get(field))
        return "" if is_blank(value) else value

    notes_extra: list[str] = []
    company = _checked(messages, lambda: clean_text(
        "company", cell("company"), limit=SHORT, required=True, label="The company"))
    role = _checked(messages, lambda: clean_text(
        "role", cell("role"), limit=SHORT, required=True, label="The role"))
    def day(field: str) -> dt.date | None:
        return parse_day(cell(field), orders[field]) if cell(field) else None

    days = {f: _checked(messages, partial(day, f)) for f in DATE_FIELDS}
    status, keep = read_status(cell("status"))
    if keep:
        notes_extra.append(f"Status in the spreadsheet: {cell('status')}")
    source, keep = read_source(cell("source"))
    if keep:
        notes_extra.append(f"Source: {cell('source')}")
    link = _link(cell("link"), notes_extra)
    salary = _salary(cell("salary_min"), cell("salary_max"), cell("salary_currency"),
                     notes_extra)
    notes_extra += [f"{header}: {row.get(i)}" for header, i in others
                    if not is_blank(row.get(i))]
    joined = "\n\n".join(part for part in (cell("notes"), "\n".join(notes_extra)) if part)
    notes = _checked(messages, lambda: clean_text("notes", joined, label="The notes"))
    description = _checked(messages, lambda: clean_text(
        "job_description", cell("job_description"), label="The job description"))
    if messages or company is None or role is None:
        return None
    data = apps.ApplicationInput(
        company=company, role=role, link=link, source=source, applied_on=days["applied_on"],
        salary_min=salary[0], salary_max=salary[1], salary_currency=salary[2],
        job_description=description or "", notes=notes or "", status=status,
    )
    return _Planned(row.line, data, days["status_on"])


def _checked(messages: list[str], check: Callable[[], T]) -> T | None:
    """The checked value, or None with the reason added to ``messages``."""
    try:
        return check()
    except (BadValue, ValidationError) as exc:
        messages.append(exc.message)
        return None


def _link(text: str, notes: list[str]) -> str:
    """A web address, or "" with the text kept in the notes ("see the email")."""
    if not text:
        return ""
    try:
        return check_url("link", text)
    except ValidationError:
        notes.append(f"Link: {text}")
        return ""


def _salary(low_text: str, high_text: str, currency_text: str,
            notes: list[str]) -> tuple[int | None, int | None, str]:
    """Salary range and currency; what isn't an amount is kept in the notes."""
    low = high = None
    currency = ""
    for text, is_high in ((low_text, False), (high_text, True)):
        if not text:
            continue
        read = read_salary(text)
        if read is None:
            notes.append(f"Salary: {text}")
            continue
        first, second, found = read
        currency = currency or found
        if is_high:
            high = second if second is not None else first
        else:
            low, high = first, second if second is not None else high
    if low is not None and high is not None and low > high:
        notes.append(f"Salary: {low_text} – {high_text}")
        low = high = None
    code = currency_text.strip().upper()
    if code and (len(code) > 8 or not code.isalpha()):
        notes.append(f"Currency: {currency_text}")
        code = ""
    return low, high, code or currency


def same_application(company: str, role: str, applied_on: dt.date | None) -> tuple[str, str, str]:
    """The key two applications share when one is the other imported again."""
    return (apps.same_company(company), apps.same_company(role),
            applied_on.isoformat() if applied_on else "")


def _write(session: Session, planned: list[_Planned], progress: Progress,
           today: dt.date) -> ImportResult:
    result = ImportResult()
    result.added[KIND] = result.skipped[KIND] = 0
    seen = {same_application(*row) for row in session.execute(
        select(Application.company, Application.role, Application.applied_on))}
    total = len(planned)
    progress(0, total)
    for done, item in enumerate(planned, start=1):
        key = same_application(item.data.company, item.data.role, item.data.applied_on)
        if key in seen:
            result.skip(KIND)
        else:
            seen.add(key)
            _add(session, item, today)
            result.add(KIND)
        if done % PROGRESS_EVERY == 0 or done == total:
            progress(done, total)
    return result


def _add(session: Session, item: _Planned, today: dt.date) -> None:
    """Created as applied (on its own date), then moved to its status, so the timeline
    shows both steps the way it does for an application entered by hand."""
    data = item.data
    try:
        # A job saved to apply to was never applied to: it starts, and stays, saved.
        first = Status.SAVED if data.status == Status.SAVED else Status.APPLIED
        created = apps.create_application(session, replace(data, status=first), today=today)
        if data.status != first:
            apps.update_application(session, created.id, data,
                                    status_on=item.status_on or today)
            # A spreadsheet of past rejections should not open a plan for each of them:
            # the plans are there, put away, for whichever the person wants to work on.
            plan = plans.plan_for_application(session, created.id)
            if plan is not None:
                plans.set_dismissed(session, plan.id, True)
    except ValidationError as exc:  # checked above already; a safety net, not a path
        raise refuse([RowProblem(item.line, exc.message)]) from None
