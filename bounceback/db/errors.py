"""Why the store could not be opened or changed; ``str(exc)`` is a short message for the user.

Every one of these is raised before anything on disk has changed, so the message can say so.
"""

from __future__ import annotations


class StoreError(Exception):
    """The store cannot be opened or changed; ``str(exc)`` is fit to show the user."""


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
