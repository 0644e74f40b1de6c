""""My resume fit this role": the review shows the CV actually sent beside the job it was sent
for, read from the store; without one, it says how to keep it next time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit

from bounceback.db.enums import DocumentKind, ReviewStage
from bounceback.services import documents, review
from bounceback.ui.common.document_viewer import DocumentViewer
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.review.tab import ReviewTab
from tests.builders import add_application


def _open_item(qtbot, ops, tab: ReviewTab, app_id: int, stage: ReviewStage) -> None:
    ops.write(None, review.ensure_checklist, app_id)
    tab.show_application(app_id)
    item = next(i for i in ops.read(review.list_items, app_id) if i.stage == stage)
    tab.select_item(item.id)
    qtbot.waitUntil(lambda: tab.editor.item_id() == item.id)


def test_the_cv_sent_is_shown_beside_the_job_description(qtbot, ops, tab) -> None:
    app = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3),
                          job_description="Five years of design systems, Figma, research.")
    ops.write(None, documents.attach, app.id, "Jordan CV.txt",
              b"Jordan Lee\nDesign systems lead, six years\n", kind=DocumentKind.CV)
    _open_item(qtbot, ops, tab, app.id, ReviewStage.RESUME)
    button = tab.editor.compare_button
    assert button.isVisibleTo(tab) and "CV you sent" in button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    window = tab.compare_window
    qtbot.waitUntil(window.isVisible)
    assert window.windowTitle() == "What you sent to Northwind — BounceBack"
    assert isinstance(window.sent, DocumentViewer)
    texts = [w.toPlainText() for w in window.sent.findChildren(QPlainTextEdit)]
    assert any("Design systems lead" in t for t in texts)
    assert isinstance(window.job, QPlainTextEdit)
    assert window.job.toPlainText() == "Five years of design systems, Figma, research."
    window.close()


def test_without_a_cv_it_says_how_to_keep_one(qtbot, ops, tab) -> None:
    app = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3))
    _open_item(qtbot, ops, tab, app.id, ReviewStage.RESUME)
    QTest.mouseClick(tab.editor.compare_button, Qt.MouseButton.LeftButton)
    window = tab.compare_window
    assert isinstance(window.sent, EmptyNote) and isinstance(window.job, EmptyNote)
    window.close()


def test_only_items_about_what_was_sent_offer_it(qtbot, ops, tab) -> None:
    app = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3))
    _open_item(qtbot, ops, tab, app.id, ReviewStage.COVER_LETTER)
    assert "letter you sent" in tab.editor.compare_button.text()
    assert tab.editor.compare_button.isVisibleTo(tab)
    _open_item(qtbot, ops, tab, app.id, ReviewStage.APPLYING)
    assert not tab.editor.compare_button.isVisibleTo(tab)
