"""The command line, as scripts and other issues rely on it: run as a real process."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bounceback import __version__


def run(*args: str, env: dict[str, str] | None = None, tmp: Path) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                "XDG_DATA_HOME": str(tmp / "xdg-data"), "HOME": str(tmp / "home")}
    full_env.pop("BOUNCEBACK_DATA_DIR", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bounceback", *args],
        capture_output=True, text=True, env=full_env, timeout=120, check=False,
    )


def test_version(tmp_path):
    out = run("--version", tmp=tmp_path)
    assert out.returncode == 0
    assert out.stdout.strip() == f"BounceBack {__version__}"


def test_smoke_test_with_data_dir_creates_a_private_store(tmp_path):
    data = tmp_path / "new" / "folder"
    out = run("--data-dir", str(data), "--smoke-test", tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines() == [
        f"BounceBack {__version__} OK platform=offscreen data={data}"
    ]
    db = data / "bounceback.sqlite3"
    assert db.exists()
    if os.name == "posix":
        assert stat.S_IMODE(db.stat().st_mode) == 0o600
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"applications", "events", "checkins", "feedback_notes", "alembic_version"} <= tables


def test_environment_variable_chooses_the_data_dir(tmp_path):
    data = tmp_path / "from-env"
    out = run("--smoke-test", env={"BOUNCEBACK_DATA_DIR": str(data)}, tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    assert f"data={data}" in out.stdout
    assert (data / "bounceback.sqlite3").exists()


def test_data_dir_flag_wins_over_the_environment(tmp_path):
    flag, env = tmp_path / "flag", tmp_path / "env"
    out = run("--data-dir", str(flag), "--smoke-test",
              env={"BOUNCEBACK_DATA_DIR": str(env)}, tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    assert f"data={flag}" in out.stdout
    assert not env.exists()


@pytest.mark.skipif(sys.platform != "linux", reason="appdirs' Linux layout")
def test_default_data_dir_is_the_users_data_folder(tmp_path):
    out = run("--smoke-test", tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    expected = tmp_path / "xdg-data" / "BounceBack"
    assert f"data={expected}" in out.stdout
    assert (expected / "bounceback.sqlite3").exists()


def test_a_store_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = data / "bounceback.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    before = db.read_bytes()
    out = run("--data-dir", str(data), "--smoke-test", tmp=tmp_path)
    assert out.returncode != 0
    assert "newer version" in out.stderr
    assert db.read_bytes() == before


def test_unusable_data_dir_fails_with_the_reason(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = run("--data-dir", str(blocker / "data"), "--smoke-test", tmp=tmp_path)
    assert out.returncode != 0
    assert "data folder" in out.stderr


def test_quitting_makes_one_backup_a_day(tmp_path):
    data = tmp_path / "data"
    for _ in range(2):
        out = run("--data-dir", str(data), "--smoke-test", tmp=tmp_path)
        assert out.returncode == 0, out.stderr
    made = sorted(p.name for p in (data / "backups").iterdir())
    assert len(made) == 1 and made[0].endswith("-auto.sqlite3")


def test_a_second_window_on_the_same_data_is_refused(tmp_path):
    from bounceback.instance import DataFolderLock

    data = tmp_path / "data"
    data.mkdir()
    lock = DataFolderLock(data)
    assert lock.acquire()
    try:
        out = run("--data-dir", str(data), "--smoke-test", tmp=tmp_path)
    finally:
        lock.release()
    assert out.returncode == 1
    assert "already open" in out.stderr
    assert not (data / "bounceback.sqlite3").exists()  # never even opened


def test_logs_go_beside_an_overridden_data_folder_and_are_private(tmp_path):
    data = tmp_path / "data"
    out = run("--data-dir", str(data), "--smoke-test", env={"BOUNCEBACK_LOG": "INFO"},
              tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    log = tmp_path / "data-logs" / "bounceback.log"
    assert log.exists()
    if os.name == "posix":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_the_window_paints_before_the_storage_is_imported(tmp_path):
    """The start-up shows the window first and opens the store after its first paint, so
    a decade of data never delays the first frame (issue 7)."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app = QApplication(sys.argv[:1])\n"
        "seen = []\n"
        "class Watch(QObject):\n"
        "    def eventFilter(self, obj, event):\n"
        "        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) \\\n"
        "                and not seen:\n"
        "            seen.append(sorted(m for m in sys.modules\n"
        "                               if m.startswith(('sqlalchemy', 'alembic'))))\n"
        "        return False\n"
        "w = Watch(); app.installEventFilter(w)\n"
        "from bounceback import app as bb\n"
        f"rc = bb.main(['--data-dir', {str(tmp_path / 'data')!r}, '--smoke-test'])\n"
        "print('IMPORTED-BEFORE-PAINT', seen[0] if seen else 'no paint')\n"
        "sys.exit(rc)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "HOME": str(tmp_path / "home")}
    env.pop("BOUNCEBACK_DATA_DIR", None)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "BounceBack" in done.stdout and " OK " in done.stdout
    assert "IMPORTED-BEFORE-PAINT []" in done.stdout


def test_the_wheel_is_guarded_from_just_after_the_first_frame(tmp_path):
    """The wheel guard's Qt classes cost 35 ms of the first frame, which has no control the
    guard looks after: it is installed after that frame, before the store's controls are made
    (issue 22)."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow, QComboBox\n"
        "app = QApplication(sys.argv[:1])\n"
        "seen = {}\n"
        "class Watch(QObject):\n"
        "    def eventFilter(self, obj, event):\n"
        "        kind = event.type()\n"
        "        if kind == QEvent.Type.Paint and isinstance(obj, QMainWindow) and not seen:\n"
        "            seen['paint'] = 'bounceback.ui.common.wheel_guard' in sys.modules\n"
        "        if kind == QEvent.Type.Polish and isinstance(obj, QComboBox) \\\n"
        "                and 'combo' not in seen:\n"
        "            from bounceback.ui.common.wheel_guard import WheelGuard\n"
        "            seen['combo'] = app.findChild(WheelGuard) is not None\n"
        "        return False\n"
        "w = Watch(); app.installEventFilter(w)\n"
        "from bounceback import app as bb\n"
        f"rc = bb.main(['--data-dir', {str(tmp_path / 'data')!r}, '--smoke-test'])\n"
        "print('GUARD', seen)\n"
        "sys.exit(rc)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "HOME": str(tmp_path / "home")}
    env.pop("BOUNCEBACK_DATA_DIR", None)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "GUARD {'paint': False, 'combo': True}" in done.stdout
