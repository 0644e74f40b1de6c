"""Reading LinkedIn's data archive: its three files (no others), from a ZIP, the folder it
unpacks to, or one CSV file; every problem with its file and line."""

from __future__ import annotations

import builtins
import datetime as dt
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bounceback import paths
from bounceback.services.exchange import linkedin_read
from bounceback.services.exchange.common import ExchangeError
from bounceback.services.exchange.linkedin_read import (
    APPLICATIONS,
    CONNECTIONS,
    SAVED,
    Applied,
    Connection,
    Saved,
    file_kind,
    read_linkedin,
    screening_answers,
)
from tests.services.exchange.linkedin_kit import (
    APPLICATIONS_FILE,
    CONNECTIONS_FILE,
    CONNECTIONS_HEADER,
    CONNECTIONS_NOTES,
    MARKER,
    NOTES_LINES,
    OTHER_FILES,
    SAVED_FILE,
    application,
    applications_csv,
    archive_files,
    connection,
    connections_csv,
    csv_bytes,
    files_under,
    job_link,
    mark_encrypted,
    profile,
    saved,
    saved_csv,
    write_archive,
    write_folder,
    write_zip,
)

ANSWERS = "Years of SQL?:5 | Salary?:80k | negotiable"
ACME = application("Acme, Inc.", "Data Analyst", "11/23/24, 3:05 PM",
                   link=job_link(4077276177), resume="Jordan Lee CV.pdf", answers=ANSWERS)
GLOBEX = application("Globex", "BI Developer", "1/7/25, 11:40 AM", link=job_link(4100000001))
SAVED_INITECH = saved("Initech", "Analyst", "11/20/24, 10:12 AM", link=job_link(4000000002))
ANA = connection("Ana", "Ruiz", "Acme Inc.", "Recruiter", "05 Mar 2024",
                 url=profile("ana-ruiz-12"))
BO = connection("Bo", "Chen", "Globex", "Engineer", "17 Dec 2023", email="bo@example.com")

EXPECTED_ACME = Applied(APPLICATIONS_FILE, 2, "Acme, Inc.", "Data Analyst",
                        dt.date(2024, 11, 23), job_link(4077276177), "Jordan Lee CV.pdf",
                        (("Years of SQL?", "5"), ("Salary?", "80k | negotiable")))
EXPECTED_GLOBEX = Applied(APPLICATIONS_FILE, 3, "Globex", "BI Developer", dt.date(2025, 1, 7),
                          job_link(4100000001), "", ())
EXPECTED_SAVED = Saved(SAVED_FILE, 2, "Initech", "Analyst", dt.date(2024, 11, 20),
                       job_link(4000000002))
EXPECTED_ANA = Connection(CONNECTIONS_FILE, NOTES_LINES + 2, "Ana Ruiz",
                          profile("ana-ruiz-12"), "", "Acme Inc.", "Recruiter",
                          dt.date(2024, 3, 5))
EXPECTED_BO = Connection(CONNECTIONS_FILE, NOTES_LINES + 3, "Bo Chen", "", "bo@example.com",
                         "Globex", "Engineer", dt.date(2023, 12, 17))


def _problems(excinfo: pytest.ExceptionInfo[ExchangeError]) -> list[tuple[str, int, str]]:
    return [(p.file, p.line, str(p.message)) for p in excinfo.value.problems]


def _refused(path: Path) -> ExchangeError:
    with pytest.raises(ExchangeError) as excinfo:
        read_linkedin(path)
    return excinfo.value


# --- which files ---------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "kind"), [
    ("Jobs/Job Applications.csv", APPLICATIONS),
    ("Job Applications.csv", APPLICATIONS),
    ("Jobs/Job Applications_1.csv", APPLICATIONS),
    ("Jobs/Job Applications_12.csv", APPLICATIONS),
    ("Jobs\\Job Applications.csv", APPLICATIONS),
    ("export/Jobs/job_applications.CSV", APPLICATIONS),
    ("Jobs/Saved Jobs.csv", SAVED),
    ("Saved Jobs.csv", SAVED),
    ("Connections.csv", CONNECTIONS),
    ("Basic_LinkedInDataExport_11-23-2024/Connections.csv", CONNECTIONS),
    # Everything else in the archive, however close its name.
    ("messages.csv", None),
    ("Ad_Targeting.csv", None),
    ("Invitations.csv", None),
    ("Profile.csv", None),
    ("ImportedContacts.csv", None),
    ("Jobs/Job Applicant Saved Answers.csv", None),
    ("Jobs/Job Applicant Saved Screening Question Responses.csv", None),
    ("Jobs/Job Seeker Preferences.csv", None),
    ("SavedJobAlerts.csv", None),
    ("Company Follows.csv", None),
    ("Connections.txt", None),
    ("Job Applications.xlsx", None),
    ("Connections", None),
])
def test_file_kind_knows_the_three_files_by_name_alone(name: str, kind: str | None) -> None:
    assert file_kind(name) == kind


# --- a whole archive -----------------------------------------------------------------------


def test_a_zip_as_linkedin_downloads_it_is_read_whole(tmp_path: Path) -> None:
    path = write_archive(tmp_path / "Basic_LinkedInDataExport_11-23-2024.zip",
                         [ACME, GLOBEX], [SAVED_INITECH], [ANA, BO])
    archive = read_linkedin(path)
    assert archive.applied == (EXPECTED_ACME, EXPECTED_GLOBEX)
    assert archive.saved == (EXPECTED_SAVED,)
    assert archive.connections == (EXPECTED_ANA, EXPECTED_BO)
    assert archive.files == (CONNECTIONS_FILE, APPLICATIONS_FILE, SAVED_FILE)


def test_the_unpacked_folder_reads_the_same_as_the_zip(tmp_path: Path) -> None:
    files = archive_files([ACME, GLOBEX], [SAVED_INITECH], [ANA, BO])
    from_zip = read_linkedin(write_zip(tmp_path / "archive.zip", files))
    from_folder = read_linkedin(write_folder(tmp_path / "unpacked", files))
    assert from_folder == from_zip


def test_a_folder_with_the_files_at_its_top_is_read_too(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "flat", {
        "Job Applications.csv": applications_csv([ACME]),
        "Saved Jobs.csv": saved_csv([SAVED_INITECH]),
        "Connections.csv": connections_csv([ANA]),
        **OTHER_FILES,
    })
    archive = read_linkedin(folder)
    assert archive.files == ("Connections.csv", "Job Applications.csv", "Saved Jobs.csv")
    assert [a.company for a in archive.applied] == ["Acme, Inc."]
    assert archive.applied[0].file == "Job Applications.csv"
    assert [s.company for s in archive.saved] == ["Initech"]
    assert [c.name for c in archive.connections] == ["Ana Ruiz"]


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("Job Applications.csv", applications_csv([ACME, GLOBEX]), "applied"),
    ("Saved Jobs.csv", saved_csv([SAVED_INITECH]), "saved"),
    ("Connections.csv", connections_csv([ANA, BO]), "connections"),
])
def test_one_csv_file_of_the_archive_is_read_alone(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    archive = read_linkedin(path)
    assert archive.files == (name,)
    kinds = {"applied": archive.applied, "saved": archive.saved,
             "connections": archive.connections}
    assert [k for k, rows in kinds.items() if rows] == [expected]
    first = kinds[expected][0]
    assert first.file == name
    assert first.line == (NOTES_LINES + 2 if expected == "connections" else 2)


def test_a_connections_file_under_another_name_is_read_as_connections(tmp_path: Path) -> None:
    # Its header (First Name, Last Name, Company, Position) also has what a saved job needs:
    # read as saved jobs, every connection would become one.
    path = tmp_path / "my linkedin contacts.csv"
    path.write_bytes(connections_csv([ANA, BO]))
    archive = read_linkedin(path)
    assert archive.saved == ()
    assert [c.name for c in archive.connections] == ["Ana Ruiz", "Bo Chen"]


def test_split_application_files_are_read_together(tmp_path: Path) -> None:
    late = application("Hooli", "Data Scientist", "2/14/25, 9:00 AM", link=job_link(4200000003))
    path = write_zip(tmp_path / "archive.zip", {
        "Jobs/Job Applications_1.csv": applications_csv([ACME, GLOBEX]),
        "Jobs/Job Applications_2.csv": applications_csv([late]),
        SAVED_FILE: saved_csv([]),
        CONNECTIONS_FILE: connections_csv([]),
    })
    archive = read_linkedin(path)
    assert [(a.file, a.line, a.company) for a in archive.applied] == [
        ("Jobs/Job Applications_1.csv", 2, "Acme, Inc."),
        ("Jobs/Job Applications_1.csv", 3, "Globex"),
        ("Jobs/Job Applications_2.csv", 2, "Hooli"),
    ]
    assert "Jobs/Job Applications_2.csv" in archive.files


def test_a_problem_in_a_split_file_names_that_file(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "archive.zip", {
        "Jobs/Job Applications_1.csv": applications_csv([ACME]),
        "Jobs/Job Applications_2.csv": applications_csv([GLOBEX, application("", "Analyst")]),
    })
    with pytest.raises(ExchangeError) as excinfo:
        read_linkedin(path)
    assert _problems(excinfo) == [
        ("Jobs/Job Applications_2.csv", 3, linkedin_read.EMPTY_COMPANY)]


# --- what the cells hold -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "pairs"), [
    ("Years of SQL?:5 | Salary?:80k | negotiable",
     (("Years of SQL?", "5"), ("Salary?", "80k | negotiable"))),
    ("Which tools?:Python | SQL | Tableau | Years?:3",
     (("Which tools?", "Python | SQL | Tableau"), ("Years?", "3"))),
    ("Start time?:9:00 | Notice?:2 weeks", (("Start time?", "9:00"), ("Notice?", "2 weeks"))),
    ("Portfolio?:https://a.example/x | Why us?:Because: reasons",
     (("Portfolio?", "https://a.example/x"), ("Why us?", "Because: reasons"))),
    ("Notice period: 2 weeks", (("Notice period", "2 weeks"),)),
    ("Authorized to work? Yes", (("Authorized to work?", "Yes"),)),
    ("How many?:", (("How many?", ""),)),
    ("Anything else?", (("Anything else?", ""),)),
    ("A|B?:c", (("A|B?", "c"),)),  # a bar without spaces is part of the text
    ("", ()),
    ("   ", ()),
])
def test_screening_answers_split_into_questions_and_answers(
    text: str, pairs: tuple[tuple[str, str], ...]
) -> None:
    assert screening_answers(text) == pairs


def test_quoted_cells_keep_their_commas_bars_colons_and_question_marks(tmp_path: Path) -> None:
    row = application("Wayne, Enterprises, LLC", "Analyst, Risk", "3/4/25, 10:00 PM",
                      answers="Why, us?:Because: we | you | Ok?:yes, sure")
    path = write_archive(tmp_path / "a.zip", [row])
    (applied,) = read_linkedin(path).applied
    assert (applied.company, applied.role) == ("Wayne, Enterprises, LLC", "Analyst, Risk")
    assert applied.applied_on == dt.date(2025, 3, 4)
    assert applied.answers == (("Why, us?", "Because: we | you"), ("Ok?", "yes, sure"))


def test_answers_spread_over_lines_keep_them_and_the_next_row_its_line(tmp_path: Path) -> None:
    row = application("Acme", "Analyst", answers="Tell us about you?:Line one\nLine two")
    path = write_archive(tmp_path / "a.zip", [row, GLOBEX | {"Company Name": ""}])
    with pytest.raises(ExchangeError) as excinfo:
        read_linkedin(path)
    # The first row takes lines 2 and 3; the second starts on line 4.
    assert _problems(excinfo) == [(APPLICATIONS_FILE, 4, linkedin_read.EMPTY_COMPANY)]
    path = write_archive(tmp_path / "b.zip", [row])
    (applied,) = read_linkedin(path).applied
    assert applied.answers == (("Tell us about you?", "Line one\nLine two"),)


def test_cells_are_trimmed_and_placeholders_read_as_empty(tmp_path: Path) -> None:
    row = application("  Acme   Corp ", " Data  Analyst ", link="  ", resume="n/a")
    (applied,) = read_linkedin(write_archive(tmp_path / "a.zip", [row])).applied
    assert (applied.company, applied.role, applied.link, applied.resume_name) == (
        "Acme Corp", "Data Analyst", "", "")


def test_a_byte_order_mark_and_windows_line_ends(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "a.zip", {
        APPLICATIONS_FILE: applications_csv([ACME, GLOBEX], line_end="\r\n", bom=True),
        SAVED_FILE: saved_csv([SAVED_INITECH], line_end="\r\n", bom=True),
        CONNECTIONS_FILE: connections_csv([ANA, BO], line_end="\r\n", bom=True),
    })
    archive = read_linkedin(path)
    assert archive.applied == (EXPECTED_ACME, EXPECTED_GLOBEX)
    assert archive.saved == (EXPECTED_SAVED,)
    assert archive.connections == (EXPECTED_ANA, EXPECTED_BO)


def test_line_numbers_stay_right_with_a_mark_notes_and_windows_line_ends(
    tmp_path: Path
) -> None:
    path = write_zip(tmp_path / "a.zip", {
        CONNECTIONS_FILE: connections_csv([ANA, BO | {"Connected On": "someday"}],
                                          line_end="\r\n", bom=True),
    })
    with pytest.raises(ExchangeError) as excinfo:
        read_linkedin(path)
    assert [(f, line) for f, line, _m in _problems(excinfo)] == [
        (CONNECTIONS_FILE, NOTES_LINES + 3)]


def test_connections_without_notes_and_with_more_lines_of_them(tmp_path: Path) -> None:
    for notes, first_line in (("", 2), ("Notes:\n\n\n\n\n", 7), (CONNECTIONS_NOTES, 5)):
        path = tmp_path / "Connections.csv"
        path.write_bytes(connections_csv([ANA], notes=notes))
        (read,) = read_linkedin(path).connections
        assert (read.name, read.line) == ("Ana Ruiz", first_line)


def test_connections_without_a_name_are_left_out(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_bytes(connections_csv([connection("", "", "Acme"), ANA,
                                      connection("Cher", "", "Acme")]))
    assert [c.name for c in read_linkedin(path).connections] == ["Ana Ruiz", "Cher"]


def test_a_connection_without_a_date_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_bytes(connections_csv([ANA | {"Connected On": ""}]))
    (read,) = read_linkedin(path).connections
    assert read.connected_on is None


def test_a_saved_job_without_a_date_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "Saved Jobs.csv"
    path.write_bytes(saved_csv([SAVED_INITECH | {"Saved Date": ""}]))
    (read,) = read_linkedin(path).saved
    assert read.saved_on is None


def test_a_date_split_from_its_time_by_a_resaved_file_is_joined_again(tmp_path: Path) -> None:
    path = tmp_path / "Job Applications.csv"
    path.write_text(
        "Application Date,Company Name,Job Title,Job Url\n"
        "11/23/24, 3:05 PM,Acme,Data Analyst,\n"
        '"11/24/24, 9:15 AM",Globex,Analyst,\n', encoding="utf-8")
    archive = read_linkedin(path)
    assert [(a.company, a.applied_on) for a in archive.applied] == [
        ("Acme", dt.date(2024, 11, 23)), ("Globex", dt.date(2024, 11, 24))]


def test_day_first_dates_of_a_resaved_file_are_read_day_first(tmp_path: Path) -> None:
    # Re-saved in a day-first locale: 23/11/24 can only be 23 November, and it decides the
    # whole column, 05/12/24 included.
    path = tmp_path / "Job Applications.csv"
    path.write_text(
        "Application Date,Company Name,Job Title\n"
        '"23/11/24, 15:05",Acme,Data Analyst\n'
        '"05/12/24, 09:00",Globex,Analyst\n', encoding="utf-8")
    archive = read_linkedin(path)
    assert [a.applied_on for a in archive.applied] == [dt.date(2024, 11, 23),
                                                       dt.date(2024, 12, 5)]


def test_linkedins_month_first_dates_are_read_month_first_even_when_they_could_be_both(
    tmp_path: Path
) -> None:
    path = write_archive(tmp_path / "a.zip", [
        application("Acme", "Analyst", "5/12/24, 9:00 AM"),
        application("Globex", "Analyst", "1/2/25, 4:30 PM"),
    ])
    assert [a.applied_on for a in read_linkedin(path).applied] == [dt.date(2024, 5, 12),
                                                                  dt.date(2025, 1, 2)]


# --- older and newer column sets -----------------------------------------------------------


def test_an_older_archive_with_fewer_columns(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "old.zip", {
        APPLICATIONS_FILE: (
            "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,"
            "Job Url\n"
            f'"11/23/24, 3:05 PM",me@example.com,+15551234,"Acme, Inc.",Data Analyst,'
            f"{job_link(4077276177)}\n"),
        CONNECTIONS_FILE: CONNECTIONS_NOTES + (
            "First Name,Last Name,Company,Position,Connected On\n"
            "Ana,Ruiz,Acme Inc.,Recruiter,05 Mar 2024\n"),
    })
    archive = read_linkedin(path)
    assert archive.applied == (Applied(APPLICATIONS_FILE, 2, "Acme, Inc.", "Data Analyst",
                                       dt.date(2024, 11, 23), job_link(4077276177), "", ()),)
    assert archive.connections == (Connection(CONNECTIONS_FILE, NOTES_LINES + 2, "Ana Ruiz",
                                              "", "", "Acme Inc.", "Recruiter",
                                              dt.date(2024, 3, 5)),)


def test_a_newer_archive_with_renamed_and_unknown_columns(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "new.zip", {
        APPLICATIONS_FILE: (
            "Application date,Company,Job title,Job location,Job URL,Resume name,"
            "Application status,Questions and answers\n"
            '"11/23/24, 3:05 PM","Acme, Inc.",Data Analyst,Remote,'
            f'{job_link(4077276177)},Jordan Lee CV.pdf,Viewed,"{ANSWERS}"\n'),
        SAVED_FILE: (
            "Date saved,Job URL,Job title,Company,Job location\n"
            f'"11/20/24, 10:12 AM",{job_link(4000000002)},Analyst,Initech,Austin\n'),
        CONNECTIONS_FILE: CONNECTIONS_NOTES + (
            "First Name,Last Name,Profile URL,Email,Company,Position,Connected On,Tags\n"
            f"Ana,Ruiz,{profile('ana-ruiz-12')},,Acme Inc.,Recruiter,05 Mar 2024,Met\n"),
    })
    archive = read_linkedin(path)
    assert archive.applied == (EXPECTED_ACME,)
    assert archive.saved == (EXPECTED_SAVED,)
    assert archive.connections == (EXPECTED_ANA,)


def test_a_file_without_the_columns_says_which(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "a.zip", {
        CONNECTIONS_FILE: connections_csv([ANA]),
        APPLICATIONS_FILE: "When,Where,What\n2024-11-23,Acme,Analyst\n",
    })
    error = _refused(path)
    assert "Jobs/Job Applications.csv" in str(error.message)
    assert "doesn't have the columns" in str(error.message)


# --- problems ------------------------------------------------------------------------------


def test_an_unreadable_date_and_an_empty_company_name_their_file_and_line(
    tmp_path: Path
) -> None:
    path = write_archive(tmp_path / "a.zip", [
        ACME, GLOBEX | {"Application Date": "yesterday"}, application("", "Analyst")])
    with pytest.raises(ExchangeError) as excinfo:
        read_linkedin(path)
    problems = _problems(excinfo)
    assert [(f, line) for f, line, _m in problems] == [(APPLICATIONS_FILE, 3),
                                                        (APPLICATIONS_FILE, 4)]
    assert "yesterday" in problems[0][2]
    assert problems[1][2] == linkedin_read.EMPTY_COMPANY
    assert str(excinfo.value.problems[0]).startswith("Jobs/Job Applications.csv, line 3: ")
    assert "Nothing was imported" in str(excinfo.value.message)


def test_problems_in_several_files_are_all_reported_in_file_order(tmp_path: Path) -> None:
    path = write_archive(
        tmp_path / "a.zip",
        [ACME, application("Globex", ""), application("Hooli", "Analyst", "")],
        [SAVED_INITECH, saved("", "Analyst"), saved("Initech", "Analyst", "31/31/24")],
        [ANA, BO | {"Connected On": "Marchtember 5"}],
    )
    with pytest.raises(ExchangeError) as excinfo:
        read_linkedin(path)
    problems = _problems(excinfo)
    assert [(f, line) for f, line, _m in problems] == [
        (CONNECTIONS_FILE, NOTES_LINES + 3),
        (APPLICATIONS_FILE, 3), (APPLICATIONS_FILE, 4),
        (SAVED_FILE, 3), (SAVED_FILE, 4),
    ]
    messages = [m for _f, _l, m in problems]
    assert "Marchtember 5" in messages[0]
    assert messages[1:4] == [linkedin_read.EMPTY_ROLE, linkedin_read.EMPTY_DATE,
                             linkedin_read.EMPTY_COMPANY]
    assert "31/31/24" in messages[4]
    assert "5 rows need a small fix" in str(excinfo.value.message)


def test_a_row_with_two_problems_is_one_row_to_fix(tmp_path: Path) -> None:
    path = write_archive(tmp_path / "a.zip", [application("", "", "")])
    with pytest.raises(ExchangeError) as excinfo:
        read_linkedin(path)
    assert [m for _f, _l, m in _problems(excinfo)] == [
        linkedin_read.EMPTY_COMPANY, linkedin_read.EMPTY_ROLE, linkedin_read.EMPTY_DATE]
    assert "One row needs a small fix" in str(excinfo.value.message)


def test_a_row_cut_off_at_the_end_is_a_problem_of_its_file(tmp_path: Path) -> None:
    cut = applications_csv([ACME, GLOBEX])[:-40]
    path = write_zip(tmp_path / "a.zip", {APPLICATIONS_FILE: cut})
    with pytest.raises(ExchangeError) as excinfo:
        read_linkedin(path)
    assert [(f, line) for f, line, _m in _problems(excinfo)] == [(APPLICATIONS_FILE, 3)]


# --- not an archive ------------------------------------------------------------------------


NOT_AN_ARCHIVE = "doesn't look like LinkedIn's data archive"


def test_a_zip_without_any_of_the_three_files_is_not_an_archive(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "other.zip", OTHER_FILES)
    assert NOT_AN_ARCHIVE in str(_refused(path).message)


def test_an_empty_zip_is_not_an_archive(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "empty.zip", {})
    assert NOT_AN_ARCHIVE in str(_refused(path).message)


def test_a_folder_without_the_files_is_not_an_archive(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "folder", OTHER_FILES)
    assert NOT_AN_ARCHIVE in str(_refused(folder).message)


def test_a_pdf_is_refused_kindly(tmp_path: Path) -> None:
    path = tmp_path / "Jordan Lee CV.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    assert "PDF" in str(_refused(path).message)


def test_a_file_that_is_not_there(tmp_path: Path) -> None:
    assert "couldn't read" in str(_refused(tmp_path / "gone.zip").message)


# --- damaged, protected, too large ---------------------------------------------------------


DAMAGED = "damaged or incomplete"


def _whole_archive(tmp_path: Path, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    # Enough rows that the compressed data is long enough to damage in its middle.
    rows = [application(f"Company {i}", "Analyst", link=job_link(4000000000 + i),
                        answers=ANSWERS) for i in range(200)]
    return write_zip(tmp_path / "archive.zip", archive_files(rows, [SAVED_INITECH], [ANA]),
                     compression)


@pytest.mark.parametrize("name", ["archive.zip", "archive.ZIP", "archive"])
def test_a_zip_cut_short_is_damaged(tmp_path: Path, name: str) -> None:
    # A download cut short has lost the directory at the ZIP's end; its name may have lost
    # ".zip" too, but its first bytes still say what it is.
    data = _whole_archive(tmp_path).read_bytes()
    path = tmp_path / name
    path.write_bytes(data[: len(data) // 2])
    assert DAMAGED in str(_refused(path).message)


def test_a_zip_is_known_by_its_content_not_its_name(tmp_path: Path) -> None:
    path = write_archive(tmp_path / "LinkedIn data (1)", [ACME])
    assert [a.company for a in read_linkedin(path).applied] == ["Acme, Inc."]


@pytest.mark.parametrize("compression", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_a_zip_with_damaged_data_is_damaged(tmp_path: Path, compression: int) -> None:
    path = _whole_archive(tmp_path, compression)
    data = bytearray(path.read_bytes())
    start = data.index(APPLICATIONS_FILE.encode()) + len(APPLICATIONS_FILE) + 200
    for i in range(start, start + 64):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    assert DAMAGED in str(_refused(path).message)


def test_a_password_protected_member_says_so(tmp_path: Path) -> None:
    path = write_archive(tmp_path / "archive.zip", [ACME], [SAVED_INITECH], [ANA])
    mark_encrypted(path, CONNECTIONS_FILE)
    error = _refused(path)
    assert "protected by a password" in str(error.message)
    assert "choose the folder" in str(error.message)


def test_a_password_protected_file_that_is_not_read_doesnt_matter(tmp_path: Path) -> None:
    path = write_archive(tmp_path / "archive.zip", [ACME])
    mark_encrypted(path, "messages.csv")
    assert [a.company for a in read_linkedin(path).applied] == ["Acme, Inc."]


class _Recorder:
    """ZipFile.open, recording the members opened and every read's size."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened: list[str] = []
        self.reads: list[int | None] = []
        real_open = zipfile.ZipFile.open
        recorder = self

        def open_(archive: zipfile.ZipFile, name: Any, *args: Any, **kw: Any) -> Any:
            member = real_open(archive, name, *args, **kw)
            recorder.opened.append(name.filename if isinstance(name, zipfile.ZipInfo)
                                   else name)
            real_read = member.read

            def read(n: int | None = -1) -> bytes:
                recorder.reads.append(n)
                return real_read(n)

            member.read = read  # type: ignore[method-assign]
            return member

        monkeypatch.setattr(zipfile.ZipFile, "open", open_)


def test_a_member_over_the_size_cap_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(linkedin_read, "MAX_BYTES", 4000)
    small = [ANA]
    big = [connection(f"Person{i}", "Surname", "Acme") for i in range(200)]
    path = write_zip(tmp_path / "archive.zip", {
        APPLICATIONS_FILE: applications_csv([ACME]),
        CONNECTIONS_FILE: connections_csv(big),
        SAVED_FILE: saved_csv([SAVED_INITECH]),
    })
    assert len(connections_csv(big)) > 4000 > len(connections_csv(small))
    recorder = _Recorder(monkeypatch)
    assert "too large" in str(_refused(path).message)
    assert CONNECTIONS_FILE not in recorder.opened


def test_a_member_is_never_read_past_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whatever size the directory claims, a member is read with a limit, never whole.
    path = write_archive(tmp_path / "archive.zip", [ACME], [SAVED_INITECH], [ANA])
    recorder = _Recorder(monkeypatch)
    read_linkedin(path)
    assert sorted(recorder.opened) == sorted([APPLICATIONS_FILE, SAVED_FILE, CONNECTIONS_FILE])
    assert recorder.reads
    assert all(n is not None and 0 < n <= linkedin_read.MAX_BYTES + 1
               for n in recorder.reads), recorder.reads


def test_a_file_over_the_size_cap_in_a_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(linkedin_read, "MAX_BYTES", 4000)
    big = [connection(f"Person{i}", "Surname", "Acme") for i in range(200)]
    folder = write_folder(tmp_path / "unpacked", {CONNECTIONS_FILE: connections_csv(big)})
    assert "too large" in str(_refused(folder).message)
    assert "too large" in str(_refused(folder / CONNECTIONS_FILE).message)


# --- privacy -------------------------------------------------------------------------------


def test_only_the_three_files_are_opened_in_a_zip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_zip(tmp_path / "archive.zip", {
        **archive_files([ACME], [SAVED_INITECH], [ANA]),
        "Jobs/Job Applications_2.csv": applications_csv([GLOBEX]),
    })
    recorder = _Recorder(monkeypatch)
    read_linkedin(path)
    assert sorted(recorder.opened) == sorted([
        APPLICATIONS_FILE, "Jobs/Job Applications_2.csv", SAVED_FILE, CONNECTIONS_FILE])
    assert "messages.csv" not in recorder.opened


def test_only_the_three_files_are_opened_in_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_folder(tmp_path / "unpacked", archive_files([ACME], [SAVED_INITECH], [ANA]))
    opened: list[str] = []
    real_read_bytes = Path.read_bytes
    real_open = Path.open

    def read_bytes(self: Path) -> bytes:
        opened.append(self.relative_to(folder).as_posix())
        return real_read_bytes(self)

    def open_(self: Path, *args: Any, **kw: Any) -> Any:
        opened.append(self.relative_to(folder).as_posix())
        return real_open(self, *args, **kw)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(Path, "open", open_)
    read_linkedin(folder)
    # (Path.read_bytes opens through Path.open: a file may be recorded twice.)
    assert set(opened) == {APPLICATIONS_FILE, SAVED_FILE, CONNECTIONS_FILE}


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every file opened for writing (by open, Path.open or os.open) while the test runs."""
    seen: list[str] = []
    real_open, real_os_open = builtins.open, os.open
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

    def open_(file: Any, mode: str = "r", *args: Any, **kw: Any) -> Any:
        if any(c in mode for c in "wax+"):
            seen.append(str(file))
        return real_open(file, mode, *args, **kw)

    def os_open(file: Any, flags: int, *args: Any, **kw: Any) -> int:
        if flags & writing:
            seen.append(str(file))
        return real_os_open(file, flags, *args, **kw)

    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr("io.open", open_)
    yield seen


def test_reading_a_zip_writes_no_file_anywhere(tmp_path: Path, writes: list[str]) -> None:
    path = write_archive(tmp_path / "archive.zip", [ACME, GLOBEX], [SAVED_INITECH], [ANA, BO])
    writes.clear()
    before = files_under(tmp_path)
    archive = read_linkedin(path)
    assert archive.applied and archive.saved and archive.connections
    assert writes == []
    # The data and log folders are under tmp_path too (tests/conftest.py).
    assert paths.is_inside(paths.log_dir(), tmp_path)
    assert files_under(tmp_path) == before


def test_a_refused_zip_writes_nothing_and_quotes_none_of_the_other_files(
    tmp_path: Path, writes: list[str]
) -> None:
    path = write_archive(tmp_path / "archive.zip", [application("", "Analyst")])
    writes.clear()
    before = files_under(tmp_path)
    error = _refused(path)
    assert writes == []
    assert files_under(tmp_path) == before
    said = [str(error.message), *(str(p) for p in error.problems)]
    assert not any(MARKER in text for text in said)


def test_what_is_read_holds_nothing_of_the_other_files(tmp_path: Path) -> None:
    path = write_archive(tmp_path / "archive.zip", [ACME], [SAVED_INITECH], [ANA])
    assert MARKER not in repr(read_linkedin(path))


def test_archive_names_keeps_only_the_files_an_import_reads() -> None:
    names = [APPLICATIONS_FILE, SAVED_FILE, CONNECTIONS_FILE, *OTHER_FILES]
    assert linkedin_read.archive_names(names) == [APPLICATIONS_FILE, SAVED_FILE,
                                                  CONNECTIONS_FILE]


def test_a_header_far_below_the_notes_is_not_searched_for_forever(tmp_path: Path) -> None:
    notes = "Notes:\n" + "\n".join(f"note {i}" for i in range(linkedin_read.HEADER_SEARCH_LINES))
    path = tmp_path / "Connections.csv"
    path.write_bytes(csv_bytes(CONNECTIONS_HEADER, [ANA], notes=notes + "\n"))
    assert "doesn't have the columns" in str(_refused(path).message)
