"""The columns of an application spreadsheet and how their words become ours.

Statuses and sources are matched generously: exact synonyms ("Declined", "No response")
map silently; a cell that only contains a telling word ("Rejected after 2nd interview")
maps too, and keeps its own text in the notes. Anything else becomes "applied" /
"direct" with the original kept in the notes: a custom stage is no reason to refuse a
row, and nothing the person wrote is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeVar

from bounceback.db.enums import Source, Status
from bounceback.services.exchange.import_text import norm_key

_Word = TypeVar("_Word", Status, Source)


@dataclass(frozen=True)
class CsvField:
    """One of our application fields a spreadsheet column can fill."""

    key: str
    label: str  # English; the UI translates it
    required: bool = False
    # Header names that mean this field, most telling first; compared with norm_key.
    headers: tuple[str, ...] = ()


def _keys(*names: str) -> tuple[str, ...]:
    return tuple(norm_key(n) for n in names)


FIELDS: tuple[CsvField, ...] = (
    CsvField("company", "Company", True, _keys(
        "Company", "Employer", "Organisation", "Organization", "Company Name", "Employer Name",
        "Org")),
    CsvField("role", "Role", True, _keys(
        "Role", "Position", "Job Title", "Title", "Job", "Position Title", "Job Role",
        "Job Position")),
    CsvField("applied_on", "Date applied", False, _keys(
        "Date Applied", "Applied On", "Applied", "Application Date", "Applied Date",
        "Date of Application", "Date")),
    CsvField("status", "Status", False, _keys(
        "Status", "Stage", "Application Status", "Current Status", "State")),
    CsvField("status_on", "Date of the status", False, _keys(
        "Status Date", "Last Updated", "Last Update", "Updated", "Updated On",
        "Response Date", "Date of Response", "Decision Date")),
    CsvField("link", "Link", False, _keys(
        "Link", "URL", "Job URL", "Job Link", "Posting", "Job Posting", "Posting URL",
        "Listing", "Website")),
    CsvField("source", "Source", False, _keys(
        "Source", "How Applied", "Applied Via", "Applied Through", "Channel")),
    CsvField("notes", "Notes", False, _keys("Notes", "Comments", "Note", "Comment", "Remarks")),
    CsvField("job_description", "Job description", False, _keys(
        "Job Description", "Description", "JD")),
    CsvField("salary_min", "Salary (from)", False, _keys(
        "Salary", "Salary Min", "Min Salary", "Minimum Salary", "Salary From", "Salary Range",
        "Compensation", "Pay")),
    CsvField("salary_max", "Salary (up to)", False, _keys(
        "Salary Max", "Max Salary", "Maximum Salary", "Salary To")),
    CsvField("salary_currency", "Currency", False, _keys("Currency", "Salary Currency")),
)

FIELD_KEYS = frozenset(f.key for f in FIELDS)


def guess_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, str | None]:
    """Our field -> the header that most likely holds it (None when none does).

    Case, spaces and punctuation don't matter; each header is used once, and fields
    earlier in :data:`FIELDS` choose first (so a bare "Date" is the application date).
    """
    keyed = [(norm_key(h), h) for h in headers]
    used: set[str] = set()
    mapping: dict[str, str | None] = {}
    for field in FIELDS:
        best: tuple[int, str] | None = None
        for key, header in keyed:
            if header in used or key not in field.headers:
                continue
            rank = field.headers.index(key)
            if best is None or rank < best[0]:
                best = (rank, header)
        mapping[field.key] = best[1] if best else None
        if best:
            used.add(best[1])
    return mapping


def _table(words: dict[_Word, str]) -> dict[str, _Word]:
    return {norm_key(w): value for value, line in words.items() for w in line.split("|")}


_STATUS_EXACT = _table({
    # Trackers' words for a job not applied to yet (Huntr's and Teal's "Wishlist", "Bookmarked").
    Status.SAVED: "saved|wishlist|wish list|bookmarked|to apply|want to apply|not applied yet|"
                  "interested|planned",
    Status.APPLIED: "applied|application sent|submitted|sent|pending|waiting|under review|"
                    "in review|awaiting response|applied online",
    Status.SCREENING: "screening|screen|phone screen|phone screening|recruiter screen|"
                      "recruiter call|hr screen|hr call|intro call|initial call",
    Status.INTERVIEWING: "interview|interviewing|interviews|interviewed|interview scheduled|"
                         "onsite|on site|technical interview|final round|final interview|"
                         "assessment|take home|technical test|case study",
    Status.OFFER: "offer|offered|offer received|got offer|got an offer|offer extended",
    Status.ACCEPTED: "accepted|offer accepted|accepted offer|hired|signed",
    Status.REJECTED: "rejected|rejection|declined|not selected|unsuccessful|turned down|no|"
                     "not moving forward|position filled|denied",
    Status.WITHDRAWN: "withdrawn|withdrew|withdraw|offer declined|declined offer|"
                      "i declined|not interested|cancelled|canceled",
    Status.GHOSTED: "ghosted|no response|no reply|no answer|never heard back|no news|"
                    "silence|unresponsive",
})
# Telling words inside longer text, checked in this order: an ending outranks a step.
_STATUS_HINTS: tuple[tuple[str, Status], ...] = (
    ("withdr", Status.WITHDRAWN), ("ghost", Status.GHOSTED), ("no response", Status.GHOSTED),
    ("no reply", Status.GHOSTED), ("reject", Status.REJECTED), ("unsuccessful", Status.REJECTED),
    ("offer", Status.OFFER), ("interview", Status.INTERVIEWING), ("screen", Status.SCREENING),
)


def read_status(text: str) -> tuple[Status, bool]:
    """Our status for a spreadsheet's, and whether the original text is worth keeping."""
    value = text.strip()
    if not value:
        return Status.APPLIED, False
    exact = _STATUS_EXACT.get(norm_key(value))
    if exact is not None:
        return Status(exact), False
    folded = " ".join(value.casefold().split())
    for hint, status in _STATUS_HINTS:
        if hint in folded:
            return status, True
    return Status.APPLIED, True


_SOURCE_EXACT = _table({
    Source.DIRECT: "direct|directly|applied directly|self|cold application|company website|"
                   "careers page|career site",
    Source.REFERRAL: "referral|referred|employee referral|referred by a friend",
    Source.RECRUITER: "recruiter|agency|recruitment agency|headhunter|headhunted|"
                      "staffing agency|recruiter reached out",
})
_SOURCE_HINTS: tuple[tuple[str, Source], ...] = (
    ("refer", Source.REFERRAL), ("recruit", Source.RECRUITER), ("agency", Source.RECRUITER),
    ("headhunt", Source.RECRUITER),
)


def read_source(text: str) -> tuple[Source, bool]:
    """Our source for a spreadsheet's ("LinkedIn" is direct, kept in the notes)."""
    value = text.strip()
    if not value:
        return Source.DIRECT, False
    exact = _SOURCE_EXACT.get(norm_key(value))
    if exact is not None:
        return Source(exact), False
    folded = value.casefold()
    return next((s for hint, s in _SOURCE_HINTS if hint in folded), Source.DIRECT), True


_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW"}
_AMOUNT = re.compile(r"(\d+(?:[ ,.'\u00a0\u202f]\d{3})*|\d+)(?:[.,](\d{1,2}))?\s*([kK])?")
_RANGE = re.compile(r"\s*(?:-|–|—|\bto\b)\s*")
SALARY_CAP = 100_000_000  # the application service's own limit


def read_salary(text: str) -> tuple[int | None, int | None, str] | None:
    """(low, high, currency) from "85000", "$85,000", "80k-100k", "EUR 60.000 – 70.000".

    None when the text isn't an amount ("competitive", "DOE"): the caller keeps it as a
    note instead.
    """
    value = text.strip()
    if len(value) > 64:
        return None
    currency = next((code for sym, code in _SYMBOLS.items() if sym in value), "")
    if m := re.search(r"\b([A-Z]{3})\b", value):
        currency = m[1]
    value = re.sub(r"(?:per|a|/)\s*(?:year|yr|annum)\b|\bp\.?a\.?$|\bannually\b", " ", value,
                   flags=re.IGNORECASE)
    value = re.sub(r"\b[A-Z]{3}\b|[$€£¥₹₽₩]", " ", value)
    parts = [p.strip() for p in _RANGE.split(value.strip()) if p.strip()]
    if not 1 <= len(parts) <= 2:
        return None
    amounts: list[int] = []
    for part in parts:
        m = _AMOUNT.fullmatch(part)
        if m is None:
            return None
        whole = int(re.sub(r"\D", "", m[1])) + (int(m[2]) / 10 ** len(m[2]) if m[2] else 0)
        amount = round(whole * (1000 if m[3] else 1))
        if not 0 <= amount <= SALARY_CAP:
            return None
        amounts.append(amount)
    low, high = amounts[0], amounts[-1] if len(amounts) == 2 else None
    if high is not None and low > high:
        return None
    return low, high, currency
