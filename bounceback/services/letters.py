"""Letter templates: the thank-you note and the feedback request.

The shipped texts live in ``resources/templates``; a person's edited copy lives in the store
(``letter_templates``) and wins over the shipped one while it holds any words. Nothing here
sends anything: the program only fills a template and builds a ``mailto:`` link for the
person's own mail program.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bounceback import paths
from bounceback.db.enums import EventKind
from bounceback.db.models import LETTER_TEMPLATES, LetterTemplate
from bounceback.services.errors import ValidationError
from bounceback.services.events import EventRow

TEMPLATE_NAMES = LETTER_TEMPLATES
PLACEHOLDERS = ("name", "company", "role", "interview_date", "my_name")

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
# The first line may name the subject, in any language a template ships in.
_SUBJECT = re.compile(r"(?:subject|asunto):[ \t]*(.*)", re.IGNORECASE)


@dataclass(frozen=True)
class Letter:
    subject: str
    body: str


def _check_name(name: str) -> None:
    # The name becomes a file name: only the known ones, never a path.
    if name not in TEMPLATE_NAMES:
        raise ValueError(f"unknown template {name!r}")


def shipped_path(name: str, language: str = "en") -> Path:
    """The shipped template in ``language`` (resources/templates/<language>/), or the English
    one where there is none in that language."""
    _check_name(name)
    folder = paths.resources_dir() / "templates"
    translated = folder / language / f"{name}.txt"
    return translated if language != "en" and translated.is_file() else folder / f"{name}.txt"


def _normalise(text: str) -> str:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def usable(text: str | None) -> str | None:
    """``text`` normalised, or None when it can't serve as a template (blank, or holding
    NUL characters that no editor would have put there)."""
    if text is None:
        return None
    text = _normalise(text)
    if not text.strip() or "\x00" in text:
        return None
    return text


def load_shipped(name: str, language: str = "en") -> str:
    return _normalise(shipped_path(name, language).read_text(encoding="utf-8"))


def template_for(session: Session, name: str, language: str = "en") -> str:
    """The person's own version of template ``name`` if there is a usable one, else the
    shipped text in ``language`` (the language BounceBack speaks)."""
    _check_name(name)
    own = usable(session.scalar(select(LetterTemplate.body).where(LetterTemplate.name == name)))
    return own if own is not None else load_shipped(name, language)


def save_template(session: Session, name: str, text: str) -> None:
    """Keep the person's version of template ``name`` (in the store, with everything else)."""
    _check_name(name)
    body = usable(text)
    if body is None:
        raise ValidationError("text", "A template needs some words in it.")
    row = session.get(LetterTemplate, name)
    if row is None:
        session.add(LetterTemplate(name=name, body=body))
    else:
        row.body = body


def reset_template(session: Session, name: str) -> None:
    """Forget the person's version, so the shipped template is used again."""
    _check_name(name)
    session.execute(delete(LetterTemplate).where(LetterTemplate.name == name))


def is_customised(session: Session, name: str) -> bool:
    _check_name(name)
    return session.get(LetterTemplate, name) is not None


def missing_marker(key: str) -> str:
    """What stands in for a placeholder with no value, e.g. ``[interview date]``."""
    return f"[{key.replace('_', ' ')}]"


def _substitute(text: str, values: Mapping[str, str], one_line: bool) -> str:
    def repl(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in PLACEHOLDERS:
            return match.group(0)  # someone's own braces: leave them as written
        value = (values.get(key) or "").strip()
        if not value:
            return missing_marker(key)
        return " ".join(value.split()) if one_line else value

    return _PLACEHOLDER.sub(repl, text)


def fill(template: str, values: Mapping[str, str]) -> Letter:
    """Fill the known placeholders and split off a first ``Subject:`` line.

    Unknown ``{words}`` and stray braces stay as they are; a placeholder with no value shows
    as a visible marker such as ``[name]`` so the person sees what is left to fill in.
    """
    text = _normalise(template)
    subject = ""
    first, sep, rest = text.partition("\n")
    match = _SUBJECT.fullmatch(first.strip())
    if match:
        subject = _substitute(match.group(1).strip(), values, one_line=True)
        text = rest if sep else ""
    body = _substitute(text, values, one_line=False)
    return Letter(subject=subject, body=body.lstrip("\n").rstrip())


def mailto_url(to: str, letter: Letter, *, with_body: bool = True) -> str:
    """A ``mailto:`` link that opens the user's mail program with the letter filled in.

    Everything is percent-encoded (RFC 6068), line breaks as CRLF; several addresses may be
    separated by commas. ``with_body=False`` leaves the message out: the link ends up on a
    command line (``xdg-open mailto:…``) that other local users can read, and is printed
    whole on stderr when no mail program is installed.
    """
    addresses = ",".join(a.strip() for a in to.split(",") if a.strip())
    url = "mailto:" + quote(addresses, safe="@,")
    fields = []
    if letter.subject:
        fields.append("subject=" + quote(letter.subject, safe=""))
    if letter.body and with_body:
        body = letter.body.replace("\r\n", "\n").replace("\n", "\r\n")
        fields.append("body=" + quote(body, safe=""))
    if fields:
        url += "?" + "&".join(fields)
    return url


# Words that start a role rather than a name: "the hiring manager" gets a visible [name].
_NOT_NAMES = frozenset({"the", "a", "an", "my", "our", "their", "hiring", "hr", "recruiter",
                        "interviewer", "manager", "team", "panel"})


def first_name(whom: str) -> str:
    """The first name in "Sam (recruiter)" or "Dana Reyes"; empty for a role such as
    "the hiring manager", so the letter shows a visible [name] to fill in instead."""
    words = whom.replace("(", " ").replace(",", " ").split()
    if not words:
        return ""
    word = words[0].strip(".;:'\"")
    if not word or not word[0].isupper() or word.casefold() in _NOT_NAMES:
        return ""
    return word


def talked_on(history: Sequence[EventRow], whom: str) -> dt.date | None:
    """The day of the latest interview, preferring one this person took part in; a screening
    call when there was no interview."""
    name = whom.casefold().strip()
    for kind in (EventKind.INTERVIEW, EventKind.SCREEN):
        talks = [e for e in history if e.kind == kind]
        theirs = [e for e in talks if name and name in e.interviewers.casefold()]
        chosen = theirs or talks
        if chosen:
            return max(e.occurred_on for e in chosen)
    return None


def known_words(*texts: str) -> list[str]:
    """Names of the company, the role and the people: never spelling mistakes."""
    words = (w.strip(".,()&'\"") for text in texts for w in text.split())
    return [w for w in words if w]
