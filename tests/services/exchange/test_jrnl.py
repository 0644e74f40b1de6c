"""jrnl's JSON export as check-ins: title and body, tags and star, each imported once."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.models import CheckIn
from bounceback.db.store import Store
from bounceback.services.exchange import jrnl
from bounceback.services.exchange.common import ExchangeError, ImportResult
from tests.services.exchange.checkin_rows import checkin_count, checkin_rows

ENTRIES = [
    {"title": "Heard back from Acme.", "body": "It's a no.\nI'll ask @Dana for feedback.",
     "date": "2025-03-01", "time": "21:30", "tags": ["@Dana"], "starred": True},
    {"title": "Long walk.", "body": "", "date": "2025-03-02", "time": "08:05", "tags": [],
     "starred": False},
    {"title": "Second interview at Globex!", "body": "\n  Felt good about it.  \n",
     "date": "2025-03-03", "time": "17:00", "tags": ["@work", "#interview"], "starred": False},
]


def _export(entries: list[object]) -> str:
    """As jrnl writes it: pretty-printed, tag counts first."""
    return json.dumps({"tags": {"@Dana": 1, "@work": 1}, "entries": entries}, indent=4,
                      ensure_ascii=False)


def _import(store: Store, source: str | bytes | Path, **kw: object) -> ImportResult:
    with store.session() as s, s.begin():
        return jrnl.import_jrnl(s, source, **kw)  # type: ignore[arg-type]


_rows = checkin_rows
_count = checkin_count


def _line_of(text: str, needle: str) -> int:
    """The line of the ``{`` that opens the entry containing ``needle``."""
    at = text.index(needle)
    return text.count("\n", 0, text.rindex("{", 0, at)) + 1


def test_entries_become_check_ins_with_tags_and_star_in_the_text(store: Store) -> None:
    result = _import(store, _export(ENTRIES))
    assert result.added == {"checkins": 3} and result.total_skipped == 0
    assert _rows(store) == [
        (dt.datetime(2025, 3, 1, 21, 30), 5,
         "Heard back from Acme.\nIt's a no.\nI'll ask @Dana for feedback.\n\nTags: @Dana\nStarred"),
        (dt.datetime(2025, 3, 2, 8, 5), 5, "Long walk."),
        (dt.datetime(2025, 3, 3, 17, 0), 5,
         "Second interview at Globex!\nFelt good about it.\n\nTags: @work, #interview"),
    ]


def test_bytes_with_a_bom_and_a_path_are_read(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    path.write_bytes(codecs.BOM_UTF8 + _export(ENTRIES).encode())
    assert _import(store, path).added == {"checkins": 3}
    assert _import(store, codecs.BOM_UTF8 + _export(ENTRIES).encode()).skipped == {"checkins": 3}


def test_bad_entries_are_reported_at_the_line_they_start_on(store: Store) -> None:
    entries = [*ENTRIES,
               {"title": "Typo year.", "body": "", "date": "2205-03-04", "time": "10:00"},
               {"title": "No clock.", "body": "", "date": "2025-03-05", "time": "quarter past"},
               {"title": "No day.", "body": "", "time": "10:00"}]
    text = _export(entries)
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, text)
    problems = {p.line: p.message for p in excinfo.value.problems}
    assert list(problems) == [_line_of(text, "Typo year."), _line_of(text, "No clock."),
                              _line_of(text, "No day.")]
    assert "between 1970 and 2100" in problems[_line_of(text, "Typo year.")]
    assert "quarter past" in problems[_line_of(text, "No clock.")]
    assert "date is missing" in problems[_line_of(text, "No day.")]
    assert excinfo.value.message.startswith("3 entries need a small fix")
    assert _count(store) == 0


def test_entries_that_are_not_shaped_like_jrnls_are_listed(store: Store) -> None:
    text = _export([ENTRIES[0], "just a string", {"title": 42, "date": "2025-03-01"}])
    with pytest.raises(ExchangeError) as excinfo:
        jrnl.read_jrnl(text)
    messages = [p.message for p in excinfo.value.problems]
    assert messages == ["This entry isn't shaped like a jrnl entry.",
                        "This entry's “title” isn't text."]
    string_line = text.count("\n", 0, text.index('"just a string"')) + 1
    assert [p.line for p in excinfo.value.problems] == [string_line, _line_of(text, "42")]


def test_compact_json_still_reads_and_points_at_real_lines(store: Store) -> None:
    text = json.dumps({"entries": ENTRIES[:2]}) + "\n"
    assert len(jrnl.read_jrnl(text)) == 2
    assert [e.line for e in jrnl.read_jrnl(text)] == [1, 1]


def test_a_missing_time_means_noon_and_a_missing_title_is_fine(store: Store) -> None:
    _import(store, _export([{"body": "Only a body.", "date": "2025-03-01"}]))
    assert _rows(store) == [(dt.datetime(2025, 3, 1, 12, 0), 5, "Only a body.")]


@pytest.mark.parametrize(("text", "says"), [
    ('{"tags": {}, "entries": [{"title": "Cut', "damaged or cut off"),
    ("[1, 2, 3]", "isn't a jrnl export|doesn't look like a jrnl export"),
    ('{"tags": {}}', "doesn't look like a jrnl export"),
    ('{"entries": {"a": 1}}', "doesn't look like a jrnl export"),
    ("", "empty"),
])
def test_files_that_are_not_jrnl_exports_are_refused(text: str, says: str) -> None:
    with pytest.raises(ExchangeError, match=says):
        jrnl.read_jrnl(text)


def test_a_cut_off_file_points_at_where_it_stops(store: Store) -> None:
    text = _export(ENTRIES)
    cut = text[: text.index("Long walk.")]
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, cut)
    (problem,) = excinfo.value.problems
    assert problem.line == cut.count("\n") + 1
    assert _count(store) == 0


def test_binary_bytes_are_refused(store: Store) -> None:
    with pytest.raises(ExchangeError, match="text file"):
        _import(store, b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03")


def test_exotic_text_arrives_intact_and_a_one_megabyte_body_is_refused(store: Store) -> None:
    exotic = {"title": "יום קשה 😔", "body": "لم يتم اختياري.\n\u200fRTL mark 🧡",
              "date": "2025-03-01", "time": "22:00", "tags": ["@مرحبا"], "starred": True}
    huge = {"title": "Long.", "body": "word 🌊 " * 150_000, "date": "2025-03-02",
            "time": "09:00"}
    text = _export([exotic, huge])
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, text)
    assert [p.line for p in excinfo.value.problems] == [_line_of(text, '"Long."')]
    assert "too long" in excinfo.value.problems[0].message
    assert _count(store) == 0
    _import(store, _export([exotic]).encode("utf-8"))
    assert _rows(store)[0][2] == ("יום קשה 😔\nلم يتم اختياري.\n\u200fRTL mark 🧡\n\n"
                                  "Tags: @مرحبا\nStarred")


def test_importing_again_skips_and_repeats_in_one_file_count_once(store: Store) -> None:
    assert _import(store, _export(ENTRIES)).added == {"checkins": 3}
    again = _import(store, _export([*ENTRIES, ENTRIES[0]]))
    assert again.added == {"checkins": 0} and again.skipped == {"checkins": 4}
    assert _count(store) == 3
    edited = dict(ENTRIES[1], body="Then coffee.")
    assert _import(store, _export([edited])).added == {"checkins": 1}
    assert _count(store) == 4


def test_a_failed_import_leaves_existing_check_ins_alone(store: Store) -> None:
    _import(store, _export([ENTRIES[0]]))
    before = _rows(store)
    with pytest.raises(ExchangeError):
        _import(store, _export([*ENTRIES[1:], {"title": "x", "date": "1900-01-01"}]))
    assert _rows(store) == before


def test_progress_follows_the_entries(session: Session) -> None:
    entries = [{"title": f"Day {i}.", "body": "", "date": "2025-03-01",
                "time": f"{i // 60:02d}:{i % 60:02d}"} for i in range(230)]
    calls: list[tuple[int, int]] = []
    jrnl.import_jrnl(session, _export(entries), lambda d, t: calls.append((d, t)))
    assert calls == [(0, 230), (100, 230), (200, 230), (230, 230)]
    assert session.scalar(select(func.count(CheckIn.id))) == 230


# jrnl keeps an entry's tags in a set and writes them in whatever order that set has in
# the run (the order changes with Python's hash seed), so two exports of one journal list
# them differently. Fifty entries with three tags each: reversing every list is one of
# the orders a second export can have.
def _fifty(*, tags_reversed: bool = False) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    for i in range(50):
        tags = ["@work", f"@company{i}", "#waiting"]
        entries.append({"title": f"Day {i}.", "body": f"Applied to company {i}.\nWaiting.",
                        "date": f"2025-{1 + i // 28:02d}-{1 + i % 28:02d}", "time": "20:00",
                        "tags": tags[::-1] if tags_reversed else tags,
                        "starred": i % 7 == 0})
    return entries


def _reexported(entries: list[dict[str, object]]) -> list[dict[str, object]]:
    """The same entries as another export writes them: tags in another order, the body's
    lines ended the Windows way with stray spaces, the text in decomposed Unicode."""
    out = []
    for e in entries:
        tags = e.get("tags")
        out.append(dict(e, title=unicodedata.normalize("NFD", str(e["title"])),
                        body=str(e["body"]).replace("\n", "  \r\n") + " \r\n",
                        tags=list(reversed(tags)) if isinstance(tags, list) else []))
    return out


def test_a_re_export_with_tags_in_another_order_adds_nothing(store: Store) -> None:
    assert _import(store, _export(_fifty())).added == {"checkins": 50}
    again = _import(store, _export(_fifty(tags_reversed=True)))
    assert again.added == {"checkins": 0} and again.skipped == {"checkins": 50}
    assert _count(store) == 50


def test_a_re_export_laid_out_and_ordered_differently_adds_nothing(store: Store) -> None:
    entries = [*ENTRIES, dict(ENTRIES[0], title="Café.", date="2025-03-04")]
    _import(store, _export(entries))
    shuffled = list(reversed(_reexported(entries)))
    # jrnl versions split the title off differently (first line, or first sentence).
    shuffled[-1] = dict(shuffled[-1], title="Heard back from Acme. It's a no.",
                        body="I'll ask @Dana for feedback.")
    # Compact JSON with Windows line ends, as another version or platform may write it.
    text = json.dumps({"entries": shuffled}, indent=1).replace("\n", "\r\n")
    again = _import(store, text.encode("utf-8"))
    assert again.added == {"checkins": 0} and again.skipped == {"checkins": 4}
    assert _count(store) == 4


def test_entries_the_previous_version_stored_are_still_recognised(store: Store) -> None:
    # What the previous version wrote for ENTRIES[2] and ENTRIES[0] (its rendering, line
    # ends from the file kept as they were), put straight into the table.
    with store.session() as s, s.begin():
        s.add_all([
            CheckIn(felt_at=dt.datetime(2025, 3, 3, 17, 0), overall=5,
                    journal="Second interview at Globex!\nFelt good about it.\n\n"
                            "Tags: @work, #interview"),
            CheckIn(felt_at=dt.datetime(2025, 3, 1, 21, 30), overall=5,
                    journal="Heard back from Acme.\nIt's a no.\r\nI'll ask @Dana for "
                            "feedback.\n\nTags: @Dana\nStarred"),
        ])
    swapped = [dict(ENTRIES[0], body="It's a no.\nI'll ask @Dana for feedback."),
               dict(ENTRIES[2], tags=["#interview", "@work"])]
    again = _import(store, _export(swapped))
    assert again.added == {"checkins": 0} and again.skipped == {"checkins": 2}
    assert _count(store) == 2


def test_different_entries_stay_apart(store: Store) -> None:
    base = {"title": "Call.", "body": "Went fine.", "date": "2025-03-01", "time": "10:00",
            "tags": ["@work"], "starred": False}
    entries = [
        base,
        dict(base, body="Went badly."),  # same moment, other words
        dict(base, date="2025-03-02"),  # same words, another day
        dict(base, time="10:01"),  # same words, another minute
        dict(base, tags=["@work", "@home"]),  # another set of tags
        dict(base, starred=True),
        dict(base, title="Call", body="Went fine."),  # a full stop is a difference
    ]
    assert _import(store, _export(entries)).added == {"checkins": 7}
    assert _import(store, _export(entries)).skipped == {"checkins": 7}
