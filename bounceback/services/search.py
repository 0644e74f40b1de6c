"""One search over everything the person wrote: applications, contacts, events, check-in
journals, feedback, review notes and action items.

The index is an SQLite FTS5 table (``search_index``) made by migration 0004 and kept in sync
by triggers on the indexed tables: nothing here writes to it. It is derived data, outside the
models' metadata, so exports never contain it and imports fill it through the same triggers.

What the person types is never handed to FTS5 as syntax. It is split into words and
"quoted phrases"; each becomes an FTS5 string (so ``AND``, ``*``, ``-``, ``:`` or brackets are
just text), words match as prefixes ("practis" finds "practised"; a lone letter or digit only
as a whole word), and every part must match.
Case and diacritics are ignored ("resume" finds "Résumé").

A hit's snippet is a tuple of ``(text, highlighted)`` pieces, already flattened to one line;
the UI escapes and styles the highlighted ones, the command line brackets them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

INDEX_TABLE = "search_index"

# What a hit can be; the UI opens each in its own tab.
APPLICATION = "application"
CONTACT = "contact"
EVENT = "event"
CHECKIN = "checkin"
FEEDBACK = "feedback"
REVIEW = "review"
ACTION = "action"
KINDS = (APPLICATION, CONTACT, EVENT, CHECKIN, FEEDBACK, REVIEW, ACTION)

# A pasted page of text is not a query; the first words are plenty.
MAX_TERMS = 16
SNIPPET_TOKENS = 14
# Private-use characters mark highlights inside FTS5's snippet; they never reach the screen
# (the same characters in what someone wrote would only shift a highlight, never fail).
_OPEN, _CLOSE = "\ue000", "\ue001"
_ELLIPSIS = "…"
# Column weights for bm25, in table order: kind, ref, app, day, detail (unindexed), then
# title, body and context (the application a child row belongs to, so "acme interview"
# finds Acme's interview, but below Acme's own record).
_WEIGHTS = "bm25(0, 0, 0, 0, 0, 4.0, 1.0, 0.5)"
_BODY = 6  # the body column's position, for snippet()
_QUERY = text(
    f"SELECT kind, ref, app, day, detail, title, context, "
    f"snippet({INDEX_TABLE}, {_BODY}, :open, :close, :ellipsis, :tokens) AS body, "
    f"snippet({INDEX_TABLE}, -1, :open, :close, :ellipsis, :tokens) AS best, rank "
    f"FROM {INDEX_TABLE} "
    f"WHERE {INDEX_TABLE} MATCH :match AND rank MATCH '{_WEIGHTS}' "
    # Archived applications (and what belongs to them) are left out when asked.
    f"AND (:everything = 1 OR app IS NULL "
    f"OR app NOT IN (SELECT id FROM applications WHERE archived = 1)) "
    # Ordering by FTS5's own rank lets it stop after `limit` rows: snippets are made for
    # those only, however many rows match.
    f"ORDER BY rank LIMIT :limit"
)
_TERMS = re.compile(r'"([^"]*)(?:"|$)|([^\s"]+)')
_SPACE = re.compile(r"\s+")


def is_index_table(name: str) -> bool:
    """The FTS5 index and its shadow tables: derived data, outside the models' metadata."""
    return name == INDEX_TABLE or name.startswith(INDEX_TABLE + "_")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # one of KINDS
    ref: int  # the id of the record in its own table
    # The application it belongs to (an application's own id; for a contact, the latest
    # application it is linked to).
    app_id: int | None
    day: dt.date | None  # applied, happened, felt, answered or due on
    title: str  # the record's own heading: "Acme — Engineer", a name, a label; may be ""
    context: str  # the heading of the application it belongs to, "" when none
    # The stored value of an event's kind, a review item's stage or an action item's source
    # ("feedback", "review", "manual"); else "".
    detail: str
    snippet: tuple[tuple[str, bool], ...]  # (text, highlighted) pieces, one line
    rank: float  # bm25: lower is better

    @property
    def heading(self) -> str:
        """What to show as the hit's name: its own title, else its application's."""
        return self.title or self.context

    def snippet_text(self, mark: tuple[str, str] = ("[", "]")) -> str:
        """The snippet as plain text with the matches between ``mark``."""
        return "".join(f"{mark[0]}{t}{mark[1]}" if lit else t for t, lit in self.snippet)


def _fts_string(words: str) -> str:
    return '"' + words.replace('"', '""') + '"'


def _has_token(part: str) -> bool:
    # FTS5's unicode61 tokenizer keeps letters and digits; a part without any (a lone "-",
    # an emoji) would become an empty phrase, which matches nothing and would hide the rest.
    return any(ch.isalnum() for ch in part)


def _printable(query: str) -> str:
    # FTS5's parser stops at a NUL, and a lone surrogate (from undecodable command-line
    # bytes) cannot be handed to SQLite at all: control characters and those become spaces.
    return "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in query
    )


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for what the person typed; None when there is nothing."""
    terms: list[str] = []
    query = _printable(query)
    for found in _TERMS.finditer(query):
        phrase, word = found.group(1), found.group(2)
        if phrase is not None:
            phrase = " ".join(phrase.split())
            if _has_token(phrase):
                terms.append(_fts_string(phrase))
        elif _has_token(word):
            # One letter as a prefix matches nearly every record (and is the slowest query
            # on a big store): a single letter or digit is looked for as a whole word.
            prefix = sum(ch.isalnum() for ch in word) > 1
            terms.append(_fts_string(word) + ("*" if prefix else ""))
        if len(terms) == MAX_TERMS:
            break
    return " AND ".join(terms) if terms else None


def _pieces(snip: str) -> tuple[tuple[str, bool], ...]:
    flat = _SPACE.sub(" ", snip).strip()
    pieces: list[tuple[str, bool]] = []
    for i, chunk in enumerate(flat.split(_OPEN)):
        lit, _, rest = chunk.partition(_CLOSE) if i else ("", "", chunk)
        if lit:
            pieces.append((lit, True))
        if rest:
            pieces.append((rest, False))
    return tuple(pieces)


def _snippet(body: str | None, best: str | None) -> tuple[tuple[str, bool], ...]:
    # The record's own text, around the match when it is there; when only its heading
    # matched (shown anyway), the start of its text says more than the heading again.
    # A record with no text of its own shows its heading with the match marked.
    pieces = _pieces(body or "")
    return pieces if pieces else _pieces(best or "")


def _day(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


_CONTACT_APPS = text(
    "SELECT contact_id, max(application_id) FROM application_contacts "
    "WHERE contact_id IN :ids GROUP BY contact_id"
).bindparams(bindparam("ids", expanding=True))


def _with_contact_apps(session: Session, hits: list[SearchHit]) -> list[SearchHit]:
    # Which applications a contact is part of changes without touching the contact, so it
    # is looked up now rather than kept in the index.
    ids = [h.ref for h in hits if h.kind == CONTACT]
    if not ids:
        return hits
    rows = session.execute(_CONTACT_APPS, {"ids": ids}).all()
    apps = {int(contact): int(app) for contact, app in rows}
    return [
        replace(h, app_id=apps[h.ref]) if h.kind == CONTACT and h.ref in apps else h
        for h in hits
    ]


def search(
    session: Session, query: str, limit: int = 50, *, include_archived: bool = True
) -> list[SearchHit]:
    """The records matching ``query``, best first (then newest first); [] for a blank one."""
    match = match_expression(query)
    if match is None or limit <= 0:
        return []
    rows = session.execute(
        _QUERY,
        {
            "match": match,
            "open": _OPEN,
            "close": _CLOSE,
            "ellipsis": _ELLIPSIS,
            "tokens": SNIPPET_TOKENS,
            "everything": 1 if include_archived else 0,
            "limit": limit,
        },
    ).all()
    hits = [
        SearchHit(
            kind=row.kind,
            ref=int(row.ref),
            app_id=int(row.app) if row.app is not None else None,
            day=_day(row.day),
            title=row.title or "",
            context=row.context or "",
            detail=row.detail or "",
            snippet=_snippet(row.body, row.best),
            rank=float(row.rank),
        )
        for row in rows
    ]
    hits = _with_contact_apps(session, hits)
    # Equally good matches: the most recent first, undated last.
    hits.sort(key=lambda h: (round(h.rank, 9), -(h.day.toordinal() if h.day else 0)))
    return hits
