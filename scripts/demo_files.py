"""Files a made-up job seeker would have kept: a one-page CV as a real PDF (text a PDF reader
can select and search), the posting, a cover letter, and the e-mail that brought the "no".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
import zipfile
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


# --- LinkedIn's data archive, as "Get a copy of your data" downloads it ----------------------

CONNECTIONS_NOTES = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email '
    'addresses are missing. You will only see email addresses for connections who have '
    'allowed their connections to see or download their email address."\n\n')


def linkedin_archive(path: Path, today: dt.date) -> Path:
    """A ZIP in LinkedIn's layout, matching the demo journey: two applications the journey
    has, three new ones, a job saved and then applied to, connections at Contoso and at a
    company applied to in the archive, Sam Okafor (one of Northwind's People), and files that
    an import must never open."""
    def when(days: int, hour: int = 10) -> str:
        day = today - dt.timedelta(days=days)
        return f"{day.month}/{day.day}/{day:%y}, {hour % 12 or 12}:{day.day % 60:02d} " \
               f"{'AM' if hour < 12 else 'PM'}"

    def connected(days: int) -> str:
        return (today - dt.timedelta(days=days)).strftime("%d %b %Y")

    applications = [
        (when(30), "Fabrikam", "Product designer", "https://www.linkedin.com/jobs/view/3900000101",
         "Alex Morgan CV.pdf", ""),
        (when(18, 15), "Proseware, Inc.", "UX researcher",
         "https://www.linkedin.com/jobs/view/3900000102", "Alex Morgan CV.pdf",
         "How many years of user research experience do you have?:6 | Are you comfortable "
         "presenting to executives?:Yes | Which tools do you use?:Figma | Dovetail | Miro"),
        (when(12, 9), "Adatum Corporation", "Design systems lead",
         "https://www.linkedin.com/jobs/view/3900000103", "Alex Morgan CV.pdf",
         "Will you now or in the future require sponsorship?:No"),
        (when(5, 16), "Trey Research", "Senior interaction designer",
         "https://www.linkedin.com/jobs/view/3900000104", "Alex Morgan CV.pdf", ""),
    ]
    saved = [
        (when(40), "https://www.linkedin.com/jobs/view/3900000104", "Senior interaction designer",
         "Trey Research"),
        (when(4), "https://www.linkedin.com/jobs/view/3900000105", "Product design manager",
         "Margie's Travel"),
    ]
    people = [
        ("Sam", "Okafor", "https://www.linkedin.com/in/sam-okafor-demo", "", "Northwind Traders",
         "Recruiter", connected(50)),
        ("Priya", "Natarajan", "https://www.linkedin.com/in/priya-n-demo", "",
         "Contoso Ltd", "Head of Design", connected(400)),
        ("Jonas", "Weber", "https://www.linkedin.com/in/jonas-weber-demo",
         "jonas.weber@example.org", "Proseware Inc", "Research Operations", connected(800)),
        ("Lucía", "Fernández", "https://www.linkedin.com/in/lucia-fernandez-demo", "",
         "Adatum", "Staff Product Designer", connected(120)),
        ("Mei", "Lin", "https://www.linkedin.com/in/mei-lin-demo", "", "Coho Winery",
         "Brand Manager", connected(1500)),
    ]

    def table(header: str, rows: list[tuple[str, ...]]) -> str:
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header.split(","))
        writer.writerows(rows)
        return out.getvalue()

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Jobs/Job Applications.csv", table(
            "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,"
            "Job Url,Resume Name,Question And Answers",
            [(d, "alex.morgan@example.org", "", c, r, u, cv, qa)
             for d, c, r, u, cv, qa in applications]))
        archive.writestr("Jobs/Saved Jobs.csv",
                         table("Saved Date,Job Url,Job Title,Company Name", saved))
        archive.writestr("Connections.csv", CONNECTIONS_NOTES + table(
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On", people))
        archive.writestr("messages.csv", "CONVERSATION ID,FROM,TO,CONTENT\n1,a,b,private\n")
        archive.writestr("Ad_Targeting.csv", "Member Age,Company Names\n25 to 34,Contoso\n")
    return path
