"""BounceBack's JSON streams: the export is written a piece at a time and the import reads a
row at a time, in little memory, with the very same file and the same answers to bad files.

Nothing here is timed: memory is Python's own allocations (tracemalloc), compared with the
size of the file, and the pieces and statements are counted.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from bounceback.db.enums import EventKind, Status
from bounceback.db.models import Base, Draft
from bounceback.db.store import Store
from bounceback.services.exchange import export_values, json_format, json_read
from bounceback.services.exchange.common import ExchangeError
from tests.services.exchange.export_sample import Sample, counts, fill, other_store

# Drafts: a table the search index leaves alone, so a big store is quick to fill and read.
DRAFTS = 8000
BODY = "A line of a letter not sent yet, kept in case the power goes.\n" * 60  # ~3.7 KB


@pytest.fixture
def filled(store: Store) -> Sample:
    with store.session() as s, s.begin():
        return fill(s)


@pytest.fixture
def big(store: Store, tmp_path: Path) -> Iterator[Path]:
    """A store of ~30 MB of drafts, exported to a file."""
    with store.session() as s, s.begin():
        s.execute(insert(Draft), [{"key": f"letter:{i:05d}", "body": f"{i}\n{BODY}"}
                                  for i in range(DRAFTS)])
    path = tmp_path / "big.json"
    with store.session() as s:
        json_format.write_json(s, path)
    yield path


def _traced_peak(work: Callable[[], None]) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- export -----------------------------------------------------------------------------


def test_the_file_is_what_json_dumps_writes(store: Store, filled: Sample) -> None:
    # The layout is written by hand, a row at a time: it must stay byte for byte what
    # json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) made of the whole store.
    with store.session() as s:
        exported = json_format.export_json(s)
    doc = json.loads(exported)
    assert exported == json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_an_empty_store_too(tmp_path: Path) -> None:
    with other_store(tmp_path / "empty") as empty, empty.session() as s:
        exported = json_format.export_json(s)
    doc = json.loads(exported)
    assert all(rows == [] for rows in doc["tables"].values())
    assert exported == json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_the_export_comes_in_pieces_as_the_rows_are_read(store: Store, big: Path) -> None:
    with store.session() as s:
        seen: list[int] = []
        pieces = [(len(seen), piece) for piece in
                  json_format.json_pieces(s, lambda done, _total: seen.append(done))]
    assert b"".join(p for _, p in pieces) == big.read_bytes()
    assert len(pieces) > 50
    # About PIECE characters each (ASCII here), whatever the size of the store.
    assert max(len(p) for _, p in pieces) < json_format.PIECE + 2 * len(BODY)
    # Made as they are asked for: progress moves on between the first piece and the last.
    assert pieces[0][0] < pieces[-1][0]


def test_the_export_is_written_in_little_memory(store: Store, big: Path, tmp_path: Path) -> None:
    size = big.stat().st_size
    assert size > 20_000_000

    def export() -> None:
        with store.session() as s:
            json_format.write_json(s, tmp_path / "again.json")

    assert _traced_peak(export) < size / 4
    assert (tmp_path / "again.json").read_bytes() == big.read_bytes()


# --- import -----------------------------------------------------------------------------


def test_the_import_reads_in_little_memory(store: Store, big: Path, tmp_path: Path) -> None:
    size = big.stat().st_size
    with other_store(tmp_path / "other") as other:

        def import_it() -> None:
            with other.session() as s, s.begin():
                json_format.import_json(s, big)

        assert _traced_peak(import_it) < size / 4
        with other.session() as s:
            assert len(s.scalars(select(Draft.key)).all()) == DRAFTS
            assert json_format.export_json(s) == big.read_text(encoding="utf-8")


def counts_of(store: Store) -> dict[str, int]:
    with store.session() as s:
        return counts(s)


def test_a_version_after_the_tables_still_refuses_the_file(
    store: Store, filled: Sample, tmp_path: Path
) -> None:
    # Keys are sorted, so "version" is read last, after every row: still nothing lands.
    with store.session() as s:
        doc = json.loads(json_format.export_json(s))
    doc["version"] = json_format.VERSION + 1
    text = json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False)
    assert text.index('"version"') > text.index('"tables"')
    with other_store(tmp_path / "other") as other:
        with pytest.raises(ExchangeError) as caught, other.session() as s, s.begin():
            json_format.import_json(s, text)
        assert "newer version" in caught.value.message
        assert sum(counts_of(other).values()) == 0


def test_a_reference_to_a_table_later_in_the_file_is_checked(
    store: Store, filled: Sample, tmp_path: Path
) -> None:
    # A check-in's feelings come before the check-ins in the file, and are merged after them.
    with store.session() as s:
        doc = json.loads(json_format.export_json(s))
    doc["tables"]["checkin_emotions"][1]["checkin_id"] = 4242
    with other_store(tmp_path / "other") as other:
        with pytest.raises(ExchangeError) as caught, other.session() as s, s.begin():
            json_format.import_json(s, json.dumps(doc, sort_keys=True, indent=2))
        assert sum(counts_of(other).values()) == 0
    [problem] = caught.value.problems
    assert problem.line == 2
    assert "check-in feelings" in problem.message and "isn't in the file" in problem.message


def test_references_to_nothing_are_told_column_by_column(store: Store, filled: Sample) -> None:
    # As the file was told before it streamed: a table's first column with such references,
    # all its rows, then the next column's.
    with store.session() as s:
        doc = json.loads(json_format.export_json(s))
    rows = doc["tables"]["checkins"]
    rows[0]["rejection_event_id"] = 4343
    rows[1]["application_id"] = 4242
    with pytest.raises(ExchangeError) as caught, store.session() as s, s.begin():
        json_format.import_json(s, json.dumps(doc))
    told = [(p.line, p.message.split("“")[1].split("”")[0]) for p in caught.value.problems]
    assert told == [(2, "application_id"), (1, "rejection_event_id")]


def test_the_keys_in_any_order_and_a_table_named_twice(
    store: Store, filled: Sample, tmp_path: Path
) -> None:
    # As json.load reads it: a name given twice means its last value.
    with store.session() as s:
        exported = json_format.export_json(s)
    doc = json.loads(exported)
    shuffled = {"tables": doc["tables"], "version": 1, "schema": doc["schema"],
                "format": "bounceback"}
    text = json.dumps(shuffled, ensure_ascii=False)
    text = text.replace('"drafts": [', '"drafts": [{"nonsense": true}], "drafts": [', 1)
    with other_store(tmp_path / "other") as other:
        with other.session() as s, s.begin():
            json_format.import_json(s, text)
        with other.session() as s:
            assert json_format.export_json(s) == exported


def test_more_problems_than_shown_are_counted_across_tables(
    store: Store, filled: Sample
) -> None:
    with store.session() as s:
        doc = json.loads(json_format.export_json(s))
    rows = doc["tables"]["drafts"]
    doc["tables"]["drafts"] = [dict(rows[0], key=f"k{i}", body=i) for i in range(70)]
    doc["tables"]["applications"][0]["status"] = "hired-ish"
    with pytest.raises(ExchangeError) as caught, store.session() as s, s.begin():
        json_format.import_json(s, json.dumps(doc))
    problems = caught.value.problems
    assert len(problems) == json_format.MAX_PROBLEMS + 1
    assert "applications" in problems[0].message  # parents first, as the tables are merged
    assert problems[-1].message == "… and 21 more problems."


@pytest.mark.parametrize("ending", [b'"journal": "half a line\\', b'"journal": "caf\xc3',
                                    b'"overall": 1', b'"journal": "abc\\u00'])
def test_a_file_cut_anywhere_in_its_last_value_is_cut_short(
    store: Store, filled: Sample, tmp_path: Path, ending: bytes
) -> None:
    # yajl reports some of these as a bad token: it was the end of the text all the same.
    with store.session() as s:
        exported = json_format.export_json(s).encode("utf-8")
    path = tmp_path / "cut.json"
    path.write_bytes(exported[: exported.index(b'"checkins": [')] + b'"checkins": [{' + ending)
    with pytest.raises(ExchangeError) as caught, store.session() as s, s.begin():
        json_format.import_json(s, path)
    assert "cut short" in caught.value.message


def test_trailing_garbage_is_not_a_cut(store: Store, filled: Sample) -> None:
    with store.session() as s:
        exported = json_format.export_json(s)
    with pytest.raises(ExchangeError) as caught, store.session() as s, s.begin():
        json_format.import_json(s, exported + "tr")
    assert "doesn't look like a file BounceBack exported" in caught.value.message


@pytest.mark.parametrize(("text", "lone"), [
    (b'"pair \\ud83d\\ude80, then text"', False),
    (b'"plain \\u00e9 and \\t a tab"', False),
    (b'"half a pair \\ud83d alone"', True),
    (b'"a low half \\ude80 alone"', True),
    (b'"the high half at the very end \\ud83d', True),
])
def test_a_lone_surrogate_escape_is_noticed_across_reads(text: bytes, lone: bool) -> None:
    # yajl reads "\ud83d" alone as "?"; such a file is read again by the exact parser.
    for size in (3, 7, 11, 64):
        watched = json_read._Watched(io.BytesIO(b"x" * 5 + text))
        while watched.read(size):
            pass
        assert watched.lone_surrogate is lone
        assert watched.ended


def test_an_emoji_written_as_a_surrogate_pair_is_read_as_itself(
    store: Store, filled: Sample, tmp_path: Path
) -> None:
    with store.session() as s:
        exported = json_format.export_json(s)
    escaped = json.dumps(json.loads(exported))  # ASCII only: 🚀 as "\ud83d\ude80"
    assert "\\ud83d\\ude80" in escaped
    with other_store(tmp_path / "other") as other:
        with other.session() as s, s.begin():
            json_format.import_json(s, escaped)
        with other.session() as s:
            assert json_format.export_json(s) == exported


# --- values, the short way and the long -------------------------------------------------

ODD_VALUES = [None, 0, -5, 7, 2**63 - 1, 2**63, -(2**63), 2**70, True, False, "", "plain",
              "é\n\"\\ \t\x01", "🚀 שלום", "half \ud83d", "2025-01-02", "2025-01-02T03:04:05",
              "2025-01-02T03:04:05.000006", "2025-01-02T03:04:05+02:00", "2025-13-45T00:00:00",
              "rejected", "interview", "aGVsbG8=", "not base64!", 1.5, [], {}, [1], {"a": 1},
              dt.date(2025, 1, 2), dt.datetime(2025, 1, 2, 3, 4, 5, 6), b"\x00\xff"]


def _outcome(read: Callable[[object], object], value: object) -> object:
    try:
        return ("value", read(value))
    except export_values.BadValue as exc:
        return ("problem", str(exc.message))


@pytest.mark.parametrize("table", sorted(Base.metadata.tables))
def test_each_column_reads_a_value_as_the_long_way_does(table: str) -> None:
    for column in Base.metadata.tables[table].columns:
        short, long = export_values.reader(column), export_values._checked(column)
        for value in ODD_VALUES:
            if isinstance(value, dt.date | bytes):
                continue  # never in a JSON file
            assert _outcome(short, value) == _outcome(long, value), (column, value)


@pytest.mark.parametrize("table", sorted(Base.metadata.tables))
def test_each_column_writes_a_value_as_json_dumps_does(table: str) -> None:
    for column in Base.metadata.tables[table].columns:
        write = export_values.writer(column)
        for value in [*ODD_VALUES, EventKind.INTERVIEW, Status.REJECTED]:
            if isinstance(value, float | list | dict) or value == "half \ud83d":
                continue  # never read from the store
            expected = json.dumps(export_values.to_json(column, value), ensure_ascii=False)
            assert write(value) == expected, (column, value)
