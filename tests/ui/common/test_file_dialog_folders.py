"""File dialogs propose the person's own folders, not the one BounceBack was started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from bounceback.ui.common import charts
from bounceback.ui.exchange import file_field
from bounceback.ui.exchange.file_field import FileField


def test_save_as_png_proposes_the_pictures_folder(qtbot, monkeypatch) -> None:
    asked: list[str] = []

    def fake(parent, caption, directory, *args, **kwargs):
        asked.append(directory)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert charts.ask_png_path(parent, "mood.png") == ""
    proposed = Path(asked[0])
    assert proposed.is_absolute() and proposed.name == "mood.png"
    assert proposed.parent == charts.pictures_folder()


def test_an_empty_file_field_starts_in_documents(qtbot, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(file_field, "documents_folder", lambda: tmp_path)
    asked: list[str] = []

    def fake(parent, caption, directory, *args, **kwargs):
        asked.append(directory)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    field = FileField(saving=True)
    qtbot.addWidget(field)
    field.choose()
    assert asked == [str(tmp_path)]


def test_qts_own_dialog_keeps_no_folder_history(qtbot, tmp_path) -> None:
    """Qt's file dialog writes the last folder and a history of folders into QtProject.conf
    (shared by every Qt program); after BounceBack's dialog, neither is there."""
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt_settings.remove("FileDialog")
    private = tmp_path / "private exports"
    private.mkdir()
    field = FileField(saving=True)
    qtbot.addWidget(field)
    field.edit.setText(str(private / "journal.json"))

    def answer(left: int = 250) -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            if left:
                QTimer.singleShot(20, lambda: answer(left - 1))
            return
        dialog = dialogs[0]
        try:
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            name.selectAll()
            qtbot.keyClicks(name, "journal.json")
            qtbot.keyClick(name, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # a failing step never leaves the test waiting
                dialog.reject()

    QTimer.singleShot(0, answer)
    field.choose()
    assert field.path() == private / "journal.json"
    qt_settings.sync()
    assert qt_settings.value("FileDialog/lastVisited") is None
    assert qt_settings.value("FileDialog/history") is None
    conf = Path(qt_settings.fileName())
    assert not conf.exists() or str(private) not in conf.read_text(encoding="utf-8")
