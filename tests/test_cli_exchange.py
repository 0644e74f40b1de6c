"""Exports and imports from the command line: real processes, real files, exit codes."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.cli_kit import SECRET, bb, companies, make_store


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_json_round_trip_through_the_command_line_is_identical(
    tmp_path: Path, data: Path
) -> None:
    make_store(data, ["Acme", "Globex", "שלום עולם", "🚀 Rockets"], passphrase=SECRET)
    first = tmp_path / "first.json"
    out = bb(data, "export", "--format", "json", "--output", str(first),
             "--passphrase-stdin", stdin=f"{SECRET}\n")
    assert out.returncode == 0, out.stderr
    assert "not encrypted" in out.stderr
    if os.name == "posix":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600
    other = tmp_path / "other"
    make_store(other, [])
    out = bb(other, "import", "--format", "json", str(first))
    assert out.returncode == 0, out.stderr
    second = tmp_path / "second.json"
    assert bb(other, "export", "--format", "json", "--output", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    # A second import of the same file adds nothing.
    out = bb(other, "import", "--format", "json", str(first))
    assert out.returncode == 0
    assert "nothing new" in out.stdout
    assert companies(other) == sorted(["Acme", "Globex", "שלום עולם", "🚀 Rockets"])


@pytest.mark.parametrize("fmt", ["csv", "markdown", "ics"])
def test_other_exports_write_private_files(tmp_path: Path, data: Path, fmt: str) -> None:
    make_store(data, ["=HYPERLINK(evil)"])
    target = tmp_path / f"out.{fmt}"
    out = bb(data, "export", "--format", fmt, "--output", str(target))
    assert out.returncode == 0, out.stderr
    assert target.stat().st_size > 0
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    if fmt == "csv":
        text = target.read_text(encoding="utf-8-sig")
        assert "'=HYPERLINK(evil)" in text


def test_csv_import_with_a_column_mapping(tmp_path: Path, data: Path) -> None:
    make_store(data, [])
    sheet = tmp_path / "jobs.csv"
    sheet.write_text("Employer,Job,When\nInitech,Analyst,2025-02-03\nHooli,Designer,2025-02-05\n",
                     encoding="utf-8")
    out = bb(data, "import", "--format", "csv", str(sheet),
             "--column", "company=Employer", "--column", "role=Job",
             "--column", "applied_on=When")
    assert out.returncode == 0, out.stderr
    assert companies(data) == ["Hooli", "Initech"]
    out = bb(data, "import", "--format", "csv", str(sheet), "--column", "nonsense=Job")
    assert out.returncode == 1
    assert "not a field" in out.stderr


def test_bad_rows_are_listed_with_line_numbers_and_nothing_is_imported(
    tmp_path: Path, data: Path
) -> None:
    make_store(data, [])
    daylio = tmp_path / "daylio.csv"
    daylio.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2025-03-01,March 1,Saturday,21:30,good,work | friends,,A fine day\n"
        "2025-03-02,March 2,Sunday,21:30,good,,,Another\n"
        "2025-13-45,March 3,Monday,21:30,meh,,,Bad date\n",
        encoding="utf-8",
    )
    out = bb(data, "import", "--format", "daylio", str(daylio))
    assert out.returncode == 1
    assert "Line 4" in out.stderr
    out = bb(data, "export", "--format", "markdown", "--output", str(tmp_path / "j.md"))
    assert "A fine day" not in (tmp_path / "j.md").read_text(encoding="utf-8")


def test_jrnl_and_daylio_imports_become_check_ins(tmp_path: Path, data: Path) -> None:
    make_store(data, [])
    entries = {"tags": {}, "entries": [
        {"title": "Rough day", "body": "They said no. 😔", "date": "2025-04-01",
         "time": "20:15", "tags": ["@work"], "starred": True},
    ]}
    journal = tmp_path / "jrnl.json"
    journal.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    assert bb(data, "import", "--format", "jrnl", str(journal)).returncode == 0
    md = tmp_path / "journal.md"
    assert bb(data, "export", "--format", "markdown", "--output", str(md)).returncode == 0
    assert "They said no. 😔" in md.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "content",
    [b"", b"{\"format\": \"bounceback\", \"version\": 1, \"tables\": {\"applica",
     b"\x00\x01\x02 not json", b"[1, 2, 3]"],
    ids=["empty", "truncated", "binary", "wrong-shape"],
)
def test_malformed_json_is_refused_kindly(tmp_path: Path, data: Path, content: bytes) -> None:
    make_store(data, ["Acme"])
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    out = bb(data, "import", "--format", "json", str(bad))
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert companies(data) == ["Acme"]
