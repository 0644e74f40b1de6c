"""Emotion check-ins and the words they offer."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind
from bounceback.db.models import CheckInEmotion
from bounceback.db.store import Store
from bounceback.services import applications as apps
from bounceback.services import checkins, events, vocabulary
from bounceback.services.errors import NotFoundError, ValidationError
from tests.services.conftest import MakeApp

AT = dt.datetime(2025, 3, 10, 21, 30)


def _input(**kw: object) -> checkins.CheckInInput:
    kw.setdefault("emotions", (("disbelief", 7),))
    return checkins.CheckInInput(felt_at=kw.pop("felt_at", AT), **kw)  # type: ignore[arg-type]


def _rejection(session: Session, app_id: int, day: dt.date = dt.date(2025, 3, 9)) -> int:
    return events.add_event(session, app_id, events.EventInput(EventKind.REJECTION, day)).id


# --- vocabulary ----------------------------------------------------------------------------


def test_vocabulary_has_the_briefs_emotions_and_unique_keys() -> None:
    keys = [w.key for g in vocabulary.EMOTION_GROUPS for w in g.emotions]
    assert {"disbelief", "frustration", "regret", "despair"} <= set(keys)
    assert len(keys) == len(set(keys)) == len(vocabulary.EMOTIONS)
    group_keys = [g.key for g in vocabulary.EMOTION_GROUPS]
    assert len(group_keys) == len(set(group_keys))
    assert all(w.label.strip() for w in vocabulary.EMOTIONS.values())
    assert all(len(k) <= 64 for k in keys)  # the width of checkin_emotions.emotion


def test_coping_methods_include_the_briefs_ways_and_own_way() -> None:
    keys = [w.key for w in vocabulary.COPING_METHODS]
    assert len(keys) == len(set(keys))
    assert {"call_friend", "workout", "journal", vocabulary.OTHER_COPING} <= set(keys)
    assert all(len(k) <= 32 for k in keys)  # the width of checkins.coping_method


# --- create and validate -------------------------------------------------------------------


def test_create_and_read_back(store: Store) -> None:
    with store.session() as s, s.begin():
        app = apps.create_application(s, apps.ApplicationInput("Acme", "Engineer"))
        rejection = _rejection(s, app.id)
        made = checkins.create_checkin(
            s,
            _input(
                emotions=(("disbelief", 8), ("frustration", 5), ("hope", 1)),
                coping_method="other", coping_note=" Bake bread ", journal="Rough day 😞",
                overall=3, application_id=app.id, rejection_event_id=rejection,
            ),
        )
    with store.session() as s:
        row = checkins.get_checkin(s, made.id)
    assert row == made
    assert row.emotions == (("disbelief", 8), ("frustration", 5), ("hope", 1))
    assert (row.coping_method, row.coping_note) == ("other", "Bake bread")
    assert row.journal == "Rough day 😞"
    assert (row.overall, row.rejection_event_id) == (3, rejection)
    assert row.application_label == "Acme — Engineer"


def test_create_without_application(session: Session) -> None:
    row = checkins.create_checkin(session, _input(coping_method="walk"))
    assert (row.application_id, row.application_label) == (None, "")


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"emotions": ()}, "emotions"),
        ({"emotions": (("schadenfreude", 3),)}, "emotions"),
        ({"emotions": (("regret", 3), ("despair", 4), ("regret", 5))}, "emotions"),
        ({"emotions": (("regret", 0),)}, "emotions"),
        ({"emotions": (("regret", 11),)}, "emotions"),
        ({"overall": 0}, "overall"),
        ({"overall": 11}, "overall"),
        ({"coping_method": "other"}, "coping_note"),
        ({"coping_method": "other", "coping_note": "   "}, "coping_note"),
        ({"coping_method": "scream_into_void"}, "coping_method"),
        ({"coping_note": "x" * 501}, "coping_note"),
        ({"felt_at": None}, "felt_at"),
        ({"felt_at": dt.datetime(205, 3, 1, 12, 0)}, "felt_at"),
        ({"felt_at": dt.datetime(3000, 3, 1, 12, 0)}, "felt_at"),
    ],
)
def test_checkin_validation(session: Session, kw: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        checkins.create_checkin(session, _input(**kw))
    assert info.value.field == field
    assert checkins.list_checkins(session) == []


def test_range_edges_are_accepted(session: Session) -> None:
    row = checkins.create_checkin(
        session, _input(emotions=(("calm", 1), ("overwhelm", 10)), overall=1)
    )
    assert row.emotions == (("calm", 1), ("overwhelm", 10))
    assert checkins.create_checkin(session, _input(overall=10)).overall == 10


def test_unknown_application_is_refused(session: Session) -> None:
    with pytest.raises(NotFoundError) as info:
        checkins.create_checkin(session, _input(application_id=404))
    assert info.value.what == "application"


def test_rejection_must_be_a_rejection_of_the_same_application(
    session: Session, make_app: MakeApp
) -> None:
    acme = make_app("Acme")
    globex = make_app("Globex")
    acme_rejection = _rejection(session, acme.id)
    note = events.add_event(
        session, acme.id, events.EventInput(EventKind.NOTE, dt.date(2025, 3, 9))
    ).id
    for event_id in (note, 99_999):
        with pytest.raises(ValidationError) as info:
            checkins.create_checkin(
                session, _input(application_id=acme.id, rejection_event_id=event_id)
            )
        assert info.value.field == "rejection_event_id"
    with pytest.raises(ValidationError) as info:
        checkins.create_checkin(
            session, _input(application_id=globex.id, rejection_event_id=acme_rejection)
        )
    assert "another application" in info.value.message
    assert checkins.list_checkins(session) == []
    ok = checkins.create_checkin(
        session, _input(application_id=acme.id, rejection_event_id=acme_rejection)
    )
    assert ok.rejection_event_id == acme_rejection


# --- update, delete, list ------------------------------------------------------------------


def _emotion_rows(session: Session, checkin_id: int) -> int:
    stmt = select(func.count()).where(CheckInEmotion.checkin_id == checkin_id)
    return session.scalar(stmt) or 0


def test_update_replaces_emotions_including_the_same_key(store: Store) -> None:
    with store.session() as s, s.begin():
        made = checkins.create_checkin(
            s, _input(emotions=(("disbelief", 7), ("regret", 4), ("despair", 9)))
        )
    with store.session() as s, s.begin():
        changed = checkins.update_checkin(
            s, made.id,
            replace(made.as_input(), emotions=(("regret", 2), ("acceptance", 6)), overall=7),
        )
    assert changed.emotions == (("regret", 2), ("acceptance", 6))
    with store.session() as s:
        row = checkins.get_checkin(s, made.id)
        assert row.emotions == (("regret", 2), ("acceptance", 6))
        assert row.overall == 7
        assert _emotion_rows(s, made.id) == 2


def test_failed_update_keeps_previous_emotions(session: Session) -> None:
    made = checkins.create_checkin(session, _input(emotions=(("regret", 4),)))
    with pytest.raises(ValidationError):
        checkins.update_checkin(session, made.id, replace(made.as_input(), emotions=()))
    assert checkins.get_checkin(session, made.id).emotions == (("regret", 4),)


def test_delete_checkin_removes_its_emotions(session: Session) -> None:
    made = checkins.create_checkin(session, _input(emotions=(("regret", 4), ("hope", 2))))
    checkins.delete_checkin(session, made.id)
    assert _emotion_rows(session, made.id) == 0
    with pytest.raises(NotFoundError):
        checkins.get_checkin(session, made.id)
    with pytest.raises(NotFoundError):
        checkins.update_checkin(session, made.id, made.as_input())


def test_list_newest_first_and_by_application(session: Session, make_app: MakeApp) -> None:
    acme = make_app("Acme", "Engineer")
    globex = make_app("Globex", "Analyst")
    day = dt.datetime(2025, 3, 10, 9, 0)
    a = checkins.create_checkin(session, _input(felt_at=day, application_id=acme.id))
    b = checkins.create_checkin(
        session, _input(felt_at=day + dt.timedelta(days=2), application_id=globex.id)
    )
    c = checkins.create_checkin(session, _input(felt_at=day + dt.timedelta(hours=1)))
    same_time = checkins.create_checkin(
        session, _input(felt_at=day, application_id=acme.id)
    )
    assert [r.id for r in checkins.list_checkins(session)] == [b.id, c.id, same_time.id, a.id]
    acme_rows = checkins.list_checkins(session, application_id=acme.id)
    assert [r.id for r in acme_rows] == [same_time.id, a.id]
    assert {r.application_label for r in acme_rows} == {"Acme — Engineer"}


def test_rejections_for(session: Session, make_app: MakeApp) -> None:
    acme = make_app("Acme")
    globex = make_app("Globex")
    first = _rejection(session, acme.id, dt.date(2025, 1, 10))
    events.add_event(session, acme.id, events.EventInput(EventKind.REAPPLIED, dt.date(2025, 5, 1)))
    second = _rejection(session, acme.id, dt.date(2025, 6, 10))
    _rejection(session, globex.id)
    assert checkins.rejections_for(session, acme.id) == [
        (second, dt.date(2025, 6, 10)), (first, dt.date(2025, 1, 10)),
    ]
    assert checkins.rejections_for(session, make_app("Initech").id) == []


def test_a_checkin_about_a_rejection_belongs_to_its_application(session, make_app):
    import datetime as dt

    from bounceback.db.enums import EventKind
    from bounceback.services import checkins, events
    from bounceback.services.checkins import CheckInInput
    from bounceback.services.events import EventInput

    app = make_app()
    rej = events.add_event(session, app.id, EventInput(EventKind.REJECTION, dt.date(2026, 5, 1)))
    row = checkins.create_checkin(session, CheckInInput(
        felt_at=dt.datetime(2026, 5, 1, 20, 0), emotions=(("regret", 4),),
        rejection_event_id=rej.id))
    assert row.application_id == app.id
    assert [c.id for c in checkins.list_checkins(session, application_id=app.id)] == [row.id]
