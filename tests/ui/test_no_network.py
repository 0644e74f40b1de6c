"""Nothing leaves the machine: the whole window, used end to end, opens no network socket.

Python code is watched with an audit hook (socket creation, connect, bind and name lookups);
native code such as Qt's is caught by the sockets it leaves open: any socket file descriptor
of this process that the kernel lists as TCP or UDP. A static check keeps network modules
out of the package altogether.
"""

from __future__ import annotations

import ast
import datetime as dt
import os
import re
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QApplication, QWidget

from bounceback import paths
from bounceback.db.enums import ContactRole, EventKind
from bounceback.services import applications, checkins, contacts, events
from bounceback.ui.common.template_dialog import TemplateDialog
from bounceback.ui.main_window import MainWindow
from tests.ui.walk import each_modal_dialog

PACKAGE = Path(__file__).resolve().parents[2] / "bounceback"
INET = {socket.AF_INET, socket.AF_INET6, -1}  # -1: socket()'s default family, AF_INET
PROC_NET = Path("/proc/self/net")

# --- the audit hook ------------------------------------------------------------------------
# An audit hook can't be removed, so it is installed once and records only while a test
# has put a list here.
_recording: list[str] | None = None
_installed = False


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _recording is None or not event.startswith("socket."):
        return
    if event == "socket.__new__":
        family = args[1]
        if family in INET:
            _recording.append(f"{event} family={family}")
    elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        if getattr(sock, "family", None) in INET:
            _recording.append(f"{event} {args[1]!r}")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                   "socket.gethostbyaddr", "socket.getnameinfo"):
        _recording.append(f"{event} {args[0]!r}")


@contextmanager
def python_sockets() -> Iterator[list[str]]:
    """Record the network socket activity of Python code inside the block."""
    global _recording, _installed
    if not _installed:
        sys.addaudithook(_audit)
        _installed = True
    seen: list[str] = []
    _recording = seen
    try:
        yield seen
    finally:
        _recording = None


# --- sockets the kernel knows -----------------------------------------------------------
def network_inodes() -> set[str]:
    """Inodes of the TCP and UDP sockets this process holds open, from /proc."""
    mine = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # closed while we looked
            continue
        if m := re.fullmatch(r"socket:\[(\d+)\]", target):
            mine.add(m.group(1))
    listed = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        path = PROC_NET / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9:
                listed.add(fields[9])
    return mine & listed


class NetworkWatch:
    """Both watches at once; ``check()`` fails the test with what was seen."""

    def __init__(self, python: list[str]) -> None:
        self.python = python
        self.proc = PROC_NET.exists() and Path("/proc/self/fd").exists()
        self.baseline = network_inodes() if self.proc else set()

    def check(self, step: str) -> None:
        assert self.python == [], f"{step}: Python opened the network: {self.python}"
        if self.proc:
            new = network_inodes() - self.baseline
            assert not new, f"{step}: a native network socket is open (inodes {new})"


@pytest.fixture
def watch() -> Iterator[NetworkWatch]:
    with python_sockets() as seen:
        yield NetworkWatch(seen)


# --- the watch itself works ------------------------------------------------------------------
def test_the_watch_sees_a_python_socket(watch):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.close()
    assert watch.python and "socket.__new__" in watch.python[0]
    watch.python.clear()
    local = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # local, allowed
    local.close()
    watch.check("a Unix socket")


@pytest.mark.skipif(not PROC_NET.exists(), reason="needs /proc")
def test_the_watch_sees_a_socket_the_kernel_lists(watch):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        try:
            s.bind(("127.0.0.1", 0))
        except OSError:
            pytest.skip("no loopback interface here")
        with pytest.raises(AssertionError, match="native network socket"):
            watch.python.clear()
            watch.check("a bound UDP socket")
    finally:
        s.close()
    watch.python.clear()
    watch.check("closed again")


# --- the whole program, used ------------------------------------------------------------
def visible_dialog(kind: type[QWidget]) -> QWidget | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()), None)


def test_using_the_whole_window_opens_no_network_socket(qtbot, ops, answers, watch):
    settings = QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ops, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    watch.check("start")

    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(10)
    watch.check("every tab")

    # An application typed and saved through the timeline, with its history and people.
    window.new_application()
    qtbot.keyClicks(window.timeline.form.company, "Northwind")
    qtbot.keyClicks(window.timeline.form.role, "Designer")
    window.save_current()
    [app] = ops.read(applications.list_applications)
    ops.write(None, events.add_event, app.id,
              events.EventInput(EventKind.INTERVIEW, dt.date(2025, 3, 4), "Panel", 1, "Dana"))
    dana = ops.write(None, contacts.add_to_application, app.id,
                     contacts.ContactInput(name="Dana Reyes", email="dana@example.org"),
                     ContactRole.INTERVIEWER)
    ops.write(None, events.add_event, app.id,
              events.EventInput(EventKind.REJECTION, dt.date(2025, 3, 9)))
    window.open_in_tab("timeline", app.id)
    watch.check("an application saved")

    # A few dialogs, opened for real and cancelled.
    with each_modal_dialog(lambda _dialog: None) as opened:
        window.timeline.related.history.add_button.click()
        window.timeline.related.people.add_button.click()
        window.about()
        window.open_settings()
    assert opened == ["EventDialog", "ContactDialog", "AboutDialog", "SettingsDialog"]
    window.timeline.related.write_thank_you(dana.id)
    note = window.timeline.related.thank_you
    assert note is not None and note.isVisible()
    note.reject()
    watch.check("dialogs")

    # A check-in, picked and typed through the real widgets, and saved.
    window.new_checkin()
    qtbot.mouseClick(window.checkin.form.emotions.chips["disbelief"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.checkin.form.journal, "Spell-checked, kept here.")
    qtbot.mouseClick(window.checkin.save_button, Qt.MouseButton.LeftButton)
    [saved] = ops.read(checkins.list_checkins)
    assert saved.journal == "Spell-checked, kept here."
    watch.check("a check-in saved")

    # Feedback: a new note, its template dialog cancelled; then review and the plan.
    window.open_in_tab("feedback", app.id)
    assert window.tabs.currentWidget() is window.feedback
    window.feedback.new_note()
    with each_modal_dialog(lambda _dialog: None) as opened:
        window.feedback.form.request.template_button.click()
    assert opened == [TemplateDialog.__name__]
    window.feedback.discard()
    window.open_in_tab("review", app.id)
    assert window.tabs.currentWidget() is window.review
    window.open_in_tab("plans", app.id)
    assert window.tabs.currentWidget() is window.plans
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(10)
    watch.check("feedback, review and plan")

    assert window.close()
    qtbot.wait(20)
    watch.check("closing")


def test_reading_the_whole_guide_opens_no_network_socket(qtbot, ops, answers, watch):
    """Help → User guide (F1), every page, every link between them, every picture."""
    from bounceback.ui.help.guide import GuideWindow

    settings = QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ops, settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    pages = sorted(guide.files.root.glob("*.md"))
    assert len(pages) >= 8
    seen = set()
    for page in pages:
        guide.show_page(page)
        qtbot.wait(10)
        for href in guide.browser.toHtml().split('href="')[1:]:
            guide.show_page(page)
            guide.follow(QUrl(href.split('"', 1)[0]))
            seen.add(guide.current_page())
        guide.browser.viewport().grab()  # its pictures, drawn
    assert set(pages) <= seen
    watch.check("the guide")
    guide.close()


# --- no network modules in the package -------------------------------------------------------
FORBIDDEN = ("socket", "ssl", "urllib.request", "http.client", "http.server", "requests",
             "httpx", "urllib3", "aiohttp", "smtplib", "ftplib", "xmlrpc",
             "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets")
# Local sockets only: QLocalServer/QLocalSocket for "bring the open window forward".
ALLOWED = {"ui/single_instance.py": frozenset({"PySide6.QtNetwork"})}


def imported_modules(source: str) -> set[str]:
    """Every module a source file imports, with ``from a import b`` also counted as ``a.b``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def forbidden_in(source: str, allowed: frozenset[str] | set[str] = frozenset()) -> set[str]:
    hits = set()
    for module in imported_modules(source):
        for bad in FORBIDDEN:
            if (module == bad or module.startswith(bad + ".")) and bad not in allowed:
                hits.add(bad)
    return hits


def test_the_import_check_catches_each_spelling():
    assert forbidden_in("import socket") == {"socket"}
    assert forbidden_in("from urllib import request") == {"urllib.request"}
    assert forbidden_in("import urllib.request as r") == {"urllib.request"}
    assert forbidden_in("from http.client import HTTPSConnection") == {"http.client"}
    assert forbidden_in("from PySide6 import QtNetwork") == {"PySide6.QtNetwork"}
    assert forbidden_in("from PySide6.QtNetwork import QTcpSocket") == {"PySide6.QtNetwork"}
    assert forbidden_in("from urllib.parse import urlparse") == set()
    assert forbidden_in("from PySide6.QtNetwork import QLocalServer",
                        {"PySide6.QtNetwork"}) == set()


def test_no_module_in_the_package_imports_a_network_library():
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 20  # the walk found the package
    offenders = {}
    for path in files:
        rel = path.relative_to(PACKAGE).as_posix()
        hits = forbidden_in(path.read_text(encoding="utf-8"), ALLOWED.get(rel, frozenset()))
        if hits:
            offenders[rel] = sorted(hits)
    assert offenders == {}


def test_single_instance_uses_only_local_sockets():
    source = (PACKAGE / "ui" / "single_instance.py").read_text(encoding="utf-8")
    names = {alias.name for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.ImportFrom) and node.module == "PySide6.QtNetwork"
             for alias in node.names}
    assert names <= {"QLocalServer", "QLocalSocket"}
