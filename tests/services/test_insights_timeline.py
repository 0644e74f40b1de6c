"""Timeline insights: lanes, the funnel and response figures, on a small known search."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, Source, Status
from bounceback.services import applications as apps
from bounceback.services import events
from bounceback.services.event_words import english
from bounceback.services.insights import timeline
from bounceback.services.insights.timeline import Stage
from tests.services.conftest import MakeApp

D = dt.date
K = EventKind


def _event(session: Session, app_id: int, kind: EventKind, day: dt.date) -> int:
    return events.add_event(session, app_id, events.EventInput(kind, day)).id


@pytest.fixture
def search(session: Session, make_app: MakeApp) -> dict[str, int]:
    """Six applications with known histories; the comments give what each should count as."""
    # Interviewed, then turned down: answered after 4 days.
    acme = make_app("Acme", "Engineer", applied_on=D(2025, 3, 1))
    _event(session, acme.id, K.SCREEN, D(2025, 3, 5))
    _event(session, acme.id, K.INTERVIEW, D(2025, 3, 12))
    _event(session, acme.id, K.REJECTION, D(2025, 3, 20))
    _event(session, acme.id, K.NOTE, D(2025, 3, 21))
    # A referral that became an offer; first answer a message after 10 days.
    beta = make_app("Beta", "Lead", applied_on=D(2025, 3, 2), source=Source.REFERRAL)
    _event(session, beta.id, K.CORRESPONDENCE, D(2025, 3, 12))
    _event(session, beta.id, K.OFFER, D(2025, 3, 30))
    # The recruiter wrote before the application went in: answered at once (0 days).
    gamma = make_app("Gamma", "Analyst", applied_on=D(2025, 3, 10), source=Source.RECRUITER)
    _event(session, gamma.id, K.RECRUITER_CONTACT, D(2025, 3, 8))
    _event(session, gamma.id, K.SCREEN, D(2025, 3, 11))
    # Only the person's own follow-up, then marked "no response": not an answer.
    delta = make_app("Delta", "Engineer", applied_on=D(2025, 3, 3))
    _event(session, delta.id, K.FOLLOW_UP, D(2025, 3, 17))
    apps.set_status(session, delta.id, Status.GHOSTED, on=D(2025, 3, 31))
    # Archived, with a note only.
    eps = make_app("Epsilon", "Engineer", applied_on=D(2025, 3, 4))
    _event(session, eps.id, K.NOTE, D(2025, 3, 5))
    apps.set_archived(session, eps.id, True)
    # Withdrawn by the person: not an answer either.
    zeta = make_app("Zeta", "Engineer", applied_on=D(2025, 3, 6), source=Source.REFERRAL)
    apps.set_status(session, zeta.id, Status.WITHDRAWN, on=D(2025, 3, 9))
    return {"acme": acme.id, "beta": beta.id, "gamma": gamma.id, "delta": delta.id,
            "eps": eps.id, "zeta": zeta.id}


def test_lanes_one_per_application_oldest_first(
    session: Session, search: dict[str, int]
) -> None:
    lanes = timeline.lanes(session)
    assert [lane.company for lane in lanes] == [
        "Acme", "Beta", "Delta", "Epsilon", "Zeta", "Gamma"
    ]
    acme = lanes[0]
    assert acme.application_id == search["acme"]
    assert (acme.role, acme.source, acme.status) == ("Engineer", Source.DIRECT, Status.REJECTED)
    assert (acme.first, acme.last) == (D(2025, 3, 1), D(2025, 3, 21))
    assert [(m.on, m.kind) for m in acme.marks] == [
        (D(2025, 3, 1), K.APPLIED), (D(2025, 3, 5), K.SCREEN), (D(2025, 3, 12), K.INTERVIEW),
        (D(2025, 3, 20), K.REJECTION), (D(2025, 3, 21), K.NOTE),
    ]
    gamma = lanes[-1]
    # The recruiter's message came first: the lane starts there, not on the applied date.
    assert (gamma.first, gamma.last) == (D(2025, 3, 8), D(2025, 3, 11))
    assert lanes[3].archived is True
    delta = lanes[2]
    assert [m.kind for m in delta.marks] == [K.APPLIED, K.FOLLOW_UP, K.STATUS_CHANGE]
    assert english(delta.marks[-1].said, delta.marks[-1].details) == "No response from the company"


def test_archived_applications_can_be_left_out(session: Session, search: dict[str, int]) -> None:
    lanes = timeline.lanes(session, include_archived=False)
    assert search["eps"] not in {lane.application_id for lane in lanes}
    assert len(lanes) == 5
    assert [s.count for s in timeline.funnel(session, include_archived=False)] == [5, 3, 2, 1]
    overall = timeline.timeline_insights(session, include_archived=False).overall
    assert (overall.applications, overall.responded, overall.rate) == (5, 3, 0.6)


def test_funnel_counts_those_that_got_at_least_that_far(
    session: Session, search: dict[str, int]
) -> None:
    steps = timeline.funnel(session)
    assert [(s.stage, s.count) for s in steps] == [
        (Stage.APPLIED, 6), (Stage.SCREEN, 3), (Stage.INTERVIEW, 2), (Stage.OFFER, 1),
    ]
    assert [s.share for s in steps] == [1.0, 0.5, pytest.approx(2 / 6), pytest.approx(1 / 6)]


def test_response_rate_and_days_overall_and_by_source(
    session: Session, search: dict[str, int]
) -> None:
    found = timeline.timeline_insights(session)
    overall, by_source = found.overall, found.by_source
    assert overall.source is None
    assert (overall.applications, overall.responded, overall.rate) == (6, 3, 0.5)
    # Days to a first answer: Acme 4, Beta 10, Gamma 0.
    assert (overall.median_days, overall.timed) == (4.0, 3)
    figures = {s.source: (s.applications, s.responded, s.rate, s.median_days)
               for s in by_source}
    assert [s.source for s in by_source] == list(Source)
    assert figures[Source.DIRECT] == (3, 1, pytest.approx(1 / 3), 4.0)
    assert figures[Source.REFERRAL] == (2, 1, 0.5, 10.0)
    assert figures[Source.RECRUITER] == (1, 1, 1.0, 0.0)


def test_median_of_an_even_count_is_halfway(session: Session, make_app: MakeApp) -> None:
    a = make_app("A", applied_on=D(2025, 1, 1))
    _event(session, a.id, K.SCREEN, D(2025, 1, 4))
    b = make_app("B", applied_on=D(2025, 1, 1))
    _event(session, b.id, K.REJECTION, D(2025, 1, 9))
    overall = timeline.timeline_insights(session).overall
    assert overall.median_days == 5.5


def test_status_stands_in_for_history_that_is_missing(session: Session) -> None:
    """Events deleted by hand: the status still says how far it went and that they answered."""
    today = D(2025, 4, 10)
    created = apps.create_application(session, apps.ApplicationInput(
        "Kappa", "Engineer", applied_on=D(2025, 4, 1), status=Status.INTERVIEWING), today=today)
    for ev in events.list_events(session, created.id):
        events.delete_event(session, ev.id)
    [lane] = timeline.lanes(session)
    assert lane.marks == ()
    assert (lane.first, lane.last) == (D(2025, 4, 1), D(2025, 4, 1))
    assert [s.count for s in timeline.funnel(session)] == [1, 1, 1, 0]
    overall = timeline.timeline_insights(session).overall
    # Answered, but when can't be told.
    assert (overall.responded, overall.timed, overall.median_days) == (1, 0, None)


def test_an_offer_accepted_counts_as_an_offer(session: Session, make_app: MakeApp) -> None:
    a = make_app("A", applied_on=D(2025, 1, 1))
    _event(session, a.id, K.OFFER, D(2025, 1, 20))
    apps.set_status(session, a.id, Status.ACCEPTED, on=D(2025, 1, 22))
    assert [s.count for s in timeline.funnel(session)] == [1, 1, 1, 1]


def test_days_count_from_the_applied_event_when_no_date_was_given(
    session: Session, make_app: MakeApp
) -> None:
    a = make_app("A", applied_on=None)
    # Without an applied date, creating it dates the "applied" event today; move it back.
    [applied] = events.list_events(session, a.id)
    events.update_event(session, applied.id, events.EventInput(K.APPLIED, D(2025, 2, 1)))
    _event(session, a.id, K.SCREEN, D(2025, 2, 8))
    overall = timeline.timeline_insights(session).overall
    assert overall.median_days == 7.0


def test_an_empty_store_gives_empty_figures(session: Session) -> None:
    data = timeline.timeline_insights(session)
    assert data.lanes == ()
    assert data.application_count == 0
    assert [(s.count, s.share) for s in data.funnel] == [(0, 0.0)] * 4
    assert (data.overall.applications, data.overall.rate, data.overall.median_days) == (
        0, None, None)
    assert all(s.rate is None for s in data.by_source)


def test_insights_bundle_matches_the_single_figures(
    session: Session, search: dict[str, int]
) -> None:
    data = timeline.timeline_insights(session)
    assert list(data.lanes) == timeline.lanes(session)
    assert list(data.funnel) == timeline.funnel(session)


def test_marks_keep_only_the_start_of_long_details(session) -> None:
    from bounceback.services.insights.timeline import DETAILS_KEPT

    app_id = apps.create_application(session, apps.ApplicationInput(
        company="Long Notes Ltd", role="Writer", applied_on=dt.date(2026, 1, 5))).id
    events.add_event(session, app_id, events.EventInput(
        kind=EventKind.INTERVIEW, occurred_on=dt.date(2026, 1, 9), details="é" * 5000))
    data = timeline.timeline_insights(session, include_archived=True)
    lane = next(lane for lane in data.lanes if lane.application_id == app_id)
    interview = next(m for m in lane.marks if m.kind == EventKind.INTERVIEW)
    assert interview.details == "é" * DETAILS_KEPT


def test_saved_jobs_are_counted_apart_from_the_pipeline(session) -> None:
    from bounceback.db.enums import Status
    from bounceback.services.insights import timeline as tl
    from tests.builders import add_application

    add_application(session, "Acme")
    add_application(session, "Umbrella", status=Status.SAVED, applied_on=None)
    found = tl.timeline_insights(session)
    assert found.application_count == 1 and found.saved == 1
    assert found.funnel[0].count == 1 and found.overall.applications == 1
