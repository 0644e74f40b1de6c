"""Spell checking as you type, offline.

A letter is checked in its own language: English through pyspellchecker, other languages
through the system's Hunspell dictionary (Enchant; Debian's hunspell-es for Spanish), each
loaded on first use, once per process. Words the person
added are kept in the store (``services/dictionary.py``, so they are encrypted and backed up
with it), read once per opened store; the names in a letter (the recipient, the company, the
sender) count as known for that letter only. Numbers, acronyms, web
addresses and e-mail addresses are never flagged.
"""

from __future__ import annotations

import logging
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import shiboken6
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument, QTextFormat
from PySide6.QtWidgets import QWidget
from spellchecker import SpellChecker

from bounceback.db.errors import StoreError
from bounceback.db.store import Store
from bounceback.services import dictionary
from bounceback.ui.common.ops import Ops

log = logging.getLogger(__name__)

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

# The dictionaries, loaded on first use, once per process (None: none for that language).
_lexicons: dict[str, _Lexicon | None] = {}
_highlighters: weakref.WeakSet[SpellHighlighter] = weakref.WeakSet()


class _Lexicon(Protocol):
    def known(self, word: str, key: str, stem: str) -> bool: ...

    def suggest(self, word: str, n: int) -> list[str]: ...


class _Frequencies:
    """English through pyspellchecker: a word list with frequencies, so suggestions come
    most common first."""

    def __init__(self) -> None:
        self.checker = SpellChecker(language="en", distance=2)
        # Names of the trade are the same in every language ("LinkedIn", "onboarding").
        self.checker.word_frequency.load_words([w.casefold() for w in JOB_SEARCH_WORDS])

    def known(self, word: str, key: str, stem: str) -> bool:
        return bool(self.checker.known([key, stem]))

    def suggest(self, word: str, n: int) -> list[str]:
        key = _key(word)
        candidates = self.checker.candidates(key) or set()
        candidates.discard(key)
        return sorted(candidates,
                      key=lambda c: (-self.checker.word_usage_frequency(c), c))[:n]


class _Hunspell:
    """A Hunspell dictionary through Enchant: its affix rules know every form of a word
    ("contrataron", "estaríamos"), which a list of base forms can't (pyspellchecker's
    Spanish list would underline half of every Spanish letter)."""

    def __init__(self, dictionary: Any) -> None:
        self.dictionary = dictionary
        self.trade = {w.casefold() for w in JOB_SEARCH_WORDS}

    def known(self, word: str, key: str, stem: str) -> bool:
        # Hunspell knows case: "España" as written, "Gracias" through "gracias".
        return key in self.trade or bool(self.dictionary.check(word)) \
            or bool(self.dictionary.check(key))

    def suggest(self, word: str, n: int) -> list[str]:
        return [c for c in self.dictionary.suggest(word) if c != word][:n]


def _hunspell(code: str) -> _Lexicon | None:
    """The system's Hunspell dictionary for ``code`` (Debian: hunspell-es), if there is one."""
    try:
        import enchant  # here: it opens the C library, only once a letter needs it
    except ImportError as exc:  # the Enchant library itself is missing
        log.info("No Enchant library for spelling: %s", type(exc).__name__)
        return None
    try:
        return _Hunspell(enchant.Dict(code))
    except enchant.errors.Error:
        log.info("No %s dictionary installed: its letters are not underlined", code)
        return None


def _lexicon(language: str = "en") -> _Lexicon | None:
    code = language.split("_")[0]
    if code not in _lexicons:
        _lexicons[code] = _Frequencies() if code == "en" else _hunspell(code)
    return _lexicons[code]


@dataclass
class _Personal:
    """The person's own words: where they are kept (the open store, through its Ops) and the
    copy in memory, read once per store (a restore or a new passphrase opens another)."""

    ops: Ops | None = None
    read_from: Store | None = None
    words: set[str] = field(default_factory=set)


_own = _Personal()


def use_store(ops: Ops | None) -> None:
    """Keep added words in the store ``ops`` writes to (the window calls this when its store
    opens, and with None when it closes). Without one, added words last for this run."""
    _own.ops, _own.read_from, _own.words = ops, None, set()
    _rehighlight_all()


_key = dictionary.key


def personal_words() -> set[str]:
    """The added words, compared without case."""
    ops = _own.ops
    if ops is not None and _own.read_from is not ops.store:
        _own.read_from = ops.store
        try:
            _own.words = {_key(w) for w in ops.read(dictionary.words)}
        except StoreError as exc:
            # Checking spelling without them beats refusing to open the letter.
            log.warning("Could not read the added words: %s", type(exc).__name__)
            _own.words = set()
    return _own.words


def add_to_dictionary(word: str, parent: QWidget | None = None) -> bool:
    """Remember ``word`` for good; False when it couldn't be saved (the person was told)."""
    word = word.strip()
    if not word or _key(word) in personal_words():
        return True
    ops = _own.ops
    if ops is not None and not ops.run(parent, dictionary.add_word, word):
        return False
    personal_words().add(_key(word))
    _rehighlight_all()
    return True


def remove_from_dictionary(word: str, parent: QWidget | None = None) -> bool:
    """Forget an added ``word``; False when it couldn't be saved (the person was told)."""
    if _key(word) not in personal_words():
        word = _stem(word)  # "Acme's" is known through "Acme"
    ops = _own.ops
    if ops is not None and not ops.run(parent, dictionary.remove_word, word):
        return False
    personal_words().discard(_key(word))
    _rehighlight_all()
    return True


def is_added(word: str) -> bool:
    """``word`` is known because the person added it (not from the general dictionary)."""
    own = personal_words()
    return _key(word) in own or _stem(word) in own


def _rehighlight_all() -> None:
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
    """One editor's spell checker: the dictionary of the letter's language (``language()``,
    asked each time, so a letter follows a change of language), the person's own words and
    this letter's names."""

    def __init__(self, language: Callable[[], str] | None = None) -> None:
        self._session: set[str] = set()
        self._language = language or (lambda: "en")

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
        lexicon = _lexicon(self._language())
        # No dictionary for the language: nothing is underlined, rather than wrongly.
        return lexicon is None or lexicon.known(word, key, stem)

    def suggestions(self, word: str, n: int = 5) -> list[str]:
        """Up to ``n`` likely corrections, most common first, in the word's own case."""
        lexicon = _lexicon(self._language())
        if lexicon is None:
            return []
        ranked = lexicon.suggest(word, n)
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
