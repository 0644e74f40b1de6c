"""Spell checking as you type, offline.

The English dictionary (pyspellchecker) loads on first use, once per process. Words the person
added are kept in ``dictionary.txt`` in the data folder; the names in a letter (the recipient,
the company, the sender) count as known for that letter only. Numbers, acronyms, web
addresses and e-mail addresses are never flagged.
"""

from __future__ import annotations

import contextlib
import os
import re
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path

import shiboken6
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument, QTextFormat
from spellchecker import SpellChecker

from bounceback import paths

DICTIONARY_FILE = "dictionary.txt"

# Words a job search uses that the general dictionary lacks.
JOB_SEARCH_WORDS = (
    "LinkedIn", "GitHub", "Glassdoor", "résumé", "resumé", "onboarding", "offboarding",
    "upskill", "upskilling", "reskilling", "cofounder", "fintech", "SaaS", "frontend",
    "backend", "fullstack", "DevOps", "learnings", "walkthrough",
)
# How to spell a suggestion whose case matters ("LinkedIn", not "Linkedin").
_DISPLAY = {w.casefold(): w for w in JOB_SEARCH_WORDS if not w.islower()}

# A word: letters, with inner apostrophes ("didn't", "Acme's"). Digits and underscores are
# taken in too, so that "v2" or "{my_name}" stay one token and can be skipped whole.
_WORD = re.compile(r"\w+(?:['’]\w+)*")
# Chunks that are addresses rather than words.
_ADDRESS = re.compile(r"\S*(?:@|://|www\.)\S*", re.IGNORECASE)

_english: SpellChecker | None = None
# The person's own words, per data folder (tests switch folders), loaded once each.
_personal: dict[Path, set[str]] = {}
_highlighters: weakref.WeakSet[SpellHighlighter] = weakref.WeakSet()


def _checker() -> SpellChecker:
    global _english
    if _english is None:
        _english = SpellChecker(language="en", distance=2)
        _english.word_frequency.load_words([w.casefold() for w in JOB_SEARCH_WORDS])
    return _english


def _key(word: str) -> str:
    return word.replace("’", "'").casefold()


def dictionary_path() -> Path:
    return paths.data_dir() / DICTIONARY_FILE


def personal_words() -> set[str]:
    path = dictionary_path()
    if path not in _personal:
        words: set[str] = set()
        with contextlib.suppress(OSError, UnicodeDecodeError):
            words = {_key(w) for w in path.read_text(encoding="utf-8").split() if w}
        _personal[path] = words
    return _personal[path]


def add_to_dictionary(word: str) -> None:
    """Remember ``word`` for good (in the data folder, readable by the user alone)."""
    word = word.strip()
    if not word or _key(word) in personal_words():
        return
    personal_words().add(_key(word))
    path = dictionary_path()
    paths.ensure_private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as f:
        f.write(word + "\n")
    if os.name == "posix":
        path.chmod(0o600)
    for highlighter in list(_highlighters):
        # The Python wrapper can outlive its editor's C++ object; skip those.
        if shiboken6.isValid(highlighter):
            highlighter.rehighlight()
        else:
            _highlighters.discard(highlighter)


def words_in(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for every word worth checking in ``text``."""
    skip = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    for m in _WORD.finditer(text):
        if any(s <= m.start() < e for s, e in skip):
            continue
        yield m.start(), m.end(), m.group(0)


def _always_fine(word: str) -> bool:
    if len(word) < 2 or any(c.isdigit() or c == "_" for c in word):
        return True
    return word.isupper()  # an acronym: CV, HR, AWS


def _stem(word: str) -> str:
    """Drop a possessive: "Acme's" is as known as "Acme"."""
    key = _key(word)
    return key[:-2] if key.endswith("'s") and len(key) > 3 else key


class Speller:
    """One editor's spell checker: the shared dictionary plus this letter's own words."""

    def __init__(self) -> None:
        self._session: set[str] = set()

    def add_session_words(self, words: Iterable[str]) -> None:
        """Treat these (names, a company) as known; each entry may hold several words."""
        for entry in words:
            for _s, _e, w in words_in(entry or ""):
                self._session.add(_key(w))
                self._session.add(_stem(w))

    def clear_session_words(self) -> None:
        self._session.clear()

    def is_known(self, word: str) -> bool:
        if _always_fine(word):
            return True
        key, stem = _key(word), _stem(word)
        own = personal_words()
        if {key, stem} & self._session or key in own or stem in own:
            return True
        return bool(_checker().known([key, stem]))

    def suggestions(self, word: str, n: int = 5) -> list[str]:
        """Up to ``n`` likely corrections, most common first, in the word's own case."""
        checker = _checker()
        candidates = checker.candidates(_key(word)) or set()
        candidates.discard(_key(word))
        ranked = sorted(candidates, key=lambda c: (-checker.word_usage_frequency(c), c))[:n]
        if word[:1].isupper():
            ranked = [c[:1].upper() + c[1:] for c in ranked]
        return [_DISPLAY.get(c.casefold(), c) for c in ranked]


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines unknown words with the platform's spell-check underline."""

    def __init__(self, document: QTextDocument, speller: Speller) -> None:
        super().__init__(document)
        self.speller = speller
        self._format = QTextCharFormat()
        # The style decides how the line looks (wavy, dotted); the colour is the text's
        # unless the editor hands one from its palette (see set_underline_color).
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        _highlighters.add(self)

    def set_underline_color(self, color: QColor | None) -> None:
        if color is None:
            self._format.clearProperty(QTextFormat.Property.TextUnderlineColor)
        else:
            self._format.setUnderlineColor(color)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for start, end, word in words_in(text):
            if not self.speller.is_known(word):
                self.setFormat(start, end - start, self._format)


def word_at(text: str, position: int) -> tuple[int, int, str] | None:
    """The word of ``text`` around ``position`` (a cursor index), if it is one to check."""
    for start, end, word in words_in(text):
        if start <= position <= end:
            return start, end, word
    return None
