"""Ops tells what a write changed by itself: screens never name topics, a write that moves a plan
always tells the plan's watchers, and the screen that saved doesn't read its record twice."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from bounceback.db.enums import EventKind
from bounceback.services import applications, drafts, events
from bounceback.services.events import EventInput
from bounceback.ui.common import ops as topics
from bounceback.ui.common.ops import Ops
from bounceback.ui.timeline import tab as timeline_tab
from bounceback.ui.timeline.tab import TimelineTab
from tests.builders import add_application


@pytest.fixture
def told(ops: Ops) -> list[frozenset[str]]:
    heard: list[frozenset[str]] = []
    ops.changed.connect(heard.append)
    return heard


def test_a_rejection_tells_the_plans_watchers(ops: Ops, told) -> None:
    app_id = add_application(ops, "Acme", "Designer").id
    told.clear()
    ops.run(None, events.add_event, app_id,
            EventInput(kind=EventKind.REJECTION, occurred_on=dt.date(2025, 3, 20)))
    # The service opened a plan and moved the application's status; nobody said so.
    assert told == [frozenset({topics.EVENTS, topics.APPLICATIONS, topics.PLANS})]


def test_deleting_an_application_tells_everything_that_went_with_it(ops: Ops, told) -> None:
    app_id = add_application(ops, "Acme", "Designer").id
    ops.run(None, events.add_event, app_id,
            EventInput(kind=EventKind.REJECTION, occurred_on=dt.date(2025, 3, 20)))
    told.clear()
    ops.run(None, applications.delete_application, app_id)
    assert {topics.APPLICATIONS, topics.EVENTS, topics.PLANS, topics.FEEDBACK,
            topics.REVIEW, topics.CONTACTS} <= told[0]


def test_a_draft_concerns_no_screen(ops: Ops, told) -> None:
    ops.run(None, drafts.save_draft, "checkin:new", "half a thought")
    assert told == [frozenset()]


def test_the_initiator_is_known_only_while_its_write_is_told(ops: Ops) -> None:
    me, other = object(), object()
    seen: list[tuple[bool, bool]] = []
    ops.changed.connect(lambda _t: seen.append((ops.initiated_by(me), ops.initiated_by(other))))
    ops.run(None, drafts.save_draft, "k", "v", initiator=me)
    ops.run(None, drafts.save_draft, "k", "w")
    assert seen == [(True, False), (False, False)]
    assert not ops.initiated_by(me)
    assert not ops.initiated_by(None)


def test_the_timeline_reads_a_saved_application_once(qtbot, ops: Ops, answers,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    tab = TimelineTab(ops)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    app_id = add_application(ops, "Acme", "Designer").id
    tab.open_application(app_id)
    reads: list[str] = []
    real_view, real_get = timeline_tab.application_view, applications.get_application
    depth = [0]  # the view reads the application itself: only outermost reads count

    def counted(name, real):
        def read(session, ident, **kw):
            if not depth[0]:
                reads.append(name)
            depth[0] += 1
            try:
                return real(session, ident, **kw)
            finally:
                depth[0] -= 1
        return read

    view, get = counted("view", real_view), counted("get", real_get)

    monkeypatch.setattr(timeline_tab, "application_view", view)
    monkeypatch.setattr(applications, "get_application", get)
    tab.form.role.selectAll()
    qtbot.keyClicks(tab.form.role, "Lead designer")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert ops.read(applications.get_application, app_id).role == "Lead designer"
    reads.remove("get")  # the line above
    assert reads == ["view"]
    assert tab.form.role.text() == "Lead designer" and not tab.has_unsaved_changes()


def test_a_write_elsewhere_still_refreshes_the_timeline(qtbot, ops: Ops, answers) -> None:
    tab = TimelineTab(ops)
    qtbot.addWidget(tab)
    tab.show()
    app_id = add_application(ops, "Acme", "Designer").id
    tab.open_application(app_id)
    ops.run(None, events.add_event, app_id,
            EventInput(kind=EventKind.INTERVIEW, occurred_on=dt.date(2025, 3, 10)))
    assert tab.form.status.currentData() == "interviewing"


def test_every_table_is_told_under_a_topic_or_is_no_screens_content() -> None:
    """A new table left out would change screens without telling them (the screening
    answers an import keeps did, at first)."""
    from bounceback.db.models import Base

    assert set(Base.metadata.tables) == set(topics.TABLE_TOPICS) | topics.NO_TOPIC
