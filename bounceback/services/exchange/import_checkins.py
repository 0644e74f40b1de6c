"""Writing imported journal and mood entries as check-ins, shared by Daylio and jrnl.

Imported entries go in without named feelings: Daylio and jrnl don't record any, and
inventing one would put words in the person's mouth. That is why they are written here
rather than through ``checkins.create_checkin``, whose form asks for at least one feeling;
every other field passes the same checks the service makes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
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


def add_checkins(session: Session, drafts: Sequence[CheckInDraft],
                 progress: Progress) -> ImportResult:
    """Add the drafts not already there (same moment, same text); never commits."""
    result = ImportResult()
    result.added[KIND] = result.skipped[KIND] = 0
    total = len(drafts)
    progress(0, total)
    seen = _existing(session, drafts)
    for done, draft in enumerate(drafts, start=1):
        key = (draft.felt_at, draft.journal)
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


def _existing(session: Session, drafts: Sequence[CheckInDraft]) -> set[tuple[dt.datetime, str]]:
    if not drafts:
        return set()
    first = min(d.felt_at for d in drafts)
    last = max(d.felt_at for d in drafts)
    rows = session.execute(
        select(CheckIn.felt_at, CheckIn.journal).where(CheckIn.felt_at.between(first, last))
    )
    return {(felt_at, journal) for felt_at, journal in rows}
