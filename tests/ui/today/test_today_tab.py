"""The Today tab, through its widgets: what it lists, and what each one-click action does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from bounceback.db.enums import EventKind, Status
from bounceback.db.models import ActionItem, Application, Event, ReminderState
from bounceback.db.store import Store
from bounceback.services import actions, applications, events
from bounceback.services.reminders import ReminderSettings
from bounceback.ui.common.ops import Ops
from bounceback.ui.today import settings as rs
from bounceback.ui.today import tab as tab_module
from bounceback.ui.today.card import ReminderCard
from bounceback.ui.today.tab import TodayTab
from tests.builders import add_action, add_application

TODAY = dt.date(2026, 3, 10)


class Clock:
    def __init__(self) -> None:
        self.day = TODAY

    def __call__(self) -> dt.date:
        return self.day


@pytest.fixture
def qsettings(data_dir: Path) -> QSettings:
    data_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_tab(qtbot, ops: Ops, qsettings: QSettings, clock: Clock):
    def make() -> TodayTab:
        tab = TodayTab(ops, qsettings, today=clock)
        qtbot.addWidget(tab)
        tab.resize(900, 700)
        tab.show()
        # Shown, the tab works the reminders out on a worker: wait for its cards.
        qtbot.waitUntil(lambda: not tab.loading)
        return tab

    return make


def titles(cards: list[ReminderCard]) -> list[str]:
    return [c.title.text() for c in cards]


def grouped(tab: TodayTab) -> tuple[list[str], list[str]]:
    now = [c for c in tab.cards if tab.today_list.indexOf(c) >= 0]
    soon = [c for c in tab.cards if tab.week_list.indexOf(c) >= 0]
    return titles(now), titles(soon)


def test_nothing_due_says_so_warmly(make_tab) -> None:
    tab = make_tab()
    assert tab.title() == "Today"
    assert tab.cards == []
    assert not tab.rest.isHidden()
    assert tab.rest.heading.text() == "Nothing due today. Rest is part of the process too."
    assert "show up here on their day" in tab.rest.text()
    assert tab.today_heading.isHidden() and tab.week_heading.isHidden()


def test_due_today_and_this_week_are_grouped(make_tab, store: Store) -> None:
    quiet = add_application(store, "Initech", "Designer", applied_on=dt.date(2026, 2, 10),
                            today=dt.date(2026, 2, 10)).id  # 21 days: due 3 March
    add_action(store, "Practise the STAR answer", due_on=TODAY)
    add_action(store, "Ask Sam to proofread", due_on=TODAY + dt.timedelta(days=4))
    add_action(store, "Much later", due_on=TODAY + dt.timedelta(days=7))

    tab = make_tab()
    assert grouped(tab) == (["No reply from Initech yet", "Practise the STAR answer"],
                            ["Ask Sam to proofread"])
    assert tab.rest.isHidden() and tab.today_empty.isHidden()
    assert not tab.week_heading.isHidden()
    first = tab.card_for(f"no_response:app:{quiet}")
    assert first is not None
    assert first.when.text() == "Since 3 Mar"
    assert "You applied on 10 Feb 2026" in first.detail.text()
    assert first.done_button.text() == "Mark no response"
    # Nothing counts or scores: no label in the tab is a tally.
    shown = [w.text() for w in tab.findChildren(QLabel) if w.isVisible()]
    assert not any(t.strip().isdigit() for t in shown)


def test_only_this_week_shows_a_kind_today(make_tab, store: Store) -> None:
    add_action(store, "Ask Sam to proofread", due_on=TODAY + dt.timedelta(days=1))
    tab = make_tab()
    assert grouped(tab) == ([], ["Ask Sam to proofread"])
    assert not tab.today_empty.isHidden()
    assert tab.today_empty.text() == "Nothing due today. Rest is part of the process too."
    assert tab.cards[0].when.text() == "Tomorrow"
    assert tab.cards[0].open_button.isHidden()  # no application to open


def test_a_step_planned_without_a_date_is_there_whenever_you_are_ready(
    qtbot, make_tab, store: Store
) -> None:
    with store.session() as s, s.begin():
        made = actions.create_action(s, actions.ActionInput(text="Ask Sam for coffee"))
        item = s.get(ActionItem, made.id)
        assert item is not None
        item.created_at = dt.datetime(2026, 3, 2, 9, 0)
    tab = make_tab()
    assert grouped(tab) == (["Ask Sam for coffee"], [])
    (card,) = tab.cards
    assert card.when.text() == "Whenever you're ready"  # never "since" a day it wasn't given
    card.done_button.click()
    assert tab.cards == []


def test_open_asks_for_the_right_tab_and_application(qtbot, make_tab, store: Store) -> None:
    app_id = add_application(store, "Acme", "Designer", applied_on=dt.date(2026, 2, 1),
                             status=Status.SCREENING, today=dt.date(2026, 2, 1)).id
    with store.session() as s, s.begin():
        events.add_event(s, app_id, events.EventInput(EventKind.INTERVIEW, dt.date(2026, 3, 8)))
    tab = make_tab()
    (card,) = tab.cards
    assert card.title.text() == "Thank-you note for Acme"
    with qtbot.waitSignal(tab.open_in_tab) as sig:
        card.open_button.click()
    assert sig.args == ["timeline:people", app_id]


def test_done_ticks_an_action_off(qtbot, make_tab, store: Store, ops: Ops) -> None:
    ident = add_action(store, "Practise the STAR answer", due_on=TODAY).id
    add_action(store, "Second", due_on=TODAY)
    tab = make_tab()
    with qtbot.waitActive(tab):
        tab.activateWindow()
    card = tab.card_for(f"action:{ident}:2026-03-10")
    assert card is not None and card.done_button.text() == "Done"
    with qtbot.waitSignal(ops.message) as sig:
        card.done_button.click()
    assert sig.args == ["Done. Nicely handled."]
    with store.session() as s:
        item = s.get(ActionItem, ident)
        assert item is not None and item.done
    assert titles(tab.cards) == ["Second"]
    # The keyboard stays where it was: on the card that took the settled one's place.
    assert tab.cards[0].done_button.hasFocus()


def test_mark_no_response_marks_the_application_ghosted(make_tab, store: Store) -> None:
    app_id = add_application(store, "Initech", "Designer", applied_on=dt.date(2026, 2, 10),
                             today=dt.date(2026, 2, 10)).id
    tab = make_tab()
    (card,) = tab.cards
    card.done_button.click()
    with store.session() as s:
        stored = s.get(Application, app_id)
        assert stored is not None and stored.status == Status.GHOSTED
        last = s.scalars(select(Event).order_by(Event.id.desc())).first()
        assert last is not None and last.occurred_on == TODAY
    assert tab.cards == []
    assert not tab.rest.isHidden()


def test_snooze_for_a_week_hides_until_then(qtbot, make_tab, store: Store,
                                            clock: Clock) -> None:
    ident = add_action(store, "Practise", due_on=TODAY).id
    key = f"action:{ident}:2026-03-10"
    tab = make_tab()
    card = tab.card_for(key)
    assert card is not None
    assert [a.text() for a in card.snooze_button.menu().actions()] == [
        "Until tomorrow", "For a week"]
    card.snooze_week.trigger()
    with store.session() as s:
        state = s.get(ReminderState, key)
        assert state is not None and state.snoozed_until == dt.date(2026, 3, 17)
    assert tab.cards == []

    clock.day = dt.date(2026, 3, 17)
    tab.hide()
    tab.show()  # a new day: the tab looks again
    qtbot.waitUntil(lambda: not tab.loading)
    assert titles(tab.cards) == ["Practise"]
    assert tab.cards[0].when.text() == "Since 10 Mar"


def test_snooze_until_tomorrow(make_tab, store: Store) -> None:
    ident = add_action(store, "Practise", due_on=TODAY).id
    tab = make_tab()
    tab.cards[0].snooze_tomorrow.trigger()
    with store.session() as s:
        state = s.get(ReminderState, f"action:{ident}:2026-03-10")
        assert state is not None and state.snoozed_until == dt.date(2026, 3, 11)


def test_dismiss_takes_it_off_for_good(make_tab, store: Store) -> None:
    ident = add_action(store, "Practise", due_on=TODAY).id
    tab = make_tab()
    tab.cards[0].dismiss_button.click()
    with store.session() as s:
        state = s.get(ReminderState, f"action:{ident}:2026-03-10")
        assert state is not None and state.dismissed
    assert tab.cards == []


def test_changes_elsewhere_refresh_it(make_tab, store: Store, ops: Ops) -> None:
    tab = make_tab()
    assert tab.cards == []
    ops.write(None, actions.create_action, actions.ActionInput(text="New", due_on=TODAY))
    assert titles(tab.cards) == ["New"]


def test_a_hidden_tab_catches_up_when_shown(qtbot, make_tab, store: Store, ops: Ops) -> None:
    tab = make_tab()
    tab.hide()
    ops.write(None, actions.create_action, actions.ActionInput(text="New", due_on=TODAY))
    assert tab.cards == []  # not recomputed while nobody looks
    tab.show()
    assert tab.loading  # worked out on a worker, the tab itself shows at once
    qtbot.waitUntil(lambda: not tab.loading)
    assert titles(tab.cards) == ["New"]


def test_archived_applications_follow_the_setting(
    make_tab, store: Store, qsettings: QSettings
) -> None:
    app_id = add_application(store, "Initech", "Designer", applied_on=dt.date(2026, 2, 10),
                             today=dt.date(2026, 2, 10)).id
    with store.session() as s, s.begin():
        applications.set_archived(s, app_id, True)
    tab = make_tab()
    assert tab.cards == []
    rs.save(qsettings, ReminderSettings(hide_archived=False))
    tab.refresh()
    assert titles(tab.cards) == ["No reply from Initech yet"]


def test_settings_button_opens_the_dialog_and_refreshes(
    qtbot, make_tab, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_application(store, "Initech", "Designer", applied_on=dt.date(2026, 2, 25),
                    today=dt.date(2026, 2, 25))  # 13 days ago: not due with 21 days
    tab = make_tab()
    assert tab.cards == []
    shown = []

    def exec_(dialog) -> int:
        shown.append(dialog)
        dialog.no_response_days.setValue(10)
        dialog.accept()
        return 1

    monkeypatch.setattr(tab_module.reminder_settings.ReminderSettingsDialog, "exec", exec_)
    monkeypatch.setattr(tab_module, "tray_available", lambda: False)
    with qtbot.waitSignal(tab.settings_changed):
        tab.settings_button.click()
    assert len(shown) == 1 and not shown[0].tray.isEnabled()
    assert titles(tab.cards) == ["No reply from Initech yet"]


def test_a_long_backlog_shows_a_page_at_a_time(qtbot, store: Store, make_tab) -> None:
    with store.session() as s, s.begin():
        for i in range(25):
            actions.create_action(s, actions.ActionInput(
                text=f"Step {i}", due_on=TODAY - dt.timedelta(days=1 + i)))
    tab = make_tab()
    assert tab_module.PAGE == 10
    assert len(tab.cards) == 10
    assert tab.today_more.isVisible()
    assert tab.today_more.text() == "Show 10 more"
    qtbot.mouseClick(tab.today_more, Qt.MouseButton.LeftButton)
    assert len(tab.cards) == 20
    assert tab.today_more.text() == "Show 5 more"
    qtbot.mouseClick(tab.today_more, Qt.MouseButton.LeftButton)
    assert len(tab.cards) == 25
    assert not tab.today_more.isVisible()


def test_a_saved_jobs_deadline_is_told_kindly_and_ive_applied_moves_it_on(
        qtbot, make_tab, store: Store) -> None:
    app_id = add_application(store, "Lucerne", "Service designer", applied_on=None,
                             status=Status.SAVED, today=dt.date(2026, 3, 1),
                             deadline=TODAY + dt.timedelta(days=2)).id
    tab = make_tab()
    (card,) = tab.cards
    assert card.title.text() == "Apply to Lucerne by 12 Mar 2026"
    assert "There's still time" in card.detail.text()
    assert card.done_button.text() == "I've applied"
    qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)
    with store.session() as s:
        stored = s.get(Application, app_id)
        assert stored is not None
        assert (stored.status, stored.applied_on) == (Status.APPLIED, TODAY)
    assert tab.cards == []
