"""The JSON import reads its file twice and sets nothing aside in between: nothing of the
file is written anywhere but into the store, a file changed between the readings is refused,
and the search index, filled once at the end, is exactly what a rebuild makes, with the
store's triggers and index settings as they were."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from bounceback.db.models import Base, CheckIn
from bounceback.db.store import Store, open_store
from bounceback.services import applications, checkins
from bounceback.services import search as srch
from bounceback.services.exchange import bulk_index, json_format, json_read
from bounceback.services.exchange.common import ExchangeError
from tests.services.exchange.export_sample import EXOTIC, counts, fill, other_store
from tests.services.search_kit import KEY, found, index_rows, rebuilt_index_rows

# Words of a journal that must never be found in plain text outside the file imported.
SECRET = "Quetzalcoatl marmalade confession"


@pytest.fixture
def exported(store: Store) -> str:
    with store.session() as s, s.begin():
        sample = fill(s)
        row = s.get(CheckIn, sample.checkin)
        assert row is not None
        row.journal = f"{SECRET}\n{EXOTIC}"
    with store.session() as s:
        return json_format.export_json(s)


def _triggers(s: Session) -> list[tuple[str, str]]:
    return [tuple(r) for r in s.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))]


def _settings(s: Session) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in s.execute(text("SELECT k, v FROM search_index_config ORDER BY k"))]


def _import(store: Store, source: str | Path) -> json_format.ImportResult:
    with store.session() as s, s.begin():
        return json_format.import_json(s, source)


# --- nothing set aside ------------------------------------------------------------------


@pytest.fixture
def no_temporary_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty temporary folder for the whole system, and every way Python has of writing
    a temporary file or pickling made to fail."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))

    def refused(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the import set something aside")

    for name in ("TemporaryFile", "NamedTemporaryFile", "SpooledTemporaryFile", "mkstemp",
                 "mkdtemp", "TemporaryDirectory"):
        monkeypatch.setattr(tempfile, name, refused)
    for name in ("dump", "dumps", "Pickler"):
        monkeypatch.setattr(pickle, name, refused)
    yield folder
    assert list(folder.iterdir()) == []


def test_an_encrypted_store_gets_the_file_and_nothing_else_does(
    exported: str, tmp_path: Path, no_temporary_files: Path
) -> None:
    source = tmp_path / "in" / "export.json"
    source.parent.mkdir()
    source.write_text(exported, encoding="utf-8")
    # The store exported from (plain, in the test's data folder) is no business of this test.
    existing = {p for p in tmp_path.rglob("*") if p.is_file()}
    folder = tmp_path / "secret"
    secret = open_store(folder / "store.sqlite3", passphrase=KEY)
    try:
        assert secret.encrypted
        result = _import(secret, source)
        assert result.total_added > 0
        with secret.session() as s:
            assert found(s, "marmalade") == {(srch.CHECKIN, s.scalar(
                select(CheckIn.id).where(CheckIn.journal.startswith(SECRET))))}
    finally:
        secret.close()
    # The store's files (the database, its write-ahead log) hold the journal encrypted only,
    # and no other file was made.
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p not in existing]
    assert any(p.parent == folder for p in written)
    for path in written:
        assert SECRET.encode() not in path.read_bytes(), path


def test_a_bad_file_writes_nothing_at_all(
    store: Store, exported: str, tmp_path: Path, no_temporary_files: Path
) -> None:
    doc = json.loads(exported)
    doc["tables"]["checkins"][-1]["overall"] = "very"
    with other_store(tmp_path / "other") as other:
        folder = other.path.parent
        before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
        with pytest.raises(ExchangeError), other.session() as s, s.begin():
            json_format.import_json(s, json.dumps(doc))
        after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert after == before


# --- a file changed between the readings ----------------------------------------------------


@pytest.mark.parametrize("change", [
    # Still good JSON of the same length: only the fingerprint tells.
    lambda data: data.replace(b"Practise the STAR", b"Practise the STAT"),
    # Read as something else entirely the second time.
    lambda data: data[: len(data) // 2],
    lambda data: data.replace(b'"overall": 3', b'"overall": "x"'),
])
def test_a_file_written_over_between_the_readings_is_refused(
    store: Store, exported: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Any
) -> None:
    source = tmp_path / "export.json"
    source.write_text(exported, encoding="utf-8")
    changed = change(source.read_bytes())
    assert changed != source.read_bytes()
    check = json_read.check

    def check_then_change(stream: Any) -> json_read.Checked:
        checked = check(stream)
        with open(source, "r+b") as f:  # in place, as a sync tool might: same open file
            f.write(changed)
            f.truncate()
        return checked

    monkeypatch.setattr(json_read, "check", check_then_change)
    with other_store(tmp_path / "other") as other:
        with pytest.raises(ExchangeError) as caught, other.session() as s, s.begin():
            json_format.import_json(s, source)
        assert caught.value.message == json_read.CHANGED
        with other.session() as s:
            assert sum(counts(s).values()) == 0


def test_a_file_replaced_under_its_name_is_still_the_one_checked(
    store: Store, exported: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Saved anew (a new file renamed over the old): the open one is still read.
    source = tmp_path / "export.json"
    source.write_text(exported, encoding="utf-8")
    check = json_read.check

    def check_then_replace(stream: Any) -> json_read.Checked:
        checked = check(stream)
        (tmp_path / "new.json").write_text("{}", encoding="utf-8")
        os.replace(tmp_path / "new.json", source)
        return checked

    monkeypatch.setattr(json_read, "check", check_then_replace)
    with other_store(tmp_path / "other") as other:
        _import(other, source)
        with other.session() as s:
            assert json_format.export_json(s) == exported


# --- the search index -----------------------------------------------------------------------


def test_the_index_after_an_import_is_what_a_rebuild_makes(
    store: Store, exported: str, tmp_path: Path
) -> None:
    with other_store(tmp_path / "other") as other:
        with other.session() as s:
            triggers, settings = _triggers(s), _settings(s)
        _import(other, exported)
        with other.session() as s, s.begin():
            assert index_rows(s) == rebuilt_index_rows(s)
            # Every kind of record is there, action items with the application they belong
            # to although the file lists them before the applications.
            kinds = {row[1] for row in index_rows(s)}
            assert kinds == set(srch.KINDS)
            contexts = s.execute(text(
                "SELECT context FROM search_index WHERE kind = 'action'")).scalars()
            assert any(c.startswith("Acme") for c in contexts)
            assert _triggers(s) == triggers
            assert _settings(s) == settings


def test_merged_into_a_store_with_its_own_data_too(
    store: Store, exported: str, tmp_path: Path
) -> None:
    with other_store(tmp_path / "other") as other:
        with other.session() as s, s.begin():
            # Own records take ids 1, 2 ... so the imported ones move, between them.
            mine = applications.create_application(
                s, applications.ApplicationInput("Umbrella", "Chemist"))
            checkins.create_checkin(s, checkins.CheckInInput(
                felt_at=dt.datetime(2025, 1, 1, 9),
                emotions=(("calm", 2),), application_id=mine.id, journal="my own"))
            # A setting of the store's own is kept.
            s.execute(text("INSERT INTO search_index (search_index, rank) "
                           "VALUES ('automerge', 8)"))
            triggers, settings = _triggers(s), _settings(s)
        assert ("automerge", 8) in settings
        _import(other, exported)
        _import(other, exported)  # a second time: nothing new, nothing indexed twice
        with other.session() as s, s.begin():
            assert index_rows(s) == rebuilt_index_rows(s)
            assert found(s, "my own") and found(s, "marmalade")
            assert _triggers(s) == triggers
            assert _settings(s) == settings


def test_after_an_import_new_records_are_indexed_by_the_triggers_again(
    store: Store, exported: str, tmp_path: Path
) -> None:
    with other_store(tmp_path / "other") as other:
        _import(other, exported)
        with other.session() as s, s.begin():
            made = checkins.create_checkin(s, checkins.CheckInInput(
                felt_at=dt.datetime(2025, 5, 1, 9),
                emotions=(("calm", 2),), journal="albatross afterwards"))
            assert found(s, "albatross") == {(srch.CHECKIN, made.id)}


def test_an_import_that_fails_midway_leaves_triggers_and_index_as_they_were(
    store: Store, exported: str, tmp_path: Path
) -> None:
    # Two plans for one rejection: the file checks out, the database refuses it while the
    # rows are being written, after the triggers were dropped.
    doc = json.loads(exported)
    plan = dict(doc["tables"]["bounce_plans"][0], id=99, created_at="2020-01-01T00:00:00")
    doc["tables"]["bounce_plans"].append(plan)
    with other_store(tmp_path / "other") as other:
        with other.session() as s, s.begin():
            applications.create_application(s, applications.ApplicationInput("Own", "Job"))
        with other.session() as s:
            triggers, rows = _triggers(s), index_rows(s)
        with pytest.raises(ExchangeError) as caught, other.session() as s, s.begin():
            json_format.import_json(s, json.dumps(doc))
        assert "clashes" in caught.value.message
        with other.session() as s:
            assert _triggers(s) == triggers
            assert index_rows(s) == rows


def test_the_index_is_written_once_per_table(store: Store, exported: str,
                                             tmp_path: Path) -> None:
    # Not a row at a time by the triggers (FTS5 would write a segment per statement).
    with other_store(tmp_path / "other") as other:
        statements: list[str] = []

        def note(*args: object) -> None:
            if str(args[2]).startswith("INSERT INTO search_index"):
                statements.append(str(args[2]))

        event.listen(other.engine, "before_cursor_execute", note)
        _import(other, exported)
    indexed = {"applications", "contacts", "events", "checkins", "feedback_notes",
               "review_items", "action_items", "documents"}
    filled = [s for s in statements if " AS NEW " in s]
    assert len(filled) == len(indexed)


def test_every_insert_trigger_of_the_store_is_one_the_import_understands(
    session: Session,
) -> None:
    # A new insert trigger would fire row by row during an import, perhaps before the
    # records it reads are in: make it one bulk_index understands, or teach it.
    names = [t.name for t in Base.metadata.sorted_tables]
    connection = session.connection()
    understood = {t.name for t in bulk_index.index_triggers(connection, names)}
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all()
    inserting = {name for name, sql in rows if " AFTER INSERT ON " in sql}
    assert understood == inserting
    assert len(understood) == 8


def test_a_trigger_is_split_at_its_own_where_not_a_subquerys() -> None:
    trigger = bulk_index.understood(
        "CREATE TRIGGER search_t_insert AFTER INSERT ON t BEGIN "
        "INSERT INTO search_index (rowid, body) SELECT NEW.id * 8, coalesce((SELECT "
        "x FROM u WHERE u.id = NEW.u_id), 'WHERE (') WHERE NEW.hidden = 0; END")
    assert trigger is not None
    assert trigger.bulk == (
        "INSERT INTO search_index (rowid, body) SELECT NEW.id * 8, coalesce((SELECT "
        "x FROM u WHERE u.id = NEW.u_id), 'WHERE (') FROM t AS NEW WHERE "
        "NEW.rowid IN (SELECT value FROM json_each(?)) AND (NEW.hidden = 0) "
        "ORDER BY NEW.rowid")
    assert bulk_index.understood(
        "CREATE TRIGGER other AFTER INSERT ON t BEGIN UPDATE u SET n = n + 1; END") is None


def test_the_tables_named_twice_the_last_one_counts_both_times(
    store: Store, exported: str, tmp_path: Path
) -> None:
    doc = json.loads(exported)
    first = json.dumps({"tables": {"drafts": [{"nonsense": True}]}})[1:-1]
    text_ = json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False)
    text_ = "{" + first + "," + text_[1:]
    with other_store(tmp_path / "other") as other:
        _import(other, text_)
        with other.session() as s:
            assert json_format.export_json(s) == exported


def test_facts_are_what_the_merge_needs(store: Store, exported: str) -> None:
    # Identities are kept only for the tables others refer to.
    with json_read.opened(exported) as stream:
        checked = json_read.check(stream)
    referred = {fk.column.table.name for t in Base.metadata.sorted_tables
                for c in t.columns for fk in c.foreign_keys}
    assert {n for n, f in checked.facts.items() if f.identities is not None} == referred
    assert checked.facts["checkins"].count == len(checked.facts["checkins"].identities or [])


def test_rows_that_leave_out_a_field_among_whole_ones_get_its_default(
    store: Store, exported: str, tmp_path: Path
) -> None:
    # Whole rows are sent as stored values, rows without a field through SQLAlchemy's
    # insert (for its default): mixed in one table, every row lands as it should.
    doc = json.loads(exported)
    rows = doc["tables"]["applications"]
    assert len(rows) >= 3
    for row in rows[1::2]:
        del row["notes"]
    with other_store(tmp_path / "other") as other:
        _import(other, json.dumps(doc))
        with other.session() as s:
            notes = dict(s.execute(text("SELECT id, notes FROM applications")).all())
    for number, row in enumerate(rows):
        assert notes[row["id"]] == ("" if number % 2 else row["notes"])
