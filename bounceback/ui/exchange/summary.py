"""What an import did, or why it didn't, in a sentence or two."""

from __future__ import annotations

import re
from collections.abc import Callable

from bounceback.services.exchange.common import ExchangeError, ImportResult, RowProblem
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.ops import translate_message

# The records a person thinks in, each a count in words; link rows, feelings and drafts
# belong to these.
KINDS: dict[str, Callable[[int], str]] = {
    "applications": lambda n: tr("%Ln application(s)", "", n),
    "saved_jobs": lambda n: tr("%Ln saved job(s)", "", n),
    "events": lambda n: tr("%Ln timeline event(s)", "", n),
    "contacts": lambda n: tr("%Ln contact(s)", "", n),
    "checkins": lambda n: tr("%Ln check-in(s)", "", n),
    "feedback_notes": lambda n: tr("%Ln feedback note(s)", "", n),
    "review_items": lambda n: tr("%Ln review item(s)", "", n),
    "action_items": lambda n: tr("%Ln action item(s)", "", n),
    "bounce_plans": lambda n: tr("%Ln bounce-back plan(s)", "", n),
}


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return fill(tr("%1 and %2"), ", ".join(parts[:-1]), parts[-1])


# What an import did to records already here, each a sentence of its own.
CHANGES: dict[str, Callable[[int], str]] = {
    "now_applied": lambda n: tr("%Ln saved job(s) moved on to Applied.", "", n),
    "connected": lambda n: tr("%Ln of your People marked as connected on LinkedIn.", "", n),
}


def describe_result(result: ImportResult) -> str:
    """"Added 12 applications. 3 were already here, so they were left as they were." """
    added = [words(result.added[k]) for k, words in KINDS.items() if result.added.get(k)]
    skipped = sum(result.skipped.get(k, 0) for k in KINDS)
    changes = " ".join(words(result.added[k]) for k, words in CHANGES.items()
                       if result.added.get(k))
    if changes:
        text = " ".join(t for t in (fill(tr("Added %1."), _join(added)) if added else "",
                                    changes) if t)
        if skipped:
            text += " " + tr("%Ln were already here, so they were left as they were.", "",
                             skipped)
        return text
    if not added and not skipped and result.total_added == 0:
        return tr("There was nothing in this file to add.")
    if not added:
        if result.total_added:  # only details of records already here, e.g. a feeling
            return tr("Everything in this file was already here; a few details were added.")
        # In English, for one: "Nothing new to add: the one entry in this file was already
        # here."
        return tr("Nothing new to add: all %Ln entries in this file were already here.", "",
                  skipped)
    text = fill(tr("Added %1."), _join(added))
    if skipped:
        text += " " + tr("%Ln were already here, so they were left as they were.", "", skipped)
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
    return [fill(tr("%1, line %2: %3"), p.file, p.line, translate_message(p.message)) if p.file
            else fill(tr("Line %1: %2"), p.line, translate_message(p.message))
            for p in problems]
