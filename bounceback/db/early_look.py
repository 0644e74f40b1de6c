"""The store's first look, begun as soon as the window's first frame is on screen.

Opening a store starts with a look that changes nothing: SQLite's quick check over the whole
file, then the schema's revision (bounceback/db/peek.py). On the large benchmark store the
check alone takes 110–150 ms, all of it inside SQLite, which lets go of Python's lock while
it reads. So for a plain store the look runs on a thread of its own while the window imports
SQLAlchemy and the tab in front, and the store's opening takes its answer instead of looking
again (issue 22). It starts after the first frame, not before: on a busy two-core machine a
second thread reading the file slowed the first frame by a third. An encrypted store can't
be looked at before its passphrase is typed; its look happens as before, on the unlock's
worker.

Nothing here imports SQLAlchemy or Qt. The answer is used once: a store opened again (after
a restore, say) is looked at again, as it may have changed.
"""

from __future__ import annotations

import threading
from pathlib import Path

from bounceback.db.connect import PLAIN_HEADER
from bounceback.db.peek import peek_revision


def _plain(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False  # no store yet, or none to read: the opening finds out and says so


class EarlyLook:
    """:func:`peek_revision` of the plain store at ``path``, taken on a thread now."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._applies = False
        self._used = False
        self._revision: str | None = None
        self._error: BaseException | None = None
        # A daemon: a start that ends early (the data folder is already open in another
        # window) doesn't wait for a look nobody needs; a read-only look changes nothing.
        self._thread = threading.Thread(target=self._look, name="bounceback-early-look",
                                        daemon=True)
        self._thread.start()

    def _look(self) -> None:
        if not _plain(self.path):
            return
        self._applies = True
        try:
            self._revision = peek_revision(self.path, None)
        except BaseException as exc:  # handed to the opening, which says what it means
            self._error = exc

    def revision(self, path: Path, key: str | None) -> str | None:
        """What :func:`peek_revision` says of ``path``: the early answer the first time, when
        it is for this plain store, else a new look now."""
        self._thread.join()
        if self._used or not self._applies or key is not None or path != self.path:
            return peek_revision(path, key)
        self._used = True
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        return self._revision
