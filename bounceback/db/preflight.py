"""What stands at the store's path, looked at before anything opens (let alone writes) it.

Every start (the window and every command) comes here first, so a folder, a socket, a broken
link, an unreadable file, an emptied store or a file of garbage each ends in one plain
sentence that names the path and what to do, never a traceback, a hang or a first run
written over what was there.
"""

from __future__ import annotations

import enum
import os
import stat
from pathlib import Path

from bounceback.db import history
from bounceback.db.connect import PLAIN_HEADER, is_encrypted
from bounceback.db.errors import (
    PATH_IS_BROKEN_LINK,
    PATH_IS_FOLDER,
    PATH_IS_SPECIAL,
    PATH_IS_UNREADABLE,
    StoreCorruptError,
    StoreEmptyError,
    StorePathError,
)


class Kind(enum.Enum):
    NEW = "new"  # nothing there (or an empty file from an interrupted first start)
    PLAIN = "plain"
    ENCRYPTED = "encrypted"


def examine(path: Path, backups: Path) -> Kind:
    """The kind of store at ``path``; raises :class:`StoreError` when there is something at
    ``path`` BounceBack can't use, or a store that is damaged. Reads a few bytes, writes
    nothing."""
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise StorePathError(PATH_IS_BROKEN_LINK, path) from None
        return Kind.NEW
    except PermissionError:
        raise StorePathError(PATH_IS_UNREADABLE, path) from None
    except OSError:  # a loop of links, a name too long ...
        raise StorePathError(PATH_IS_SPECIAL, path) from None
    if stat.S_ISDIR(st.st_mode):
        raise StorePathError(PATH_IS_FOLDER, path)
    if not stat.S_ISREG(st.st_mode):
        raise StorePathError(PATH_IS_SPECIAL, path)
    # The owner's read bit, as the person set it (root could read regardless).
    if (os.name == "posix" and not st.st_mode & stat.S_IRUSR) or not os.access(path, os.R_OK):
        raise StorePathError(PATH_IS_UNREADABLE, path)
    past = history.read(path.parent, backups)
    if st.st_size == 0:
        if past.opened:
            raise StoreEmptyError(path)
        return Kind.NEW
    try:
        with open(path, "rb") as f:
            head = f.read(len(PLAIN_HEADER))
    except PermissionError:
        raise StorePathError(PATH_IS_UNREADABLE, path) from None
    if head == PLAIN_HEADER:
        return Kind.PLAIN
    # SQLCipher's first bytes are a random salt: never all zeros (what a failed write or a
    # full disk leaves), and never in a folder that has only ever had a plain store.
    if not is_encrypted(path) or not head.strip(b"\0") or past.encrypted is False:
        raise StoreCorruptError()
    return Kind.ENCRYPTED
