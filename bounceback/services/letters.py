"""Letter templates: the thank-you note and the feedback request.

The shipped texts live in ``resources/templates``; a person's edited copy lives in their data
folder and wins over the shipped one while it is readable. Nothing here sends anything: the
program only fills a template and builds a ``mailto:`` link for the person's own mail program.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from bounceback import paths
from bounceback.db.enums import EventKind
from bounceback.services.events import EventRow
from bounceback.services.files import write_private_text

TEMPLATE_NAMES = ("thank_you", "feedback_request")
PLACEHOLDERS = ("name", "company", "role", "interview_date", "my_name")

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_SUBJECT = re.compile(r"subject:[ \t]*(.*)", re.IGNORECASE)


@dataclass(frozen=True)
class Letter:
    subject: str
    body: str


def _check_name(name: str) -> None:
    # The name becomes a file name: only the known ones, never a path.
    if name not in TEMPLATE_NAMES:
        raise ValueError(f"unknown template {name!r}")


def shipped_path(name: str) -> Path:
    _check_name(name)
    return paths.resources_dir() / "templates" / f"{name}.txt"


def _normalise(text: str) -> str:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _read_user_copy(path: Path) -> str | None:
    """The user's copy, or None when it is missing, unreadable, not UTF-8 or blank."""
    try:
        text = _normalise(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    if not text.strip() or "\x00" in text:
        return None
    return text


def load_shipped(name: str) -> str:
    return _normalise(shipped_path(name).read_text(encoding="utf-8"))


def load_template(name: str, user_dir: Path | None) -> str:
    """The user's edited copy in ``user_dir`` if it is usable, else the shipped template."""
    _check_name(name)
    if user_dir is not None:
        text = _read_user_copy(user_dir / f"{name}.txt")
        if text is not None:
            return text
    return load_shipped(name)


def save_template(name: str, text: str, user_dir: Path) -> None:
    """Keep the user's copy, written whole or not at all, readable by the user alone."""
    _check_name(name)
    paths.ensure_private_dir(user_dir)
    write_private_text(user_dir / f"{name}.txt", _normalise(text))


def reset_template(name: str, user_dir: Path) -> None:
    """Forget the user's copy, so the shipped template is used again."""
    _check_name(name)
    (user_dir / f"{name}.txt").unlink(missing_ok=True)


def is_customised(name: str, user_dir: Path) -> bool:
    _check_name(name)
    return (user_dir / f"{name}.txt").is_file()


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
