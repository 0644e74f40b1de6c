"""Errors services raise. Messages are short English sentences the UI translates and shows."""

from __future__ import annotations

from bounceback.messages import Message

__all__ = ["Message", "NotFoundError", "ServiceError", "ValidationError"]


class ServiceError(Exception):
    """Something the user can fix or should know about; ``message`` is fit to show.

    The message is an English template; ``values`` fill its %1, %2, …
    """

    def __init__(self, message: str, *values: object) -> None:
        self.message = Message(message, *values)
        super().__init__(self.message)


class NotFoundError(ServiceError):
    def __init__(self, what: str, ident: int) -> None:
        super().__init__("This %1 no longer exists. It may have been deleted.", what)
        self.what = what
        self.ident = ident


class ValidationError(ServiceError):
    """Bad input; ``field`` names the offending field so forms can point at it."""

    def __init__(self, field: str, message: str, *values: object) -> None:
        super().__init__(message, *values)
        self.field = field
