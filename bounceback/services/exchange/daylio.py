"""Import Daylio's CSV export as check-ins.

Daylio writes one row per entry: ``full_date,date,weekday,time,mood,activities,
note_title,note`` (older versions: ``year,date,...,note`` with dates like "18 May").
Each entry becomes a check-in at its moment, its mood on our 1-10 "overall" scale and
its title, note (rich text made plain) and activities in the journal.

Daylio's five standard moods map to rad 10, good 8, meh 5, bad 3, awful 1. People can
rename or add moods, and the export only keeps the name, so a name BounceBack doesn't
know is never guessed: the row is reported, and the window can ask where that mood sits
(:func:`unknown_moods`) and import again with ``moods={"super": 9}``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bounceback.services import vocabulary as vocab
from bounceback.services.errors import Message
from bounceback.services.exchange.common import (
    ExchangeError,
    ImportResult,
    Progress,
    RowProblem,
    no_progress,
)
from bounceback.services.exchange.import_checkins import (
    ACTIVITIES,
    CheckInDraft,
    add_checkins,
    make_draft,
    set_line,
)
from bounceback.services.exchange.import_dates import NO_TIME, day_first_for, parse_day, parse_time
from bounceback.services.exchange.import_table import CsvRow, read_csv_table
from bounceback.services.exchange.import_text import (
    BadValue,
    ImportSource,
    html_to_text,
    refuse,
)

DAYLIO_MOODS: dict[str, int] = {"rad": 10, "good": 8, "meh": 5, "bad": 3, "awful": 1}
ACTIVITY_SEPARATOR = "|"


@dataclass(frozen=True)
class DaylioEntry:
    line: int
    day: str  # as written: "2025-03-01", or "18 May 2018" from an old export
    time: str
    mood: str
    activities: tuple[str, ...]
    title: str
    note: str  # plain text, line ends as newlines


@dataclass(frozen=True)
class DaylioFile:
    entries: tuple[DaylioEntry, ...]
    problems: tuple[RowProblem, ...] = ()  # rows the file itself spoils (cut off ...)

    @property
    def moods(self) -> list[str]:
        """Every mood name in the file, in order of first use."""
        return list(dict.fromkeys(e.mood for e in self.entries if e.mood))


def _mood_key(label: str) -> str:
    return " ".join(label.casefold().split())


def read_daylio(source: ImportSource) -> DaylioFile:
    """Read a Daylio CSV export (a path, its bytes or its text)."""
    table = read_csv_table(source, delimiters=",;\t")
    col = {_mood_key(h): i for i, h in enumerate(table.headers)}
    has_day = "full_date" in col or {"year", "date"} <= col.keys()
    missing = [name for name, ok in (("full_date", has_day), ("time", "time" in col),
                                     ("mood", "mood" in col)) if not ok]
    if missing:
        raise ExchangeError("This doesn't look like a Daylio export: it has no "
                            f"“{missing[0]}” column.")
    entries = tuple(_entry(row, col) for row in table.rows)
    return DaylioFile(entries, table.problems)


def _entry(row: CsvRow, col: dict[str, int]) -> DaylioEntry:
    def get(name: str) -> str:
        return row.get(col.get(name))

    day = get("full_date") or (f"{get('date')} {get('year')}" if get("year") else "")
    activities = tuple(a.strip() for a in get("activities").split(ACTIVITY_SEPARATOR))
    return DaylioEntry(
        line=row.line, day=day, time=get("time"), mood=get("mood"),
        activities=tuple(a for a in activities if a),
        title=html_to_text(get("note_title")).strip(), note=html_to_text(get("note")).strip(),
    )


def unknown_moods(file: DaylioFile, moods: Mapping[str, int] | None = None) -> list[str]:
    """The file's mood names that neither Daylio's five nor ``moods`` place."""
    known = _scale(moods)
    return [m for m in file.moods if _mood_key(m) not in known]


def _scale(moods: Mapping[str, int] | None) -> dict[str, int]:
    scale = dict(DAYLIO_MOODS)
    for label, value in (moods or {}).items():
        if not vocab.OVERALL_MIN <= value <= vocab.OVERALL_MAX:
            raise ValueError(f"mood {value} is outside {vocab.OVERALL_MIN}..{vocab.OVERALL_MAX}")
        scale[_mood_key(label)] = value
    return scale


def journal_text(entry: DaylioEntry) -> str:
    """Title, note, then a line naming the activities."""
    parts = [entry.title, entry.note]
    if entry.activities:
        parts.append(set_line(ACTIVITIES, entry.activities))
    return "\n\n".join(p for p in parts if p)


def import_daylio(
    session: Session,
    source: ImportSource | DaylioFile,
    progress: Progress = no_progress,
    *,
    moods: Mapping[str, int] | None = None,
) -> ImportResult:
    """Add the export's entries as check-ins, skipping those already there; never commits.

    Any bad row (a date, time or mood BounceBack can't read, a note too long) stops the
    whole import with :class:`ExchangeError` listing every such row.
    """
    file = source if isinstance(source, DaylioFile) else read_daylio(source)
    scale = _scale(moods)
    # A file opened and saved in a spreadsheet may have its dates rewritten as 01/03/2025.
    day_first = day_first_for(e.day for e in file.entries)
    problems = list(file.problems)
    drafts: list[CheckInDraft] = []
    for entry in file.entries:
        messages: list[str] = []
        draft = _draft(entry, scale, day_first, messages)
        problems += [RowProblem(entry.line, m) for m in messages]
        if draft is not None:
            drafts.append(draft)
    if problems:
        raise refuse(problems)
    return add_checkins(session, drafts, progress)


def _draft(entry: DaylioEntry, scale: dict[str, int], day_first: bool | None,
           messages: list[str]) -> CheckInDraft | None:
    felt_at: dt.datetime | None = None
    try:
        felt_at = _moment(entry, day_first)
    except BadValue as exc:
        messages.append(exc.message)
    overall = scale.get(_mood_key(entry.mood))
    if overall is None:
        messages.append(Message(
            "BounceBack doesn't know the mood “%1” yet; please say where it sits from 1 to 10.",
            entry.mood) if entry.mood else Message("The mood is missing."))
    if felt_at is None or overall is None:
        return None
    try:
        return make_draft(entry.line, felt_at, journal_text(entry), overall)
    except BadValue as exc:
        messages.append(exc.message)
        return None


def _moment(entry: DaylioEntry, day_first: bool | None) -> dt.datetime:
    if not entry.day.strip():
        raise BadValue("The date is missing.")
    day = parse_day(entry.day, day_first)
    clock = parse_time(entry.time) if entry.time.strip() else NO_TIME
    return dt.datetime.combine(day, clock)
