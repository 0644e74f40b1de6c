"""One version: bounceback/__init__.py says it, and everything that shows or ships it agrees.

It flows to the package metadata (pyproject's dynamic version), ``--version``, the About box
and the installers, which read it at build time instead of repeating it.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.version import Version

from bounceback import __version__, paths

ROOT = Path(__file__).resolve().parents[1]
ISS = ROOT / "packaging" / "windows" / "bounceback.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
DMG_SETTINGS = ROOT / "packaging" / "macos" / "settings.py"
SPEC = ROOT / "packaging" / "bounceback.spec"
READ_VERSION = 'python -c "import bounceback; print(bounceback.__version__)"'


def test_the_version_is_pep_440_in_its_normal_form():
    # Normal form, or pip and the metadata would print a different string than --version.
    assert str(Version(__version__)) == __version__


def test_pyproject_takes_the_version_from_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "bounceback.__version__"}


def test_the_installed_metadata_has_the_same_version():
    # A stale install (the version bumped, the package not reinstalled) fails here.
    assert importlib.metadata.version("bounceback") == __version__


def _entry_point() -> list[str]:
    folder = Path(sys.executable).parent
    for name in ("bounceback", "bounceback.exe"):
        if (folder / name).exists():
            return [str(folder / name)]
    pytest.skip("the bounceback entry point is not installed beside this Python")


@pytest.mark.parametrize("command", ["module", "entry point"])
def test_version_option_prints_it(command, tmp_path):
    argv = [sys.executable, "-m", "bounceback"] if command == "module" else _entry_point()
    env = {**os.environ, paths.ENV_DATA_DIR: str(tmp_path / "data")}
    result = subprocess.run([*argv, "--version"], capture_output=True, text=True, env=env,
                            check=True, timeout=120)
    assert result.stdout.strip() == f"BounceBack {__version__}"


def test_the_about_box_shows_it(qtbot, store, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel

    from bounceback.ui.common.ops import Ops
    from bounceback.ui.help.about import AboutDialog
    from bounceback.ui.main_window import MainWindow

    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    settings = QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Ops(store), settings)
    qtbot.addWidget(window)

    # Through the Help menu's action, as the user opens it.
    [about] = [a for a in window.findChildren(QAction) if a.text() == "&About BounceBack"]
    about.trigger()

    [dialog] = shown
    assert dialog.windowTitle() == "About BounceBack"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"BounceBack {__version__}<" in texts
    assert "%1" not in texts


def _recipes() -> list[Path]:
    """Every build input under packaging/ and .github/ (not the notes, not the images)."""
    files = [p for folder in (ROOT / "packaging", ROOT / ".github") for p in folder.rglob("*")
             if p.is_file() and p.suffix not in {".md", ".png", ".ico", ".icns", ".svg", ".pyc"}]
    assert {ISS, WORKFLOW, DMG_SETTINGS, SPEC} <= set(files)
    return files


def test_the_installer_recipes_do_not_repeat_the_version():
    for recipe in _recipes():
        text = recipe.read_text(encoding="utf-8", errors="replace")
        assert __version__ not in text, recipe.relative_to(ROOT)
