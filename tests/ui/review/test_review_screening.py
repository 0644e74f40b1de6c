"""Looking back on applying with what was actually sent: the application form's screening
questions and the answers given, when an import kept them; and the CV the site named, found
among the documents even when it was attached to another application."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from bounceback.db.enums import DocumentKind, ReviewStage
from bounceback.services import documents, review, sent_with
from bounceback.ui.common.document_viewer import DocumentViewer
from bounceback.ui.review.tab import ReviewTab
from tests.builders import add_application

ANSWERS = [("How many years of Figma?", "Five"), ("Can you start within a month?", "Yes")]


def _open_item(qtbot, ops, tab: ReviewTab, app_id: int, stage: ReviewStage) -> None:
    ops.write(None, review.ensure_checklist, app_id)
    tab.show_application(app_id)
    item = next(i for i in ops.read(review.list_items, app_id) if i.stage == stage)
    tab.select_item(item.id)
    qtbot.waitUntil(lambda: tab.editor.item_id() == item.id)


def _screened(ops) -> int:
    app = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3))
    ops.write(None, sent_with.set_sent_with, app.id, applied_through="LinkedIn",
              answers=ANSWERS)
    return app.id


def test_the_answers_open_from_the_applying_item(qtbot, ops, tab) -> None:
    app_id = _screened(ops)
    _open_item(qtbot, ops, tab, app_id, ReviewStage.APPLYING)
    button = tab.editor.answers_button
    assert button.isVisibleTo(tab)
    assert button.text() == "Read the answers you gave to the screening questions"
    assert button.accessibleName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    window = tab.answers_window
    assert window is not None
    qtbot.waitUntil(window.isVisible)
    assert window.windowTitle() == "Your screening answers for Northwind — BounceBack"
    text = window.text.toPlainText()
    assert text.index("How many years of Figma?") < text.index("Five") \
        < text.index("Can you start") < text.index("Yes")
    # Selectable from the keyboard too, to copy an answer into the next form.
    window.text.setFocus()
    QTest.keySequence(window.text, QKeySequence.StandardKey.SelectAll)
    assert window.text.textCursor().selectedText().startswith("How many years")
    QTest.keyClick(window.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
    # The item is still open to write in, and nothing was written.
    assert tab.editor.item_id() is not None
    assert [(r.question, r.answer) for r in ops.read(sent_with.screening_answers, app_id)] \
        == ANSWERS


def test_the_resume_item_offers_them_beside_the_cv(qtbot, ops, tab) -> None:
    app_id = _screened(ops)
    _open_item(qtbot, ops, tab, app_id, ReviewStage.RESUME)
    editor = tab.editor
    assert editor.answers_button.isVisibleTo(tab) and editor.compare_button.isVisibleTo(tab)
    # Tab goes from the item's words to both, in the order shown, then to how it went.
    tab.activateWindow()
    editor.label.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.label)
    reached = []
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[:2] == [editor.compare_button, editor.answers_button]
    assert reached[2] in editor.radios
    QTest.keyClick(editor.answers_button, Qt.Key.Key_Space)
    assert tab.answers_window is not None
    qtbot.waitUntil(tab.answers_window.isVisible)
    tab.answers_window.close()


def test_other_items_and_applications_without_answers_do_not_offer_them(
        qtbot, ops, tab) -> None:
    app_id = _screened(ops)
    _open_item(qtbot, ops, tab, app_id, ReviewStage.COVER_LETTER)
    assert not tab.editor.answers_button.isVisibleTo(tab)
    plain = add_application(ops, "Acme", "Designer", applied_on=dt.date(2025, 3, 3)).id
    ops.write(None, sent_with.set_sent_with, plain, applied_through="LinkedIn")
    _open_item(qtbot, ops, tab, plain, ReviewStage.APPLYING)
    assert not tab.editor.answers_button.isVisibleTo(tab)
    # Answers kept by an import meanwhile: offered at once.
    ops.write(None, sent_with.set_sent_with, plain, applied_through="LinkedIn",
              answers=ANSWERS)
    assert tab.editor.answers_button.isVisibleTo(tab)


def test_the_cv_named_by_the_site_is_the_one_looked_at(qtbot, ops, tab) -> None:
    earlier = add_application(ops, "Contoso", "Designer", applied_on=dt.date(2025, 1, 3)).id
    ops.write(None, documents.attach, earlier, "Jordan Lee CV.txt",
              b"Jordan Lee\nDesign systems lead\n", kind=DocumentKind.CV)
    app = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3),
                          job_description="Design systems, Figma.")
    ops.write(None, sent_with.set_sent_with, app.id, applied_through="LinkedIn",
              resume_name="Jordan Lee CV.pdf")
    _open_item(qtbot, ops, tab, app.id, ReviewStage.RESUME)
    assert not tab.editor.answers_button.isVisibleTo(tab)  # the form asked nothing
    QTest.mouseClick(tab.editor.compare_button, Qt.MouseButton.LeftButton)
    window = tab.compare_window
    qtbot.waitUntil(window.isVisible)
    assert isinstance(window.sent, DocumentViewer)
    texts = [w.toPlainText() for w in window.sent.findChildren(QPlainTextEdit)]
    assert any("Design systems lead" in t for t in texts)
    assert ops.read(documents.list_documents, app.id) == []  # nothing attached by looking
    window.close()
