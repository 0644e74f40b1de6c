"""In Spanish, no English is seen anywhere: not the window's own words, and not the words
BounceBack writes by itself into the data (a finished step, a review item made from an
interview, a reminder), on any screen or dialog, with a store full of data.

The catalogue tests (test_language.py) catch a translated string shown untranslated; this one
catches English that never reached the catalogue at all: it reads every word on screen, labels
and cells and tooltips alike, and fails on common English words. The person's own words here
are Spanish, so English can only come from the program. The allow-list is the names below.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from bounceback.db.enums import ContactRole, EventKind, PlanStep, Status, StepState
from bounceback.db.store import Store, open_store
from bounceback.services import contacts, plans, review
from bounceback.ui import language
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow
from tests.builders import (
    add_action,
    add_application,
    add_checkin,
    add_contact,
    add_event,
    add_feedback,
    add_rejection,
)
from tests.ui.catalogue_kit import catalogue
from tests.ui.walk import MENU_DIALOGS, each_modal_dialog, open_menu_dialogs, pages_of, visit

# Words that are English and never Spanish: one of them on screen is English left over
# ("as", "has", "an", "date" are Spanish words too, so they are not here).
ENGLISH = frozenset(" ".join((
    "the and of to your you with on for is was not yet done this that it are be from at by or",
    "have had what when how why which who will can my in if all one there been more about after",
    "before here now today week days step steps note notes open close save add new edit delete",
    "show hide back next none nothing something item items people person round call message",
    "follow ask asked thank thanks well improve review check feeling feelings applied interview",
    "interviews screening recruiter company role dates still left went good",
)).split())

# The program's name and the names of things that have no Spanish (kept short on purpose):
# words, product names, and licence identifiers ("LGPL-2.1-or-later").
ALLOWED = frozenset({"BounceBack", "LinkedIn"})
NAMES = re.compile(r"Qt for Python|\b[A-Z][\w.]*-[\d.]+(?:-or-later|-only)?")

TODAY = dt.date.today()


def spanish_store(folder: Path) -> Path:
    """A job search written in Spanish, through the services, with everything BounceBack
    writes by itself: a rejection and its plan with steps done, a thank-you, feedback asked
    and answered, follow-ups, a review checklist made from the timeline, reminders."""
    store = open_store(folder / "data" / "bounceback.sqlite3", backups=folder / "backups")
    try:
        _fill(store)
    finally:
        store.close()
    return folder / "data" / "bounceback.sqlite3"


def _fill(store: Store) -> None:
    ago = TODAY - dt.timedelta(days=30)
    app = add_application(store, "Estudio Rioja", "Diseñadora de producto", applied_on=ago,
                          notes="Me la recomendó una amiga.")
    add_event(store, app.id, EventKind.RECRUITER_CONTACT, ago + dt.timedelta(days=2),
              details="Lucía me escribió para charlar")
    add_event(store, app.id, EventKind.INTERVIEW, ago + dt.timedelta(days=9),
              interview_round=1, interviewers="Lucía y Marta", people=["Lucía"])
    add_event(store, app.id, EventKind.FOLLOW_UP, ago + dt.timedelta(days=12),
              details="Pregunté por los siguientes pasos")
    rejection = add_rejection(store, app.id, ago + dt.timedelta(days=20))
    lucia = add_contact(store, app.id, "Marta", ContactRole.HIRING_MANAGER)
    with store.session() as s, s.begin():
        plan = plans.plan_for_application(s, app.id)
        assert plan is not None
        plans.set_step(s, plan.id, PlanStep.ACCEPT, StepState.DONE, today=TODAY)
        contacts.mark_thanked(s, app.id, lucia.id, ago + dt.timedelta(days=21))
        review.ensure_checklist(s, app.id)
    add_checkin(store, "Me dolió, pero aprendí mucho.", when=dt.datetime.combine(
        ago + dt.timedelta(days=20), dt.time(21, 0)), application_id=app.id,
        rejection_event_id=rejection.id, coping_method="walk")
    add_feedback(store, app.id, "Lucía", asked_on=ago + dt.timedelta(days=22),
                 answer_text="Buscaban más experiencia en investigación.",
                 answered_on=ago + dt.timedelta(days=25),
                 lesson="Contar mejor mis proyectos de investigación")
    add_action(store, "Preparar un caso de investigación", application_id=app.id,
               due_on=TODAY + dt.timedelta(days=3))
    other = add_application(store, "Panadería Sol", "Jefa de producto",
                            applied_on=TODAY - dt.timedelta(days=45))
    add_event(store, other.id, EventKind.INTERVIEW, TODAY - dt.timedelta(days=40),
              interviewers="Pablo")
    add_application(store, "Taller Norte", "Diseñadora", applied_on=TODAY,
                    status=Status.INTERVIEWING)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    db = spanish_store(tmp_path)
    assert language.apply("es")
    QApplication.processEvents()
    ops = Ops(open_store(db, backups=tmp_path / "backups"))
    w = MainWindow(ops, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1280, 900)
    w.show()
    yield w
    language.apply(language.SOURCE)
    w.close()
    ops.store.close()


def _cells(view: QAbstractItemView, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    model = view.model()
    if model is None or depth > 2:
        return
    for row in range(min(model.rowCount(parent), 60)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value
        yield from _cells(view, model.index(row, 0, parent), depth + 1)


def seen_words(root: QWidget) -> Iterator[str]:
    """Every text a person can see or hear in ``root``: titles, labels, buttons, fields'
    hints, tooltips, tabs, headers, every cell of every list and table."""
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        yield w.toolTip()
        yield w.accessibleName()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QLineEdit):
            yield w.placeholderText()
        elif isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView):
            yield from _cells(w, QModelIndex())
            header = getattr(w, "horizontalHeader", None) or getattr(w, "header", None)
            model = w.model()
            if header is not None and model is not None:
                for column in range(model.columnCount()):
                    yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


# Markup, entities, and paths or addresses (a folder's name is not a word of the program).
_TAGS = re.compile(r"<[^>]+>|&\w+;|\S*[/\\@]\S*")


def english_in(text: str) -> set[str]:
    plain = NAMES.sub(" ", _TAGS.sub(" ", text.replace("&&", "&")).replace("&", ""))
    return {w for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)*", plain)
            if w.casefold() in ENGLISH and w not in ALLOWED}


def test_the_detector_never_flags_spanish_the_program_ships() -> None:
    """None of the English words above is Spanish the catalogue uses (else the test would
    flag good Spanish): checked against every translation."""
    flagged = {source: english_in(text) for (_c, source), text in catalogue().items()
               if english_in(text)}
    assert flagged == {}


def test_no_english_anywhere_in_spanish_with_data(qtbot, window: MainWindow) -> None:
    left: dict[str, set[str]] = {}

    def note(where: str, root: QWidget) -> None:
        for text in seen_words(root):
            for word in english_in(text):
                left.setdefault(where, set()).add(f"{word}: {text[:80]}")

    note("window", window)
    for where, page in visit(qtbot, window):
        # Choose the first row of every list in view, so the detail beside it is filled.
        for view in page.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisibleTo(page) and model is not None and model.rowCount():
                first = model.index(0, 0)
                if view.selectionModel() is not None and not view.selectionModel().hasSelection():
                    view.setCurrentIndex(first)
        QApplication.processEvents()
        note(where, page)

    def look(dialog: QWidget) -> None:
        for page in pages_of(dialog):
            note(f"{type(dialog).__name__} {page}", dialog)

    with each_modal_dialog(look) as seen:
        open_menu_dialogs(window)
    assert set(seen) >= MENU_DIALOGS
    assert left == {}, "\n".join(f"{where}: {sorted(found)}" for where, found in left.items())
