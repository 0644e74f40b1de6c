"""The project's layout rules, checked so they can't quietly rot."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "bounceback"


def python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in PKG.rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    found.add("bounceback.resources")
    found.add("bounceback.docs")  # docs/ (the user guide), shipped like resources/
    assert listed == found


def test_qt_is_only_imported_by_the_ui_and_start_up():
    offenders = [
        str(p.relative_to(ROOT))
        for p in python_files(PKG)
        if re.search(r"^\s*(from|import) PySide6", p.read_text(), re.M)
        and "ui" not in p.relative_to(PKG).parts[:1]
        and p.name not in ("app.py", "__main__.py")
    ]
    assert offenders == []


def test_the_ui_runs_no_queries():
    pattern = re.compile(
        r"\b(session\.(execute|query|scalars?|get|add|delete))"
        r"|(?<![\w.])(?<!def )(select|text)\("  # sqlalchemy's, not str.text() or def select(
        r"|sqlalchemy"
    )
    offenders = [
        str(p.relative_to(ROOT))
        for p in python_files(PKG / "ui")
        for line in p.read_text().splitlines()
        if pattern.search(line) and "ops.py" not in p.name
    ]
    assert offenders == []


def test_migrations_and_icons_ship_with_the_package():
    assert list((PKG / "db" / "migrations" / "versions").glob("0001_*.py"))
    assert (ROOT / "resources" / "icons" / "bounceback.svg").exists()
