"""The window's first size and its splitters suit the screens people have: on a 1280×800
laptop and on a 1920×1080 monitor, every list beside a detail gets about a third of the
width (enough for its names, never the larger part), and the detail keeps room for a form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSplitter

from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import first_size
from tests.db.storekit import fill
from tests.ui.window_kit import make_window

# A screen's free area (the panel taken off) → the window's first size.
SCREENS = {"1280x800": QSize(1280, 770), "1920x1080": QSize(1920, 1050)}
# The list's share of a side-by-side split.
LIST_SHARE = (0.28, 0.45)
LIST_MIN_PX = 400
DETAIL_MIN_PX = 640


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_split_gives_the_list_a_third_and_the_detail_its_room(
        qtbot, ops: Ops, screen: str) -> None:
    fill(ops.store)  # an application and check-ins: the lists have rows
    window = make_window(qtbot, ops)
    size = first_size(SCREENS[screen])
    window.resize(size)
    qtbot.waitUntil(lambda: window.width() == size.width())
    seen = 0
    for index, key in enumerate(window.tabs.tab_keys()):
        qtbot.keyClick(window, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier)
        page = window.tabs.page(key)
        qtbot.waitUntil(page.isVisible)
        for split in page.findChildren(QSplitter):
            if not split.isVisible() or split.orientation() != Qt.Orientation.Horizontal:
                continue
            first, *rest = split.sizes()
            total = first + sum(rest)
            assert LIST_SHARE[0] <= first / total <= LIST_SHARE[1], (key, split.sizes())
            assert first >= LIST_MIN_PX and sum(rest) >= DETAIL_MIN_PX, (key, split.sizes())
            seen += 1
    # Bounce back, Timeline and Check-in are lists beside a detail (Feedback's shows once an
    # application is chosen).
    assert seen >= 3
