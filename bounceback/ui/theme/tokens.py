"""The values of the look: colours (light and dark), spacing, type scale, shapes.

Calm on purpose: warm off-white and soft charcoal surfaces, one muted teal accent, text in
three levels. Every text colour reads at 4.5:1 or more on every surface it is drawn on
(WCAG AA; tests/ui/test_theme.py computes it from these values, and test_appearance.py
checks the whole window as drawn).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class StatusTone(StrEnum):
    """How a status stands, for the colour of its label in a list. The status is always said
    in words on it too: the colour only groups them at a glance."""

    NEUTRAL = "neutral"  # open, waiting: applied, screening, a request not sent yet
    ACTIVE = "active"  # something is moving: interviewing, a request asked
    GOOD = "good"  # it went well: an offer, accepted, an answer
    QUIET = "quiet"  # over, calmly (never an error's red): not selected, withdrawn, no answer


@dataclass(frozen=True)
class Chip:
    fill: str  # the label's background
    ink: str  # its word, at 4.5:1 or more on the fill (the row's selection never touches it)


@dataclass(frozen=True)
class StatusChips:
    neutral: Chip
    active: Chip
    good: Chip
    quiet: Chip

    def of(self, tone: StatusTone) -> Chip:
        chip: Chip = getattr(self, tone.value)
        return chip


@dataclass(frozen=True)
class Colours:
    window: str  # the window's own surface
    surface: str  # fields, lists, cards: a step apart from the window
    raised: str  # buttons
    alternate: str  # every other row
    border: str  # a card's edge, a separator
    text: str
    text_muted: str  # secondary text: hints, dates, captions
    placeholder: str
    accent: str  # the one colour of the program: selection, focus, the next step
    on_accent: str  # text on the accent
    link: str
    link_visited: str
    success: str  # done, went well
    attention: str  # needs a look (never an error's red: nothing here is a failure)
    disabled: str  # text of what can't be used now
    shadow: str  # under Fusion's bevels
    status: StatusChips  # a status's small label in a list, by its tone


LIGHT = Colours(
    window="#f6f4f0", surface="#ffffff", raised="#ece9e3", alternate="#f3f1ec",
    border="#d6d2ca", text="#26272b", text_muted="#57585e", placeholder="#65666c",
    accent="#27706b", on_accent="#ffffff", link="#1d6584", link_visited="#6a4a9c",
    success="#2a7448", attention="#8f5300", disabled="#8c8b88", shadow="#000000",
    status=StatusChips(
        neutral=Chip(fill="#ebe7e0", ink="#26272b"), active=Chip(fill="#d9ecea", ink="#1d5d58"),
        good=Chip(fill="#dcefe2", ink="#225f3b"), quiet=Chip(fill="#f0eeea", ink="#5b5c62"),
    ),
)

DARK = Colours(
    window="#1f2225", surface="#2a2e32", raised="#363b40", alternate="#30353a",
    border="#4a5056", text="#ebe9e5", text_muted="#bdbab4", placeholder="#a6a39d",
    # The accent as a fill under white text is deeper than the accent as a mark or text.
    accent="#2d6f6a", on_accent="#ffffff", link="#8fcbea", link_visited="#c6aaf2",
    success="#80d2a0", attention="#f0b45c", disabled="#8a8d90", shadow="#000000",
    status=StatusChips(
        neutral=Chip(fill="#434950", ink="#ebe9e5"), active=Chip(fill="#1f4744", ink="#9adcd5"),
        good=Chip(fill="#21442f", ink="#9ee0b6"), quiet=Chip(fill="#363a3f", ink="#bdbab4"),
    ),
)

# An accent drawn as a line or as text on the dark window (a focus ring, the next step's
# edge): the fill above is too deep to be seen there.
DARK_ACCENT_MARK = "#6cbcb5"


class FeelingFamily(StrEnum):
    """The families of the check-in's feelings, as How We Feel colours its quadrants."""

    # The values are the vocabulary's group keys (services/vocabulary.EMOTION_GROUPS).
    SHOCK = "shock"
    ANGER = "anger"
    SADNESS = "sadness"
    WORRY = "fear"
    INWARD = "self"
    STEADIER = "steady"


# A family's tint: the background of its chips (light, dark). Soft enough that the text on
# it keeps its contrast; the family is always said in words too, never by colour alone.
FAMILY_TINTS: dict[FeelingFamily, tuple[str, str]] = {
    FeelingFamily.SHOCK: ("#ece6f6", "#3a3448"),
    FeelingFamily.ANGER: ("#f8e3dc", "#4a302b"),
    FeelingFamily.SADNESS: ("#e1eaf5", "#2b3a4a"),
    FeelingFamily.WORRY: ("#f6eed8", "#463d28"),
    FeelingFamily.INWARD: ("#e9ece4", "#363c31"),
    FeelingFamily.STEADIER: ("#dff0e8", "#26443a"),
}

# The series of a chart, in order (light, dark): distinguishable, calm, readable on the
# surface they are drawn on.
SERIES_LIGHT = ("#27706b", "#b0602a", "#4f6fb0", "#8a5a9c", "#6b7d2f", "#a8485c")
SERIES_DARK = ("#6cbcb5", "#e39a63", "#8fa8e0", "#c39ad6", "#b2c46d", "#e0869a")

# Spacing, in pixels at 1x (GNOME's 6/12/18 rhythm, in steps of 4).
SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL = 4, 8, 12, 16, 24

# Shapes.
RADIUS = 8  # cards, chips
BORDER = 1


class TextRole(StrEnum):
    TITLE = "title"  # a page's one heading
    HEADING = "heading"  # a section's heading
    SUBHEADING = "subheading"  # a card's or a group's title
    BODY = "body"
    STRONG = "strong"  # a word or line that must be seen (a step ready to finish)
    EMPHASIS = "emphasis"  # a quiet aside (a reframe, "not yet looked at")
    CAPTION = "caption"  # small print: a chip, a hint under a chart
    DONE_ITEM = "done_item"  # a finished item that stays, stepping back: struck through


@dataclass(frozen=True)
class Type:
    scale: float  # of the application's font, so a large system font scales everything
    bold: bool = False
    italic: bool = False
    struck: bool = False


TYPE_SCALE: dict[TextRole, Type] = {
    TextRole.TITLE: Type(1.3, bold=True),
    TextRole.HEADING: Type(1.2, bold=True),
    TextRole.SUBHEADING: Type(1.08, bold=True),
    TextRole.BODY: Type(1.0),
    TextRole.STRONG: Type(1.0, bold=True),
    TextRole.EMPHASIS: Type(1.0, italic=True),
    TextRole.CAPTION: Type(0.9),
    TextRole.DONE_ITEM: Type(1.0, struck=True),
}
