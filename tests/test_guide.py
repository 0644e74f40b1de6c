"""The user guide (docs/guide/) and its pictures agree with scripts/screenshots.py.

Every picture a page shows is one the script takes; every picture the script takes is shown
somewhere (the guide or the README); docs/screenshots holds those pictures and nothing else;
every page is in the guide's index; and the script, run for real, makes exactly its pictures.
"""

from __future__ import annotations

import importlib.util
import os
import re
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QSettings

from bounceback import paths
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "guide"
INDEX = GUIDE / "README.md"
PICTURES = ROOT / "docs" / "screenshots"
SCRIPT = ROOT / "scripts" / "screenshots.py"

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
# Links that are not pictures; the part after "#" is ignored.
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s#]*)(?:#[^)\s]*)?\)")
# "File → Export…", "Help → About BounceBack": a menu and the words of one of its entries.
MENU_PATH = re.compile(r"\b(File|View|Help) → ([A-Z][\w-]*(?: [A-Za-z][\w-]*)*…?)")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# How long the real run may take here (it takes well under a minute).
RUN_TIMEOUT_S = 120


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bounceback_screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return _load_script()


def pages() -> list[Path]:
    return sorted(GUIDE.glob("*.md"))


def images_in(page: Path) -> list[Path]:
    return [(page.parent / ref).resolve() for ref in IMAGE.findall(page.read_text("utf-8"))]


def links_in(page: Path) -> list[str]:
    return [ref for ref in LINK.findall(page.read_text("utf-8"))
            if ref and "://" not in ref]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_guide_has_an_index_and_pages():
    assert INDEX.is_file()
    assert len(pages()) >= 8  # the index and one page per part of the journey


def test_every_guide_page_is_linked_from_the_index():
    linked = {(GUIDE / ref).resolve() for ref in links_in(INDEX)}
    missing = [p.name for p in pages() if p != INDEX and p.resolve() not in linked]
    assert not missing, f"not linked from docs/guide/README.md: {missing}"


def test_every_link_in_the_guide_leads_somewhere():
    broken = [(page.name, ref) for page in pages() for ref in links_in(page)
              if not (page.parent / ref).exists()]
    assert not broken


def menu_paths_in(page: Path) -> list[tuple[str, str]]:
    """("File", "Export") for every "File → Export…" the page names, line breaks and all."""
    text = " ".join(page.read_text("utf-8").split())
    return [(menu, entry.rstrip("…")) for menu, entry in MENU_PATH.findall(text)]


def test_every_menu_entry_the_guide_names_is_in_the_real_menus(qtbot, store):
    window = MainWindow(Ops(store), QSettings(str(paths.data_dir() / "settings.ini"),
                                              QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    menus = {
        menu.title().replace("&", ""): [
            a.text().replace("&", "").rstrip("…") for a in menu.actions() if a.text()]
        for menu in (window.file_menu, window.view_menu, window.help_menu)
    }
    named = [(page.name, menu, entry) for page in pages() for menu, entry in menu_paths_in(page)]
    assert len(named) >= 10  # the guide does lead people through the menus
    unknown = [(name, menu, entry) for name, menu, entry in named
               if not any(entry == real or entry.startswith(real + " ")
                          for real in menus[menu])]
    assert not unknown, f"not in the menus: {unknown}"


def test_every_picture_the_guide_shows_is_one_the_script_takes(script):
    for page in pages():
        for image in images_in(page):
            assert image.parent == PICTURES.resolve(), f"{page.name}: {image} is elsewhere"
            assert image.suffix == ".png"
            assert image.stem in script.SHOTS, f"{page.name}: the script doesn't take {image.name}"
            assert image.is_file(), f"{page.name}: {image.name} has not been taken yet"


def test_every_picture_the_script_takes_is_shown_somewhere(script):
    shown = {image.stem for page in [*pages(), ROOT / "README.md"] for image in images_in(page)}
    unshown = sorted(set(script.SHOTS) - shown)
    assert not unshown, f"taken but shown nowhere: {unshown}"


def test_docs_screenshots_holds_exactly_the_scripts_pictures(script):
    # Anything else there would be a picture nobody can take again.
    assert {p.name for p in PICTURES.iterdir()} == {f"{name}.png" for name in script.SHOTS}


def test_the_script_takes_exactly_its_pictures(tmp_path, script):
    out = tmp_path / "shots"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(out)], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=RUN_TIMEOUT_S, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    expected = {f"{name}.png" for name in script.SHOTS}
    assert {p.name for p in out.iterdir()} == expected
    # One line per picture, in the order of SHOTS.
    assert [Path(line).name for line in done.stdout.split()] == \
        [f"{name}.png" for name in script.SHOTS]
    tabs = {"today", "plans", "timeline", "checkin", "feedback", "review"}
    assert tabs <= set(script.SHOTS)
    for name in script.SHOTS:
        path = out / f"{name}.png"
        width, height = png_size(path)
        if name in tabs:
            # A whole window, menus and tabs included.
            assert (width, height) == script.WINDOW_SIZE, name
        else:
            assert 300 <= width <= 1600 and 200 <= height <= 1200, (name, width, height)
        # A blank grab compresses to almost nothing; a real screen does not.
        assert path.stat().st_size > 8_000, name


# --- the guide ships with the program ----------------------------------------------------------

def shipped_docs(pyproject: dict, docs: Path) -> set[Path]:
    """The files under ``docs`` that the wheel (and so the frozen program, which collects the
    installed package's files) carries, by pyproject.toml's package data."""
    tool = pyproject["tool"]["setuptools"]
    assert "bounceback.docs" in tool["packages"]
    assert tool["package-dir"]["bounceback.docs"] == "docs"
    shipped: set[Path] = set()
    # Each folder is a package of its own ("bounceback.docs.guide") with its own patterns.
    for package, patterns in tool["package-data"].items():
        if package != "bounceback.docs" and not package.startswith("bounceback.docs."):
            continue
        assert package in tool["packages"], package
        folder = docs.joinpath(*package.split(".")[2:])
        shipped |= {path.resolve() for pattern in patterns
                    for path in folder.glob(pattern) if path.is_file()}
    return shipped


def pyproject() -> dict:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_every_page_and_picture_of_the_guide_ships_with_the_program():
    shipped = shipped_docs(pyproject(), ROOT / "docs")
    wanted = {p.resolve() for p in GUIDE.rglob("*.md")}
    wanted |= {image for page in pages() for image in images_in(page)}
    assert wanted and not wanted - shipped, sorted(p.name for p in wanted - shipped)
    # The developers' notes beside the guide stay out of the program.
    assert (ROOT / "docs" / "performance.md").resolve() not in shipped


def test_a_translated_guide_would_ship_too(tmp_path):
    """docs/guide/es/ (a Spanish guide, when there is one) is carried like the English."""
    docs = tmp_path / "docs"
    for name in ("guide/README.md", "guide/es/README.md", "guide/es/today.md",
                 "screenshots/today.png", "notes.md"):
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text("x", "utf-8")
    shipped = {p.relative_to(docs.resolve()).as_posix()
               for p in shipped_docs(pyproject(), docs)}
    assert shipped == {"guide/README.md", "guide/es/README.md", "guide/es/today.md",
                       "screenshots/today.png"}


def test_the_program_finds_the_guide_here_and_when_installed(tmp_path, monkeypatch):
    assert paths.docs_dir() == ROOT / "docs"
    # Installed (a wheel, or PyInstaller's copy of it): bounceback/docs beside paths.py.
    package = tmp_path / "site-packages" / "bounceback"
    (package / "docs" / "guide").mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    assert paths.docs_dir() == package / "docs"
