"""The checklist's own prompts read in the window's language; the person's words stay theirs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from bounceback.db.enums import EventKind
from bounceback.services import events, review
from bounceback.ui import language
from bounceback.ui.review.tab import ReviewTab
from tests.builders import add_application, add_event

FIT = "Fit: did the role, team and company really suit what I offer and want?"


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    assert language.apply("es")
    qapp.processEvents()  # the language change reaches every widget there is first
    yield
    language.apply(language.SOURCE)


@pytest.fixture
def tab(qtbot, ops, answers, spanish) -> ReviewTab:
    # Held by the fixture until the widgets are closed: a tab only the test function held
    # would be collected (its Python side cleared) while its views still drew.
    t = ReviewTab(ops)
    qtbot.addWidget(t)
    t.resize(1180, 720)
    t.show()
    return t


def _labels(tab: ReviewTab) -> list[str]:
    model = tab.checklist.model
    return [model.index(r, 0, model.index(g, 0)).data()
            for g in range(model.rowCount()) for r in range(model.rowCount(model.index(g, 0)))]


def test_the_checklist_speaks_spanish_and_keeps_what_it_stored(qtbot, ops, tab) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3)).id
    ops.write(None, review.ensure_checklist, app_id)
    tab.show_application(app_id)
    shown = _labels(tab)
    assert "Mi currículum encajaba con este puesto y no tenía erratas" in shown
    assert not any("resume" in s for s in shown)
    fit = next(i for i in ops.read(review.list_items, app_id) if i.label == FIT)
    tree = tab.checklist.tree
    index = tab.checklist.model.index_of_id(fit.id)
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(index).center())
    assert tab.editor.label.text().startswith("Encaje:")
    # Assessed without touching its words: stored as written, so English shows English.
    tab.editor.radios[1].click()  # to improve
    tab.save()
    again = next(i for i in ops.read(review.list_items, app_id) if i.id == fit.id)
    assert again.label == FIT and again.outcome is not None
    # Its own words, typed over the prompt, are kept as typed.
    tab.editor.label.selectAll()
    qtbot.keyClicks(tab.editor.label, "¿Encajaba de verdad?")
    tab.save()
    mine = next(i for i in ops.read(review.list_items, app_id) if i.id == fit.id)
    assert mine.label == "¿Encajaba de verdad?"


def test_items_from_the_timeline_are_worded_in_spanish_and_follow_their_event(
    qtbot, ops, tab
) -> None:
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3)).id
    interview = add_event(ops, app_id, EventKind.INTERVIEW, dt.date(2025, 3, 10),
                          interview_round=2, interviewers="Kim")
    add_event(ops, app_id, EventKind.RECRUITER_CONTACT, dt.date(2025, 2, 28),
              details="Sam me escribió\nsegunda línea")
    ops.write(None, review.ensure_checklist, app_id)
    tab.show_application(app_id)
    shown = _labels(tab)
    assert "Entrevista, ronda 2, el 10 mar 2025 con Kim" in shown
    assert "Primer contacto con reclutador/a el 28 feb 2025: Sam me escribió" in shown
    assert not any(" on " in s or "Mar" in s for s in shown)
    item = next(i for i in ops.read(review.list_items, app_id) if i.event_id == interview.id)
    tree = tab.checklist.tree
    index = tab.checklist.model.index_of_id(item.id)
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(index).center())
    assert tab.editor.label.text() == "Entrevista, ronda 2, el 10 mar 2025 con Kim"
    tab.editor.radios[0].click()  # went well
    tab.save()
    saved = next(i for i in ops.read(review.list_items, app_id) if i.id == item.id)
    # Assessed with its words untouched: still none of its own, so it follows its event.
    assert saved.label == "" and saved.outcome is not None
    ops.write(None, events.update_event, interview.id, events.EventInput(
        EventKind.INTERVIEW, dt.date(2025, 3, 12), interview_round=2, interviewers="Kim"))
    tab.show_application(app_id)
    assert "Entrevista, ronda 2, el 12 mar 2025 con Kim" in _labels(tab)
