"""Speaking Spanish: the whole window switches at once, and nothing is left in English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from bounceback.ui import language
from bounceback.ui.main_window import MainWindow
from bounceback.ui.settings.dialog import SettingsDialog
from tests.ui.walk import (
    MENU_DIALOGS,
    close_window,
    each_modal_dialog,
    open_menu_dialogs,
    pages_of,
    tiny_window,
    visit,
)
from tests.ui.window_kit import answer_modal

CATALOGUE = language.catalogue_dir() / "bounceback_es.ts"


def catalogue() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            text = forms[-1] if forms else (message.findtext("translation") or "")
            found[(context.findtext("name") or "", message.findtext("source") or "")] = text
    return found


def shown_texts(root: QWidget) -> Iterator[str]:
    """The words a person sees in ``root``: labels, buttons, tabs, headers, hints."""
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QLineEdit):
            yield w.placeholderText()
        elif isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        elif isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            for column in range(header.count()):
                yield str(w.model().headerData(column, _horizontal()) or "")


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    w = tiny_window(qtbot, tmp_path)
    yield w
    language.apply(language.SOURCE)
    close_window(w)


def test_switching_language_retranslates_the_open_window(qtbot, window) -> None:
    window.show_tab("checkin")
    assert window.file_menu.title() == "&File"
    with qtbot.waitSignal(window.retranslated):
        assert language.apply("es")
    # The window heard it and rebuilt its words: menus, tabs, and the tab in front.
    assert window.file_menu.title() == "&Archivo"
    assert window.tabs.tabText(window.tabs.tab_keys().index("timeline")) == "Cronología"
    assert window.tabs.currentWidget() is window.checkin
    assert "Nuevo registro" in [a.text().replace("&", "") for a in window.file_menu.actions()]
    texts = set(shown_texts(window.checkin))
    assert "Check-in" not in texts and texts
    # And back.
    with qtbot.waitSignal(window.retranslated):
        assert language.apply("en")
    assert window.file_menu.title() == "&File"
    assert window.tabs.tabText(window.tabs.tab_keys().index("timeline")) == "Timeline"


def test_no_english_is_left_on_any_screen_in_spanish(qtbot, window) -> None:
    words = catalogue()
    english = {source for (_c, source), text in words.items() if text != source}
    with qtbot.waitSignal(window.retranslated):
        assert language.apply("es")
    left: dict[str, set[str]] = {}
    for where, page in visit(qtbot, window):
        found = {t for t in shown_texts(page) if t in english}
        if found:
            left.setdefault(where, set()).update(found)
    assert left == {}


class Recorder(QTranslator):
    """Notes every string the program asks to translate (Qt's own contexts aside)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if not context.startswith("Q"):
            self.asked.add((context, source))
        return ""


def test_every_string_shown_is_in_the_catalogue(qtbot, window) -> None:
    """A string lupdate can't see is never translated: walk every screen and check that
    each string the program asked for is in the catalogue."""
    known_sources = {source for _context, source in catalogue()}
    recorder = Recorder()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(recorder)
    try:
        window.retranslate()
        for _where, _page in visit(qtbot, window):
            pass
    finally:
        app.removeTranslator(recorder)
    assert recorder.asked, "the recorder heard nothing: the check would pass for nothing"
    # Contexts of ours: the catalogue's, and every class of the package (a class whose
    # strings lupdate missed entirely has no context there). Others are pyqtgraph's own.
    ours = {context for context, _source in catalogue()} | classes_of_the_package()
    missing = sorted((c, s) for c, s in recorder.asked
                     if c in ours and s not in known_sources)
    assert missing == []


def classes_of_the_package() -> set[str]:
    import ast

    root = Path(language.__file__).resolve().parent.parent
    return {node.name for path in root.rglob("*.py")
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ClassDef)}


def test_the_language_is_chosen_in_settings_and_kept(qtbot, window) -> None:
    def choose_spanish(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        combo = dialog.general.language
        combo.setCurrentIndex(combo.findData("es"))
        dialog.ok_button.click()

    answer_modal(choose_spanish)
    with qtbot.waitSignal(window.retranslated):
        window.open_settings()
    assert language.current() == "es"
    assert window.settings.value(language.SETTING) == "es"
    assert window.file_menu.title() == "&Archivo"
    # The next start speaks it too.
    language.apply(language.SOURCE)
    assert language.apply_setting(window.settings)
    assert language.current() == "es"
    QApplication.processEvents()


def test_the_chosen_language_survives_a_restart(tmp_path: Path) -> None:
    """Read back by another process, as the next start reads it (one process caches the
    file, which is how a key Qt writes as [%General] went unnoticed)."""
    import subprocess
    import sys

    from PySide6.QtCore import QSettings

    ini = tmp_path / "settings.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue(language.SETTING, "es")
    settings.sync()
    read = ("import sys\nfrom PySide6.QtCore import QSettings\nfrom bounceback.ui import language\n"
            "print(language.chosen(QSettings(sys.argv[1], QSettings.Format.IniFormat)))")
    out = subprocess.run([sys.executable, "-c", read, str(ini)], capture_output=True,
                         text=True, check=True, timeout=60)
    assert out.stdout.strip() == "es"


def test_a_language_kept_by_an_earlier_version_is_found_and_moved(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    ini = tmp_path / "old-settings.ini"
    ini.write_text("[%General]\nlanguage=es\n", encoding="utf-8")  # as earlier versions left it
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    assert language.chosen(settings) == "es"
    settings.sync()
    assert "%General" not in ini.read_text(encoding="utf-8")
    assert language.chosen(settings) == "es"


def test_the_system_language_is_followed_when_nothing_is_chosen() -> None:
    from PySide6.QtCore import QLocale

    assert language.resolve(language.SYSTEM, QLocale("es_MX")) == "es"
    assert language.resolve(language.SYSTEM, QLocale("de_DE")) == "en"
    assert language.resolve("es", QLocale("en_GB")) == "es"


def test_no_english_is_left_in_the_dialogs_in_spanish(qtbot, window) -> None:
    """The dialogs the menus open, each looked through (every page) and cancelled."""
    english = {source for (_c, source), text in catalogue().items() if text != source}
    with qtbot.waitSignal(window.retranslated):
        assert language.apply("es")
    left: dict[str, set[str]] = {}

    def look(dialog: QWidget) -> None:
        for _page in pages_of(dialog):
            found = {t for t in shown_texts(dialog) if t in english}
            found |= {dialog.windowTitle()} & english
            if found:
                left.setdefault(type(dialog).__name__, set()).update(found)

    with each_modal_dialog(look) as seen:
        open_menu_dialogs(window)
        window.welcome()
        qtbot.waitUntil(lambda: "WelcomeDialog" in seen)
    window.search()
    assert window._search is not None
    look(window._search)
    window._search.close()
    assert {*MENU_DIALOGS, "WelcomeDialog"} <= set(seen)
    assert left == {}


def test_qt_own_buttons_speak_spanish_too(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    assert language.apply("es")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        assert text.replace("&", "") == "Cancelar"
    finally:
        language.apply(language.SOURCE)


def test_service_messages_are_translated_with_their_parts() -> None:
    """A message with parts is translated whole, each part too: the services' words are,
    what the person typed and numbers stay as they are."""
    from bounceback.services.errors import ValidationError
    from bounceback.services.exchange.import_dates import parse_day
    from bounceback.services.exchange.import_text import BadValue
    from bounceback.ui.common.ops import translate_message

    needed = ValidationError("company", "%1 is needed.", "The company").message
    with pytest.raises(BadValue) as ambiguous:
        parse_day("01/03/2025")
    assert str(needed) == "The company is needed."
    assert "1 March or 3 January" in ambiguous.value.message
    assert language.apply("es")
    try:
        spanish = translate_message(needed)
        assert "company" not in spanish.lower() and spanish != str(needed)
        words = catalogue()
        assert words[("services", "The company")] in spanish
        dates = translate_message(ambiguous.value.message)
        assert "marzo" in dates and "enero" in dates and "01/03/2025" in dates
        assert "2025-03-01" in dates
    finally:
        language.apply(language.SOURCE)
