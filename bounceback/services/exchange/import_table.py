"""A CSV file as a table of text cells, each row with the line it starts on.

Spreadsheet programs disagree about separators (``,`` or ``;`` by locale, tabs for
"Unicode text"), encodings and line ends; this reads what they write. Problems of the
file as a whole raise :class:`ExchangeError`; problems of single rows (a row cut off at
the end of the file, a row with more cells than columns) are kept in ``problems`` so the
importer can report them together with everything else.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from bounceback.services.errors import Message
from bounceback.services.exchange.common import ExchangeError, RowProblem
from bounceback.services.exchange.import_text import ImportSource, load_text, one_line_ends

DELIMITERS = ",;\t|"
# The csv module's default cap (128 KiB a cell) is below a long journal entry; the cap
# that matters is the importer's own length check, with a message the person can act on.
csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))


@dataclass(frozen=True)
class CsvRow:
    line: int  # the file's line the row starts on; 1 is the first line
    cells: tuple[str, ...]

    def get(self, index: int | None) -> str:
        """The cell at ``index``; a missing cell (or no column) reads as empty."""
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]


@dataclass(frozen=True)
class CsvTable:
    headers: tuple[str, ...]
    rows: tuple[CsvRow, ...]
    delimiter: str = ","
    encoding: str = "utf-8"
    problems: tuple[RowProblem, ...] = ()

    def index(self, header: str | None) -> int | None:
        return self.headers.index(header) if header in self.headers else None

    def column(self, header: str | None) -> list[str]:
        i = self.index(header)
        return [row.get(i) for row in self.rows] if i is not None else []


def read_csv_table(source: ImportSource, *, delimiters: str = DELIMITERS) -> CsvTable:
    """Read a CSV file (a path, its bytes, or its text) into a :class:`CsvTable`.

    The first non-empty row is the header. Empty rows are dropped; cells are trimmed
    and their line ends made plain newlines.
    """
    text, encoding = load_text(source)
    lines_before = 0
    if m := re.match(r"sep=(.)\r?\n", text):  # Excel's hint line, e.g. "sep=;"
        delimiter, text, lines_before = m[1], text[m.end():], 1
    else:
        delimiter = _guess_delimiter(text, delimiters)
    raw, problems = _parse(text, delimiter, lines_before)
    while raw and not any(c.strip() for c in raw[0][1]):
        raw.pop(0)
    if not raw:
        raise ExchangeError("This file has no rows to import.")
    rows = [CsvRow(line, cleaned) for line, cells in raw[1:]
            if any(cleaned := tuple(one_line_ends(c).strip() for c in cells))]
    headers = _headers(raw[0][1], rows)
    problems += [RowProblem(row.line, _too_many(delimiter)) for row in rows
                 if any(row.cells[len(headers):])]
    cut = _cut_off(text, headers, rows)
    if cut is not None and not any(p.line == cut for p in problems):
        problems.append(RowProblem(cut, "This row looks cut off; the file may be incomplete."))
    return CsvTable(headers, tuple(rows), delimiter, encoding, tuple(problems))


def _guess_delimiter(text: str, candidates: str) -> str:
    header = next((line for line in text[:65536].splitlines() if line.strip()), "")
    try:
        sniffed = csv.Sniffer().sniff(text[:65536], delimiters=candidates).delimiter
    except csv.Error:
        sniffed = ""
    # The sniffer can be misled by notes full of commas; the header line rarely is.
    if sniffed and sniffed in header:
        return sniffed
    counts = {c: header.count(c) for c in candidates}
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] else ","


def _parse(text: str, delimiter: str, offset: int) -> tuple[list[tuple[int, list[str]]],
                                                             list[RowProblem]]:
    """Rows with their starting line. Strict parsing first, so a quote left open at the
    end (a file cut in half) is noticed; other slips, like text after a closing quote,
    are read the forgiving way spreadsheet programs read them."""
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    try:
        for cells in reader:
            rows.append((start + offset, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "end of data" not in str(exc):
            return _parse_forgiving(text, delimiter, offset), []
        return rows, [RowProblem(
            start + offset,
            "A quote opened on this row is never closed; the file may be cut off.")]
    return rows, []


def _parse_forgiving(text: str, delimiter: str, offset: int) -> list[tuple[int, list[str]]]:
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    for cells in reader:
        rows.append((start + offset, cells))
        start = reader.line_num + 1
    return rows


def _headers(cells: list[str], rows: list[CsvRow]) -> tuple[str, ...]:
    """Header names made unique and never empty, so a mapping can name each column."""
    names: list[str] = []
    for i, cell in enumerate(cells, start=1):
        name = " ".join(cell.removeprefix("\ufeff").split()) or f"Column {i}"
        base, n = name, 1
        while name in names:
            n += 1
            name = f"{base} ({n})"
        names.append(name)
    # Unnamed, empty columns at the end are only trailing separators.
    while (len(names) > 1 and names[-1] == f"Column {len(names)}"
           and not any(row.get(len(names) - 1) for row in rows)):
        names.pop()
    return tuple(names)


# How a separator is called in a message.
DELIMITER_NAMES = {"\t": "tab", ",": "comma", ";": "semicolon", "|": "bar"}


def _too_many(delimiter: str) -> Message:
    shown = DELIMITER_NAMES.get(delimiter, delimiter)
    return Message("This row has more cells than the file has columns; a %1 inside a cell "
                   "may need quotes around the cell.", shown)


def _cut_off(text: str, headers: tuple[str, ...], rows: list[CsvRow]) -> int | None:
    """The line of a last row that stops short with no line end after it: a cut file.

    A short row elsewhere is only a program leaving out empty trailing cells.
    """
    if not rows or text.endswith(("\n", "\r")) or len(headers) < 2:
        return None
    last = rows[-1]
    return last.line if len(last.cells) < len(headers) else None
