"""A gentle tone check for letters: spot what could make a feedback request or a thank-you note
land badly, say why kindly, and offer a gentler wording.

What it looks for lives in ``resources/tone/<language>.toml``, one file per language, as
phrases with their explanation and suggestion (see the head of ``en.toml`` for how a phrase is
written). Keeping them as data lets a translator or a careful reader widen a list without
touching a regular expression, and lets each language carry its own wording.

The explanations and suggestions are not Qt source strings: lupdate can't see text in a data
file, and a suggestion is a piece of a letter in the letter's language anyway. So each list is
written wholly in its language (Spanish phrases, Spanish reasons, Spanish suggestions), and the
caller picks the list by the language the letter is written in.

Besides the phrases, two checks are code with their words in the data: shouting (words in
capitals, "!!!", "??") and blanks still to fill in ("[my name]", "{company}"): a letter with a
blank never reads as finished.

Matching ignores case, accents (``por que`` finds ``por qué``), the kind of apostrophe (or none:
people who are upset type fast) and how many spaces or line breaks sit between words, and only
ever matches whole words.
"""

from __future__ import annotations

import re
import threading
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bounceback import paths

SOURCE_LANGUAGE = "en"

# The kinds of finding. A kind groups rules for tests and for the person reading the lists;
# the UI only tells placeholders apart (they are not about tone).
WHY_NOT_ME = "why_not_me"  # asking them to defend the decision
SELF_BLAME = "self_blame"
DEFENSIVE = "defensive"  # arguing with the decision
COMPARISON = "comparison"  # with the other candidates
DEMAND = "demand"
PRESSURE = "pressure"  # on dates and replies
BLAME = "blame"
SHOUTING = "shouting"
PLACEHOLDER = "placeholder"
PHRASE_KINDS = (WHY_NOT_ME, SELF_BLAME, DEFENSIVE, COMPARISON, DEMAND, PRESSURE, BLAME)
KINDS = (*PHRASE_KINDS, SHOUTING, PLACEHOLDER)


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    text: str
    why: str
    suggestion: str  # empty for a placeholder: there is nothing gentler, only something to add
    kind: str


@dataclass(frozen=True)
class Rule:
    kind: str
    why: str
    suggestion: str
    phrases: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    # Words that, just before a match, make it kind: "I understand why I wasn't chosen".
    unless_after: re.Pattern[str] | None


@dataclass(frozen=True)
class ToneList:
    language: str
    rules: tuple[Rule, ...]
    shouting_why: str
    marks_why: str
    # Short words that, written in capitals, are emphasis rather than an acronym.
    shouted_words: frozenset[str]
    # Capitals that are names of things (acronyms, the English "I"): never shouting, and kept
    # as written when a suggestion lowers the rest.
    keep: frozenset[str]
    placeholders: dict[str, str]  # placeholder name → what is still to fill in; "other"


# -- matching -----------------------------------------------------------------------------

_APOSTROPHES = "'’‘`ʼ´′"


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` without accents and with one kind of apostrophe, and where each of its
    characters came from in ``text`` (accents are dropped, so lengths may differ)."""
    chars: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        if c in _APOSTROPHES:
            chars.append("'")
            origin.append(i)
        elif c.isascii():
            chars.append(c)
            origin.append(i)
        else:
            for d in unicodedata.normalize("NFD", c):
                if not unicodedata.combining(d):
                    chars.append(d)
                    origin.append(i)
    return "".join(chars), origin


def phrase_pattern(phrase: str) -> str:
    """The regular expression for a phrase as the data files write it.

    Words separated by spaces match across any run of spaces or line breaks; ``(a|b)`` is one
    of several choices, and an empty choice ``(a|b|)`` makes it optional, together with one
    space around it when it stands as a word of its own; ``'`` is any apostrophe or none; a
    ``*`` ends a word with any ending. Everything else is literal, after folding.
    """
    text = " ".join(fold(phrase)[0].split())
    pos = 0

    def sequence() -> str:
        nonlocal pos
        out: list[str] = []
        space = False  # a space seen and not yet written
        while pos < len(text) and text[pos] not in "|)":
            c = text[pos]
            if c == " ":
                space = True
                pos += 1
                continue
            if c == "(":
                pos += 1
                choices = [sequence()]
                while pos < len(text) and text[pos] == "|":
                    pos += 1
                    choices.append(sequence())
                if pos >= len(text) or text[pos] != ")":
                    raise ValueError(f"unclosed ( in {phrase!r}")
                pos += 1
                body = "|".join(c for c in choices if c)
                if "" not in choices:
                    out.append((r"\s+" if space else "") + f"(?:{body})")
                    space = False
                    continue
                alone_before = space or not out
                alone_after = pos < len(text) and text[pos] == " "
                at_end = pos >= len(text) or text[pos] in "|)"
                if alone_before and alone_after:
                    # "I (really|) deserve": the word and one space come and go together.
                    out.append((r"\s+" if space else "") + rf"(?:(?:{body})\s+)?")
                    pos += 1
                elif space and at_end:
                    out.append(rf"(?:\s+(?:{body}))?")
                else:
                    out.append((r"\s+" if space else "") + f"(?:{body})?")
                space = False
                continue
            if space:
                out.append(r"\s+")
                space = False
            if c == "'":
                out.append("'?")
            elif c == "*":
                out.append(r"\w*")
            else:
                out.append(re.escape(c))
            pos += 1
        if space:
            out.append(r"\s+")
        return "".join(out)

    body = sequence()
    if pos != len(text) or not body:
        raise ValueError(f"unbalanced or empty phrase {phrase!r}")
    return rf"(?<!\w){body}(?!\w)"


def _compile(phrase: str) -> re.Pattern[str]:
    return re.compile(phrase_pattern(phrase), re.IGNORECASE)


# -- the lists ----------------------------------------------------------------------------


def tone_dir() -> Path:
    return paths.resources_dir() / "tone"


def languages() -> tuple[str, ...]:
    """The languages with a list, by code."""
    return tuple(sorted(p.stem for p in tone_dir().glob("*.toml")))


def _texts(data: dict[str, object], where: str, *keys: str) -> list[str]:
    found = []
    for key in keys:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{where}: {key} must be a non-empty text")
        found.append(value.strip())
    return found


def _words(data: dict[str, object], key: str, where: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{where}: {key} must be a list of texts")
    return value


def parse(text: str, language: str, where: str = "tone list") -> ToneList:
    """A list from the text of a data file; ValueError saying where, when it is malformed."""
    data = tomllib.loads(text)
    rules: list[Rule] = []
    for n, raw in enumerate(data.get("rules", []), 1):
        at = f"{where}, rule {n}"
        kind, why, suggestion = _texts(raw, at, "kind", "why", "suggestion")
        if kind not in PHRASE_KINDS:
            raise ValueError(f"{at}: unknown kind {kind!r}")
        phrases = _words(raw, "phrases", at)
        if not phrases:
            raise ValueError(f"{at}: no phrases")
        unless = _words(raw, "unless_after", at)
        rules.append(Rule(
            kind, why, suggestion, tuple(phrases), tuple(_compile(p) for p in phrases),
            # Up to two words may sit between: "I completely understand why ...".
            re.compile("(?:" + "|".join(phrase_pattern(p) for p in unless)
                       + r")(?:\s+[\w']+){0,2}\W*$", re.IGNORECASE) if unless else None,
        ))
    shouting = data.get("shouting", {})
    shouting_why, marks_why = _texts(shouting, f"{where}, [shouting]", "why", "marks_why")
    placeholders = data.get("placeholders", {})
    _texts(placeholders, f"{where}, [placeholders]", "other")
    return ToneList(
        language=language,
        rules=tuple(rules),
        shouting_why=shouting_why,
        marks_why=marks_why,
        shouted_words=frozenset(_key(w) for w in _words(shouting, "words", where)),
        keep=frozenset(_words(shouting, "keep", where)),
        placeholders={k: str(v).strip() for k, v in placeholders.items()},
    )


def prepare(language: str) -> None:
    """Make the list for ``language`` on a thread of its own, so that the first letter
    checked doesn't wait for it (see :func:`check`)."""
    threading.Thread(target=tone_list, args=(language,), name="bounceback-tone-list",
                     daemon=True).start()


@cache
def tone_list(language: str) -> ToneList:
    """The list for ``language``; the English one for a language without its own."""
    path = tone_dir() / f"{language}.toml"
    if language != SOURCE_LANGUAGE and not path.is_file():
        return tone_list(SOURCE_LANGUAGE)
    return parse(path.read_text(encoding="utf-8"), language, path.name)


def _key(word: str) -> str:
    return fold(word)[0].casefold()


# -- shouting and blanks --------------------------------------------------------------------

_LETTERS = re.compile(r"[^\W\d_]+")
# What may sit between two words in capitals for them to be one shout: "I DON'T, EVER".
_JOINER = re.compile(r"[\s,'’‘ʼ-]*")
_CODE = "_/\\%$@#=<>[]{}`"
_MARKS = re.compile(r"[!?]{2,}|[¡¿]{2,}")
# A blank: "[my name]", "[Company Name]" (letters inside, on one line, short), or a template's
# own "{company}".
_BLANK = re.compile(r"\[([^\[\]\n]{1,40})\]|\{([a-z_]+)\}")
_SENTENCE_END = re.compile(r"(?:^|[.!?:\n])[\s¡¿\"“'‘(]*$")


def _is_code(text: str, m: re.Match[str]) -> bool:
    """Whether the word is part of a name of something technical (README.md, MY_VAR,
    %APPDATA%, EC2), which is written in capitals on purpose."""
    before = text[m.start() - 1] if m.start() else " "
    after = text[m.end() : m.end() + 2] or " "
    return (before in _CODE or before.isdigit() or after[0] in _CODE or after[0].isdigit()
            or (after[0] == "." and after[1:2].isalnum()))


def _shouts(text: str, tone: ToneList) -> list[Finding]:
    runs: list[list[re.Match[str]]] = []
    for m in _LETTERS.finditer(text):
        if not m.group(0).isupper() or _is_code(text, m):
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and _JOINER.fullmatch(text, last.end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    found = []
    for run in runs:
        # An acronym or "I" at either end is not part of the shout: "I REALLY", "SEND AWS".
        while run and (run[0].group(0) in tone.keep or len(run[0].group(0)) == 1):
            run.pop(0)
        while run and (run[-1].group(0) in tone.keep or len(run[-1].group(0)) == 1):
            run.pop()
        shouted = any(
            w not in tone.keep and (len(w) >= 6 or (len(w) >= 2 and _key(w) in tone.shouted_words))
            for w in (m.group(0) for m in run)
        )
        if not shouted:
            continue
        start, end = run[0].start(), run[-1].end()
        # The same words in ordinary letters, acronyms and "I" kept; a capital where a
        # sentence starts.
        pieces: list[str] = []
        at = start
        for m in run:
            w = m.group(0)
            pieces += [text[at : m.start()], w if w in tone.keep else w.lower()]
            at = m.end()
        suggestion = "".join(pieces)
        if _SENTENCE_END.search(text, 0, start):
            suggestion = suggestion[:1].upper() + suggestion[1:]
        found.append(Finding(start, end, text[start:end], tone.shouting_why, suggestion,
                             SHOUTING))
    for m in _MARKS.finditer(text):
        marks = m.group(0)
        question = "?" in marks or "¿" in marks
        # A lone "!!" of thanks is warmth; "!!!" or any "??" / "?!" is not.
        if question or len(marks) >= 3:
            one = ("¿" if "¿" in marks else "?") if question else marks[0]
            found.append(Finding(m.start(), m.end(), marks, tone.marks_why, one, SHOUTING))
    return found


def _blanks(text: str, tone: ToneList) -> list[Finding]:
    found = []
    for m in _BLANK.finditer(text):
        inside = m.group(1) if m.group(1) is not None else m.group(2)
        if m.group(1) is not None and not any(c.isalpha() for c in inside):
            continue  # "[1]", "[...]": not a blank
        name = "_".join(inside.casefold().replace("_", " ").split())
        if m.group(2) is not None and name not in tone.placeholders:
            continue  # someone's own braces, left as written by the template too
        why = tone.placeholders.get(name, tone.placeholders["other"])
        found.append(Finding(m.start(), m.end(), m.group(0), why, "", PLACEHOLDER))
    return found


# -- the check ----------------------------------------------------------------------------


def _phrases(text: str, tone: ToneList) -> list[Finding]:
    folded, origin = fold(text)
    found = []
    for rule in tone.rules:
        for pattern in rule.patterns:
            for m in pattern.finditer(folded):
                if rule.unless_after is not None and rule.unless_after.search(
                        folded, max(0, m.start() - 80), m.start()):
                    continue
                start = origin[m.start()]
                end = origin[m.end() - 1] + 1
                while end < len(text) and unicodedata.combining(text[end]):
                    end += 1  # a decomposed accent belongs to its letter
                found.append(Finding(start, end, text[start:end], rule.why, rule.suggestion,
                                     rule.kind))
    return found


def _first_of_overlapping(found: list[Finding]) -> list[Finding]:
    """Of findings that overlap, the one starting first, then the longer one."""
    kept: list[Finding] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    return kept


def check(text: str, language: str = SOURCE_LANGUAGE) -> list[Finding]:
    """What in ``text``, a letter in ``language``, could land badly: by position, none
    overlapping. A shout is only shown where no phrase or blank is: "I NEED AN ANSWER BY
    FRIDAY" is two phrases to rewrite, and a suggestion in ordinary letters would keep both."""
    if not text.strip():
        # Nothing to find in a letter not yet written, and no need to make the list for it
        # (its hundred patterns take 0.1–0.2 s to compile: the Feedback tab's first look).
        return []
    tone = tone_list(language)
    kept = _first_of_overlapping(_blanks(text, tone) + _phrases(text, tone))
    for shout in _first_of_overlapping(_shouts(text, tone)):
        if all(shout.end <= f.start or f.end <= shout.start for f in kept):
            kept.append(shout)
    return sorted(kept, key=lambda f: f.start)
