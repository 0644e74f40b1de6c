"""How an application was sent, when an import knows: through which site, with which CV (by
the name it had there), and the application form's screening questions with the answers
given. The review reads these to look at what was actually sent."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from sqlalchemy import Select, bindparam, delete, select
from sqlalchemy.orm import Session

from bounceback.db.models import Application, Document, ScreeningAnswer
from bounceback.services.errors import NotFoundError
from bounceback.services.validation import clean_text

# A form's question or answer is a line or a paragraph; far longer is a wrong cell.
ANSWER_LIMIT = 5000
THROUGH_LIMIT = 100
RESUME_LIMIT = 255


@dataclass(frozen=True)
class ScreeningRow:
    question: str
    answer: str


@dataclass(frozen=True)
class SentWith:
    applied_through: str
    resume_name: str
    # The document of that name, this application's first, else any application's: the
    # same CV is usually attached once and sent many times.
    resume_document_id: int | None
    answers: tuple[ScreeningRow, ...]

    @property
    def empty(self) -> bool:
        return not (self.applied_through or self.resume_name or self.answers)


# What is known of most applications: nothing.
NOTHING = SentWith("", "", None, ())


def _application(session: Session, app_id: int) -> Application:
    app = session.get(Application, app_id)
    if app is None:
        raise NotFoundError("application", app_id)
    return app


def set_sent_with(session: Session, app_id: int, *, applied_through: str = "",
                  resume_name: str = "", answers: Sequence[tuple[str, str]] = ()) -> None:
    """Replace what is known of how the application was sent."""
    app = _application(session, app_id)
    app.applied_through = clean_text("applied_through", applied_through, limit=THROUGH_LIMIT,
                                     label="Where it was sent through")
    app.resume_name = clean_text("resume_name", resume_name, limit=RESUME_LIMIT,
                                 label="The CV's name")
    # No loaded answer objects to keep in step (this module never loads any): without
    # synchronize_session, an import of thousands of applications doesn't scan the session's
    # identity map for each one.
    session.execute(delete(ScreeningAnswer).where(ScreeningAnswer.application_id == app_id)
                    .execution_options(synchronize_session=False))
    for position, (question, answer) in enumerate(answers):
        session.add(ScreeningAnswer(
            application_id=app_id, position=position,
            question=clean_text("question", question, limit=ANSWER_LIMIT, required=True,
                                label="The question"),
            answer=clean_text("answer", answer, limit=ANSWER_LIMIT, label="The answer")))
    session.flush()


def same_document_name(a: str, b: str) -> bool:
    """"Jordan Lee CV.pdf" and "jordan lee cv" name the same file: case and the extension
    don't count (a site may keep either)."""
    def key(name: str) -> str:
        path = PurePath(name.strip())
        stem = path.stem if path.suffix and len(path.suffix) <= 5 else path.name
        return " ".join(stem.casefold().split())

    return bool(a.strip()) and key(a) == key(b)


def resume_document(session: Session, app_id: int, resume_name: str) -> int | None:
    """The document named like the CV that was sent: this application's, else the newest."""
    if not resume_name.strip():
        return None
    rows = session.execute(
        select(Document.id, Document.application_id, Document.name)
        .order_by(Document.id.desc())).all()
    matching = [r for r in rows if same_document_name(resume_name, r.name)]
    own = [r for r in matching if r.application_id == app_id]
    best = own or matching
    return best[0].id if best else None


def screening_answers(session: Session, app_id: int) -> tuple[ScreeningRow, ...]:
    """The form's questions and the answers given, in the form's order (none: empty)."""
    return tuple(ScreeningRow(q, a)
                 for q, a in session.execute(_answers(), {"app_id": app_id}))


@functools.cache
def _answers() -> Select[*tuple[Any, ...]]:
    # Made once, the application a parameter: read each time an application is opened.
    return (select(ScreeningAnswer.question, ScreeningAnswer.answer)
            .where(ScreeningAnswer.application_id == bindparam("app_id"))
            .order_by(ScreeningAnswer.position, ScreeningAnswer.id))


def sent_with(session: Session, app_id: int) -> SentWith:
    app = _application(session, app_id)
    return sent_with_known(session, app.id, app.applied_through, app.resume_name)


def sent_with_known(session: Session, app_id: int, applied_through: str,
                    resume_name: str) -> SentWith:
    """``sent_with`` for an application whose columns were read already (with the rest of
    what its editor shows)."""
    return SentWith(applied_through, resume_name,
                    resume_document(session, app_id, resume_name),
                    screening_answers(session, app_id))
