"""How an application was sent, in its editor when an import knew it: through which site,
with which CV (viewed in one click once it is kept here), and the screening questions with
the answers given, in a window of their own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from bounceback.db.enums import DocumentKind
from bounceback.services import documents, sent_with
from bounceback.ui.timeline import document_actions
from bounceback.ui.timeline.tab import TimelineTab
from tests.builders import add_application

CV = b"Jordan Lee\nSenior analyst, six years of dashboards\n"
ANSWERS = [("How many years of SQL do you have?", "6"),
           ("Are you legally allowed to work here?", "Yes"),
           ("Anything else?", "")]


@pytest.fixture
def tab(qtbot, ops, answers) -> TimelineTab:
    t = TimelineTab(ops)
    qtbot.addWidget(t)
    t.resize(1180, 760)
    t.show()
    return t


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def sent_shown(tab: TimelineTab) -> bool:
    return tab.form.sent.isVisibleTo(tab) and tab.form._form.isRowVisible(tab.form.sent)


def linkedin_application(ops, **kwargs) -> int:
    app = add_application(ops, "Northwind", "Analyst", applied_on=dt.date(2026, 3, 5))
    ops.write(None, sent_with.set_sent_with, app.id, **kwargs)
    return app.id


def test_nothing_known_shows_no_row(tab, ops) -> None:
    app = add_application(ops, "Acme", "Analyst")
    tab.show_application(app.id)
    assert not sent_shown(tab)
    assert ops.read(sent_with.sent_with, app.id).empty


def test_the_site_and_the_cv_read_as_one_line(tab, ops) -> None:
    app_id = linkedin_application(ops, applied_through="LinkedIn",
                                  resume_name="Jordan Lee CV.pdf")
    tab.show_application(app_id)
    row = tab.form.sent
    assert sent_shown(tab)
    assert row.text.text() == "Through LinkedIn, with the CV “Jordan Lee CV.pdf”"
    # No file of that name is kept, and the form asked nothing: no buttons.
    assert not row.cv_button.isVisibleTo(tab) and not row.answers_button.isVisibleTo(tab)


def test_only_the_parts_known_are_said(tab, ops) -> None:
    through = linkedin_application(ops, applied_through="LinkedIn")
    tab.show_application(through)
    assert tab.form.sent.text.text() == "Through LinkedIn"
    cv_only = add_application(ops, "Globex", "Analyst").id
    ops.write(None, sent_with.set_sent_with, cv_only, resume_name="Jordan Lee CV.pdf")
    tab.show_application(cv_only)
    assert tab.form.sent.text.text() == "With the CV “Jordan Lee CV.pdf”"


def test_moving_to_an_application_without_it_or_a_new_one_hides_the_row(tab, ops) -> None:
    plain = add_application(ops, "Acme", "Analyst", applied_on=dt.date(2026, 1, 5)).id
    app_id = linkedin_application(ops, applied_through="LinkedIn", answers=ANSWERS)
    tab.show_application(app_id)
    assert sent_shown(tab)
    tab.show_application(plain)
    assert not sent_shown(tab)
    tab.show_application(app_id)
    assert sent_shown(tab)
    click(tab.new_button)
    assert not sent_shown(tab)


def test_the_screening_answers_open_to_read_and_escape_closes(qtbot, tab, ops) -> None:
    app_id = linkedin_application(ops, applied_through="LinkedIn", answers=ANSWERS)
    tab.show_application(app_id)
    button = tab.form.sent.answers_button
    assert button.isVisibleTo(tab) and button.text() == "Screening answers (3)…"
    assert button.accessibleName()
    click(button)
    window = tab.answers_window
    assert window is not None
    qtbot.waitUntil(window.isVisible)
    assert window.windowTitle() == "Your screening answers for Northwind — BounceBack"
    text = window.text.toPlainText()
    assert text.index("How many years of SQL") < text.index("6") < text.index("legally")
    assert "No answer given" in text  # the question left blank says so
    # Each question in bold, its answer not.
    doc = window.text.document()
    block = doc.findBlock(text.index("How many years"))
    weights = {f.format.fontWeight() for f in block.textFormats()
               if "How many" in block.text()[f.start:f.start + f.length]}
    assert weights == {QFont.Weight.Bold}
    answer = doc.find("Yes")
    assert answer.charFormat().fontWeight() != QFont.Weight.Bold
    # Read-only, and selectable to copy.
    assert window.text.isReadOnly()
    assert window.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    QTest.keyClick(window.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
    # Reading changed nothing.
    assert ops.read(sent_with.screening_answers, app_id) == tuple(
        sent_with.ScreeningRow(q, a) for q, a in ANSWERS)


def test_the_cv_attached_later_can_be_viewed_from_the_row(
        qtbot, tab, ops, tmp_path: Path, monkeypatch) -> None:
    app_id = linkedin_application(ops, applied_through="LinkedIn",
                                  resume_name="Jordan Lee CV.pdf")
    tab.show_application(app_id)
    row = tab.form.sent
    assert not row.cv_button.isVisibleTo(tab)
    cv = tmp_path / "Jordan Lee CV.txt"
    cv.write_bytes(CV)
    panel = tab.related.documents
    tab.related.setCurrentWidget(panel)
    monkeypatch.setattr(document_actions, "ask_files", lambda _parent: [str(cv)])
    click(panel.add_button)
    qtbot.waitUntil(lambda: row.cv_button.isVisibleTo(tab), timeout=10_000)
    [doc] = ops.read(documents.list_documents, app_id)
    assert ops.read(sent_with.sent_with, app_id).resume_document_id == doc.id
    tab.related.setCurrentIndex(0)
    click(row.cv_button)
    [window] = tab.related.document_actions.windows
    qtbot.waitUntil(window.isVisible)
    shown = [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
    assert any("six years of dashboards" in t for t in shown)
    # Its own document: selected in the Documents list too.
    assert tab.related.currentWidget() is panel
    assert panel.selected() is not None and panel.selected().id == doc.id
    window.close()


def test_a_cv_kept_with_another_application_opens_without_leaving_this_one(
        qtbot, tab, ops) -> None:
    earlier = add_application(ops, "Acme", "Analyst", applied_on=dt.date(2026, 1, 5)).id
    doc = ops.write(None, documents.attach, earlier, "jordan lee cv.txt", CV,
                    kind=DocumentKind.CV)
    app_id = linkedin_application(ops, applied_through="LinkedIn",
                                  resume_name="Jordan Lee CV.pdf")
    tab.show_application(app_id)
    tab.related.setCurrentIndex(0)
    click(tab.form.sent.cv_button)
    [window] = tab.related.document_actions.windows
    qtbot.waitUntil(window.isVisible)
    assert window.name == "jordan lee cv.txt"
    assert ops.read(sent_with.sent_with, app_id).resume_document_id == doc.id
    assert tab.related.currentIndex() == 0  # the CV isn't in this one's Documents
    assert tab._current is not None and tab._current.id == app_id
    window.close()
    QApplication.processEvents()


def test_tab_reaches_its_buttons_where_they_are_shown(qtbot, tab, ops) -> None:
    earlier = add_application(ops, "Acme", "Analyst", applied_on=dt.date(2026, 1, 5)).id
    ops.write(None, documents.attach, earlier, "Jordan Lee CV.pdf", CV, kind=DocumentKind.CV)
    app_id = linkedin_application(ops, applied_through="LinkedIn",
                                  resume_name="Jordan Lee CV.pdf", answers=ANSWERS)
    tab.show_application(app_id)
    tab.activateWindow()
    row = tab.form.sent
    tab.form.source.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.form.source)
    reached = []
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is tab.form.link:
            break
    assert row.cv_button in reached and row.answers_button in reached
    assert reached.index(row.cv_button) < reached.index(row.answers_button) \
        < reached.index(tab.form.link)
    QTest.keyClick(row.answers_button, Qt.Key.Key_Space)
    window = tab.answers_window
    assert window is not None
    qtbot.waitUntil(window.isVisible)
    window.close()
