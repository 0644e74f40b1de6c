"""File → Export…: every format lands as a private file, nothing is written over unasked,
and the privacy note is there (firmly so when the data file is protected)."""

from __future__ import annotations

import datetime as dt
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from bounceback import paths
from bounceback.db.enums import Status
from bounceback.db.store import Store, open_store
from bounceback.services import applications, checkins
from bounceback.services.exchange.registry import EXPORTERS
from bounceback.ui import exchange
from bounceback.ui.common.ops import Ops
from bounceback.ui.exchange.export_dialog import ExportDialog

PRIVACY = "Exports are not encrypted: keep the file somewhere private."


@pytest.fixture
def filled_ops(ops: Ops) -> Ops:
    with ops.store.session() as s, s.begin():
        applications.create_application(s, applications.ApplicationInput(
            company="Globex Ünïcode", role="Data analyst", applied_on=dt.date(2026, 10, 2),
            status=Status.APPLIED))
        checkins.create_checkin(s, checkins.CheckInInput(
            felt_at=dt.datetime(2026, 10, 9, 20, 0), emotions=(("frustration", 6),),
            journal="Walked it off by the river.", overall=4))
    return ops


def click_radio(qtbot, radio) -> None:
    # On the indicator: a radio button only takes clicks on its box and text.
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def open_dialog(qtbot, ops: Ops) -> ExportDialog:
    dialog = ExportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def export_to(qtbot, dialog: ExportDialog, path: Path) -> None:
    dialog.file.edit.setText(str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    if dialog.task is not None:
        qtbot.waitUntil(lambda: not dialog.task.running)


def answer_next_box(button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the next modal message box, recording its text."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        button.click()

    QTimer.singleShot(0, act)


@pytest.mark.parametrize("name", list(EXPORTERS))
def test_each_format_is_saved_as_a_private_file(qtbot, filled_ops: Ops, tmp_path: Path,
                                                name: str) -> None:
    messages: list[str] = []
    filled_ops.message.connect(messages.append)
    dialog = open_dialog(qtbot, filled_ops)
    click_radio(qtbot, dialog.buttons_by_name[name])
    assert dialog.format_name() == name
    target = tmp_path / f"out{EXPORTERS[name].suffix}"

    export_to(qtbot, dialog, target)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert target.is_file()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    if name == "json":
        tables = json.loads(text)["tables"]
        assert [a["company"] for a in tables["applications"]] == ["Globex Ünïcode"]
    elif name == "ics":
        assert text.startswith("BEGIN:VCALENDAR")
    elif name == "csv":
        assert "Globex Ünïcode" in text.splitlines()[1]
    elif name == "markdown":
        assert text.startswith("# My BounceBack journal")
        assert "Walked it off by the river." in text
    assert messages == [f"Exported to {target}."]
    assert not dialog.error.isVisible()


def test_the_suggested_name_is_dated_in_the_home_folder_and_follows_the_format(
        qtbot, ops: Ops) -> None:
    dialog = open_dialog(qtbot, ops)
    today = dt.date.today().isoformat()
    assert dialog.file.path() == Path.home() / f"bounceback-{today}.json"
    click_radio(qtbot, dialog.buttons_by_name["csv"])
    assert dialog.file.path() == Path.home() / f"bounceback-{today}.csv"
    click_radio(qtbot, dialog.buttons_by_name["ics"])
    assert dialog.file.path().name == f"bounceback-{today}.ics"
    # A name of the person's own, with an ending of their own, is left alone.
    dialog.file.edit.setText("/somewhere/my-notes.txt")
    click_radio(qtbot, dialog.buttons_by_name["markdown"])
    assert dialog.file.text() == "/somewhere/my-notes.txt"


def test_labels_are_the_services_formats(qtbot, ops: Ops) -> None:
    dialog = open_dialog(qtbot, ops)
    assert [r.text() for r in dialog.buttons_by_name.values()] == [
        f.label for f in EXPORTERS.values()]


def test_a_name_without_an_ending_gets_the_formats_one(qtbot, ops: Ops, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ops)
    click_radio(qtbot, dialog.buttons_by_name["csv"])
    export_to(qtbot, dialog, tmp_path / "applications")
    assert (tmp_path / "applications.csv").is_file()
    assert not (tmp_path / "applications").exists()


def test_an_existing_file_is_replaced_only_after_asking(qtbot, filled_ops: Ops,
                                                        tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("my old export", encoding="utf-8")
    dialog = open_dialog(qtbot, filled_ops)
    seen: list[str] = []

    answer_next_box("Cancel", seen)
    export_to(qtbot, dialog, target)
    assert seen == ["There is already a file called “export.json” there. "
                    "Replace it with this export?"]
    assert target.read_text(encoding="utf-8") == "my old export"
    assert dialog.task is None and dialog.isVisible()

    answer_next_box("Replace", seen)
    export_to(qtbot, dialog, target)
    assert len(seen) == 2
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "bounceback"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_bare_name_is_saved_in_the_home_folder(qtbot, ops: Ops) -> None:
    Path.home().mkdir(parents=True, exist_ok=True)  # the test sandbox's home may be new
    dialog = open_dialog(qtbot, ops)
    export_to(qtbot, dialog, Path("just-a-name.json"))
    assert (Path.home() / "just-a-name.json").is_file()
    (Path.home() / "just-a-name.json").unlink()


def test_a_missing_folder_or_no_name_is_explained_beside_the_field(
        qtbot, ops: Ops, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ops)
    export_to(qtbot, dialog, tmp_path / "no such folder" / "out.json")
    assert dialog.error.isVisible()
    assert "doesn't exist" in dialog.error.text()
    assert dialog.task is None and not (tmp_path / "no such folder").exists()

    dialog.file.edit.setText("")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Please choose where to save the export."
    assert dialog.isVisible()


def test_the_data_folder_itself_is_refused(qtbot, ops: Ops) -> None:
    dialog = open_dialog(qtbot, ops)
    before = ops.store.path.read_bytes()
    export_to(qtbot, dialog, ops.store.path.parent / "export.json")
    assert "outside BounceBack's own data folder" in dialog.error.text()
    assert not (ops.store.path.parent / "export.json").exists()
    assert ops.store.path.read_bytes() == before


def test_a_failed_write_shows_the_services_kind_message(qtbot, ops: Ops, tmp_path: Path,
                                                        monkeypatch) -> None:
    # The disk refusing the file: the service turns it into a kind ExchangeError.
    import bounceback.services.exchange.export_files as export_files

    def refuse(_path: Path, _data: bytes) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(export_files, "write_private_atomically", refuse)
    dialog = open_dialog(qtbot, ops)
    export_to(qtbot, dialog, tmp_path / "out.json")
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == export_files.CANT_SAVE
    assert dialog.export_button.isEnabled()
    assert not (tmp_path / "out.json").exists()


def test_the_privacy_note_is_plain_and_visible(qtbot, ops: Ops) -> None:
    dialog = open_dialog(qtbot, ops)
    assert dialog.note_label.isVisible()
    assert dialog.note_label.text() == PRIVACY
    assert not dialog.note_label.font().bold()


@pytest.fixture
def secret_ops(data_dir: Path, qapp) -> Iterator[Ops]:
    store: Store = open_store(paths.database_path(), backups=paths.backups_dir(),
                              passphrase="correct horse")
    yield Ops(store)
    store.close()


def test_the_privacy_note_is_firmer_when_the_data_file_is_protected(
        qtbot, secret_ops: Ops, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, secret_ops)
    text = dialog.note_label.text()
    assert PRIVACY in text and "passphrase" in text
    assert dialog.note_label.font().bold()
    # And the export still works from a protected store.
    export_to(qtbot, dialog, tmp_path / "out.json")
    assert stat.S_IMODE((tmp_path / "out.json").stat().st_mode) == 0o600


def test_export_data_opens_the_dialog_modally(qtbot, ops: Ops) -> None:
    shown: list[bool] = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        shown.append(isinstance(dialog, ExportDialog))
        dialog.reject()

    QTimer.singleShot(0, close)
    exchange.export_data(None, ops)  # type: ignore[arg-type]
    assert shown == [True]

