"""Applications from a spreadsheet's CSV: reading odd files, mapping columns, importing once."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, Source, Status
from bounceback.db.models import Application, Event
from bounceback.db.store import Store
from bounceback.services.exchange.common import ExchangeError, ImportResult
from bounceback.services.exchange.csv_import import (
    CsvTable,
    guess_mapping,
    import_applications_csv,
    read_csv_table,
)
from bounceback.services.validation import LONG

TODAY = dt.date(2025, 6, 1)

NORMAL = """Company,Position,Date Applied,Status,Link,Notes
Acme,Backend Engineer,2025-03-01,Rejected,https://acme.example/jobs/1,Nice people
Globex,Data Analyst,2025-03-04,Interview,,
Initech,QA Lead,2025-03-07,Applied,initech.example/careers,"Referred by Sam"
"""


def _import(store: Store, source: str | bytes | Path, **kw: object) -> ImportResult:
    table = read_csv_table(source)
    mapping = kw.pop("mapping", None) or guess_mapping(table.headers)
    kw.setdefault("today", TODAY)
    with store.session() as s, s.begin():
        return import_applications_csv(s, table, mapping, **kw)  # type: ignore[arg-type]


def _apps(store: Store) -> list[Application]:
    with store.session() as s:
        apps = list(s.scalars(select(Application).order_by(Application.id)))
        s.expunge_all()
        return apps


def _counts(store: Store) -> tuple[int, int]:
    with store.session() as s:
        return (s.scalar(select(func.count(Application.id))) or 0,
                s.scalar(select(func.count(Event.id))) or 0)


def _problems(excinfo: pytest.ExceptionInfo[ExchangeError]) -> dict[int, str]:
    return {p.line: p.message for p in excinfo.value.problems}


# --- a normal file ------------------------------------------------------------------------


def test_normal_file_is_imported_with_statuses_dates_links_and_timeline(store: Store) -> None:
    result = _import(store, NORMAL)
    assert result.added == {"applications": 3} and result.total_skipped == 0
    acme, globex, initech = _apps(store)
    assert (acme.company, acme.role, acme.applied_on) == ("Acme", "Backend Engineer",
                                                         dt.date(2025, 3, 1))
    assert acme.status == Status.REJECTED and acme.notes == "Nice people"
    assert acme.link == "https://acme.example/jobs/1"
    assert globex.status == Status.INTERVIEWING and globex.link == ""
    assert initech.link == "https://initech.example/careers"
    assert initech.status == Status.APPLIED and initech.notes == "Referred by Sam"
    with store.session() as s:
        kinds = [(e.kind, e.occurred_on) for e in s.scalars(
            select(Event).where(Event.application_id == acme.id).order_by(Event.id))]
    # Applied on its own day, then the status it has now, dated the day it was imported.
    assert kinds == [(EventKind.APPLIED, dt.date(2025, 3, 1)), (EventKind.REJECTION, TODAY)]


def test_guess_mapping_knows_common_headers_whatever_their_case_and_spacing() -> None:
    headers = ["  ORGANISATION ", "job title", "Applied On", "stage", "Job URL", "comments",
               "Favourite colour"]
    mapping = guess_mapping(headers)
    assert mapping["company"] == "  ORGANISATION "
    assert mapping["role"] == "job title"
    assert mapping["applied_on"] == "Applied On"
    assert mapping["status"] == "stage"
    assert mapping["link"] == "Job URL"
    assert mapping["notes"] == "comments"
    assert mapping["source"] is None and mapping["salary_min"] is None
    assert "Favourite colour" not in mapping.values()


@pytest.mark.parametrize(("headers", "company", "role", "applied"), [
    (["Employer", "Title", "Date"], "Employer", "Title", "Date"),
    (["Organization", "Role", "Applied"], "Organization", "Role", "Applied"),
    (["Company", "Position", "Date", "Date Applied"], "Company", "Position", "Date Applied"),
])
def test_guess_mapping_prefers_the_most_telling_header(
    headers: list[str], company: str, role: str, applied: str
) -> None:
    mapping = guess_mapping(headers)
    assert (mapping["company"], mapping["role"], mapping["applied_on"]) == (company, role, applied)


def test_a_date_column_the_mapping_leaves_is_offered_to_the_status_date() -> None:
    mapping = guess_mapping(["Company", "Role", "Date Applied", "Last Updated"])
    assert mapping["status_on"] == "Last Updated"


def test_status_date_column_dates_the_status_event(store: Store) -> None:
    _import(store, "Company,Role,Date Applied,Status,Last Updated\n"
                   "Acme,Dev,2025-03-01,Rejected,2025-03-20\n")
    with store.session() as s:
        days = [(e.kind, e.occurred_on) for e in s.scalars(select(Event).order_by(Event.id))]
    assert days == [(EventKind.APPLIED, dt.date(2025, 3, 1)),
                    (EventKind.REJECTION, dt.date(2025, 3, 20))]


# --- encodings and separators -------------------------------------------------------------


def test_utf8_with_bom_keeps_the_first_header_clean(store: Store) -> None:
    data = codecs.BOM_UTF8 + "Company,Role\nZürich Versicherung,Aktuar\n".encode()
    table = read_csv_table(data)
    assert table.headers == ("Company", "Role") and table.encoding == "utf-8-sig"
    _import(store, data)
    assert [(a.company, a.role) for a in _apps(store)] == [("Zürich Versicherung", "Aktuar")]


def test_windows_and_latin1_files_are_read_without_mojibake(store: Store) -> None:
    cp1252 = "Company;Role;Notes\nSociété Générale;Analyste – junior;“quoted” €\n"
    table = read_csv_table(cp1252.encode("cp1252"))
    assert table.encoding == "cp1252"
    assert table.rows[0].cells == ("Société Générale", "Analyste – junior", "“quoted” €")
    # 0x81 has no character in cp1252: Latin-1 still reads every byte.
    latin = read_csv_table(b"Company,Role\nCaf\xe9 \x81,Barista\n")
    assert latin.encoding == "latin-1" and latin.rows[0].cells[0] == "Café \x81"


def test_excels_unicode_text_utf16_with_tabs_is_read() -> None:
    data = "Company\tRole\nשלום בע\"מ\tמפתח\n".encode("utf-16")
    table = read_csv_table(data)
    assert table.delimiter == "\t" and table.rows[0].cells == ('שלום בע"מ', "מפתח")


def test_semicolon_separated_file_with_commas_inside_cells(store: Store) -> None:
    text = ("Company;Role;Date Applied;Notes\n"
            "Acme, Inc.;Engineer, Backend;01.03.2025;Met them at a fair, liked them\n"
            "Globex;Analyst;15.03.2025;\n")
    table = read_csv_table(text)
    assert table.delimiter == ";"
    _import(store, text)
    acme, globex = _apps(store)
    assert (acme.company, acme.role) == ("Acme, Inc.", "Engineer, Backend")
    assert acme.notes == "Met them at a fair, liked them"
    assert (acme.applied_on, globex.applied_on) == (dt.date(2025, 3, 1), dt.date(2025, 3, 15))


def test_excels_sep_line_is_obeyed_and_counted_in_line_numbers(store: Store) -> None:
    text = "sep=;\nCompany;Role;Date Applied\nAcme;Dev;2025-03-01\nGlobex;;2025-03-02\n"
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, text)
    assert _problems(excinfo) == {4: "The role is needed."}


def test_quoted_multiline_cells_keep_their_lines_and_later_line_numbers_stay_true(
    store: Store,
) -> None:
    text = ('Company,Role,Date Applied,Notes\r\n'
            'Acme,Dev,2025-03-01,"First line\r\nsecond line\r\n\r\nafter a blank line"\r\n'
            'Globex,Analyst,not a date,\r\n')
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, text)
    assert list(_problems(excinfo)) == [6]
    table = read_csv_table(text.replace("not a date", "2025-03-02"))
    assert [r.line for r in table.rows] == [2, 6]
    _import(store, text.replace("not a date", "2025-03-02"))
    assert _apps(store)[0].notes == "First line\nsecond line\n\nafter a blank line"


def test_a_path_is_read_from_disk_and_a_missing_one_is_a_kind_error(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "apps.csv"
    path.write_text(NORMAL, encoding="utf-8")
    assert _import(store, path).added == {"applications": 3}
    with pytest.raises(ExchangeError, match="couldn't read"):
        read_csv_table(tmp_path / "gone.csv")


# --- broken files -------------------------------------------------------------------------


def test_a_quote_left_open_at_the_end_is_reported_at_its_row(store: Store) -> None:
    text = 'Company,Role,Notes\nAcme,Dev,fine\nGlobex,Analyst,"this note never en'
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, text)
    assert list(_problems(excinfo)) == [3] and "never closed" in _problems(excinfo)[3]
    assert "Nothing was imported" in excinfo.value.message
    assert _counts(store) == (0, 0)


def test_a_row_cut_in_half_at_the_end_is_reported(store: Store) -> None:
    text = "Company,Role,Date Applied,Notes\nAcme,Dev,2025-03-01,ok\nGlobex,Anal"
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, text)
    assert list(_problems(excinfo)) == [3] and "cut off" in _problems(excinfo)[3]
    assert _counts(store) == (0, 0)


def test_short_rows_inside_the_file_are_only_missing_trailing_empty_cells(store: Store) -> None:
    _import(store, "Company,Role,Date Applied,Notes\nAcme,Dev\nGlobex,Analyst,2025-03-02\n")
    assert [(a.company, a.applied_on) for a in _apps(store)] == [
        ("Acme", None), ("Globex", dt.date(2025, 3, 2))]


def test_a_row_with_more_cells_than_columns_is_reported(store: Store) -> None:
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, "Company,Role\nAcme, Inc,Dev\nGlobex,Analyst\n")
    assert list(_problems(excinfo)) == [2] and "comma" in _problems(excinfo)[2]


@pytest.mark.parametrize(("data", "says"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "text file"),
    (bytes(range(256)) * 4, "text file"),
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00", "save it as CSV"),
    (b"", "empty"),
    (b"  \r\n\n  ", "empty"),
    (b"\n,,,\n", "no rows"),
])
def test_files_that_are_not_csv_are_refused_kindly(data: bytes, says: str) -> None:
    with pytest.raises(ExchangeError, match=says) as excinfo:
        read_csv_table(data)
    assert excinfo.value.problems == []


def test_a_missing_required_column_is_asked_for(store: Store) -> None:
    table = read_csv_table("Company,Date Applied\nAcme,2025-03-01\n")
    mapping = guess_mapping(table.headers)
    assert mapping["role"] is None
    with store.session() as s, s.begin(), pytest.raises(ExchangeError, match="holds “Role”"):
        import_applications_csv(s, table, mapping)
    assert _counts(store) == (0, 0)


def test_a_mapping_naming_a_column_the_file_lacks_is_refused(session: Session) -> None:
    table = read_csv_table("Company,Role\nAcme,Dev\n")
    with pytest.raises(ExchangeError, match="“Employer” isn't in this file"):
        import_applications_csv(session, table, {"company": "Employer", "role": "Role"})


def test_a_header_only_file_imports_nothing_without_error(session: Session) -> None:
    table = read_csv_table("Company,Role\n")
    result = import_applications_csv(session, table, guess_mapping(table.headers))
    assert result.total_added == 0 and session.scalar(select(func.count(Application.id))) == 0


def test_blank_and_duplicate_headers_get_names_a_mapping_can_use() -> None:
    table = read_csv_table("Company,,Notes,Notes,\nAcme,x,a,b,\n")
    assert table.headers == ("Company", "Column 2", "Notes", "Notes (2)")


# --- dates --------------------------------------------------------------------------------


def _dates(store: Store, *cells: str, **kw: object) -> list[dt.date | None]:
    rows = "".join(f'Co{i},Role,"{cell}"\n' for i, cell in enumerate(cells))
    _import(store, "Company,Role,Date Applied\n" + rows, **kw)
    return [a.applied_on for a in _apps(store)]


def test_one_day_first_date_decides_the_whole_column(store: Store) -> None:
    assert _dates(store, "01/03/2025", "13/03/2025", "2025-03-20") == [
        dt.date(2025, 3, 1), dt.date(2025, 3, 13), dt.date(2025, 3, 20)]


def test_one_month_first_date_decides_the_whole_column(store: Store) -> None:
    assert _dates(store, "01/03/2025", "03/13/2025", "3/1/25") == [
        dt.date(2025, 1, 3), dt.date(2025, 3, 13), dt.date(2025, 3, 1)]


def test_named_months_and_iso_times_are_read(store: Store) -> None:
    assert _dates(store, "1 March 2025", "Mar 2, 2025", "Monday, 03-Mar-2025",
                  "2025-03-04T09:15:00Z", "") == [
        dt.date(2025, 3, 1), dt.date(2025, 3, 2), dt.date(2025, 3, 3), dt.date(2025, 3, 4),
        None]


def test_an_undecided_column_reports_ambiguous_dates_and_keeps_the_clear_ones(
    store: Store,
) -> None:
    text = "Company,Role,Date Applied\nA,R,01/03/2025\nB,R,05/05/2025\nC,R,2025-03-02\n"
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, text)
    problems = _problems(excinfo)
    assert list(problems) == [2]
    assert "1 March or 3 January" in problems[2] and "2025-03-01" in problems[2]
    assert _counts(store) == (0, 0)
    # Told how to read them, the same file goes in.
    assert _dates(store, "01/03/2025", "05/05/2025", day_first=False) == [
        dt.date(2025, 1, 3), dt.date(2025, 5, 5)]


@pytest.mark.parametrize(("cell", "says"), [
    ("31/02/2025", "doesn't exist"),
    ("soon", "can read; please write it like 2025-03-01"),
    ("2025-13-01", "doesn't exist"),
    ("1969-12-31", "between 1970 and 2100"),
    ("2101-01-01", "between 1970 and 2100"),
    ("0205-03-01", "between 1970 and 2100"),
    ("01/01/1900", "between 1970 and 2100"),
])
def test_bad_and_absurd_dates_are_bad_rows(store: Store, cell: str, says: str) -> None:
    text = f"Company,Role,Date Applied\nFine,Dev,2025-03-01\nBad,Dev,{cell}\n"
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, text)
    assert list(_problems(excinfo)) == [3] and says in _problems(excinfo)[3]
    assert _counts(store) == (0, 0)


def test_every_bad_row_is_listed_in_file_order(store: Store) -> None:
    text = "Company,Role,Date Applied\n,Dev,2025-03-01\nOk,Dev,2025-03-01\nX,,1900-01-01\n"
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, text)
    lines = [p.line for p in excinfo.value.problems]
    assert lines == [2, 4, 4]
    assert excinfo.value.message.startswith("2 rows need a small fix")


# --- statuses, sources, salaries, notes ---------------------------------------------------


@pytest.mark.parametrize(("cell", "status", "kept"), [
    ("Rejected", Status.REJECTED, False),
    ("DECLINED", Status.REJECTED, False),
    ("not selected", Status.REJECTED, False),
    ("Interview", Status.INTERVIEWING, False),
    ("Phone screen", Status.SCREENING, False),
    ("Offer", Status.OFFER, False),
    ("Offer accepted", Status.ACCEPTED, False),
    ("Ghosted", Status.GHOSTED, False),
    ("No response", Status.GHOSTED, False),
    ("withdrew", Status.WITHDRAWN, False),
    ("", Status.APPLIED, False),
    ("Rejected after 2nd interview", Status.REJECTED, True),
    ("Waiting for references", Status.APPLIED, True),
])
def test_statuses_map_generously_and_unknown_ones_keep_their_words(
    store: Store, cell: str, status: Status, kept: bool
) -> None:
    _import(store, f"Company,Role,Status\nAcme,Dev,{cell}\n")
    (app,) = _apps(store)
    assert app.status == status
    assert (app.notes == f"Status in the spreadsheet: {cell}") is kept
    assert kept or app.notes == ""


def test_sources_salaries_and_links_keep_what_does_not_fit_in_the_notes(store: Store) -> None:
    text = ("Company,Role,Source,Salary,Currency,Link,Notes\n"
            "Acme,Dev,Employee referral,80k-100k,eur,acme.example/1,\n"
            "Globex,QA,LinkedIn,competitive,,see the email,Call back Friday\n")
    _import(store, text)
    acme, globex = _apps(store)
    assert acme.source == Source.REFERRAL and acme.notes == ""
    assert (acme.salary_min, acme.salary_max, acme.salary_currency) == (80000, 100000, "EUR")
    assert globex.source == Source.DIRECT and globex.salary_min is None and globex.link == ""
    assert globex.notes == ("Call back Friday\n\nSource: LinkedIn\nLink: see the email\n"
                            "Salary: competitive")


def test_unmapped_columns_go_to_the_notes_unless_asked_not_to(store: Store) -> None:
    text = "Company,Role,Location,Contact\nAcme,Dev,Berlin,n/a\n"
    _import(store, text)
    _import(store, text.replace("Acme", "Globex"), keep_other_columns=False)
    acme, globex = _apps(store)
    assert acme.notes == "Location: Berlin"  # "n/a" is an empty cell, not worth a line
    assert globex.notes == ""


def test_exotic_and_long_text_arrives_intact(store: Store) -> None:
    long_note = ("مرحبا بالعالم 🌱 שלום עולם " * 3500)[:90_000]
    text = ('Company,Role,Notes\n'
            '"שלום בע""מ 🚀","مهندس برمجيات — 👩🏽‍💻","' + long_note + '"\n'
            '"Zoë & Øre 日本","Ingeniør\u200d","\u202eRTL override"\n')
    _import(store, text.encode("utf-8"))
    first, second = _apps(store)
    assert (first.company, first.role) == ('שלום בע"מ 🚀', "مهندس برمجيات — 👩🏽‍💻")
    assert first.notes == long_note.strip()
    assert second.company == "Zoë & Øre 日本" and second.notes == "\u202eRTL override"


def test_a_one_megabyte_note_arrives_whole(store: Store) -> None:
    megabyte = "📝 journal " * 80_000  # about 1 MB of UTF-8
    _import(store, f'Company,Role,Notes\nGlobex,QA,"{megabyte}"\n')
    [only] = _apps(store)
    assert only.notes == megabyte.strip()


def test_a_runaway_note_is_a_bad_row_not_a_crash(store: Store) -> None:
    huge = "x" * (LONG + 1)
    text = f'Company,Role,Notes\nAcme,Dev,ok\nGlobex,QA,"{huge}"\n'
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, text)
    assert list(_problems(excinfo)) == [3] and "too long" in _problems(excinfo)[3]
    assert _counts(store) == (0, 0)


def test_too_long_company_is_a_bad_row(store: Store) -> None:
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, f"Company,Role\n{'A' * 201},Dev\n")
    assert "too long" in _problems(excinfo)[2]


# --- importing twice, failing, progress ---------------------------------------------------


def test_importing_the_same_file_twice_adds_nothing_the_second_time(store: Store) -> None:
    _import(store, NORMAL)
    before = _counts(store)
    again = _import(store, NORMAL.replace("Acme,Backend Engineer", "  ACME , backend  engineer"))
    assert again.added == {"applications": 0} and again.skipped == {"applications": 3}
    assert _counts(store) == before


def test_duplicates_inside_one_file_are_imported_once(store: Store) -> None:
    text = ("Company,Role,Date Applied\nAcme,Dev,2025-03-01\nacme,DEV,01 March 2025\n"
            "Acme,Dev,2025-03-02\n")
    result = _import(store, text)
    assert result.added == {"applications": 2} and result.skipped == {"applications": 1}
    assert [a.applied_on for a in _apps(store)] == [dt.date(2025, 3, 1), dt.date(2025, 3, 2)]


def test_a_failed_import_leaves_the_database_as_it_was(store: Store) -> None:
    _import(store, "Company,Role,Date Applied\nEarlier,Dev,2025-01-01\n")
    before = _counts(store)
    bad = NORMAL + "Umbrella,Chemist,2125-01-01,Applied,,\n"
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, bad)
    assert list(_problems(excinfo)) == [5]
    assert _counts(store) == before
    assert [a.company for a in _apps(store)] == ["Earlier"]


def test_progress_is_reported_every_hundred_rows_and_at_the_end(session: Session) -> None:
    text = "Company,Role\n" + "".join(f"Co {i},Dev\n" for i in range(250))
    calls: list[tuple[int, int]] = []
    table: CsvTable = read_csv_table(text)
    import_applications_csv(session, table, guess_mapping(table.headers),
                            lambda done, total: calls.append((done, total)), today=TODAY)
    assert calls == [(0, 250), (100, 250), (200, 250), (250, 250)]
    assert session.scalar(select(func.count(Application.id))) == 250


def test_a_trackers_wishlist_comes_in_as_saved_jobs_never_applied_to(store: Store) -> None:
    _import(store, "Company,Position,Date Applied,Status\nUmbrella,Data lead,,Wishlist\n"
                   "Hooli,Analyst,2025-03-02,Applied\n")
    umbrella, hooli = _apps(store)
    assert (umbrella.status, umbrella.applied_on) == (Status.SAVED, None)
    assert hooli.status == Status.APPLIED
    with store.session() as s:
        kinds = [e.kind for e in s.scalars(select(Event).where(
            Event.application_id == umbrella.id))]
    assert kinds == [EventKind.STATUS_CHANGE]  # "saved to apply later", no "applied"
