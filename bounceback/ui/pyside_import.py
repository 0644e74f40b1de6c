"""A lighter PySide6 import check.

Once imported, PySide6 looks at every module imported after it to see whether it uses
``from __feature__ import ...`` (PYSIDE-2029). It does so with ``inspect.getsource``, which
keeps every line of every such module in ``linecache`` for the rest of the run: about 20 MB
for BounceBack's start (SQLAlchemy alone is most of it), and the time to split them into
lines. :func:`lighten` swaps in the same check (is "PySide6" in the module's source?) done
by reading the file once and keeping nothing. Should PySide6 change how it checks, this
does nothing and the program works as before.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _uses_pyside(module: ModuleType) -> bool:
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False  # built in, compiled or frozen: no source to look at, as before
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def lighten() -> bool:
    """Call after the first PySide6 import; True when the lighter check is in place."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    # A private hook of shiboken's, unknown to the type of a module (setattr: ruff's B010).
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True
