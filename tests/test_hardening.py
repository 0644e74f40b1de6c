"""No core dumps (and, on Linux, no same-user debugger) once a passphrase may be in memory.
Each check runs in a fresh process: the guard changes the process for good."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="core limits are POSIX")


def _run(*pieces: str) -> list[str]:
    code = "\n".join(textwrap.dedent(p) for p in pieces)
    out = subprocess.run([sys.executable, "-c", code], check=True,
                         capture_output=True, text=True, timeout=60)
    return out.stdout.split()


LIMITS = """
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    print(soft, hard)
"""
GUARD = """
    from bounceback.hardening import no_core_dumps
    no_core_dumps()
"""
DUMPABLE = """
    import ctypes
    print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
"""


def _raise_soft_limit_first() -> str:
    # Start from a process that could dump, so the guard has something to do.
    return """
    import resource
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    """


def test_the_guard_sets_the_soft_core_limit_to_zero_and_keeps_the_hard_one():
    before = _run(_raise_soft_limit_first(), LIMITS)
    after = _run(_raise_soft_limit_first(), GUARD, LIMITS)
    assert before[0] != "0" or before[1] == "0"  # the control could dump, where allowed
    assert after == ["0", before[1]]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_guard_makes_the_process_not_dumpable_on_linux():
    assert _run(DUMPABLE) == ["1"]
    assert _run(GUARD, DUMPABLE) == ["0"]


def test_a_command_reading_a_passphrase_guards_itself():
    # The CLI's one door for passphrases; before it, the process may still dump.
    after = _run(_raise_soft_limit_first(), """
    import io
    from bounceback.cli import _Passphrases
    assert _Passphrases(True, io.StringIO("a secret\\n")).read("Passphrase") == "a secret"
    """, LIMITS, DUMPABLE)
    assert after[0] == "0"
    if sys.platform.startswith("linux"):
        assert after[2] == "0"
