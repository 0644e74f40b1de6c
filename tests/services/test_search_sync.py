"""Search: the triggers keep the index in step with every change, in every kind of store:
updates, deletes, cascades, the migration's backfill, encryption and JSON import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from bounceback.db import cipher, migrate
from bounceback.db.enums import EventKind, ReviewStage
from bounceback.db.store import Store, open_store
from bounceback.services import actions, checkins, contacts, events, feedback, review
from bounceback.services import applications as apps
from bounceback.services import search as srch
from bounceback.services.exchange import json_format
from tests.builders import add_checkin
from tests.services.conftest import MakeApp
from tests.services.search_kit import EVENING, KEY, SAD, check_index, found, indexed

# --- the triggers keep the index in sync ---------------------------------------------------


def test_updates_are_reflected(session: Session, make_app: MakeApp) -> None:
    app = make_app("Kestrel", "Writer", notes="loved the team")
    ci = add_checkin(session, "nervous before the call", when=EVENING, emotions=SAD,
                     application_id=app.id)
    ev = events.add_event(session, app.id, events.EventInput(
        kind=EventKind.SCREEN, occurred_on=dt.date(2025, 3, 2), details="phone screen",
    ))
    apps.update_application(session, app.id, apps.ApplicationInput(
        company="Kestrel", role="Writer", notes="hated the commute",
    ))
    checkins.update_checkin(session, ci.id, checkins.CheckInInput(
        felt_at=dt.datetime(2025, 3, 6, 9), emotions=(("anxiety", 4),), journal="calm now",
        application_id=app.id,
    ))
    events.update_event(session, ev.id, events.EventInput(
        kind=EventKind.INTERVIEW, occurred_on=dt.date(2025, 3, 4), details="video interview",
    ))
    assert found(session, "loved") == set()
    assert found(session, "commute") == {(srch.APPLICATION, app.id)}
    assert found(session, "nervous") == set()
    [hit] = srch.search(session, "calm")
    assert (hit.kind, hit.ref, hit.day) == (srch.CHECKIN, ci.id, dt.date(2025, 3, 6))
    assert found(session, "phone") == set()
    [hit] = srch.search(session, "video")
    assert (hit.ref, hit.detail, hit.day) == (ev.id, "interview", dt.date(2025, 3, 4))
    check_index(session)


def test_renaming_a_company_renames_it_in_what_belongs_to_it(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app("Heron", "Tester")
    ev = events.add_event(session, app.id, events.EventInput(
        kind=EventKind.INTERVIEW, occurred_on=dt.date(2025, 3, 2), details="pairing session",
    ))
    ci = add_checkin(session, "pairing went ok", when=EVENING, emotions=SAD, application_id=app.id)
    apps.update_application(session, app.id, apps.ApplicationInput(
        company="Egret", role="QA Lead", applied_on=dt.date(2025, 3, 1),
    ))
    assert found(session, "heron") == set()
    assert found(session, "egret pairing") == {(srch.EVENT, ev.id), (srch.CHECKIN, ci.id)}
    assert {h.heading for h in srch.search(session, "pairing")} == {"Egret — QA Lead"}
    check_index(session)


def test_deletes_are_reflected(session: Session, make_app: MakeApp) -> None:
    app = make_app("Puffin", "Baker")
    ci = add_checkin(session, "flour everywhere", when=EVENING, emotions=SAD)
    person = contacts.create_contact(session, contacts.ContactInput(name="Ottoline Fenwick"))
    act = actions.create_action(session, actions.ActionInput(text="sharpen knives"))
    checkins.delete_checkin(session, ci.id)
    contacts.delete_contact(session, person.id)
    actions.delete_action(session, act.id)
    assert found(session, "flour") == found(session, "ottoline") == set()
    assert found(session, "sharpen") == set()
    assert (srch.APPLICATION, app.id) in indexed(session)
    check_index(session)


def test_deleting_an_application_removes_what_cascades_and_keeps_the_rest(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app("Gannet", "Chef")
    ev = events.add_event(session, app.id, events.EventInput(
        kind=EventKind.REJECTION, occurred_on=dt.date(2025, 3, 9), details="kitchen trial",
    ))
    fb = feedback.create_feedback(session, app.id, feedback.FeedbackInput(
        asked_whom="the chef", answer_text="knife skills", answered_on=dt.date(2025, 3, 12)))
    item = review.add_item(session, app.id, ReviewStage.OTHER, "kitchen nerves")
    ci = add_checkin(session, "after the kitchen trial", when=EVENING, emotions=SAD,
                     application_id=app.id)
    act = actions.create_action(session, actions.ActionInput(
        text="knife practice", application_id=app.id))
    assert {(srch.EVENT, ev.id), (srch.FEEDBACK, fb.id), (srch.REVIEW, item.id)} <= indexed(
        session)

    apps.delete_application(session, app.id)

    left = indexed(session)
    assert not {(srch.APPLICATION, app.id), (srch.EVENT, ev.id), (srch.FEEDBACK, fb.id),
                (srch.REVIEW, item.id)} & left
    # Check-ins and action items outlive the application, without its name.
    [hit] = srch.search(session, "kitchen")
    assert (hit.kind, hit.ref, hit.app_id, hit.context) == (srch.CHECKIN, ci.id, None, "")
    [hit] = srch.search(session, "knife")
    assert (hit.kind, hit.ref, hit.app_id, hit.context) == (srch.ACTION, act.id, None, "")
    assert found(session, "gannet") == set()
    check_index(session)


def test_database_cascades_fire_the_triggers_without_the_orm(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app("Shearwater", "Pilot")
    ev = events.add_event(session, app.id, events.EventInput(
        kind=EventKind.INTERVIEW, occurred_on=dt.date(2025, 3, 2), details="simulator check",
    ))
    ci = add_checkin(session, "simulator nerves", when=EVENING, emotions=SAD, application_id=app.id)
    session.expunge_all()  # nothing loaded: only SQLite's ON DELETE actions run
    session.execute(text("DELETE FROM applications WHERE id = :id"), {"id": app.id})
    assert session.execute(text("SELECT count(*) FROM events")).scalar() == 0
    assert found(session, "simulator") == {(srch.CHECKIN, ci.id)}
    assert (srch.EVENT, ev.id) not in indexed(session)
    [hit] = srch.search(session, "simulator")
    assert hit.app_id is None and hit.context == ""


def test_dismissed_review_items_are_not_found(session: Session, make_app: MakeApp) -> None:
    app = make_app("Plover", "Coach")
    ev = events.add_event(session, app.id, events.EventInput(
        kind=EventKind.INTERVIEW, occurred_on=dt.date(2025, 3, 2), details="",
    ))
    items = review.ensure_checklist(session, app.id)
    linked = next(i for i in items if i.event_id == ev.id)
    review.update_item(session, linked.id, review.ReviewItemInput(
        label=linked.label, note="flamingo moment"))
    assert found(session, "flamingo") == {(srch.REVIEW, linked.id)}
    review.delete_item(session, linked.id)  # kept, dismissed
    assert found(session, "flamingo") == set()
    check_index(session)


def test_the_index_holds_exactly_the_records(session: Session, make_app: MakeApp) -> None:
    app = make_app()
    add_checkin(session, "one", when=EVENING, emotions=SAD, application_id=app.id)
    contacts.create_contact(session, contacts.ContactInput(name="Ann"))
    actions.create_action(session, actions.ActionInput(text="two"))
    expected: set[tuple[str, int]] = set()
    for kind, table in [(srch.APPLICATION, "applications"), (srch.CONTACT, "contacts"),
                        (srch.EVENT, "events"), (srch.CHECKIN, "checkins"),
                        (srch.FEEDBACK, "feedback_notes"), (srch.ACTION, "action_items")]:
        ids = session.execute(text(f"SELECT id FROM {table}")).scalars()
        expected |= {(kind, i) for i in ids}
    ids = session.execute(text("SELECT id FROM review_items WHERE dismissed = 0")).scalars()
    expected |= {(srch.REVIEW, i) for i in ids}
    assert indexed(session) == expected


def test_drafts_are_not_searched(session: Session) -> None:
    from bounceback.services import drafts

    drafts.save_draft(session, "checkin:new", "half-typed pelican thoughts")
    assert found(session, "pelican") == set()


# --- the migration, other stores, import ---------------------------------------------------


def test_every_indexed_table_has_its_triggers(session: Session) -> None:
    # A later migration that recreates one of these tables must create them again.
    names = set(session.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    for table in ("applications", "contacts", "events", "checkins", "feedback_notes",
                  "review_items", "action_items"):
        for op in ("insert", "update", "delete"):
            assert f"search_{table}_{op}" in names
    assert "search_applications_context" in names


def test_the_migration_indexes_existing_rows_and_downgrade_removes_it(tmp_path: Path) -> None:
    s = open_store(tmp_path / "old.sqlite3")
    try:
        with s.engine.begin() as conn:
            migrate.downgrade(conn, "0003")
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            assert not {n for n in names if n.startswith("search")}
            conn.execute(text(
                "INSERT INTO applications (id, company, role, link, source, salary_currency, "
                "job_description, notes, status, archived, created_at, updated_at) VALUES "
                "(1, 'Ibis', 'Cook', '', 'direct', '', 'sauce work', 'liked the chef', "
                "'applied', 0, '2025-01-01', '2025-01-01')"))
            conn.execute(text(
                "INSERT INTO checkins (id, felt_at, application_id, coping_method, "
                "coping_note, journal, overall, created_at, updated_at) VALUES "
                "(4, '2025-01-02 08:00:00.000000', 1, '', '', 'sauce went wrong', 5, "
                "'2025-01-02', '2025-01-02')"))
            migrate.upgrade(conn)
        with s.session() as session:
            assert found(session, "sauce") == {(srch.APPLICATION, 1), (srch.CHECKIN, 4)}
            [hit] = srch.search(session, "wrong")
            assert (hit.day, hit.context) == (dt.date(2025, 1, 2), "Ibis — Cook")
    finally:
        s.close()


def _fill_small(store: Store) -> int:
    with store.session() as s, s.begin():
        app = apps.create_application(s, apps.ApplicationInput(
            company="Cormorant", role="Diver", notes="deep water"))
        return add_checkin(s, "Practised breathing", when=EVENING, emotions=SAD,
                           application_id=app.id).id


def test_an_encrypted_store_searches_the_same(tmp_path: Path) -> None:
    s = open_store(tmp_path / "secret.sqlite3", passphrase=KEY)
    try:
        assert s.encrypted
        ci = _fill_small(s)
        with s.session() as session:
            assert found(session, "practis") == {(srch.CHECKIN, ci)}
            assert srch.search(session, "practis")[0].snippet_text() == (
                "[Practised] breathing")
            assert srch.search(session, '")(*') == []
    finally:
        s.close()
    assert b"breathing" not in (tmp_path / "secret.sqlite3").read_bytes()


def test_encrypting_and_decrypting_a_store_keeps_its_index(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    s = open_store(path)
    ci = _fill_small(s)
    s.close()
    cipher.encrypt_store(path, KEY, tmp_path / "backups")
    s = open_store(path, passphrase=KEY)
    try:
        with s.session() as session, session.begin():
            assert found(session, "practis") == {(srch.CHECKIN, ci)}
            check_index(session)
            add_checkin(session, "breathing again, later", when=EVENING, emotions=SAD)
            assert len(srch.search(session, "breathing")) == 2
    finally:
        s.close()
    cipher.decrypt_store(path, KEY, tmp_path / "backups")
    s = open_store(path)
    try:
        with s.session() as session:
            assert len(srch.search(session, "breathing")) == 2
            check_index(session)
    finally:
        s.close()


def test_json_import_fills_the_index_of_another_store(store: Store, tmp_path: Path) -> None:
    ci = _fill_small(store)
    with store.session() as s:
        exported = json_format.export_json(s)
    assert "search_index" not in exported
    other = open_store(tmp_path / "other" / "other.sqlite3")
    try:
        with other.session() as s, s.begin():
            json_format.import_json(s, exported)
        with other.session() as s:
            hits = srch.search(s, "practis")
            assert [(h.kind, h.heading) for h in hits] == [(srch.CHECKIN, "Cormorant — Diver")]
            assert found(s, "deep water") == {(srch.APPLICATION, hits[0].app_id)}
            assert hits[0].ref == ci
    finally:
        other.close()
