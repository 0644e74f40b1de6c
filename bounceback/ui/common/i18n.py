"""Translation for code outside a QObject, in a form pyside6-lupdate can see.

lupdate finds ``self.tr("…")`` (context: the class) and a bare ``tr("…")`` with a literal
argument (context: the empty one); it cannot see helpers of other names. So functions,
models and message boxes use :func:`tr` from here, and their strings live in the empty
context of the catalogue, each with its file and line for the translator.

A count goes into words through Qt's plural forms, never through ``if n == 1``:
``tr("%Ln application(s)", "", n)`` reads "1 application", "2 applications" (the forms come
from the catalogue, English's too: see bounceback/ui/language.py) and %Ln writes the number
as the language does. A number with decimals can't be a count: see :func:`plural_count`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Translated text with parts is filled in here too: ``fill(tr("Delete %1 at %2?"), a, b)``,
# in one pass (Qt-free, in bounceback.messages, so the services' messages fill the same way).
from bounceback.messages import fill as fill


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate in the context lupdate gives a bare ``tr()``."""
    return QCoreApplication.translate("", text, disambiguation, n)


def QT_TR_NOOP(text: str) -> str:
    """Marks text kept in a table for lupdate (which looks for this name); :func:`tr`
    translates it where it is shown."""
    return text


def plural_count(value: float, places: int = 1) -> int:
    """The count that picks the plural form for ``value`` shown with ``places`` decimals
    (``fill(tr("%1 point(s)", "", plural_count(v)), number)``): the number itself when it
    shows whole ("1 point", "3 points"), else 2, since English and Spanish say "1.5 points"
    as they say "2 points"."""
    shown = round(abs(value), places)
    return int(shown) if float(shown).is_integer() else 2
