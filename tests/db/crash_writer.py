"""A child process for tests/db/test_crash_safety.py: writes through the real store until killed.

Run as ``python -m tests.db.crash_writer DB_PATH`` from the repository root. It prints
``ready`` once the store is open, then one line with the record's number after each commit
(flushed, so the parent knows exactly which commits were reported before the kill).

Each commit adds one application and one check-in about it whose long journal is a pure
function of the number, so the parent can tell a torn or mixed-up row from an intact one.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

# Mixed scripts and widths, so rows span pages and bytes are not all one-byte characters.
PIECES = (
    "I keep replaying the second interview. ",
    "Ich hätte die Frage zur Führung anders beantworten können. ",
    "ربما كان القرار عن الراتب فقط. ",
    "אולי זה בכלל לא היה עליי. ",
    "深呼吸して、明日また始めよう。 ",
    "🙂 🌧️→🌤️ 👩🏽‍💻 🇳🇱 ",
)


def company(n: int) -> str:
    return f"Company {n}"


def journal(n: int) -> str:
    """The journal of record ``n``: 5 to 60 thousand characters, different for every n."""
    size = 5_000 + (n * 7_919) % 55_000
    text, i = [f"Entry {n}. "], n
    length = len(text[0])
    while length < size:
        piece = PIECES[i % len(PIECES)]
        text.append(piece)
        length += len(piece)
        i += 1
    return "".join(text)[:size].strip() + f" End of entry {n}."


def main(db_path: str) -> None:
    from sqlalchemy import func, select

    from bounceback.db.enums import Source, Status
    from bounceback.db.models import Application
    from bounceback.db.store import open_store
    from bounceback.services import applications, checkins

    store = open_store(Path(db_path))
    with store.session() as s:
        n = s.scalar(select(func.count()).select_from(Application)) or 0
    print("ready", flush=True)
    while True:
        n += 1
        with store.session() as s, s.begin():
            app = applications.create_application(s, applications.ApplicationInput(
                company=company(n), role="Engineer", applied_on=dt.date(2025, 3, 1),
                source=Source.DIRECT, status=Status.REJECTED, notes=journal(n)[:2_000],
            ))
            checkins.create_checkin(s, checkins.CheckInInput(
                felt_at=dt.datetime(2025, 3, 2, 21, 0), emotions=(("disbelief", 7),),
                journal=journal(n), application_id=app.id,
            ))
        print(n, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
