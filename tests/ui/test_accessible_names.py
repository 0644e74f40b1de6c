"""Every control a keyboard can reach has a name a screen reader can say (issue 8).

The test opens every tab of the real window on a store with data in every table, and every
sub-tab inside it, and fails on a focusable widget whose accessible name is empty. The name
is what Qt's accessibility layer reports, so a label's buddy counts, as it does for screen
readers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from bounceback.ui.main_window import MainWindow
from tests.ui.screen_kit import unnamed
from tests.ui.walk import close_window, tiny_window, visit


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    w = tiny_window(qtbot, tmp_path)
    yield w
    close_window(w)


def test_every_focusable_control_on_every_tab_has_a_name(qtbot, window) -> None:
    problems: dict[str, list[str]] = {}
    for where, page in visit(qtbot, window):
        missing = unnamed(page)
        if missing:
            problems[where] = missing
    assert problems == {}


def test_the_check_finds_an_unnamed_control(qtbot) -> None:
    """The check itself can fail: a bare field with no label is reported."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root).addWidget(QLineEdit(root))
    root.show()
    assert unnamed(root) == ["QLineEdit in QWidget"]
