"""Fill a data folder with a small, realistic job search, for screenshots and trying things out.

    python scripts/seed_demo.py --data-dir /tmp/bounceback-demo

The journey is the first-run example data set (``bounceback.services.example_data``), written
here without its "Example" marks so screenshots look like a real search, with the files a
person would keep beside it (the CV sent, a letter, the e-mail of the "no") and a job saved
to apply to. Everything goes through the services, exactly as the program writes it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from email.utils import format_datetime
from pathlib import Path

from sqlalchemy.orm import Session

from bounceback import paths
from bounceback.db.enums import DocumentKind, EventKind, Status
from bounceback.db.store import open_store
from bounceback.services import applications, documents, events
from bounceback.services.example_data import write_journey

# Beside this script, whether it is run, imported by another script or loaded by a test.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_files import COVER_LETTER, POSTING, cv_pdf, rejection_mail


def seed(db: Path, today: dt.date | None = None) -> None:
    store = open_store(db)
    day = today or dt.date.today()
    with store.session() as s, s.begin():
        written = write_journey(s, day, marked=False)
        add_files(s, written.applications, day)
    store.close()


def add_files(s: Session, app_ids: list[int], today: dt.date) -> None:
    """The CV sent to Northwind and Contoso (kept once), Northwind's posting, letter and the
    e-mail of its "no" on the rejection; and a job saved to apply to, with a deadline."""
    north, contoso = app_ids[0], app_ids[1]
    cv = cv_pdf()
    documents.attach(s, north, "Alex Morgan CV.pdf", cv, kind=DocumentKind.CV,
                     today=today - dt.timedelta(days=41))
    documents.attach(s, north, "Cover letter Northwind.txt", COVER_LETTER.encode(),
                     today=today - dt.timedelta(days=41))
    documents.attach(s, north, "Northwind job posting.txt", POSTING.encode(),
                     kind=DocumentKind.JOB_DESCRIPTION, today=today - dt.timedelta(days=42))
    documents.attach(s, contoso, "Alex Morgan CV.pdf", cv, kind=DocumentKind.CV,
                     today=today - dt.timedelta(days=20))
    rejection = next(e for e in events.list_events(s, north) if e.kind == EventKind.REJECTION)
    sent = dt.datetime.combine(rejection.occurred_on, dt.time(10, 12), dt.UTC)
    documents.attach(s, north, "Your application for Senior product designer.eml",
                     rejection_mail(format_datetime(sent)), event_id=rejection.id,
                     today=rejection.occurred_on)
    applications.create_application(s, applications.ApplicationInput(
        company="Lucerne Publishing", role="Service designer", status=Status.SAVED,
        link="https://jobs.example.org/lucerne/88", deadline=today + dt.timedelta(days=9),
        job_description="Service designer for our reader subscriptions: research, journey "
                        "maps and prototypes with the product team."),
        today=today - dt.timedelta(days=2))


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
