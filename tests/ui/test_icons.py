"""Icons come from one open set (Phosphor, shipped with its licence), are drawn sharp at any
pixel ratio in the colours of the palette of the moment, sit on every menu action and tab that
deserves one, and every empty list shows one above its kind sentence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from bounceback import paths
from bounceback.ui import appearance
from bounceback.ui.common.empty import EmptyNote, IconView
from bounceback.ui.theme.icons import Icon, Tone, colour_for, icon
from bounceback.ui.timeline.tab import TimelineTab

SET = paths.resources_dir() / "icons" / "phosphor"



def test_every_icon_is_a_file_of_the_one_set_and_every_file_is_used() -> None:
    files = {p.stem for p in SET.glob("*.svg")}
    assert {i.value for i in Icon} == files
    assert "MIT License" in (SET / "LICENSE").read_text(encoding="utf-8")


def _darkest(image: QImage) -> QColor:
    """The most opaque pixel's colour: the icon's fill where it is solid."""
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() > best.alpha():
                best = c
    return best


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_an_icon_is_drawn_at_the_pixel_ratio_in_the_palettes_colour(qapp, mode: str,
                                                                     ratio: float) -> None:
    pixmap = icon(Icon.PLAN).pixmap(QSize(24, 24), ratio)
    # Sharp: as many pixels as the screen has, not a small picture stretched.
    assert pixmap.width() == round(24 * ratio) and pixmap.devicePixelRatio() == ratio
    fill = _darkest(pixmap.toImage())
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    assert fill.alpha() == 255
    assert (fill.red(), fill.green(), fill.blue()) == (text.red(), text.green(), text.blue())


def test_an_icon_follows_a_change_of_palette_without_being_set_again(qapp) -> None:
    shown = icon(Icon.SEARCH)
    try:
        appearance.apply(appearance.LIGHT)
        light = _darkest(shown.pixmap(QSize(16, 16), 1.0).toImage())
        appearance.apply(appearance.DARK_MODE)
        dark = _darkest(shown.pixmap(QSize(16, 16), 1.0).toImage())
    finally:
        appearance.apply(appearance.SYSTEM)
    assert light.lightness() < 100 < dark.lightness()


def test_a_disabled_icon_steps_back_and_a_muted_one_is_quieter(qapp, mode: str) -> None:
    pal = QApplication.palette()
    normal = colour_for(Tone.TEXT, QIcon.Mode.Normal, pal)
    assert colour_for(Tone.TEXT, QIcon.Mode.Disabled, pal) != normal
    assert colour_for(Tone.MUTED, QIcon.Mode.Normal, pal) != normal


def test_every_menu_action_and_every_tab_has_an_icon(window) -> None:
    menus = window.menus
    for menu in (menus.file, menus.view, menus.help):
        for act in menu.actions():
            if act.isSeparator() or act.menu() is not None:
                continue  # a line, or View → Appearance (its items are ticked, not pictured)
            assert not act.icon().isNull(), act.text()
    for index in range(window.tabs.count()):
        assert not window.tabs.tabIcon(index).isNull(), window.tabs.tabText(index)


def test_an_empty_list_shows_a_picture_above_its_sentence(qtbot, ops, mode: str) -> None:
    tab = TimelineTab(ops)
    qtbot.addWidget(tab)
    tab.resize(1180, 720)
    tab.show()
    qtbot.waitExposed(tab)
    note = tab.list.empty
    assert isinstance(note, EmptyNote) and note.isVisible()
    assert "No applications yet" in note.text()
    picture = note.findChild(IconView)
    assert picture is not None and picture.isVisible()
    assert picture.geometry().bottom() < note.sentence.geometry().top()
    # Something is drawn there, in the palette's quiet text colour (not a blank square).
    image = picture.grab().toImage()
    quiet = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    drawn = [image.pixelColor(x, y) for y in range(image.height())
             for x in range(image.width())]
    assert any(abs(c.red() - quiet.red()) < 8 and abs(c.green() - quiet.green()) < 8
               and abs(c.blue() - quiet.blue()) < 8 for c in drawn)
