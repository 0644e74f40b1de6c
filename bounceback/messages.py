"""Messages for the person: English templates that still know their parts, so the window can
translate the template and fill it in (ui/common/ops.translate_message). Used by the services
and the store alike, so it depends on neither."""

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
