"""Helpers for widget tests over the whole window: the main window as the program opens it,
clicks where a person clicks, and answering a modal dialog that ``exec()`` opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from bounceback import paths
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow


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
