"""The data folder's lock: one BounceBack (window or data-replacing command) at a time.

An OS file lock (flock on POSIX, LockFileEx on Windows) in the data folder, so the system
drops it when the holder dies and a crash never blocks the next start. No Qt here: the
command line uses it too.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

LOCK_FILENAME = "bounceback.lock"


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_FILENAME


class DataFolderLock:
    """The data folder's lock. The window holds it while open; a CLI command that replaces
    the data (restore, encrypt) can hold it too, so no window opens meanwhile."""

    def __init__(self, data_dir: Path) -> None:
        self.path = lock_path(data_dir)
        # thread_local=False: the lock belongs to the process, whichever thread releases it.
        self._lock = FileLock(self.path, mode=0o600, thread_local=False)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self, timeout: float = 0) -> bool:
        """Take the lock; False when someone else holds it (after ``timeout`` seconds)."""
        if self.held:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(timeout=timeout)
        except Timeout:
            return False
        return True

    def release(self) -> None:
        if self.held:
            self._lock.release()


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
