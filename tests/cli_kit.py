"""Running the command line as a person does, in a subprocess, over a store of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bounceback.db.store import open_store
from bounceback.services import applications as apps
from tests.builders import add_application

SECRET = "correct horse battery"


def bb(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    env.pop("BOUNCEBACK_DATA_DIR", None)
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # None of the subcommands may need a display.
    return subprocess.run(
        [sys.executable, "-m", "bounceback", "--data-dir", str(data), *args],
        input=stdin if stdin is not None else "", capture_output=True, text=True, env=env,
        timeout=120, check=False,
    )


def make_store(data: Path, companies: list[str], passphrase: str | None = None) -> Path:
    db = data / "bounceback.sqlite3"
    store = open_store(db, backups=data / "backups", passphrase=passphrase)
    for c in companies:
        add_application(store, c, "Engineer", applied_on=None)
    store.close()
    return db


def companies(data: Path, passphrase: str | None = None) -> list[str]:
    store = open_store(data / "bounceback.sqlite3", backups=data / "backups", passphrase=passphrase)
    try:
        with store.session() as s:
            return sorted(a.company for a in apps.list_applications(s))
    finally:
        store.close()
