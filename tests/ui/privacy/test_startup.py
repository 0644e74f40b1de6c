"""Opening the store as the window starts: the first-run offer, unlocking an encrypted store,
and the rescue of a damaged one, answered through the real dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from bounceback import paths
from bounceback.db import backups
from bounceback.db.store import (
    PassphraseNeededError,
    Store,
    StoreCorruptError,
    is_encrypted,
    open_store,
)
from bounceback.ui.privacy.passphrase import UnlockDialog
from bounceback.ui.privacy.startup import open_interactively
from tests.db.storekit import COMPANY, fill, journals, snapshot, spoil_middle_page
from tests.ui.privacy.privacy_kit import (
    SECRET,
    answered,
    company_names,
    open_secret_store,
    press,
)
from tests.ui.window_kit import answer_modal, click

WRONG = "correct horsE"


def start(opened: list[Store], *, ask: bool = True) -> Store | None:
    store = open_interactively(paths.database_path(), paths.backups_dir(), ask=ask)
    if store is not None:
        opened.append(store)
    return store


# --- the first run ----------------------------------------------------------------------------


def test_a_first_run_asks_nothing_and_makes_a_plain_store(qtbot, qapp, opened):
    """The welcome that follows offers the passphrase (tests/ui/welcome/test_welcome.py)."""
    store = start(opened)  # answer_modal is not set up: any dialog would hang the test
    assert store is not None and store.key is None
    assert paths.database_path().exists()
    assert not is_encrypted(paths.database_path())
    assert company_names(store) == []  # a working, empty store


def test_without_asking_a_first_run_is_plain(qapp, opened):
    store = start(opened, ask=False)
    assert store is not None and store.key is None
    assert not is_encrypted(paths.database_path())


def test_an_existing_plain_store_opens_without_a_question(qapp, store, opened):
    fill(store, checkins_count=1)
    store.close()
    again = start(opened)  # answer_modal is not set up: any dialog would hang the test
    assert again is not None and company_names(again) == [COMPANY]


# --- unlocking ---------------------------------------------------------------------------------


@pytest.fixture
def secret_file(data_dir) -> Path:
    s = open_secret_store()
    fill(s, checkins_count=2)
    s.close()
    return paths.database_path()


def test_a_wrong_passphrase_keeps_the_unlock_dialog_open_and_the_file_unchanged(
    qtbot, qapp, secret_file, opened
):
    before = snapshot(paths.data_dir())
    seen: dict[str, object] = {}

    def wrong_then_right(d: QWidget) -> None:
        assert isinstance(d, UnlockDialog)
        qtbot.keyClicks(d.passphrase, WRONG)
        click(qtbot, d.unlock_button)
        answered(qtbot, d)  # checked on a worker: the dialog answers once it is done
        seen["open"] = d.isVisible()
        seen["error"] = d.error.text() if d.error.isVisible() else ""
        seen["unchanged"] = snapshot(paths.data_dir()) == before
        seen["typed"] = d.passphrase.text()
        seen["ready"] = d.focusWidget() is d.passphrase
        # Enter tries once, as on the lock's curtain: not a second time through the
        # dialog's default button.
        qtbot.keyClicks(d.passphrase, SECRET)
        qtbot.keyClick(d.passphrase, Qt.Key.Key_Return)

    answer_modal(wrong_then_right)
    store = start(opened)
    assert seen == {
        "open": True,
        "error": "That passphrase didn't open your data. Passphrases are case-sensitive; "
                 "please check it and try again. Nothing has been changed.",
        "unchanged": True,
        "typed": "",  # emptied for the next try, as on the lock's curtain
        "ready": True,
    }
    assert store is not None and store.key == SECRET
    assert company_names(store) == [COMPANY]
    assert len(journals(store)) == 2


def test_an_empty_passphrase_is_asked_for_kindly(qtbot, qapp, secret_file, opened):
    seen: dict[str, object] = {}

    def empty_then_quit(d: QWidget) -> None:
        click(qtbot, d.unlock_button)
        seen["open"] = d.isVisible()
        seen["error"] = d.error.text()
        press(qtbot, d, "Quit")

    answer_modal(empty_then_quit)
    assert start(opened) is None
    assert seen == {"open": True, "error": "Please type your passphrase."}


def test_quit_on_the_unlock_dialog_opens_nothing_and_changes_nothing(
    qtbot, qapp, secret_file, opened
):
    before = snapshot(paths.data_dir())
    answer_modal(lambda d: press(qtbot, d, "Quit"))
    assert start(opened) is None
    assert snapshot(paths.data_dir()) == before


def test_the_right_passphrase_with_enter_opens_the_store(qtbot, qapp, secret_file, opened):
    def right(d: QWidget) -> None:
        qtbot.keyClicks(d.passphrase, SECRET)
        qtbot.keyClick(d.passphrase, Qt.Key.Key_Return)

    answer_modal(right)
    store = start(opened)
    assert store is not None and company_names(store) == [COMPANY]


def test_without_asking_an_encrypted_store_needs_its_passphrase(qapp, secret_file, opened):
    before = snapshot(paths.data_dir())
    with pytest.raises(PassphraseNeededError):
        start(opened, ask=False)
    assert snapshot(paths.data_dir()) == before


# --- a damaged store ---------------------------------------------------------------------------


@pytest.fixture
def damaged(data_dir) -> Path:
    """A plain store backed up with one company, then given another and damaged."""
    s = open_store(paths.database_path(), backups=paths.backups_dir())
    fill(s, checkins_count=6)
    backups.take_backup(s.path, None, s.backups_dir, backups.AUTO)
    fill(s, checkins_count=6, company="Damaged Later Ltd")
    s.close()
    spoil_middle_page(paths.database_path())
    return paths.database_path()


def test_a_damaged_store_offers_the_latest_good_backup(qtbot, qapp, damaged, opened):
    spoiled = damaged.read_bytes()
    [good] = backups.list_backups(paths.backups_dir())
    when = QLocale().toString(good.taken_at, QLocale.FormatType.LongFormat)
    seen: dict[str, object] = {}

    def restore(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        press(qtbot, box, "Restore the backup")

    answer_modal(restore)
    store = start(opened)
    assert seen["text"] == (
        "BounceBack could not read its data file; it may be damaged. Your latest good backup "
        f"is from {when} (applications: 1, check-ins: 6). Restore it? The damaged file is "
        "kept in the backups folder, exactly as it is."
    )
    assert store is not None
    assert company_names(store) == [COMPANY]
    assert len(journals(store)) == 6
    # The damaged file is kept, byte for byte, as a "damaged" backup.
    kept = [b for b in backups.list_backups(paths.backups_dir()) if b.reason == backups.DAMAGED]
    assert len(kept) == 1
    assert kept[0].path.read_bytes() == spoiled


def test_quitting_instead_of_restoring_leaves_the_damaged_file_alone(
    qtbot, qapp, damaged, opened
):
    before = snapshot(paths.data_dir())
    answer_modal(lambda box: press(qtbot, box, "Quit"))
    assert start(opened) is None
    assert snapshot(paths.data_dir()) == before


def test_a_damaged_store_without_a_backup_explains_and_changes_nothing(
    qtbot, qapp, damaged, opened, monkeypatch
):
    for b in backups.list_backups(paths.backups_dir()):
        b.path.unlink()
    before = snapshot(paths.data_dir())
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text, *a, **k: said.append(text)))
    assert start(opened) is None
    assert len(said) == 1 and "no backup to go back to" in said[0]
    assert str(damaged) in said[0]
    assert snapshot(paths.data_dir()) == before


def test_without_asking_a_damaged_store_is_refused_untouched(qapp, damaged, opened):
    before = snapshot(paths.data_dir())
    with pytest.raises(StoreCorruptError):
        start(opened, ask=False)
    assert snapshot(paths.data_dir()) == before


def test_an_encrypted_damaged_store_is_rescued_after_the_right_passphrase(
    qtbot, qapp, data_dir, opened
):
    s = open_secret_store()
    fill(s, checkins_count=6)
    backups.take_backup(s.path, SECRET, s.backups_dir, backups.AUTO)
    fill(s, checkins_count=6, company="Damaged Later Ltd")
    s.close()
    spoil_middle_page(paths.database_path())
    spoiled = paths.database_path().read_bytes()
    asked: list[str] = []

    def unlock(d: QWidget) -> None:
        assert isinstance(d, UnlockDialog)
        asked.append("unlock")
        qtbot.keyClicks(d.passphrase, SECRET)
        click(qtbot, d.unlock_button)
        answered(qtbot, d)
        answer_modal(rescue)  # the next question comes once this dialog has closed

    def rescue(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append("rescue")
        press(qtbot, box, "Restore the backup")

    answer_modal(unlock)
    store = start(opened)
    assert asked == ["unlock", "rescue"]
    assert store is not None and store.key == SECRET
    assert company_names(store) == [COMPANY]
    assert is_encrypted(paths.database_path())
    [kept] = [b for b in backups.list_backups(paths.backups_dir()) if b.reason == backups.DAMAGED]
    assert kept.path.read_bytes() == spoiled


def test_a_restore_that_cannot_be_written_is_explained(
    qtbot, qapp, damaged, opened, monkeypatch
):
    spoiled = damaged.read_bytes()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text, *a, **k: said.append(text)))

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "restore_backup", disk_full)
    answer_modal(lambda box: press(qtbot, box, "Restore the backup"))
    assert start(opened) is None
    assert said == [
        "BounceBack couldn't put the backup in place (is the disk full?). Nothing has been "
        f"replaced; your backups are in {paths.backups_dir()}."
    ]
    assert damaged.read_bytes() == spoiled
