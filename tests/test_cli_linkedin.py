"""`bounceback import --format linkedin`: LinkedIn's archive (its ZIP, the folder it unpacks to,
one of its CSV files) from the command line; the People offered are left to the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bounceback.db.enums import Status
from bounceback.db.store import open_store
from bounceback.services import applications as apps
from tests.builders import add_application
from tests.cli_kit import bb, companies, make_store
from tests.services.exchange.linkedin_kit import (
    MARKER,
    application,
    applications_csv,
    archive_files,
    connection,
    files_under,
    job_link,
    saved,
    write_folder,
    write_zip,
)

ACME = application("Acme, Inc.", "Data Analyst", "11/23/24, 3:05 PM",
                   link=job_link(4077276177), resume="Jordan Lee CV.pdf",
                   answers="Years of SQL?:5 | Salary?:80k | negotiable")
GLOBEX = application("Globex", "BI Developer", "1/7/25, 11:40 AM", link=job_link(4100000001))
INITECH = saved("Initech", "Analyst", "11/20/24, 10:12 AM", link=job_link(4000000002))
PEOPLE = [
    connection("Cy", "Ames", "Acme Inc.", "Recruiter", "05 Mar 2024"),
    connection("Fay", "Li", "GLOBEX", "Engineer", "07 Mar 2024"),
    connection("Gus", "Orr", "Umbrella", "Engineer", "07 Mar 2024"),  # not applied to
]
FILES = archive_files([ACME, GLOBEX], [INITECH], PEOPLE)
SUMMARY = "Imported 2 applications, 1 saved jobs, 0 people marked connected; 0 already there."
OFFER_HINT = ("2 of your connections work where you applied; to add them to an application's "
              "People, import the archive in the window (File → Import).")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _statuses(data: Path) -> dict[str, tuple[Status, dt.date | None]]:
    store = open_store(data / "bounceback.sqlite3", backups=data / "backups")
    try:
        with store.session() as s:
            return {a.company: (a.status, a.applied_on) for a in apps.list_applications(s)}
    finally:
        store.close()


def _nothing_private_in(data: Path) -> None:
    written = b"".join(files_under(data, data.with_name(data.name + "-logs")).values())
    assert b"Jordan Lee CV.pdf" in written  # what was imported is found: the search works
    assert MARKER.encode() not in written
    for name in (b"Cy Ames", b"Fay Li", b"Gus Orr"):  # offered, not chosen
        assert name not in written


def test_a_zip_is_imported_with_a_summary_and_the_hint_for_the_people_offered(
    tmp_path: Path, data: Path
) -> None:
    make_store(data, [])
    archive = write_zip(tmp_path / "Basic_LinkedInDataExport_06-01-2025.zip", FILES)
    out = bb(data, "import", "--format", "linkedin", str(archive))
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [SUMMARY, OFFER_HINT]
    assert companies(data) == ["Acme, Inc.", "Globex", "Initech"]
    assert _statuses(data) == {"Acme, Inc.": (Status.APPLIED, dt.date(2024, 11, 23)),
                               "Globex": (Status.APPLIED, dt.date(2025, 1, 7)),
                               "Initech": (Status.SAVED, None)}
    _nothing_private_in(data)
    # The same archive again: nothing new, everything already there.
    again = bb(data, "import", "--format", "linkedin", str(archive))
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0] == (
        "Imported 0 applications, 0 saved jobs, 0 people marked connected; 3 already there.")
    assert companies(data) == ["Acme, Inc.", "Globex", "Initech"]


def test_the_unpacked_folder_is_imported_and_saved_jobs_move_on(
    tmp_path: Path, data: Path
) -> None:
    make_store(data, [])
    store = open_store(data / "bounceback.sqlite3", backups=data / "backups")
    add_application(store, "Globex", "BI Developer", status=Status.SAVED, applied_on=None,
                    link="https://www.linkedin.com/jobs/view/4100000001/")
    store.close()
    folder = write_folder(tmp_path / "Basic_LinkedInDataExport_06-01-2025", FILES)
    out = bb(data, "import", "--format", "linkedin", str(folder))
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "Imported 1 applications, 1 saved jobs, 0 people marked connected, "
        "1 saved jobs moved to applied; 0 already there.",
        OFFER_HINT]
    assert _statuses(data)["Globex"] == (Status.APPLIED, dt.date(2025, 1, 7))
    _nothing_private_in(data)


def test_one_csv_file_of_the_archive_is_imported_alone(tmp_path: Path, data: Path) -> None:
    make_store(data, [])
    path = tmp_path / "Job Applications.csv"
    path.write_bytes(applications_csv([ACME, GLOBEX]))
    out = bb(data, "import", "--format", "linkedin", str(path))
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "Imported 2 applications, 0 saved jobs, 0 people marked connected; 0 already there."]
    assert companies(data) == ["Acme, Inc.", "Globex"]


def test_a_bad_archive_says_which_file_and_line_and_writes_nothing(
    tmp_path: Path, data: Path
) -> None:
    make_store(data, ["Hooli"])
    archive = write_zip(tmp_path / "archive.zip", archive_files(
        [ACME, application("", "Analyst")], [INITECH],
        [*PEOPLE, connection("Hal", "Poe", "Acme", "Student", "someday")]))
    out = bb(data, "import", "--format", "linkedin", str(archive))
    assert out.returncode == 1
    assert out.stdout == ""
    err = out.stderr.splitlines()
    assert err[0] == ("bounceback import: 2 rows need a small fix before importing. "
                      "Nothing was imported.")
    assert err[1].startswith("  Connections.csv, line 8: The date “someday”")
    assert err[2] == ("  Jobs/Job Applications.csv, line 3: The company name is empty; "
                      "please fill it in or remove the row.")
    assert companies(data) == ["Hooli"]
    assert MARKER not in out.stderr
    written = b"".join(files_under(data, data.with_name(data.name + "-logs")).values())
    assert MARKER.encode() not in written and b"Acme, Inc." not in written


@pytest.mark.parametrize(("name", "content", "said"), [
    ("CV.pdf", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "This is a PDF document"),
    ("other.zip", None, "doesn't look like LinkedIn's data archive"),
    ("cut.zip", b"cut", "damaged or incomplete"),
])
def test_what_isnt_an_archive_is_refused(
    tmp_path: Path, data: Path, name: str, content: bytes | None, said: str
) -> None:
    make_store(data, ["Hooli"])
    path = tmp_path / name
    if content is None:
        write_zip(path, {"messages.csv": f"FROM,CONTENT\nAna,{MARKER}\n"})
    elif content == b"cut":
        whole = write_zip(tmp_path / "whole.zip", FILES).read_bytes()
        path.write_bytes(whole[: len(whole) // 2])
    else:
        path.write_bytes(content)
    out = bb(data, "import", "--format", "linkedin", str(path))
    assert out.returncode == 1
    assert said in out.stderr
    assert MARKER not in out.stderr
    assert companies(data) == ["Hooli"]


def test_a_path_that_isnt_there(tmp_path: Path, data: Path) -> None:
    make_store(data, [])
    out = bb(data, "import", "--format", "linkedin", str(tmp_path / "gone"))
    assert out.returncode == 1
    assert "There is no file" in out.stderr
