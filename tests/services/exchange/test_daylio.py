"""Daylio's CSV export as check-ins: moods on our scale, notes made plain, imported once."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bounceback.db.models import CheckIn, CheckInEmotion
from bounceback.db.store import Store
from bounceback.services import checkins
from bounceback.services.exchange import daylio
from bounceback.services.exchange.common import ExchangeError, ImportResult
from bounceback.services.validation import LONG
from tests.services.exchange.checkin_rows import checkin_count, checkin_rows

HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"

EXPORT = HEADER + (
    '2025-03-03,March 3,Monday,21:30,rad,"work | friends | good meal",Offer call,'
    '"They called!<br>I start in April &amp; I can\'t stop smiling."\n'
    '2025-03-02,March 2,Sunday,9:05 PM,meh,,,\n'
    '2025-03-01,March 1,Saturday,08:15,awful,"sleep | news","The rejection",'
    '"Read the email twice.\nThen went for a walk."\n'
)


def _import(store: Store, source: str | bytes | Path, **kw: object) -> ImportResult:
    with store.session() as s, s.begin():
        return daylio.import_daylio(s, source, **kw)  # type: ignore[arg-type]


_rows = checkin_rows
_count = checkin_count


def _problems(excinfo: pytest.ExceptionInfo[ExchangeError]) -> dict[int, str]:
    return {p.line: p.message for p in excinfo.value.problems}


def test_an_export_becomes_check_ins_with_moods_notes_and_activities(store: Store) -> None:
    result = _import(store, EXPORT)
    assert result.added == {"checkins": 3} and result.total_skipped == 0
    assert _rows(store) == [
        (dt.datetime(2025, 3, 1, 8, 15), 1,
         "The rejection\n\nRead the email twice.\nThen went for a walk.\n\n"
         "Activities: sleep, news"),
        (dt.datetime(2025, 3, 2, 21, 5), 5, ""),
        (dt.datetime(2025, 3, 3, 21, 30), 10,
         "Offer call\n\nThey called!\nI start in April & I can't stop smiling.\n\n"
         "Activities: work, friends, good meal"),
    ]
    with store.session() as s:
        assert s.scalar(select(func.count(CheckInEmotion.id))) == 0
        # The check-in service reads them like any other.
        listed = checkins.list_checkins(s)
    assert [c.overall for c in listed] == [10, 5, 1] and listed[0].emotions == ()


@pytest.mark.parametrize(("mood", "overall"), [
    ("rad", 10), ("good", 8), ("meh", 5), ("bad", 3), ("awful", 1), (" Good ", 8), ("RAD", 10)])
def test_daylios_five_moods_map_onto_our_scale(store: Store, mood: str, overall: int) -> None:
    _import(store, HEADER + f"2025-03-01,March 1,Saturday,10:00,{mood},,,\n")
    assert [o for _, o, _ in _rows(store)] == [overall]


def test_rich_text_notes_become_plain_and_plain_notes_stay_as_written(store: Store) -> None:
    text = HEADER + (
        '2025-03-01,,,10:00,good,,"<b>Big</b> day","<p>One</p><p>Two&nbsp;three</p>'
        '<ul><li>walk</li><li>call Mum</li></ul>"\n'
        '2025-03-02,,,10:00,good,,,"<3 R&D rocks, a < b > c"\n'
    )
    _import(store, text)
    (_, _, first), (_, _, second) = _rows(store)
    assert first == "Big day\n\nOne\nTwo three\n• walk\n• call Mum"
    assert second == "<3 R&D rocks, a < b > c"


def test_an_unknown_mood_is_a_bad_row_until_the_person_places_it(store: Store) -> None:
    text = EXPORT + "2025-03-04,March 4,Tuesday,10:00,super happy,,,\n"
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, text)
    assert list(_problems(excinfo)) == [6] and "super happy" in _problems(excinfo)[6]
    assert _count(store) == 0
    file = daylio.read_daylio(text)
    assert daylio.unknown_moods(file) == ["super happy"]
    assert daylio.unknown_moods(file, {"Super Happy": 9}) == []
    _import(store, file, moods={"Super Happy": 9})
    assert _rows(store)[-1][:2] == (dt.datetime(2025, 3, 4, 10, 0), 9)


def test_mood_values_outside_our_scale_are_a_programming_error(session: Session) -> None:
    with pytest.raises(ValueError, match="outside"):
        daylio.import_daylio(session, EXPORT, moods={"super": 11})


def test_an_old_export_with_year_and_date_columns_is_read(store: Store) -> None:
    text = ("year,date,weekday,time,mood,activities,note\n"
            '2018,18 May,Friday,11:54 pm,good,"clean | cook | music ","Went to a party"\n'
            '2018,16 May,Wednesday,8:00 am,bad,"",""\n')
    _import(store, text)
    assert _rows(store) == [
        (dt.datetime(2018, 5, 16, 8, 0), 3, ""),
        (dt.datetime(2018, 5, 18, 23, 54), 8, "Went to a party\n\nActivities: clean, cook, music"),
    ]


def test_dates_a_spreadsheet_rewrote_are_read_from_the_whole_column(store: Store) -> None:
    text = HEADER + "01/03/2025,,,10:00,good,,,\n13/03/2025,,,10:00,good,,,\n"
    _import(store, text)
    assert [f.date() for f, _, _ in _rows(store)] == [dt.date(2025, 3, 1), dt.date(2025, 3, 13)]


def test_bom_bytes_and_a_path_are_read(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "daylio_export.csv"
    path.write_bytes(codecs.BOM_UTF8 + EXPORT.encode())
    assert _import(store, path).added == {"checkins": 3}


@pytest.mark.parametrize(("row", "says"), [
    ("2025-02-30,,,10:00,good,,,", "doesn't exist"),
    ("yesterday,,,10:00,good,,,", "can read"),
    (",,,10:00,good,,,", "date is missing"),
    ("1969-07-20,,,10:00,good,,,", "between 1970 and 2100"),
    ("2101-01-01,,,10:00,good,,,", "between 1970 and 2100"),
    ("2025-03-01,,,25:61,good,,,", "time “25:61”"),
    ("2025-03-01,,,10:00,,,,", "mood is missing"),
])
def test_bad_rows_are_reported_with_their_line_and_nothing_is_imported(
    store: Store, row: str, says: str
) -> None:
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, EXPORT + row + "\n")
    assert list(_problems(excinfo)) == [6] and says in _problems(excinfo)[6]
    assert _count(store) == 0


def test_a_missing_time_means_noon(store: Store) -> None:
    _import(store, HEADER + "2025-03-01,,,,good,,,\n")
    assert _rows(store)[0][0] == dt.datetime(2025, 3, 1, 12, 0)


@pytest.mark.parametrize(("text", "says"), [
    ("date,mood,note\nMarch 1,good,hi\n", "no “full_date” column"),
    ("full_date,date,weekday,mood\n2025-03-01,,,good\n", "no “time” column"),
    ("", "empty"),
    ("\x00\x01\x02binary\x00", "text file"),
])
def test_files_that_are_not_daylio_exports_are_refused(text: str, says: str) -> None:
    with pytest.raises(ExchangeError, match=says):
        daylio.read_daylio(text)


def test_a_cut_off_file_is_reported_at_the_unfinished_row(store: Store) -> None:
    text = EXPORT + '2025-03-04,March 4,Tuesday,10:00,good,,Title,"A note that never'
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, text)
    assert list(_problems(excinfo)) == [6] and "never closed" in _problems(excinfo)[6]
    assert _count(store) == 0


def test_exotic_text_arrives_intact_and_a_runaway_note_is_refused(store: Store) -> None:
    exotic = "مرحبا 👋🏽 שלום — \u202bعربي\u202c " + "🌧️→🌤️ " * 10_000
    ok = HEADER + f'2025-03-01,,,10:00,meh,"عمل | 🏃",كتابة,"{exotic}"\n'
    huge = ok + '2025-03-02,,,10:00,meh,,,"' + "x" * (LONG + 1) + '"\n'
    with pytest.raises(ExchangeError) as excinfo:
        _import(store, huge)
    assert list(_problems(excinfo)) == [3] and "too long" in _problems(excinfo)[3]
    assert _count(store) == 0
    _import(store, ok)
    assert _rows(store)[0][2] == f"كتابة\n\n{exotic.strip()}\n\nActivities: عمل, 🏃"


def test_importing_again_skips_what_is_there_and_in_file_repeats_count_once(
    store: Store,
) -> None:
    first = _import(store, EXPORT)
    assert first.added == {"checkins": 3}
    again = _import(store, EXPORT + EXPORT.removeprefix(HEADER))
    assert again.added == {"checkins": 0} and again.skipped == {"checkins": 6}
    assert _count(store) == 3
    # Same moment, different words: a different entry.
    other = _import(store, HEADER + "2025-03-02,,,21:05,meh,,,Something new\n")
    assert other.added == {"checkins": 1} and _count(store) == 4


def test_a_failed_import_leaves_existing_check_ins_alone(store: Store) -> None:
    _import(store, HEADER + "2025-01-01,,,10:00,good,,,Earlier\n")
    with pytest.raises(ExchangeError):
        _import(store, EXPORT + "2025-03-09,,,10:00,ecstatic,,,\n")
    assert [j for _, _, j in _rows(store)] == ["Earlier"]


def test_progress_follows_the_rows(session: Session) -> None:
    text = HEADER + "".join(f"2025-03-01,,,10:{i % 60:02d},good,,,Entry {i}\n"
                            for i in range(150))
    calls: list[tuple[int, int]] = []
    daylio.import_daylio(session, text, lambda done, total: calls.append((done, total)))
    assert calls == [(0, 150), (100, 150), (150, 150)]
    assert session.scalar(select(func.count(CheckIn.id))) == 150


def test_a_re_export_with_activities_reordered_and_windows_line_ends_adds_nothing(
    store: Store,
) -> None:
    # An entry's activities are a set, whose order an export needn't keep, and a copy
    # saved on Windows ends every line (those inside notes too) with CR LF.
    assert _import(store, EXPORT).added == {"checkins": 3}
    again = HEADER + (
        '2025-03-01,March 1,Saturday,08:15,awful,"news | sleep","The rejection",'
        '"Read the email twice. \nThen went for a walk."\n'
        '2025-03-03,March 3,Monday,21:30,rad,"good meal | friends | work",Offer call,'
        '"They called!<br>I start in April &amp; I can\'t stop smiling."\n'
        '2025-03-02,March 2,Sunday,9:05 PM,meh,,,\n'
    ).replace("\n", "\r\n")
    result = _import(store, again.encode("utf-8"))
    assert result.added == {"checkins": 0} and result.skipped == {"checkins": 3}
    assert _count(store) == 3


def test_entries_the_previous_version_stored_are_still_recognised(store: Store) -> None:
    with store.session() as s, s.begin():
        s.add(CheckIn(felt_at=dt.datetime(2025, 3, 3, 21, 30), overall=10,
                      journal="Offer call\n\nThey called!\nI start in April & I can't stop "
                              "smiling.\n\nActivities: work, friends, good meal"))
    row = ('2025-03-03,,,21:30,rad,"friends | good meal | work",Offer call,'
           '"They called!<br>I start in April &amp; I can\'t stop smiling."\n')
    assert _import(store, HEADER + row).skipped == {"checkins": 1}
    assert _count(store) == 1


def test_other_activities_or_another_day_are_other_entries(store: Store) -> None:
    rows = ["2025-03-01,,,10:00,good,work | gym,,Fine",
            "2025-03-01,,,10:00,good,work,,Fine",  # an activity fewer
            "2025-03-02,,,10:00,good,gym | work,,Fine",  # another day
            "2025-03-01,,,10:00,good,gym | work,,Fine!"]  # other words
    assert _import(store, HEADER + "\n".join(rows) + "\n").added == {"checkins": 4}
