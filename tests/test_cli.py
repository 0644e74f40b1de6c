"""The subcommands, as a script would use them: real processes, real files, exit codes."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from bounceback.db import backups
from bounceback.db.store import is_encrypted
from tests.cli_kit import SECRET, bb, companies, make_store


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_backup_prints_the_new_backup_and_check_says_ok(data: Path) -> None:
    make_store(data, ["Acme"])
    out = bb(data, "backup")
    assert out.returncode == 0, out.stderr
    made = Path(out.stdout.strip())
    assert made.parent == data / "backups" and made.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
    with sqlite3.connect(made) as conn:
        assert conn.execute("SELECT company FROM applications").fetchall() == [("Acme",)]
    out = bb(data, "check")
    assert (out.returncode, out.stdout.strip()) == (0, "OK")


def test_check_reports_a_damaged_store_with_exit_1_and_changes_nothing(data: Path) -> None:
    db = make_store(data, [f"Company {i}" for i in range(300)])
    raw = bytearray(db.read_bytes())
    page = 4096
    # Scribble over a page in the middle: the header still looks fine.
    raw[page * 5: page * 5 + 200] = b"\xa5" * 200
    db.write_bytes(bytes(raw))
    out = bb(data, "check")
    assert out.returncode == 1
    assert "Damaged" in out.stderr
    assert db.read_bytes() == bytes(raw)


def test_commands_on_a_missing_store_fail_kindly(data: Path) -> None:
    out = bb(data, "backup")
    assert out.returncode == 1
    assert "no BounceBack data" in out.stderr
    assert "Traceback" not in out.stderr


def test_encrypt_change_and_decrypt_round_trip(data: Path) -> None:
    db = make_store(data, ["Acme", "Globex"])
    bb(data, "backup")
    out = bb(data, "encrypt", "--passphrase-stdin", stdin=f"{SECRET}\n")
    assert out.returncode == 0, out.stderr
    assert is_encrypted(db)
    assert all(is_encrypted(b.path) for b in backups.list_backups(data / "backups"))
    assert companies(data, SECRET) == ["Acme", "Globex"]

    out = bb(data, "change-passphrase", "--passphrase-stdin", stdin=f"{SECRET}\nnew phrase 2\n")
    assert out.returncode == 0, out.stderr
    assert companies(data, "new phrase 2") == ["Acme", "Globex"]

    out = bb(data, "decrypt", "--passphrase-stdin", stdin="new phrase 2\n")
    assert out.returncode == 0, out.stderr
    assert not is_encrypted(db)
    assert companies(data) == ["Acme", "Globex"]


def test_wrong_passphrase_is_refused_and_nothing_changes(data: Path) -> None:
    db = make_store(data, ["Acme"], passphrase=SECRET)
    before = db.read_bytes()
    export = data.with_name("x.json")
    for args in (["backup"], ["check"], ["decrypt"], ["export", "--format", "json",
                                                        "--output", str(export)]):
        out = bb(data, *args, "--passphrase-stdin", stdin="not it\n")
        assert out.returncode == 1, args
        assert "didn't open" in out.stderr
    out = bb(data, "change-passphrase", "--passphrase-stdin", stdin="not it\nnew phrase 2\n")
    assert out.returncode == 1
    assert db.read_bytes() == before
    assert not export.exists()
    assert not (data / "backups").exists() or not any((data / "backups").iterdir())


def test_an_encrypted_store_without_a_passphrase_and_no_terminal_explains(data: Path) -> None:
    make_store(data, ["Acme"], passphrase=SECRET)
    out = bb(data, "backup")
    assert out.returncode == 1
    assert "--passphrase-stdin" in out.stderr


def test_weak_passphrase_is_refused(data: Path) -> None:
    db = make_store(data, ["Acme"])
    out = bb(data, "encrypt", "--passphrase-stdin", stdin="abc\n")
    assert out.returncode == 1
    assert "at least" in out.stderr
    assert not is_encrypted(db)


def test_restore_brings_back_a_backup_and_keeps_the_current_data(data: Path) -> None:
    make_store(data, ["Acme"])
    first = Path(bb(data, "backup").stdout.strip())
    make_store(data, ["Globex"])
    assert companies(data) == ["Acme", "Globex"]
    out = bb(data, "restore", str(first))
    assert out.returncode == 0, out.stderr
    assert companies(data) == ["Acme"]
    kept = [b for b in backups.list_backups(data / "backups") if b.reason == backups.PRE_RESTORE]
    assert len(kept) == 1
    with sqlite3.connect(kept[0].path) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT company FROM applications")) == [
            "Acme", "Globex"
        ]


def test_restore_refuses_a_damaged_backup(data: Path) -> None:
    db = make_store(data, ["Acme"])
    bad = data / "backups" / "bounceback-20250101-000000-manual.sqlite3"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = db.read_bytes()
    out = bb(data, "restore", str(bad))
    assert out.returncode == 1
    assert db.read_bytes() == before


def test_unknown_options_after_a_command_are_errors(data: Path) -> None:
    out = bb(data, "backup", "--frobnicate")
    assert out.returncode == 2
    assert "unrecognized" in out.stderr


def test_the_window_start_knows_every_command_without_importing_the_cli() -> None:
    from bounceback import app, cli

    assert app.COMMAND_NAMES == cli.COMMAND_NAMES
