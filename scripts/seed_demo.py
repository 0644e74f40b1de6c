"""Fill a data folder with a small, realistic job search, for screenshots and trying things out.

    python scripts/seed_demo.py --data-dir /tmp/bounceback-demo

The journey is the first-run example data set (``bounceback.services.example_data``), written
here without its "Example" marks so screenshots look like a real search. Everything goes
through the services, exactly as the program writes it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from bounceback import paths
from bounceback.db.store import open_store
from bounceback.services.example_data import write_journey


def seed(db: Path, today: dt.date | None = None) -> None:
    store = open_store(db)
    with store.session() as s, s.begin():
        write_journey(s, today or dt.date.today(), marked=False)
    store.close()


def sandbox(root: Path) -> Path:
    """Point every per-user folder (Qt's, appdirs', the file dialogs' home) into ``root``, so
    a scripted run never touches the real ones; returns the data folder set inside it."""
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        folder = root / var.lower()
        folder.mkdir(mode=0o700)
        os.environ[var] = str(folder)
    os.environ.pop(paths.ENV_DATA_DIR, None)
    data = root / "BounceBack"
    paths.set_data_dir(data)
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True, type=Path)
    args = parser.parse_args()
    args.data_dir.mkdir(parents=True, exist_ok=True)
    seed(args.data_dir / "bounceback.sqlite3")


if __name__ == "__main__":
    main()
