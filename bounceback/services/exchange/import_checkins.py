"""Writing imported journal and mood entries as check-ins, shared by Daylio and jrnl.

Imported entries go in without named feelings: Daylio and jrnl don't record any, and
inventing one would put words in the person's mouth. That is why they are written here
rather than through ``checkins.create_checkin``, whose form asks for at least one feeling;
every other field passes the same checks the service makes.

An imported entry is "already there" when a check-in has the same moment and the same
text *as the source means it*, not as BounceBack happened to write it (:func:`entry_key`).
Another export of the same journal can differ in ways that mean nothing: jrnl keeps an
entry's tags in a Python set and lists them in that set's order, which changes from run to
run; Daylio's activities are a set too, with no promise about their order; line ends and
stray spaces change with the platform; accents can come composed or decomposed. The key
is worked out from the stored journal text alone, so check-ins imported by earlier
versions are recognised without a new column or a migration.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.models import CheckIn
from bounceback.services import vocabulary as vocab
from bounceback.services.errors import ValidationError
from bounceback.services.exchange.common import ImportResult, Progress
from bounceback.services.exchange.import_dates import in_range
from bounceback.services.exchange.import_text import BadValue
from bounceback.services.validation import check_range, clean_text

KIND = "checkins"
# Progress is reported this often, so a dialog moves without a call per row.
PROGRESS_EVERY = 100

# Labels of the line an importer ends an entry's text with to list what the source keeps
# as a set, in no order of its own: jrnl's tags, Daylio's activities (see :func:`set_line`).
TAGS = "Tags"
ACTIVITIES = "Activities"
SET_LABELS = (TAGS, ACTIVITIES)

EntryKey = tuple[dt.datetime, str]


@dataclass(frozen=True)
class CheckInDraft:
    """One entry ready to become a check-in; ``line`` is where it starts in the file."""

    line: int
    felt_at: dt.datetime
    journal: str
    overall: int = 5  # the model's neutral middle, for entries that carry no mood


def make_draft(line: int, felt_at: dt.datetime, journal: str, overall: int = 5) -> CheckInDraft:
    """A draft whose fields pass the check-in service's own checks, or :class:`BadValue`."""
    in_range(felt_at, felt_at.date().isoformat())
    try:
        text = clean_text("journal", journal, label="This entry's text")
        check_range("overall", overall, vocab.OVERALL_MIN, vocab.OVERALL_MAX,
                    label="The mood")
    except ValidationError as exc:
        raise BadValue(exc.message) from None
    return CheckInDraft(line, felt_at, text, overall)


def set_line(label: str, items: Iterable[str]) -> str:
    """``Tags: @work, #interview``: the items as the source lists them, for reading.

    :func:`entry_key` reads this line back as a set, so the order shown doesn't matter.
    """
    if label not in SET_LABELS:
        raise ValueError(f"{label!r} is not one of {SET_LABELS}")
    return f"{label}: " + ", ".join(items)


def entry_key(felt_at: dt.datetime, journal: str) -> EntryKey:
    """What makes an imported entry the same one again: its moment and its text.

    The text is compared as Unicode NFC, with the items of a :func:`set_line` sorted, and
    with every run of whitespace (line ends included) as one space. So the key doesn't
    move when an export lists tags in another order, ends lines the Windows way, or
    splits the title off the body elsewhere (jrnl versions differ), while any change of
    words, punctuation, tags or moment still makes a different entry.
    """
    lines = unicodedata.normalize("NFC", journal).splitlines()
    # Importers put the set lines in the text's last paragraph; a "Tags:" line the
    # person wrote higher up is left alone.
    blanks = [i for i, line in enumerate(lines) if not line.strip()]
    for i in range(blanks[-1] + 1 if blanks else 0, len(lines)):
        label, colon, items = lines[i].partition(":")
        if colon and label.strip() in SET_LABELS:
            # Split at every comma: an item that holds a comma itself breaks into the
            # same pieces in any order, so the sorted pieces still match.
            pieces = {" ".join(p.split()) for p in items.split(",")} - {""}
            lines[i] = f"{label.strip()}: " + ", ".join(sorted(pieces))
    return felt_at, " ".join(" ".join(lines).split())


def add_checkins(session: Session, drafts: Sequence[CheckInDraft],
                 progress: Progress) -> ImportResult:
    """Add the drafts not already there (same :func:`entry_key`); never commits."""
    result = ImportResult()
    result.added[KIND] = result.skipped[KIND] = 0
    total = len(drafts)
    progress(0, total)
    seen = _existing(session, drafts)
    for done, draft in enumerate(drafts, start=1):
        key = entry_key(draft.felt_at, draft.journal)
        if key in seen:
            result.skip(KIND)
        else:
            seen.add(key)
            session.add(CheckIn(felt_at=draft.felt_at, journal=draft.journal,
                                overall=draft.overall, coping_method="", coping_note=""))
            result.add(KIND)
        if done % PROGRESS_EVERY == 0 or done == total:
            session.flush()
            progress(done, total)
    return result


def _existing(session: Session, drafts: Sequence[CheckInDraft]) -> set[EntryKey]:
    if not drafts:
        return set()
    first = min(d.felt_at for d in drafts)
    last = max(d.felt_at for d in drafts)
    rows = session.execute(
        select(CheckIn.felt_at, CheckIn.journal).where(CheckIn.felt_at.between(first, last))
    )
    return {entry_key(felt_at, journal) for felt_at, journal in rows}
