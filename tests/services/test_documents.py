"""Documents of an application: kept in the store once per content, listed with where else
they were sent, found by search, and gone with the last document that had them."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import DocumentKind, EventKind
from bounceback.db.models import DocumentContent
from bounceback.services import applications as apps
from bounceback.services import documents, search, sent_with
from bounceback.services.errors import NotFoundError, ValidationError
from tests.builders import add_application, add_event

CV = b"Jordan Lee\nSenior data analyst\nSQL, Python, dashboards\n"
DAY = dt.date(2026, 3, 2)


def _contents(session: Session) -> int:
    return session.scalar(select(func.count(DocumentContent.id))) or 0


def test_a_cv_sent_to_three_applications_is_kept_once_and_says_where_else(
        session: Session) -> None:
    ids = [add_application(session, c, "Analyst").id for c in ("Acme", "Globex", "Initech")]
    rows = [documents.attach(session, i, "Jordan Lee CV.txt", CV, today=DAY) for i in ids]
    assert _contents(session) == 1
    assert [r.kind for r in rows] == [DocumentKind.CV] * 3
    first = documents.list_documents(session, ids[0])
    assert [(d.name, d.size, d.added_on) for d in first] == [("Jordan Lee CV.txt", len(CV), DAY)]
    assert [h for _i, h in first[0].also_in] == ["Globex — Analyst", "Initech — Analyst"]
    usage = documents.usage(session)
    assert (usage.documents, usage.stored_bytes, usage.attached_bytes) == \
        (3, len(CV), 3 * len(CV))


def test_the_same_file_twice_on_one_application_is_one_document(session: Session) -> None:
    app = add_application(session)
    ev = add_event(session, app.id, EventKind.INTERVIEW, DAY)
    first = documents.attach(session, app.id, "cv.txt", CV)
    again = documents.attach(session, app.id, "copy of cv.txt", CV, event_id=ev.id)
    assert again.id == first.id and again.event_id == ev.id
    assert len(documents.list_documents(session, app.id)) == 1


def test_bytes_go_with_the_last_document_that_had_them(session: Session) -> None:
    a, b = add_application(session, "Acme"), add_application(session, "Globex")
    da = documents.attach(session, a.id, "cv.txt", CV)
    documents.attach(session, b.id, "cv.txt", CV)
    documents.delete_document(session, da.id)
    assert _contents(session) == 1
    apps.delete_application(session, b.id)  # a cascade, not a service delete
    assert _contents(session) == 0
    assert documents.list_documents(session) == []


def test_data_comes_back_byte_for_byte(session: Session) -> None:
    app = add_application(session)
    data = bytes(range(256)) * 100
    doc = documents.attach(session, app.id, "../../etc/strange\x01name.bin", data)
    assert doc.name == "strange name.bin"  # only the file's own name, no control characters
    assert doc.kind == DocumentKind.OTHER
    assert documents.document_data(session, doc.id) == ("strange name.bin", data)


@pytest.mark.parametrize(("name", "kind"), [
    ("CV_2026.pdf", DocumentKind.CV), ("resume-final.docx", DocumentKind.CV),
    ("Curriculum Jordan.pdf", DocumentKind.CV), ("Cover letter Acme.pdf",
                                                 DocumentKind.COVER_LETTER),
    ("carta de presentación.pdf", DocumentKind.COVER_LETTER),
    ("job description.txt", DocumentKind.JOB_DESCRIPTION),
    ("oferta puesto.pdf", DocumentKind.JOB_DESCRIPTION),
    ("interview notes.md", DocumentKind.INTERVIEW_NOTES),
    ("Your application.eml", DocumentKind.EMAIL), ("photo.png", DocumentKind.OTHER),
])
def test_the_kind_is_guessed_from_the_name(name: str, kind: DocumentKind) -> None:
    assert documents.guess_kind(name) == kind


def test_the_person_can_rename_retype_and_move_a_document(session: Session) -> None:
    app = add_application(session)
    other = add_application(session, "Globex")
    ev = add_event(session, app.id, EventKind.REJECTION, DAY)
    doc = documents.attach(session, app.id, "scan.txt", CV)
    doc = documents.update_document(session, doc.id, name="My CV.txt", kind=DocumentKind.CV)
    assert (doc.name, doc.kind) == ("My CV.txt", DocumentKind.CV)
    assert documents.set_event(session, doc.id, ev.id).event_id == ev.id
    other_ev = add_event(session, other.id, EventKind.NOTE, DAY)
    with pytest.raises(NotFoundError):
        documents.set_event(session, doc.id, other_ev.id)  # another application's event
    assert documents.set_event(session, doc.id, None).event_id is None


def test_empty_and_oversized_files_are_refused_kindly(session: Session, tmp_path: Path) -> None:
    app = add_application(session)
    with pytest.raises(ValidationError) as empty:
        documents.attach(session, app.id, "empty.txt", b"")
    assert "empty" in str(empty.value.message)
    big = tmp_path / "video.mp4"
    with open(big, "wb") as f:
        f.truncate(documents.MAX_BYTES + 1)  # sparse: nothing is really written
    with pytest.raises(ValidationError) as large:
        documents.read_file(big)
    assert "25 MB" in str(large.value.message)
    with pytest.raises(ValidationError):
        documents.read_file(tmp_path)
    with pytest.raises(ValidationError):
        documents.read_file(tmp_path / "missing.pdf")
    assert _contents(session) == 0


def test_a_missing_application_or_foreign_event_is_refused(session: Session) -> None:
    app = add_application(session)
    with pytest.raises(NotFoundError):
        documents.attach(session, 9999, "cv.txt", CV)
    other = add_application(session, "Globex")
    ev = add_event(session, other.id, EventKind.NOTE, DAY)
    with pytest.raises(NotFoundError):
        documents.attach(session, app.id, "cv.txt", CV, event_id=ev.id)


def test_search_finds_documents_by_name_and_text(session: Session) -> None:
    app = add_application(session, "Acme", "Analyst")
    documents.attach(session, app.id, "Jordan Lee CV.txt", CV)
    mail = EmailMessage()
    mail["From"] = "Talent team <jobs@acme.example>"
    mail["Subject"] = "Your application"
    mail.set_content("We were impressed by your portfolio of dashboards in Tableau.")
    documents.attach(session, app.id, "answer.eml", mail.as_bytes())
    by_name = search.search(session, "Jordan")
    assert [(h.kind, h.title) for h in by_name] == [("document", "Jordan Lee CV.txt")]
    by_text = search.search(session, "tableau")
    assert [(h.kind, h.title, h.app_id) for h in by_text] == [("document", "answer.eml", app.id)]
    assert by_text[0].context == "Acme — Analyst"
    apps.update_application(session, app.id, apps.ApplicationInput("Acme Labs", "Analyst"))
    assert search.search(session, "tableau")[0].context == "Acme Labs — Analyst"


def test_documents_by_application_lists_names(session: Session) -> None:
    app = add_application(session)
    documents.attach(session, app.id, "cv.txt", CV)
    documents.attach(session, app.id, "letter.txt", b"Dear team")
    assert documents.documents_by_application(session) == {app.id: ["cv.txt", "letter.txt"]}


def test_the_review_gets_the_newest_cv_beside_the_posting(session: Session) -> None:
    app = add_application(session, job_description="Lead the analytics team")
    assert documents.sent_beside(session, app.id, DocumentKind.CV) == documents.SentBeside(
        None, None, "Lead the analytics team")
    documents.attach(session, app.id, "old cv.txt", b"old", kind=DocumentKind.CV,
                     today=dt.date(2026, 1, 1))
    documents.attach(session, app.id, "cv march.txt", b"new", kind=DocumentKind.CV,
                     today=dt.date(2026, 3, 1))
    documents.attach(session, app.id, "posting.txt", b"the ad", today=dt.date(2026, 1, 1),
                     kind=DocumentKind.JOB_DESCRIPTION)
    found = documents.sent_beside(session, app.id, DocumentKind.CV)
    assert found.sent == ("cv march.txt", b"new")
    assert found.posting == ("posting.txt", b"the ad")
    assert documents.sent_beside(session, app.id, DocumentKind.COVER_LETTER).sent is None


def test_the_cv_sent_is_found_by_the_name_the_site_gave_it(session: Session) -> None:
    """An import knew the CV only by name ("Jordan Lee CV.pdf"); the file itself was
    attached to another application: the review puts that one beside the job."""
    earlier = add_application(session, "Acme", "Analyst")
    app = add_application(session, "Globex", "Analyst", job_description="Dashboards")
    documents.attach(session, earlier.id, "Jordan Lee CV.txt", CV, kind=DocumentKind.CV)
    documents.attach(session, earlier.id, "Other CV.txt", b"someone else",
                     kind=DocumentKind.CV)
    assert documents.sent_beside(session, app.id, DocumentKind.CV).sent is None

    sent_with.set_sent_with(session, app.id, applied_through="LinkedIn",
                            resume_name="Jordan Lee CV.pdf")
    found = documents.sent_beside(session, app.id, DocumentKind.CV)
    assert found.sent == ("Jordan Lee CV.txt", CV)
    assert found.description == "Dashboards"
    # Only the CV goes by that name: a letter is the one attached, or none.
    assert documents.sent_beside(session, app.id, DocumentKind.COVER_LETTER).sent is None
    # A CV attached to this application itself comes first, whatever its name.
    documents.attach(session, app.id, "cv for globex.txt", b"tailored", kind=DocumentKind.CV)
    assert documents.sent_beside(session, app.id, DocumentKind.CV).sent == \
        ("cv for globex.txt", b"tailored")
