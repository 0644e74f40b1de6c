"""Files as a job seeker keeps them: a PDF of a few lines (text a reader can select and
search) and the e-mail of an answer. Used by the benchmark's stores and by the demo data
(scripts/demo_files.py).

Written by hand rather than with a PDF library: a plain page of Helvetica text is all either
needs, and a library that writes PDFs is nothing BounceBack itself needs.
"""

from __future__ import annotations


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines: list[tuple[str, int]]) -> bytes:
    """A one-page A4 PDF with ``lines`` (text, size in points) in Helvetica, top to bottom.
    Text outside Windows-1252 is replaced by "?" (the font's encoding holds no more)."""
    ops = ["BT", "/F1 11 Tf", "56 780 Td"]
    for i, (text, size) in enumerate(lines):
        if i:
            ops.append(f"0 -{size + 8} Td")
        ops.append(f"/F1 {size} Tf ({_escape(text)}) Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


def mail(sender: str, to: str, subject: str, date: str, body: str) -> bytes:
    """A plain-text e-mail as a mail program saves it (``date``: an RFC 2822 date)."""
    lines = body.replace("\r\n", "\n").split("\n")
    return (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "\r\n".join(lines) + "\r\n").encode()
