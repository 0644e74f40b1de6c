"""Slow work off the UI thread, with a progress dialog the person can see.

Like Orange3's widgets, the work is a plain function that takes a ``progress(done, total)``
callback; it runs on a worker thread and must not touch any widget. Its result (or its error)
comes back to the UI thread through queued signals, where ``on_done``/``on_error`` run.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

# Tasks still running, so neither they nor their dialogs are collected early.
_running: set[Task] = set()

# The tasks that take turns (background reads: Ops.read_later) run one after another on one
# thread that stays, not on a thread each: starting a thread keeps the window's thread
# waiting until the new one runs, a millisecond and more when the machine is busy, and a
# read is started at every application opened (its earlier tries at the company).
_turns: queue.SimpleQueue[Task] = queue.SimpleQueue()
_turn_taker: threading.Thread | None = None
_turn_lock = threading.Lock()


def _take_turns() -> None:
    while True:
        _turns.get()._work()


class Task(QObject):
    """One piece of background work. ``finished`` fires on the UI thread either way."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.succeeded.connect(self._store_result)
        self.failed.connect(self._store_error)

    def start(self) -> None:
        self.running = True
        _running.add(self)
        threading.Thread(target=self._work, name="bounceback-task", daemon=True).start()

    def start_in_turn(self) -> None:
        """Run after the tasks started in turn before it, on their one thread."""
        global _turn_taker
        self.running = True
        _running.add(self)
        with _turn_lock:
            if _turn_taker is None or not _turn_taker.is_alive():
                _turn_taker = threading.Thread(target=_take_turns, name="bounceback-turns",
                                               daemon=True)
                _turn_taker.start()
        _turns.put(self)

    def _work(self) -> None:
        try:
            result = self._fn(lambda done, total: self._tell(self.progressed, done, total))
        except BaseException as exc:  # Reported on the UI thread; the worker never dies loudly.
            log.warning("Background work failed: %s", type(exc).__name__)
            self._tell(self.failed, exc)
        else:
            self._tell(self.succeeded, result)

    def _tell(self, signal: SignalInstance, *values: object) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:
            # The window the work was for closed meanwhile (a quit right after the start),
            # taking this object with it: nobody is left to tell.
            _running.discard(self)

    def _store_result(self, result: Any) -> None:
        self.result = result
        self._finish()

    def _store_error(self, exc: BaseException) -> None:
        self.error = exc
        self._finish()

    def _finish(self) -> None:
        self.running = False
        _running.discard(self)
        self.finished.emit()


def run_in_background(
    parent: QWidget | None,
    label: str,
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    show_dialog: bool = True,
) -> Task:
    """Run ``fn(progress)`` on a worker; a window-modal progress dialog shows meanwhile.

    The dialog appears only if the work takes more than a moment, and has no Cancel: the
    work here (backups, conversions, imports) must finish whole or not at all.
    """
    task = Task(fn)
    dialog: QProgressDialog | None = None
    if show_dialog:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)

        def show_progress(done: int, total: int) -> None:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))

        task.progressed.connect(show_progress)

    def finished() -> None:
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        if task.error is not None:
            if on_error is not None:
                on_error(task.error)
            else:
                raise task.error
        elif on_done is not None:
            on_done(task.result)

    task.finished.connect(finished)
    task.start()
    return task
