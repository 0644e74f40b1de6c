"""The language BounceBack speaks: the system's by default, or the one chosen in Settings.

English is the source language, yet it has a catalogue too: one of plural forms only
(bounceback_en.ts), since Qt picks "1 application" or "2 applications" for
``tr("%Ln application(s)", "", n)`` only from a catalogue. It is installed under every
language, first: a plural another catalogue lacks (not translated yet) then reads in English
rather than as "2 application(s)". For another language two more translators are installed
above it: BounceBack's own catalogue (resources/translations, compiled from the .ts and
committed) and Qt's, for the standard buttons and dialogs. Installing or removing a
translator sends every widget a LanguageChange event; the main window answers it by
retranslating itself (MainWindow.retranslate).
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

# Not "general/…": Qt's INI format writes a group named "general" as [%General], which the next
# start reads back as "General/…", so the choice was lost at every restart.
SETTING = "interface/language"
_OLD_SETTINGS = ("General/language", "general/language")
SYSTEM = ""  # the setting's value for "follow the system"
SOURCE = "en"
# Code → the language's own name, as a person looking for it would read it.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}

_installed: list[QTranslator] = []
_current = SOURCE


def catalogue_dir() -> Path:
    return Path(str(resources.files("bounceback.resources") / "translations"))


def chosen(settings: QSettings) -> str:
    """The setting: a language code, or SYSTEM."""
    for old in _OLD_SETTINGS:  # where earlier versions kept it: moved, once
        if settings.contains(old):
            if not settings.contains(SETTING):
                settings.setValue(SETTING, settings.value(old))
            settings.remove(old)
    value = settings.value(SETTING, SYSTEM)
    value = value if isinstance(value, str) else SYSTEM
    return value if value in LANGUAGES else SYSTEM


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to use for a setting: the system's when it is one we have."""
    if choice in LANGUAGES:
        return choice
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else SOURCE


def current() -> str:
    return _current


def apply(code: str) -> bool:
    """Speak ``code`` from now on; False (and English) when its catalogue is missing."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        return False
    if code == _current and _installed:
        return True
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = SOURCE
    _set_locale(code)
    # The plural forms of English, beneath whatever else is spoken (the last translator
    # installed is asked first). Without them English still reads, as "%n file(s)" does.
    plurals = QTranslator(app)
    if plurals.load(f"bounceback_{SOURCE}", str(catalogue_dir())):
        app.installTranslator(plurals)
        _installed.append(plurals)
    else:
        log.warning("No catalogue of English plural forms")
    if code == SOURCE:
        return True
    own = QTranslator(app)
    if not own.load(f"bounceback_{code}", str(catalogue_dir())):
        log.warning("No catalogue for language %s", code)
        _set_locale(SOURCE)
        return False
    qt = QTranslator(app)
    if any(qt.load(QLocale(code), "qtbase", "_", folder) for folder in _qt_catalogue_dirs()):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(own)
    _installed.append(own)
    _current = code
    return True


def _qt_catalogue_dirs() -> list[str]:
    """Where Qt's own catalogues are: where Qt says, and beside PySide6 (a frozen program's
    Qt may not know its own folder)."""
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).parent / "Qt" / "translations")]


def _set_locale(code: str) -> None:
    """Dates and numbers in the language spoken, with the system's country conventions;
    the system's own locale when it already speaks it."""
    system = QLocale.system()
    if system.name().split("_")[0] == code or (code == SOURCE and system.language() in (
            QLocale.Language.C, QLocale.Language.English)):
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(QLocale(code).language(), system.territory()))


def apply_setting(settings: QSettings) -> bool:
    return apply(resolve(chosen(settings)))
