"""LinkedIn data archives for the tests, laid out as LinkedIn's "Get a copy of your data" has them.

The ZIP holds ``Jobs/Job Applications.csv``, ``Jobs/Saved Jobs.csv`` and ``Connections.csv``
(whose header sits below a few lines of notes), among files the import must never read
(messages, ads, invitations …): those carry :data:`MARKER`, so a test can look for it where
nothing of theirs may end up.

Rows are dicts keyed by the header's names; a missing key is an empty cell, and a key the
header doesn't have is an error (a typo in a test should not pass silently).
"""

from __future__ import annotations

import csv
import io
import struct
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

Row = Mapping[str, str]

APPLICATIONS_FILE = "Jobs/Job Applications.csv"
SAVED_FILE = "Jobs/Saved Jobs.csv"
CONNECTIONS_FILE = "Connections.csv"

APPLICATIONS_HEADER = ("Application Date", "Contact Email", "Contact Phone Number",
                       "Company Name", "Job Title", "Job Url", "Resume Name",
                       "Question And Answers")
SAVED_HEADER = ("Saved Date", "Job Url", "Job Title", "Company Name")
CONNECTIONS_HEADER = ("First Name", "Last Name", "URL", "Email Address", "Company",
                      "Position", "Connected On")

# What LinkedIn writes above Connections.csv's header: three lines, so the header is line 4
# and the first connection line 5.
CONNECTIONS_NOTES = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)
NOTES_LINES = 3

# In every file the import must not read; never to be found in the store, the logs, an error.
MARKER = "PRIVATE-7f3a9c-MESSAGE-TEXT"
OTHER_FILES: dict[str, str] = {
    "messages.csv": (
        "CONVERSATION ID,FROM,TO,DATE,SUBJECT,CONTENT\n"
        f'2-abc,Ana Ruiz,Jordan Lee,2024-11-20 10:00:00 UTC,Hello,"{MARKER} see you"\n'),
    "Ad_Targeting.csv": f"Member Age,Company Names\n25 to 34,{MARKER}\n",
    "Invitations.csv": (
        "From,To,Sent At,Message,Direction\n"
        f'Jordan Lee,Ana Ruiz,"11/20/24, 10:00 AM",{MARKER},OUTGOING\n'),
    "Jobs/Job Applicant Saved Answers.csv": f"Question,Answer\nYears of SQL?,{MARKER}\n",
    "Jobs/Job Seeker Preferences.csv": f"Locations,Industries\n{MARKER},Software\n",
    "Profile.csv": f"First Name,Last Name,Headline\nJordan,Lee,{MARKER}\n",
}


def job_link(number: int) -> str:
    """A job's address as the archive writes it."""
    return f"http://www.linkedin.com/jobs/view/{number}"


def profile(slug: str) -> str:
    return f"https://www.linkedin.com/in/{slug}"


def application(company: str, role: str, applied: str = "11/23/24, 3:05 PM", *,
                link: str = "", resume: str = "", answers: str = "",
                email: str = "me@example.com", phone: str = "+15551234") -> dict[str, str]:
    """A row of Job Applications.csv."""
    return {"Application Date": applied, "Contact Email": email, "Contact Phone Number": phone,
            "Company Name": company, "Job Title": role, "Job Url": link,
            "Resume Name": resume, "Question And Answers": answers}


def saved(company: str, role: str, day: str = "11/20/24, 10:12 AM", *,
          link: str = "") -> dict[str, str]:
    """A row of Saved Jobs.csv."""
    return {"Saved Date": day, "Job Url": link, "Job Title": role, "Company Name": company}


def connection(first: str, last: str, company: str = "", position: str = "",
               connected: str = "05 Mar 2024", *, url: str = "",
               email: str = "") -> dict[str, str]:
    """A row of Connections.csv (LinkedIn leaves most e-mails empty)."""
    return {"First Name": first, "Last Name": last, "URL": url, "Email Address": email,
            "Company": company, "Position": position, "Connected On": connected}


def csv_bytes(header: Sequence[str], rows: Iterable[Row], *, notes: str = "",
              line_end: str = "\n", bom: bool = False) -> bytes:
    """A CSV file: ``notes`` above the header, cells quoted where they need it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=line_end)
    writer.writerow(header)
    for row in rows:
        unknown = set(row) - set(header)
        assert not unknown, f"columns not in the header: {unknown}"
        writer.writerow([row.get(name, "") for name in header])
    text = notes.replace("\n", line_end) + out.getvalue()
    return ("\ufeff" if bom else "").encode() + text.encode("utf-8")


def applications_csv(rows: Iterable[Row], header: Sequence[str] = APPLICATIONS_HEADER, *,
                     line_end: str = "\n", bom: bool = False) -> bytes:
    return csv_bytes(header, rows, line_end=line_end, bom=bom)


def saved_csv(rows: Iterable[Row], header: Sequence[str] = SAVED_HEADER, *,
              line_end: str = "\n", bom: bool = False) -> bytes:
    return csv_bytes(header, rows, line_end=line_end, bom=bom)


def connections_csv(rows: Iterable[Row], header: Sequence[str] = CONNECTIONS_HEADER, *,
                    notes: str = CONNECTIONS_NOTES, line_end: str = "\n",
                    bom: bool = False) -> bytes:
    return csv_bytes(header, rows, notes=notes, line_end=line_end, bom=bom)


def archive_files(applied: Iterable[Row] = (), saved_jobs: Iterable[Row] = (),
                  connections: Iterable[Row] = (), *, others: bool = True
                  ) -> dict[str, bytes]:
    """The archive's files by name: the three the import reads (each even when empty, as
    LinkedIn writes them) and, with ``others``, the ones it must leave alone."""
    files = {APPLICATIONS_FILE: applications_csv(applied),
             SAVED_FILE: saved_csv(saved_jobs),
             CONNECTIONS_FILE: connections_csv(connections)}
    if others:
        files.update({name: text.encode() for name, text in OTHER_FILES.items()})
    return files


def write_zip(path: Path, files: Mapping[str, bytes | str],
              compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """``files`` (name → content) as a ZIP at ``path``, members in the order given."""
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def write_folder(folder: Path, files: Mapping[str, bytes | str]) -> Path:
    """``files`` unpacked under ``folder``, as an archive program leaves them."""
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data.encode() if isinstance(data, str) else data)
    return folder


def write_archive(path: Path, applied: Iterable[Row] = (), saved_jobs: Iterable[Row] = (),
                  connections: Iterable[Row] = ()) -> Path:
    """A whole archive as LinkedIn downloads it: a ZIP at ``path``."""
    return write_zip(path, archive_files(applied, saved_jobs, connections))


def mark_encrypted(path: Path, member: str) -> None:
    """Set ``member``'s "encrypted" flag (bit 0) in the ZIP at ``path``, in its local header
    and in the central directory, as a password-protected archive has it. (Python's zipfile
    can't write encrypted members; the flag is what a reader goes by.)"""
    data = bytearray(path.read_bytes())
    name = member.encode()
    marked = 0
    for signature, flag_at, name_len_at, name_at in ((b"PK\x03\x04", 6, 26, 30),
                                                      (b"PK\x01\x02", 8, 28, 46)):
        start = data.find(signature)
        while start >= 0:
            (length,) = struct.unpack_from("<H", data, start + name_len_at)
            if bytes(data[start + name_at:start + name_at + length]) == name:
                (flags,) = struct.unpack_from("<H", data, start + flag_at)
                struct.pack_into("<H", data, start + flag_at, flags | 0x1)
                marked += 1
            start = data.find(signature, start + 4)
    assert marked == 2, f"{member} not found in {path}"
    path.write_bytes(bytes(data))


def files_under(*folders: Path) -> dict[Path, bytes]:
    """Every file under ``folders`` (that exist) with its content."""
    found: dict[Path, bytes] = {}
    for folder in folders:
        if folder.is_dir():
            found.update({p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()})
    return found
