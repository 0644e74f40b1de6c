"""Start BounceBack exactly as its entry point does, and tell what its screen shows in words.

    python tests/ui/atspi_app.py TEXTS-FILE --data-dir DIR

tests/ui/atspi_walk.py reads the accessibility tree over AT-SPI; what a sighted person reads
on a button is not in that tree once the button has an accessible name of its own. So, on
SIGUSR1, this writes to TEXTS-FILE the text of every button, tab and menu item on screen with
where it is (the place is how the walker matches them to the objects on the bus), and a
count of the answers so far. Nothing else in the program is changed.
"""

from __future__ import annotations

import json
import signal
import socket
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: the checkout's bounceback, like the tests
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


_KEPT: list[object] = []


def visible_text(text: str) -> str:
    """A control's text as it is drawn: a mnemonic's "&" is not shown, "&&" is one "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def texts_on_screen() -> list[dict[str, Any]]:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QMenuBar, QTabBar

    def place(widget: Any, rect: QRect) -> list[int]:
        at = widget.mapToGlobal(QPoint(rect.x(), rect.y()))
        return [at.x(), at.y(), rect.width(), rect.height()]

    found: list[dict[str, Any]] = []
    for w in QApplication.allWidgets():
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractButton):
            found.append({"kind": "button", "text": visible_text(w.text()),
                          "extents": place(w, w.rect()), "class": type(w).__name__})
        elif isinstance(w, QTabBar):
            found.extend({"kind": "tab", "text": visible_text(w.tabText(i)),
                          "extents": place(w, w.tabRect(i)), "class": type(w).__name__}
                         for i in range(w.count()) if w.isTabVisible(i))
        elif isinstance(w, QMenuBar | QMenu):
            found.extend({"kind": "menu", "text": visible_text(a.text()),
                          "extents": place(w, w.actionGeometry(a)), "class": type(w).__name__}
                         for a in w.actions() if a.isVisible() and not a.isSeparator())
    return found


def answer_on_signal(path: Path) -> None:
    count = 0

    def answer(_signum: int, _frame: object) -> None:
        nonlocal count
        count += 1
        partial = path.with_name(path.name + ".part")
        partial.write_text(json.dumps({"count": count, "texts": texts_on_screen()}),
                           encoding="utf-8")
        partial.replace(path)  # whole or not at all

    signal.signal(signal.SIGUSR1, answer)


def answer_at_once(app: Any) -> None:
    """Python runs a signal's handler only when it next has control, which the program's
    event loop gives it twice a second: a byte on a socket Qt watches wakes it now."""
    from PySide6.QtCore import QSocketNotifier

    read, write = socket.socketpair()
    write.setblocking(False)
    read.setblocking(False)
    signal.set_wakeup_fd(write.fileno())
    notifier = QSocketNotifier(read.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: read.recv(64))  # the handler has run by now
    _KEPT.extend((read, write, notifier))  # as long as the program runs


def main(argv: list[str]) -> int:
    answer_on_signal(Path(argv[0]))
    from bounceback import app as program

    configure = program.configure_application

    def configure_and_answer(app: Any, **options: Any) -> None:
        configure(app, **options)
        answer_at_once(app)

    program.configure_application = configure_and_answer
    return program.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
