"""Test configuration: Qt offscreen, and never the real user folders.

Set before anything imports Qt or appdirs resolves a path: every XDG folder and HOME point
into a throw-away directory for the whole run, and each test gets its own data folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="bounceback-tests-"))
for _var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_SANDBOX / _var.lower())
os.environ.pop("BOUNCEBACK_DATA_DIR", None)

import pytest  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bounceback import paths  # noqa: E402
from bounceback.db.store import Store, open_store  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """Each test's own data folder; the process-wide override is reset afterwards."""
    folder = tmp_path / "data"
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture(scope="session")
def migrated_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new store, migrated to the newest schema once for the whole run. Tests get a copy:
    running every migration for each test cost more than most tests themselves. The
    migration tests (tests/db/test_migrations.py) still migrate from nothing, as a first
    start does."""
    folder = tmp_path_factory.mktemp("template-store")
    path = folder / paths.DB_FILENAME
    open_store(path, backups=folder / "backups").close()
    return path


def copy_of(template: Path, target: Path) -> Path:
    """``template`` copied to ``target`` (readable by the user alone, as a store is)."""
    paths.ensure_private_dir(target.parent)
    shutil.copyfile(template, target)
    target.chmod(0o600)
    return target


@pytest.fixture
def store(data_dir: Path, migrated_store_file: Path) -> Iterator[Store]:
    copy_of(migrated_store_file, paths.database_path())
    s = open_store(paths.database_path(), backups=paths.backups_dir())
    yield s
    s.close()


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    """One session in one transaction, committed at the end of the test."""
    with store.session() as s, s.begin():
        yield s
