"""Keep an unlocked store's passphrase and pages out of core dumps (and debuggers).

While a store is unlocked, its passphrase and decrypted pages are in this process's memory.
A crash would write all of it to a core file (kept by systemd-coredump or apport, readable
for weeks); :func:`no_core_dumps` stops that for the window and for the commands that take a
passphrase. Python strings can't be wiped, so this is the part of "the passphrase only in
memory" that we can make hold. No Qt here: the command line uses it too.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4  # <linux/prctl.h>


def no_core_dumps() -> None:
    """No core file from this process from now on; harmless to call twice, never raises.

    POSIX: the soft core-size limit goes to 0 (the hard limit stays, so a person debugging
    may raise it again in a shell of their own). Linux also marks the process not dumpable,
    which a core pattern that pipes to a program (systemd-coredump, apport) would otherwise
    ignore the limit for. Not dumpable also means another program running as the same user
    can't attach a debugger or read /proc/<pid>/mem (reading the passphrase would otherwise
    take one command); the cost is that debugging a running BounceBack needs root, which we
    accept. Children started later (the mail program) are dumpable again after their exec.
    """
    try:
        import resource
    except ImportError:  # Windows: no core files; Windows Error Reporting dumps are opt-in.
        return
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    except (OSError, ValueError) as exc:
        log.warning("Could not turn off core dumps: %s", exc)
    if sys.platform.startswith("linux"):
        _not_dumpable()


def _not_dumpable() -> None:
    try:
        # The running program's own symbols, libc's among them: ctypes.util.find_library
        # would start ldconfig (or a compiler) just to find the file.
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            log.warning("Could not mark the process not dumpable (errno %d)", ctypes.get_errno())
    except (OSError, AttributeError) as exc:  # no libc found, or one without prctl
        log.warning("Could not mark the process not dumpable: %s", exc)
