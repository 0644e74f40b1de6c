"""One BounceBack per data folder.

Two windows on one data file would each keep their own view of it and overwrite each other's
edits. So the first start takes a lock in the data folder and holds it for its lifetime; a
second start finds it taken, asks the first to come forward, and quits.

The lock is an OS file lock (flock on POSIX, LockFileEx on Windows), so the system drops it
when the holder dies: a crashed instance never blocks the next start. Asking the first to come
forward goes through a local socket (a Unix socket or a named pipe, never the network) whose
name is a hash of the user and the data folder, so two data folders can be open side by side.

On Linux the socket lives in the user's private runtime folder (``XDG_RUNTIME_DIR``), not in
the shared temp folder: there every local user could see that BounceBack is in use, and a
killed instance's file would stay until the next start. The runtime folder is readable by its
owner alone and emptied by the system at log-out.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from bounceback.instance import DataFolderLock

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 1000
# A CLI's is_running() probe holds the lock for an instant; a start in that instant waits it out.
ACQUIRE_TIMEOUT_S = 0.5
# The longest path a Unix socket may have (sun_path, 108 bytes on Linux, with its NUL).
MAX_SOCKET_PATH = 107


def server_name(data_dir: Path) -> str:
    """The local socket's name for this user and data folder (a hash: paths can be long)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    folder = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    digest = hashlib.sha256(f"{user}\0{folder}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"bounceback-{digest[:24]}"


def server_address(data_dir: Path) -> str:
    """What to listen on and connect to: a full path in the private runtime folder where
    there is one, else the plain name, which Qt puts in the temp folder (a named pipe on
    Windows; on macOS the temp folder is already the user's own)."""
    name = server_name(data_dir)
    if sys.platform in ("win32", "darwin") or not os.environ.get("XDG_RUNTIME_DIR"):
        # Without XDG_RUNTIME_DIR, Qt would invent /tmp/runtime-<user>, no more private
        # than the temp folder and with a warning on stderr: keep to the plain name.
        return name
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    if not runtime or not os.path.isdir(runtime):
        return name
    path = os.path.join(runtime, name)
    if len(os.fsencode(path)) > MAX_SOCKET_PATH:
        return name  # an unusually deep runtime folder: a socket there could not be bound
    return path


class SingleInstance(QObject):
    """``acquire()`` in every start; if it says False, ``notify_running()`` and quit.

    In the first instance, ``activated`` fires when a later start asks it to come forward.
    """

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_address(self.data_dir)
        self._lock = DataFolderLock(self.data_dir)
        self._server: QLocalServer | None = None

    @property
    def is_first(self) -> bool:
        return self._lock.held

    def acquire(self, timeout: float = ACQUIRE_TIMEOUT_S) -> bool:
        """True when this is the first instance for the folder: the lock is now held for
        the life of the process and the activation channel is listening."""
        if not self._lock.acquire(timeout):
            return False
        if self._server is None:
            self._listen()
        return True

    def _listen(self) -> None:
        # Only with the lock held: the lock is what makes the name ours. With
        # UserAccessOption, Qt binds in a private folder and renames the socket over the name,
        # so a listen() without the lock would silently take a live instance's name away
        # (and unlink it on quit), leaving that window unreachable by a second start.
        assert self._lock.held
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A killed instance (kill -9, a crash) leaves its socket file behind. No live
        # instance can own the name while we hold the lock, so remove it first, as Qt
        # documents for a crashed server, rather than count on Qt 6's rename replacing it:
        # a plain listen() fails on it with AddressInUseError. The name is a hash of this
        # user and this folder, so this never touches another user's or another folder's
        # socket.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            # Not fatal: only bringing this window forward from a second start is lost.
            log.warning("Could not listen for a second start: %s", server.errorString())
            server.deleteLater()
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        assert self._server is not None
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._read(s, closing=True))
            self._read(sock)

    def _read(self, sock: QLocalSocket, *, closing: bool = False) -> None:
        # The message may arrive with the connection or just before it closes.
        while sock.canReadLine():
            if bytes(sock.readLine().data()) == ACTIVATE:
                self.activated.emit()
        if closing:
            sock.deleteLater()

    def notify_running(self, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
        """Ask the instance holding the folder to come forward. False when none answers."""
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(timeout_ms):
            return False
        sock.write(ACTIVATE)
        sock.flush()
        sent = sock.bytesToWrite() == 0 or sock.waitForBytesWritten(timeout_ms)
        sock.disconnectFromServer()
        if sock.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            sock.waitForDisconnected(timeout_ms)
        return sent

    def release(self) -> None:
        """Stop listening and let the folder go (at exit; the OS would do it anyway, all but
        the socket file: see ``_listen``)."""
        # In this order: close() unlinks the socket file, which must happen while we still
        # hold the lock. Once it is let go, the next start may already have put its own
        # socket under the same name, and a later unlink would take that one away.
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        with contextlib.suppress(OSError):
            self._lock.release()


def bring_forward(window: QWidget) -> None:
    """What the first window does on ``activated``: un-minimise, raise, take the focus."""
    if window.isMinimized():
        from PySide6.QtCore import Qt  # here: see MainWindow's _Waiting for why

        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
