"""Where the storage tests keep a store: a folder of its own, with its backups inside."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def db(folder: Path) -> Path:
    return folder / "bounceback.sqlite3"


@pytest.fixture
def backups(folder: Path) -> Path:
    return folder / "backups"
