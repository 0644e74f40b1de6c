"""The journal as Markdown: check-ins and feedback, day by day, as the person wrote them."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from bounceback.services import checkins
from bounceback.services.exchange import markdown
from tests.services.exchange.export_sample import HUGE_JOURNAL, Sample, fill

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")


@pytest.fixture
def sample(session: Session) -> Sample:
    return fill(session)


@pytest.fixture
def text(session: Session, sample: Sample) -> str:
    return markdown.export_markdown(session)


def test_days_in_date_order_with_english_weekdays(text: str) -> None:
    days = re.findall(r"^## (\d{4}-\d\d-\d\d) \((\w+)\)$", text, re.MULTILINE)
    assert days == [
        ("2025-02-28", "Friday"),  # the Globex note, asked that day
        ("2025-03-20", "Thursday"),
        ("2025-03-22", "Saturday"),
        ("2025-03-25", "Tuesday"),  # Dana's answer
    ]
    assert text.startswith(markdown.TITLE + "\n\n")
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_a_checkin_with_feelings_coping_and_journal(text: str) -> None:
    day = text.split("## 2025-03-20 (Thursday)")[1].split("\n## ")[0]
    assert "### 18:45 · Check-in · Acme 🚀 שלום — Senior Engineer" in day
    assert "- Overall: 3 / 10" in day
    assert "Disbelief 8 → 5, Hope 3" in day
    assert "- Coping: Call a friend and vent: Talked to Noa 📞" in day
    assert "שלום, זו הערה בעברית. مرحبا بالعالم." in day
    assert "👩‍👩‍👧" in day and "Å\u030a" in day
    # The person's words can't become a heading of this document, but stay readable.
    assert "\n\\# Not a heading\n" in day
    assert "\n=SUM(A1:A9) stays text" in day


def test_feedback_notes_with_their_parts(text: str) -> None:
    dana = text.split("### Feedback from Dana")[1].split("\n## ")[0]
    assert "- Status: answered" in dana
    assert "- Asked on 2025-03-21 by email" in dana
    assert "**What they said**\n\nMore leadership examples.\nOtherwise strong." in dana
    assert "**What I learned**\n\nLead with leadership stories" in dana
    team = text.split("### Feedback from Hiring team")[1].split("\n## ")[0]
    assert "- Asked on 2025-02-28 on LinkedIn" in team
    assert "- Follow up on 2025-04-15" in team
    assert "What they said" not in team


def test_check_ins_come_before_notes_of_the_same_day_and_by_time(session: Session) -> None:
    for hour in (20, 7):
        checkins.create_checkin(session, checkins.CheckInInput(
            felt_at=dt.datetime(2025, 5, 1, hour, 0), emotions=(("calm", 2),),
            journal=f"at {hour}"))
    text = markdown.export_markdown(session)
    assert text.index("### 07:00") < text.index("### 20:00")


def test_the_huge_journal_is_there_whole(session: Session, sample: Sample) -> None:
    text = markdown.export_markdown(session)
    assert HUGE_JOURNAL.strip("\n") in text


def test_deterministic_and_an_empty_journal(session: Session) -> None:
    empty = markdown.export_markdown(session)
    assert empty == f"{markdown.TITLE}\n\nNothing written yet.\n"
    fill(session)
    assert markdown.export_markdown(session) == markdown.export_markdown(session)


@pytest.mark.parametrize("raw, safe", [
    ("# title", "\\# title"),
    ("text\n===", "text\n\\==="),
    ("text\n---", "text\n\\---"),
    ("- a list stays a list", "- a list stays a list"),
    ("a # in the middle", "a # in the middle"),
    ("\r\nwindows\r\nlines\r\n", "windows\nlines"),
])
def test_block_escaping(raw: str, safe: str) -> None:
    assert markdown.block(raw) == safe


def test_inline_escaping() -> None:
    assert markdown.inline("Acme *Labs*\n[beta]") == "Acme \\*Labs\\* \\[beta\\]"


@posix_only
def test_written_file_is_private(session: Session, sample: Sample, tmp_path: Path) -> None:
    target = tmp_path / "journal.md"
    markdown.write_markdown(session, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == markdown.export_markdown(session)
