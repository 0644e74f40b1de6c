"""Applications as CSV: every application, readable by a spreadsheet, never run as a formula."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from bounceback.services.exchange import csv_export
from tests.services.exchange.export_sample import EXOTIC, Sample, fill

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")


@pytest.fixture
def sample(session: Session) -> Sample:
    return fill(session)


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("cell, safe", [
    ("=1+1", "'=1+1"),
    ("+44 20 7946 0000", "'+44 20 7946 0000"),
    ("-5", "'-5"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=cmd", "'\t=cmd"),
    ("\rcmd", "'\rcmd"),
    ("  =1+1", "'  =1+1"),
    ("Acme", "Acme"),
    ("a=b", "a=b"),
    ("", ""),
    ("שלום 🚀", "שלום 🚀"),
])
def test_neutralise(cell: str, safe: str) -> None:
    assert csv_export.neutralise(cell) == safe


def test_every_application_with_its_fields(session: Session, sample: Sample) -> None:
    rows = _rows(csv_export.export_applications_csv(session))
    assert [int(r["id"]) for r in rows] == sorted([sample.acme, sample.globex, sample.archived,
                                                   sample.saved])
    assert list(rows[0]) == list(csv_export.COLUMNS)
    acme = next(r for r in rows if r["id"] == str(sample.acme))
    assert acme["company"] == "Acme 🚀 שלום"
    assert acme["role"] == "Senior\nEngineer"  # a newline inside a cell survives quoting
    assert acme["status"] == "rejected"
    assert acme["source"] == "recruiter"
    assert acme["applied_on"] == "2025-03-01"
    assert acme["last_activity"] == "2025-03-25"  # the feedback that came after the rejection
    assert acme["salary_min"] == "50000" and acme["salary_currency"] == "EUR"
    assert acme["reapply_after"] == "2025-09-01"
    assert acme["archived"] == "no"
    assert acme["job_description"] == EXOTIC.strip()
    archived = next(r for r in rows if r["id"] == str(sample.archived))
    assert archived["archived"] == "yes" and archived["status"] == "ghosted"
    assert archived["salary_min"] == "" and archived["reapply_after"] == ""
    # Which documents each has, by name (the same CV sent to two is listed with both).
    assert acme["documents"].splitlines() == ["CV Jordan Lee.txt", "scan.bin", "answer.eml"]
    globex = next(r for r in rows if r["id"] == str(sample.globex))
    assert globex["documents"] == "CV Jordan Lee.txt" and archived["documents"] == ""
    saved = next(r for r in rows if r["id"] == str(sample.saved))
    assert (saved["status"], saved["applied_on"], saved["deadline"]) == \
        ("saved", "", "2025-05-01")


def test_formula_cells_are_neutralised(session: Session, sample: Sample) -> None:
    rows = _rows(csv_export.export_applications_csv(session))
    acme = next(r for r in rows if r["id"] == str(sample.acme))
    globex = next(r for r in rows if r["id"] == str(sample.globex))
    assert acme["notes"] == "'=HYPERLINK(\"http://evil\",\"click\")"
    assert globex["company"] == "'+Globex"
    assert globex["role"] == "'-Designer"
    assert globex["notes"] == "'@SUM(1,2)"
    for row in rows:
        for value in row.values():
            assert not value.startswith(csv_export.FORMULA_STARTS), value


def test_rfc4180_line_ends_and_an_empty_store(session: Session) -> None:
    text = csv_export.export_applications_csv(session)
    assert text == ",".join(csv_export.COLUMNS) + "\r\n"


def test_progress(session: Session, sample: Sample) -> None:
    calls: list[tuple[int, int]] = []
    csv_export.export_applications_csv(session, lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 4) and calls[-1] == (4, 4)


@posix_only
def test_written_file_is_private_utf8_with_bom(
    session: Session, sample: Sample, tmp_path: Path
) -> None:
    target = tmp_path / "applications.csv"
    csv_export.write_applications_csv(session, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == csv_export.export_applications_csv(session)
