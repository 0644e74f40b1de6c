"""The catalogues: Spanish current with the code, complete, and true to its sources; English
holding the plural forms of every message with a count, and nothing else."""

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
PLURALS = CATALOGUE.with_name("bounceback_en.ts")
SCRIPT = ROOT / "scripts" / "i18n.py"
PLACEHOLDER = re.compile(r"%\d|\{[a-z_]+\}")
# Where a plural message puts its count: %n, or %Ln for the number as the language writes it.
COUNT = re.compile(r"%L?n")
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


@pytest.mark.parametrize("catalogue", [CATALOGUE, PLURALS], ids=["es", "en"])
def test_the_catalogue_is_current_with_the_code(tmp_path: Path, catalogue: Path) -> None:
    """Run the update on a copy: it must find nothing new and nothing gone."""
    shutil.copy(catalogue, tmp_path / catalogue.name)
    subprocess.run([sys.executable, str(SCRIPT), "update", str(tmp_path)], check=True,
                   capture_output=True, timeout=120)
    fresh = {(c, s) for c, s, _f, _d in messages(tmp_path / catalogue.name)}
    kept = {(c, s) for c, s, _f, _d in messages(catalogue)}
    assert fresh - kept == set(), "new strings: run `python scripts/i18n.py update`"
    assert kept - fresh == set(), "strings gone from the code: run the update"


def plural_messages(path: Path) -> list[tuple[str, str, list[str], bool]]:
    root = ET.parse(path).getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "",
             [f.text or "" for f in m.iter("numerusform")],
             (m.find("translation") is not None
              and m.find("translation").get("type") is None))  # type: ignore[union-attr]
            for c in root.iter("context") for m in c.iter("message")
            if m.get("numerus") == "yes"]


def test_the_english_catalogue_holds_plural_forms_only_and_all_of_them() -> None:
    """English is the source: only messages with a count need an entry, each with its two
    forms (one, other), and every one of those the code has is there."""
    root = ET.parse(PLURALS).getroot()
    assert root.get("language") == "en"
    plain = [m.findtext("source") for m in root.iter("message") if m.get("numerus") != "yes"]
    assert plain == []
    found = plural_messages(PLURALS)
    unfinished = [(c, s) for c, s, forms, done in found
                  if not done or len(forms) != 2 or not all(f.strip() for f in forms)]
    assert unfinished == [], "write the two English forms, then compile"


def test_every_string_is_translated() -> None:
    unfinished = [(c, s) for c, s, forms, done in messages(CATALOGUE)
                  if not done or not all(f.strip() for f in forms)]
    assert unfinished == []


@pytest.mark.parametrize("check", ["placeholders", "accelerators", "plurals"])
def test_translations_keep_what_the_program_fills_in(check: str) -> None:
    wrong = []
    for context, source, forms, _done in messages(CATALOGUE) + messages(PLURALS):
        for index, form in enumerate(forms):
            if check == "placeholders":
                ok = sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(form))
            elif check == "accelerators":
                ok = len(ACCELERATOR.findall(source)) == len(ACCELERATOR.findall(form))
            else:
                # The count as the source writes it (%Ln stays %Ln: the number in the
                # language's way). Of plural forms, the first (for one, in English and
                # Spanish) may say it in words ("once", "una vez"); every other shows it.
                counts = COUNT.findall(form)
                ok = counts == COUNT.findall(source) or (
                    index == 0 and len(forms) > 1 and not counts)
            if not ok:
                wrong.append((context, source, form))
    assert wrong == []


def test_the_checks_can_fail() -> None:
    assert len(ACCELERATOR.findall("&Save")) == 1 and not ACCELERATOR.findall("Salt && pepper")
    assert COUNT.findall("%Ln application(s)") == ["%Ln"] and COUNT.findall("%n") == ["%n"]
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


def test_each_class_string_is_filed_under_its_class() -> None:
    """``self.tr("…")`` looks its text up under the class's name. pyside6-lupdate can lose
    track of the class it reads (a function defined inside a loop above one did), and file
    the strings under no class: then none of them is ever translated."""
    import ast

    filed = {(c, s) for c, s, _f, _d in messages(CATALOGUE)}
    misfiled = []
    for path in sorted((ROOT / "bounceback").rglob("*.py")):
        classes: list[str] = []

        def visit(node: ast.AST, path: Path = path, classes: list[str] = classes) -> None:
            if isinstance(node, ast.ClassDef):
                classes.append(node.name)
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr" and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "self" and classes and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                    and (classes[-1], node.args[0].value) not in filed):
                misfiled.append((path.name, node.lineno, classes[-1], node.args[0].value))
            for child in ast.iter_child_nodes(node):
                visit(child)
            if isinstance(node, ast.ClassDef):
                classes.pop()

        visit(ast.parse(path.read_text(encoding="utf-8")))
    assert misfiled == [], "run the update; if that doesn't file them, see what lupdate misreads"
