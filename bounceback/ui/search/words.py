"""The words the search dialog shows for a hit: what kind of record it is, and the hints."""

from __future__ import annotations

from bounceback.db.enums import DocumentKind, EventKind, ReviewStage
from bounceback.services import search
from bounceback.services.search import SearchHit
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill, tr


def kind_label(hit: SearchHit) -> str:
    """"Interview", "Check-in", "Review · Resume" ...: what the record is, in a word or two."""
    if hit.kind == search.EVENT and hit.detail in set(EventKind):
        return labels.event_kind(EventKind(hit.detail))
    if hit.kind == search.REVIEW and hit.detail in set(ReviewStage):
        return fill(tr("Review · %1"), labels.review_stage(ReviewStage(hit.detail)))
    if hit.kind == search.DOCUMENT and hit.detail in set(DocumentKind):
        return fill(tr("Document · %1"), labels.document_kind(DocumentKind(hit.detail)))
    return {
        search.APPLICATION: tr("Application"),
        search.CONTACT: tr("Contact"),
        search.EVENT: tr("Timeline"),
        search.CHECKIN: tr("Check-in"),
        search.FEEDBACK: tr("Feedback"),
        search.REVIEW: tr("Review"),
        search.ACTION: tr("Action item"),
        search.DOCUMENT: tr("Document"),
    }.get(hit.kind, hit.kind)


def accessible_text(hit: SearchHit) -> str:
    """The whole hit as one line of plain text, for screen readers and tooltips."""
    parts = [kind_label(hit), hit.heading, labels.date(hit.day)]
    head = " · ".join(p for p in parts if p)
    snippet = hit.snippet_text(("", ""))
    return f"{head}: {snippet}" if snippet else head


def intro() -> str:
    return tr(
        "Search your applications, contacts, timeline, check-in journals, feedback, "
        "review notes, action items and documents.\n\n"
        "Words match as you type: “practis” finds “practised”. "
        "Put a phrase in \"quotes\"."
    )


def nothing_found(query: str) -> str:
    return fill(tr(
        "Nothing found for “%1”.\n\n"
        "Every word has to appear in the same record, as the start of a word. "
        "Try fewer words, or the beginning of one."
    ), query.strip())


def count(n: int, limit: int) -> str:
    if n >= limit:
        return fill(tr("The best %1 matches. Add a word to narrow them down."), n)
    return tr("%Ln match(es)", "", n)
