"""Files a made-up job seeker would have kept: a one-page CV as a real PDF (text a PDF reader
can select and search), the posting, a cover letter, and the e-mail that brought the "no".
"""

from __future__ import annotations

import sys
from pathlib import Path

# The repository's root, for the file builders the benchmarks use too.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks import files

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


def cv_pdf() -> bytes:
    return files.pdf(list(CV_LINES))


def rejection_mail(day: str) -> bytes:
    """The e-mail of a kind "no" (``day``: an RFC 2822 date)."""
    return files.mail(
        "Dana Reyes <dana.reyes@northwind.example>", "Alex Morgan <alex.morgan@example.org>",
        "Your application for Senior product designer", day,
        "Dear Alex,\n\nThank you for the time you spent with us. Unfortunately we have "
        "decided to move forward with another candidate whose experience is closer to our "
        "logistics domain.\n\nWe enjoyed your portfolio, and we'd be glad to hear from you "
        "again.\n\nKind regards,\nDana")
