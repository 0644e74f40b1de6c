"""The theme is one mechanism: its values, its palettes, its type scale and its one style sheet
(bounceback/ui/theme); no widget elsewhere sets a colour, a font or a style sheet of its own
(test_appearance.py checks the colours spelled out; this checks fonts and sheets), and the
look it gives reads well in light and dark."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from bounceback.db.enums import PlanStep, StepState
from bounceback.services import vocabulary
from bounceback.ui import appearance
from bounceback.ui.checkin.emotions import EmotionPicker
from bounceback.ui.plan.step_card import StepCard
from bounceback.ui.theme import sheet, text, tokens
from bounceback.ui.theme.tokens import DARK, LIGHT, TextRole

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "bounceback" / "ui"
THEME = UI / "theme"

# A font or a sheet set by hand: the theme's job, nowhere else's.
_OWN_LOOK = re.compile(
    r"\.setStyleSheet\(|\.set(?:Bold|Italic|StrikeOut|Underline|PointSizeF?|PixelSize|Weight|"
    r"FontWeight|Family|Families)\(")


def own_looks() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if THEME in path.parents:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _OWN_LOOK.search(line):
                found.append(f"{path.relative_to(ROOT).as_posix()}:{number}: {line.strip()}")
    return found


def test_no_widget_sets_its_own_font_or_style_sheet() -> None:
    assert own_looks() == []


def test_the_check_finds_a_font_set_by_hand(tmp_path: Path) -> None:
    assert _OWN_LOOK.search("        font.setBold(True)")
    assert _OWN_LOOK.search('        label.setStyleSheet("color: red")')
    assert _OWN_LOOK.search("font.setPointSizeF(font.pointSizeF() * 1.3)")
    assert not _OWN_LOOK.search("set_role(label, TextRole.HEADING)")


def _contrast(a: str, b: str) -> float:
    return appearance.contrast(QColor(a), QColor(b))


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_reads_on_every_surface(colours: tokens.Colours) -> None:
    surfaces = {"window": colours.window, "surface": colours.surface,
                "alternate": colours.alternate}
    texts = {"text": colours.text, "muted": colours.text_muted,
             "placeholder": colours.placeholder, "link": colours.link,
             "visited": colours.link_visited, "success": colours.success,
             "attention": colours.attention}
    low = {f"{t} on {s}": round(_contrast(tc, sc), 2)
           for t, tc in texts.items() for s, sc in surfaces.items() if _contrast(tc, sc) < 4.5}
    assert low == {}
    assert _contrast(colours.on_accent, colours.accent) >= 4.5
    # Buttons carry text too.
    assert _contrast(colours.text, colours.raised) >= 4.5


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_feeling_tints_keep_the_text_readable(dark: bool) -> None:
    colours = DARK if dark else LIGHT
    for family, (light_tint, dark_tint) in tokens.FAMILY_TINTS.items():
        tint = dark_tint if dark else light_tint
        assert _contrast(colours.text, tint) >= 7, family


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_status_labels_read_on_their_tint_and_stand_apart(colours: tokens.Colours) -> None:
    chips = {tone: colours.status.of(tone) for tone in tokens.StatusTone}
    low = {tone.value: round(_contrast(c.ink, c.fill), 2) for tone, c in chips.items()
           if _contrast(c.ink, c.fill) < 4.5}
    assert low == {}
    # Each tone its own tint, and a tint, not the list's own background.
    assert len({c.fill for c in chips.values()}) == len(tokens.StatusTone)
    assert all(c.fill not in (colours.surface, colours.alternate) for c in chips.values())
    # Nothing here is a failure: no label is red.
    for tone, chip in chips.items():
        for colour in (QColor(chip.fill), QColor(chip.ink)):
            reddish = colour.hslHue() in range(0, 20) or colour.hslHue() >= 340
            assert not (reddish and colour.hslSaturationF() > 0.25), tone


def test_every_feeling_family_has_its_tint() -> None:
    assert {g.key for g in vocabulary.EMOTION_GROUPS} == {f.value for f in tokens.FeelingFamily}


def test_the_type_scale_follows_the_font_it_is_given(qapp) -> None:
    base = QFont(QApplication.font())
    base.setPointSizeF(10)
    big = QFont(base)
    big.setPointSizeF(16)  # 1.6 times: a large system font
    for role, kind in tokens.TYPE_SCALE.items():
        small_font, large_font = text.font(role, base), text.font(role, big)
        assert small_font.pointSizeF() == pytest.approx(10 * kind.scale)
        assert large_font.pointSizeF() == pytest.approx(16 * kind.scale)
        assert (large_font.bold(), large_font.italic()) == (kind.bold, kind.italic)


def test_a_role_set_again_never_compounds(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = QLabel("Today", parent)
    size = parent.font().pointSizeF()
    for _ in range(3):
        text.set_role(label, TextRole.TITLE)
    assert label.font().pointSizeF() == pytest.approx(size * 1.3)
    text.set_role(label, TextRole.BODY)
    assert label.font().pointSizeF() == pytest.approx(size) and not label.font().bold()
    assert text.role_of(label) is TextRole.BODY



def _edge(widget: QWidget) -> QColor:
    """The colour at the middle of the widget's left edge, as drawn."""
    image: QImage = widget.grab().toImage()
    return QColor(image.pixel(1, image.height() // 2))


def test_the_next_step_is_edged_in_the_accent(qtbot, mode: str) -> None:
    pal = QApplication.palette()
    cards = []
    for number, step in enumerate((PlanStep.ACCEPT, PlanStep.CONNECT), start=1):
        card = StepCard(number, step)
        qtbot.addWidget(card)
        card.resize(520, 160)
        card.show()
        cards.append(card)
    cards[0].set_state(StepState.DONE)
    cards[1].set_state(StepState.NOT_STARTED, is_next=True)
    qtbot.waitExposed(cards[1])
    accent = appearance.ring_colour(pal)
    assert _edge(cards[1]) == accent
    assert _edge(cards[0]) != accent
    # Said in words too, never by colour alone.
    assert cards[1].state.text().startswith("Next")
    assert cards[0].state.text().startswith("✓")
    assert cards[0].state.property(sheet.STATE) == StepState.DONE.value


def test_feelings_are_tinted_by_family_and_the_family_is_said(qtbot, mode: str) -> None:
    picker = EmotionPicker()
    qtbot.addWidget(picker)
    picker.resize(700, 600)
    picker.show()
    qtbot.waitExposed(picker)
    dark = mode == appearance.DARK_MODE
    drawn: dict[str, set[str]] = {}
    for group in vocabulary.EMOTION_GROUPS:
        family = tokens.FeelingFamily(group.key)
        tint = QColor(tokens.FAMILY_TINTS[family][1 if dark else 0])
        for word in group.emotions:
            chip = picker.chips[word.key]
            assert chip.accessibleDescription()  # the family, in words
            assert chip.palette().color(QPalette.ColorRole.Button) == tint
            image = chip.grab().toImage()
            # Inside the edge, clear of the words: the button's face as Fusion shades it.
            face = QColor(image.pixel(6, image.height() // 2)).name()
            drawn.setdefault(family.value, set()).add(face)
    # Each family's chips drawn alike, and each family apart from the others.
    assert all(len(faces) == 1 for faces in drawn.values()), drawn
    assert len({next(iter(faces)) for faces in drawn.values()}) == len(tokens.FeelingFamily)


def test_a_switch_retints_the_feelings(qtbot) -> None:
    saved = QPalette(QApplication.palette())
    picker = EmotionPicker()
    qtbot.addWidget(picker)
    chip = picker.chips[vocabulary.EMOTION_GROUPS[0].emotions[0].key]
    family = tokens.FeelingFamily(vocabulary.EMOTION_GROUPS[0].key)
    try:
        appearance.apply(appearance.LIGHT)
        assert chip.palette().color(QPalette.ColorRole.Button) == QColor(
            tokens.FAMILY_TINTS[family][0])
        appearance.apply(appearance.DARK_MODE)
        assert chip.palette().color(QPalette.ColorRole.Button) == QColor(
            tokens.FAMILY_TINTS[family][1])
        assert chip.palette().color(QPalette.ColorRole.ButtonText) == QColor(tokens.DARK.text)
    finally:
        appearance.apply(appearance.SYSTEM)
        QApplication.setPalette(saved)


def test_kinds_of_text_keep_their_font_through_a_switch(qtbot) -> None:
    """Under the theme's sheet, Qt puts back a widget's first font whenever a new sheet
    polishes it: headings once went plain after View → Appearance → Light."""
    saved = QPalette(QApplication.palette())
    try:
        appearance.apply(appearance.LIGHT)
        parent = QWidget()
        qtbot.addWidget(parent)
        title, button = QLabel("Today", parent), QPushButton("Check in…", parent)
        text.set_role(title, TextRole.TITLE)
        text.set_role(button, TextRole.STRONG)
        parent.show()
        size = QApplication.font().pointSizeF()
        for mode in (appearance.DARK_MODE, appearance.LIGHT, appearance.SYSTEM):
            appearance.apply(mode)
            QApplication.processEvents()
            assert title.font().bold() and button.font().bold(), mode
            assert title.font().pointSizeF() == pytest.approx(size * 1.3, abs=0.05), mode
    finally:
        appearance.apply(appearance.SYSTEM)
        QApplication.setPalette(saved)



@pytest.mark.parametrize("kind", ["check box", "radio button"])
def test_a_check_box_or_radio_button_can_be_seen_on_its_window(qtbot, mode: str,
                                                               kind: str) -> None:
    """Fusion draws their edge a shade darker than the window, invisible on a dark one: the
    theme has it drawn at 3:1 or more against the window, as a control needs."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

    box = QCheckBox("Show archived") if kind == "check box" else QRadioButton("Went well")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    option = QStyleOptionButton()
    option.initFrom(box)
    element = QStyle.SubElement.SE_CheckBoxIndicator if kind == "check box" \
        else QStyle.SubElement.SE_RadioButtonIndicator
    rect = box.style().subElementRect(element, option, box)
    image = box.grab().toImage()
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    ratio = max(appearance.contrast(image.pixelColor(x, y), window)
                for y in range(rect.top(), rect.bottom() + 1)
                for x in range(rect.left(), rect.right() + 1))
    assert ratio >= 3.0, f"{mode}: the edge reads at {ratio:.2f}:1"
    # Its words keep the application's colours.
    assert box.palette().color(QPalette.ColorRole.WindowText) == \
        QApplication.palette().color(QPalette.ColorRole.WindowText)
