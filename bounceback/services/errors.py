"""Errors services raise. Messages are short English sentences the UI translates and shows."""

from __future__ import annotations


class Message(str):
    """An English message with its parts filled in, that still knows its template.

    ``Message("%1 is needed.", "The company")`` reads "The company is needed."; the window
    translates the template and each part (see ui/common/ops.translate_message), since a
    sentence can't be translated once the parts are in it.
    """

    template: str
    values: tuple[str, ...]

    def __new__(cls, template: str, *values: object) -> Message:
        # A part that is a Message itself stays one, so it is translated as a whole too.
        parts = tuple(v if isinstance(v, str) else str(v) for v in values)
        text = template
        # From the last, so %1 never eats the start of %10.
        for i in range(len(parts), 0, -1):
            text = text.replace(f"%{i}", parts[i - 1])
        made = super().__new__(cls, text)
        made.template = template
        made.values = parts
        return made


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
