"""Import jrnl's JSON export (``jrnl --export json``) as check-ins.

jrnl writes ``{"tags": {...}, "entries": [{"title", "body", "date", "time", "tags",
"starred"}]}``. Each entry becomes a check-in at its date and time with the title and
body as the journal, the way jrnl itself shows them (title line, then body), followed by
a "Tags: @work" line and a "Starred" line when they apply. jrnl has no mood, so the
check-in's "overall" is the neutral middle the check-in form starts from.

Problems point at the line in the file where the entry starts, found by walking the
JSON a second time; a file too odd to walk falls back to the entry's number.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bounceback.services.exchange.common import (
    ExchangeError,
    ImportResult,
    Progress,
    RowProblem,
    no_progress,
)
from bounceback.services.exchange.import_checkins import (
    TAGS,
    CheckInDraft,
    add_checkins,
    make_draft,
    set_line,
)
from bounceback.services.exchange.import_dates import parse_moment
from bounceback.services.exchange.import_text import BadValue, ImportSource, load_text, refuse

NOT_JRNL = "This doesn't look like a jrnl export: it has no list of entries."


@dataclass(frozen=True)
class JrnlEntry:
    line: int  # where the entry starts in the file (its number if that can't be found)
    title: str
    body: str
    date: str
    time: str
    tags: tuple[str, ...]
    starred: bool


def read_jrnl(source: ImportSource) -> list[JrnlEntry]:
    """Read a jrnl JSON export (a path, its bytes or its text).

    Raises :class:`ExchangeError` for a file that isn't JSON or isn't jrnl's, and for
    entries that aren't shaped like jrnl's (listed as problems).
    """
    text, _encoding = load_text(source)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            "This file is damaged or cut off, so BounceBack can't read it.",
            problems=[RowProblem(exc.lineno, "The file stops making sense here.")],
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ExchangeError(NOT_JRNL)
    raw = data["entries"]
    lines = _entry_lines(text)
    if len(lines) != len(raw):
        lines = list(range(1, len(raw) + 1))
    entries: list[JrnlEntry] = []
    problems: list[RowProblem] = []
    for line, item in zip(lines, raw, strict=True):
        try:
            entries.append(_entry(line, item))
        except BadValue as exc:
            problems.append(RowProblem(line, exc.message))
    if problems:
        raise refuse(problems, "entry", "entries")
    return entries


def _text(item: dict[str, object], key: str) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadValue("This entry's “%1” isn't text.", key)
    return value


def _entry(line: int, item: object) -> JrnlEntry:
    if not isinstance(item, dict):
        raise BadValue("This entry isn't shaped like a jrnl entry.")
    tags = item.get("tags")
    return JrnlEntry(
        line=line, title=_text(item, "title"), body=_text(item, "body"),
        date=_text(item, "date"), time=_text(item, "time"),
        tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
        starred=item.get("starred") is True,
    )


def journal_text(entry: JrnlEntry) -> str:
    """Title line, body, then the tags and the star."""
    text = "\n".join(p for p in (entry.title.strip(), entry.body.strip()) if p)
    marks = []
    if entry.tags:
        marks.append(set_line(TAGS, entry.tags))
    if entry.starred:
        marks.append("Starred")
    return "\n\n".join(p for p in (text, "\n".join(marks)) if p)


def import_jrnl(session: Session, source: ImportSource | list[JrnlEntry],
                progress: Progress = no_progress) -> ImportResult:
    """Add the export's entries as check-ins, skipping those already there; never commits.

    Any bad entry (a date or time BounceBack can't read, a text too long) stops the whole
    import with :class:`ExchangeError` listing every such entry.
    """
    entries = source if isinstance(source, list) else read_jrnl(source)
    problems: list[RowProblem] = []
    drafts: list[CheckInDraft] = []
    for entry in entries:
        try:
            felt_at = parse_moment(entry.date, entry.time)
            drafts.append(make_draft(entry.line, felt_at, journal_text(entry)))
        except BadValue as exc:
            problems.append(RowProblem(entry.line, exc.message))
    if problems:
        raise refuse(problems, "entry", "entries")
    return add_checkins(session, drafts, progress)


_SPACE = re.compile(r"[ \t\n\r]*")


def _entry_lines(text: str) -> list[int]:
    """The line each item of the top-level "entries" list starts on ([] if not found)."""
    decoder = json.JSONDecoder()
    lines: list[int] = []
    counted, line = 0, 1

    def skip(i: int) -> int:
        found = _SPACE.match(text, i)
        return found.end() if found else i  # always found: the pattern matches ""

    try:
        i = skip(0)
        if text[i] != "{":
            return []
        i = skip(i + 1)
        while text[i] != "}":
            key, i = decoder.raw_decode(text, i)
            i = skip(i)
            if text[i] != ":":
                return []
            i = skip(i + 1)
            if key == "entries" and text[i] == "[":
                i = skip(i + 1)
                while text[i] != "]":
                    line += text.count("\n", counted, i)
                    counted = i
                    lines.append(line)
                    _, i = decoder.raw_decode(text, i)
                    i = skip(i)
                    if text[i] == ",":
                        i = skip(i + 1)
                return lines
            _, i = decoder.raw_decode(text, i)
            i = skip(i)
            if text[i] == ",":
                i = skip(i + 1)
    except (ValueError, IndexError):
        return []
    return []
