"""Messages for the person: English templates that still know their parts, so the window can
translate the template and fill it in (ui/common/ops.translate_message). Used by the services
and the store alike, so it depends on neither."""

from __future__ import annotations

import re

# Qt's place markers (QString::arg): %1 to %99, a percent sign and one or two digits.
_PLACE_MARKER = re.compile(r"%([1-9][0-9]?)")


def fill(text: str, *values: object) -> str:
    """``text`` with each place marker %1 … %99 replaced by the value of that number, in
    one pass: ``fill(tr("Delete %1 at %2?"), company, role)``. Values go through str().

    What a value holds is kept as it is: a company called "%2 Labs" stays "%2 Labs", where
    filling one marker after the other (str.replace, "%1" then "%2") would fill its "%2"
    in turn. "%10" is marker ten, never %1 then "0". A marker with no value given ("%3"
    with two values) stays as written, and so does any other "%" ("%n", "%0", "50%").
    "%%" is no escape, as it is none for QString::arg (nor was it for translate_message):
    "%%1" reads "%" and the first value. Unlike QString::arg with several values, marker N
    always takes value N, even where a lower one is missing from the text (a translation
    may leave one out): "%1 %3" with ("a", "b", "c") reads "a c".
    """
    parts = [str(v) for v in values]

    def part(marker: re.Match[str]) -> str:
        n = int(marker.group(1))
        return parts[n - 1] if n <= len(parts) else marker.group(0)

    return _PLACE_MARKER.sub(part, text)


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
        made = super().__new__(cls, fill(template, *parts))
        made.template = template
        made.values = parts
        return made
