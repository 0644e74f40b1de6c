"""The identity of an imported check-in: what the source means, not how it was written."""

from __future__ import annotations

import datetime as dt

import pytest

from bounceback.services.exchange.import_checkins import TAGS, entry_key, set_line

AT = dt.datetime(2025, 3, 1, 21, 30)


def _same(a: str, b: str) -> bool:
    return entry_key(AT, a) == entry_key(AT, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Title\nBody\n\nTags: @b, @a\nStarred", "Title\nBody\n\nTags: @a, @b\nStarred"),
    ("Note\n\nActivities: good meal, work", "Note\n\nActivities: work,  good  meal"),
    ("Activities: b, a", "Activities: a, b"),  # no note: the set line is the whole text
    ("Title\r\nBody  \r\n\r\nTags: @x", "Title\nBody\n\nTags: @x"),
    ("Cafe\u0301 again", "Café again"),
    ("Heard back. It's a no.", "Heard back.\nIt's a no."),
    # An activity holding a comma splits into the same pieces whatever the order.
    ("Activities: tea, biscuits, walk", "Activities: walk, tea, biscuits"),
])
def test_renderings_of_one_entry_share_a_key(a: str, b: str) -> None:
    assert _same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Went fine.", "Went badly."),
    ("Call.", "Call"),
    ("Tags: @a, @b", "Tags: @a"),
    ("Note\n\nActivities: work", "Note\n\nTags: work"),
    # Only the last paragraph holds set lines; the person's own words keep their order.
    ("Tags: b, a\n\nmore", "Tags: a, b\n\nmore"),
    ("café", "Café"),
])
def test_different_entries_get_different_keys(a: str, b: str) -> None:
    assert not _same(a, b)


def test_the_moment_is_part_of_the_key() -> None:
    assert entry_key(AT, "Same") != entry_key(AT + dt.timedelta(minutes=1), "Same")


def test_set_lines_keep_the_sources_order_for_reading() -> None:
    assert set_line(TAGS, ["@work", "#interview"]) == "Tags: @work, #interview"
    with pytest.raises(ValueError, match="Mood"):
        set_line("Mood", ["good"])
