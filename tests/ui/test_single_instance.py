"""One BounceBack per data folder: the lock, the call to come forward, a crashed holder."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import QMainWindow

from bounceback.instance import DataFolderLock, is_running, lock_path
from bounceback.ui.single_instance import (
    SingleInstance,
    bring_forward,
    server_address,
    server_name,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def instances(qapp) -> Iterator[list[SingleInstance]]:
    """Instances made by a test, released afterwards whatever happens."""
    made: list[SingleInstance] = []
    yield made
    for inst in made:
        inst.release()


def make(instances: list[SingleInstance], folder: Path) -> SingleInstance:
    inst = SingleInstance(folder)
    instances.append(inst)
    return inst


def test_the_first_start_holds_the_folder_and_a_second_is_refused(instances, data_dir):
    assert not is_running(data_dir)
    first = make(instances, data_dir)
    assert first.acquire()
    assert first.is_first
    assert is_running(data_dir)
    second = make(instances, data_dir)
    assert not second.acquire(timeout=0)
    assert not second.is_first
    if os.name == "posix":
        assert lock_path(data_dir).stat().st_mode & 0o777 == 0o600


def test_a_second_start_brings_the_first_forward(qtbot, instances, data_dir):
    first = make(instances, data_dir)
    assert first.acquire()
    second = make(instances, data_dir)
    assert not second.acquire(timeout=0)
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert second.notify_running()


def test_nobody_to_notify_when_the_folder_is_free(instances, data_dir):
    lone = make(instances, data_dir)
    assert not lone.notify_running(timeout_ms=200)


def test_releasing_lets_the_next_start_be_first(instances, data_dir):
    first = make(instances, data_dir)
    assert first.acquire()
    first.release()
    assert not is_running(data_dir)
    again = make(instances, data_dir)
    assert again.acquire(timeout=0)
    assert is_running(data_dir)


def test_two_data_folders_run_side_by_side(qtbot, instances, tmp_path):
    a_dir, b_dir = tmp_path / "a", tmp_path / "b"
    a, b = make(instances, a_dir), make(instances, b_dir)
    assert a.acquire() and b.acquire()
    assert server_name(a_dir) != server_name(b_dir)
    woken: list[str] = []
    a.activated.connect(lambda: woken.append("a"))
    b_again = make(instances, b_dir)
    with qtbot.waitSignal(b.activated, timeout=5000):
        assert b_again.notify_running()
    qtbot.wait(50)  # let a stray message to the other folder arrive, if one were sent
    assert woken == []


def test_the_same_folder_by_another_path_is_the_same_instance(instances, tmp_path):
    real = tmp_path / "data"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    assert server_name(real) == server_name(link)
    assert make(instances, real).acquire()
    assert is_running(link)


def test_is_running_creates_nothing_in_a_folder_never_opened(tmp_path):
    folder = tmp_path / "never"
    assert not is_running(folder)
    assert not folder.exists()


def test_a_cli_command_can_hold_the_folder_so_no_window_opens(instances, data_dir):
    lock = DataFolderLock(data_dir)
    assert lock.acquire()
    try:
        assert not make(instances, data_dir).acquire(timeout=0)
    finally:
        lock.release()
    assert make(instances, data_dir).acquire(timeout=0)


CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from bounceback.ui.single_instance import SingleInstance
app = QCoreApplication([])
inst = SingleInstance(Path(sys.argv[1]))
held = inst.acquire()
print("held" if held else "refused", flush=True)
print(inst._server.fullServerName() if held else "", flush=True)
time.sleep(120)
"""


@contextlib.contextmanager
def holder_child(data_dir: Path) -> Iterator[tuple[str, str]]:
    """An instance for ``data_dir`` in a child process, until the block ends, where it is
    killed with SIGKILL, as a crash would end it; gives what it printed (held?, socket)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        yield child.stdout.readline().strip(), child.stdout.readline().strip()
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_killed_instance_does_not_block_the_next_start(qtbot, instances, data_dir):
    with holder_child(data_dir) as (held, _socket):
        assert held == "held"
        assert is_running(data_dir)
        assert not make(instances, data_dir).acquire(timeout=0)

    # The crash left its lock file and its socket behind; neither stands in the way.
    assert lock_path(data_dir).exists()
    assert not is_running(data_dir)
    after = make(instances, data_dir)
    assert after.acquire(timeout=0)
    second = make(instances, data_dir)
    with qtbot.waitSignal(after.activated, timeout=5000):
        assert second.notify_running()


@pytest.fixture
def temp_folder(monkeypatch) -> Iterator[Path]:
    """A temp folder of the test's own (Qt reads TMPDIR at each call, and the child inherits
    it), so "nothing left" can be checked exactly. Short: a socket path must fit in 108 bytes.
    No runtime folder: the socket goes to the temp folder, as where a system has none."""
    folder = Path(tempfile.mkdtemp(prefix="bbsock-"))
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert Path(QDir.tempPath()) == folder.resolve()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def runtime_folder(temp_folder: Path, monkeypatch) -> Iterator[Path]:
    """A private runtime folder of the test's own (mkdtemp makes it 0700, as the system
    makes XDG_RUNTIME_DIR), beside the test's own temp folder."""
    folder = Path(tempfile.mkdtemp(prefix="bbrun-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(params=["temp", "runtime"])
def socket_folder(request, temp_folder: Path) -> Path:
    """Each test of the socket file twice: in the runtime folder, and in the temp folder
    where there is none."""
    if request.param == "runtime":
        return request.getfixturevalue("runtime_folder")
    return temp_folder


def socket_path(folder: Path) -> Path:
    """Where the folder's socket is on Unix: in the runtime folder if there is one, else the
    plain name in QDir::tempPath()."""
    return Path(QDir.tempPath()) / server_address(folder)


def accepts_connections(path: Path) -> bool:
    with socket.socket(socket.AF_UNIX) as probe:
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True


# Prints where Qt put the socket, then is killed: what a kill -9 or a crash leaves behind.
def killed_holder(data_dir: Path) -> Path:
    """Run an instance for ``data_dir`` in a child, kill -9 it; the socket path it had."""
    with holder_child(data_dir) as (held, socket_path):
        assert held == "held"
    return Path(socket_path)


@pytest.mark.skipif(os.name != "posix", reason="a socket file in the temp folder is Unix")
def test_a_start_after_a_kill_leaves_no_socket_once_it_quits(
    qtbot, instances, data_dir, temp_folder, socket_folder
):
    stale = killed_holder(data_dir)
    # The crash left its socket file, dead, at the path this folder's instances use.
    assert stale == socket_path(data_dir)
    assert stat.S_ISSOCK(stale.lstat().st_mode)
    assert not accepts_connections(stale)

    after = make(instances, data_dir)
    assert after.acquire(timeout=0)
    # The stale file is gone; in its place, this instance's live socket. (Not told apart by
    # inode: the file system may give the new file the one just freed.)
    assert accepts_connections(stale)
    second = make(instances, data_dir)
    with qtbot.waitSignal(after.activated, timeout=5000):
        assert second.notify_running()

    after.release()
    assert not stale.exists()
    assert os.listdir(socket_folder) == []  # nor anything else: Qt's own temporary folder
    assert os.listdir(temp_folder) == []


@pytest.mark.skipif(os.name != "posix", reason="a socket file in the temp folder is Unix")
def test_a_second_start_never_takes_or_removes_a_live_socket(
    qtbot, instances, tmp_path, socket_folder
):
    mine, other = tmp_path / "mine", tmp_path / "other"
    first = make(instances, mine)
    assert first.acquire()
    neighbour = make(instances, other)
    assert neighbour.acquire()
    live = socket_path(mine)
    inode = live.lstat().st_ino

    # A second start of the same folder is refused and leaves the live socket be...
    second = make(instances, mine)
    assert not second.acquire(timeout=0)
    second.release()
    assert live.lstat().st_ino == inode
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert make(instances, mine).notify_running()

    # ...and a start and a quit of another folder touch only that folder's socket.
    neighbour.release()
    assert not socket_path(other).exists()
    assert live.lstat().st_ino == inode and accepts_connections(live)
    assert make(instances, other).acquire()
    assert live.lstat().st_ino == inode

    first.release()
    assert not live.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_RUNTIME_DIR is Linux")
def test_the_socket_is_in_the_private_runtime_folder_and_nothing_in_tmp(
    qtbot, instances, data_dir, temp_folder, runtime_folder
):
    first = make(instances, data_dir)
    assert first.acquire()
    assert first._server is not None
    live = runtime_folder / server_name(data_dir)
    assert Path(first._server.fullServerName()) == live
    assert stat.S_ISSOCK(live.lstat().st_mode)
    # Not in the temp folder Qt would have used, nor in /tmp itself.
    assert os.listdir(temp_folder) == []
    assert not (Path("/tmp") / server_name(data_dir)).exists()
    second = make(instances, data_dir)
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert second.notify_running()
    first.release()
    assert os.listdir(runtime_folder) == []


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="the user is a uid on POSIX")
def test_another_user_has_another_socket_name(monkeypatch, data_dir):
    # Cleaning up only ever removes this name, so another user's socket is never touched.
    uid = os.getuid()
    mine = server_name(data_dir)
    monkeypatch.setattr(os, "getuid", lambda: uid + 1)
    assert server_name(data_dir) != mine


def test_bring_forward_restores_a_minimised_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.setWindowState(Qt.WindowState.WindowMinimized)
    assert window.isMinimized()
    bring_forward(window)
    assert not window.isMinimized()
    assert window.isVisible()
