"""Speaking Spanish: the whole window switches at once, and nothing is left in English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator
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
from tests.ui.catalogue_kit import CATALOGUE, catalogue
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


# --- counts, numbers and dates in the language spoken ----------------------------------------

def test_english_counts_take_their_plural_forms() -> None:
    """English is the source, yet its plural forms come from a catalogue of its own: without
    it Qt would write "1 application(s)"."""
    from bounceback.ui.common.i18n import tr

    assert language.current() == language.SOURCE
    assert tr("%Ln application(s)", "", 1) == "1 application"
    assert tr("%Ln application(s)", "", 2) == "2 applications"
    assert tr("%Ln application(s)", "", 0) == "0 applications"
    # A form may say the count in words.
    assert tr("%Ln time(s)", "", 1) == "once"
    assert tr("%Ln time(s)", "", 3) == "3 times"


def spanish_has(context: str, source: str) -> bool:
    """Whether the Spanish catalogue has this plural message translated yet."""
    for ctx in ET.parse(CATALOGUE).getroot().iter("context"):
        if (ctx.findtext("name") or "") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if (message.findtext("source") == source and translation is not None
                    and translation.get("type") is None):
                return True
    return False


def _needs_spanish(context: str, source: str, n: int, expected: str):
    """A case that can pass only once the Spanish catalogue translates this plural."""
    return pytest.param(context, source, n, expected, id=f"{source[:24]}-{n}", marks=(
        pytest.mark.xfail(not spanish_has(context, source), strict=True,
                          reason="needs the Spanish plural forms of this message"),))


@pytest.mark.parametrize(("context", "source", "n", "expected"), [
    _needs_spanish("", "%Ln application(s)", 1, "1 candidatura"),
    _needs_spanish("", "%Ln application(s)", 2, "2 candidaturas"),
    _needs_spanish("", "%Ln application(s)", 0, "0 candidaturas"),
    _needs_spanish("", "%Ln time(s)", 1, "una vez"),
    _needs_spanish("", "%Ln time(s)", 3, "3 veces"),
    _needs_spanish("ActionPanel", "%Ln of %1 still to do.", 1, "Queda 1 de %1 por hacer."),
    _needs_spanish("ActionPanel", "%Ln of %1 still to do.", 2, "Quedan 2 de %1 por hacer."),
    _needs_spanish("DaysBox", " day(s)", 1, " día"),
    _needs_spanish("DaysBox", " day(s)", 7, " días"),
])
def test_spanish_counts_take_spanish_plural_forms(context: str, source: str, n: int,
                                                  expected: str) -> None:
    assert language.apply("es")
    try:
        assert QCoreApplication.translate(context, source, "", n) == expected
    finally:
        language.apply(language.SOURCE)


def test_a_plural_spanish_lacks_reads_in_english(tmp_path: Path, monkeypatch) -> None:
    """The English plural forms lie under every language: a count not translated yet reads
    "1 application" rather than "1 application(s)", with the number written the Spanish
    way; one the Spanish catalogue has reads in Spanish."""
    import shutil
    import subprocess
    import sys

    from bounceback.ui.common.i18n import tr

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")

    (tmp_path / "bounceback_es.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="es">\n<context>\n<name></name>\n'
        '<message numerus="yes"><source>%Ln contact(s)</source><translation>'
        '<numerusform>%Ln contacto</numerusform><numerusform>%Ln contactos</numerusform>'
        '</translation></message>\n</context>\n</TS>\n', encoding="utf-8")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "bounceback_es.ts"),
                    "-qm", str(tmp_path / "bounceback_es.qm")], check=True, timeout=60)
    shutil.copy(language.catalogue_dir() / "bounceback_en.qm", tmp_path)
    monkeypatch.setattr(language, "catalogue_dir", lambda: tmp_path)
    assert language.apply("es")
    try:
        assert tr("%Ln contact(s)", "", 1) == "1 contacto"
        assert tr("%Ln contact(s)", "", 3) == "3 contactos"
        assert tr("%Ln application(s)", "", 1) == "1 application"
        assert tr("%Ln application(s)", "", 12345) == "12.345 applications"
    finally:
        language.apply(language.SOURCE)


def test_numbers_and_long_dates_are_written_the_language_s_way() -> None:
    import datetime as dt

    from bounceback.ui.common import labels

    monday = dt.date(2026, 12, 7)
    assert labels.number(0.2) == "0.2" and labels.number(6.0) == "6"
    assert labels.day_in_full(monday) in ("Monday, December 7", "Monday, 7 December",
                                          "Monday 7 December")
    assert language.apply("es")
    try:
        assert labels.number(0.2) == "0,2"
        assert labels.day_in_full(monday) == "lunes, 7 de diciembre"
        assert labels.date(monday) == "7 dic 2026"
    finally:
        language.apply(language.SOURCE)


def test_a_date_field_shows_its_date_in_the_new_language(qtbot) -> None:
    """A date field that stays open through a switch (in a window of its own) writes its
    date again, the month in the new language."""
    import datetime as dt

    from bounceback.ui.common.widgets import DateEdit

    field = DateEdit()
    qtbot.addWidget(field)
    field.set_value(dt.date(2026, 12, 7))
    field.show()
    text = field.edit.lineEdit()
    assert text.text() == "7 Dec 2026"
    assert language.apply("es")
    try:
        qtbot.waitUntil(lambda: text.text() == "7 dic 2026")
        assert field.value() == dt.date(2026, 12, 7)
    finally:
        language.apply(language.SOURCE)
    qtbot.waitUntil(lambda: text.text() == "7 Dec 2026")


def test_a_switch_keeps_what_is_selected_and_rewrites_its_dates(qtbot, window) -> None:
    """The tabs are built again in the new language: the Timeline still shows the
    application that was selected (not the first one), its date in Spanish; the tabs
    behind it select theirs again when they are next shown."""
    from PySide6.QtCore import QLocale

    from bounceback.ui.checkin.tab import CheckInTab
    from bounceback.ui.timeline.tab import TimelineTab

    checkin = window.show_tab("checkin")
    assert isinstance(checkin, CheckInTab) and len(checkin.history.ids()) >= 2
    second_checkin = checkin.history.ids()[1]
    checkin.show_record("checkin", second_checkin, None)
    timeline = window.show_tab("timeline")
    assert isinstance(timeline, TimelineTab) and timeline.list.proxy.rowCount() >= 2
    second = timeline.list.id_at(timeline.list.proxy.index(1, 0))
    timeline.list.view.setCurrentIndex(timeline.list.proxy.index(1, 0))  # as a click
    qtbot.waitUntil(lambda: timeline.list.current_id() == second)
    heading = timeline.form.heading.text()
    day = timeline.form.applied_on.value()
    assert day is not None
    english = timeline.form.applied_on.edit.lineEdit().text()

    with qtbot.waitSignal(window.retranslated):
        assert language.apply("es")
    fresh = window.current_page()
    assert isinstance(fresh, TimelineTab) and fresh is not timeline
    assert fresh.list.current_id() == second
    assert fresh.form.heading.text() == heading  # open in the form, not only selected
    shown = fresh.form.applied_on.edit.lineEdit().text()
    assert shown == QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
    assert shown != english and QLocale().language() == QLocale.Language.Spanish
    # The Check-in tab, built again when shown, opens the check-in that was open.
    again = window.show_tab("checkin")
    assert isinstance(again, CheckInTab) and again is not checkin
    assert again.history.current_id() == second_checkin


def test_the_plans_and_feedback_keep_theirs_too(qtbot, window) -> None:
    from bounceback.services.plans import Shelf
    from bounceback.ui.feedback.tab import FeedbackTab
    from bounceback.ui.plan.tab import PlanTab
    from bounceback.ui.review.tab import ReviewTab

    plans = window.show_tab("plans")
    assert isinstance(plans, PlanTab) and plans.proxy.rowCount() >= 3
    plans.view.setCurrentIndex(plans.proxy.index(2, 0))  # as a click: not the newest
    kept = plans.selection()
    assert kept != (Shelf.OPEN, None)
    feedback = window.show_tab("feedback")
    assert isinstance(feedback, FeedbackTab) and feedback.picker.count() >= 3
    app_id = feedback.picker.itemData(2)
    feedback.picker.setCurrentIndex(2)  # as a choice in the box
    assert feedback.app_id == app_id
    note = feedback.note_id
    review = window.show_tab("review")
    assert isinstance(review, ReviewTab) and review.picker.count() >= 2
    review.picker.setCurrentIndex(1)  # as a choice in the box
    if review.checklist.model.items() == []:
        qtbot.mouseClick(review.empty.start_button, Qt.MouseButton.LeftButton)
    items = review.checklist.model.items()
    review.select_item(items[-1].id)
    kept_review = review.selection()
    assert kept_review == (review.application_id(), items[-1].id)
    window.show_tab("plans")

    with qtbot.waitSignal(window.retranslated):
        assert language.apply("es")
    again = window.current_page()
    assert isinstance(again, PlanTab) and again is not plans
    assert again.selection() == kept
    fresh = window.show_tab("feedback")
    assert isinstance(fresh, FeedbackTab) and fresh is not feedback
    assert (fresh.app_id, fresh.note_id) == (app_id, note)
    assert fresh.picker.currentData() == app_id
    checklist = window.show_tab("review")
    assert isinstance(checklist, ReviewTab) and checklist is not review
    assert checklist.selection() == kept_review
