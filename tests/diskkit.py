"""Real disks in trouble, for the tests: a small full file system, a read-only folder.

A full disk is made for real where the test can make one (a small tmpfs, mounted when the
tests run as root, as CI does); elsewhere those tests are skipped with the reason. The mapping
from SQLite's and the OS's errors to what the person is told is tested directly as well
(tests/db/test_store_edges.py), so it is covered either way.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

DISK_SIZE = "8m"


@contextlib.contextmanager
def small_disk(where: Path) -> Iterator[Path]:
    """A tmpfs of DISK_SIZE mounted at ``where``; skips the test when none can be mounted."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a real full disk needs a tmpfs, which only root can mount here")
    where.mkdir(parents=True, exist_ok=True)
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0700",
                           "tmpfs", str(where)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"can't mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill_up(disk: Path) -> Path:
    """Fill ``disk`` to the last byte with one file (returned, to be removed for room)."""
    n = 1
    while (filler := disk / f"filler-{n}.bin").exists():
        n += 1
    chunk = b"\0" * 65536
    with open(filler, "wb", buffering=0) as f:  # unbuffered: nothing left to flush at close
        for size in (len(chunk), 4096, 1):  # big steps, then up to the very last byte
            with contextlib.suppress(OSError):
                while f.write(chunk[:size]) == size:
                    pass
    return filler


def make_read_only(folder: Path) -> None:
    """As a person would: take away their own write permission (honoured even as root)."""
    folder.chmod(stat.S_IMODE(folder.stat().st_mode) & ~0o222)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)
