"""LinkedIn's data archive into the store: applications, saved jobs, connections; a second
import adds only what is new; People are marked connected or offered, never guessed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback import paths
from bounceback.db.enums import ContactRole, EventKind, Source, Status
from bounceback.db.models import (
    Application,
    ApplicationContact,
    BouncePlan,
    Contact,
    Event,
    ScreeningAnswer,
)
from bounceback.db.store import Store
from bounceback.services import applications as apps
from bounceback.services import contacts, events, sent_with
from bounceback.services.exchange.common import ExchangeError, ImportResult
from bounceback.services.exchange.linkedin import (
    APPLICATIONS,
    CONNECTED,
    CONTACTS,
    NOW_APPLIED,
    SAVED_JOBS,
    LinkedInPreview,
    company_key,
    import_linkedin,
    import_linkedin_archive,
    job_key,
    name_key,
    preview,
    profile_key,
)
from bounceback.services.exchange.linkedin_read import LinkedInArchive, read_linkedin
from bounceback.services.validation import SHORT
from tests.builders import add_application, add_contact
from tests.services.conftest import MakeApp
from tests.services.exchange.linkedin_kit import (
    APPLICATIONS_FILE,
    CONNECTIONS_FILE,
    MARKER,
    Row,
    application,
    applications_csv,
    archive_files,
    connection,
    files_under,
    job_link,
    profile,
    saved,
    write_archive,
    write_zip,
)

TODAY = dt.date(2025, 6, 1)
ANSWERS = "Years of SQL?:5 | Salary?:80k | negotiable"
ACME_LINK = job_link(4077276177)
ACME = application("Acme, Inc.", "Data Analyst", "11/23/24, 3:05 PM", link=ACME_LINK,
                   resume="Jordan Lee CV.pdf", answers=ANSWERS)
GLOBEX = application("Globex", "BI Developer", "1/7/25, 11:40 AM", link=job_link(4100000001))
INITECH = saved("Initech", "Analyst", "11/20/24, 10:12 AM", link=job_link(4000000002))
ACME_DAY = dt.date(2024, 11, 23)


def _archive(tmp_path: Path, applied: Iterable[Row] = (), saved_jobs: Iterable[Row] = (),
             connections: Iterable[Row] = (), name: str = "archive.zip") -> LinkedInArchive:
    return read_linkedin(write_archive(tmp_path / name, applied, saved_jobs, connections))


def _import(session: Session, archive: LinkedInArchive, people: Iterable[str] = ()
            ) -> ImportResult:
    return import_linkedin_archive(session, archive, people=list(people), today=TODAY)


def _counts(session: Session) -> dict[str, int]:
    return {model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Application, Event, Contact, ApplicationContact, ScreeningAnswer,
                          BouncePlan)}


def _by_company(session: Session) -> dict[str, apps.ApplicationDetail]:
    rows = apps.list_applications(session, apps.ApplicationFilter(include_archived=True))
    return {r.company: apps.get_application(session, r.id) for r in rows}


def _person(session: Session, contact_id: int) -> contacts.ContactRow:
    return next(c for c in contacts.list_contacts(session) if c.id == contact_id)


# --- keys ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("link", "key"), [
    ("http://www.linkedin.com/jobs/view/4077276177", "linkedin:4077276177"),
    ("https://www.linkedin.com/jobs/view/4077276177/", "linkedin:4077276177"),
    ("https://linkedin.com/jobs/view/data-analyst-at-acme-4077276177/?refId=abc&trk=x",
     "linkedin:4077276177"),
    ("https://www.linkedin.com/comm/jobs/view/4077276177", "linkedin:4077276177"),
    ("https://de.linkedin.com/jobs/view/4077276177", "linkedin:4077276177"),
    ("www.linkedin.com/jobs/view/4077276177", "linkedin:4077276177"),
    ("https://www.example.com/careers/123?utm=x", "example.com/careers/123"),
    ("HTTPS://WWW.Example.com/careers/123/", "example.com/careers/123"),
    ("jobs.example.org/a", "jobs.example.org/a"),
    ("", ""),
])
def test_job_key_is_linkedins_job_number_else_the_link_without_its_query(
    link: str, key: str
) -> None:
    assert job_key(link) == key


def test_company_key_leaves_out_what_doesnt_tell_companies_apart() -> None:
    assert company_key("Acme, Inc.") == company_key("Acme Inc.") == company_key("ACME") \
        == company_key("acme") == company_key("The Acme Group, LLC") == "acme"
    assert company_key("Acme Robotics") != company_key("Acme")
    assert company_key("Société Générale") == company_key("societe generale")
    # A name made only of such words is still a name.
    assert company_key("The Company") == "the company"


def test_name_key_ignores_accents_case_and_spacing() -> None:
    assert name_key("José  Pérez") == name_key("jose perez") == name_key("JOSÉ PÉREZ") \
        == "jose perez"
    assert name_key("Zoë O'Neil") == name_key("zoe o neil")
    assert name_key("Ana Ruiz") != name_key("Ana Ruíz-Soto")


@pytest.mark.parametrize(("url", "key"), [
    ("https://www.linkedin.com/in/ana-ruiz-12", "ana-ruiz-12"),
    ("https://linkedin.com/in/Ana-Ruiz-12/?originalSubdomain=es", "ana-ruiz-12"),
    ("www.linkedin.com/in/ana-ruiz-12#about", "ana-ruiz-12"),
    ("https://www.linkedin.com/company/acme", ""),
    ("https://example.com/in/ana", ""),
    ("", ""),
])
def test_profile_key_is_the_profiles_name_in_its_address(url: str, key: str) -> None:
    assert profile_key(url) == key


# --- applications and saved jobs -----------------------------------------------------------


def test_applications_become_applied_on_their_day_through_linkedin(
    session: Session, tmp_path: Path
) -> None:
    result = _import(session, _archive(tmp_path, [ACME, GLOBEX]))
    assert result.added[APPLICATIONS] == 2
    found = _by_company(session)
    acme = found["Acme, Inc."]
    assert (acme.role, acme.status, acme.applied_on, acme.source, acme.link) == (
        "Data Analyst", Status.APPLIED, ACME_DAY, Source.DIRECT, ACME_LINK)
    sent = sent_with.sent_with(session, acme.id)
    assert (sent.applied_through, sent.resume_name) == ("LinkedIn", "Jordan Lee CV.pdf")
    assert [(a.question, a.answer) for a in sent.answers] == [
        ("Years of SQL?", "5"), ("Salary?", "80k | negotiable")]
    history = events.list_events(session, acme.id)
    assert [(e.kind, e.occurred_on) for e in history] == [(EventKind.APPLIED, ACME_DAY)]
    globex = found["Globex"]
    assert (globex.status, globex.applied_on) == (Status.APPLIED, dt.date(2025, 1, 7))
    assert sent_with.sent_with(session, globex.id).answers == ()
    assert sent_with.sent_with(session, globex.id).applied_through == "LinkedIn"


def test_saved_jobs_become_saved_unless_the_same_job_was_applied_to(
    session: Session, tmp_path: Path
) -> None:
    archive = _archive(tmp_path, [ACME], [
        INITECH,
        saved("Acme, Inc.", "Data Analyst", link=ACME_LINK),  # the same job link
        saved("ACME", "data analyst", link=job_link(4077270000)),  # the same company and title
        saved("Acme", "Engineer", "12/1/24, 8:00 AM"),  # another job there: saved
    ])
    assert preview(session, archive).saved_jobs == 2
    result = _import(session, archive)
    assert (result.added[APPLICATIONS], result.added[SAVED_JOBS]) == (1, 2)
    rows = sorted(apps.list_applications(session), key=lambda r: (r.company, r.role))
    assert [(r.company, r.role, r.status, r.applied_on) for r in rows] == [
        ("Acme", "Engineer", Status.SAVED, None),
        ("Acme, Inc.", "Data Analyst", Status.APPLIED, ACME_DAY),
        ("Initech", "Analyst", Status.SAVED, None),
    ]
    initech = _by_company(session)["Initech"]
    assert initech.link == job_link(4000000002)
    assert initech.source == Source.DIRECT
    # Its first moment is the day it was saved, not the day of the import.
    assert [e.occurred_on for e in events.list_events(session, initech.id)] == [
        dt.date(2024, 11, 20)]
    assert sent_with.sent_with(session, initech.id).empty


def test_a_saved_job_without_a_date_is_dated_the_day_of_the_import(
    session: Session, tmp_path: Path
) -> None:
    _import(session, _archive(tmp_path, [], [INITECH | {"Saved Date": ""}]))
    initech = _by_company(session)["Initech"]
    assert [e.occurred_on for e in events.list_events(session, initech.id)] == [TODAY]


def test_the_same_application_listed_twice_is_added_once(session: Session, tmp_path: Path
                                                         ) -> None:
    path = write_zip(tmp_path / "a.zip", {
        "Jobs/Job Applications_1.csv": applications_csv([ACME, GLOBEX]),
        "Jobs/Job Applications_2.csv": applications_csv([
            GLOBEX, ACME | {"Job Url": "", "Company Name": "ACME Inc"}]),
    })
    result = _import(session, read_linkedin(path))
    assert result.added[APPLICATIONS] == 2
    assert sorted(_by_company(session)) == ["Acme, Inc.", "Globex"]


def test_a_link_that_isnt_a_web_address_is_left_out_and_the_job_kept(
    session: Session, tmp_path: Path
) -> None:
    _import(session, _archive(tmp_path, [ACME | {"Job Url": "see email from Ana"}]))
    assert _by_company(session)["Acme, Inc."].link == ""


def test_names_longer_than_a_field_are_cut_to_fit(session: Session, tmp_path: Path) -> None:
    long = "Acme " + "x" * 300
    _import(session, _archive(tmp_path, [ACME | {"Company Name": long}]))
    (company,) = _by_company(session)
    assert company == long[:SHORT]


# --- again, and newer ----------------------------------------------------------------------


def test_the_same_archive_imported_twice_adds_nothing_the_second_time(
    store: Store, tmp_path: Path
) -> None:
    archive = _archive(tmp_path, [ACME, GLOBEX], [INITECH],
                       [connection("Cy", "Ames", "Acme Inc.", "Recruiter")])
    with store.write() as s:
        first = _import(s, archive)
    assert (first.added[APPLICATIONS], first.added[SAVED_JOBS]) == (2, 1)
    with store.session() as s:
        before = _counts(s)
        again = preview(s, archive)
        assert (again.applications, again.saved_jobs, again.now_applied, again.already) == (
            0, 0, 0, 3)
        # Cy is still offered: not chosen, nothing was written of them.
        assert [o.name for o in again.offers] == ["Cy Ames"]
        assert not again.nothing_new
    with store.write() as s:
        second = _import(s, archive)
        assert _counts(s) == before
    assert second.added == {APPLICATIONS: 0, SAVED_JOBS: 0, CONNECTED: 0, CONTACTS: 0,
                            NOW_APPLIED: 0}
    assert second.skipped == {APPLICATIONS: 3, CONNECTED: 0}
    without_offers = _archive(tmp_path, [ACME, GLOBEX], [INITECH], name="jobs-only.zip")
    with store.session() as s:
        assert preview(s, without_offers).nothing_new


def test_a_newer_archive_adds_only_its_new_rows(store: Store, tmp_path: Path) -> None:
    with store.write() as s:
        _import(s, _archive(tmp_path, [ACME, GLOBEX], [INITECH], name="november.zip"))
    newer = _archive(tmp_path, [
        ACME, GLOBEX,
        application("Hooli", "Data Scientist", "2/14/25, 9:00 AM", link=job_link(4200000003)),
        # The same company and role as before, on another day: applied again.
        application("Globex", "BI Developer", "3/1/25, 9:00 AM", link=job_link(4200000004)),
    ], [INITECH], name="march.zip")
    with store.session() as s:
        found = preview(s, newer)
        assert (found.applications, found.saved_jobs, found.already) == (2, 0, 3)
        before = _counts(s)[Application.__name__]
    with store.write() as s:
        result = _import(s, newer)
        assert _counts(s)[Application.__name__] == before + 2
    assert result.added[APPLICATIONS] == 2
    assert result.skipped[APPLICATIONS] == 3
    with store.session() as s:
        rows = apps.list_applications(s)
        assert sorted((r.company, r.applied_on) for r in rows if r.company != "Initech") == [
            ("Acme, Inc.", ACME_DAY), ("Globex", dt.date(2025, 1, 7)),
            ("Globex", dt.date(2025, 3, 1)), ("Hooli", dt.date(2025, 2, 14))]


def test_an_application_entered_by_hand_is_found_by_company_role_and_day(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    make_app("ACME", "data analyst", applied_on=ACME_DAY)
    make_app("Globex", "BI Developer", applied_on=dt.date(2025, 1, 6))  # another day
    found = preview(session, _archive(tmp_path, [ACME, GLOBEX]))
    assert (found.applications, found.already) == (1, 1)


def test_a_job_saved_here_and_applied_to_since_moves_on_to_applied(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    mine = "https://www.linkedin.com/jobs/view/data-analyst-at-acme-4077276177/?trk=x"
    here = make_app("Acme, Inc.", "Data Analyst", status=Status.SAVED, applied_on=None,
                    link=mine, today=dt.date(2024, 11, 1))
    archive = _archive(tmp_path, [ACME])
    found = preview(session, archive)
    assert (found.applications, found.now_applied, found.already) == (0, 1, 0)
    result = _import(session, archive)
    assert result.added[NOW_APPLIED] == 1 and result.added[APPLICATIONS] == 0
    moved = apps.get_application(session, here.id)
    assert (moved.status, moved.applied_on, moved.link) == (Status.APPLIED, ACME_DAY, mine)
    # Saved on the 1st (the day it was written here), applied on the 23rd.
    assert sorted((e.occurred_on, e.kind) for e in events.list_events(session, here.id)) == [
        (dt.date(2024, 11, 1), EventKind.STATUS_CHANGE), (ACME_DAY, EventKind.APPLIED)]
    sent = sent_with.sent_with(session, here.id)
    assert (sent.applied_through, sent.resume_name, len(sent.answers)) == (
        "LinkedIn", "Jordan Lee CV.pdf", 2)
    assert len(apps.list_applications(session)) == 1
    # Once moved, it is simply there.
    again = preview(session, archive)
    assert (again.now_applied, again.already, again.applications) == (0, 1, 0)


def test_a_job_saved_here_without_a_link_moves_on_by_company_and_title(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    here = make_app("ACME", "data analyst", status=Status.SAVED, applied_on=None)
    result = _import(session, _archive(tmp_path, [ACME]))
    assert result.added[NOW_APPLIED] == 1
    moved = apps.get_application(session, here.id)
    assert (moved.status, moved.applied_on, moved.link) == (Status.APPLIED, ACME_DAY,
                                                            ACME_LINK)


def test_a_job_saved_here_is_not_saved_again(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    make_app("Initech", "Analyst", status=Status.SAVED, applied_on=None)
    make_app("Globex", "Analyst", status=Status.SAVED, applied_on=None,
             link=job_link(4000000009))
    found = preview(session, _archive(tmp_path, [], [
        INITECH, saved("Globex Corp", "Junior Analyst", link=job_link(4000000009))]))
    assert (found.saved_jobs, found.already) == (0, 2)
    assert found.nothing_new


# --- people --------------------------------------------------------------------------------


CONNECTIONS = [
    connection("Ana", "Ruiz", "Acme Inc.", "Recruiter", "05 Mar 2024",
               url=profile("ana-ruiz-12")),
    connection("Bo", "Chen", "Globex", "Engineer", "17 Dec 2023", email="bo@example.com"),
    connection("José", "Pérez", "Initech", "Manager", "02 Jan 2025"),
    # Two people of one name, nothing to tell them apart.
    connection("Dana", "Fox", "Hooli", "Designer", "01 Feb 2024"),
    connection("Dana", "Fox", "Umbrella", "Analyst", "02 Feb 2024"),
]


def test_people_of_an_application_who_are_connections_are_marked_connected(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app("Northwind", "Analyst", applied_on=dt.date(2024, 10, 1))
    by_profile = add_contact(session, app.id, "A. Ruiz",
                             linkedin_url="https://linkedin.com/in/Ana-Ruiz-12/")
    by_email = add_contact(session, app.id, "Robert Chen", email="BO@Example.com")
    by_name = add_contact(session, app.id, "jose perez")
    two_of_them = add_contact(session, app.id, "Dana Fox")
    stranger = add_contact(session, app.id, "Eve Stone")
    archive = _archive(tmp_path, connections=CONNECTIONS)
    found = preview(session, archive)
    assert sorted((m.contact_id, m.connected_on) for m in found.marks) == [
        (by_profile.id, dt.date(2024, 3, 5)), (by_email.id, dt.date(2023, 12, 17)),
        (by_name.id, dt.date(2025, 1, 2))]
    assert found.connections == 5
    result = _import(session, archive)
    assert result.added[CONNECTED] == 3
    for person, day in ((by_profile, dt.date(2024, 3, 5)), (by_email, dt.date(2023, 12, 17)),
                        (by_name, dt.date(2025, 1, 2))):
        row = _person(session, person.id)
        assert (row.linkedin_connected, row.linkedin_connected_on) == (True, day), row.name
        assert row.name == person.name  # the name you gave them stays
    for person in (two_of_them, stranger):
        row = _person(session, person.id)
        assert (row.linkedin_connected, row.linkedin_connected_on) == (False, None), row.name
    again = preview(session, archive)
    assert (again.marks, again.already_connected) == ((), 3)
    assert _import(session, archive).skipped[CONNECTED] == 3


def test_a_person_marked_connected_without_a_day_gets_the_day(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app("Northwind", "Analyst")
    person = add_contact(session, app.id, "Ana Ruiz", linkedin_connected=True)
    found = preview(session, _archive(tmp_path, connections=CONNECTIONS))
    assert [(m.contact_id, m.connected_on) for m in found.marks] == [
        (person.id, dt.date(2024, 3, 5))]
    _import(session, _archive(tmp_path, connections=CONNECTIONS, name="again.zip"))
    assert _person(session, person.id).linkedin_connected_on == dt.date(2024, 3, 5)


OFFERED = [
    connection("Cy", "Ames", "Acme Inc.", "Recruiter", "05 Mar 2024",
               url=profile("cy-ames")),
    connection("Di", "Ng", "ACME", "Data Lead", "06 Mar 2024", email="di@example.com"),
    connection("Ed", "Ko", "Acme, Inc.", "Engineer", ""),
    connection("Fay", "Li", "Globex", "Engineer", "07 Mar 2024"),  # not applied to
    connection("Gus", "Orr", "Acme Robotics", "Engineer", "07 Mar 2024"),  # another company
    connection("Hal", "Poe", "", "Student", "07 Mar 2024"),
]


def test_connections_at_a_company_applied_to_are_offered_not_added(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app("Acme, Inc.", "Data Analyst", applied_on=ACME_DAY)
    archive = _archive(tmp_path, connections=OFFERED)
    found = preview(session, archive)
    assert [(o.name, o.position, o.company, o.connected_on, o.application)
            for o in found.offers] == [
        ("Cy Ames", "Recruiter", "Acme Inc.", dt.date(2024, 3, 5), "Acme, Inc. — Data Analyst"),
        ("Di Ng", "Data Lead", "ACME", dt.date(2024, 3, 6), "Acme, Inc. — Data Analyst"),
        ("Ed Ko", "Engineer", "Acme, Inc.", None, "Acme, Inc. — Data Analyst"),
    ]
    assert len({o.key for o in found.offers}) == 3
    before = _counts(session)
    result = _import(session, archive)
    assert result.added[CONTACTS] == 0
    assert _counts(session) == before
    assert contacts.list_for_application(session, app.id) == []


def test_only_the_offers_chosen_are_added_as_people(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app("Acme, Inc.", "Data Analyst", applied_on=ACME_DAY)
    archive = _archive(tmp_path, connections=OFFERED)
    offers = {o.name: o.key for o in preview(session, archive).offers}
    result = _import(session, archive, people=[offers["Di Ng"], offers["Cy Ames"],
                                                "nobody@acme"])
    assert result.added[CONTACTS] == 2
    people = contacts.list_for_application(session, app.id)
    assert [(p.name, p.role, p.company, p.email, p.linkedin_url, p.relation,
             p.linkedin_connected, p.linkedin_connected_on) for p in people] == [
        ("Cy Ames", "Recruiter", "Acme Inc.", "", profile("cy-ames"), ContactRole.OTHER,
         True, dt.date(2024, 3, 5)),
        ("Di Ng", "Data Lead", "ACME", "di@example.com", "", ContactRole.OTHER,
         True, dt.date(2024, 3, 6)),
    ]
    # Added once: not offered again, and already connected the next time.
    again = preview(session, archive)
    assert [o.name for o in again.offers] == ["Ed Ko"]
    assert again.already_connected == 2
    assert _import(session, archive, people=[offers["Di Ng"]]).added[CONTACTS] == 0


def test_two_of_one_name_at_one_company_are_two_offers_chosen_one_by_one(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app("Acme, Inc.", "Data Analyst", applied_on=ACME_DAY)
    archive = _archive(tmp_path, connections=[
        connection("Dana", "Fox", "Acme", "Designer", "01 Feb 2024"),
        connection("Dana", "Fox", "ACME Inc", "Analyst", "02 Feb 2024")])
    offers = preview(session, archive).offers
    assert [(o.name, o.position) for o in offers] == [("Dana Fox", "Designer"),
                                                      ("Dana Fox", "Analyst")]
    assert len({o.key for o in offers}) == 2
    analyst = next(o.key for o in offers if o.position == "Analyst")
    assert _import(session, archive, people=[analyst]).added[CONTACTS] == 1
    assert [(p.name, p.role) for p in contacts.list_for_application(session, app.id)] == [
        ("Dana Fox", "Analyst")]


def test_an_offer_for_an_application_added_in_the_same_import(
    session: Session, tmp_path: Path
) -> None:
    archive = _archive(tmp_path, [ACME], connections=OFFERED[:1])
    (offer,) = preview(session, archive).offers
    assert offer.application == "Acme, Inc. — Data Analyst"
    result = _import(session, archive, people=[offer.key])
    assert (result.added[APPLICATIONS], result.added[CONTACTS]) == (1, 1)
    acme = _by_company(session)["Acme, Inc."]
    assert [p.name for p in contacts.list_for_application(session, acme.id)] == ["Cy Ames"]


def test_the_offer_goes_to_the_newest_application_at_that_company(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    make_app("Acme", "Engineer", applied_on=dt.date(2024, 1, 1))
    newest = make_app("Acme Inc", "Analyst", applied_on=dt.date(2025, 2, 1))
    archive = _archive(tmp_path, [ACME], connections=OFFERED[:1])
    (offer,) = preview(session, archive).offers
    assert offer.application == "Acme Inc — Analyst"
    _import(session, archive, people=[offer.key])
    assert [p.name for p in contacts.list_for_application(session, newest.id)] == ["Cy Ames"]


def test_someone_already_a_contact_is_not_offered(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    make_app("Acme, Inc.", "Data Analyst", applied_on=ACME_DAY)
    contacts.create_contact(session, contacts.ContactInput(name="Ed Ko"))
    found = preview(session, _archive(tmp_path, connections=OFFERED))
    assert [o.name for o in found.offers] == ["Cy Ames", "Di Ng"]


def test_example_applications_get_no_offers(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    example = make_app("Acme, Inc.", "Data Analyst", applied_on=ACME_DAY)
    row = session.get(Application, example.id)
    assert row is not None
    row.example = True
    session.flush()
    archive = _archive(tmp_path, connections=OFFERED)
    assert preview(session, archive).offers == ()
    # A real application at the same company is offered them.
    make_app("Acme", "Engineer", applied_on=dt.date(2024, 1, 1))
    assert {o.application for o in preview(session, archive).offers} == {"Acme — Engineer"}


# --- the summary, progress, and all or nothing ---------------------------------------------


def test_the_summary_counts_match_the_preview_and_the_store(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    make_app("Globex", "BI Developer", applied_on=dt.date(2025, 1, 7))  # already here
    saved_here = make_app("Hooli", "Data Scientist", status=Status.SAVED, applied_on=None,
                          link=job_link(4200000003))
    people_app = make_app("Northwind", "Analyst", applied_on=dt.date(2024, 10, 1))
    add_contact(session, people_app.id, "Bo Chen")
    archive = _archive(tmp_path, [
        ACME, GLOBEX,
        application("Hooli", "Data Scientist", "2/14/25, 9:00 AM", link=job_link(4200000003)),
        application("Initech", "Analyst", "2/20/25, 9:00 AM", answers="Why?:Because"),
    ], [INITECH | {"Company Name": "Initrode"}], [*CONNECTIONS, *OFFERED])
    found = preview(session, archive)
    assert found == LinkedInPreview(
        applications=2, saved_jobs=1, now_applied=1, already=1, marks=found.marks,
        already_connected=0, offers=found.offers, connections=11, screening_answers=3,
        files=(CONNECTIONS_FILE, APPLICATIONS_FILE, "Jobs/Saved Jobs.csv"))
    assert [m.name for m in found.marks] == ["Bo Chen"]
    # At Acme and Initech (added now), Hooli (saved here), Globex (here); Bo is marked instead.
    assert [(o.name, o.application) for o in found.offers] == [
        ("Ana Ruiz", "Acme, Inc. — Data Analyst"), ("Cy Ames", "Acme, Inc. — Data Analyst"),
        ("Di Ng", "Acme, Inc. — Data Analyst"), ("Ed Ko", "Acme, Inc. — Data Analyst"),
        ("Fay Li", "Globex — BI Developer"), ("Dana Fox", "Hooli — Data Scientist"),
        ("José Pérez", "Initech — Analyst")]
    before = _counts(session)
    chosen = [o.key for o in found.offers if o.name == "José Pérez"]
    result = _import(session, archive, people=chosen)
    assert result.added == {APPLICATIONS: 2, SAVED_JOBS: 1, NOW_APPLIED: 1, CONNECTED: 1,
                            CONTACTS: 1}
    assert result.skipped == {APPLICATIONS: 1, CONNECTED: 0}
    assert (result.total_added, result.total_skipped) == (6, 1)
    after = _counts(session)
    assert after[Application.__name__] == before[Application.__name__] + 3
    assert after[Contact.__name__] == before[Contact.__name__] + 1
    assert after[ScreeningAnswer.__name__] == before[ScreeningAnswer.__name__] + 3
    assert apps.get_application(session, saved_here.id).status == Status.APPLIED


def test_progress_ends_at_the_total(session: Session, tmp_path: Path) -> None:
    rows = [application(f"Company {i}", "Analyst", link=job_link(4300000000 + i))
            for i in range(110)]
    archive = _archive(tmp_path, rows, [INITECH], OFFERED[:1])
    calls: list[tuple[int, int]] = []
    offer = preview(session, archive).offers  # Cy is at no company applied to
    assert offer == ()
    import_linkedin_archive(session, archive, lambda d, t: calls.append((d, t)), today=TODAY)
    assert calls == [(0, 111), (50, 111), (100, 111), (111, 111)]


def test_progress_of_an_import_with_nothing_to_do(session: Session, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    import_linkedin_archive(session, _archive(tmp_path, connections=OFFERED),
                            lambda d, t: calls.append((d, t)), today=TODAY)
    assert calls == [(0, 0)]


def test_a_problem_while_writing_leaves_the_store_as_it_was(
    store: Store, tmp_path: Path
) -> None:
    # An answer too long to keep is only found when written, after other rows were.
    too_long = "Tell us about you?:" + "x" * 6000
    archive = _archive(tmp_path, [
        ACME, GLOBEX,
        application("Hooli", "Data Scientist", "2/14/25, 9:00 AM", answers=too_long),
    ], [INITECH], OFFERED)
    add_application(store, "Acme", "Engineer", applied_on=dt.date(2024, 1, 1))
    with store.session() as s:
        before = _counts(s)
    with pytest.raises(ExchangeError) as excinfo, store.write() as s:
        _import(s, archive, people=[o.key for o in preview(s, archive).offers])
    assert [(p.file, p.line) for p in excinfo.value.problems] == [(APPLICATIONS_FILE, 4)]
    assert "too long" in str(excinfo.value.problems[0].message)
    with store.session() as s:
        assert _counts(s) == before


def test_a_bad_archive_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = write_archive(tmp_path / "a.zip", [ACME, GLOBEX | {"Application Date": "soon"}],
                         [INITECH], OFFERED)
    with store.session() as s:
        before = _counts(s)
    with pytest.raises(ExchangeError) as excinfo, store.write() as s:
        import_linkedin(s, path)
    assert [(p.file, p.line) for p in excinfo.value.problems] == [(APPLICATIONS_FILE, 3)]
    with store.session() as s:
        assert _counts(s) == before


def test_the_preview_writes_nothing(session: Session, make_app: MakeApp, tmp_path: Path
                                    ) -> None:
    app = make_app("Acme, Inc.", "Data Analyst", applied_on=ACME_DAY, status=Status.SAVED)
    add_contact(session, app.id, "Ana Ruiz")
    before = _counts(session)
    found = preview(session, _archive(tmp_path, [ACME, GLOBEX], [INITECH],
                                      [*CONNECTIONS, *OFFERED]))
    assert found.applications and found.marks and found.offers
    assert not (session.new or session.dirty or session.deleted)
    assert _counts(session) == before


def test_import_linkedin_reads_and_imports_without_offered_people(
    session: Session, make_app: MakeApp, tmp_path: Path
) -> None:
    make_app("Acme", "Engineer", applied_on=dt.date(2024, 1, 1))
    path = write_archive(tmp_path / "a.zip", [ACME, GLOBEX], [INITECH], OFFERED)
    result = import_linkedin(session, path)
    assert (result.added[APPLICATIONS], result.added[SAVED_JOBS], result.added[CONTACTS]) == (
        2, 1, 0)
    assert len(contacts.list_contacts(session)) == 0


# --- privacy -------------------------------------------------------------------------------


def test_nothing_of_the_other_files_nor_the_people_not_chosen_reaches_the_data_folder(
    store: Store, tmp_path: Path, data_dir: Path
) -> None:
    files = archive_files([ACME, GLOBEX], [INITECH], OFFERED)
    path = write_zip(tmp_path / "archive.zip", files)
    with store.write() as s:
        offers = preview(s, read_linkedin(path)).offers
        chosen = [o.key for o in offers if o.name == "Cy Ames"]
        _import(s, read_linkedin(path), people=chosen)
    store.close()
    written = b"".join(files_under(data_dir, paths.log_dir()).values())
    # What was imported is there (the store isn't encrypted here), so the search can fail.
    assert b"Jordan Lee CV.pdf" in written and b"Cy Ames" in written
    assert MARKER.encode() not in written
    for name in (b"Di Ng", b"Ed Ko", b"Fay Li", b"Gus Orr", b"Hal Poe"):
        assert name not in written
    assert not (tmp_path / "archive").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["archive.zip"]
