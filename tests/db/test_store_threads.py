"""A store opened on one thread is used on others: the window unlocks an encrypted store on a
worker (the key derivation is slow on purpose), then reads and writes it on the UI thread and
on its own workers. The engine's pool keeps the connection the worker made; its connections
are made with ``check_same_thread=False`` (db/store.py make_engine), so any thread may use
it, one at a time, and close it."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from bounceback.db.store import Store, open_store
from bounceback.services import checkins
from tests.db.storekit import COMPANY, KEY, companies, fill, journals, opened


def _open_on_a_worker(db: Path, backups: Path, key: str | None) -> tuple[Store, int]:
    got: dict[str, Any] = {}

    def work() -> None:
        try:
            got["store"] = open_store(db, backups=backups, passphrase=key)
        except BaseException as exc:  # seen by the test, not lost with the thread
            got["error"] = exc
        got["thread"] = threading.get_ident()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert not worker.is_alive()
    if "error" in got:
        raise got["error"]
    return got["store"], got["thread"]


@pytest.mark.parametrize("key", [KEY, None], ids=["encrypted", "plain"])
def test_a_store_opened_on_a_worker_serves_this_thread_and_others(
    db: Path, backups: Path, key: str | None
) -> None:
    with opened(db, backups, key) as s:
        fill(s, checkins_count=2)
    store, worker = _open_on_a_worker(db, backups, key)
    made: list[int] = []
    event.listen(store.engine, "connect", lambda *_args: made.append(threading.get_ident()))
    try:
        assert worker != threading.get_ident()
        # The worker's first query left its connection in the pool ...
        assert store.engine.pool.checkedin() == 1
        # ... and this thread reads and writes through that very connection.
        assert companies(store) == [COMPANY]
        with store.write() as s:
            checkins.create_checkin(s, checkins.CheckInInput(
                felt_at=dt.datetime(2026, 11, 2, 9, 30), emotions=(("relief", 3),),
                journal="Written on the UI thread"))
        assert made == []
        # Another worker after it, as Ops.read_later's are.
        seen: dict[str, object] = {}
        reader = threading.Thread(target=lambda: seen.update(journals=journals(store)))
        reader.start()
        reader.join(60)
        assert "Written on the UI thread" in seen["journals"]  # type: ignore[operator]
    finally:
        store.close()  # closes here the connection the worker made
    assert store.engine.pool.checkedin() == 0
