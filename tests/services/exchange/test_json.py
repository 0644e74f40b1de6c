"""BounceBack's own JSON: everything out, everything back in, nothing doubled or half-done."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from bounceback.db import migrate
from bounceback.db.enums import EventKind, FeedbackStatus, Status
from bounceback.db.models import Application, Base, CheckIn, CheckInEmotion, Event, FeedbackNote
from bounceback.db.store import Store
from bounceback.services import applications, checkins, documents
from bounceback.services.exchange import json_format
from bounceback.services.exchange.common import ExchangeError
from bounceback.services.exchange.export_identity import IDENTITY
from tests.services.exchange.export_sample import (
    EXOTIC,
    HUGE_JOURNAL,
    Sample,
    counts,
    fill,
    other_store,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")


@pytest.fixture
def filled(store: Store) -> Sample:
    with store.session() as s, s.begin():
        return fill(s)


@pytest.fixture
def exported(store: Store, filled: Sample) -> str:
    with store.session() as s:
        return json_format.export_json(s)


def _import(store: Store, source: str | Path) -> json_format.ImportResult:
    with store.session() as s, s.begin():
        return json_format.import_json(s, source)


def _export(store: Store) -> str:
    with store.session() as s:
        return json_format.export_json(s)


def _counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return counts(s)


# --- the file ------------------------------------------------------------------------------


def test_every_table_is_exported_with_every_column(exported: str) -> None:
    doc = json.loads(exported)
    assert doc["format"] == "bounceback"
    assert doc["version"] == json_format.VERSION == 1
    assert doc["schema"] == migrate.head()
    assert set(doc["tables"]) == set(Base.metadata.tables)
    for name, table in Base.metadata.tables.items():
        rows = doc["tables"][name]
        assert rows, f"the sample has no {name}"
        assert all(set(r) == {c.name for c in table.columns} for r in rows)


def test_every_table_has_an_identity_of_real_columns() -> None:
    assert set(IDENTITY) == set(Base.metadata.tables)
    for name, columns in IDENTITY.items():
        assert columns
        assert set(columns) <= {c.name for c in Base.metadata.tables[name].columns}


def test_values_are_iso_dates_enum_values_and_ordered_by_key(
    exported: str, filled: Sample
) -> None:
    tables = json.loads(exported)["tables"]
    acme = next(a for a in tables["applications"] if a["id"] == filled.acme)
    assert acme["applied_on"] == "2025-03-01"
    assert acme["status"] == "rejected"
    assert acme["source"] == "recruiter"
    assert acme["job_description"] == EXOTIC.strip()
    assert acme["created_at"][10] == "T"
    checkin = next(c for c in tables["checkins"] if c["id"] == filled.checkin)
    assert checkin["felt_at"] == "2025-03-20T18:45:00"
    for name, table in Base.metadata.tables.items():
        keys = [tuple(r[c.name] for c in table.primary_key.columns) for r in tables[name]]
        assert keys == sorted(keys)


def test_output_is_deterministic_and_human_readable(store: Store, exported: str) -> None:
    assert _export(store) == exported
    assert exported.endswith("}\n")
    assert "\n  \"format\": \"bounceback\"," in exported  # indented, sorted keys
    assert "שלום" in exported and "🚀" in exported  # not \u-escaped


@posix_only
def test_write_json_is_private_and_matches_the_export(
    store: Store, exported: str, tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    with store.session() as s:
        json_format.write_json(s, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == exported
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_progress_reaches_the_total(store: Store, filled: Sample) -> None:
    calls: list[tuple[int, int]] = []
    with store.session() as s:
        json_format.export_json(s, lambda d, t: calls.append((d, t)))
    total = sum(_counts(store).values())
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) >= len(Base.metadata.tables)


# --- round trip ----------------------------------------------------------------------------


def test_round_trip_through_an_empty_store_is_byte_identical(
    store: Store, exported: str, tmp_path: Path
) -> None:
    with other_store(tmp_path / "other") as other:
        result = _import(other, exported)
        assert _export(other) == exported
        assert result.added == {k: v for k, v in _counts(store).items() if v}
        assert result.total_skipped == 0
        with other.session() as s:
            journals = set(s.scalars(select(CheckIn.journal)))
    assert HUGE_JOURNAL.strip("\n") in {j.strip("\n") for j in journals}
    assert EXOTIC.strip() in journals


def test_import_from_a_path_and_progress(store: Store, exported: str, tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(exported, encoding="utf-8")
    calls: list[tuple[int, int]] = []
    with other_store(tmp_path / "other") as other:
        with other.session() as s, s.begin():
            json_format.import_json(s, path, lambda d, t: calls.append((d, t)))
        assert _counts(other) == _counts(store)
    total = sum(_counts(store).values())
    assert calls[0] == (0, total) and calls[-1] == (total, total)


def test_importing_twice_adds_nothing_the_second_time(
    store: Store, exported: str, tmp_path: Path
) -> None:
    with other_store(tmp_path / "other") as other:
        _import(other, exported)
        before = _counts(other)
        again = _import(other, exported)
        assert again.total_added == 0
        assert again.total_skipped == sum(before.values())
        assert _counts(other) == before
        assert _export(other) == exported


def test_reimport_into_the_same_store_adds_nothing(store: Store, exported: str) -> None:
    before = _counts(store)
    result = _import(store, exported)
    assert result.total_added == 0
    assert _counts(store) == before


def test_rows_edited_since_the_export_are_kept_not_overwritten(
    store: Store, filled: Sample, exported: str
) -> None:
    with store.session() as s, s.begin():
        detail = applications.get_application(s, filled.acme)
        applications.update_application(
            s, filled.acme,
            applications.ApplicationInput(**{**detail.as_input().__dict__, "notes": "newer"}),
        )
    result = _import(store, exported)
    assert result.total_added == 0
    with store.session() as s:
        assert s.get(Application, filled.acme).notes == "newer"  # type: ignore[union-attr]


def test_merge_into_a_store_with_its_own_data_remaps_every_reference(
    store: Store, filled: Sample, exported: str, tmp_path: Path
) -> None:
    with other_store(tmp_path / "other") as other:
        with other.session() as s, s.begin():
            # Own records take ids 1, 2 ... so the imported ones must move.
            mine = applications.create_application(
                s, applications.ApplicationInput("Umbrella", "Chemist", status=Status.REJECTED))
            checkins.create_checkin(s, checkins.CheckInInput(
                felt_at=dt.datetime(2025, 1, 1, 9), emotions=(("calm", 2),),
                application_id=mine.id))
        own = _counts(other)
        result = _import(other, exported)
        assert result.total_skipped == 0
        assert {k: own[k] + result.added.get(k, 0) for k in own} == _counts(other)
        with other.session() as s:
            acme = s.scalars(select(Application).where(Application.company.startswith("Acme")))
            acme_id = acme.one().id
            assert acme_id != filled.acme
            kinds = set(s.scalars(select(Event.kind).where(Event.application_id == acme_id)))
            assert {EventKind.INTERVIEW, EventKind.SCREEN, EventKind.REJECTION} <= kinds
            moved = s.scalars(select(CheckIn).where(CheckIn.journal == EXOTIC.strip())).one()
            assert moved.application_id == acme_id
            rejection = s.get(Event, moved.rejection_event_id)
            assert rejection is not None and rejection.application_id == acme_id
            emotions = s.scalars(
                select(CheckInEmotion.emotion).where(CheckInEmotion.checkin_id == moved.id))
            assert sorted(emotions) == ["disbelief", "hope"]
        again = _import(other, exported)
        assert again.total_added == 0


# --- files that can't be imported ----------------------------------------------------------


def _doc(exported: str) -> dict:
    return json.loads(exported)


def _refused(store: Store, source: str) -> ExchangeError:
    before = _counts(store)
    with pytest.raises(ExchangeError) as caught:
        _import(store, source)
    assert _counts(store) == before
    assert caught.value.message
    return caught.value


@pytest.mark.parametrize("text", ["", "   ", "not json at all", "<html></html>", "[1, 2, 3]",
                                  '{"format": "other", "version": 1}', '"bounceback"'])
def test_not_a_bounceback_file_is_refused_kindly(store: Store, filled: Sample, text: str) -> None:
    err = _refused(store, text)
    assert "nothing has been changed" in err.message.lower()
    assert err.problems == []


def test_a_truncated_file_is_called_cut_short(store: Store, exported: str) -> None:
    for cut in (len(exported) // 2, len(exported) - 3, 200):
        err = _refused(store, exported[:cut])
        assert "cut short" in err.message


def test_a_newer_version_is_refused(store: Store, exported: str) -> None:
    doc = _doc(exported)
    doc["version"] = json_format.VERSION + 1
    assert "newer version" in _refused(store, json.dumps(doc)).message
    doc = _doc(exported)
    doc["schema"] = "9999_from_the_future"
    assert "newer version" in _refused(store, json.dumps(doc)).message


@pytest.mark.parametrize("mangle", [
    lambda d: d.pop("tables"),
    lambda d: d.__setitem__("tables", []),
    lambda d: d.__setitem__("version", "1"),
    lambda d: d.pop("schema"),
])
def test_a_wrong_top_level_shape_is_refused(store: Store, exported: str, mangle) -> None:
    doc = _doc(exported)
    mangle(doc)
    _refused(store, json.dumps(doc))


def _row_problem(store: Store, exported: str, table: str, change) -> ExchangeError:
    doc = _doc(exported)
    change(doc["tables"][table][1])  # the second row, to see the row number
    err = _refused(store, json.dumps(doc))
    assert err.problems, err.message
    assert err.problems[0].line == 2
    assert "Row 2 of the" in err.problems[0].message
    return err


def test_a_row_missing_a_required_column(store: Store, exported: str) -> None:
    err = _row_problem(store, exported, "applications", lambda r: r.pop("company"))
    assert "applications" in err.problems[0].message and "company" in err.problems[0].message


def test_a_bad_date(store: Store, exported: str) -> None:
    err = _row_problem(store, exported, "events",
                       lambda r: r.__setitem__("occurred_on", "2025-13-45"))
    assert "timeline events" in err.problems[0].message
    assert "occurred_on" in err.problems[0].message


def test_a_bad_datetime_and_a_number_as_text(store: Store, exported: str) -> None:
    _row_problem(store, exported, "checkins", lambda r: r.__setitem__("felt_at", "yesterday"))
    _row_problem(store, exported, "checkins", lambda r: r.__setitem__("overall", "5"))
    _row_problem(store, exported, "applications", lambda r: r.__setitem__("archived", 1))


def test_a_wrong_enum_value(store: Store, exported: str) -> None:
    err = _row_problem(store, exported, "applications",
                       lambda r: r.__setitem__("status", "hired-ish"))
    assert "status" in err.problems[0].message


def test_a_dangling_reference(store: Store, exported: str) -> None:
    err = _row_problem(store, exported, "events",
                       lambda r: r.__setitem__("application_id", 4242))
    assert "isn't in the file" in err.problems[0].message


def test_an_unknown_field_and_a_duplicate_row(store: Store, exported: str) -> None:
    _row_problem(store, exported, "applications", lambda r: r.__setitem__("mood", "meh"))
    doc = _doc(exported)
    doc["tables"]["drafts"].append(dict(doc["tables"]["drafts"][0]))
    err = _refused(store, json.dumps(doc))
    assert "twice" in err.problems[0].message


def test_every_problem_is_listed_and_nothing_lands(store: Store, exported: str,
                                                   tmp_path: Path) -> None:
    doc = _doc(exported)
    doc["tables"]["applications"][0]["company"] = None
    doc["tables"]["checkins"][1]["felt_at"] = "2025-02-30T10:00:00"
    with other_store(tmp_path / "other") as other:
        err = _refused(other, json.dumps(doc))
        assert sum(_counts(other).values()) == 0
    assert [p.line for p in err.problems] == [1, 2]


def test_a_clash_with_a_unique_rule_lands_nothing(store: Store, exported: str,
                                                  tmp_path: Path) -> None:
    # Two plans for one rejection: the file checks out, the database refuses it.
    doc = _doc(exported)
    plan = dict(doc["tables"]["bounce_plans"][0], id=99, created_at="2020-01-01T00:00:00")
    doc["tables"]["bounce_plans"].append(plan)
    with other_store(tmp_path / "other") as other:
        err = _refused(other, json.dumps(doc))
        assert "clashes" in err.message
        assert sum(_counts(other).values()) == 0


def test_text_and_numbers_sqlite_cannot_hold(store: Store, exported: str) -> None:
    err = _row_problem(store, exported, "applications",
                       lambda r: r.__setitem__("notes", "half a pair \ud83d"))
    assert "notes" in err.problems[0].message
    _row_problem(store, exported, "applications", lambda r: r.__setitem__("salary_min", 2**70))


def test_a_missing_identity_field_is_a_problem(store: Store, exported: str) -> None:
    # Without its creation stamp a record couldn't be recognised next time, and would double.
    err = _row_problem(store, exported, "checkins", lambda r: r.pop("created_at"))
    assert "created_at" in err.problems[0].message


def test_an_older_schema_fills_in_what_it_lacked(
    store: Store, exported: str, tmp_path: Path
) -> None:
    doc = _doc(exported)
    doc["schema"] = migrate.all_revisions()[-2]
    for note in doc["tables"]["feedback_notes"]:
        del note["follow_up_on"], note["status"]  # columns that came later, with defaults
        note["old_field"] = "dropped since"
    del doc["tables"]["bounce_plans"]
    with other_store(tmp_path / "other") as other:
        result = _import(other, json.dumps(doc))
        assert result.added["feedback_notes"] == 2
        assert "bounce_plans" not in result.added
        with other.session() as s:
            notes = s.scalars(select(FeedbackNote).order_by(FeedbackNote.id)).all()
            assert [n.status for n in notes] == [FeedbackStatus.DRAFT] * 2
            assert [n.follow_up_on for n in notes] == [None, None]
        assert _import(other, json.dumps(doc)).total_added == 0


def test_a_folder_that_cannot_be_written_gives_a_kind_error(
    store: Store, filled: Sample, tmp_path: Path
) -> None:
    with store.session() as s, pytest.raises(ExchangeError) as caught:
        json_format.write_json(s, tmp_path / "no such folder" / "out.json")
    assert "couldn't save" in caught.value.message


def test_documents_that_are_not_their_fingerprint_or_not_base64_are_refused(
        store: Store, exported: str) -> None:
    def other_bytes(row: dict[str, object]) -> None:
        row["data"] = base64.b64encode(b"something else").decode()

    err = _row_problem(store, exported, "document_contents", other_bytes)
    assert "fingerprint" in err.problems[0].message
    err = _row_problem(store, exported, "document_contents",
                       lambda r: r.__setitem__("data", "not base64 at all!"))
    assert "Base64" in err.problems[0].message


def test_a_cv_already_in_the_store_is_shared_not_copied(
        store: Store, exported: str, tmp_path: Path) -> None:
    cv = "Jordan Lee — CV\nSQL · Python · 🚀\n".encode()
    with other_store(tmp_path / "other") as other:
        with other.session() as s, s.begin():
            mine = applications.create_application(
                s, applications.ApplicationInput(company="Hooli", role="Analyst"))
            documents.attach(s, mine.id, "my cv.txt", cv)
        result = _import(other, exported)
        assert result.added["documents"] == 4
        assert result.added.get("document_contents", 0) == 2  # the CV was here already
        with other.session() as s:
            [row] = documents.list_documents(s, mine.id)
            assert len(row.also_in) == 2
            _name, data = documents.document_data(s, row.id)
            assert data == cv
