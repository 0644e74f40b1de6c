"""Reading an attached document from its bytes: its kind, its text, a mail, a PDF's pages."""

from __future__ import annotations

import datetime as dt
import logging
from email.message import EmailMessage

import pytest

from bounceback.services.document_text import (
    DocumentFormat,
    Mail,
    extract_text,
    kind_of,
    looks_like_rejection,
    pdf_page_count,
    pdf_page_sizes,
    read_mail,
    render_pdf_page,
)


def tiny_pdf(*pages: str, drawing: bytes = b"") -> bytes:
    """A valid PDF with one page of Helvetica text per argument (and ``drawing``, PDF
    operators, on each), its offsets counted."""

    def escaped(words: str) -> bytes:
        return words.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")

    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, words in enumerate(pages):
        stream = drawing + b" BT /F1 24 Tf 72 720 Td (" + escaped(words) + b") Tj ET"
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                       b"<< /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def mail(*, subject: str = "Your application", body: str = "Thanks for applying.",
         date: str | None = "Tue, 03 Mar 2026 14:30:00 +0200") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Ana Pérez <ana@globex.example>"
    message["To"] = "me@example.org"
    message["Subject"] = subject
    if date is not None:
        message["Date"] = date
    message.set_content(body)
    return message


def local(when: dt.datetime) -> dt.datetime:
    return when.astimezone().replace(tzinfo=None)


# --- kinds ---------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
GIF = b"GIF89a\x01\x00\x01\x00"
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 "
BMP = b"BM" + b"\x00" * 12 + (40).to_bytes(4, "little") + b"\x00" * 20


@pytest.mark.parametrize("data", [PNG, JPEG, GIF, WEBP, BMP])
def test_a_picture_is_known_by_its_signature_whatever_its_name(data: bytes) -> None:
    assert kind_of("cv.txt", data) is DocumentFormat.IMAGE
    assert kind_of("no extension", data) is DocumentFormat.IMAGE
    assert extract_text("photo.png", data) == ""


def test_a_pdf_is_known_by_its_signature() -> None:
    assert kind_of("cv.docx", tiny_pdf("x")) is DocumentFormat.PDF


def test_a_pdf_with_bytes_before_its_signature_is_read_when_named_so() -> None:
    data = b"\r\n\r\n" + tiny_pdf("Senior Data Analyst")
    assert kind_of("cv.pdf", data) is DocumentFormat.PDF
    assert "Senior Data Analyst" in extract_text("cv.pdf", data)
    assert kind_of("notes.txt", b"about the %PDF- signature") is DocumentFormat.TEXT


def test_text_that_starts_like_a_bitmap_is_still_text() -> None:
    assert kind_of("notes.txt", b"BMW called back today") is DocumentFormat.TEXT


@pytest.mark.parametrize("data", [
    b"Entrevista: preguntas sobre el puesto",
    "\ufeffEntrevista con Globex".encode(),
    "Entrevista: ¿qué aprendí?".encode("utf-16"),  # with its byte-order mark
    "Entrevista: ¿qué aprendí?".encode("utf-16-be").join([b"\xfe\xff", b""]),
])
def test_text_files_read_as_utf8_or_utf16_with_a_mark(data: bytes) -> None:
    assert kind_of("notes.txt", data) is DocumentFormat.TEXT
    assert extract_text("notes.txt", data).startswith("Entrevista")
    assert "\ufeff" not in extract_text("notes.txt", data)


@pytest.mark.parametrize("name", ["notes.md", "offers.csv", "job.json", "NOTES.TXT"])
def test_the_text_extensions(name: str) -> None:
    assert kind_of(name, b"plain words") is DocumentFormat.TEXT


def test_binary_junk_is_other_and_has_no_text() -> None:
    junk = bytes(range(256)) * 8
    assert kind_of("blob.bin", junk) is DocumentFormat.OTHER
    assert kind_of("blob.txt", junk) is DocumentFormat.OTHER  # text by name, not by content
    assert kind_of("zeros.txt", b"\x00" * 64) is DocumentFormat.OTHER  # valid UTF-8, not text
    assert kind_of("latin.txt", "Gracias por tu interés".encode("latin-1")) \
        is DocumentFormat.OTHER
    assert extract_text("blob.bin", junk) == ""
    assert extract_text("blob.txt", junk) == ""
    assert kind_of("", b"") is DocumentFormat.OTHER
    assert extract_text("", b"") == ""


def test_an_unknown_extension_with_words_is_other() -> None:
    assert kind_of("letter.docx", b"PK\x03\x04 zipped") is DocumentFormat.OTHER


def test_a_mail_is_known_by_its_extension_or_its_headers() -> None:
    data = bytes(mail())
    assert kind_of("rejection.eml", data) is DocumentFormat.EMAIL
    assert kind_of("rejection", data) is DocumentFormat.EMAIL
    assert kind_of("pasted.txt", data) is DocumentFormat.EMAIL
    # Headers, but not a mail's: a note that begins with a "From:" line stays a note.
    assert kind_of("notes.txt", b"From: the recruiter\nThey liked my portfolio.\n") \
        is DocumentFormat.TEXT


# --- text ----------------------------------------------------------------------------------


def test_the_text_is_capped_at_the_limit() -> None:
    data = ("word " * 10_000).encode()
    assert len(extract_text("long.txt", data, limit=1000)) == 1000
    assert extract_text("long.txt", data, limit=0) == ""


def test_a_pdf_gives_the_text_of_every_page() -> None:
    data = tiny_pdf("Senior Data Analyst", "Remote (EU) position")
    found = extract_text("cv.pdf", data)
    assert "Senior Data Analyst" in found
    assert "Remote (EU) position" in found
    assert found.index("Senior") < found.index("Remote")


def test_a_pdf_text_stops_near_the_limit() -> None:
    data = tiny_pdf(*(f"Page number {n}" for n in range(40)))
    found = extract_text("long.pdf", data, limit=50)
    assert len(found) == 50
    assert found.startswith("Page number 0")


@pytest.mark.parametrize("data", [
    b"%PDF-",
    b"%PDF-1.7\n" + bytes(range(256)) * 4,
    tiny_pdf("Senior Data Analyst")[:150],  # cut off mid-file
])
def test_a_malformed_pdf_gives_nothing_and_logs_no_content(
        data: bytes, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert extract_text("broken.pdf", data) == ""
        assert pdf_page_count(data) == 0
        assert pdf_page_sizes(data) == []
    assert caplog.records, "the failure is noted"
    for record in caplog.records:
        assert "Senior" not in record.getMessage()
        assert record.getMessage().endswith("PdfiumError")


def test_a_mail_text_has_its_headers_and_body() -> None:
    found = extract_text("m.eml", bytes(mail(subject="Entrevista", body="Nos vemos el lunes")))
    for part in ("Entrevista", "Ana Pérez", "me@example.org", "Nos vemos el lunes"):
        assert part in found
    assert str(local(dt.datetime(2026, 3, 3, 12, 30, tzinfo=dt.UTC)).year) in found


# --- mail ----------------------------------------------------------------------------------


def test_a_mail_with_plain_and_html_parts_gives_the_plain_one() -> None:
    message = mail(body="The plain words")
    message.add_alternative("<p>The <b>html</b> words</p>", subtype="html")
    read = read_mail(bytes(message))
    assert read == Mail(sender="Ana Pérez <ana@globex.example>", to="me@example.org",
                        date=local(dt.datetime(2026, 3, 3, 12, 30, tzinfo=dt.UTC)),
                        subject="Your application", body="The plain words")


def test_an_html_only_mail_gives_its_words_without_markup() -> None:
    message = mail()
    message.set_content(
        "<html><head><style>p {margin: 0}</style><title>T</title></head><body>"
        "<p>Dear Sam,</p><p>Thank you &amp; good luck.<br>Globex</p>"
        "<script>track()</script></body></html>", subtype="html")
    read = read_mail(bytes(message))
    assert read is not None
    assert read.body == "Dear Sam,\n\nThank you & good luck.\nGlobex"


def test_a_latin1_body_reads_declared_or_not() -> None:
    head = b"From: rrhh@globex.example\r\nSubject: Candidatura\r\n"
    declared = head + (b"Content-Type: text/plain; charset=iso-8859-1\r\n"
                       b"Content-Transfer-Encoding: 8bit\r\n\r\nGracias por tu inter\xe9s.\r\n")
    undeclared = head + b"Content-Transfer-Encoding: 8bit\r\n\r\nGracias por tu inter\xe9s.\r\n"
    for data in (declared, undeclared):
        read = read_mail(data)
        assert read is not None
        assert read.body == "Gracias por tu interés."


def test_encoded_words_and_raw_8bit_headers_are_decoded() -> None:
    data = (b"From: =?iso-8859-1?q?Jos=E9_Mart=EDn?= <jose@globex.example>\r\n"
            b"To: \xe9lodie <elodie@example.org>\r\n"
            b"Subject: =?utf-8?q?Tu_candidatura_en_Gl=C3=B3bex?=\r\n\r\nHola\r\n")
    read = read_mail(data)
    assert read is not None
    assert read.sender == "José Martín <jose@globex.example>"
    assert read.to == "élodie <elodie@example.org>"
    assert read.subject == "Tu candidatura en Glóbex"


@pytest.mark.parametrize("date", [None, "not a date", "Mon, 99 Foo 99999 99:99:99 +9999"])
def test_a_missing_or_unreadable_date_is_none(date: str | None) -> None:
    data = b"From: a@example.org\r\nSubject: Hi\r\n"
    if date is not None:
        data += b"Date: " + date.encode() + b"\r\n"
    read = read_mail(data + b"\r\nBody\r\n")
    assert read is not None
    assert read.date is None
    assert read.body == "Body"


def test_a_date_without_a_zone_is_utc() -> None:
    read = read_mail(bytes(mail(date="Tue, 03 Mar 2026 14:30:00 -0000")))
    assert read is not None
    assert read.date == local(dt.datetime(2026, 3, 3, 14, 30, tzinfo=dt.UTC))


def test_a_broken_address_list_still_gives_a_mail() -> None:
    data = b'From: hr@globex.example\r\nTo: <<<>>>@@, "unterminated\r\nSubject: Hi\r\n\r\nx'
    read = read_mail(data)
    assert read is not None
    assert read.subject == "Hi"


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02 junk", b"just a sentence\n"])
def test_what_is_no_mail_gives_none(data: bytes) -> None:
    assert read_mail(data) is None
    assert extract_text("x.eml", data) == ""


# --- rejections ----------------------------------------------------------------------------


def said(body: str, subject: str = "Your application") -> Mail:
    return Mail(sender="hr@globex.example", to="me@example.org", date=None, subject=subject,
                body=body)


@pytest.mark.parametrize("body", [
    "Unfortunately, we have decided not to move forward with your application.",
    "We regret to inform you that the position has been filled.",
    "After careful thought we decided to pursue other candidates whose experience fits better.",
    "UNFORTUNATELY we will not be progressing\nyour application.",  # wrapped, shouting
    "Unfortunately we won’t be taking this further: we chose other candidates.",
    "Lamentablemente, hemos decidido continuar con otros candidatos.",
    "Te escribimos para decirte que no has sido seleccionada para el puesto.",
    "LAMENTABLEMENTE hemos decidido no continuar con tu candidatura.",
    "Lamentablemente hemos decidido no continuar con tu candidatura.",
    "Sentimos comunicarte que el puesto ha sido cubierto.",
    "Desafortunadamente el proceso seguirá con otras candidaturas.",
])
def test_rejections_in_english_and_spanish(body: str) -> None:
    assert looks_like_rejection(said(body))


def test_the_subject_counts_too() -> None:
    assert looks_like_rejection(said("Thank you.", subject="Your application was unsuccessful"))


@pytest.mark.parametrize("body", [
    "Unfortunately I have to move our interview to Thursday.",
    "We have decided to move you to the final round!",
    "We are pleased to offer you the position.",
    "Hemos decidido avanzar con tu candidatura a la siguiente fase.",
    "Lamentablemente tengo que cambiar la hora de la entrevista.",
    "Nos complace ofrecerte el puesto.",
    "Thanks, I'll send the documents tomorrow.\n\n> Unfortunately, we have decided not to "
    "move forward with your application.",  # a reply quoting an older mail
])
def test_other_mails_are_not_rejections(body: str) -> None:
    assert not looks_like_rejection(said(body, subject="Re: next steps"))


# --- PDF pages -----------------------------------------------------------------------------


def test_pages_are_counted_and_measured() -> None:
    data = tiny_pdf("one", "two", "three")
    assert pdf_page_count(data) == 3
    assert pdf_page_sizes(data) == [(612.0, 792.0)] * 3


def test_a_page_is_drawn_on_white_with_its_text_dark() -> None:
    width, height, stride, pixels = render_pdf_page(tiny_pdf("Senior Data Analyst"), 0, 0.5)
    assert (width, height) == (306, 396)
    assert stride >= width * 4
    assert len(pixels) == stride * height
    assert pixels[:4] == b"\xff\xff\xff\xff"  # white paper, opaque
    # The words, 24 points high at 72 points from the top: dark pixels in that band.
    band = pixels[stride * 20:stride * 40]
    dark = sum(1 for i in range(0, len(band), 4) if band[i] < 100)
    assert dark > 50
    assert all(band[i + 3] == 255 for i in range(0, len(band), 4))


def test_a_page_comes_in_rgba_order() -> None:
    # A pure red square in the bottom left corner (PDF's origin).
    data = tiny_pdf("x", drawing=b"1 0 0 rg 0 0 100 100 re f")
    _width, height, stride, pixels = render_pdf_page(data, 0, 1.0)
    corner = stride * (height - 10) + 4 * 10
    assert pixels[corner:corner + 4] == b"\xff\x00\x00\xff"


def test_a_page_scale_sets_its_size() -> None:
    data = tiny_pdf("x")
    assert render_pdf_page(data, 0, 2.0)[:2] == (1224, 1584)


@pytest.mark.parametrize("index", [-1, 1, 99])
def test_a_page_that_is_not_there_raises(index: int) -> None:
    with pytest.raises(IndexError):
        render_pdf_page(tiny_pdf("x"), index, 1.0)


def test_a_malformed_pdf_page_raises_for_the_viewer_to_say_so() -> None:
    with pytest.raises(Exception):  # noqa: B017 - PDFium's own error; the viewer catches any
        render_pdf_page(b"%PDF-1.7 garbage", 0, 1.0)
