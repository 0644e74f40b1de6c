"""Fixtures for widget tests, in this folder and the per-tab folders below it: a real store in
the test's own data folder, Ops over it, the main window over that, and scripted answers to
the app's questions. Data for them comes from tests/builders.py; helpers shared by several
tab folders from the *_kit.py modules here (window_kit, screen_kit)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from bounceback.db.store import Store
from bounceback.ui import appearance, language
from bounceback.ui.common import collector, dialogs, wheel_guard
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow
from tests.ui.window_kit import make_window


@pytest.fixture(scope="session", autouse=True)
def guarded_wheel(qapp) -> None:
    """The wheel as the program has it (bounceback.app.configure_application installs it),
    and garbage collected on the window's thread only, as the program does."""
    wheel_guard.install(qapp)
    collector.install(qapp)


@pytest.fixture(scope="session", autouse=True)
def english(qapp) -> None:
    """English with its plural forms ("1 application", never "1 application(s)"), as the
    program speaks it from the start (bounceback.app applies the language before the first
    window). Tests that switch language switch back with language.apply(language.SOURCE)."""
    language.apply(language.SOURCE)


@pytest.fixture
def opened() -> Iterator[list[Store]]:
    """Stores the tests open, closed afterwards."""
    found: list[Store] = []
    yield found
    for s in found:
        s.close()


@pytest.fixture
def ops(store: Store, qapp) -> Ops:
    return Ops(store)


@pytest.fixture
def window(qtbot, ops: Ops, answers) -> MainWindow:
    """The main window over the test's store, shown and active; modal questions answered by
    ``answers``. Modules with a window of their own (an encrypted store, a tiny one) define
    their own ``window``."""
    return make_window(qtbot, ops)


class Answers:
    """Scripted answers for the app's questions, and a record of what was asked."""

    def __init__(self) -> None:
        self.delete = True
        self.unsaved = dialogs.Unsaved.DISCARD
        self.asked: list[str] = []
        self.warnings: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[Answers]:
    """Replace modal questions with scripted answers, so tests never block on a dialog."""
    a = Answers()

    def confirm_delete(parent, title, text) -> bool:
        a.asked.append(f"delete: {text}")
        return a.delete

    def ask_unsaved(parent, what) -> dialogs.Unsaved:
        a.asked.append(f"unsaved: {what}")
        return a.unsaved

    def warning(parent, title, text, *args, **kwargs):
        a.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(dialogs, "confirm_delete", confirm_delete)
    monkeypatch.setattr(dialogs, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    yield a


@pytest.fixture(autouse=True)
def fresh_guesses() -> Iterator[None]:
    """Wrong passphrases are counted for the whole process; each test starts from none."""
    from bounceback.ui.privacy import passphrase

    passphrase.GUESSES.succeeded()
    yield
    passphrase.GUESSES.succeeded()


@pytest.fixture(autouse=True)
def no_dictionary_store() -> Iterator[None]:
    """Words added to the dictionary go to the store a window attached; none outlives its
    test."""
    from bounceback.ui.common import spelling

    yield
    spelling.use_store(None)


# --- the looks a screen is checked in ---------------------------------------------------------

@pytest.fixture(params=[appearance.LIGHT, appearance.DARK_MODE])
def mode(request, qapp) -> Iterator[str]:
    """The program's own Light or Dark, put back to the desktop's afterwards."""
    saved = QPalette(QApplication.palette())
    appearance.apply(request.param)
    yield request.param
    appearance.apply(appearance.SYSTEM)
    QApplication.setPalette(saved)


@pytest.fixture(params=[1.0, 1.6], ids=["1x", "1.6x"])
def font_scale(request, qapp) -> Iterator[float]:
    """The system font as it is, and 1.6 times as large."""
    saved = QFont(QApplication.font())
    font = QFont(saved)
    font.setPointSizeF(saved.pointSizeF() * request.param)
    QApplication.setFont(font)
    yield request.param
    QApplication.setFont(saved)


@pytest.fixture(params=["en", "es"])
def spoken(request, qapp) -> Iterator[str]:
    """English and Spanish, English again afterwards."""
    assert language.apply(request.param)
    yield request.param
    language.apply(language.SOURCE)
