"""The person's own spelling dictionary: words they added, kept in the store.

Words are compared without case (and with typographic apostrophes as plain ones), so
"Acme", "ACME" and "acme" are one entry; the first spelling added is the one kept.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.db.models import PersonalWord
from bounceback.services.errors import ValidationError

key = PersonalWord.key_of

def words(session: Session) -> list[str]:
    """Every added word as written, in the order they were added."""
    return list(session.scalars(
        select(PersonalWord.word).order_by(PersonalWord.created_at, PersonalWord.key)))


def add_word(session: Session, word: str) -> bool:
    """Add ``word``; False when it was there already (in any case)."""
    word = word.strip()
    if not word or len(word) > PersonalWord.MAX_LENGTH or any(c.isspace() for c in word):
        raise ValidationError("word", "Only a single word can be added to the dictionary.")
    if session.get(PersonalWord, key(word)) is not None:
        return False
    session.add(PersonalWord.of(word))
    return True


def remove_word(session: Session, word: str) -> bool:
    """Forget ``word``; False when it wasn't there."""
    row = session.get(PersonalWord, key(word))
    if row is None:
        return False
    session.delete(row)
    return True
