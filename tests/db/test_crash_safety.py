"""A crash mid-write never damages the data file nor loses a commit the program reported.

A child process writes through the real store and services and is killed with SIGKILL at a
random moment, again and again on the same file. After every kill the file must pass SQLite's
integrity check and hold exactly the commits the child reported, plus at most the one whose
"done" line it did not get to print. Every row must be whole.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from bounceback.db.store import Store
from tests.db import crash_writer

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 25
SEED = 20250304


def test_store_uses_wal_and_full_sync(store: Store) -> None:
    # FULL: a commit is on the disk before the program says "saved", even across a power cut.
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2


def write_until_killed(db: Path, delay: float) -> list[int]:
    """Start a writer, kill it ``delay`` seconds after it starts writing; the numbers it
    reported as committed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.db.crash_writer", str(db)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert child.stdout is not None and child.stderr is not None
        first = child.stdout.readline().strip()
        assert first == "ready", child.stderr.read()
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL, child.stderr.read()
        return [int(line) for line in child.stdout.read().split()]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()


def check_file(db: Path) -> dict[int, str]:
    """Integrity-check the file the way SQLite itself would open it after the crash;
    the check-ins' journals by record number."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute(
            "SELECT a.company, c.journal FROM checkins c JOIN applications a "
            "ON a.id = c.application_id"
        ).fetchall()
        (apps,) = conn.execute("SELECT count(*) FROM applications").fetchone()
        (checkins,) = conn.execute("SELECT count(*) FROM checkins").fetchone()
    finally:
        conn.close()
    assert apps == checkins == len(rows)  # every commit is whole: both rows or neither
    return {int(company.removeprefix("Company ")): journal for company, journal in rows}


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killing_a_writer_never_corrupts_or_loses_reported_commits(tmp_path: Path) -> None:
    db = tmp_path / "bounceback.sqlite3"
    rng = random.Random(SEED)
    total = 0
    for round_no in range(ROUNDS):
        reported = write_until_killed(db, rng.uniform(0.05, 0.4))
        journals = check_file(db)
        count = len(journals)
        context = f"round {round_no}: {len(reported)} reported, {count - total} found"
        # Numbers continue from what was in the file, one by one.
        assert reported == list(range(total + 1, total + 1 + len(reported))), context
        assert count - total in (len(reported), len(reported) + 1), context
        assert sorted(journals) == list(range(1, count + 1)), context
        for n in range(total + 1, count + 1):
            assert journals[n] == crash_writer.journal(n), f"{context}: record {n} is torn"
        total = count
    # The writer really wrote between kills, or the test proved nothing.
    assert total >= ROUNDS
