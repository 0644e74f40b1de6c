"""Background reads (``Ops.read_later`` / ``LatestRead``): answers arrive on the UI thread,
only the newest counts, a failure is reported, and a widget gone meanwhile gets nothing."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from bounceback.ui.common.ops import LatestRead, Ops


def test_the_answer_comes_on_the_ui_thread(qtbot, ops: Ops) -> None:
    got: list[tuple[int, bool]] = []
    read = LatestRead(ops)
    read.start(lambda _s: 42, lambda v: got.append(
        (v, threading.current_thread() is threading.main_thread())))
    assert read.pending
    qtbot.waitUntil(lambda: not read.pending)
    assert got == [(42, True)]


def test_only_the_newest_answer_counts(qtbot, ops: Ops) -> None:
    release = threading.Event()
    got: list[str] = []
    read = LatestRead(ops)

    def slow(_s: object) -> str:
        release.wait(5)
        return "old"

    read.start(slow, got.append)
    qtbot.wait(100)  # the old read is under way…
    read.start(lambda _s: "new", got.append)  # …and waits its turn behind it
    qtbot.wait(100)
    assert got == [] and read.pending
    release.set()  # the old one comes back, and is dropped; then the new one runs
    qtbot.waitUntil(lambda: got == ["new"])
    qtbot.wait(100)
    assert got == ["new"]
    assert not read.pending


def test_a_read_no_longer_wanted_when_its_turn_comes_is_skipped(qtbot, ops: Ops) -> None:
    release = threading.Event()
    ran: list[str] = []
    first, second = LatestRead(ops), LatestRead(ops)

    def hold(_s: object) -> None:
        release.wait(5)

    def record(_s: object) -> str:
        ran.append("ran")
        return "done"

    first.start(hold, lambda _v: None)
    qtbot.wait(100)
    second.start(record, lambda _v: None)  # queued behind the first…
    second.cancel()  # …and no longer wanted before its turn
    release.set()
    qtbot.waitUntil(lambda: not first.pending)
    qtbot.wait(200)
    assert ran == []  # never read at all


def test_a_failed_read_is_reported_and_not_pending(qtbot, ops: Ops) -> None:
    failed: list[bool] = []
    read = LatestRead(ops)

    def broken(_s: object) -> None:
        raise OSError("disk gone")

    read.start(broken, lambda _v: failed.append(False), lambda: failed.append(True))
    qtbot.waitUntil(lambda: not read.pending)
    assert failed == [True]


def test_an_answer_for_a_widget_that_is_gone_is_dropped(qtbot, ops: Ops) -> None:
    release = threading.Event()
    label = QLabel()
    read = LatestRead(ops, label)
    got: list[str] = []

    def slow(_s: object) -> str:
        release.wait(5)
        return "late"

    read.start(slow, lambda v: (got.append(v), label.setText(v)))
    label.deleteLater()
    qtbot.wait(50)
    release.set()
    qtbot.wait(300)
    assert got == []


def test_nothing_starts_while_the_store_is_being_replaced(ops: Ops) -> None:
    ops.hold_for_swap()
    read = LatestRead(ops)
    assert not read.start(lambda _s: 1, lambda _v: None)
    assert not read.pending


def test_reads_take_turns_on_one_thread_that_stays(qtbot, ops: Ops) -> None:
    """One thread for every background read, in the order asked: the window's thread never
    waits for a new thread to start (a read is asked for at every application opened)."""
    seen: list[tuple[int, int]] = []
    done: list[int] = []
    for n in range(4):
        ops.read_later(lambda _s, n=n: seen.append((n, threading.get_ident())) or n,
                       on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 4)
    assert [n for n, _t in seen] == [0, 1, 2, 3] and done == [0, 1, 2, 3]
    threads = {t for _n, t in seen}
    assert len(threads) == 1 and threading.main_thread().ident not in threads
    # Later reads come to the same thread.
    ops.read_later(lambda _s: threading.get_ident(), on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 5)
    assert done[-1] in threads
