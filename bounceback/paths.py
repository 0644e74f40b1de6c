"""Every on-disk location BounceBack uses, in one place.

The data folder comes from appdirs unless it is overridden, in order of precedence, by
``--data-dir``, then the ``BOUNCEBACK_DATA_DIR`` environment variable. Tests set the
override so they never touch the real user folder.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import appdirs

from bounceback import APP_NAME

ENV_DATA_DIR = "BOUNCEBACK_DATA_DIR"
DB_FILENAME = "bounceback.sqlite3"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Use ``path`` as the data folder for the rest of this process (``None`` resets)."""
    global _override
    _override = Path(path).expanduser().resolve() if path is not None else None


def default_data_dir() -> Path:
    # appauthor=False: no vendor sub-folder on Windows, the folder is simply "BounceBack".
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The data folder, without creating it."""
    if _override is not None:
        return _override
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` if needed, readable by the user alone (best effort off POSIX)."""
    path.mkdir(parents=True, exist_ok=True)
    narrow(path, 0o700)
    return path


def narrow(path: Path, allowed: int) -> None:
    """Take away every permission of ``path`` outside ``allowed`` (0o700, 0o600), and never add
    one: a folder or file the person made read-only stays read-only."""
    if os.name != "posix":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    # A folder or file the person made read-only is theirs to open up again: BounceBack
    # writes nothing there, so it changes nothing about it either.
    if mode & ~allowed and mode & stat.S_IWUSR:
        try:
            path.chmod(mode & allowed)
        except OSError as exc:
            # A read-only file system, or a file that isn't ours: nothing can be written
            # there either, and the caller says so when it tries.
            if exc.errno not in (errno.EROFS, errno.EPERM):
                raise


def is_read_only(folder: Path) -> bool:
    """Whether BounceBack must not write in ``folder``: its owner took away their own write
    permission (honoured even when running as root, who could write anyway), or the system
    refuses writes there (a read-only file system). A folder that doesn't exist isn't."""
    try:
        mode = folder.stat().st_mode
    except OSError:
        return False
    if os.name == "posix" and not mode & stat.S_IWUSR:
        return True
    return not os.access(folder, os.W_OK)


def is_inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` (resolved, links followed) lies in ``folder``: exports must not, since
    a file written there could replace the data file or a backup."""
    return path.expanduser().resolve().is_relative_to(folder.expanduser().resolve())


def database_path() -> Path:
    return data_dir() / DB_FILENAME


def log_dir() -> Path:
    """The platform's log folder; beside an overridden data folder (``--data-dir``, tests), so
    a test or a second data folder never writes into the real one."""
    if _override is not None or os.environ.get(ENV_DATA_DIR):
        folder = data_dir()
        return folder.with_name(folder.name + "-logs")
    return Path(appdirs.user_log_dir(APP_NAME, appauthor=False))


def backups_dir() -> Path:
    return data_dir() / "backups"


def resources_dir() -> Path:
    """The shipped resources (icons, templates), wherever the package was installed."""
    # The package's own folder, as importlib.resources.files would find it, without that
    # module's import (11 ms before the first frame, for the window's icon).
    import importlib

    shipped = importlib.import_module("bounceback.resources")
    return Path(next(iter(shipped.__path__)))


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


def docs_dir() -> Path:
    """The user guide (``guide/``) and its pictures (``screenshots/``): docs/ of the source
    tree, which an installed or frozen program carries as bounceback/docs (pyproject.toml
    maps it there, so docs/ stays the one copy)."""
    package = Path(__file__).resolve().parent
    shipped = package / "docs"
    return shipped if shipped.is_dir() else package.parent / "docs"
