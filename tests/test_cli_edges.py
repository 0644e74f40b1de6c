"""The command line and the window's start whatever stands at the data file's path, whatever
the disk and whatever a second BounceBack does (issue 14): real processes, each with a time
limit, so a hang fails instead of waiting forever."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bounceback import app, paths
from bounceback.db import backups, history
from bounceback.db.store import is_encrypted, open_store
from tests.cli_kit import SECRET, bb, companies, make_store
from tests.db.storekit import snapshot
from tests.diskkit import fill_up, make_read_only, mode, small_disk

LIMIT_S = 60
MARKER = "Zanzibar-Quokka-7731"


def window(data: Path) -> subprocess.CompletedProcess[str]:
    """The window's start, as far as it goes without a person (the smoke test)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("BOUNCEBACK_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "bounceback", "--data-dir", str(data), "--smoke-test"],
        capture_output=True, text=True, env=env, timeout=LIMIT_S, check=False)


def daylio_csv(path: Path, days: int) -> Path:
    lines = ["full_date,date,weekday,time,mood,activities,note_title,note"]
    for n in range(days):
        day = f"2025-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}"
        lines.append(f'{day},{day},Monday,{n % 24:02d}:{n % 60:02d},good,work,"","Day {n}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


# --- whatever stands at the path ends with a sentence and exit 2 -------------------------

@pytest.mark.parametrize("what", ["folder", "socket", "broken link", "unreadable file"])
def test_whatever_stands_at_the_path_ends_with_a_sentence_and_exit_2(data: Path, what: str):
    db = data / paths.DB_FILENAME
    data.mkdir()
    keep: socket.socket | None = None
    if what == "folder":
        db.mkdir()
    elif what == "socket":
        keep = socket.socket(socket.AF_UNIX)
        keep.bind(str(db))
    elif what == "broken link":
        db.symlink_to(data / "gone.sqlite3")
    else:
        make_store(data, ["Acme"])
        db.chmod(0o200)
    try:
        for out in (bb(data, "check"), bb(data, "export", "--format", "json", "--output",
                                           str(data.with_name("x.json"))), window(data)):
            assert out.returncode == 2, out.stderr
            assert str(db) in out.stderr and "try again" in out.stderr
            assert "Traceback" not in out.stderr
    finally:
        if keep is not None:
            keep.close()


# --- an emptied store is damage ----------------------------------------------------------

def test_an_emptied_store_is_damaged_for_check_and_untouched_by_every_command(data: Path):
    make_store(data, ["Acme"])
    assert bb(data, "backup").returncode == 0
    (data / paths.DB_FILENAME).write_bytes(b"")
    before = snapshot(data)
    out = bb(data, "check")
    assert out.returncode == 1 and "Damaged" in out.stderr and "empty" in out.stderr
    for args in (["search", "Acme"], ["import", "--format", "json", str(data / "none.json")]):
        assert bb(data, *args).returncode == 1
    assert window(data).returncode == 2  # the smoke test asks nothing: it only refuses
    after = snapshot(data)
    for window_own in ("bounceback.lock", "settings.ini"):  # not the data
        after.pop(window_own, None)
    assert after == before


# --- nothing the person wrote reaches stderr or the log ----------------------------------

def test_an_unexpected_error_is_one_sentence_and_quotes_nothing(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_store(data, ["Acme"])
    export = tmp_path / "mine.json"
    assert bb(data, "export", "--format", "json", "--output", str(export)).returncode == 0
    content = json.loads(export.read_text(encoding="utf-8"))
    content["tables"]["applications"][0]["notes"] = f"My secret {MARKER}"
    content["tables"]["applications"][0]["company"] = f"{MARKER} Ltd"
    export.write_text(json.dumps(content), encoding="utf-8")

    from sqlalchemy.orm import Session

    def failing_flush(self: Session, *args: object, **kwargs: object) -> None:
        # What a bug deep in an import looks like: an error whose message quotes the data.
        raise RuntimeError(f"could not store {MARKER}: {self.new!r}")

    monkeypatch.setattr(Session, "flush", failing_flush)
    code = app.main(["--data-dir", str(data), "import", "--format", "json", str(export)])
    captured = capsys.readouterr()
    monkeypatch.undo()
    assert code == 1
    assert "Something unexpected went wrong" in captured.err
    assert captured.err.count("\n") == 1  # one sentence, no traceback
    assert MARKER not in captured.err + captured.out
    logs = paths.log_dir() / "bounceback.log"
    assert "RuntimeError" in logs.read_text(encoding="utf-8")
    assert MARKER not in logs.read_text(encoding="utf-8")
    assert MARKER not in "".join(companies(data))  # and nothing was imported


# --- two writers at once -----------------------------------------------------------------

def test_the_same_file_imported_twice_at_once_comes_in_once(tmp_path: Path, data: Path):
    make_store(data, [])
    journal = daylio_csv(tmp_path / "daylio.csv", 600)
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)
    command = [sys.executable, "-m", "bounceback", "--data-dir", str(data), "import",
               "--format", "daylio", str(journal)]
    both = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env) for _ in range(2)]
    outs = [p.communicate(timeout=LIMIT_S * 3) for p in both]
    assert [p.returncode for p in both] == [0, 0], outs
    assert "Traceback" not in "".join(err for _, err in outs)
    store = open_store(data / paths.DB_FILENAME)
    try:
        with store.session() as s:
            from bounceback.services import checkins

            assert len(checkins.list_checkins(s)) == 600
    finally:
        store.close()


# --- smaller things ----------------------------------------------------------------------

def test_search_into_a_closed_pipe_is_a_normal_end(data: Path) -> None:
    make_store(data, [f"Acme {n}" for n in range(200)])
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bounceback", "--data-dir", str(data), "search", "Acme",
         "--limit", "200"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # `| head -0`: the reader is gone before the first line
    err = proc.stderr.read()
    assert proc.wait(timeout=LIMIT_S) == 0
    assert err == b""


def test_import_before_the_first_start_creates_the_store(tmp_path: Path) -> None:
    journal = daylio_csv(tmp_path / "daylio.csv", 3)
    plain = tmp_path / "plain"
    out = bb(plain, "import", "--format", "daylio", str(journal))
    assert out.returncode == 0, out.stderr
    assert "3 checkins" in out.stdout
    assert not is_encrypted(plain / paths.DB_FILENAME)
    assert mode(plain) == 0o700 and mode(plain / paths.DB_FILENAME) == 0o600
    secret = tmp_path / "secret"
    out = bb(secret, "import", "--format", "daylio", str(journal), "--passphrase-stdin",
             stdin=SECRET + "\n")
    assert out.returncode == 0, out.stderr
    assert is_encrypted(secret / paths.DB_FILENAME)
    assert history.read(secret, secret / "backups").encrypted is True


@pytest.mark.parametrize("command", [["check"], ["search", "x"], ["backup"],
                                     ["export", "--format", "csv", "--output", "OUT"]])
def test_commands_on_a_folder_that_does_not_exist_create_nothing(tmp_path: Path, command):
    mistyped = tmp_path / "mistyped"
    command = [str(tmp_path / "out.csv") if a == "OUT" else a for a in command]
    out = bb(mistyped, *command)
    assert out.returncode == 1 and "no BounceBack data" in out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_read_only_folder_is_read_and_never_made_writable(tmp_path: Path, data: Path):
    make_store(data, ["Acme"])
    make_read_only(data)
    read_only_mode = mode(data)
    before = snapshot(data)
    try:
        assert bb(data, "check").returncode == 0
        assert "Acme" in bb(data, "search", "Acme").stdout
        export = tmp_path / "out.json"
        assert bb(data, "export", "--format", "json", "--output", str(export)).returncode == 0
        assert "Acme" in export.read_text(encoding="utf-8")
        for args in (["backup"], ["import", "--format", "json", str(export)], ["encrypt"]):
            out = bb(data, *args)
            assert out.returncode == 2, args
            assert "read-only" in out.stderr and str(data) in out.stderr
        out = window(data)
        assert out.returncode == 2 and "read-only" in out.stderr
        assert snapshot(data) == before and mode(data) == read_only_mode
    finally:
        data.chmod(0o700)


def test_exports_into_the_data_folder_are_refused(data: Path) -> None:
    make_store(data, ["Acme"])
    for target in (data / "export.json", data / "backups" / "x.json",
                   data / paths.DB_FILENAME):
        before = snapshot(data)
        out = bb(data, "export", "--format", "json", "--output", str(target))
        assert out.returncode == 1 and "outside BounceBack's own data folder" in out.stderr
        assert snapshot(data) == before


def test_check_reports_a_store_from_a_newer_version(data: Path) -> None:
    db = make_store(data, ["Acme"])
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    conn.close()
    before = db.read_bytes()
    out = bb(data, "check")
    assert out.returncode == 3 and "newer version" in out.stderr
    assert db.read_bytes() == before


def test_a_full_disk_is_said_as_such_by_every_command(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        make_store(data, ["Acme"])
        journal = daylio_csv(tmp_path / "daylio.csv", 400)
        fill_up(disk)
        for args in (["check"], ["search", "Acme"], ["backup"],
                     ["import", "--format", "daylio", str(journal)]):
            out = bb(data, *args)
            assert out.returncode == 1, (args, out.stderr)
            assert "disk is full" in out.stderr, (args, out.stderr)
            assert "amaged" not in out.stderr and "Traceback" not in out.stderr
        assert window(data).returncode == 2


def test_sigterm_closes_the_window_as_a_person_would(data: Path) -> None:
    """A logout or `kill` ends the window cleanly: the day's backup is taken and the
    single-instance socket is removed (a start after a kill -9 removes a stale one too:
    tests/ui/test_single_instance.py)."""
    import signal
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "bounceback", "--data-dir", str(data)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + LIMIT_S
    while not history.record_path(data).exists():  # the store is open
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=LIMIT_S) == 0
    assert [b.reason for b in backups.list_backups(data / "backups")] == ["auto"]


def test_a_read_only_file_system_is_read_and_said_as_such(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        make_store(data, ["Acme"])
        remounted = subprocess.run(["mount", "-o", "remount,ro", str(disk)],
                                   capture_output=True, text=True)
        if remounted.returncode != 0:
            pytest.skip(f"can't remount read-only here: {remounted.stderr.strip()}")
        assert bb(data, "check").returncode == 0
        assert "Acme" in bb(data, "search", "Acme").stdout
        for args in (["backup"], ["import", "--format", "json", str(tmp_path / "x.json")]):
            out = bb(data, *args)
            assert out.returncode == 2, (args, out.stderr)
            assert "read-only" in out.stderr and "Traceback" not in out.stderr
        out = window(data)
        assert out.returncode == 2 and "read-only" in out.stderr
