"""SQLCipher's memory security: set as connect.MEMORY_SECURITY says, and really in effect
with the sqlcipher3 driver in use (read back). It is process-wide and can't be undone, so
each check runs in a fresh process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bounceback.db import connect


def _pragma_after_open(folder: Path, setting: bool) -> str:
    code = textwrap.dedent(f"""
        from pathlib import Path
        from bounceback.db import connect
        connect.MEMORY_SECURITY = {setting}
        conn = connect.connect(Path({str(folder / "s.db")!r}), "a passphrase")
        print(conn.execute("PRAGMA cipher_memory_security").fetchone()[0])
    """)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, timeout=60)
    return out.stdout.strip()


@pytest.mark.parametrize("setting", [True, False])
def test_memory_security_is_what_the_setting_says(tmp_path: Path, setting: bool) -> None:
    assert _pragma_after_open(tmp_path, setting) == ("1" if setting else "0")


def test_memory_security_stays_off_as_measured() -> None:
    # Turned off by a measurement (benchmarks/cipher_memory.py: about +100% on a typical
    # workload); turning it on should come with a new measurement under 10%.
    assert connect.MEMORY_SECURITY is False
