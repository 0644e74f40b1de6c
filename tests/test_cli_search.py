"""`bounceback search`: one line per match, for scripts; exit 0 even when nothing matches."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bounceback.db.enums import EventKind
from bounceback.db.store import open_store
from bounceback.services import applications as apps
from bounceback.services import checkins, events
from tests.cli_kit import SECRET, bb


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def fill(data: Path, passphrase: str | None = None) -> None:
    store = open_store(data / "bounceback.sqlite3", backups=data / "backups",
                       passphrase=passphrase)
    with store.session() as s, s.begin():
        app = apps.create_application(s, apps.ApplicationInput(
            "Acme 🚀", "Senior\nEngineer", applied_on=dt.date(2025, 3, 1),
            notes="Liked the\tteam a lot"))
        events.add_event(s, app.id, events.EventInput(
            EventKind.INTERVIEW, dt.date(2025, 3, 12), "Asked about leadership twice"))
        checkins.create_checkin(s, checkins.CheckInInput(
            felt_at=dt.datetime(2025, 3, 20, 21, 0), emotions=(("sadness", 5),),
            journal="I practised the\nleadership story.\n\nStill sad."))
    store.close()


def lines(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines()]


def test_prints_kind_date_title_and_snippet_one_line_each(data: Path) -> None:
    fill(data)
    out = bb(data, "search", "leadership")
    assert out.returncode == 0, out.stderr
    rows = lines(out.stdout)
    assert sorted(rows) == sorted([
        ["event", "2025-03-12", "Interview · Acme 🚀 — Senior Engineer",
         "Asked about [leadership] twice"],
        ["checkin", "2025-03-20", "-", "I practised the [leadership] story. Still sad."],
    ])


def test_words_are_prefixes_and_all_must_match(data: Path) -> None:
    fill(data)
    out = bb(data, "search", "practis", "lead")
    assert out.returncode == 0, out.stderr
    assert [r[0] for r in lines(out.stdout)] == ["checkin"]
    out = bb(data, "search", "acme engineer")
    kinds = sorted(r[0] for r in lines(out.stdout))
    assert kinds == ["application", "event", "event"]  # with the "applied" event
    out = bb(data, "search", '"practised the leadership"')
    assert [r[0] for r in lines(out.stdout)] == ["checkin"]


def test_nothing_found_is_exit_0_and_no_output(data: Path) -> None:
    fill(data)
    out = bb(data, "search", "zeppelin")
    assert (out.returncode, out.stdout, out.stderr) == (0, "", "")


@pytest.mark.parametrize("query", ['"', "AND (", "*", "-", "NEAR(a b)", "title:x", "🙂"])
def test_hostile_queries_are_exit_0(data: Path, query: str) -> None:
    fill(data)
    out = bb(data, "search", "--", query)
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""


def test_limit(data: Path) -> None:
    fill(data)
    out = bb(data, "search", "--limit", "1", "leadership")
    assert out.returncode == 0, out.stderr
    assert len(lines(out.stdout)) == 1
    out = bb(data, "search", "--limit", "0", "leadership")
    assert out.returncode == 1
    assert "--limit" in out.stderr


def test_an_encrypted_store_takes_the_passphrase_on_stdin(data: Path) -> None:
    fill(data, passphrase=SECRET)
    out = bb(data, "search", "--passphrase-stdin", "practis", stdin=SECRET + "\n")
    assert out.returncode == 0, out.stderr
    assert [r[0] for r in lines(out.stdout)] == ["checkin"]
    out = bb(data, "search", "practis")
    assert out.returncode == 1
    assert "passphrase" in out.stderr.lower()
    assert out.stdout == ""


def test_no_data_yet_is_an_error_and_creates_nothing(data: Path) -> None:
    out = bb(data, "search", "anything")
    assert out.returncode == 1
    assert "no BounceBack data" in out.stderr
    assert not (data / "bounceback.sqlite3").exists()
