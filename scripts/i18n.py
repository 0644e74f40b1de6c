"""Translation catalogues: update them from the code, compile them for the program.

    python scripts/i18n.py update [DIR]    # pyside6-lupdate → resources/translations/*.ts
    python scripts/i18n.py compile [DIR]   # pyside6-lrelease → resources/translations/*.qm

``update`` runs pyside6-lupdate over every module of the package. lupdate reads literal
``self.tr("…")``, ``tr("…")``, ``translate("Context", "…")`` and ``QT_TRANSLATE_NOOP``
calls; what it cannot read is text the services keep as plain English data (error messages,
field labels, the feelings a check-in offers). Those are gathered here — from the services'
source for messages, from the vocabulary itself for words — into one generated file of
``QT_TRANSLATE_NOOP`` lines that lupdate reads with the rest.

English, the source language, has a catalogue as well: bounceback_en.ts holds the English
plural forms and nothing else. Qt chooses between "1 application" and "2 applications" (for
``tr("%Ln application(s)", "", n)``) only from a catalogue's numerus forms; with none, the
source text itself shows, "(s)" and all. ``update`` makes it with lupdate's -pluralonly, so
it keeps only the messages with a count (numerus="yes"): every other English string is its
own source text and needs no entry (one there, unfinished, would be skipped by lrelease all
the same, but would ask to be "translated" into what it already is). A plural message new in
the code comes in unfinished: write its two forms (one, other) in the .ts, then compile.

``compile`` is run by hand after the .ts changed, and the .qm files it writes are committed:
so ``pip install .`` (a wheel, an sdist, the installers) ships Spanish without needing Qt's
tools at build time. tests/test_translations.py fails when a .qm doesn't match its .ts.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bounceback"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es",)
SOURCE_LANGUAGE = "en"  # its catalogue holds plural forms only (see above)
GENERATED = ROOT / "build" / "i18n" / "service_strings.py"

# Exceptions that are programming errors, never shown to the person.
PLAIN_ERRORS = {"ValueError", "TypeError", "KeyError", "RuntimeError", "AssertionError",
                "NotImplementedError", "LookupError", "OSError"}


def _tool(name: str) -> str:
    """pyside6-lupdate/lrelease from the Python running this script (its venv's bin)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project first (scripts/dev setup)")
    return found


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
        return node.value
    return None


# Calls whose string arguments are messages for the person.
MESSAGE_CALLS = {"RowProblem", "refuse", "__init__", "Message", "problem", "BadValue"}


def _strings(node: ast.expr) -> Iterator[str]:
    """The strings of a constant, or of tuples and lists of them (not of calls: a regular
    expression is no message)."""
    text = _literal(node)
    if text is not None:
        yield text
    elif isinstance(node, (ast.Tuple, ast.List)):
        for item in node.elts:
            yield from _strings(item)


def _constants(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level names bound to a string, or to tuples holding strings."""
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            texts = list(_strings(node.value))
            for target in targets:
                if isinstance(target, ast.Name) and texts:
                    found[target.id] = texts
    return found


def service_messages(files: list[Path]) -> Iterator[str]:
    """Messages and labels the services hand to the window, as written in their source:
    string arguments (or module constants) of the services' own errors, of row problems
    and of super().__init__ in error classes (the first argument of ValidationError names
    a field and is skipped), and ``label="…"`` arguments."""
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        constants = _constants(tree)
        # Messages kept as module constants (NOT_OURS = "This isn't …."), however raised.
        for name, texts in constants.items():
            if name.lstrip("_").isupper():
                yield from (t for t in texts if t[:1].isupper() and " " in t
                            and t.rstrip().endswith((".", "?")))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            if (name.endswith("Error") and name not in PLAIN_ERRORS) or name in MESSAGE_CALLS:
                args = node.args[1:] if name == "ValidationError" else node.args
                for arg in args:
                    text = _literal(arg)
                    if text is not None:
                        yield text
                    elif isinstance(arg, ast.Name):
                        yield from constants.get(arg.id, [])
            for keyword in node.keywords:
                if keyword.arg in ("label", "message", "problem"):
                    text = _literal(keyword.value)
                    if text is not None:
                        yield text


def vocabulary_words() -> Iterator[str]:
    """The words a check-in offers, from the vocabulary itself."""
    sys.path.insert(0, str(ROOT))
    from bounceback.services import vocabulary

    for group in vocabulary.EMOTION_GROUPS:
        yield group.label
        for word in group.emotions:
            yield word.label
    for word in vocabulary.COPING.values():
        yield word.label


def data_labels() -> Iterator[str]:
    """Labels kept in the services' tables (export formats, spreadsheet columns)."""
    sys.path.insert(0, str(ROOT))
    from bounceback.services import event_words, review
    from bounceback.services.exchange import csv_import
    from bounceback.services.exchange.export_formats import EXPORTERS
    from bounceback.services.exchange.export_identity import TABLE_LABELS
    from bounceback.services.exchange.import_dates import MONTH_NAMES
    from bounceback.services.exchange.import_table import DELIMITER_NAMES

    for fmt in EXPORTERS.values():
        yield fmt.label
    for field in csv_import.FIELDS:
        yield field.label
    yield from TABLE_LABELS.values()
    yield from MONTH_NAMES
    yield from DELIMITER_NAMES.values()
    # What BounceBack writes on a timeline, worded when shown.
    yield from event_words.SAID.values()
    yield from event_words.STEP_NAMES.values()
    # The review checklist's prompts and steps, shown translated until the person edits one.
    yield from review.shipped_texts()


def generated_source() -> str:
    service_files = sorted((PACKAGE / "services").rglob("*.py")) + sorted(
        (PACKAGE / "db").glob("*.py"))
    lines = [
        "# Generated by scripts/i18n.py update for pyside6-lupdate; not part of the program.",
        "def QT_TRANSLATE_NOOP(context, text):",
        "    return text",
        "",
    ]
    seen: set[tuple[str, str]] = set()
    for context, texts in (("services", service_messages(service_files)),
                           ("services", data_labels()),
                           ("vocabulary", vocabulary_words())):
        for text in texts:
            if (context, text) not in seen:
                seen.add((context, text))
                lines.append(f"QT_TRANSLATE_NOOP({context!r}, {text!r})")
    return "\n".join(lines) + "\n"


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def update(into: Path = TRANSLATIONS) -> None:
    """Bring the catalogues in ``into`` up to date with the code (translations are kept)."""
    GENERATED.parent.mkdir(parents=True, exist_ok=True)
    GENERATED.write_text(generated_source(), encoding="utf-8")
    into.mkdir(parents=True, exist_ok=True)
    for lang in (*LANGUAGES, SOURCE_LANGUAGE):
        ts = into / f"bounceback_{lang}.ts"
        only = ["-pluralonly"] if lang == SOURCE_LANGUAGE else []
        subprocess.run(
            [_tool("pyside6-lupdate"), *map(str, sources()), str(GENERATED), *only,
             "-no-obsolete", "-locations", "relative", "-target-language", lang,
             "-ts", str(ts)],
            check=True, cwd=ROOT)


def compile_catalogues(into: Path = TRANSLATIONS) -> list[Path]:
    """A compiled .qm in ``into`` for each catalogue of resources/translations."""
    into.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(TRANSLATIONS.glob("bounceback_*.ts")):
        qm = into / ts.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        made.append(qm)
    return made


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    into = Path(argv[1]) if len(argv) > 1 else TRANSLATIONS
    if command == "update":
        update(into)
    elif command == "compile":
        compile_catalogues(into)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
