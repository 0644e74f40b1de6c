"""Filling the feedback request from the person's "feedback_request" template.

Plain helpers: what the placeholders are filled with, and the one question asked before a
typed request is replaced. The tab reads the application and its history through ``Ops``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bounceback import paths
from bounceback.db.enums import EventKind
from bounceback.services.applications import ApplicationDetail
from bounceback.services.events import EventRow
from bounceback.ui.common import labels

TEMPLATE = "feedback_request"

# Words that start a role rather than a name: "the recruiter" is not "Hi the,".
_NOT_NAMES = frozenset({"the", "a", "an", "my", "our", "their", "hiring", "hr", "recruiter",
                        "interviewer", "manager", "team", "panel"})


def _t(text: str) -> str:
    return QCoreApplication.translate("feedback", text)


def templates_dir() -> Path:
    return paths.data_dir() / "templates"


def first_name(whom: str) -> str:
    """The first name in "Sam (recruiter)" or "Dana Reyes"; empty for a role such as
    "the hiring manager", so the letter shows a visible [name] to fill in instead."""
    words = whom.replace("(", " ").replace(",", " ").split()
    if not words:
        return ""
    word = words[0].strip(".;:'\"")
    if not word or not word[0].isupper() or word.casefold() in _NOT_NAMES:
        return ""
    return word


def talked_on(history: list[EventRow], whom: str) -> dt.date | None:
    """The day of the latest interview, preferring one this person took part in; a screening
    call when there was no interview."""
    name = whom.casefold().strip()
    for kind in (EventKind.INTERVIEW, EventKind.SCREEN):
        talks = [e for e in history if e.kind == kind]
        theirs = [e for e in talks if name and name in e.interviewers.casefold()]
        chosen = theirs or talks
        if chosen:
            return max(e.occurred_on for e in chosen)
    return None


def template_values(
    app: ApplicationDetail, history: list[EventRow], whom: str, contact_name: str | None
) -> dict[str, str]:
    """The placeholders, filled from the application. Your own name has no setting yet, so it
    stays a visible "[my name]" to fill in."""
    person = contact_name or whom
    talk = talked_on(history, contact_name or "")
    return {
        "name": first_name(person),
        "company": app.company,
        "role": app.role,
        "interview_date": labels.date(talk) if talk else "",
    }


def known_words(app: ApplicationDetail, names: list[str]) -> list[str]:
    """Names of the company, the role and the people: not spelling mistakes."""
    text = " ".join([app.company, app.role, *names])
    words = (w.strip(".,()&'\"") for w in text.split())
    return [w for w in words if w]


def ask_replace(parent: QWidget | None) -> bool:
    """Ask before the template replaces a request the person wrote (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        _t("Start from the template?"),
        _t("Replace your request with a fresh draft from the template? "
           "What you wrote will be lost."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
