"""A gentle tone check for letters: spot wording that can sound negative or defensive.

Each rule is a pattern, a short kind reason and a gentler thing to say instead. The texts are
English source strings; the UI translates them in the "framing" context. Patterns match
regardless of case, spacing and the kind of apostrophe (or none: people who are upset type fast).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for lupdate (which looks for this name) without needing Qt here."""
    return text


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    text: str
    why: str
    suggestion: str


_A = "['’‘`ʼ]?"  # any apostrophe, or none
_S = r"\s+"


_WHY_DEFEND = QT_TRANSLATE_NOOP(
    "framing", "It asks them to defend their decision, which tends to end the conversation."
)
_WHY_BLAME = QT_TRANSLATE_NOOP("framing", "It can read as blame.")
_WHY_ARGUE = QT_TRANSLATE_NOOP("framing", "It argues with the decision instead of opening a door.")
_TRY_IMPROVE = QT_TRANSLATE_NOOP("framing", "What could I improve for roles like this?")
_TRY_STRONGER = QT_TRANSLATE_NOOP(
    "framing", "I'd love to understand what would make me a stronger candidate."
)
_TRY_BELIEVE = QT_TRANSLATE_NOOP("framing", "I believe")

# (pattern, why, suggestion). Where matches overlap, the one starting first (then the
# longer one) is kept.
RULES: tuple[tuple[str, str, str], ...] = (
    (
        rf"\bwhy{_S}(?:didn{_A}t{_S}you|did{_S}you{_S}not)"
        rf"{_S}(?:hire|choose|pick|select){_S}me\b",
        _WHY_DEFEND,
        _TRY_IMPROVE,
    ),
    (
        rf"\bwhy{_S}(?:was{_S}I|I{_S}was){_S}(?:rejected|turned{_S}down)\b",
        _WHY_DEFEND,
        QT_TRANSLATE_NOOP(
            "framing", "Is there anything I could do to be a stronger candidate next time?"
        ),
    ),
    (
        rf"\bwhy{_S}(?:(?:wasn{_A}t|was{_S}not){_S}I|I{_S}(?:wasn{_A}t|was{_S}not))"
        rf"{_S}(?:chosen|selected|hired|picked|considered)\b",
        _WHY_DEFEND,
        _TRY_IMPROVE,
    ),
    (
        rf"\byou(?:{_S}have|{_A}ve)?{_S}made{_S}(?:a{_S}(?:big{_S})?mistake"
        rf"|the{_S}wrong{_S}(?:choice|decision))\b"
        rf"|\byou(?:{_A}re|{_S}are){_S}making{_S}a{_S}mistake\b",
        QT_TRANSLATE_NOOP(
            "framing", "It tells them they were wrong, which puts them on the defensive."
        ),
        QT_TRANSLATE_NOOP(
            "framing", "I'm still very interested in the company if anything changes."
        ),
    ),
    (
        rf"\byour{_S}loss\b",
        QT_TRANSLATE_NOOP("framing", "It can sound bitter, even when meant lightly."),
        QT_TRANSLATE_NOOP("framing", "I wish you and the team all the best."),
    ),
    (
        rf"\bI{_S}(?:really{_S}|truly{_S})?deserved?\b",
        _WHY_ARGUE,
        QT_TRANSLATE_NOOP("framing", "I believe I could add a lot to a team like yours."),
    ),
    (
        rf"\bI{_S}(?:don{_A}t|do{_S}not|can{_A}t|cannot){_S}understand{_S}why\b",
        QT_TRANSLATE_NOOP("framing", "It can read as a complaint."),
        _TRY_STRONGER,
    ),
    (
        r"\bunfair\w*",
        _WHY_BLAME,
        _TRY_STRONGER,
    ),
    (
        rf"\b(?:not|isn{_A}t|wasn{_A}t){_S}(?:very{_S}|really{_S})?fair\b",
        _WHY_BLAME,
        _TRY_STRONGER,
    ),
    (
        r"\b(?:clearly|obviously)\b",
        QT_TRANSLATE_NOOP("framing", "It can sound as if they missed something obvious."),
        _TRY_BELIEVE,
    ),
    (
        rf"\bdisappointed{_S}(?:in|with){_S}(?:you|your)\b",
        QT_TRANSLATE_NOOP("framing", "It makes your feelings their fault."),
        QT_TRANSLATE_NOOP("framing", "I'm sorry it didn't work out this time."),
    ),
    (
        rf"\bwaste{_S}of{_S}(?:my{_S})?time\b",
        QT_TRANSLATE_NOOP(
            "framing", "It says the process had no value, which can feel like an insult."
        ),
        QT_TRANSLATE_NOOP("framing", "I learned a lot from the process."),
    ),
    (
        rf"\bshould(?:{_S}have|{_A}ve|{_S}of){_S}(?:hired|chosen|picked|selected){_S}me\b",
        _WHY_ARGUE,
        QT_TRANSLATE_NOOP("framing", "If anything changes, I'd be glad to be considered."),
    ),
    (
        rf"\bI{_S}(?:still{_S})?(?:can{_A}t|cannot|can{_S}not){_S}believe\b",
        QT_TRANSLATE_NOOP("framing", "It can sound like shock or anger."),
        QT_TRANSLATE_NOOP("framing", "I was sorry to hear the news."),
    ),
)

_COMPILED = tuple((re.compile(p, re.IGNORECASE), why, tip) for p, why, tip in RULES)


def check(text: str) -> list[Finding]:
    """Wording in ``text`` that could sound negative or defensive, by position, none overlapping."""
    found = [
        Finding(m.start(), m.end(), m.group(0), why, tip)
        for pattern, why, tip in _COMPILED
        for m in pattern.finditer(text)
    ]
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for f in found:
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    return kept
