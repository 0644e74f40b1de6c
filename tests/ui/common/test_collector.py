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


def test_what_the_start_made_is_set_aside_and_garbage_made_after_is_still_freed(qapp) -> None:
    guard = collector.install(qapp)
    kept = [Knot() for _ in range(100)]  # made "at the start", and kept
    try:
        collector.settle()
        frozen = gc.get_freeze_count()
        assert frozen >= 100
        # A full collection no longer walks them (they are out of every generation)...
        assert all(not gc.is_tracked(k) or k not in gc.get_objects(2) for k in kept[:3])
        # ... and cycles made afterwards are freed as before.
        for _ in range(3000):
            Knot()
        assert guard.check() > 0
    finally:
        gc.unfreeze()
        del kept
