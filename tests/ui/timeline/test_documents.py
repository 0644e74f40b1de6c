"""An application's documents in the Timeline: attached by the dialog or by dropping files on
the list, the application or one of its events; viewed inside BounceBack; saved as a copy;
removed; and a dropped "no" by e-mail recorded as the rejection."""

from __future__ import annotations

import datetime as dt
import os
import stat
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

from bounceback.db.enums import DocumentKind, EventKind, Status
from bounceback.services import applications, documents, events
from bounceback.ui.timeline import document_actions, document_window
from bounceback.ui.timeline.tab import TimelineTab
from tests.builders import add_application, add_event

CV = b"Jordan Lee\nSenior analyst\n"


@pytest.fixture
def tab(qtbot, ops, answers) -> TimelineTab:
    t = TimelineTab(ops)
    qtbot.addWidget(t)
    t.resize(1180, 760)
    t.show()
    return t


@pytest.fixture
def cv(tmp_path: Path) -> Path:
    path = tmp_path / "Jordan Lee CV.txt"
    path.write_bytes(CV)
    return path


def stored(ops, app_id: int) -> list[documents.DocumentRow]:
    return ops.read(documents.list_documents, app_id)


def drop(view: QAbstractItemView, files: list[Path], row: int | None) -> None:
    """Files dragged from a file manager and let go over ``row`` (None: below the rows)."""
    if row is None:
        point = QPoint(10, view.viewport().height() - 4)
    else:
        point = view.visualRect(view.model().index(row, 0)).center()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(point, action, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    dropped = QDropEvent(QPointF(point), action, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), dropped)
    assert dropped.isAccepted()


def click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_attach_by_the_dialog_shows_it_and_keeps_it(qtbot, tab, ops, cv, monkeypatch) -> None:
    app = add_application(ops, "Acme", "Analyst")
    tab.show_application(app.id)
    panel = tab.related.documents
    tab.related.setCurrentWidget(panel)
    monkeypatch.setattr(document_actions, "ask_files", lambda _parent: [str(cv)])
    click(panel.add_button)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1, timeout=10_000)
    assert [panel.proxy.index(0, c).data() for c in range(3)] == \
        ["Jordan Lee CV.txt", "CV / résumé", "The application"]
    assert tab.related.tabText(2) == "Docu&ments (1)"
    [row] = stored(ops, app.id)
    assert (row.name, row.kind, row.size) == ("Jordan Lee CV.txt", DocumentKind.CV, len(CV))


def test_a_file_dropped_on_an_application_in_the_list_is_kept_with_it(
        qtbot, tab, ops, cv) -> None:
    first = add_application(ops, "Acme", "Analyst", applied_on=dt.date(2026, 1, 5))
    second = add_application(ops, "Globex", "Analyst", applied_on=dt.date(2026, 2, 5))
    tab.show_application(second.id)
    view = tab.list.view
    row = next(r for r in range(tab.list.proxy.rowCount())
               if tab.list.id_at(tab.list.proxy.index(r, 0)) == first.id)
    drop(view, [cv], row)
    qtbot.waitUntil(lambda: len(stored(ops, first.id)) == 1, timeout=10_000)
    assert tab._current is not None and tab._current.id == first.id
    assert tab.related.currentWidget() is tab.related.documents
    qtbot.waitUntil(lambda: tab.related.documents.proxy.rowCount() == 1, timeout=10_000)
    assert stored(ops, second.id) == []


def test_a_file_dropped_on_an_event_belongs_to_it(qtbot, tab, ops, tmp_path) -> None:
    app = add_application(ops, "Acme", "Analyst", applied_on=dt.date(2026, 1, 5))
    interview = add_event(ops, app.id, EventKind.INTERVIEW, dt.date(2026, 1, 20))
    tab.show_application(app.id)
    notes = tmp_path / "interview notes.md"
    notes.write_text("They asked about dashboards", encoding="utf-8")
    history = tab.related.history
    row = next(r for r in range(history.proxy.rowCount())
               if history.model.row_at(history.proxy.mapToSource(
                   history.proxy.index(r, 0)).row()).id == interview.id)
    drop(history.view, [notes], row)
    qtbot.waitUntil(lambda: len(stored(ops, app.id)) == 1, timeout=10_000)
    [doc] = stored(ops, app.id)
    assert doc.event_id == interview.id and doc.kind == DocumentKind.INTERVIEW_NOTES
    panel = tab.related.documents
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1, timeout=10_000)
    assert panel.proxy.index(0, 2).data() == "Interview · 20 Jan 2026"


def _rejection_mail(tmp_path: Path) -> Path:
    mail = EmailMessage()
    mail["From"] = "Acme Talent <talent@acme.example>"
    mail["To"] = "jordan@example.org"
    mail["Subject"] = "Your application for Analyst"
    mail["Date"] = "Tue, 03 Mar 2026 09:15:00 +0000"
    mail.set_content("Thank you for your time. Unfortunately we have decided not to move "
                     "forward with your application.")
    path = tmp_path / "Your application.eml"
    path.write_bytes(mail.as_bytes())
    return path


def test_a_dropped_no_by_email_is_recorded_as_the_rejection(
        qtbot, tab, ops, tmp_path, monkeypatch) -> None:
    app = add_application(ops, "Acme", "Analyst", applied_on=dt.date(2026, 2, 1))
    tab.show_application(app.id)
    asked: list[tuple[str, dt.date]] = []

    def record(_parent, company: str, on: dt.date) -> bool:
        asked.append((company, on))
        return True

    monkeypatch.setattr(document_actions, "ask_record_rejection", record)
    drop(tab.related.documents.view, [_rejection_mail(tmp_path)], None)
    assert asked == [("Acme", dt.date(2026, 3, 3))]
    detail = ops.read(applications.get_application, app.id)
    assert detail.status == Status.REJECTED
    rejection = [e for e in ops.read(events.list_events, app.id)
                 if e.kind == EventKind.REJECTION]
    assert [e.occurred_on for e in rejection] == [dt.date(2026, 3, 3)]
    [doc] = stored(ops, app.id)
    assert doc.event_id == rejection[0].id and doc.kind == DocumentKind.EMAIL
    qtbot.waitUntil(lambda: tab.context.isVisible() and not tab.context.plan.isHidden())


def test_declining_the_offer_keeps_only_the_email(qtbot, tab, ops, tmp_path,
                                                 monkeypatch) -> None:
    app = add_application(ops, "Acme", "Analyst", applied_on=dt.date(2026, 2, 1))
    tab.show_application(app.id)
    monkeypatch.setattr(document_actions, "ask_record_rejection", lambda *_a: False)
    drop(tab.related.documents.view, [_rejection_mail(tmp_path)], None)
    qtbot.waitUntil(lambda: len(stored(ops, app.id)) == 1, timeout=10_000)
    assert ops.read(applications.get_application, app.id).status == Status.APPLIED


def test_a_file_too_large_is_refused_kindly_before_it_is_read(
        tab, ops, tmp_path, monkeypatch) -> None:
    app = add_application(ops, "Acme", "Analyst")
    tab.show_application(app.id)
    big = tmp_path / "interview recording.mp4"
    with open(big, "wb") as f:
        f.truncate(documents.MAX_BYTES + 1)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _p, _t, text, *a, **k: told.append(text)))
    drop(tab.related.documents.view, [big], None)
    assert len(told) == 1 and "interview recording.mp4" in told[0] and "25 MB" in told[0]
    assert stored(ops, app.id) == []


def test_view_save_a_copy_and_remove(qtbot, tab, ops, tmp_path, monkeypatch) -> None:
    app = add_application(ops, "Acme", "Analyst")
    ops.write(None, documents.attach, app.id, "notes.txt", b"Ask about the team\n")
    tab.show_application(app.id)
    panel = tab.related.documents
    tab.related.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    rect = panel.view.visualRect(panel.proxy.index(0, 0))
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(panel.edit_button)
    [window] = tab.related.document_actions.windows
    qtbot.waitUntil(window.isVisible)
    assert window.windowTitle() == "notes.txt — BounceBack"

    target = tmp_path / "copy of notes.txt"
    monkeypatch.setattr(document_window, "ask_copy_path", lambda _p, _n: str(target))
    click(window.save_button)
    assert target.read_bytes() == b"Ask about the team\n"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    window.close()
    qtbot.waitUntil(lambda: not tab.related.document_actions.windows)

    inside = ops.store.path.parent / "leak.txt"
    monkeypatch.setattr(document_window, "ask_copy_path", lambda _p, _n: str(inside))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    click(panel.save_button)
    assert not inside.exists()  # never into the data folder

    click(panel.delete_button)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0)
    assert stored(ops, app.id) == []


def test_a_search_hit_opens_the_document_to_read(qtbot, window, ops) -> None:
    from bounceback.services import search

    app = add_application(ops, "Acme", "Analyst")
    ops.write(None, documents.attach, app.id, "posting.txt",
              b"We use Looker and dbt every day\n")
    [hit] = ops.read(search.search, "looker")
    assert hit.kind == "document"
    window.open_record(hit.kind, hit.ref, hit.app_id)
    tab = window.show_tab("timeline")
    [shown] = tab.related.document_actions.windows
    qtbot.waitUntil(shown.isVisible)
    assert shown.name == "posting.txt"
    assert tab.related.currentWidget() is tab.related.documents
    shown.close()


def test_what_it_is_what_it_belongs_to_and_its_name_are_the_persons_to_change(
        qtbot, tab, ops, monkeypatch) -> None:
    app = add_application(ops, "Acme", "Analyst", applied_on=dt.date(2026, 1, 5))
    ev = add_event(ops, app.id, EventKind.INTERVIEW, dt.date(2026, 1, 20))
    ops.write(None, documents.attach, app.id, "scan 004.txt", b"Notes from the panel\n")
    tab.show_application(app.id)
    panel = tab.related.documents
    tab.related.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    rect = panel.view.visualRect(panel.proxy.index(0, 0))
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    menu = panel.show_menu(rect.center())
    assert menu is not None

    def action(where, text):
        return next(a for a in where.actions() if a.text() == text)

    kinds = action(menu, "What it is").menu()
    action(kinds, "Interview notes").trigger()
    qtbot.waitUntil(lambda: stored(ops, app.id)[0].kind == DocumentKind.INTERVIEW_NOTES)
    menu = panel.show_menu(rect.center())
    owners = action(menu, "Belongs to").menu()
    action(owners, "Interview · 20 Jan 2026").trigger()
    qtbot.waitUntil(lambda: stored(ops, app.id)[0].event_id == ev.id)
    assert panel.proxy.index(0, 2).data() == "Interview · 20 Jan 2026"
    monkeypatch.setattr(document_actions, "ask_name", lambda _p, _n: "Panel notes.txt")
    panel.view.setFocus()
    QTest.keyClick(panel.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: stored(ops, app.id)[0].name == "Panel notes.txt")
    assert panel.proxy.index(0, 0).data() == "Panel notes.txt"
