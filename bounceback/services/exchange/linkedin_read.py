"""Reading LinkedIn's data archive ("Get a copy of your data"): three of its files, no more.

The archive is a ZIP of CSV files; people may also pick the folder it unpacks to, or one of
its CSV files. Only ``Job Applications.csv`` (also split as ``Job Applications_1.csv`` ...),
``Saved Jobs.csv`` and ``Connections.csv`` are opened; messages, ads, searches and the rest
are never read. A ZIP is read in memory, member by member, and nothing of it is written
anywhere: the archive holds far more than BounceBack needs, and none of it may be left behind.

Names of files and columns have changed over the years, so both are matched loosely
(case, spaces and punctuation don't count). ``Connections.csv`` begins with a few lines of
notes before its header; the header is found by its columns. Every problem names its file
and line, and nothing is read into the store from here: :mod:`.linkedin` does that.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from bounceback.services.exchange.common import ExchangeError, RowProblem
from bounceback.services.exchange.import_dates import day_first_for, parse_day
from bounceback.services.exchange.import_table import CsvRow, CsvTable, read_csv_table
from bounceback.services.exchange.import_text import (
    MAX_BYTES,
    BadValue,
    is_blank,
    load_text,
    norm_key,
    refuse,
)

APPLICATIONS, SAVED, CONNECTIONS = "applications", "saved", "connections"

# Columns by a loose key (see norm_key), in order of preference.
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    APPLICATIONS: {
        "date": ("applicationdate", "applieddate", "dateapplied", "appliedon", "appliedat",
                 "date"),
        "company": ("companyname", "company", "organization", "organisation", "employer"),
        "role": ("jobtitle", "title", "position", "role"),
        "link": ("joburl", "joblink", "url", "link"),
        "resume": ("resumename", "resume", "cvname", "cv"),
        "answers": ("questionandanswers", "questionsandanswers", "questionsanswers",
                    "screeningquestions", "screeninganswers", "answers"),
    },
    SAVED: {
        "date": ("saveddate", "datesaved", "savedon", "savedat", "date"),
        "company": ("companyname", "company", "organization", "organisation", "employer"),
        "role": ("jobtitle", "title", "position", "role"),
        "link": ("joburl", "joblink", "url", "link"),
    },
    CONNECTIONS: {
        "first": ("firstname", "givenname", "first"),
        "last": ("lastname", "familyname", "surname", "last"),
        "url": ("url", "profileurl", "profile", "linkedinurl"),
        "email": ("emailaddress", "email"),
        "company": ("company", "companyname", "organization", "organisation", "employer"),
        "position": ("position", "title", "jobtitle", "role"),
        "connected": ("connectedon", "dateconnected", "connected", "connectedat"),
    },
}
# Without these a file can't be read as its kind.
REQUIRED = {APPLICATIONS: ("company", "role", "date"), SAVED: ("company", "role"),
            CONNECTIONS: ("first", "last")}

# Which archive file is which kind, by a loose key of its name without ".csv".
_FILE_KIND = ((re.compile(r"jobapplications?\d*"), APPLICATIONS),
              (re.compile(r"savedjobs?\d*"), SAVED),
              (re.compile(r"connections\d*"), CONNECTIONS))
# The notes above Connections.csv's header are a few lines; the header is never far down.
HEADER_SEARCH_LINES = 30
QA_SEPARATOR = re.compile(r"\s+\|\s+")
EMPTY_COMPANY = "The company name is empty; please fill it in or remove the row."
EMPTY_ROLE = "The job title is empty; please fill it in or remove the row."
EMPTY_DATE = "The date is empty; please fill it in or remove the row."
DAMAGED = ("This ZIP file is damaged or incomplete, so BounceBack can't read it. Please "
           "download the archive again.")


@dataclass(frozen=True)
class Applied:
    file: str
    line: int
    company: str
    role: str
    applied_on: dt.date
    link: str
    resume_name: str
    answers: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Saved:
    file: str
    line: int
    company: str
    role: str
    saved_on: dt.date | None
    link: str


@dataclass(frozen=True)
class Connection:
    file: str
    line: int
    name: str
    url: str
    email: str
    company: str
    position: str
    connected_on: dt.date | None


@dataclass(frozen=True)
class LinkedInArchive:
    applied: tuple[Applied, ...] = ()
    saved: tuple[Saved, ...] = ()
    connections: tuple[Connection, ...] = ()
    files: tuple[str, ...] = ()  # the files read, as the archive names them


@dataclass(frozen=True)
class _File:
    name: str  # as shown in messages: "Jobs/Job Applications.csv"
    data: bytes


def file_kind(name: str) -> str | None:
    """Which of the three files ``name`` is (by its name alone), or None."""
    path = PurePosixPath(name.replace("\\", "/"))
    if path.suffix.casefold() != ".csv":
        return None
    key = norm_key(path.stem)
    return next((kind for pattern, kind in _FILE_KIND if pattern.fullmatch(key)), None)


def read_linkedin(path: Path) -> LinkedInArchive:
    """The archive at ``path`` (a ZIP, its unpacked folder, or one of its CSV files), read and
    checked whole; :class:`ExchangeError` lists every problem with its file and line."""
    files = list(_files(path))
    if not files:
        raise ExchangeError(
            "This doesn't look like LinkedIn's data archive: it has no Job Applications, "
            "Saved Jobs or Connections file. Nothing was imported.")
    applied: list[Applied] = []
    saved: list[Saved] = []
    connections: list[Connection] = []
    problems: list[RowProblem] = []
    for file in files:
        kind, table = _table(file)
        problems += [replace(p, file=file.name) for p in table.problems]
        columns = _columns(file, kind, table)
        if kind == APPLICATIONS:
            applied += _applied(file.name, table, columns, problems)
        elif kind == SAVED:
            saved += _saved(file.name, table, columns, problems)
        else:
            connections += _connections(file.name, table, columns, problems)
    if problems:
        raise refuse(problems)
    return LinkedInArchive(tuple(applied), tuple(saved), tuple(connections),
                           tuple(f.name for f in files))


# --- finding the files ---------------------------------------------------------------------


def _files(path: Path) -> Iterator[_File]:
    try:
        if path.is_dir():
            yield from _folder(path)
        elif zipfile.is_zipfile(path):
            yield from _zip(path)
        elif _looks_zipped(path):  # a download cut short has lost the ZIP's directory
            raise ExchangeError(DAMAGED)
        else:
            yield _File(path.name, _read(path))
    except OSError:
        raise ExchangeError("BounceBack couldn't read this file. It may have been moved, "
                            "or another program may be using it.") from None


def _folder(folder: Path) -> Iterator[_File]:
    # The archive's own layout: the files at its top, or in Jobs/; one level is enough, and
    # nothing else in the folder is opened.
    found = sorted(p for pattern in ("*.csv", "*/*.csv") for p in folder.glob(pattern)
                   if file_kind(p.name))
    for p in found:
        yield _File(p.relative_to(folder).as_posix(), _read(p))


def _read(path: Path) -> bytes:
    if path.stat().st_size > MAX_BYTES:
        raise ExchangeError("This file is too large to be an export BounceBack knows.")
    return path.read_bytes()


def _zip(path: Path) -> Iterator[_File]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = sorted((i for i in archive.infolist()
                              if not i.is_dir() and file_kind(i.filename)),
                             key=lambda i: i.filename)
            for info in members:
                yield _File(info.filename, _member(archive, info))
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, NotImplementedError,
            zlib.error):  # zlib: a member's compressed data is damaged
        raise ExchangeError(DAMAGED) from None


def _looks_zipped(path: Path) -> bool:
    with path.open("rb") as f:  # a file that isn't there is an OSError, as when read
        head = f.read(4)
    return head == b"PK\x03\x04" or path.suffix.casefold() == ".zip"


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.flag_bits & 0x1:
        raise ExchangeError("This archive is protected by a password. Please unpack it with "
                            "your archive program, then choose the folder.")
    if info.file_size > MAX_BYTES:
        raise ExchangeError("This file is too large to be an export BounceBack knows.")
    # The size in the directory can lie (a "zip bomb"): never read more than the cap.
    with archive.open(info) as member:
        data = member.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ExchangeError("This file is too large to be an export BounceBack knows.")
    return data


# --- one file as a table -------------------------------------------------------------------


def _table(file: _File) -> tuple[str, CsvTable]:
    """The file's kind and its table, starting at its header (below any notes)."""
    text, _encoding = load_text(file.data)
    lines = text.splitlines(keepends=True)
    named = file_kind(file.name)
    for skipped in range(min(HEADER_SEARCH_LINES, len(lines))):
        kind = _header_kind(lines[skipped], named)
        if kind is not None:
            break
    else:
        raise ExchangeError(
            "“%1” doesn't have the columns BounceBack looks for (a company and a job title, "
            "or a first and a last name). Nothing was imported.", file.name)
    table = _rejoin_times(kind, read_csv_table("".join(lines[skipped:]), delimiters=",;\t"))
    if skipped:
        table = CsvTable(table.headers, tuple(CsvRow(r.line + skipped, r.cells)
                                              for r in table.rows),
                         table.delimiter, table.encoding,
                         tuple(replace(p, line=p.line + skipped) for p in table.problems))
    return kind, table


_TIME_CELL = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?)?")


def _rejoin_times(kind: str, table: CsvTable) -> CsvTable:
    """LinkedIn quotes "11/23/24, 3:05 PM"; a file re-saved by hand may not, which splits
    the date from its time. A row one cell too long whose date is followed by a time is
    read as the date it was."""
    keys = [norm_key(h) for h in table.headers]
    index = next((keys.index(n) for n in COLUMNS[kind].get("date", ()) if n in keys), None)
    if index is None:
        return table
    width = len(table.headers)
    rows: list[CsvRow] = []
    fixed: set[int] = set()
    for row in table.rows:
        cells = row.cells
        if len(cells) == width + 1 and _TIME_CELL.fullmatch(cells[index + 1].strip()):
            cells = (*cells[:index], f"{cells[index]}, {cells[index + 1].strip()}",
                     *cells[index + 2:])
            fixed.add(row.line)
        rows.append(CsvRow(row.line, cells))
    if not fixed:
        return table
    return CsvTable(table.headers, tuple(rows), table.delimiter, table.encoding,
                    tuple(p for p in table.problems if p.line not in fixed))


def _header_kind(line: str, named: str | None) -> str | None:
    """The kind whose required columns this line names (the file's name decides a tie)."""
    keys = {norm_key(cell) for cell in re.split(r"[,;\t]", line.removeprefix("\ufeff"))}
    kinds = [kind for kind, required in REQUIRED.items()
             if all(keys & set(COLUMNS[kind][column]) for column in required)]
    if named in kinds:
        return named
    # Saved jobs have no application date: a header with one is the applications'. Nor do
    # they have first and last names: Connections' Company and Position look like a saved
    # job's company and title, yet a header with the names is the connections'.
    for kind in (APPLICATIONS, CONNECTIONS):
        if kind in kinds:
            return kind
    return kinds[0] if kinds else None


def _columns(file: _File, kind: str, table: CsvTable) -> dict[str, int]:
    keys = [norm_key(h) for h in table.headers]
    found: dict[str, int] = {}
    for column, names in COLUMNS[kind].items():
        index = next((keys.index(n) for n in names if n in keys and keys.index(n)
                      not in found.values()), None)
        if index is not None:
            found[column] = index
    missing = [c for c in REQUIRED[kind] if c not in found]
    if missing:  # the header was recognised by these, so only a renamed duplicate gets here
        raise ExchangeError("“%1” doesn't have the columns BounceBack looks for. "
                            "Nothing was imported.", file.name)
    return found


def _cell(row: CsvRow, columns: dict[str, int], name: str) -> str:
    value = row.get(columns.get(name))
    return "" if is_blank(value) else " ".join(value.split()) if name != "answers" else value


def _day(text: str, day_first: bool | None) -> dt.date:
    # "11/23/24, 3:05 PM": LinkedIn writes month first, then a comma before the time.
    return parse_day(_without_comma(text), day_first)


def _without_comma(text: str) -> str:
    return re.sub(r",\s*(?=\d{1,2}[:.]\d{2})", " ", text)


def _order(table: CsvTable, columns: dict[str, int]) -> bool | None:
    """Day or month first for the file's date column: the dates decide, else month first
    as LinkedIn writes them."""
    index = columns.get("date", columns.get("connected"))
    # Without the comma before the time, as _day reads them: "23/11/24, 15:05" decides too.
    values = [_without_comma(row.get(index)) for row in table.rows] if index is not None else []
    decided = day_first_for(values)
    return False if decided is None else decided


def _required_text(row: CsvRow, columns: dict[str, int], name: str, empty: str,
                   messages: list[RowProblem], file: str) -> str:
    value = _cell(row, columns, name)
    if not value:
        messages.append(RowProblem(row.line, empty, file))
    return value


def _applied(file: str, table: CsvTable, columns: dict[str, int],
             problems: list[RowProblem]) -> Iterator[Applied]:
    order = _order(table, columns)
    for row in table.rows:
        before = len(problems)
        company = _required_text(row, columns, "company", EMPTY_COMPANY, problems, file)
        role = _required_text(row, columns, "role", EMPTY_ROLE, problems, file)
        date_text = _required_text(row, columns, "date", EMPTY_DATE, problems, file)
        day = None
        if date_text:
            try:
                day = _day(date_text, order)
            except BadValue as exc:
                problems.append(RowProblem(row.line, exc.message, file))
        if len(problems) > before or day is None:
            continue
        yield Applied(file, row.line, company, role, day, _cell(row, columns, "link"),
                      _cell(row, columns, "resume"),
                      screening_answers(row.get(columns.get("answers"))))


def _saved(file: str, table: CsvTable, columns: dict[str, int],
           problems: list[RowProblem]) -> Iterator[Saved]:
    order = _order(table, columns)
    for row in table.rows:
        before = len(problems)
        company = _required_text(row, columns, "company", EMPTY_COMPANY, problems, file)
        role = _required_text(row, columns, "role", EMPTY_ROLE, problems, file)
        day = None
        if date_text := _cell(row, columns, "date"):
            try:
                day = _day(date_text, order)
            except BadValue as exc:
                problems.append(RowProblem(row.line, exc.message, file))
        if len(problems) == before:
            yield Saved(file, row.line, company, role, day, _cell(row, columns, "link"))


def _connections(file: str, table: CsvTable, columns: dict[str, int],
                 problems: list[RowProblem]) -> Iterator[Connection]:
    order = _order(table, columns)
    for row in table.rows:
        name = " ".join(p for p in (_cell(row, columns, "first"), _cell(row, columns, "last"))
                        if p)
        if not name:
            continue  # LinkedIn leaves out the names of some members; nothing to match on
        day = None
        if date_text := _cell(row, columns, "connected"):
            try:
                day = _day(date_text, order)
            except BadValue as exc:
                problems.append(RowProblem(row.line, exc.message, file))
                continue
        yield Connection(file, row.line, name, _cell(row, columns, "url"),
                         _cell(row, columns, "email"), _cell(row, columns, "company"),
                         _cell(row, columns, "position"), day)


def screening_answers(text: str) -> tuple[tuple[str, str], ...]:
    """``Question?:Answer | Question?:Answer`` as (question, answer) pairs.

    An answer may itself hold " | " (a list of choices): a part with no question in it
    belongs to the answer before it. The question ends at its "?:" when it has one, else at
    its first ":".
    """
    pairs: list[list[str]] = []
    for part in QA_SEPARATOR.split(text.strip()) if text.strip() else ():
        cut = part.find("?:")
        # "Question?:Answer", else "Question: Answer", else "Question? Answer".
        cut = cut + 1 if cut >= 0 else part.find(":")
        if cut <= 0 and 0 < part.find("?") < len(part.rstrip()) - 1:
            cut = part.find("?") + 1
            part = part[:cut] + ":" + part[cut:]
        if cut <= 0:
            if pairs:
                pairs[-1][1] += " | " + part
            else:
                pairs.append([part.strip(), ""])
            continue
        pairs.append([part[:cut].strip(), part[cut + 1:].strip()])
    return tuple((q, a.strip()) for q, a in pairs if q)


def archive_names(paths: Iterable[str]) -> list[str]:
    """The names among ``paths`` that an import would read (for tests and the guide)."""
    return [p for p in paths if file_kind(p)]
