"""The words a check-in offers: emotions, grouped the way people tend to feel them, and
ways to cope. Keys are stored; labels are English text the UI translates."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    key: str
    label: str


@dataclass(frozen=True)
class EmotionGroup:
    key: str
    label: str
    emotions: tuple[Word, ...]


def _w(*pairs: tuple[str, str]) -> tuple[Word, ...]:
    return tuple(Word(k, label) for k, label in pairs)


EMOTION_GROUPS: tuple[EmotionGroup, ...] = (
    EmotionGroup("shock", "Shock", _w(
        ("disbelief", "Disbelief"), ("shock", "Shock"), ("numbness", "Numbness"),
        ("confusion", "Confusion"),
    )),
    EmotionGroup("anger", "Anger", _w(
        ("frustration", "Frustration"), ("anger", "Anger"), ("resentment", "Resentment"),
        ("irritation", "Irritation"), ("feeling_treated_unfairly", "Feeling treated unfairly"),
    )),
    EmotionGroup("sadness", "Sadness", _w(
        ("disappointment", "Disappointment"), ("sadness", "Sadness"), ("despair", "Despair"),
        ("hurt", "Hurt"), ("loneliness", "Loneliness"), ("grief", "Grief"),
    )),
    EmotionGroup("fear", "Worry", _w(
        ("anxiety", "Anxiety"), ("worry", "Worry about money"), ("self_doubt", "Self-doubt"),
        ("insecurity", "Insecurity"), ("overwhelm", "Overwhelm"),
    )),
    EmotionGroup("self", "Looking inward", _w(
        ("regret", "Regret"), ("embarrassment", "Embarrassment"), ("shame", "Shame"),
        ("guilt", "Guilt"), ("jealousy", "Envy"),
    )),
    EmotionGroup("steady", "Steadier feelings", _w(
        ("relief", "Relief"), ("acceptance", "Acceptance"), ("calm", "Calm"),
        ("hope", "Hope"), ("determination", "Determination"), ("gratitude", "Gratitude"),
        ("curiosity", "Curiosity"),
    )),
)

EMOTIONS: dict[str, Word] = {w.key: w for g in EMOTION_GROUPS for w in g.emotions}

OTHER_COPING = "other"

COPING_METHODS: tuple[Word, ...] = _w(
    ("call_friend", "Call a friend and vent"),
    ("workout", "An intense workout"),
    ("journal", "A frustrated journal entry"),
    ("walk", "A walk outside"),
    ("rest", "Rest and do something kind for yourself"),
    (OTHER_COPING, "My own way"),
)

COPING: dict[str, Word] = {w.key: w for w in COPING_METHODS}

INTENSITY_MIN, INTENSITY_MAX = 1, 10
OVERALL_MIN, OVERALL_MAX = 1, 10
