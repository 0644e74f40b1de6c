"""The window when the disk fills up, another BounceBack is writing, or the store was emptied
(issue 14): a save that fails keeps what was typed (and its draft) and says why; an emptied
store offers the latest good backup instead of starting afresh over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from bounceback import paths
from bounceback.db import backups
from bounceback.db.store import open_store
from bounceback.services import checkins, drafts
from bounceback.ui.checkin.tab import CheckInTab
from bounceback.ui.common.ops import Ops
from bounceback.ui.privacy.passphrase import UnlockDialog
from bounceback.ui.privacy.startup import open_interactively
from tests.db.storekit import COMPANY, fill, journals
from tests.diskkit import fill_up, small_disk
from tests.ui.privacy.privacy_kit import (
    SECRET,
    answered,
    company_names,
    open_secret_store,
    press,
)
from tests.ui.window_kit import answer_modal, click

WORDS = "I keep replaying the last question of the interview."


def test_a_save_on_a_full_disk_keeps_the_text_and_its_draft_and_says_why(
    qtbot, qapp, tmp_path: Path, answers
) -> None:
    with small_disk(tmp_path / "disk") as disk:
        paths.set_data_dir(disk / "data")
        store = open_store(paths.database_path(), backups=paths.backups_dir())
        try:
            ops = Ops(store)
            tab = CheckInTab(ops)
            qtbot.addWidget(tab)
            tab.resize(1180, 720)
            tab.show()
            qtbot.mouseClick(tab.form.emotions.chips["regret"], Qt.MouseButton.LeftButton)
            qtbot.keyClicks(tab.form.journal, WORDS)
            tab.keeper.flush()  # the draft, as the pause after typing would save it
            filler = fill_up(disk)

            qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

            assert answers.warnings == [
                "Your disk is full: free some space and try again. Nothing was changed."]
            assert tab.form.journal.toPlainText() == WORDS  # still there, to save again
            assert tab.has_unsaved_changes()
            filler.unlink()
            with store.session() as s:
                assert checkins.list_checkins(s) == []
                assert [d.body for d in drafts.list_drafts(s)] == [WORDS]
            # With room again, the same click saves it.
            qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
            with store.session() as s:
                assert [c.journal for c in checkins.list_checkins(s)] == [WORDS]
            tab.close()
        finally:
            store.close()


def test_an_emptied_store_offers_the_latest_good_backup(qtbot, qapp, store, opened) -> None:
    fill(store, checkins_count=2)
    backups.take_backup(store.path, None, store.backups_dir, backups.AUTO)
    store.close()
    paths.database_path().write_bytes(b"")  # a failed copy, a sync tool, a full disk
    seen: dict[str, str] = {}

    def restore(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        press(qtbot, box, "Restore the backup")

    answer_modal(restore)
    again = open_interactively(paths.database_path(), paths.backups_dir())
    assert again is not None
    opened.append(again)
    assert seen["text"].startswith("BounceBack's data file is empty, though this folder held")
    assert "applications: 1, check-ins: 2" in seen["text"]
    assert company_names(again) == [COMPANY] and len(journals(again)) == 2


def test_quitting_at_the_offer_leaves_the_emptied_store_as_it_is(qtbot, qapp, store) -> None:
    fill(store, checkins_count=1)
    backups.take_backup(store.path, None, store.backups_dir, backups.AUTO)
    store.close()
    paths.database_path().write_bytes(b"")
    answer_modal(lambda box: press(qtbot, box, "Quit"))
    assert open_interactively(paths.database_path(), paths.backups_dir()) is None
    assert paths.database_path().stat().st_size == 0


def test_an_emptied_encrypted_store_asks_the_backups_passphrase_then_restores(
    qtbot, qapp, data_dir, opened
) -> None:
    s = open_secret_store()
    fill(s, checkins_count=3)
    backups.take_backup(s.path, SECRET, s.backups_dir, backups.AUTO)
    s.close()
    paths.database_path().write_bytes(b"")
    asked: list[str] = []

    def unlock(d: QWidget) -> None:
        assert isinstance(d, UnlockDialog)
        asked.append("unlock")
        qtbot.keyClicks(d.passphrase, SECRET)
        click(qtbot, d.unlock_button)
        answered(qtbot, d)
        answer_modal(rescue)  # the next question comes once this dialog has closed

    def rescue(box: QWidget) -> None:
        asked.append("rescue")
        press(qtbot, box, "Restore the backup")

    answer_modal(unlock)
    again = open_interactively(paths.database_path(), paths.backups_dir())
    assert asked == ["unlock", "rescue"]
    assert again is not None and again.key == SECRET
    opened.append(again)
    assert len(journals(again)) == 3


def test_an_emptied_store_without_any_backup_may_start_again(qtbot, qapp, store) -> None:
    fill(store, checkins_count=1)
    store.close()
    paths.database_path().write_bytes(b"")
    seen: dict[str, str] = {}

    def start_again(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        press(qtbot, box, "Start again")

    answer_modal(start_again)
    again = open_interactively(paths.database_path(), paths.backups_dir())
    assert again is not None
    try:
        assert "no backup to go back to" in seen["text"]
        assert str(paths.database_path()) in seen["text"]
        assert journals(again) == []
    finally:
        again.close()


def test_garbage_where_no_passphrase_was_ever_set_offers_the_backup_not_a_passphrase(
    qtbot, qapp, store, opened
) -> None:
    fill(store, checkins_count=2)
    backups.take_backup(store.path, None, store.backups_dir, backups.AUTO)
    store.close()
    paths.database_path().write_bytes(bytes(range(256)) * 64)  # whole pages, not SQLite
    asked: list[str] = []

    def answer(box: QWidget) -> None:
        asked.append(type(box).__name__)
        press(qtbot, box, "Restore the backup")

    answer_modal(answer)
    again = open_interactively(paths.database_path(), paths.backups_dir())
    assert asked == ["QMessageBox"]  # never the unlock dialog
    assert again is not None
    opened.append(again)
    assert len(journals(again)) == 2


@pytest.mark.parametrize("what", ["folder", "broken link"])
def test_the_window_says_what_stands_at_the_path_and_ends(
    qtbot, qapp, data_dir: Path, monkeypatch, what: str
) -> None:
    """In the window itself (not only the smoke test): a message box, then exit code 2."""
    import argparse

    from bounceback import app
    from bounceback.ui.main_window import MainWindow

    data_dir.mkdir(parents=True, exist_ok=True)
    if what == "folder":
        paths.database_path().mkdir()
    else:
        paths.database_path().symlink_to(data_dir / "gone")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text, *a: told.append(text)))
    from PySide6.QtCore import QSettings

    window = MainWindow(None, QSettings(str(data_dir.parent / "s.ini"),
                                        QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    args = argparse.Namespace(smoke_test=False)
    assert app._attach_store(args, qapp, window, []) == app.EXIT_STORE
    assert len(told) == 1 and str(paths.database_path()) in told[0]
    assert window.ops is None


def test_a_save_while_another_bounceback_writes_waits_then_says_so(
    qtbot, qapp, ops: Ops, answers
) -> None:
    import sqlite3

    tab = CheckInTab(ops)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.mouseClick(tab.form.emotions.chips["regret"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.form.journal, WORDS)
    other = sqlite3.connect(ops.store.path)  # a command importing, say
    other.execute("BEGIN IMMEDIATE")
    ops.store.write_policy.wait_s = 0.2
    try:
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    finally:
        other.rollback()
        other.close()
    assert len(answers.warnings) == 1 and "busy with your data elsewhere" in answers.warnings[0]
    assert tab.form.journal.toPlainText() == WORDS
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)  # free again: saved
    assert [c.journal for c in ops.read(checkins.list_checkins)] == [WORDS]
