"""SVG icons from resources/icons, found through one helper."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from bounceback import paths


@cache
def icon(name: str) -> QIcon:
    path = paths.icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("bounceback")
