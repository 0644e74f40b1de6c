"""One search over everything the person wrote: applications, contacts, events, check-in
journals, feedback, review notes and action items.

The index is an SQLite FTS5 table (``search_index``) made by migration 0004 and kept in sync
by triggers on the indexed tables: nothing here writes to it. It is derived data, outside the
models' metadata, so exports never contain it; the JSON import runs the triggers' own
statements once for all the rows it added (services/exchange/bulk_index.py).

What the person types is never handed to FTS5 as syntax. It is split into words and
"quoted phrases"; each becomes an FTS5 string (so ``AND``, ``*``, ``-``, ``:`` or brackets are
just text), words match as prefixes ("practis" finds "practised"; a lone letter or digit only
as a whole word), and every part must match.
Case and diacritics are ignored ("resume" finds "Résumé").

A hit's snippet is a tuple of ``(text, highlighted)`` pieces, already flattened to one line;
the UI escapes and styles the highlighted ones, the command line brackets them.

Snippets are made apart from the ranking query, on bounded pieces of text. FTS5's snippet()
scores a window at every match against every other match of the row, so its work grows with
the square of the matches in one text (a 1 MB entry with 27,000 matches took 6 s), and
highlight() copies its whole output again at each match. So the ranking query makes none:
each hit's text is cut into overlapping pieces of at most ``PIECE`` characters, the pieces go
into a private in-memory FTS5 table with the index's own tokenizer, and snippet() runs on one
piece per hit: the first where every word fits in one snippet, else two of them, else any.
Matching, prefixes, phrases and the window within the piece are FTS5's own; a text no longer
than a piece gets exactly the snippet it always had.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from itertools import chain, islice, pairwise

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
DOCUMENT = "document"  # indexed since migration 0011: its name and its text
KINDS = (APPLICATION, CONTACT, EVENT, CHECKIN, FEEDBACK, REVIEW, ACTION, DOCUMENT)

# A pasted page of text is not a query; the first words are plenty.
MAX_TERMS = 16
SNIPPET_TOKENS = 14
# The tokenizer migration 0004 gave the index (a migration is frozen, so it keeps its own
# copy): snippets are made with the same one, so they mark exactly what the index matched.
TOKENIZER = "unicode61 remove_diacritics 2"
# Snippets are made on pieces of at most PIECE characters (cut at a space where there is one),
# each with up to MARGIN more from either neighbour so that a match near a cut still has words
# around it. snippet()'s work on a piece is bounded by the piece (well under 2 ms for a piece
# that is nothing but matches); a journal of a page or two is a single piece.
PIECE = 2000
MARGIN = 200
# Private-use characters mark highlights inside FTS5's snippet; they never reach the screen
# (the same characters in what someone wrote would only shift a highlight, never fail).
_OPEN, _CLOSE = "\ue000", "\ue001"
_ELLIPSIS = "…"
# Column weights for bm25, in table order: kind, ref, app, day, detail (unindexed), then
# title, body and context (the application a child row belongs to, so "acme interview"
# finds Acme's interview, but below Acme's own record).
_WEIGHTS = "bm25(0, 0, 0, 0, 0, 4.0, 1.0, 0.5)"
_QUERY = text(
    f"SELECT kind, ref, app, day, detail, title, body, context, rank "
    f"FROM {INDEX_TABLE} "
    f"WHERE {INDEX_TABLE} MATCH :match AND rank MATCH '{_WEIGHTS}' "
    # Archived applications (and what belongs to them) are left out when asked.
    f"AND (:everything = 1 OR app IS NULL "
    f"OR app NOT IN (SELECT id FROM applications WHERE archived = 1)) "
    # Ordering by FTS5's own rank lets it stop after `limit` rows. No snippet() or
    # highlight() here: their cost grows with the square of a row's matches (see above).
    f"ORDER BY rank LIMIT :limit"
)
# The pieces of every hit's text, and then the one piece per hit that is shown.
_PIECES = f"CREATE VIRTUAL TABLE {{}} USING fts5(text, tokenize = '{TOKENIZER}')"
_TERMS = re.compile(r'"([^"]*)(?:"|$)|([^\s"]+)')
_SPACE = re.compile(r"\s+")
_FIRST_SPACE = re.compile(r"\s")
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)
# A word as FTS5's unicode61 sees it, near enough to count the first few.
_WORD = re.compile(r"[^\W_]+")


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


def _terms(query: str) -> list[str]:
    """What the person typed as FTS5 strings, each one a word (a prefix) or a phrase."""
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
    return terms


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for what the person typed; None when there is nothing."""
    terms = _terms(query)
    return " AND ".join(terms) if terms else None


def _flat(snip: str) -> str:
    return _SPACE.sub(" ", snip).strip()


def _visible(text: str) -> bool:
    # Not _flat(text): that would copy the whole of a long text just to look at it.
    return bool(text) and not text.isspace()


def _pieces(flat: str) -> tuple[tuple[str, bool], ...]:
    pieces: list[tuple[str, bool]] = []
    for i, chunk in enumerate(flat.split(_OPEN)):
        lit, _, rest = chunk.partition(_CLOSE) if i else ("", "", chunk)
        if lit:
            pieces.append((lit, True))
        if rest:
            pieces.append((rest, False))
    return tuple(pieces)


@dataclass(frozen=True)
class _Piece:
    hit: int  # the hit's position in the ranked list
    text: str
    first: bool  # starts where the whole text starts
    last: bool  # ends where it ends


def _cut(text: str) -> Iterator[tuple[str, bool, bool]]:
    """``text`` in pieces of at most PIECE characters plus MARGIN on each side, cut just after
    a space where there is one, so that no word is split; with whether each piece starts the
    text and whether it ends it. The work is linear in the text (regular expressions over
    bounded ranges), whatever it holds."""
    end = len(text)
    if end <= PIECE:
        yield text, True, True
        return
    cuts = [0]
    while end - cuts[-1] > PIECE:
        # The last space in the second half of the next PIECE characters: every piece but
        # the last holds at least PIECE / 2 of its own.
        at = cuts[-1]
        space = _LAST_SPACE.match(text, at + PIECE // 2, at + PIECE)
        cuts.append(space.end() if space else at + PIECE)
    cuts.append(end)
    for a, b in pairwise(cuts):
        before = _FIRST_SPACE.search(text, max(0, a - MARGIN), a) if a else None
        after = _LAST_SPACE.match(text, b, b + MARGIN) if b < end else None
        start = before.end() if before else a
        stop = after.end() if after else b
        yield text[start:stop], start == 0, stop == end


def _head(text: str) -> str:
    """The start of a text in which nothing matched, as FTS5's snippet() shows it: its first
    SNIPPET_TOKENS words, then an ellipsis if there is more."""
    stop = 0
    for count, word in enumerate(_WORD.finditer(text), 1):
        if count > SNIPPET_TOKENS:
            return _flat(text[:stop]) + _ELLIPSIS
        stop = word.end()
    return _flat(text)


def _snippets(
    texts: Sequence[tuple[str, str, str]], terms: list[str]
) -> list[tuple[tuple[str, bool], ...]]:
    """The snippet for each hit's ``(title, body, context)``, in the same order.

    The record's own text, around the match when it is there; when only its heading matched
    (shown anyway), the start of its text says more than the heading again. A record with no
    text of its own shows its heading (or its application's) with the match marked."""
    if not texts:
        return []
    heads: list[str] = []
    todo: dict[int, Iterator[tuple[str, bool, bool]]] = {}  # hit -> its pieces not yet seen
    for hit, (title, body, context) in enumerate(texts):
        own = [body] if _visible(body) else [t for t in (title, context) if _visible(t)]
        heads.append(own[0] if own else "")
        todo[hit] = chain.from_iterable(_cut(one) for one in own)
    # The piece shown is the first one whose best window shows as many different words as
    # FTS5 would find in one window anywhere in the text, near enough: the first where every
    # word fits in one snippet, else two of them, else any word. (NEAR's distance counts the
    # words between the first word and the last.)
    anyof = " OR ".join(terms)
    preferred = [anyof]
    if 1 < len(terms) < SNIPPET_TOKENS:
        preferred.insert(0, f"NEAR({' '.join(terms)}, {SNIPPET_TOKENS - len(terms)})")
    if 2 < len(terms) < SNIPPET_TOKENS:
        preferred.insert(1, " OR ".join(f"NEAR({a} {b}, {SNIPPET_TOKENS - 2})"
                                        for i, a in enumerate(terms) for b in terms[i + 1:]))
    pieces: list[_Piece] = []  # by rowid: in text order within each hit
    chosen: dict[int, int] = {}  # hit -> the rowid of its piece
    # A private in-memory database: nothing of it is ever written to disk (temporary
    # storage in memory too, as for the store), and it is gone when the search ends.
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute("PRAGMA temp_store = MEMORY")
        db.execute(_PIECES.format("piece"))
        db.execute(_PIECES.format("shown"))
        # A text's pieces go in by growing batches (1, 2, 4 ... pieces) until one holds the
        # best kind of match: the work follows how far into the text that match is, and a
        # long text that matches early (the usual case) is hardly read.
        batch = 1
        while todo:
            seen = len(pieces)
            for hit in list(todo):
                new = [_Piece(hit, *cut) for cut in islice(todo[hit], batch)]
                if len(new) < batch:
                    del todo[hit]
                pieces.extend(new)
            db.executemany("INSERT INTO piece (rowid, text) VALUES (?, ?)",
                           ((i, p.text) for i, p in enumerate(pieces[seen:], seen)))
            for (rowid,) in db.execute(
                "SELECT rowid FROM piece WHERE piece MATCH ? AND rowid >= ? ORDER BY rowid",
                (preferred[0], seen),
            ):
                hit = pieces[rowid].hit
                if hit not in chosen:
                    chosen[hit] = rowid
                    todo.pop(hit, None)
            batch *= 2
        # Every piece of the rest is in: the first with a lesser kind of match.
        for match in preferred[1:]:
            for (rowid,) in db.execute(
                "SELECT rowid FROM piece WHERE piece MATCH ? ORDER BY rowid", (match,)
            ):
                chosen.setdefault(pieces[rowid].hit, rowid)
        # The chosen pieces get a table of their own rather than a "rowid IN (...)": FTS5
        # would start the whole query again (prefixes and all) for each rowid.
        db.executemany("INSERT INTO shown (rowid, text) VALUES (?, ?)",
                       ((i, pieces[i].text) for i in chosen.values()))
        # Matched with OR: a piece holding only some of the words has them marked.
        made: dict[int, str] = dict(db.execute(
            "SELECT rowid, snippet(shown, 0, ?, ?, ?, ?) FROM shown WHERE shown MATCH ?",
            (_OPEN, _CLOSE, _ELLIPSIS, SNIPPET_TOKENS, anyof),
        ).fetchall())
    snippets = []
    for hit, head in enumerate(heads):
        rowid = chosen.get(hit)
        if rowid is None or rowid not in made:
            snippets.append(_pieces(_head(head)))
            continue
        piece, flat = pieces[rowid], _flat(made[rowid])
        # FTS5 marks what it left out of the piece; what lies outside the piece is marked here.
        if not piece.first and not flat.startswith(_ELLIPSIS):
            flat = _ELLIPSIS + flat
        if not piece.last and not flat.endswith(_ELLIPSIS):
            flat += _ELLIPSIS
        snippets.append(_pieces(flat))
    return snippets


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
    terms = _terms(query)
    if not terms or limit <= 0:
        return []
    rows = session.execute(
        _QUERY,
        {
            "match": " AND ".join(terms),
            "everything": 1 if include_archived else 0,
            "limit": limit,
        },
    ).all()
    snippets = _snippets([(r.title or "", r.body or "", r.context or "") for r in rows], terms)
    hits = [
        SearchHit(
            kind=row.kind,
            ref=int(row.ref),
            app_id=int(row.app) if row.app is not None else None,
            day=_day(row.day),
            title=row.title or "",
            context=row.context or "",
            detail=row.detail or "",
            snippet=snippet,
            rank=float(row.rank),
        )
        for row, snippet in zip(rows, snippets, strict=True)
    ]
    hits = _with_contact_apps(session, hits)
    # Equally good matches: the most recent first, undated last.
    hits.sort(key=lambda h: (round(h.rank, 9), -(h.day.toordinal() if h.day else 0)))
    return hits
