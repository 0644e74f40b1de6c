"""Why the store could not be opened or changed; ``str(exc)`` is a short message for the user.

Every one of these is raised before anything on disk has changed, so the message can say so.
"""

from __future__ import annotations

from pathlib import Path

from bounceback.messages import Message


class StoreError(Exception):
    """The store cannot be opened or changed; ``str(exc)`` is fit to show the user.

    ``message`` is the same text as a :class:`Message`, which the window translates as its
    template (a message that names a path can't be translated once the path is in it)."""

    @property
    def message(self) -> str:
        first = self.args[0] if self.args else ""
        return first if isinstance(first, str) else str(first)


class StoreTooNewError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "This data was saved by a newer version of BounceBack. "
            "Please update BounceBack to open it; nothing has been changed."
        )


class StoreLockedError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "Your data is in use by another program (perhaps BounceBack is already "
            "open). Please close it and try again."
        )


class StoreCorruptError(StoreError):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "BounceBack could not read its data file. It may be damaged. "
            "Nothing has been changed; your backups are in the 'backups' folder beside it."
        )


class PassphraseNeededError(StoreError):
    """The file is encrypted and no passphrase was given."""

    def __init__(self) -> None:
        super().__init__("Your data is protected by a passphrase. Please enter it to open it.")


class WrongPassphraseError(StoreError):
    """The passphrase did not open the file. Nothing was changed."""

    def __init__(self) -> None:
        super().__init__(
            "That passphrase didn't open your data. Passphrases are case-sensitive; "
            "please check it and try again. Nothing has been changed."
        )


class NotEncryptedError(StoreError):
    def __init__(self) -> None:
        super().__init__("Your data isn't protected by a passphrase, so there is none to change.")


class AlreadyEncryptedError(StoreError):
    def __init__(self) -> None:
        super().__init__("Your data is already protected by a passphrase.")


class StoreFullError(StoreError):
    """The disk (or the person's quota) is full. Never "damaged": nothing is wrong with the
    data, and a restore would not help."""

    def __init__(self) -> None:
        super().__init__("Your disk is full: free some space and try again. Nothing was changed.")


class StoreReadOnlyError(StoreError):
    """The data folder (or its file system) can't be written; nothing is widened to fix it."""

    def __init__(self, folder: Path) -> None:
        super().__init__(Message(
            "Your data folder %1 is read-only, so BounceBack can't save anything there. Make it "
            "writable again (or choose another folder with --data-dir) and try again. Nothing "
            "was changed.", folder))


class StoreBusyError(StoreError):
    """Another BounceBack (a window or a command) kept the data busy longer than we wait."""

    def __init__(self) -> None:
        super().__init__(
            "BounceBack is busy with your data elsewhere (another window or command is saving "
            "to it). Please try again in a moment; nothing was changed."
        )


class StoreEmptyError(StoreCorruptError):
    """The data file is empty, but this folder held data before: damage, not a first run."""

    def __init__(self, path: Path) -> None:
        super().__init__(Message(
            "BounceBack's data file %1 is empty, though this folder held your data before (a "
            "failed copy or a full disk can do this). Nothing has been changed; your backups "
            "are in the 'backups' folder beside it.", path))


# What can stand where the data file should be, each said with what to do about it.
PATH_IS_FOLDER = (
    "BounceBack's data file %1 is a folder, not a file. Move that folder away (or choose "
    "another data folder with --data-dir) and try again.")
PATH_IS_SPECIAL = (
    "BounceBack's data file %1 is not a regular file. Move it away (or choose another data "
    "folder with --data-dir) and try again.")
PATH_IS_BROKEN_LINK = (
    "BounceBack's data file %1 is a link to something that isn't there. Reconnect the drive "
    "it points to (or remove the link) and try again.")
PATH_IS_UNREADABLE = (
    "BounceBack isn't allowed to read its data file %1. Give your user read and write "
    "permission on it and try again.")


class StorePathError(StoreError):
    """Something other than a readable file stands where the data file should be."""

    def __init__(self, template: str, path: Path) -> None:
        super().__init__(Message(template, path))


class StoreOpenError(StoreError):
    """Something no other check foresaw kept the data from opening (an unusual OS error)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(Message(
            "BounceBack couldn't open its data in %1. Nothing has been changed. Please check "
            "the folder (or choose another with --data-dir) and try again.", folder))
