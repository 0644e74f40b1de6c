"""Help → About: version, the data and backup folders (opened in the file manager), and the
components with their licences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

from bounceback import __version__, paths
from bounceback.ui.help import about
from bounceback.ui.help.about import AboutDialog


def test_about_shows_the_version_the_folders_and_the_licences(qtbot, tmp_path: Path,
                                                             monkeypatch) -> None:
    data = tmp_path / "data"
    data.mkdir()
    backups = tmp_path / "not-yet"
    dialog = AboutDialog(data, backups)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(about.QLabel)]
    assert any(__version__ in t for t in texts)
    assert str(data) in texts and str(backups) in texts

    opened: list[QUrl] = []
    monkeypatch.setattr(about.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    dialog.open_buttons["data"].click()
    assert [u.toLocalFile() for u in opened] == [str(data)]
    assert all(u.isLocalFile() for u in opened)  # a folder here, never a web address
    assert not dialog.open_buttons["backups"].isEnabled()  # no backup folder yet

    rows = [(dialog.components.topLevelItem(i).text(0), dialog.components.topLevelItem(i).text(2))
            for i in range(dialog.components.topLevelItemCount())]
    assert ("Qt and Qt for Python (PySide6)", "LGPL-3.0-only") in rows
    assert ("SQLAlchemy", "MIT") in rows
    # The icons are files of one open set, with its licence beside them in the package.
    assert ("Phosphor Icons (the icons)", "MIT") in rows
    shipped = paths.resources_dir() / "icons" / "phosphor"
    assert "MIT License" in (shipped / "LICENSE").read_text(encoding="utf-8")
    pyside = dialog.components.topLevelItem(0)
    assert pyside.text(1)  # the installed version, read from the package's metadata


def test_about_says_how_big_the_data_is_and_what_documents_take(qtbot, ops, tmp_path) -> None:
    from bounceback.services import documents
    from tests.builders import add_application

    first = add_application(ops, "Acme").id
    second = add_application(ops, "Globex").id
    cv = b"x" * 300_000
    for app_id in (first, second):
        ops.write(None, documents.attach, app_id, "cv.txt", cv)
    usage = ops.read(documents.usage)
    dialog = AboutDialog(tmp_path, tmp_path, data_bytes=5_000_000, usage=usage)
    qtbot.addWidget(dialog)
    assert dialog.size_label.text() == "4.8 MB, of which 2 documents: 293.0 kB"
    assert dialog.size_label.toolTip() == \
        "Files sent more than once are kept once, sparing 293.0 kB."
    plain = AboutDialog(tmp_path, tmp_path)
    qtbot.addWidget(plain)
    assert plain.size_label.isHidden()
