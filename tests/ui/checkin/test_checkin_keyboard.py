"""The feelings from the keyboard alone (issue 18): the 32 chips are one Tab stop, like a
toolbar's buttons. Tab comes to the feeling last in focus, the arrow keys go from feeling to
feeling (up and down as they are laid out), Home and End to the first and the last, Space or
Enter picks, and the next Tab leaves. Through the real tab and its store, with real keys.

Before: Tab stopped 37 times in the form, 32 of them on the feelings (40 on the page); now
6 in the form, 1 on the feelings (9 on the page)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QLabel,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from bounceback.services import checkins
from bounceback.services import vocabulary as vocab
from bounceback.ui.checkin.emotions import Chip
from bounceback.ui.checkin.tab import CheckInTab
from bounceback.ui.common import labels
from bounceback.ui.common.ops import Ops
from tests.ui.checkin.checkin_kit import shown_tab
from tests.ui.focus_kit import focused, press
from tests.ui.screen_kit import spoken_name

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def tab(qtbot, ops: Ops, answers) -> CheckInTab:
    return shown_tab(qtbot, ops, active=True)


def chip_in_focus() -> Chip:
    widget = focused()
    assert isinstance(widget, Chip)
    return widget


def tab_stops(start: QWidget) -> list[QWidget]:
    """Every widget Tab stops at, once round from ``start``."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [start]
    for _ in range(200):
        here = press(Qt.Key.Key_Tab)
        if here is start:
            return seen
        seen.append(here)
    raise AssertionError("Tab never came back round")


def family(chip: QWidget) -> str:
    """The family a chip is in, as a screen reader hears it: its group's name."""
    holder = chip.parentWidget()
    assert holder is not None
    return holder.accessibleName()


def keys_of(tab: CheckInTab) -> dict[QWidget, str]:
    return {chip: key for key, chip in tab.form.emotions.chips.items()}


def test_the_feelings_are_one_tab_stop(tab: CheckInTab) -> None:
    emotions = tab.form.emotions
    assert len(emotions.chips) == 32
    stops = tab_stops(tab.history.new_button)
    in_form = [w for w in stops if tab.form.isAncestorOf(w)]
    assert [w for w in stops if isinstance(w, Chip)] == [emotions.chips["disbelief"]]
    assert len(in_form) == 6  # When, About, the feelings, coping, overall, the journal
    assert len(stops) == 9
    # Only one chip takes Tab at a time; each can still be clicked into.
    policies = [chip.focusPolicy() for chip in emotions.chips.values()]
    assert policies.count(Qt.FocusPolicy.StrongFocus) == 1
    assert policies.count(Qt.FocusPolicy.ClickFocus) == 31


def test_arrows_and_space_pick_feelings_and_they_are_saved(
        qtbot, tab: CheckInTab, ops: Ops) -> None:
    emotions = tab.form.emotions
    names = keys_of(tab)
    tab.form.application.setFocus(Qt.FocusReason.TabFocusReason)
    first = press(Qt.Key.Key_Tab)
    assert names[first] == "disbelief"
    assert press(Qt.Key.Key_Left) is first  # nothing before the first: it stays
    assert press(Qt.Key.Key_Up) is first
    assert names[press(Qt.Key.Key_Right)] == "shock"
    assert names[press(Qt.Key.Key_Right)] == "numbness"

    # Down: the next family, the feeling just under this one; Up goes back.
    press(Qt.Key.Key_Down)
    below = chip_in_focus()
    assert family(below) == labels.emotion_group(vocab.EMOTION_GROUPS[1].label)
    assert below.mapTo(tab, QPoint(0, 0)).y() > first.mapTo(tab, QPoint(0, 0)).y()
    assert press(Qt.Key.Key_Up) is emotions.chips["numbness"]
    assert press(Qt.Key.Key_Down) is below
    with qtbot.waitSignal(emotions.rows_changed):
        press(Qt.Key.Key_Space)
    assert below.isChecked() and below.text().startswith("✓")
    assert not tab.form.emotions.chips["numbness"].isChecked()  # moving picks nothing

    press(Qt.Key.Key_End)
    last = chip_in_focus()
    assert names[last] == "curiosity"
    assert press(Qt.Key.Key_Right) is last
    press(Qt.Key.Key_Return)  # Enter picks too
    assert last.isChecked()
    assert names[press(Qt.Key.Key_Home)] == "disbelief"
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Space)  # and Space again drops it
    assert not emotions.chips["disbelief"].isChecked()
    assert [k for k, _ in emotions.value()] == [names[below], "curiosity"]

    # On to Save with Tab, past the new sliders; Space saves.
    for _ in range(20):
        if press(Qt.Key.Key_Tab) is tab.save_button:
            break
    assert focused() is tab.save_button
    press(Qt.Key.Key_Space)
    [row] = ops.read(checkins.list_checkins)
    assert row.emotions == ((names[below], 5), ("curiosity", 5))


def test_tab_comes_back_to_the_feeling_last_in_focus(tab: CheckInTab) -> None:
    emotions = tab.form.emotions
    tab.form.application.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Tab)
    for _ in range(5):
        press(Qt.Key.Key_Right)
    fifth = focused()
    assert fifth is list(emotions.chips.values())[5]
    after = press(Qt.Key.Key_Tab)
    assert after is not fifth and not isinstance(after, Chip)  # the feelings are left at once
    assert press(Qt.Key.Key_Backtab, SHIFT) is fifth
    assert press(Qt.Key.Key_Backtab, SHIFT) is tab.form.application
    assert press(Qt.Key.Key_Tab) is fifth
    # A click moves the stop too.
    hope = emotions.chips["hope"]
    QTest.mouseClick(hope, Qt.MouseButton.LeftButton)
    tab.form.application.setFocus(Qt.FocusReason.TabFocusReason)
    assert press(Qt.Key.Key_Tab) is hope


def drawn_focused(chip: QWidget) -> bool:
    """Whether the style is told to draw ``chip`` with a keyboard focus frame."""
    assert isinstance(chip, Chip)
    option = QStyleOptionButton()
    chip.initStyleOption(option)
    wanted = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    return option.state & wanted == wanted


def test_the_feeling_in_focus_is_drawn_focused(qtbot, tab: CheckInTab) -> None:
    emotions = tab.form.emotions
    calm = emotions.chips["calm"]
    qtbot.mouseClick(calm, Qt.MouseButton.LeftButton)  # a click: no frame needed
    qtbot.mouseClick(calm, Qt.MouseButton.LeftButton)
    assert calm.hasFocus() and not drawn_focused(calm)
    hope = press(Qt.Key.Key_Right)
    assert hope is emotions.chips["hope"]
    assert drawn_focused(hope)
    with_frame = hope.grab().toImage()
    assert press(Qt.Key.Key_Left) is calm
    assert drawn_focused(calm) and not drawn_focused(hope)
    assert hope.grab().toImage() != with_frame  # and the frame was painted


def test_the_heading_letter_comes_to_the_feelings_without_picking(
        qtbot, tab: CheckInTab) -> None:
    emotions = tab.form.emotions
    [heading] = [w for w in tab.form.findChildren(QLabel) if w.buddy() is emotions]
    letter = heading.text()[heading.text().index("&") + 1]
    tab.form.application.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.mouseClick(emotions.chips["gratitude"], Qt.MouseButton.LeftButton)
    QTest.mouseClick(emotions.chips["gratitude"], Qt.MouseButton.LeftButton)
    tab.form.journal.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(tab.form.journal, letter, Qt.KeyboardModifier.AltModifier)
    assert focused() is emotions.chips["gratitude"]
    assert emotions.value() == ()  # reached, not picked
    assert drawn_focused(focused())
    # The picker is named by its heading for a screen reader, and each chip keeps its own
    # name and its family's group.
    assert spoken_name(emotions) == heading.text().replace("&", "")
    for group in vocab.EMOTION_GROUPS:
        for word in group.emotions:
            chip = emotions.chips[word.key]
            assert spoken_name(chip) == labels.emotion(word.key)
            assert family(chip) == labels.emotion_group(group.label)


def test_a_save_without_a_feeling_points_at_the_feeling_tab_comes_to(
        qtbot, tab: CheckInTab, ops: Ops) -> None:
    emotions = tab.form.emotions
    tab.form.application.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_End)
    qtbot.keyClicks(tab.form.journal, "Not sure what I feel.")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert ops.read(checkins.list_checkins) == []
    assert tab.error.isVisible()
    assert focused() is emotions.chips["curiosity"]
