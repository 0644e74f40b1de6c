"""Letters copied for the person to paste elsewhere: marked private for clipboard managers,
and taken off the clipboard again when BounceBack locks or quits, if they are still there.

A clipboard manager writes what it sees to a history file on disk, beside (and outside) the
encrypted store; the hints below ask the common ones not to. Clearing is only done while the
clipboard still holds what BounceBack put there: whatever the person copied since is theirs.
"""

from __future__ import annotations

import atexit
import struct

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

# A Windows DWORD 0: "no" to the clipboard history and the cloud clipboard.
_NO = struct.pack("<I", 0)
PRIVATE_HINTS: dict[str, bytes] = {
    # KDE's Klipper, and the managers that follow it (wl-clip-persist, GPaste...).
    "x-kde-passwordManagerHint": b"secret",
    # Windows: monitoring programs, Win+V history and the cloud clipboard leave it alone.
    "ExcludeClipboardContentFromMonitorProcessing": _NO,
    "CanIncludeInClipboardHistory": _NO,
    "CanUploadToCloudClipboard": _NO,
    # macOS (nspasteboard.org): the name Qt programs such as KeePassXC offer it under.
    "application/x-nspasteboard-concealed-type": b"secret",
}

_copied: str | None = None
_watching_quit = False


def copy_private(text: str) -> None:
    """Put ``text`` on the clipboard, marked private, to be cleared on lock and quit."""
    global _copied, _watching_quit
    data = QMimeData()
    data.setText(text)
    for kind, value in PRIVATE_HINTS.items():
        data.setData(kind, value)
    QApplication.clipboard().setMimeData(data)
    _copied = text
    app = QApplication.instance()
    if not _watching_quit and app is not None:
        # Before the program ends: on X11 a clipboard manager is handed its contents then.
        app.aboutToQuit.connect(clear_if_ours)
        # And at the very end whatever the way out (a test run, an exit without the event
        # loop): mime data of ours still on the clipboard when Python shuts down crashes
        # PySide (a segmentation fault after everything else went well).
        atexit.register(clear_if_ours)
        _watching_quit = True


def clear_if_ours() -> None:
    """Empty the clipboard if it still holds the text BounceBack copied last."""
    global _copied
    if _copied is None or QApplication.instance() is None:
        return
    clipboard = QApplication.clipboard()
    if clipboard.text() == _copied:
        clipboard.clear()
    _copied = None
