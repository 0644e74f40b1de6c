"""Small personal settings the letters use, kept in the data folder's settings file."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from bounceback import paths

MY_NAME = "letters/my_name"


def settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def my_name() -> str:
    """The name letters are signed with; empty until the person gives it."""
    value = settings().value(MY_NAME, "")
    return value.strip() if isinstance(value, str) else ""


def set_my_name(name: str) -> None:
    s = settings()
    s.setValue(MY_NAME, name.strip())
    s.sync()


def signature_values() -> dict[str, str]:
    """Placeholder values that come from the person, not the application."""
    name = my_name()
    return {"my_name": name} if name else {}


HIDE_ARCHIVED = "reminders/hide_archived"


def read_bool(store: QSettings, key: str, fallback: bool) -> bool:
    """A yes/no setting; INI files give strings back."""
    value = store.value(key, fallback)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def hide_archived() -> bool:
    """Archived applications (and their rejections) left out of every list; on by default.

    Set in File → Reminders; every tab's application list follows it.
    """
    return read_bool(settings(), HIDE_ARCHIVED, True)
