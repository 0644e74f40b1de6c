"""The project's layout rules, checked so they can't quietly rot."""

from __future__ import annotations

import ast
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
    # resources/ and docs/ (the user guide) ship inside the package, each folder of data as
    # a package of its own (so that setuptools neither warns nor leaves it out).
    for folder, name in ((ROOT / "resources", "bounceback.resources"),
                         (ROOT / "docs", "bounceback.docs")):
        found.add(name)
        found |= {".".join((name, *d.relative_to(folder).parts)) for d in folder.rglob("*")
                  if d.is_dir() and "__pycache__" not in d.parts}
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
        r"|\bstore\.(session|write)\("  # Sessions are Ops' to open, background ones too
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


def test_place_markers_are_filled_in_one_pass():
    """Translated text with parts goes through messages.fill (ui.common.i18n.fill): filling
    %1, then %2, … with str.replace fills again a marker a value brought in, so a company
    called "%2 Labs" turned into "<role> Labs". Qt's %n (a count, no value of the person's)
    is not such a marker."""
    chain = re.compile(r"""\.replace\(\s*f?["']%(\d|\{)""")
    offenders = [
        f"{p.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}"
        for p in python_files(PKG)
        for text in [p.read_text()]
        for m in chain.finditer(text)
    ]
    assert offenders == []


def imported_test_modules(source: str, package: str) -> list[str]:
    """The test modules (``test_*``, under tests/) that ``source``, a module of ``package``,
    imports: ``from tests.x.test_y import …``, ``import tests.x.test_y``, ``from tests.x import
    test_y`` and their relative forms."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:  # relative: from the package, or from one of its parents
                module = ".".join([*base[:len(base) - node.level + 1], node.module or ""])
            else:
                module = node.module or ""
            module = module.strip(".")
            found += [module] if ".test_" in f".{module}" else [
                f"{module}.{a.name}" for a in node.names if a.name.startswith("test_")]
    return [m for m in found if m.split(".")[0] == "tests" and ".test_" in m]


def test_the_import_check_finds_each_form():
    sources = ["from tests.ui.test_main_window import make_window",
               "import tests.test_cli", "from tests.ui import test_keyboard",
               "from .test_feedback_tab import make_tab", "from . import test_startup",
               "from tests.ui.feedback import (\n    feedback_kit,\n    test_feedback_tab,\n)",
               "def f():\n    from tests.ui.test_charts import drawn_ticks"]
    assert [bool(imported_test_modules(s, "tests.ui.feedback")) for s in sources] == [True] * 7
    fine = ("from tests.builders import add_application\n"
            "from tests.ui.window_kit import make_window\nimport pytest\n"
            "from . import feedback_kit\nfrom tests.services.conftest import MakeApp")
    assert imported_test_modules(fine, "tests.ui.feedback") == []


def test_no_test_module_imports_another():
    """Shared helpers live in modules that are not tests (tests/builders.py, the *_kit.py
    modules, walk.py) and shared fixtures in a conftest.py. Importing a test module runs all of
    it, and the fixtures and tests it brings along are found twice or shadow the importer's."""
    offenders = [
        f"{p.relative_to(ROOT)}: {module}"
        for p in python_files(ROOT / "tests")
        for module in imported_test_modules(
            p.read_text(), ".".join(p.parent.relative_to(ROOT).parts))
    ]
    assert offenders == []
