"""Helpers for the privacy widget tests: an encrypted store, data through the services, the
main window, and answering a modal dialog that ``exec()`` opens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from bounceback import paths
from bounceback.db import backups
from bounceback.db.store import Store, is_encrypted, open_store
from bounceback.services import applications, checkins
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow

SECRET = "correct horse"


def open_secret_store() -> Store:
    return open_store(paths.database_path(), backups=paths.backups_dir(), passphrase=SECRET)


def settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def make_window(qtbot, ops: Ops) -> MainWindow:
    w = MainWindow(ops, settings())
    # A window left locked would refuse every key and click of the tests after this one
    # until Qt gets round to deleting it: unlock it before it is closed.
    qtbot.addWidget(w, before_close_func=unlock_for_teardown)
    # Shortcuts only reach the active window.
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


def unlock_for_teardown(w: MainWindow) -> None:
    w.lock.set_idle_minutes(0)
    if w.lock.locked:
        assert w.lock.unlock(w.ops.store.key or "")


def add_application(store: Store, company: str, role: str = "Designer") -> int:
    with store.session() as s, s.begin():
        return applications.create_application(
            s, applications.ApplicationInput(company, role, applied_on=dt.date(2025, 3, 1))
        ).id


def add_checkin(store: Store, journal: str) -> int:
    with store.session() as s, s.begin():
        return checkins.create_checkin(
            s, checkins.CheckInInput(felt_at=dt.datetime(2025, 3, 10, 9, 30),
                                     emotions=(("frustration", 3),), journal=journal),
        ).id


def companies(ops: Ops) -> list[str]:
    return sorted(a.company for a in ops.read(applications.list_applications))


def journals(ops: Ops) -> list[str]:
    return sorted(c.journal for c in ops.read(checkins.list_checkins))


def backup_files() -> list[Path]:
    return [b.path for b in backups.list_backups(paths.backups_dir())]


def all_encrypted(files: list[Path]) -> bool:
    return bool(files) and all(is_encrypted(p) for p in files)


def answer_modal(act: Callable[[QWidget], None], *, tries: int = 500) -> None:
    """Run ``act`` on the modal dialog the next ``exec()`` opens.

    Whatever ``act`` does, the dialog is closed afterwards if it is still open, so a failing
    test never hangs on it (pytest-qt reports the error).
    """
    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left > 0:
                QTimer.singleShot(10, lambda: attempt(left - 1))
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.close()

    QTimer.singleShot(0, lambda: attempt(tries))


def click(qtbot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator: a wide one's middle may be empty
    space beside its text, which does not count as a click on it."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
