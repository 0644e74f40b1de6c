"""Recurring themes across all the feedback you got: "leadership" came up for three applications.

Themes are found with a small, curated vocabulary of what job feedback tends to be about. Each
theme lists a few words or short phrases; a word ending in ``*`` is a stem, so ``communicat*``
finds "communication", "communicating" and "communicator". Matching ignores case and accents.
A theme says a topic came up, not whether it was praise or a concern: the lessons and action
items beside it tell that.

Labels are English source strings; the UI translates them in the "insights" context.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.models import ActionItem, Application, FeedbackNote

# A theme is recurring once it came up for this many different applications.
RECURRING = 2


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for lupdate (which looks for this name) without needing Qt here."""
    return text


@dataclass(frozen=True)
class ThemeWords:
    key: str
    label: str
    # Each entry is one word or a short phrase; phrases match consecutive words.
    terms: tuple[str, ...]


VOCABULARY: tuple[ThemeWords, ...] = (
    ThemeWords("leadership", QT_TRANSLATE_NOOP("insights", "Leadership"), (
        # Not a bare "lead"/"led": "which led to the decision" is not about leadership.
        "leader*", "mentor*", "ownership", "tak* charge", "took charge", "lead* team*",
        "lead* a team*", "lead* the team*", "led team*", "led a team*", "led the team*",
        "manag* people", "people manag*",
    )),
    ThemeWords("communication", QT_TRANSLATE_NOOP("insights", "Communication"), (
        "communicat*", "articulat*", "concise*", "clarity", "rambl*", "verbose",
        "listening skill*", "active listening",
    )),
    ThemeWords("technical_depth", QT_TRANSLATE_NOOP("insights", "Technical depth"), (
        "depth", "technical* knowledge", "technical* skill*", "fundamental*",
        "deep* technical", "technical* expertise",
    )),
    ThemeWords("system_design", QT_TRANSLATE_NOOP("insights", "System design"), (
        "system* design*", "architect*", "scalab*", "distributed system*",
    )),
    ThemeWords("culture_fit", QT_TRANSLATE_NOOP("insights", "Culture fit"), (
        "cultur*", "team fit", "good fit", "right fit", "our values", "company values",
    )),
    ThemeWords("experience", QT_TRANSLATE_NOOP("insights", "Experience"), (
        "experienc*", "senior*", "junior*", "years of", "track record",
    )),
    ThemeWords("salary", QT_TRANSLATE_NOOP("insights", "Salary expectations"), (
        # Not a bare "pay": "pay attention" is about something else.
        "salar*", "compensat*", "budget*", "pay range", "pay expectation*",
    )),
    ThemeWords("coding", QT_TRANSLATE_NOOP("insights", "Coding"), (
        "code*", "coding", "programming", "algorithm*", "data structure*", "live cod*",
    )),
    ThemeWords("testing", QT_TRANSLATE_NOOP("insights", "Testing"), (
        "testing", "tests", "unit test*", "test coverage", "tdd", "quality assurance",
    )),
    ThemeWords("presentation", QT_TRANSLATE_NOOP("insights", "Presentation"), (
        "present*", "slide*", "demo", "demos", "public speak*",
    )),
    ThemeWords("stakeholders", QT_TRANSLATE_NOOP("insights", "Stakeholder management"), (
        "stakeholder*", "cross functional*", "influenc*", "managing up", "manage up",
    )),
    ThemeWords("preparation", QT_TRANSLATE_NOOP("insights", "Preparation"), (
        "prepar*", "unprepared", "research* the company", "knowledge of the company",
    )),
    ThemeWords("confidence", QT_TRANSLATE_NOOP("insights", "Confidence"), (
        # Whole words, not a stem: "confidential" is not about confidence.
        "confident", "confidently", "confidence", "nervous*", "assertiv*", "self-assur*",
    )),
    ThemeWords("problem_solving", QT_TRANSLATE_NOOP("insights", "Problem solving"), (
        "problem solv*", "problem-solv*", "analytical*", "structured thinking",
    )),
    ThemeWords("teamwork", QT_TRANSLATE_NOOP("insights", "Teamwork"), (
        "collaborat*", "teamwork", "team player*", "team work",
    )),
)

THEMES: dict[str, ThemeWords] = {t.key: t for t in VOCABULARY}

_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower case without accents, so "Communicación" and "COMMUNICACION" read the same."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The folded words of ``text``; hyphens and apostrophes split words ("in-depth")."""
    return _WORD.findall(fold(text))


def _compile(term: str) -> tuple[tuple[str, bool], ...]:
    """A term as (word, is_stem) pairs, folded the same way as the text. A star makes the last
    word of its part a stem: "self-assur*" is "self" then a stem "assur"."""
    pairs: list[tuple[str, bool]] = []
    for part in term.split():
        parts = words(part.rstrip("*"))
        pairs += [(w, part.endswith("*") and i == len(parts) - 1) for i, w in enumerate(parts)]
    return tuple(pairs)


_PATTERNS: tuple[tuple[str, tuple[tuple[tuple[str, bool], ...], ...]], ...] = tuple(
    (t.key, tuple(_compile(term) for term in t.terms)) for t in VOCABULARY
)


def _matches_at(tokens: list[str], i: int, pattern: tuple[tuple[str, bool], ...]) -> bool:
    if i + len(pattern) > len(tokens):
        return False
    for offset, (want, stem) in enumerate(pattern):
        token = tokens[i + offset]
        if not (token.startswith(want) if stem else token == want):
            return False
    return True


def themes_in(text: str) -> set[str]:
    """The keys of the themes ``text`` touches on."""
    tokens = words(text)
    found: set[str] = set()
    for key, patterns in _PATTERNS:
        if any(_matches_at(tokens, i, p) for p in patterns for i in range(len(tokens))):
            found.add(key)
    return found


@dataclass(frozen=True)
class ThemeAction:
    id: int
    feedback_id: int
    text: str
    done: bool
    due_on: dt.date | None


@dataclass(frozen=True)
class ThemeNote:
    """A feedback note that mentions the theme (in the answer, your reaction or the lesson)."""

    feedback_id: int
    application_id: int
    company: str
    role: str
    on: dt.date | None  # when the answer came, else when you asked
    lesson: str


@dataclass(frozen=True)
class Theme:
    key: str
    label: str
    # Different applications whose feedback mentions it: what "recurring" counts.
    applications: int
    notes: tuple[ThemeNote, ...]
    # The non-empty lessons of those notes, newest first, each once.
    lessons: tuple[str, ...]
    actions: tuple[ThemeAction, ...]

    @property
    def recurring(self) -> bool:
        return self.applications >= RECURRING


@dataclass(frozen=True)
class FeedbackThemes:
    # Every theme that came up at least once, most applications first.
    themes: tuple[Theme, ...]
    # Feedback notes with something to read (an answer, a reaction or a lesson).
    notes_read: int
    # Applications those notes belong to.
    applications: int

    @property
    def recurring(self) -> tuple[Theme, ...]:
        return tuple(t for t in self.themes if t.recurring)


def feedback_themes(session: Session, *, include_archived: bool = True) -> FeedbackThemes:
    """Themes across all feedback notes, counted per distinct application."""
    stmt = select(FeedbackNote, Application).join(
        Application, FeedbackNote.application_id == Application.id)
    if not include_archived:
        stmt = stmt.where(Application.archived.is_(False))
    notes: list[ThemeNote] = []
    hits: dict[str, list[ThemeNote]] = defaultdict(list)
    for note, app in session.execute(stmt):
        text = "\n".join((note.answer_text, note.reaction, note.lesson))
        if not text.strip():
            continue
        entry = ThemeNote(note.id, app.id, app.company, app.role,
                          note.answered_on or note.asked_on, note.lesson.strip())
        notes.append(entry)
        for key in themes_in(text):
            hits[key].append(entry)

    actions: dict[int, list[ThemeAction]] = defaultdict(list)
    ids = [n.feedback_id for n in notes]
    if ids:
        rows = session.scalars(
            select(ActionItem).where(ActionItem.feedback_id.in_(ids))
            .order_by(ActionItem.done, ActionItem.id)
        )
        for a in rows:
            if a.feedback_id is not None:
                actions[a.feedback_id].append(
                    ThemeAction(a.id, a.feedback_id, a.text, a.done, a.due_on))

    themes = [_theme(key, found, actions) for key, found in hits.items()]
    order = {t.key: i for i, t in enumerate(VOCABULARY)}
    themes.sort(key=lambda t: (-t.applications, -len(t.notes), order[t.key]))
    return FeedbackThemes(
        themes=tuple(themes), notes_read=len(notes),
        applications=len({n.application_id for n in notes}),
    )


def _theme(key: str, found: list[ThemeNote],
           actions: dict[int, list[ThemeAction]]) -> Theme:
    newest = sorted(found, key=lambda n: (n.on is None, -(n.on or dt.date.min).toordinal(),
                                          -n.feedback_id))
    lessons: list[str] = []
    for n in newest:
        if n.lesson and n.lesson not in lessons:
            lessons.append(n.lesson)
    return Theme(
        key=key, label=THEMES[key].label,
        applications=len({n.application_id for n in found}),
        notes=tuple(newest), lessons=tuple(lessons),
        actions=tuple(a for n in newest for a in actions[n.feedback_id]),
    )
