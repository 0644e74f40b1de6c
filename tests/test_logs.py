"""The log: rotated, private, set up once, and never holding a word the user wrote."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounceback import logs

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def clean_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts without our handlers and leaves none, nor changed levels, behind."""
    monkeypatch.delenv(logs.ENV_LEVEL, raising=False)
    root = logging.getLogger()
    quiet = logging.getLogger("sqlalchemy")
    levels = root.level, quiet.level
    yield
    logs.stop_logging()
    root.setLevel(levels[0])
    quiet.setLevel(levels[1])


def ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, logs._OURS, False)]


def flush() -> None:
    for handler in ours():
        handler.flush()


def test_returns_the_file_it_logs_to(tmp_path: Path) -> None:
    path = logs.setup_logging(tmp_path / "logs", "INFO")
    assert path == tmp_path / "logs" / "bounceback.log"
    logging.getLogger("bounceback.test").info("store opened")
    flush()
    assert "INFO bounceback.test: store opened" in path.read_text(encoding="utf-8")


@posix_only
def test_folder_is_0700_and_file_0600_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        path = logs.setup_logging(tmp_path / "logs")
    finally:
        os.umask(old)
    assert (tmp_path / "logs").stat().st_mode & 0o777 == 0o700
    assert path.stat().st_mode & 0o777 == 0o600


@posix_only
def test_an_existing_wider_log_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    (folder / "bounceback.log").write_text("old\n")
    (folder / "bounceback.log").chmod(0o644)
    path = logs.setup_logging(folder)
    assert path.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700


def test_rotation_keeps_three_old_files_of_bounded_size(tmp_path: Path) -> None:
    path = logs.setup_logging(tmp_path / "logs", "INFO")
    line = "x" * 1000
    log = logging.getLogger("bounceback.test")
    for _ in range(5 * logs.MAX_BYTES // 1000):
        log.info(line)
    flush()
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["bounceback.log", "bounceback.log.1", "bounceback.log.2",
                     "bounceback.log.3"]
    for p in path.parent.iterdir():
        assert p.stat().st_size <= logs.MAX_BYTES
        if os.name == "posix":
            assert p.stat().st_mode & 0o777 == 0o600, p.name


def test_setting_up_twice_adds_no_second_handler(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path / "logs", "INFO")
    path = logs.setup_logging(tmp_path / "logs", "INFO")
    assert len(ours()) == 2  # one file, one stderr
    logging.getLogger("bounceback.test").warning("only once")
    flush()
    assert path.read_text(encoding="utf-8").count("only once") == 1


def test_setting_up_again_elsewhere_moves_the_log(tmp_path: Path) -> None:
    first = logs.setup_logging(tmp_path / "one", "INFO")
    second = logs.setup_logging(tmp_path / "two", "INFO")
    logging.getLogger("bounceback.test").warning("moved")
    flush()
    assert "moved" not in first.read_text(encoding="utf-8")
    assert "moved" in second.read_text(encoding="utf-8")


def test_level_from_the_environment_wins(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(logs.ENV_LEVEL, "debug")
    path = logs.setup_logging(tmp_path / "logs", "WARNING")
    logging.getLogger("bounceback.test").debug("fine detail")
    flush()
    assert "fine detail" in path.read_text(encoding="utf-8")


def test_an_unknown_level_falls_back_to_warnings(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(logs.ENV_LEVEL, "chatty")
    path = logs.setup_logging(tmp_path / "logs", "DEBUG")
    log = logging.getLogger("bounceback.test")
    log.info("not this")
    log.warning("but this")
    flush()
    text = path.read_text(encoding="utf-8")
    assert "not this" not in text and "but this" in text


def test_stderr_gets_warnings_only(tmp_path: Path, capsys) -> None:
    logs.setup_logging(tmp_path / "logs", "DEBUG")
    log = logging.getLogger("bounceback.test")
    log.info("quiet note")
    log.warning("worth a look")
    err = capsys.readouterr().err
    assert "worth a look" in err and "quiet note" not in err


# --- nothing the user wrote -------------------------------------------------------------------
SECRET = "Zebra-Ukulele-7f3q I cried in the car park 😢 بعد المقابلة"
FRAGMENTS = (SECRET, "Zebra-Ukulele-7f3q", "cried in the car park", "المقابلة")


def test_user_text_never_reaches_the_log_even_at_debug(tmp_path, qtbot, capfd, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy.orm import Session

    from bounceback import paths
    from bounceback.db.models import Application
    from bounceback.db.store import open_store
    from bounceback.services import applications, checkins, feedback
    from bounceback.services.validation import LONG
    from bounceback.ui.checkin.tab import CheckInTab
    from bounceback.ui.common.ops import Ops

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    # As if someone had switched SQLAlchemy's statement logging on: it must stay out.
    logging.getLogger("sqlalchemy").setLevel(logging.DEBUG)
    path = logs.setup_logging(tmp_path / "logs", "DEBUG")
    store = open_store(paths.database_path(), backups=paths.backups_dir())
    try:
        ops = Ops(store)
        app = ops.write(None, applications.create_application,
                        applications.ApplicationInput(company="Acme", role="Dev", notes=SECRET))
        assert app is not None
        ops.write(None, feedback.create_feedback, app.id,
                  feedback.FeedbackInput(asked_whom="Sam", answer_text=SECRET, lesson=SECRET))
        # Refused: too long, and the refusal is logged nowhere with the text.
        ops.write(None, checkins.create_checkin, checkins.CheckInInput(
            felt_at=dt.datetime(2025, 3, 9, 21, 0), emotions=(("regret", 4),),
            journal=SECRET * (LONG // len(SECRET) + 1)))

        # A database error whose message quotes the parameters: logged by type only.
        def clash(s: Session) -> None:
            s.add(Application(id=app.id, company=SECRET, role=SECRET))
            s.flush()

        assert not ops.run(None, clash)

        # Typed into the check-in tab (drafts are kept as you type), then saved.
        tab = CheckInTab(ops)
        qtbot.addWidget(tab)
        tab.show()
        qtbot.mouseClick(tab.form.emotions.chips["disbelief"], Qt.MouseButton.LeftButton)
        tab.form.journal.setPlainText(SECRET)
        qtbot.wait(50)
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        assert [r.journal for r in ops.read(checkins.list_checkins)] == [SECRET]
    finally:
        store.close()
    flush()
    logged = "".join(p.read_text(encoding="utf-8") for p in path.parent.iterdir())
    streams = capfd.readouterr()
    # The log was really written at DEBUG: the migrations and the failed write are in it.
    assert "alembic.runtime.migration" in logged
    assert "write failed: IntegrityError" in logged
    for fragment in FRAGMENTS:
        assert fragment not in logged
        assert fragment not in streams.err


def test_statement_logging_switched_on_later_is_still_dropped(tmp_path: Path) -> None:
    path = logs.setup_logging(tmp_path / "logs", "DEBUG")
    logging.getLogger("sqlalchemy").setLevel(logging.DEBUG)
    engine_log = logging.getLogger("sqlalchemy.engine.Engine")
    engine_log.info("[parameters: (%r,)]", SECRET)
    engine_log.warning("pool is exhausted")
    flush()
    text = path.read_text(encoding="utf-8")
    assert SECRET not in text and "pool is exhausted" in text


def test_a_log_folder_that_cannot_be_made_only_costs_the_file(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    path = logs.setup_logging(blocker / "logs", "INFO")
    assert path == blocker / "logs" / "bounceback.log"
    assert [type(h) for h in ours()] == [logging.StreamHandler]
    assert "Can't write the log file" in capsys.readouterr().err
