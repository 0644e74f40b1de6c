"""Translation for code outside a QObject, in a form pyside6-lupdate can see.

lupdate finds ``self.tr("…")`` (context: the class) and a bare ``tr("…")`` with a literal
argument (context: the empty one); it cannot see helpers of other names. So functions,
models and message boxes use :func:`tr` from here, and their strings live in the empty
context of the catalogue, each with its file and line for the translator.
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
