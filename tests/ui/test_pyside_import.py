"""The lighter PySide6 import check: same answers, nothing kept in linecache."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

from bounceback.ui import pyside_import


def test_modules_are_told_apart_as_before_without_filling_linecache(
    tmp_path: Path, monkeypatch
) -> None:
    assert pyside_import.lighten()
    feature = sys.modules["shibokensupport.feature"]
    (tmp_path / "bb_uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "bb_plain.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("bb_uses_qt", "bb_plain"):
        sys.modules.pop(name, None)
        __import__(name)  # the import statement's way, which PySide6 watches
    assert feature.pyside_feature_dict["bb_uses_qt"] == 0  # uses PySide: features apply
    assert feature.pyside_feature_dict["bb_plain"] == -1  # ignored, as PySide decides
    loaded = {k for k, v in linecache.cache.items() if len(v) > 2 and v[2]}
    assert str(tmp_path / "bb_uses_qt.py") not in loaded
    assert str(tmp_path / "bb_plain.py") not in loaded


def test_no_source_means_no_pyside(tmp_path: Path) -> None:
    import types

    compiled = types.ModuleType("compiled")
    assert not pyside_import._uses_pyside(compiled)
    gone = types.ModuleType("gone")
    gone.__spec__ = importlib.util.spec_from_file_location("gone", tmp_path / "gone.py")
    assert not pyside_import._uses_pyside(gone)
