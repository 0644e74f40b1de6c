"""Writing files the user's data goes into: whole or not at all, readable by the user alone."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_private_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file beside it and one rename.

    A crash or a full disk leaves either the old file or the new one, never half of one.
    mkstemp creates the file with mode 0600, so nobody else can read it even for a moment.
    """
    target = Path(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if os.name == "posix":
        target.chmod(0o600)

