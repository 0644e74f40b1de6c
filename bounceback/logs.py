"""Where BounceBack's book-keeping goes: a small rotating file, readable by the user alone.

Only the program's own notes are logged (what failed, which migration ran), never anything the
user wrote. Two guards keep it that way beyond our own log calls: SQLAlchemy's statement and
parameter logging is held at WARNING whatever level is asked for (its INFO lines quote journal
text), and the handlers drop any such record that slips through anyway.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from bounceback.paths import narrow

ENV_LEVEL = "BOUNCEBACK_LOG"
LOG_FILENAME = "bounceback.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Loggers that would quote statement parameters (user text) at INFO or DEBUG.
_QUIET = ("sqlalchemy",)
_OURS = "_bounceback_handler"
# logging ``extra`` key: {FILE_ONLY: True} keeps a record off standard error.
FILE_ONLY = "file_only"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose files are created with mode 0600, even for a moment."""

    def _open(self) -> io.TextIOWrapper:
        folder = Path(self.baseFilename).parent
        folder.mkdir(parents=True, exist_ok=True)
        narrow(folder, 0o700)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # a file left by an older version may be wider
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        # A log that can't be written (a full or read-only disk) is lost quietly: logging's
        # default would print a traceback, with the record, on standard error.
        return


class _NoStatements(logging.Filter):
    """Drops SQLAlchemy's below-warning records (statements and their parameters)."""

    def filter(self, record: logging.LogRecord) -> bool:
        quiet = any(record.name == n or record.name.startswith(n + ".") for n in _QUIET)
        return not quiet or record.levelno >= logging.WARNING


def level_from(name: str | None, default: int = logging.WARNING) -> int:
    """A level name ("debug", "INFO" ...) as a number; anything unknown is ``default``."""
    if not name:
        return default
    value = logging.getLevelName(name.strip().upper())
    return value if isinstance(value, int) else default


def setup_logging(log_dir: Path, level: str = "WARNING", *, lazy: bool = False) -> Path:
    """Log to ``log_dir``/bounceback.log (rotated, 0600, folder 0700) and warnings to stderr.

    The ``BOUNCEBACK_LOG`` environment variable, when set, overrides ``level``. Calling it
    again replaces the handlers it added before instead of adding more. Returns the log file.

    With ``lazy`` (the command line) the file and its folder are made at the first record,
    so a command with nothing to log (a mistyped --data-dir, say) leaves no folder behind.
    """
    file_level = level_from(os.environ.get(ENV_LEVEL) or level)
    path = Path(log_dir) / LOG_FILENAME
    stop_logging()
    handlers: list[logging.Handler] = []
    problem: OSError | None = None
    try:
        handlers.append(_file_handler(path, file_level, lazy=lazy))
    except OSError as exc:  # a read-only or full disk must not stop the program
        problem = exc
    # A windowed program (pythonw, a frozen GUI build) has no stderr at all.
    if sys.stderr is not None:
        to_stderr = logging.StreamHandler(sys.stderr)
        to_stderr.setLevel(logging.WARNING)
        # A record meant for the file alone (the command line's unexpected-error report,
        # which has already told the person in one sentence) stays off the terminal.
        to_stderr.addFilter(lambda record: not getattr(record, FILE_ONLY, False))
        handlers.append(to_stderr)
    root = logging.getLogger()
    formatter = logging.Formatter(FORMAT)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(_NoStatements())
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    root.setLevel(min(file_level, logging.WARNING))
    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
    if problem is not None:
        logging.getLogger(__name__).warning("Can't write the log file %s: %s", path,
                                            problem.strerror or type(problem).__name__)
    return path


def _file_handler(path: Path, level: int, *, lazy: bool) -> logging.Handler:
    handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                         encoding="utf-8", errors="backslashreplace",
                                         delay=lazy)
    handler.setLevel(level)
    return handler


def stop_logging() -> None:
    """Remove and close the handlers :func:`setup_logging` added (tests, and a clean exit)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()
