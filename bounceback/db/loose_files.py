"""Files earlier versions kept beside the store, moved into it.

Edited letter templates (``templates/<name>.txt``) and the personal spelling dictionary
(``dictionary.txt``) used to be plain files in the data folder, readable beside a store that
was encrypted. :func:`adopt` copies what they hold into the store in one transaction and,
once that is committed, overwrites and removes them. It runs on every writable open (so an
upgrade moves them at the first start, and ``encrypt`` before it converts), and is a look at
two paths when there is nothing to move.

What a file says wins over a row already in the store: since this version removes the files
it takes in, a file that is still there was written later, by an older BounceBack.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.errors import StoreError
from bounceback.db.models import LETTER_TEMPLATES, LetterTemplate, PersonalWord

if TYPE_CHECKING:
    from bounceback.db.store import Store

log = logging.getLogger(__name__)

TEMPLATES_DIR = "templates"
DICTIONARY_FILE = "dictionary.txt"
# As services.dictionary keeps them: longer "words" are not words.
MAX_WORD = PersonalWord.MAX_LENGTH


@dataclass
class Adopted:
    templates: int = 0
    words: int = 0
    # Files that could not be read; they stay where they are.
    left: int = 0


def found(folder: Path) -> list[Path]:
    """The loose files in ``folder`` that :func:`adopt` would take in."""
    candidates = [folder / TEMPLATES_DIR / f"{name}.txt" for name in LETTER_TEMPLATES]
    candidates.append(folder / DICTIONARY_FILE)
    return [p for p in candidates if p.is_file()]


def adopt(store: Store) -> Adopted:
    """Move the loose files beside ``store`` into it. Never raises for a file or the store:
    whatever can't be moved now stays as it was and is tried again at the next open."""
    folder = store.path.parent
    done = Adopted()
    files = found(folder)
    if not files:
        return done
    texts: dict[Path, str] = {}
    for path in files:
        try:
            # Bytes that aren't UTF-8 are kept as replacement marks rather than lost whole.
            texts[path] = path.read_bytes().decode("utf-8", errors="replace")
        except OSError as exc:
            log.warning("Could not read %s to move it into the store: %s",
                        path.name, type(exc).__name__)
            done.left += 1
    try:
        with store.write() as s:
            for path, text in texts.items():
                if path.name == DICTIONARY_FILE:
                    done.words += _take_words(s, text)
                else:
                    done.templates += _take_template(s, path.stem, text)
    except StoreError as exc:
        log.warning("Could not move the loose files into the store: %s", type(exc).__name__)
        done.left += len(texts)
        return done
    for path in texts:
        _shred(path)
    templates = folder / TEMPLATES_DIR
    if templates.is_dir() and not any(templates.iterdir()):
        templates.rmdir()
    log.info("Moved %d letter templates and %d dictionary words into the store",
             done.templates, done.words)
    return done


def _take_template(s: Session, name: str, text: str) -> int:
    body = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    body = body.replace("\x00", "")
    if not body.strip():
        return 0  # an emptied copy meant "the shipped text", which is what no row means
    row = s.get(LetterTemplate, name)
    if row is None:
        s.add(LetterTemplate(name=name, body=body))
    else:
        row.body = body
    return 1


def _take_words(s: Session, text: str) -> int:
    have = set(s.scalars(select(PersonalWord.key)))
    added = 0
    for word in text.replace("\x00", " ").split():
        row = PersonalWord.of(word)
        if len(word) > MAX_WORD or row.key in have:
            continue
        s.add(row)
        have.add(row.key)
        added += 1
    return added


def _shred(path: Path) -> None:
    """Overwrite ``path`` with zeros, then remove it. On most disks that makes the old text
    unreadable through the file system; it can't promise the blocks are gone (an SSD or a
    copy-on-write file system keeps old ones), which the privacy guide says plainly."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as f:
            f.write(b"\0" * size)
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        log.warning("Could not overwrite %s before removing it: %s", path.name,
                    type(exc).__name__)
    try:
        path.unlink()
    except OSError as exc:
        log.warning("Could not remove %s: %s", path.name, type(exc).__name__)
