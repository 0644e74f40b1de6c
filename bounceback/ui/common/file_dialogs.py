"""What Qt's own file dialog remembers, forgotten after each use.

Qt's dialog keeps the last folder and a history of the folders it visited in its own settings
(QtProject.conf in the user's configuration folder, group "FileDialog"), shared by every Qt
program. For a private journal, where a chart or an export went is worth keeping to
ourselves: after each dialog those two keys go. The sidebar's bookmarks stay: the person set
them, not BounceBack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

REMEMBERED = ("FileDialog/lastVisited", "FileDialog/history")


def forget_recent_folders() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in REMEMBERED:
        settings.remove(key)
    settings.sync()


def documents_folder() -> Path:
    """Where files are proposed to go or come from: the Documents folder, else home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()
