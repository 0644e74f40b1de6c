"""The tray notifier: tells once about what became due, only when wanted and possible, never
while locked, and never with the person's own words.

The offscreen platform has no notification area, so availability is given to the notifier and
``showMessage`` is recorded instead of shown.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSystemTrayIcon
from sqlalchemy import select

from bounceback.db.enums import Status
from bounceback.db.models import ReminderState
from bounceback.db.store import Store
from bounceback.services import actions, applications
from bounceback.services.reminders import Reminder, ReminderKind
from bounceback.ui.common.ops import Ops
from bounceback.ui.today import settings as rs
from bounceback.ui.today.tray import CHECK_MINUTES, TrayNotifier, compose

TODAY = dt.date(2026, 3, 10)
SECRET = "Cried after the call, journal says so"


class Clock:
    def __init__(self) -> None:
        self.day = TODAY

    def __call__(self) -> dt.date:
        return self.day


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []

    def show_message(self, title: str, message: str, *args: object) -> None:
        messages.append((title, message))

    monkeypatch.setattr(QSystemTrayIcon, "showMessage", show_message)
    return messages


@pytest.fixture
def qsettings(data_dir: Path) -> QSettings:
    data_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def notifier(ops: Ops, qsettings: QSettings, clock: Clock, shown):
    made: list[TrayNotifier] = []

    def make(available: bool = True) -> TrayNotifier:
        n = TrayNotifier(ops, qsettings, today=clock, available=lambda: available)
        made.append(n)
        return n

    yield make
    for n in made:
        n.timer.stop()
        if n.icon is not None:
            n.icon.hide()


def app(store: Store, company: str, applied: dt.date) -> int:
    with store.session() as s, s.begin():
        return applications.create_application(s, applications.ApplicationInput(
            company=company, role="Designer", applied_on=applied, status=Status.APPLIED),
            today=applied).id


def action(store: Store, text: str, due: dt.date, app_id: int | None = None) -> int:
    with store.session() as s, s.begin():
        return actions.create_action(s, actions.ActionInput(
            text=text, due_on=due, application_id=app_id)).id


def notified(store: Store) -> dict[str, dt.date | None]:
    with store.session() as s:
        return {st.key: st.notified_on for st in s.scalars(select(ReminderState))}


BASE = Reminder(key="k", kind=ReminderKind.ACTION, due_on=TODAY, app_id=None, opens="review",
                record_id=1, text=SECRET)



def settle(qtbot, n: TrayNotifier) -> None:
    """Checks run on a worker: wait until the answer is in (and told about)."""
    qtbot.waitUntil(lambda: not n.checking)


def test_compose_one_several_and_many() -> None:
    thanks = dataclasses.replace(BASE, kind=ReminderKind.THANK_YOU, company="Acme")
    assert compose([thanks]) == ("Thank-you note for Acme", "It's in Today whenever you're ready.")
    many = [dataclasses.replace(BASE, kind=ReminderKind.NO_RESPONSE, company=f"Co{i}")
            for i in range(6)]
    title, message = compose(many[:2])
    assert (title, message) == ("A few things for today", "No reply from Co0 yet\n"
                                "No reply from Co1 yet")
    title, message = compose(many)
    assert message.splitlines() == [
        "No reply from Co0 yet", "No reply from Co1 yet", "No reply from Co2 yet",
        "No reply from Co3 yet", "…and more in Today."]


def test_notices_never_carry_the_persons_own_words() -> None:
    loose = compose([BASE])
    tied = compose([dataclasses.replace(BASE, company="Acme", app_id=3)])
    assert loose[0] == "An action item you planned"
    assert tied[0] == "An action item for Acme"
    assert all(SECRET not in part for part in (*loose, *tied))


def test_tells_once_about_newly_due_items(qtbot, notifier, store: Store, shown,
                                          clock: Clock) -> None:
    quiet = app(store, "Initech", dt.date(2026, 2, 10))
    first = action(store, SECRET, TODAY, quiet)
    action(store, "Later", TODAY + dt.timedelta(days=2))

    n = notifier()
    n.start()
    settle(qtbot, n)
    assert n.active and n.timer.isActive()
    assert n.timer.interval() == CHECK_MINUTES * 60 * 1000 == 1_800_000
    assert shown == [("A few things for today",
                      "No reply from Initech yet\nAn action item for Initech")]
    assert notified(store) == {f"no_response:app:{quiet}": TODAY,
                               f"action:{first}:2026-03-10": TODAY}

    assert n.check() == []  # the next half-hour: nothing new
    assert len(shown) == 1

    clock.day = TODAY + dt.timedelta(days=2)
    told = n.check()
    assert [r.text for r in told] == ["Later"]
    assert shown[-1] == ("An action item you planned", "It's in Today whenever you're ready.")


def test_nothing_without_a_notification_area_or_when_turned_off(
    qtbot, notifier, store: Store, shown, qsettings: QSettings
) -> None:
    action(store, "Practise", TODAY)
    unavailable = notifier(available=False)
    unavailable.start()
    settle(qtbot, unavailable)
    assert not unavailable.active and not unavailable.timer.isActive()
    assert unavailable.check() == []

    rs.set_tray_enabled(qsettings, False)
    off = notifier()
    off.start()
    settle(qtbot, off)
    assert not off.active
    assert shown == [] and notified(store) == {}


def test_turning_it_off_and_on_again(qtbot, notifier, store: Store, shown,
                                     qsettings: QSettings) -> None:
    n = notifier()
    n.start()
    settle(qtbot, n)
    assert n.active and shown == []
    rs.set_tray_enabled(qsettings, False)
    n.apply_settings()
    assert not n.active and not n.timer.isActive()
    action(store, "Practise", TODAY)
    assert n.check() == []
    rs.set_tray_enabled(qsettings, True)
    n.apply_settings()  # back on: it checks straight away (on a worker)
    settle(qtbot, n)
    assert n.active and shown == [("An action item you planned",
                                   "It's in Today whenever you're ready.")]


def test_silent_while_locked_and_catching_up_after(qtbot, notifier, store: Store, shown) -> None:
    n = notifier()
    n.start()
    settle(qtbot, n)
    n.set_locked(True)
    action(store, "Practise", TODAY)
    assert n.check() == []
    assert shown == [] and notified(store) == {}
    n.set_locked(False)
    settle(qtbot, n)
    assert len(shown) == 1


def test_archived_applications_follow_the_setting(qtbot, notifier, store: Store, shown) -> None:
    quiet = app(store, "Initech", dt.date(2026, 2, 10))
    with store.session() as s, s.begin():
        applications.set_archived(s, quiet, True)
    n = notifier()
    n.start()
    settle(qtbot, n)
    assert shown == []


def test_clicking_the_notice_asks_for_today(qtbot, notifier) -> None:
    n = notifier()
    n.start()
    settle(qtbot, n)
    assert n.icon is not None
    with qtbot.waitSignal(n.show_today):
        n.icon.messageClicked.emit()
    with qtbot.waitSignal(n.show_today):
        n.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    (show,) = n.icon.contextMenu().actions()
    assert show.text() == "Show Today"
    with qtbot.waitSignal(n.show_today):
        show.trigger()


def test_a_check_answered_after_locking_tells_nothing(qtbot, notifier, store: Store,
                                                      shown) -> None:
    action(store, "Practise", TODAY)
    n = notifier()
    n.start()  # the check is on its way…
    n.set_locked(True)  # …and the screen is locked before it comes back
    settle(qtbot, n)
    assert shown == [] and notified(store) == {}


def test_the_icon_speaks_the_new_language(qtbot, notifier) -> None:
    from bounceback.ui import language

    n = notifier()
    n.start()
    settle(qtbot, n)
    assert n.icon is not None
    [show] = n.icon.contextMenu().actions()
    assert show.text() == "Show Today"
    try:
        assert language.apply("es")
        n.retranslate()
        assert show.text() not in ("", "Show Today")
    finally:
        language.apply(language.SOURCE)
    n.retranslate()
    assert show.text() == "Show Today"


def test_an_action_is_titled_by_its_first_line_with_words() -> None:
    from bounceback.ui.today import words

    r = dataclasses.replace(BASE, text="\n  Call Sam back\nabout the role")
    assert words.title(r) == "Call Sam back"
    assert words.title(dataclasses.replace(BASE, text="x" * 300)) == "x" * 120
