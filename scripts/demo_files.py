"""Files a made-up job seeker would have kept: a one-page CV as a real PDF (text a PDF reader
can select and search), a cover letter, and the e-mail that brought the "no".

Written by hand rather than with a PDF library: the demo needs one plain page, and a library
that writes PDFs is nothing BounceBack itself needs.
"""

from __future__ import annotations

CV_LINES = (
    ("Alex Morgan", 20),
    ("Product designer · alex.morgan@example.org", 11),
    ("", 11),
    ("Experience", 14),
    ("2021–2026  Senior product designer, Fabrikam Health", 11),
    ("Led the redesign of the patient portal; research with 40 clinicians.", 11),
    ("Built the design system used by five product teams.", 11),
    ("2017–2021  Product designer, Litware", 11),
    ("Mobile banking onboarding: completion up from 61% to 78%.", 11),
    ("", 11),
    ("Skills", 14),
    ("Interaction design, usability research, prototyping, Figma, accessibility", 11),
    ("", 11),
    ("Education", 14),
    ("BA Interaction Design, 2017", 11),
)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def cv_pdf(lines: tuple[tuple[str, int], ...] = CV_LINES) -> bytes:
    """A one-page A4 PDF with ``lines`` (text, size) in Helvetica, top to bottom."""
    ops = ["BT", "/F1 11 Tf", "56 780 Td"]
    for i, (text, size) in enumerate(lines):
        if i:
            ops.append(f"0 -{size + 8} Td")
        # WinAnsi: "–" and "·" are in it; anything else would need a font of its own.
        ops.append(f"/F1 {size} Tf ({_escape(text)}) Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
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


POSTING = """Senior product designer — Northwind Traders

We're looking for a senior product designer to lead the design of our logistics tools, used
every day by warehouse teams across Europe.

What you'll do
- Lead discovery and research with the people who use our tools
- Shape and grow our design system with a team of six
- Mentor designers and lead the team through ambiguous problems

What we look for
- Six or more years designing complex tools
- Experience leading a design team
- Logistics or supply-chain experience is a plus
"""


COVER_LETTER = """Dear Northwind Traders team,

I'd love to bring my experience designing for people under pressure to your logistics
tools. At Fabrikam Health I led research with forty clinicians and turned it into a
design system five teams now use.

Warm regards,
Alex Morgan
"""


def rejection_mail(day: str) -> bytes:
    """The e-mail of a kind "no" (``day``: an RFC 2822 date)."""
    return (
        "From: Dana Reyes <dana.reyes@northwind.example>\r\n"
        "To: Alex Morgan <alex.morgan@example.org>\r\n"
        "Subject: Your application for Senior product designer\r\n"
        f"Date: {day}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        "Dear Alex,\r\n\r\n"
        "Thank you for the time you spent with us. Unfortunately we have decided to move "
        "forward with another candidate whose experience is closer to our logistics "
        "domain.\r\n\r\n"
        "We enjoyed your portfolio, and we'd be glad to hear from you again.\r\n\r\n"
        "Kind regards,\r\nDana\r\n"
    ).encode()
