"""Documents of an application: the CV and letter sent, the job description, the e-mails.

Their bytes live in the store (``document_contents``), once per content however many
applications they were sent to, so they are encrypted, backed up and exported with the rest,
and nothing is ever written beside the store in plaintext. Reading one back gives its bytes
to the caller, who shows them or writes them where the person chose.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import DocumentKind, EventKind
from bounceback.db.models import Application, Document, DocumentContent, Event
from bounceback.services import sent_with
from bounceback.services.errors import NotFoundError, ValidationError
from bounceback.services.validation import clean_text

# Larger files are refused: a CV, a letter, a posting or an e-mail is well under this; a
# video of an interview is not what the store is for (and would make every backup as big).
MAX_BYTES = 25 * 1024 * 1024
MAX_NAME = 255

# What a file name says it is, in the languages BounceBack speaks (the person can change it).
_NAME_HINTS: tuple[tuple[DocumentKind, tuple[str, ...]], ...] = (
    (DocumentKind.COVER_LETTER, ("cover", "motivation", "carta", "presentaci", "anschreiben")),
    (DocumentKind.CV, ("cv", "resume", "résumé", "curriculum", "lebenslauf")),
    (DocumentKind.JOB_DESCRIPTION, ("job", "description", "posting", "advert", "oferta",
                                    "puesto", "vacante")),
    (DocumentKind.INTERVIEW_NOTES, ("interview", "entrevista", "notes", "notas")),
)


@dataclass(frozen=True)
class DocumentRow:
    id: int
    application_id: int
    event_id: int | None
    name: str
    kind: DocumentKind
    size: int
    added_on: dt.date
    content_id: int
    # Other applications the same content was attached to: (id, "Company — Role").
    also_in: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class StoreUsage:
    documents: int
    # Bytes kept (each content once) and bytes attached (as if each copy were kept).
    stored_bytes: int
    attached_bytes: int


def guess_kind(name: str, *, email: bool = False) -> DocumentKind:
    """What a document probably is, from its name (an e-mail from its form)."""
    if email or PurePath(name).suffix.lower() in (".eml", ".msg"):
        return DocumentKind.EMAIL
    words = PurePath(name).stem.casefold().replace("_", " ").replace("-", " ")
    for kind, hints in _NAME_HINTS:
        if any(hint in words.split() or (len(hint) > 3 and hint in words) for hint in hints):
            return kind
    return DocumentKind.OTHER


def _check_name(name: str) -> str:
    # Only the file's own name: a path (from a drop or an import) says where it was, not what.
    base = PurePath(name.replace("\\", "/")).name
    text = clean_text("name", base, limit=MAX_NAME, required=True, label="The file name")
    if any(ord(c) < 32 for c in text):
        text = "".join(c if ord(c) >= 32 else " " for c in text).strip()
    return text


def check_size(size: int) -> None:
    if size <= 0:
        raise ValidationError("file", "This file is empty, so there is nothing to keep.")
    if size > MAX_BYTES:
        raise ValidationError(
            "file", "This file is %1 MB; BounceBack keeps files of up to %2 MB. A PDF export "
            "or a smaller copy will fit.", f"{size / 1024 / 1024:.0f}",
            MAX_BYTES // 1024 // 1024)


def read_file(path: Path) -> tuple[str, bytes]:
    """A file's name and bytes, its size checked before anything is read."""
    try:
        size = os.stat(path).st_size
        if not Path(path).is_file():
            raise ValidationError("file", "Only files can be attached, not folders.")
        check_size(size)
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ValidationError("file", "BounceBack couldn't read this file (%1).",
                              exc.strerror or type(exc).__name__) from exc
    check_size(len(data))
    return Path(path).name, data


def _content(session: Session, data: bytes, name: str) -> DocumentContent:
    digest = hashlib.sha256(data).hexdigest()
    found = session.scalar(select(DocumentContent).where(DocumentContent.sha256 == digest))
    if found is not None:
        return found
    # Imported lazily: PDF reading loads PDFium, which nothing else needs.
    from bounceback.services.document_text import extract_text

    content = DocumentContent(sha256=digest, size=len(data), data=data,
                              text=extract_text(name, data))
    session.add(content)
    session.flush()
    return content


def attach(
    session: Session,
    app_id: int,
    name: str,
    data: bytes,
    *,
    kind: DocumentKind | None = None,
    event_id: int | None = None,
    today: dt.date | None = None,
) -> DocumentRow:
    """Keep ``data`` as a document of an application (or of one of its events).

    The same content attached twice to one application is one document: the existing one is
    given back (placed on the event, if it had none)."""
    if session.get(Application, app_id) is None:
        raise NotFoundError("application", app_id)
    if event_id is not None:
        event = session.get(Event, event_id)
        if event is None or event.application_id != app_id:
            raise NotFoundError("event", event_id)
    check_size(len(data))
    clean = _check_name(name)
    content = _content(session, data, clean)
    existing = session.scalar(select(Document).where(
        Document.application_id == app_id, Document.content_id == content.id))
    if existing is not None:
        if event_id is not None and existing.event_id is None:
            existing.event_id = event_id
            session.flush()
        return _row(session, existing)
    from bounceback.services.document_text import DocumentFormat, kind_of

    doc = Document(
        application_id=app_id, event_id=event_id, content_id=content.id, name=clean,
        kind=kind or guess_kind(clean, email=kind_of(clean, data) == DocumentFormat.EMAIL),
        added_on=today or dt.date.today(),
    )
    session.add(doc)
    session.flush()
    return _row(session, doc)


def _get(session: Session, doc_id: int) -> Document:
    doc = session.get(Document, doc_id)
    if doc is None:
        raise NotFoundError("document", doc_id)
    return doc


def _row(session: Session, doc: Document) -> DocumentRow:
    return list_documents(session, doc_ids=[doc.id])[0]


def list_documents(
    session: Session, app_id: int | None = None, *, doc_ids: list[int] | None = None
) -> list[DocumentRow]:
    """Documents (of one application, or all), newest first, each with the other
    applications its content was also attached to. Columns only: never the bytes."""
    d = Document
    if app_id is not None and doc_ids is None:
        # Each time an application is opened: the statement made once.
        rows = session.execute(_documents_of_application(), {"app_id": app_id}).all()
    else:
        stmt = _documents()
        if app_id is not None:
            stmt = stmt.where(d.application_id == app_id)
        if doc_ids is not None:
            stmt = stmt.where(d.id.in_(doc_ids))
        rows = session.execute(stmt.order_by(d.added_on.desc(), d.id.desc())).all()
    shared = _also_in(session, {r.content_id for r in rows})
    return [
        DocumentRow(
            id=r.id, application_id=r.application_id, event_id=r.event_id, name=r.name,
            kind=DocumentKind(r.kind), size=r.size, added_on=r.added_on,
            content_id=r.content_id,
            also_in=tuple((a, h) for a, h in shared.get(r.content_id, ())
                          if a != r.application_id),
        )
        for r in rows
    ]


def _documents() -> Select[*tuple[Any, ...]]:
    d, c = Document, DocumentContent
    return select(d.id, d.application_id, d.event_id, d.name, d.kind, c.size, d.added_on,
                  d.content_id).join(c, c.id == d.content_id)


@functools.cache
def _documents_of_application() -> Select[*tuple[Any, ...]]:
    d = Document
    return _documents().where(d.application_id == bindparam("app_id")) \
        .order_by(d.added_on.desc(), d.id.desc())


def _also_in(session: Session, content_ids: set[int]) -> dict[int, list[tuple[int, str]]]:
    if not content_ids:
        return {}
    found: dict[int, list[tuple[int, str]]] = {}
    for content_id, app, company, role in session.execute(
            _shared_contents(), {"ids": sorted(content_ids)}):
        found.setdefault(content_id, []).append((app, f"{company} — {role}" if role else company))
    return found


@functools.cache
def _shared_contents() -> Select[*tuple[Any, ...]]:
    # Made once, the contents a parameter: read each time an application is opened.
    # Only contents attached more than once need a second look.
    many = select(Document.content_id) \
        .where(Document.content_id.in_(bindparam("ids", expanding=True))) \
        .group_by(Document.content_id).having(func.count(func.distinct(
            Document.application_id)) > 1)
    return select(Document.content_id, Application.id, Application.company, Application.role) \
        .join(Application, Application.id == Document.application_id) \
        .where(Document.content_id.in_(many)).distinct() \
        .order_by(func.lower(Application.company), Application.id)


def document_data(session: Session, doc_id: int) -> tuple[str, bytes]:
    """A document's name and bytes, to show or to save where the person chose."""
    doc = _get(session, doc_id)
    data = session.scalar(select(DocumentContent.data).where(
        DocumentContent.id == doc.content_id))
    return doc.name, bytes(data or b"")


def update_document(
    session: Session, doc_id: int, *, name: str | None = None, kind: DocumentKind | None = None,
) -> DocumentRow:
    doc = _get(session, doc_id)
    if name is not None:
        doc.name = _check_name(name)
    if kind is not None:
        doc.kind = DocumentKind(kind)
    session.flush()
    return _row(session, doc)


def set_event(session: Session, doc_id: int, event_id: int | None) -> DocumentRow:
    """Place a document on one of its application's events, or on the application itself."""
    doc = _get(session, doc_id)
    if event_id is not None:
        event = session.get(Event, event_id)
        if event is None or event.application_id != doc.application_id:
            raise NotFoundError("event", event_id)
    doc.event_id = event_id
    session.flush()
    return _row(session, doc)


def delete_document(session: Session, doc_id: int) -> None:
    """Remove a document; its bytes go with the last document that had them (a trigger)."""
    session.delete(_get(session, doc_id))
    session.flush()


def usage(session: Session) -> StoreUsage:
    count, attached = session.execute(
        select(func.count(Document.id), func.coalesce(func.sum(DocumentContent.size), 0))
        .join(DocumentContent, DocumentContent.id == Document.content_id)).one()
    stored = session.scalar(select(func.coalesce(func.sum(DocumentContent.size), 0))) or 0
    return StoreUsage(documents=count, stored_bytes=stored, attached_bytes=attached)


def documents_by_application(session: Session) -> dict[int, list[str]]:
    """Every application's document names (for exports that list them)."""
    found: dict[int, list[str]] = {}
    for app_id, name in session.execute(
            select(Document.application_id, Document.name).order_by(Document.id)):
        found.setdefault(app_id, []).append(name)
    return found


def record_rejection_mail(
    session: Session, app_id: int, name: str, data: bytes, *, on: dt.date,
    today: dt.date | None = None,
) -> DocumentRow:
    """Their "no" came by e-mail: the rejection goes on the timeline on the mail's day (the
    plan is offered as for any rejection) and the mail is kept as its document."""
    from bounceback.services import events

    # attach() checks the size; a refusal there rolls the event back with it (one write).
    event = events.add_event(session, app_id, events.EventInput(
        kind=EventKind.REJECTION, occurred_on=on))
    return attach(session, app_id, name, data, kind=DocumentKind.EMAIL, event_id=event.id,
                  today=today)


def attach_files(
    session: Session, app_id: int, files: list[tuple[str, bytes]], *,
    event_id: int | None = None,
) -> list[DocumentRow]:
    """Several files at once, all or none (a drop of three files is one step)."""
    return [attach(session, app_id, name, data, event_id=event_id) for name, data in files]


@dataclass(frozen=True)
class SentBeside:
    """What the review puts side by side: the document sent (newest of its kind) and the
    job it was sent for (a posting kept as a document, else the description typed in)."""

    sent: tuple[str, bytes] | None
    posting: tuple[str, bytes] | None
    description: str


def _newest(session: Session, app_id: int, kind: DocumentKind) -> tuple[str, bytes] | None:
    row = session.execute(
        select(Document.name, DocumentContent.data)
        .join(DocumentContent, DocumentContent.id == Document.content_id)
        .where(Document.application_id == app_id, Document.kind == kind)
        .order_by(Document.added_on.desc(), Document.id.desc()).limit(1)).first()
    return (row[0], bytes(row[1])) if row is not None else None


def _named(session: Session, doc_id: int) -> tuple[str, bytes] | None:
    row = session.execute(
        select(Document.name, DocumentContent.data)
        .join(DocumentContent, DocumentContent.id == Document.content_id)
        .where(Document.id == doc_id)).first()
    return (row[0], bytes(row[1])) if row is not None else None


def sent_beside(session: Session, app_id: int, kind: DocumentKind) -> SentBeside:
    app = session.get(Application, app_id)
    if app is None:
        raise NotFoundError("application", app_id)
    sent = _newest(session, app_id, kind)
    if sent is None and kind == DocumentKind.CV:
        # No CV attached to this one, but the site named the CV sent: the same file is
        # usually attached once, to another application, and sent many times.
        doc_id = sent_with.resume_document(session, app_id, app.resume_name)
        sent = _named(session, doc_id) if doc_id is not None else None
    return SentBeside(sent=sent,
                      posting=_newest(session, app_id, DocumentKind.JOB_DESCRIPTION),
                      description=app.job_description)
