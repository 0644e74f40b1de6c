"""Writing files the user's data goes into: whole or not at all, readable by the user alone."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_private_atomically(target: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` to ``target`` through a temporary file beside it and one rename.

    ``data`` is the whole content, or its pieces in order (an iterator that makes them as
    they are written, so a large export is never in memory whole). A crash, a full disk or
    an error while the pieces are made leaves either the old file or the new one, never half
    of one. mkstemp creates the file with mode 0600, so nobody else can read it even for a
    moment.
    """
    target = Path(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            if isinstance(data, bytes | bytearray | memoryview):
                f.write(data)
            else:
                for piece in data:
                    f.write(piece)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if os.name == "posix":
        target.chmod(0o600)
