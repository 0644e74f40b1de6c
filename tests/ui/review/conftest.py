"""The Review tab as its tests open it: over the test's store, shown at a usual size, with
modal questions answered by ``answers``."""

from __future__ import annotations

import pytest

from bounceback.ui.review.tab import ReviewTab


@pytest.fixture
def tab(qtbot, ops, answers) -> ReviewTab:
    t = ReviewTab(ops)
    qtbot.addWidget(t)
    t.resize(1180, 720)
    t.show()
    return t
