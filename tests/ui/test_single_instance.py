"""One BounceBack per data folder: the lock, the call to come forward, a crashed holder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from bounceback.instance import DataFolderLock, is_running, lock_path
from bounceback.ui.single_instance import SingleInstance, bring_forward, server_name

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
print("held" if inst.acquire() else "refused", flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_killed_instance_does_not_block_the_next_start(qtbot, instances, data_dir):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "held"
        assert is_running(data_dir)
        assert not make(instances, data_dir).acquire(timeout=0)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()

    # The crash left its lock file and its socket behind; neither stands in the way.
    assert lock_path(data_dir).exists()
    assert not is_running(data_dir)
    after = make(instances, data_dir)
    assert after.acquire(timeout=0)
    second = make(instances, data_dir)
    with qtbot.waitSignal(after.activated, timeout=5000):
        assert second.notify_running()


def test_bring_forward_restores_a_minimised_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.setWindowState(Qt.WindowState.WindowMinimized)
    assert window.isMinimized()
    bring_forward(window)
    assert not window.isMinimized()
    assert window.isVisible()
