"""The window's tab bar shows when the keyboard is on it (issue 18): Fusion only tints the
focused tab, which can't be told from the others, so the program's style rings it, in light,
in dark and when following a system whose style is Fusion. Reached with real Tab presses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionTab, QTabBar

from bounceback.ui import appearance
from bounceback.ui.main_window import MainWindow
from bounceback.ui.theme import tokens


@pytest.fixture
def back_to_system(qapp) -> Iterator[None]:
    saved = QPalette(QApplication.palette())
    yield
    appearance.apply(appearance.SYSTEM)
    QApplication.setPalette(saved)
    QApplication.processEvents()


def tab_to(window: MainWindow, bar: QTabBar) -> None:
    """Press Tab until the keyboard is on ``bar``."""
    window.tabs.currentWidget().setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(100):
        here = QApplication.focusWidget()
        if here is bar:
            return
        QTest.keyClick(here or window, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the tab bar")


def ring_pixels(image: QImage, rect: QRect, colour: QColor) -> int:
    """How many pixels of ``rect`` are exactly ``colour``."""
    scale = image.devicePixelRatio()
    return sum(image.pixelColor(int(x * scale), int(y * scale)) == colour
               for x in range(rect.left(), rect.right() + 1)
               for y in range(rect.top(), rect.bottom() + 1))


@pytest.mark.parametrize("mode", [appearance.LIGHT, appearance.DARK_MODE, appearance.SYSTEM])
def test_the_tab_with_the_keyboard_focus_is_ringed(qtbot, qapp, back_to_system,
                                                   window: MainWindow, mode: str) -> None:
    appearance.apply(mode)
    QApplication.processEvents()
    assert appearance.style_name(qapp) == "fusion"  # as in these tests
    bar = window.tabs.tabBar()
    tab_to(window, bar)
    option = QStyleOptionTab()
    bar.initStyleOption(option, bar.currentIndex())
    focus = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    assert option.state & focus == focus

    colour = appearance.ring_colour(bar.palette())
    assert appearance.contrast(colour, bar.palette().color(QPalette.ColorRole.Window)) >= 3
    rect = bar.tabRect(bar.currentIndex())
    focused = ring_pixels(bar.grab().toImage(), rect, colour)
    QTest.keyClick(bar, Qt.Key.Key_Tab)  # the keyboard leaves the bar
    assert not bar.hasFocus()
    unfocused = ring_pixels(bar.grab().toImage(), rect, colour)
    # A ring all round the tab, less its rounded corners, in the ring's own colour.
    assert focused - unfocused >= rect.width() + rect.height()


def test_the_ring_colour_stands_out_in_both_palettes() -> None:
    for palette in (appearance.light_palette(), appearance.dark_palette()):
        colour = appearance.ring_colour(palette)
        assert appearance.contrast(colour, palette.color(QPalette.ColorRole.Window)) >= 3
    # Both ring in the theme's accent: Light in its highlight; Dark's highlight is a deep
    # fill under white text, so the lighter mark of its accent rings instead.
    light, dark = appearance.light_palette(), appearance.dark_palette()
    assert appearance.ring_colour(light) == light.color(QPalette.ColorRole.Highlight)
    assert appearance.ring_colour(dark) == QColor(tokens.DARK_ACCENT_MARK)
    # A desktop's palette whose highlight is as deep on its window rings in its text.
    deep = QPalette(dark)
    deep.setColor(QPalette.ColorRole.Window, QColor("#2d6f6a"))
    assert appearance.ring_colour(deep) == deep.color(QPalette.ColorRole.WindowText)

