"""Whatever people type: emoji, right-to-left scripts, combining marks, control characters,
very long entries. Shared by the service and the widget tests of exotic text."""

from __future__ import annotations

# ZWJ sequences (family, rainbow flag, heart on fire), a skin tone, regional-indicator flags
# and a tag sequence (Scotland), variation selectors.
EMOJI = "😢 👩‍👩‍👧‍👦 🏳️‍🌈 ❤️‍🔥 👍🏿 🇯🇵🇺🇦 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ☺︎ vs ☺️ 🧑🏽‍💻"
# Arabic and Hebrew in LTR text, with directional marks, an embedding and an isolate.
RTL = ("قالوا لا — but I'll try again في الربيع. שלום, I am still here 42 times. "
       "\u200fאני\u200e ok \u202bمرحبا 123\u202c then \u2067עברית\u2069 done")
# Stacked combining marks, the same letter precomposed and decomposed, Hangul jamo,
# Devanagari and Thai clusters, astral-plane letters.
COMBINING = ("Z̷̖͎a̸͚l̶̰g̵̙o̴̞ · e\u0301 and \u00e9 · \u1112\u1161\u11ab · क्षि · ที่ · "
             "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎𠜱")
# Every C0 control but NUL, DEL and the C1 range, zero-width and BOM characters, kept
# inside the text (leading and trailing white space is trimmed on purpose).
CONTROL = ("start " + "".join(chr(c) for c in range(1, 32)) + "\x7f"
           + "".join(chr(c) for c in range(0x80, 0xA0)) + " zero\u200bwidth\u200c\u200d\ufeff end")

SAMPLES = {"emoji": EMOJI, "rtl": RTL, "combining": COMBINING, "control": CONTROL}


def longest(limit: int) -> str:
    """``limit`` characters of every sample in turn: multi-byte, astral, marks and all."""
    pieces = " ".join(SAMPLES.values())
    text = (pieces * (limit // len(pieces) + 1))[:limit]
    return "A" + text[1:-1] + "Z"  # no white space at the ends to be trimmed


MEGABYTE = 1024 * 1024


def megabyte_of_text() -> str:
    """About 1 MB of UTF-8: emoji, Arabic, Hebrew and marks, as a runaway paste would be."""
    text = longest(MEGABYTE // 2)
    while len(text.encode("utf-8")) < MEGABYTE:
        text += " " + EMOJI
    return text
