"""Check-in insights on hand-built data: every number is worked out by hand in the comments."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind
from bounceback.services import applications, checkins, events
from bounceback.services.checkins import CheckInInput
from bounceback.services.exchange.daylio import import_daylio
from bounceback.services.insights import checkin as insights
from bounceback.services.insights.checkin import CopingHelp, DayMood, EmotionCount
from tests.services.conftest import MakeApp


def at(day: str, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour))


def check_in(session: Session, when: dt.datetime, overall: int,
             emotions: tuple[tuple[str, int], ...] = (("sadness", 5),), *,
             coping: str = "", after: tuple[tuple[str, int], ...] = ()) -> int:
    row = checkins.create_checkin(session, CheckInInput(
        felt_at=when, emotions=emotions, overall=overall, coping_method=coping, after=after))
    return row.id


def reject(session: Session, app_id: int, day: str) -> int:
    return events.add_event(session, app_id, events.EventInput(
        EventKind.REJECTION, dt.date.fromisoformat(day))).id


def test_nothing_yet_gives_empty_insights(session: Session) -> None:
    found = insights.checkin_insights(session)
    assert found.mood.points == ()
    assert found.mood.rejections == ()
    assert found.bounce_backs == ()
    assert found.coping == ()
    assert found.emotions == ()


def test_one_checkin_without_a_rejection(session: Session) -> None:
    ident = check_in(session, at("2025-03-02", 20), 4, (("anxiety", 7),))
    found = insights.checkin_insights(session)
    assert [(p.checkin_id, p.felt_at, p.overall) for p in found.mood.points] == [
        (ident, at("2025-03-02", 20), 4)]
    assert found.mood.rejections == ()
    assert found.bounce_backs == ()
    assert found.coping == ()  # no way of coping, nothing noted afterwards
    assert found.emotions == (EmotionCount("anxiety", 1, 7.0),)


def test_mood_over_time_is_oldest_first_with_each_rejection(
        session: Session, make_app: MakeApp) -> None:
    acme = make_app("Acme", "Engineer")
    globex = make_app("Globex", "Analyst")
    late = check_in(session, at("2025-03-09", 21), 3)
    early = check_in(session, at("2025-03-09", 8), 6)
    first = check_in(session, at("2025-03-01"), 7)
    r_globex = reject(session, globex.id, "2025-03-20")
    r_acme = reject(session, acme.id, "2025-03-09")
    applications.set_archived(session, globex.id, True)

    mood = insights.mood_over_time(session)
    assert [(p.checkin_id, p.overall) for p in mood.points] == [(first, 7), (early, 6), (late, 3)]
    assert [(r.event_id, r.day, r.company, r.role, r.archived) for r in mood.rejections] == [
        (r_acme, dt.date(2025, 3, 9), "Acme", "Engineer", False),
        (r_globex, dt.date(2025, 3, 20), "Globex", "Analyst", True),
    ]
    assert mood.rejections[0].application_id == acme.id
    hidden = insights.mood_over_time(session, include_archived=False)
    assert [r.event_id for r in hidden.rejections] == [r_acme]
    assert len(hidden.points) == 3  # the feelings stay; only the archived mark goes


def test_bounce_back_curve_and_days_to_usual(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    rejection = reject(session, app.id, "2025-03-10")
    check_in(session, at("2025-01-01"), 2)  # 68 days before: outside the 30-day window
    check_in(session, at("2025-03-01"), 7)
    check_in(session, at("2025-03-05"), 6)
    check_in(session, at("2025-03-08"), 8)  # usual = median(7, 6, 8) = 7
    check_in(session, at("2025-03-10", 10), 3)
    check_in(session, at("2025-03-10", 22), 4)  # day 0: mean 3.5 over two
    check_in(session, at("2025-03-12"), 5)  # day 2: 5
    check_in(session, at("2025-03-15", 8), 6)
    check_in(session, at("2025-03-15", 20), 7)  # day 5: mean 6.5 = 7 − 0.5: back
    check_in(session, at("2025-03-17"), 9)  # day 7
    check_in(session, at("2025-04-20"), 9)  # day 41: past the 30 days drawn

    (found,) = insights.bounce_backs(session)
    assert found.rejection.event_id == rejection
    assert found.usual == 7.0
    assert found.usual_from_before is True
    assert found.days == (
        DayMood(0, dt.date(2025, 3, 10), 3.5, 2),
        DayMood(2, dt.date(2025, 3, 12), 5.0, 1),
        DayMood(5, dt.date(2025, 3, 15), 6.5, 2),
        DayMood(7, dt.date(2025, 3, 17), 9.0, 1),
    )
    assert found.days_to_usual == 5
    longer = insights.bounce_backs(session, days=45)[0]
    assert longer.days[-1] == DayMood(41, dt.date(2025, 4, 20), 9.0, 1)


def test_usual_from_every_checkin_before_when_few_in_the_month_and_not_back_yet(
        session: Session, make_app: MakeApp) -> None:
    app = make_app()
    reject(session, app.id, "2025-03-10")
    check_in(session, at("2025-01-05"), 5)  # before, but outside the month
    check_in(session, at("2025-03-02"), 8)
    check_in(session, at("2025-03-09"), 9)  # only two in the month: not enough on their own
    check_in(session, at("2025-03-11"), 4)
    check_in(session, at("2025-03-13"), 6)  # after it: never part of the usual level

    (found,) = insights.bounce_backs(session)
    assert found.usual == 8.0  # median(5, 8, 9), not median of all five (6)
    assert found.usual_from_before is False
    assert found.checkins_before == 3
    assert [(d.day, d.mean) for d in found.days] == [(1, 4.0), (3, 6.0)]
    assert found.has_curve
    assert found.days_to_usual is None  # 6 < 8 − 0.5


@pytest.mark.parametrize("before", [0, 1, 2])
def test_no_usual_level_is_made_up_from_too_few_checkins_before(
        session: Session, make_app: MakeApp, before: int) -> None:
    """With fewer than three check-ins before a rejection there is no usual to be back to:
    the days after it (or the one check-in on the day) never stand in for it."""
    reject(session, make_app().id, "2025-03-10")
    for i in range(before):
        check_in(session, at(f"2025-03-0{i + 1}"), 3)
    check_in(session, at("2025-03-10", 18), 3)  # the day itself, at the very same level

    (found,) = insights.bounce_backs(session)
    assert found.checkins_before == before
    assert (found.usual, found.days_to_usual) == (None, None)
    assert [(d.day, d.mean) for d in found.days] == [(0, 3.0)]
    assert not found.has_curve  # one day is a dot, not yet a curve


def test_back_on_the_day_itself_counts_as_zero_days(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    reject(session, app.id, "2025-03-10")
    for day, overall in (("2025-03-07", 5), ("2025-03-08", 6), ("2025-03-09", 6)):
        check_in(session, at(day), overall)
    check_in(session, at("2025-03-10", 18), 6)
    (found,) = insights.bounce_backs(session)
    assert (found.usual, found.days_to_usual) == (6.0, 0)


def test_rejection_without_checkins_after_it(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    other = make_app("Globex")
    older = reject(session, app.id, "2025-03-10")
    (alone,) = insights.bounce_backs(session)
    assert (alone.usual, alone.days, alone.days_to_usual) == (None, (), None)

    for day in ("2025-03-03", "2025-03-04", "2025-03-05"):
        check_in(session, at(day), 6)
    newer = reject(session, other.id, "2025-04-01")
    found = insights.bounce_backs(session)
    assert [b.rejection.event_id for b in found] == [newer, older]  # newest first
    assert all(b.days == () and b.days_to_usual is None for b in found)
    assert [b.usual for b in found] == [6.0, 6.0]
    assert [b.checkins_before for b in found] == [3, 3]


def test_two_rejections_each_get_their_own_curve(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    first = reject(session, app.id, "2025-03-01")
    second = reject(session, make_app("Globex").id, "2025-03-04")
    check_in(session, at("2025-03-02"), 4)
    check_in(session, at("2025-03-05"), 8)
    by_id = {b.rejection.event_id: b for b in insights.bounce_backs(session)}
    assert [(d.day, d.mean) for d in by_id[first].days] == [(1, 4.0), (4, 8.0)]
    assert [(d.day, d.mean) for d in by_id[second].days] == [(1, 8.0)]
    # No check-ins before the first, one before the second: no usual level to be back to.
    assert (by_id[first].checkins_before, by_id[second].checkins_before) == (0, 1)
    assert (by_id[first].days_to_usual, by_id[second].days_to_usual) == (None, None)
    assert by_id[first].has_curve and not by_id[second].has_curve


def test_coping_methods_by_average_change(session: Session) -> None:
    # A walk: anxiety 8 → 5 (−3), calm 2 → 6 (+4, a steadier feeling: eased by 4);
    # sadness has no "afterwards" and is left out.
    check_in(session, at("2025-03-01"), 4, (("anxiety", 8), ("calm", 2), ("sadness", 6)),
             coping="walk", after=(("anxiety", 5), ("calm", 6)))
    # Another walk: frustration 7 → 6 (−1).
    check_in(session, at("2025-03-02"), 5, (("frustration", 7),),
             coping="walk", after=(("frustration", 6),))
    # Calling a friend: sadness 5 → 5, and hope 6 → 4 (a steadier feeling fading: −2 eased).
    check_in(session, at("2025-03-03"), 5, (("sadness", 5), ("hope", 6)),
             coping="call_friend", after=(("sadness", 5), ("hope", 4)))
    # A workout with nothing noted afterwards, and an "afterwards" with no way of coping.
    check_in(session, at("2025-03-04"), 6, (("anger", 9),), coping="workout")
    check_in(session, at("2025-03-05"), 6, (("anger", 9),), after=(("anger", 2),))

    assert insights.coping_help(session) == (
        # changes −3, +4, −1: mean 0; eased 3, 4, 1: mean 8/3
        CopingHelp("walk", checkins=2, pairs=3, average_change=0.0,
                   average_eased=pytest.approx(8 / 3)),
        # changes 0, −2: mean −1; eased 0, −2: mean −1
        CopingHelp("call_friend", checkins=1, pairs=2, average_change=-1.0, average_eased=-1.0),
    )


def test_emotions_that_come_up_most(session: Session) -> None:
    check_in(session, at("2025-03-01"), 4, (("disappointment", 8), ("anxiety", 6)))
    check_in(session, at("2025-03-02"), 5, (("disappointment", 5), ("hope", 3)))
    check_in(session, at("2025-03-03"), 6, (("disappointment", 5), ("anxiety", 9)))
    check_in(session, at("2025-03-04"), 6, (("hope", 6),))
    assert insights.emotion_counts(session) == (
        EmotionCount("disappointment", 3, 6.0),  # (8 + 5 + 5) / 3
        EmotionCount("anxiety", 2, 7.5),  # tied on count, stronger first
        EmotionCount("hope", 2, 4.5),
    )


def test_imported_checkins_without_feelings(session: Session, make_app: MakeApp) -> None:
    text = ("full_date,date,weekday,time,mood,activities,note_title,note\n"
            "2025-03-12,March 12,Wednesday,20:00,good,,,\n"
            "2025-03-11,March 11,Tuesday,20:00,bad,,,\n")
    import_daylio(session, text)
    check_in(session, at("2025-03-11", 9), 4, (("hurt", 6),))
    reject(session, make_app().id, "2025-03-10")

    found = insights.checkin_insights(session)
    assert [p.overall for p in found.mood.points] == [4, 3, 8]
    assert found.emotions == (EmotionCount("hurt", 1, 6.0),)
    assert found.coping == ()
    (bounce,) = found.bounce_backs
    assert [(d.day, d.mean, d.checkins) for d in bounce.days] == [(1, 3.5, 2), (2, 8.0, 1)]
    # Every check-in came after the rejection: nothing to say what was usual before it.
    assert (bounce.usual, bounce.days_to_usual, bounce.checkins_before) == (None, None, 0)


def test_the_newest_checkin_waiting_for_its_afterwards(session: Session) -> None:
    assert insights.checkin_insights(session).awaiting is None
    # Coping with nothing noted afterwards: the place "what helped" learns from next.
    older = check_in(session, at("2025-03-01"), 4, (("anxiety", 7),), coping="walk")
    found = insights.checkin_insights(session).awaiting
    assert found == insights.AwaitingAfterwards(older, at("2025-03-01"), "walk")
    # A newer one with its "afterwards" noted and one without a way of coping: neither waits.
    check_in(session, at("2025-03-05"), 5, (("anxiety", 6),), coping="workout",
             after=(("anxiety", 3),))
    check_in(session, at("2025-03-06"), 5, (("sadness", 6),))
    assert insights.awaiting_afterwards(session) == found
    newer = check_in(session, at("2025-03-08"), 3, (("hurt", 8),), coping="call_friend")
    assert insights.awaiting_afterwards(session) == insights.AwaitingAfterwards(
        newer, at("2025-03-08"), "call_friend")
    own = checkins.create_checkin(session, CheckInInput(
        felt_at=at("2025-03-09"), emotions=(("hurt", 7),), overall=4, coping_method="other",
        coping_note="Bake bread")).id
    assert insights.awaiting_afterwards(session) == insights.AwaitingAfterwards(
        own, at("2025-03-09"), "other", "Bake bread")
