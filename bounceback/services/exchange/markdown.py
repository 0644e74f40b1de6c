"""The journal as Markdown: check-ins and feedback notes, day by day, oldest first.

Meant to be read, printed or kept in a notes program. What the person wrote is kept as they
wrote it; only a line that would turn into a heading of this document is escaped, so their
words can't reshape the page around them. Dates are ISO and day names English, whatever the
machine's locale, so the same data always gives the same file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bounceback.db.enums import Channel, FeedbackStatus
from bounceback.db.models import Application, CheckIn, FeedbackNote
from bounceback.services import vocabulary as vocab
from bounceback.services.exchange.common import Progress, no_progress
from bounceback.services.exchange.export_files import save

SUFFIX = ".md"

TITLE = "# My BounceBack journal"

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

STATUS_WORDS: dict[FeedbackStatus, str] = {
    FeedbackStatus.DRAFT: "not asked yet",
    FeedbackStatus.ASKED: "asked, waiting for an answer",
    FeedbackStatus.ANSWERED: "answered",
    FeedbackStatus.NO_ANSWER: "no answer came",
}

# How a request was sent, as the end of "Asked on 2025-03-21 ...".
CHANNEL_WORDS: dict[Channel, str] = {
    Channel.EMAIL: "by email",
    Channel.PHONE: "by phone",
    Channel.LINKEDIN: "on LinkedIn",
    Channel.IN_PERSON: "in person",
    Channel.OTHER: "",
}

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
# Lines that Markdown reads as headings or a heading's underline.
_BLOCK_HEADING = re.compile(r"^( {0,3})(#|=+\s*$|-+\s*$)", re.MULTILINE)


@dataclass(frozen=True)
class _Entry:
    day: dt.date
    order: tuple[object, ...]
    text: str


def inline(text: str) -> str:
    """Short text for a heading or a list item: one line, Markdown characters escaped."""
    return _INLINE_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def block(text: str) -> str:
    """Text the person wrote, kept as it is except that it can't become a heading."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return _BLOCK_HEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _label(app: Application | None) -> str:
    return inline(f"{app.company} — {app.role}") if app else ""


def _emotion(key: str) -> str:
    word = vocab.EMOTIONS.get(key)
    return word.label if word else key


def _checkin(c: CheckIn, app: Application | None) -> _Entry:
    title = f"### {c.felt_at:%H:%M} · Check-in"
    if app:
        title += f" · {_label(app)}"
    feelings = []
    for e in c.emotions:
        after = f" → {e.intensity_after}" if e.intensity_after is not None else ""
        feelings.append(f"{inline(_emotion(e.emotion))} {e.intensity}{after}")
    lines = [title, "", f"- Overall: {c.overall} / 10"]
    if feelings:
        lines.append(f"- Feelings (1–10, then afterwards): {', '.join(feelings)}")
    if c.coping_method:
        word = vocab.COPING.get(c.coping_method)
        coping = inline(word.label if word else c.coping_method)
        if c.coping_note:
            coping += f": {inline(c.coping_note)}"
        lines.append(f"- Coping: {coping}")
    if c.journal.strip():
        lines += ["", block(c.journal)]
    return _Entry(c.felt_at.date(), (0, c.felt_at, c.id), "\n".join(lines))


def _feedback(f: FeedbackNote, app: Application | None) -> _Entry:
    day = f.answered_on or f.asked_on or f.created_at.date()
    title = f"### Feedback from {inline(f.asked_whom)}"
    if app:
        title += f" · {_label(app)}"
    lines = [title, "", f"- Status: {STATUS_WORDS.get(f.status, str(f.status.value))}"]
    if f.asked_on:
        how = CHANNEL_WORDS.get(f.channel, "")
        lines.append(f"- Asked on {f.asked_on.isoformat()} {how}".rstrip())
    if f.answered_on:
        lines.append(f"- Answered on {f.answered_on.isoformat()}")
    if f.follow_up_on:
        lines.append(f"- Follow up on {f.follow_up_on.isoformat()}")
    for heading, text in (
        ("What I asked", f.request_text),
        ("What they said", f.answer_text),
        ("How I took it", f.reaction),
        ("What I learned", f.lesson),
    ):
        if text.strip():
            lines += ["", f"**{heading}**", "", block(text)]
    # After the day's check-ins: a note has a date but no time of day.
    return _Entry(day, (1, f.id), "\n".join(lines))


def export_markdown(session: Session, progress: Progress = no_progress) -> str:
    """Check-ins (feelings, coping, journal) and feedback notes as one Markdown document."""
    apps = {a.id: a for a in session.scalars(select(Application))}
    checkins = list(session.scalars(select(CheckIn).options(selectinload(CheckIn.emotions))))
    notes = list(session.scalars(select(FeedbackNote)))
    total = len(checkins) + len(notes)
    progress(0, total)
    entries: list[_Entry] = []
    for c in checkins:
        entries.append(_checkin(c, apps.get(c.application_id) if c.application_id else None))
        if len(entries) % 100 == 0:
            progress(len(entries), total)
    for f in notes:
        entries.append(_feedback(f, apps.get(f.application_id)))
        if len(entries) % 100 == 0:
            progress(len(entries), total)
    entries.sort(key=lambda e: (e.day, e.order))
    parts = [TITLE]
    if not entries:
        parts.append("Nothing written yet.")
    day: dt.date | None = None
    for entry in entries:
        if entry.day != day:
            day = entry.day
            parts.append(f"## {day.isoformat()} ({WEEKDAYS[day.weekday()]})")
        parts.append(entry.text)
    progress(total, total)
    return "\n\n".join(parts) + "\n"


def write_markdown(session: Session, path: Path, progress: Progress = no_progress) -> None:
    """Write :func:`export_markdown` atomically, readable by the user alone."""
    save(Path(path), export_markdown(session, progress).encode("utf-8"))
