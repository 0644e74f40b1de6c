"""The Spanish catalogue: current with the code, complete, and true to its sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "bounceback_es.ts"
SCRIPT = ROOT / "scripts" / "i18n.py"
PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+\}")
# One & before a letter or digit marks a keyboard accelerator; && is a plain ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?=[^\s&])")


def messages(path: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) of each message."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            found.append((name, message.findtext("source") or "", forms,
                          translation.get("type") not in ("unfinished", "vanished",
                                                          "obsolete")))
    return found


def test_the_catalogue_is_current_with_the_code(tmp_path: Path) -> None:
    """Run the update on a copy: it must find nothing new and nothing gone."""
    shutil.copy(CATALOGUE, tmp_path / CATALOGUE.name)
    subprocess.run([sys.executable, str(SCRIPT), "update", str(tmp_path)], check=True,
                   capture_output=True, timeout=120)
    fresh = {(c, s) for c, s, _f, _d in messages(tmp_path / CATALOGUE.name)}
    kept = {(c, s) for c, s, _f, _d in messages(CATALOGUE)}
    assert fresh - kept == set(), "new strings: run `python scripts/i18n.py update`"
    assert kept - fresh == set(), "strings gone from the code: run the update"


def test_every_string_is_translated() -> None:
    unfinished = [(c, s) for c, s, forms, done in messages(CATALOGUE)
                  if not done or not all(f.strip() for f in forms)]
    assert unfinished == []


@pytest.mark.parametrize("check", ["placeholders", "accelerators", "plurals"])
def test_translations_keep_what_the_program_fills_in(check: str) -> None:
    wrong = []
    for context, source, forms, _done in messages(CATALOGUE):
        for form in forms:
            if check == "placeholders":
                ok = sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(form))
            elif check == "accelerators":
                ok = len(ACCELERATOR.findall(source)) == len(ACCELERATOR.findall(form))
            else:
                ok = "%n" not in source or "%n" in form
            if not ok:
                wrong.append((context, source, form))
    assert wrong == []


def test_the_checks_can_fail() -> None:
    assert len(ACCELERATOR.findall("&Save")) == 1 and not ACCELERATOR.findall("Salt && pepper")
    assert sorted(PLACEHOLDER.findall("%1 of %2 {name}")) != sorted(
        PLACEHOLDER.findall("%1 de {name}"))


def test_the_catalogue_compiles_and_translates(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(SCRIPT), "compile", str(tmp_path)], check=True,
                   capture_output=True, timeout=120)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "bounceback_es.qm"))
    assert translator.translate("WindowMenus", "&File") == "&Archivo"
    assert translator.translate("services", "The company") not in ("", "The company")
    assert translator.translate("vocabulary", "Disappointment") not in ("", "Disappointment")


def test_the_shipped_catalogue_is_the_compiled_ts(tmp_path: Path) -> None:
    """The .qm files are committed, so that `pip install .` carries them without Qt's tools;
    each must be exactly what compiling its .ts gives (run `python scripts/i18n.py compile`)."""
    subprocess.run([sys.executable, str(SCRIPT), "compile", str(tmp_path)], check=True,
                   capture_output=True, timeout=120)
    for fresh in sorted(tmp_path.glob("bounceback_*.qm")):
        shipped = CATALOGUE.parent / fresh.name
        assert shipped.is_file(), f"{fresh.name} is not committed"
        assert shipped.read_bytes() == fresh.read_bytes(), \
            f"{fresh.name} is older than its .ts: run `python scripts/i18n.py compile`"
