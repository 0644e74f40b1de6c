"""What an import did, or why it didn't, in a sentence or two."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from bounceback.services.exchange.common import ExchangeError, ImportResult, RowProblem
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.ops import translate_message


def _count(n: int, one: str, many: str) -> str:
    # Two forms cover English; a translation can reword both. ("%n thing(s)" would show
    # its brackets whenever no translation is loaded.)
    return (one if n == 1 else many).replace("%n", QLocale().toString(n))


def _kinds() -> dict[str, tuple[str, str]]:
    """The records a person thinks in; link rows, feelings and drafts belong to these."""
    return {
        "applications": (tr("%n application"), tr("%n applications")),
        "events": (tr("%n timeline event"), tr("%n timeline events")),
        "contacts": (tr("%n contact"), tr("%n contacts")),
        "checkins": (tr("%n check-in"), tr("%n check-ins")),
        "feedback_notes": (tr("%n feedback note"), tr("%n feedback notes")),
        "review_items": (tr("%n review item"), tr("%n review items")),
        "action_items": (tr("%n action item"), tr("%n action items")),
        "bounce_plans": (tr("%n bounce-back plan"), tr("%n bounce-back plans")),
    }


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return fill(tr("%1 and %2"), ", ".join(parts[:-1]), parts[-1])


def describe_result(result: ImportResult) -> str:
    """"Added 12 applications. 3 were already here, so they were left as they were." """
    kinds = _kinds()
    added = [_count(result.added[k], *kinds[k]) for k in kinds if result.added.get(k)]
    skipped = sum(result.skipped.get(k, 0) for k in kinds)
    if not added and not skipped and result.total_added == 0:
        return tr("There was nothing in this file to add.")
    if not added:
        if result.total_added:  # only details of records already here, e.g. a feeling
            return tr("Everything in this file was already here; a few details were added.")
        return _count(skipped, tr("Nothing new to add: the one entry in this file was "
                                  "already here."),
                      tr("Nothing new to add: all %n entries in this file were already here."))
    text = fill(tr("Added %1."), _join(added))
    if skipped:
        text += " " + _count(skipped, tr("1 was already here, so it was left as it was."),
                             tr("%n were already here, so they were left as they were."))
    return text


# The importers' refusals already end by saying so; others get the promise added.
_SAYS_NOTHING_CHANGED = re.compile(r"nothing (was imported|has been changed|was changed)",
                                   re.IGNORECASE)


def failure_headline(exc: BaseException) -> str:
    if isinstance(exc, ExchangeError):
        text = translate_message(exc.message)
        if not _SAYS_NOTHING_CHANGED.search(exc.message):
            text += " " + tr("Nothing was imported.")
        return text
    message = getattr(exc, "message", None)
    if isinstance(message, str):  # another service's (or the store's: a full disk) refusal
        text = translate_message(message)
        if not _SAYS_NOTHING_CHANGED.search(message):
            text += " " + tr("Nothing was imported.")
        return text
    return tr("Something went wrong while importing. Nothing was imported, so your entries "
              "are as they were.")


def problem_lines(exc: BaseException, *, numbered: bool) -> list[str]:
    """One line per bad row; ``numbered`` when the problems carry lines of the file
    (a BounceBack JSON export names the record instead)."""
    problems: list[RowProblem] = getattr(exc, "problems", []) or []
    if not numbered:
        return [translate_message(p.message) for p in problems]
    return [fill(tr("Line %1: %2"), p.line, translate_message(p.message)) for p in problems]
