"""Errors services raise. Messages are short English sentences the UI translates and shows."""

from __future__ import annotations


class ServiceError(Exception):
    """Something the user can fix or should know about; ``message`` is fit to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(ServiceError):
    def __init__(self, what: str, ident: int) -> None:
        super().__init__(f"This {what} no longer exists. It may have been deleted.")
        self.what = what
        self.ident = ident


class ValidationError(ServiceError):
    """Bad input; ``field`` names the offending field so forms can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
