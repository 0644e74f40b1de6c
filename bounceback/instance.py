"""The data folder's lock: one BounceBack (window or data-replacing command) at a time.

An OS file lock (flock on POSIX, LockFileEx on Windows) in the data folder, so the system
drops it when the holder dies and a crash never blocks the next start. No Qt here: the
command line uses it too.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

LOCK_FILENAME = "bounceback.lock"
POLL_SECONDS = 0.05


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_FILENAME


def _try_lock(fd: int) -> bool:
    """One non-blocking attempt at the OS lock on ``fd``."""
    # Plain flock/LockFileEx rather than the filelock package: importing that took 35 ms
    # of every start (measured for issue 7), and this is all the window needs of it.
    try:
        # sys.platform, not os.name: mypy only follows the former to msvcrt's Windows stubs.
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DataFolderLock:
    """The data folder's lock. The window holds it while open; a CLI command that replaces
    the data (restore, encrypt) can hold it too, so no window opens meanwhile. The lock
    belongs to the process, whichever thread releases it."""

    def __init__(self, data_dir: Path) -> None:
        self.path = lock_path(data_dir)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, timeout: float = 0) -> bool:
        """Take the lock; False when someone else holds it (after ``timeout`` seconds)."""
        if self.held:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + max(0.0, timeout)
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                return False
            time.sleep(POLL_SECONDS)
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if sys.platform == "win32":  # as in _try_lock
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            # Closing drops the lock in any case; the file stays, as an empty marker.
            os.close(fd)


def is_running(data_dir: Path) -> bool:
    """Whether a BounceBack (or a command holding the lock) is using ``data_dir`` now.

    Needs no QApplication; creates nothing when the folder has never been opened.
    """
    if not lock_path(data_dir).exists():
        return False
    probe = DataFolderLock(data_dir)
    if probe.acquire():
        probe.release()
        return False
    return True
