"""What an attached document holds, read from its bytes in memory: what kind of file it is,
its searchable text, an e-mail's headers and body, a PDF's pages as pixels.

Documents live inside the store, so nothing here writes a file, not even a temporary one:
PDFs are opened from bytes (pypdfium2, the PDFium library Chromium uses), e-mails are parsed
with the standard library. A damaged or hostile file gives "" or None, never an exception,
and the log names only the exception's type, never a word of the document (see logs.py).

PDFium is not safe to call from two threads at once (pypdfium2's documentation says so), and
the text can be read in the background while the viewer renders on the UI thread: every
PDFium call goes through one lock, and every PDFium object is closed before it is released,
so no finalizer runs PDFium code later on whichever thread the garbage collector picks.
"""

from __future__ import annotations

import datetime as dt
import email
import email.message
import email.policy
import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from email.header import decode_header, make_header
from enum import StrEnum
from html.parser import HTMLParser
from pathlib import PurePath
from typing import Any, TypeVar

log = logging.getLogger(__name__)

TEXT_LIMIT = 200_000


class DocumentFormat(StrEnum):
    PDF = "pdf"
    IMAGE = "image"
    TEXT = "text"
    EMAIL = "email"
    OTHER = "other"


# Signatures at the start of a file: what it is, whatever its name says.
_IMAGE_SIGNATURES = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
)
# A BMP starts "BM", as may any text; its info header's size (byte 14) tells them apart.
_BMP_INFO_SIZES = {12, 40, 52, 56, 64, 108, 124}
MAIL_EXTENSIONS = frozenset({".eml"})
TEXT_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".csv", ".tsv", ".json"})
# A mail saved without its extension is still a mail if its first lines are headers with these.
_MAIL_HEADERS = ("from", "subject", "date")
_HEADER_LINE = re.compile(rb"^([!-9;-~]+):[ \t]*(.*)$")
# How much of the start of a file is looked at for a mail's headers.
_HEAD_BYTES = 16_384


def kind_of(name: str, data: bytes) -> DocumentFormat:
    """What ``data`` is: its magic bytes first, then its name's extension (and, for a mail
    saved under another name, its headers). Never raises."""
    try:
        return _kind_of(name, data)
    except Exception as exc:  # a file is never worth a crash
        log.warning("Could not tell a document's kind: %s", type(exc).__name__)
        return DocumentFormat.OTHER


def _kind_of(name: str, data: bytes) -> DocumentFormat:
    extension = PurePath(name).suffix.lower()
    # Readers accept a PDF's signature anywhere in its first kilobyte (some programs write
    # a few bytes before it); only a file named .pdf gets that benefit of the doubt.
    if data.startswith(b"%PDF-") or (extension == ".pdf" and b"%PDF-" in data[:1024]):
        return DocumentFormat.PDF
    if _is_image(data):
        return DocumentFormat.IMAGE
    if extension in MAIL_EXTENSIONS or _has_mail_headers(data):
        return DocumentFormat.EMAIL
    if extension in TEXT_EXTENSIONS:
        return DocumentFormat.TEXT if decode_text(data) is not None else DocumentFormat.OTHER
    return DocumentFormat.OTHER


def _is_image(data: bytes) -> bool:
    if data.startswith(_IMAGE_SIGNATURES):
        return True
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return True
    return (data[:2] == b"BM" and len(data) >= 18
            and int.from_bytes(data[14:18], "little") in _BMP_INFO_SIZES)


def _has_mail_headers(data: bytes) -> bool:
    """Whether ``data`` opens with a block of RFC 822 header lines naming the sender, the
    subject and the date: a mail, whatever its name."""
    seen: set[str] = set()
    for line in data[:_HEAD_BYTES].splitlines():
        if not line.strip():
            break  # the blank line that ends the headers
        if line[:1] in (b" ", b"\t"):
            continue  # a header folded onto the next line
        match = _HEADER_LINE.match(line)
        if match is None:
            return False
        seen.add(match.group(1).decode("ascii").lower())
    return all(header in seen for header in _MAIL_HEADERS)


def decode_text(data: bytes) -> str | None:
    """``data`` as text: UTF-8 (with or without its byte-order mark) or UTF-16 with one;
    None when it is neither, or holds characters no text file has (NUL and the like)."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            decoded = data.decode("utf-16")
        else:
            decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(decoded) else decoded


# Control characters other than tab, line feed, form feed and carriage return: a binary file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def extract_text(name: str, data: bytes, *, limit: int = TEXT_LIMIT) -> str:
    """The document's searchable text, at most ``limit`` characters: a text file's text, a
    mail's subject, sender, recipients, date and body, a PDF's text layer (pages apart by a
    blank line); "" for pictures, other files and anything that can't be read."""
    try:
        kind = _kind_of(name, data)
        if kind is DocumentFormat.TEXT:
            found = decode_text(data) or ""
        elif kind is DocumentFormat.EMAIL:
            found = _mail_text(data)
        elif kind is DocumentFormat.PDF:
            found = _pdf_text(data, limit)
        else:
            found = ""
    except Exception as exc:
        log.warning("Could not read a document's text: %s", type(exc).__name__)
        return ""
    return found[:max(limit, 0)]


def _mail_text(data: bytes) -> str:
    mail = read_mail(data)
    if mail is None:
        return ""
    when = mail.date.isoformat(sep=" ", timespec="minutes") if mail.date else ""
    head = [line for line in (mail.subject, mail.sender, mail.to, when) if line]
    return "\n".join(head) + "\n\n" + mail.body if head else mail.body


# --- e-mail --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mail:
    sender: str
    to: str
    date: dt.datetime | None  # naive, in the computer's time zone
    subject: str
    body: str  # plain text: the text/plain part, else the HTML part without its tags


def read_mail(data: bytes) -> Mail | None:
    """The mail in ``data`` (an .eml file), or None when it isn't one: no sender, subject or
    date. Encoded headers are decoded; a body in any declared (or undeclared Latin-1)
    charset becomes text; a date that can't be read is None."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        sender = _header(message, "From")
        subject = _header(message, "Subject")
        date = _date(message)
        if not (sender or subject or date):
            return None
        return Mail(sender=sender, to=_header(message, "To"), date=date, subject=subject,
                    body=_body(message))
    except Exception as exc:
        log.warning("Could not read a mail: %s", type(exc).__name__)
        return None


def _header(message: email.message.EmailMessage, name: str) -> str:
    """A header's text, its encoded words decoded. A header sent with raw 8-bit bytes (which
    the parser would show as "\ufffd") is read as UTF-8, else Latin-1; a malformed one (the
    default policy's parser raises on some broken address lists) as whatever can be made of
    it."""
    raw = next((str(v) for k, v in message.raw_items() if k.lower() == name.lower()), None)
    if raw is None:
        return ""
    if any("\udc80" <= ch <= "\udcff" for ch in raw):  # the parser's stand-ins for bytes
        escaped = raw.encode("utf-8", "surrogateescape")
        try:
            raw = escaped.decode("utf-8")
        except UnicodeDecodeError:
            raw = escaped.decode("latin-1")
        return _one_line(_decoded_words(raw))
    try:
        return _one_line(str(message[name]))
    except Exception:
        return _one_line(_decoded_words(raw))


def _decoded_words(raw: str) -> str:
    """``raw`` with its RFC 2047 encoded words ("=?utf-8?q?...?=") decoded, if they can be."""
    try:
        return str(make_header(decode_header(raw)))
    except Exception:
        return raw


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _date(message: email.message.EmailMessage) -> dt.datetime | None:
    try:
        header = message["Date"]
        when = getattr(header, "datetime", None) if header is not None else None
        if not isinstance(when, dt.datetime):
            return None
        if when.tzinfo is None:  # "-0000": UTC, the sender's own zone unknown (RFC 5322)
            when = when.replace(tzinfo=dt.UTC)
        return when.astimezone().replace(tzinfo=None)
    except Exception:  # out of range, or a header the parser gives up on
        return None


def _body(message: email.message.EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = _part_text(part)
    if part.get_content_subtype() == "html":
        content = html_to_text(content)
    return content.replace("\r\n", "\n").replace("\r", "\n").strip()


def _part_text(part: email.message.Message) -> str:
    """A text part's words: in its declared charset when that reads, else UTF-8, else
    Latin-1 (which reads any bytes: old mailers send Latin-1 without saying so)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    declared = part.get_content_charset()
    for charset in (declared, "utf-8"):
        if not charset:
            continue
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1")


class _TextOfHtml(HTMLParser):
    """An HTML mail's words, a line per block, without scripts, styles or markup."""

    _SKIP = frozenset({"script", "style", "head", "title"})
    _BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                        "table", "ul", "ol", "blockquote", "pre", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.pieces.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCK:
            self.pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(self._skipping - 1, 0)
        elif tag in self._BLOCK:
            self.pieces.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.pieces.append(data)


def html_to_text(markup: str) -> str:
    """The words of an HTML mail, one line per paragraph or line break."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.pieces).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --- telling a rejection -------------------------------------------------------------------

# Phrases kept here as data, in English and Spanish, lower case; accents and apostrophes are
# folded before matching, so they are written as a person would write them. A wrong "this is
# a rejection" is worse than a missed one (the mail is then filed as it is), so a mail counts
# as one only with a phrase that says so plainly (DEFINITE), or with both an expression of
# regret (REGRET) and a decision against the application (DECISION): "unfortunately" alone
# also opens "unfortunately I must move our interview", and "hemos decidido" opens good news.
REGRET = (
    "unfortunately", "we regret", "regret to inform", "sorry to inform", "sorry to let you know",
    "lamentablemente", "desafortunadamente", "por desgracia", "lamentamos", "sentimos comunicarte",
    "sentimos informarte", "sentimos comunicarle", "sentimos informarle",
)
DECISION = (
    "not to move forward", "not be moving forward", "not moving forward",
    "not to proceed", "not be proceeding", "not progress", "other candidates",
    "another candidate", "decided not to", "we will not be", "we won't be",
    "decided to pursue", "decided to proceed with", "decided to go with",
    "decided to move forward with",
    "position has been filled", "role has been filled", "not been selected", "not selected",
    "no continuar", "no seguir adelante", "no avanzar", "no seguiremos", "no continuaremos",
    "otros candidatos", "otras candidaturas", "otro candidato", "otra candidatura",
    "hemos decidido", "no ha sido seleccionad", "no has sido seleccionad",
    "puesto ha sido cubierto", "posicion ha sido cubierta", "vacante ha sido cubierta",
    "no podemos ofrecerte", "no podemos ofrecerle",
)
DEFINITE = (
    "decided not to move forward with your", "not to move forward with your application",
    "not be moving forward with your application", "your application was unsuccessful",
    "your application has been unsuccessful", "you have not been selected",
    "you were not selected", "we have decided to move forward with other candidates",
    "decided to pursue other candidates", "the position has been filled",
    "no has sido seleccionado", "no has sido seleccionada", "no ha sido seleccionado",
    "no ha sido seleccionada", "hemos decidido continuar con otros candidatos",
    "hemos decidido seguir adelante con otros candidatos", "tu candidatura no ha sido seleccionada",
    "el puesto ha sido cubierto", "la posicion ha sido cubierta",
)


def _fold(text: str) -> str:
    """Lower case, without accents, with straight apostrophes and single spaces: "Hemos
    DECIDIDO no   continuar" and "hemos decidido no continuar" read the same."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").casefold()
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))
    return " ".join(text.split())


_REGRET = tuple(_fold(p) for p in REGRET)
_DECISION = tuple(_fold(p) for p in DECISION)
_DEFINITE = tuple(_fold(p) for p in DEFINITE)


def looks_like_rejection(mail: Mail) -> bool:
    """Whether ``mail`` plainly turns an application down (see REGRET, DECISION and DEFINITE).
    Quoted lines of a reply ("> ...") are the other side's words and are left out."""
    own = "\n".join(line for line in mail.body.splitlines() if not line.lstrip().startswith(">"))
    words = _fold(f"{mail.subject}\n{own}")
    if any(p in words for p in _DEFINITE):
        return True
    return any(p in words for p in _REGRET) and any(p in words for p in _DECISION)


# --- PDF -----------------------------------------------------------------------------------

_PDFIUM = threading.Lock()
_T = TypeVar("_T")


def _with_pdf(data: bytes, use: Callable[[Any], _T]) -> _T:
    """``use(document)`` on the PDF in ``data``, under the lock, the document closed after.
    pypdfium2 is imported here, the first time a PDF is opened: it loads an 8 MB library."""
    import pypdfium2

    with _PDFIUM:
        document = pypdfium2.PdfDocument(data)
        try:
            return use(document)
        finally:
            document.close()


def _pdf_text(data: bytes, limit: int) -> str:
    """Every page's text until ``limit``. The lock is taken page by page, not for the whole
    document: a long PDF read in the background never holds the viewer up for long."""
    import pypdfium2

    with _PDFIUM:
        document = pypdfium2.PdfDocument(data)
    try:
        with _PDFIUM:
            count = len(document)
        pages: list[str] = []
        length = 0
        for index in range(count):
            with _PDFIUM:
                found = _page_text(document, index)
            pages.append(found.replace("\r\n", "\n").replace("\r", "\n").strip())
            length += len(pages[-1]) + 2
            if length >= limit:
                break
        return "\n\n".join(p for p in pages if p)
    finally:
        with _PDFIUM:
            document.close()


def _page_text(document: Any, index: int) -> str:
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            # All of Unicode (get_text_range is limited to UCS-2), the same in pypdfium2 4 and 5.
            return str(textpage.get_text_bounded())
        finally:
            textpage.close()
    finally:
        page.close()


def pdf_page_count(data: bytes) -> int:
    """How many pages the PDF in ``data`` has; 0 when it can't be opened."""
    try:
        return _with_pdf(data, lambda document: len(document))
    except Exception as exc:
        log.warning("Could not open a PDF: %s", type(exc).__name__)
        return 0


def pdf_page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Every page's width and height in points, in one opening of the document (PDFium reads
    a page's size without loading the page); [] when the PDF can't be opened."""
    def measure(document: Any) -> list[tuple[float, float]]:
        sizes = []
        for index in range(len(document)):
            width, height = document.get_page_size(index)
            sizes.append((float(width), float(height)))
        return sizes

    try:
        return _with_pdf(data, measure)
    except Exception as exc:
        log.warning("Could not open a PDF: %s", type(exc).__name__)
        return []


def render_pdf_page(data: bytes, index: int, scale: float) -> tuple[int, int, int, bytes]:
    """Page ``index`` drawn on white at ``scale`` pixels per point: (width, height, stride,
    pixels), the pixels four bytes each in the order R, G, B, A (QImage.Format_RGBA8888),
    ``stride`` bytes a row. Raises on a PDF or page that can't be drawn (the viewer says so
    kindly); the bytes are a copy, PDFium's own buffer is released before returning."""
    import pypdfium2.raw as pdfium_c

    def draw(document: Any) -> tuple[int, int, int, bytes]:
        if not 0 <= index < len(document):
            raise IndexError(index)
        page = document[index]
        try:
            bitmap = page.render(scale=scale, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA,
                                 rev_byteorder=True, draw_annots=True)
            try:
                return (int(bitmap.width), int(bitmap.height), int(bitmap.stride),
                        bytes(bitmap.buffer))
            finally:
                bitmap.close()
        finally:
            page.close()

    return _with_pdf(data, draw)
