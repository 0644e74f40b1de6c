"""The document viewer, driven as a person would: a PDF's pages drawn as they come into view,
zoomed with the keys, the wheel and the buttons; a picture, a text, an e-mail; and a kind
note, with its button, for what it can't show."""

from __future__ import annotations

import datetime as dt
import time
from email.message import EmailMessage

import pytest
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from bounceback.ui.common.document_viewer import DocumentViewer


def pdf(*pages: str) -> bytes:
    """A PDF made by Qt in memory: one A4 page per argument, its words in large type."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    font = painter.font()
    font.setPointSize(28)
    painter.setFont(font)
    for number, words in enumerate(pages):
        if number:
            writer.newPage()
        painter.drawText(QRectF(40, 40, 500, 600), Qt.TextFlag.TextWordWrap, words)
    painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def png(width: int, height: int, colour: QColor) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(colour)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def dark_share(pixmap: QPixmap) -> float:
    """The share of a picture's pixels that are dark (ink on paper)."""
    image = pixmap.toImage()
    step = 3
    seen = dark = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen += 1
            dark += image.pixelColor(x, y).lightness() < 128
    return dark / seen


@pytest.fixture
def viewer(qtbot) -> DocumentViewer:
    widget = DocumentViewer()
    qtbot.addWidget(widget)
    widget.resize(600, 420)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def drawn(viewer: DocumentViewer, index: int) -> QPixmap | None:
    return viewer.page_view.page_pixmap(index)


def wait_drawn(qtbot, viewer: DocumentViewer, index: int) -> QPixmap:
    qtbot.waitUntil(lambda: drawn(viewer, index) is not None, timeout=5000)
    found = drawn(viewer, index)
    assert found is not None
    return found


def page_label(viewer: DocumentViewer) -> str:
    return viewer.page_view.page_label.text()


def wheel(viewer: DocumentViewer, notches: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Turns of the wheel over the middle of the pages, as the system delivers them."""
    area = viewer.page_view.scroll_area.viewport()
    window = viewer.window()
    QApplication.processEvents()
    QTest.wheelEvent(window.windowHandle(),
                     QPointF(area.mapTo(window, area.rect().center())),
                     QPoint(0, 120 * notches), QPoint(0, 0), modifiers)


THREE = ("Senior Data Analyst", "Second page, references", "Third page, portfolio")


def test_a_pdf_opens_on_its_first_page_drawn_and_the_rest_waits(qtbot, viewer) -> None:
    viewer.show_document("cv.pdf", pdf(*THREE))
    assert viewer.stack.currentWidget() is viewer.page_view
    assert page_label(viewer) == "Page 1 of 3"
    first = wait_drawn(qtbot, viewer, 0)
    assert 0.002 < dark_share(first) < 0.5  # words on white paper, not a blank or black page
    # Fit to width: the page as wide as the view leaves it, at the screen's pixel ratio.
    room = viewer.page_view.scroll_area.viewport().width()
    assert room * 0.8 < first.width() / first.devicePixelRatio() <= room
    qtbot.wait(100)  # time enough to draw more, had it wanted to
    assert drawn(viewer, 2) is None


def test_scrolling_down_draws_the_last_page_and_names_it(qtbot, viewer) -> None:
    viewer.show_document("cv.pdf", pdf(*THREE))
    wait_drawn(qtbot, viewer, 0)
    assert drawn(viewer, 2) is None
    bar = viewer.page_view.scroll_area.verticalScrollBar()
    while bar.value() < bar.maximum():
        before = bar.value()
        wheel(viewer, -3)
        qtbot.waitUntil(lambda: bar.value() != before, timeout=2000)  # noqa: B023
    last = wait_drawn(qtbot, viewer, 2)
    assert dark_share(last) > 0.002
    assert page_label(viewer) == "Page 3 of 3"
    assert viewer.page_view.scroll_area.accessibleDescription() == "Page 3 of 3"


def test_the_zoom_keys_zoom_in_out_and_back_to_the_width(qtbot, viewer) -> None:
    viewer.show_document("cv.pdf", pdf(*THREE))
    fitted = wait_drawn(qtbot, viewer, 0).width()
    viewer.page_view.scroll_area.setFocus()
    QTest.keyClick(viewer.page_view.scroll_area, Qt.Key.Key_Plus,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (drawn(viewer, 0) or QPixmap()).width() > fitted * 1.2,
                    timeout=5000)
    QTest.keyClick(viewer.page_view.scroll_area, Qt.Key.Key_Minus,
                   Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(viewer.page_view.scroll_area, Qt.Key.Key_Minus,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: 0 < (drawn(viewer, 0) or QPixmap()).width() < fitted * 0.9,
                    timeout=5000)
    QTest.keyClick(viewer.page_view.scroll_area, Qt.Key.Key_0,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (drawn(viewer, 0) or QPixmap()).width() == fitted, timeout=5000)


def test_the_wheel_with_ctrl_zooms_instead_of_scrolling(qtbot, viewer) -> None:
    viewer.show_document("cv.pdf", pdf(*THREE))
    fitted = wait_drawn(qtbot, viewer, 0).width()
    bar = viewer.page_view.scroll_area.verticalScrollBar()
    wheel(viewer, 1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (drawn(viewer, 0) or QPixmap()).width() > fitted * 1.2,
                    timeout=5000)
    assert bar.value() < bar.maximum() // 3  # zoomed about the middle of page 1, not scrolled


def test_the_zoom_buttons_are_named_and_clicked(qtbot, viewer) -> None:
    view = viewer.page_view
    assert [b.accessibleName() for b in (view.zoom_out_button, view.zoom_in_button,
                                         view.fit_button)] == \
        ["Zoom out", "Zoom in", "Fit to width"]
    assert "Ctrl" in view.zoom_in_button.toolTip()
    viewer.show_document("cv.pdf", pdf(*THREE))
    assert view.scroll_area.accessibleName() == "Document pages"
    fitted = wait_drawn(qtbot, viewer, 0).width()
    qtbot.mouseClick(view.zoom_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (drawn(viewer, 0) or QPixmap()).width() > fitted * 1.2,
                    timeout=5000)
    qtbot.mouseClick(view.fit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (drawn(viewer, 0) or QPixmap()).width() == fitted, timeout=5000)


def test_a_long_pdf_opens_at_once_and_draws_only_what_is_near(qtbot, viewer) -> None:
    data = pdf(*(f"Page {n}" for n in range(1, 301)))
    started = time.perf_counter()
    viewer.show_document("long.pdf", data)
    opened = time.perf_counter() - started
    assert page_label(viewer) == "Page 1 of 300"
    wait_drawn(qtbot, viewer, 0)
    qtbot.wait(200)
    assert len(viewer.page_view.pages.pixmaps) <= 3
    assert opened < 1.0, f"took {opened:.2f} s to open"  # some 30 ms here
    # Straight to the end: the last page is drawn, the first ones let go.
    bar = viewer.page_view.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    wait_drawn(qtbot, viewer, 299)
    assert page_label(viewer) == "Page 300 of 300"
    qtbot.waitUntil(lambda: drawn(viewer, 0) is None, timeout=2000)


def test_a_picture_is_shown_fitted_without_a_page_count(qtbot, viewer) -> None:
    viewer.show_document("screenshot.png", png(2000, 1000, QColor(40, 90, 160)))
    assert viewer.stack.currentWidget() is viewer.page_view
    assert viewer.page_view.scroll_area.accessibleName() == "Picture"
    assert viewer.page_view.page_label.isHidden()
    picture = wait_drawn(qtbot, viewer, 0)
    room = viewer.page_view.scroll_area.viewport().width()
    assert picture.width() / picture.devicePixelRatio() <= room
    assert picture.toImage().pixelColor(5, 5) == QColor(40, 90, 160)
    fitted = picture.width()
    viewer.page_view.scroll_area.setFocus()
    QTest.keyClick(viewer.page_view.scroll_area, Qt.Key.Key_Plus,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (drawn(viewer, 0) or QPixmap()).width() > fitted, timeout=5000)


def test_a_small_picture_is_not_blown_up(qtbot, viewer) -> None:
    viewer.show_document("icon.png", png(40, 30, QColor(200, 30, 30)))
    picture = wait_drawn(qtbot, viewer, 0)
    assert picture.width() / picture.devicePixelRatio() == 40


def test_an_email_shows_its_headers_above_its_words(viewer) -> None:
    message = EmailMessage()
    message["From"] = "Ana Pérez <ana@globex.example>"
    message["To"] = "me@example.org"
    message["Subject"] = "=?utf-8?q?Tu_candidatura_en_Gl=C3=B3bex?="
    message["Date"] = "Tue, 03 Mar 2026 14:30:00 +0000"
    message.set_content("Gracias por tu interés.\n\nUn saludo,\nAna")
    viewer.show_document("rejection.eml", bytes(message))
    mail = viewer.mail_view
    assert viewer.stack.currentWidget() is mail
    assert mail.from_value.text() == "Ana Pérez <ana@globex.example>"
    assert mail.to_value.text() == "me@example.org"
    assert mail.subject_value.text() == "Tu candidatura en Glóbex"
    when = dt.datetime(2026, 3, 3, 14, 30, tzinfo=dt.UTC).astimezone()
    long_date = QLocale().toString(when.date(), QLocale.FormatType.LongFormat)
    assert mail.date_value.text().startswith(long_date)
    assert mail.date_value.isVisibleTo(viewer)
    assert mail.body.toPlainText() == "Gracias por tu interés.\n\nUn saludo,\nAna"
    assert mail.body.isReadOnly()
    names = {label.text() for label in mail.findChildren(QLabel) if label.isVisibleTo(viewer)}
    assert {"From:", "To:", "Date:", "Subject:"} <= names


def test_an_email_without_a_date_hides_the_date_row(viewer) -> None:
    data = b"From: hr@globex.example\r\nSubject: Hola\r\n\r\nBody\r\n"
    viewer.show_document("m.eml", data)
    assert viewer.mail_view.subject_value.text() == "Hola"
    assert not viewer.mail_view.date_value.isVisibleTo(viewer)


def test_a_text_file_is_shown_read_only(viewer) -> None:
    viewer.show_document("notes.txt", "Preguntas: ¿por qué Globex?".encode("utf-16"))
    assert viewer.stack.currentWidget() is viewer.text_view
    assert viewer.text_view.toPlainText() == "Preguntas: ¿por qué Globex?"
    assert viewer.text_view.isReadOnly()


def test_what_it_cannot_show_gets_a_note_whose_button_asks_for_a_copy(qtbot, viewer) -> None:
    viewer.show_document("letter.docx", b"PK\x03\x04" + bytes(range(256)) * 4)
    assert viewer.stack.currentWidget() is viewer.note
    assert "can't show" in viewer.note.heading.text()
    assert viewer.save_button.isVisibleTo(viewer)
    with qtbot.waitSignal(viewer.save_copy_requested, timeout=1000):
        qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(("name", "data"), [
    ("cv.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8),
    ("cv.pdf", b"%PDF-"),
    ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 20),
    ("photo.jpg", b"\xff\xd8\xff" + b"\x00" * 40),
])
def test_a_damaged_pdf_or_picture_gets_a_kind_note(qtbot, viewer, name: str,
                                                   data: bytes) -> None:
    viewer.show_document(name, data)
    assert viewer.stack.currentWidget() is viewer.note
    assert viewer.note.heading.text() == "This file can't be shown"
    with qtbot.waitSignal(viewer.save_copy_requested, timeout=1000):
        qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)


def test_a_new_document_replaces_the_last_and_clear_empties_it(qtbot, viewer) -> None:
    viewer.show_document("cv.pdf", pdf(*THREE))
    wait_drawn(qtbot, viewer, 0)
    viewer.show_document("two.pdf", pdf("Only page"))
    assert page_label(viewer) == "Page 1 of 1"
    assert drawn(viewer, 1) is None
    wait_drawn(qtbot, viewer, 0)
    viewer.clear()
    assert viewer.kind is None
    current = viewer.stack.currentWidget()
    assert isinstance(current, QWidget)
    assert current is viewer.blank
    assert viewer.page_view.page_count() == 0


# The classes whose words the viewer shows (lupdate's contexts).
VIEWER_CONTEXTS = {"DocumentViewer", "_PageView", "_MailView"}


class Shouting(QTranslator):
    """A catalogue that "translates" every word of the viewer into capitals."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return source.upper() if context in VIEWER_CONTEXTS else None

    def isEmpty(self) -> bool:
        return False


def test_a_change_of_language_rewords_everything_shown(qtbot, viewer) -> None:
    message = EmailMessage()
    message["From"] = "hr@globex.example"
    message["Subject"] = "Hi"
    message.set_content("Body")
    viewer.show_document("m.eml", bytes(message))
    shouting = Shouting()
    QApplication.installTranslator(shouting)
    try:
        qtbot.waitUntil(lambda: viewer.page_view.zoom_in_button.accessibleName() == "ZOOM IN",
                        timeout=2000)
        assert viewer.mail_view.names[0].text() == "FROM:"
        assert viewer.page_view.fit_action.text() == "FIT TO WIDTH"
        viewer.show_document("x.bin", b"\x00\x01")
        assert viewer.note.heading.text() == "BOUNCEBACK CAN'T SHOW THIS KIND OF FILE"
        assert viewer.save_button.text() == "SAVE A COPY…"
    finally:
        QApplication.removeTranslator(shouting)
    qtbot.waitUntil(lambda: viewer.save_button.text() == "Save a copy…", timeout=2000)
    assert viewer.note.heading.text() == "BounceBack can't show this kind of file"
