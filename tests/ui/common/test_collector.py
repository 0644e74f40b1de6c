"""Garbage is collected on the window's thread only: a background read never frees a Qt
object (which crashed a test run, collecting in a worker thread)."""

from __future__ import annotations

import gc
import threading

from bounceback.ui.common import collector


class Knot:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_automatic_collection_is_off_and_the_window_thread_collects(qapp) -> None:
    guard = collector.install(qapp)
    assert not gc.isenabled()
    freed: list[str] = []

    def note(phase: str, info: dict) -> None:
        if phase == "stop" and info.get("collected"):
            freed.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        # Allocating on another thread never collects there...
        worker = threading.Thread(target=lambda: [Knot() for _ in range(5000)], name="worker")
        worker.start()
        worker.join()
        assert freed == []
        # ... the window's thread does, as often as Python would have.
        assert guard.check() > 0
        assert set(freed) == {threading.current_thread().name}
    finally:
        gc.callbacks.remove(note)
    assert guard.timer.isActive()
