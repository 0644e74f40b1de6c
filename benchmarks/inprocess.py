"""Timings inside one process: the real MainWindow driven through its widgets, and the
services behind export, import, backup and unlocking.

Each UI timing wraps one user action and ``processEvents()`` afterwards, so the repaint the
action caused is counted too (offscreen, Qt still lays out and paints into its buffer).
Modal questions are answered by script, as in the widget tests, so nothing can block.
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from benchmarks import text as words
from bounceback.db import models as m
from bounceback.db.store import Store, open_store

# A filter someone types, one key at a time (a company-ish word, then a role word).
TYPED = "harbor design"
SEARCHES = ["interview", "salary feedback", '"thank note"', "résumé", "面接", "nervous",
            "leadership", "Müller", "ça ira", "nothingmatchesthis"]


def summary(times_ms: list[float]) -> dict[str, float | int]:
    return {
        "median_ms": round(statistics.median(times_ms), 3),
        "min_ms": round(min(times_ms), 3),
        "max_ms": round(max(times_ms), 3),
        "n": len(times_ms),
    }


def timed(fn: Callable[[], object], runs: int, before: Callable[[], object] | None = None
          ) -> list[float]:
    out = []
    for _ in range(runs):
        if before is not None:
            before()
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


@contextmanager
def scripted_dialogs() -> Iterator[None]:
    """Unsaved-changes questions are answered "discard", warnings just noted."""
    from PySide6.QtWidgets import QMessageBox

    from bounceback.ui.common import dialogs

    saved = dialogs.ask_unsaved, dialogs.confirm_delete, QMessageBox.warning
    dialogs.ask_unsaved = lambda *_a, **_k: dialogs.Unsaved.DISCARD  # type: ignore[assignment]
    dialogs.confirm_delete = lambda *_a, **_k: True  # type: ignore[assignment]
    QMessageBox.warning = staticmethod(  # type: ignore[method-assign]
        lambda *_a, **_k: QMessageBox.StandardButton.Ok)
    try:
        yield
    finally:
        dialogs.ask_unsaved, dialogs.confirm_delete = saved[0], saved[1]  # type: ignore[misc]
        QMessageBox.warning = saved[2]  # type: ignore[method-assign]


def long_histories(store: Store, n: int = 50) -> list[tuple[int, bool]]:
    """(id, archived) of applications with exactly ``n`` events."""
    with store.session() as s:
        counts = (select(m.Event.application_id, func.count().label("n"))
                  .group_by(m.Event.application_id).subquery())
        rows = s.execute(select(m.Application.id, m.Application.archived)
                         .join(counts, counts.c.application_id == m.Application.id)
                         .where(counts.c.n == n)).all()
    return [(i, bool(a)) for i, a in rows]


def measure_ui(store: Store, workdir: Path, runs: int) -> dict[str, Any]:
    """The window on ``store``: keystrokes, tab switches, opening an application, saving a
    check-in, and a search. ``store`` is changed (check-ins are added): pass a copy."""
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bounceback.app import configure_application
    from bounceback.services import checkins, search
    from bounceback.ui.common.ops import Ops
    from bounceback.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    configure_application(app)  # type: ignore[arg-type]
    results: dict[str, Any] = {}
    with scripted_dialogs():
        ops = Ops(store)
        settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
        t0 = time.perf_counter()
        window = MainWindow(ops, settings)
        window.show()
        app.processEvents()
        results["window_build_in_process"] = summary([(time.perf_counter() - t0) * 1000])
        try:
            results.update(_keystrokes(app, window, QTest, runs))
            results.update(_tab_switches(app, window, runs))
            results.update(_open_application(app, window, store, runs))
            results.update(_board(app, window, QTest, runs))
            results.update(_save_checkin(app, window, ops, checkins, runs))
            results["search"] = summary([
                t for q in SEARCHES
                for t in timed(lambda q=q: ops.read(search.search, q), max(1, runs // 2))
            ])
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
    return results


def _keystrokes(app: Any, window: Any, qtest: Any, runs: int) -> dict[str, Any]:
    window.tabs.setCurrentWidget(window.timeline)
    field = window.timeline.list.search
    times: list[float] = []
    for _ in range(max(1, runs // 2)):
        field.clear()
        app.processEvents()
        for ch in TYPED:
            t0 = time.perf_counter()
            qtest.keyClicks(field, ch)
            app.processEvents()
            times.append((time.perf_counter() - t0) * 1000)
    field.clear()
    app.processEvents()
    return {"filter_keystroke": summary(times)}


def _tab_switches(app: Any, window: Any, runs: int) -> dict[str, Any]:
    """Every tab in turn. The first visit of each is reported apart: tabs may load lazily."""
    first: dict[str, float] = {}
    later: dict[str, list[float]] = {}
    count = window.tabs.count()
    start = window.tabs.currentIndex()
    for r in range(runs + 1):
        for step in range(1, count + 1):
            i = (start + step) % count
            t0 = time.perf_counter()
            window.tabs.setCurrentIndex(i)
            app.processEvents()
            ms = (time.perf_counter() - t0) * 1000
            key = window.current_page().key
            if r == 0 and key not in first:
                first[key] = ms
            else:
                later.setdefault(key, []).append(ms)
    return {
        "tab_switch": summary([t for v in later.values() for t in v]),
        "tab_switch_first_visit": summary(list(first.values())),
        "tab_switch_by_tab": {k: round(statistics.median(v), 3) for k, v in later.items()},
        "tab_switch_first_visit_by_tab": {k: round(v, 3) for k, v in first.items()},
    }


def _open_application(app: Any, window: Any, store: Store, runs: int) -> dict[str, Any]:
    found = long_histories(store)
    if not found:
        return {}
    tl = window.timeline
    window.tabs.setCurrentWidget(tl)
    if any(archived for _i, archived in found) and not tl.list.show_archived.isChecked():
        tl.list.show_archived.setChecked(True)
        app.processEvents()
    # A short-history one to step away to, so each open of a long one is a real open.
    ids = [i for i, _a in found]
    times: list[float] = []
    for r in range(runs):
        target = ids[r % len(ids)]
        other = ids[(r + 1) % len(ids)]
        for app_id, timed_open in ((other, False), (target, True)):
            row = tl.list.model.row_of_id(app_id)
            index = tl.list.proxy.mapFromSource(tl.list.model.index(row, 0))
            t0 = time.perf_counter()
            tl.list.view.setCurrentIndex(index)  # as a click on the row does
            app.processEvents()
            if timed_open:
                times.append((time.perf_counter() - t0) * 1000)
    return {"open_application_50_events": summary(times)}


def _board(app: Any, window: Any, qtest: Any, runs: int) -> dict[str, Any]:
    """The Timeline's board of every application: shown the first time, read again (as after
    any change), and a card moved one column on and back with Ctrl+Right and Ctrl+Left (the
    move written and the board shown again)."""
    from PySide6.QtCore import Qt

    from bounceback.db.enums import Status

    tl = window.timeline
    window.tabs.setCurrentWidget(tl)
    app.processEvents()
    t0 = time.perf_counter()
    tl.board_button.click()
    app.processEvents()
    first = (time.perf_counter() - t0) * 1000

    def refresh() -> None:
        tl.refresh()
        app.processEvents()

    out = {"board_first_show": summary([first]), "board_refresh": summary(timed(refresh, runs))}
    column = tl.board.columns[Status.APPLIED]
    if column.model.rowCount():
        tl.board.select_id(column.model.cards()[0].id)
        moves: list[float] = []
        for _ in range(runs):
            for key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
                holder = tl.board.column_of(tl.board.current_id())
                t0 = time.perf_counter()
                qtest.keyClick(holder.view, key, Qt.KeyboardModifier.ControlModifier)
                app.processEvents()
                moves.append((time.perf_counter() - t0) * 1000)
        out["board_move_card"] = summary(moves)
    tl.board_button.click()  # the list again, for what is measured next
    app.processEvents()
    return out


def _save_checkin(app: Any, window: Any, ops: Any, checkins: Any, runs: int) -> dict[str, Any]:
    tab = window.checkin
    window.tabs.setCurrentWidget(tab)
    app.processEvents()
    rng = random.Random(11)
    before = len(ops.read(checkins.list_checkins))
    times: list[float] = []
    for _ in range(runs):
        tab.new_checkin()
        tab.form.emotions.set_value((("hope", 6), ("worry", 4)))
        tab.form.journal.setPlainText(words.words(rng, 150))
        app.processEvents()
        t0 = time.perf_counter()
        window.save_current()  # File → Save, Ctrl+S
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    saved = len(ops.read(checkins.list_checkins)) - before
    if saved != runs:
        raise RuntimeError(f"saving a check-in: {saved} of {runs} were saved")
    return {"save_checkin": summary(times)}


# --- without a window -----------------------------------------------------------------------


def measure_exchange(store: Store, workdir: Path, runs: int) -> dict[str, Any]:
    """Export the whole store as JSON, import it into an empty store, take a backup."""
    from bounceback.db.backups import take_backup
    from bounceback.services.exchange import json_format

    exported = workdir / "export.json"

    def export() -> None:
        with store.session() as s:
            json_format.write_json(s, exported)

    counter = iter(range(10**6))

    def import_into_new() -> None:
        target = open_store(workdir / f"import-{next(counter)}" / "bounceback.sqlite3")
        try:
            with target.session() as s, s.begin():
                json_format.import_json(s, exported)
        finally:
            target.close()

    backups = workdir / "backups"
    out = {
        "export_json": summary(timed(export, runs)),
        "import_json": summary(timed(import_into_new, runs)),
        "backup": summary(timed(
            lambda: take_backup(store.path, store.key, backups, "bench"), runs)),
        "export_json_mb": round(exported.stat().st_size / 1e6, 1),
    }
    # The import must really have brought everything over.
    check = open_store(workdir / "import-0" / "bounceback.sqlite3")
    try:
        with check.session() as s, store.session() as src:
            for model in (m.Application, m.Event, m.CheckIn, m.ActionItem):
                got = s.scalar(select(func.count()).select_from(model))
                want = src.scalar(select(func.count()).select_from(model))
                if got != want:
                    raise RuntimeError(f"import brought {got} of {want} {model.__tablename__}")
    finally:
        check.close()
    for folder in workdir.glob("import-*"):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(backups, ignore_errors=True)
    return out


def encrypted_copy(plain: Path, folder: Path, passphrase: str) -> Path:
    """The same store, encrypted the way File → Privacy does it."""
    from bounceback.db import cipher

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / plain.name
    shutil.copy2(plain, target)
    cipher.convert_file(target, None, passphrase)
    return target


def measure_unlock(path: Path, passphrase: str | None, runs: int) -> dict[str, float | int]:
    """Open the store (with its passphrase) and read from it once: what stands between the
    passphrase box and the first screen."""

    def unlock() -> None:
        store = open_store(path, passphrase=passphrase)
        try:
            with store.engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM applications")).scalar()
        finally:
            store.close()

    return summary(timed(unlock, runs))


def discard(folder: Path) -> None:
    """Remove a throw-away data folder, and the log folder the program put beside it."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(folder.with_name(folder.name + "-logs"), ignore_errors=True)


def fresh_copy(path: Path) -> tuple[Path, Path]:
    """A throw-away data folder holding a copy of the store at ``path``."""
    folder = Path(tempfile.mkdtemp(prefix="bounceback-bench-"))
    for suffix in ("", "-wal"):  # a write-ahead log not yet folded in is part of the data
        src = path.with_name(path.name + suffix)
        if src.exists():
            shutil.copy2(src, folder / src.name)
    return folder, folder / path.name
