"""Whatever people type comes back exactly: emoji, right-to-left scripts, combining marks,
control characters, very long entries. Too much is refused kindly, never with a crash.

Every value is written in one session and read back in another, so it has really been
through SQLite and not just the Session's identity map.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from bounceback.db.enums import ContactRole, EventKind, Outcome, ReviewStage
from bounceback.db.store import Store
from bounceback.services import applications as apps
from bounceback.services import checkins, contacts, events, feedback, review, vocabulary
from bounceback.services.errors import ServiceError, ValidationError
from bounceback.services.validation import LONG, SHORT
from tests.builders import add_application, add_checkin
from tests.exotic_text_kit import (
    COMBINING,
    CONTROL,
    EMOJI,
    MEGABYTE,
    RTL,
    SAMPLES,
    longest,
    megabyte_of_text,
)

AT = dt.datetime(2025, 3, 9, 21, 30)


def test_the_samples_are_what_they_claim() -> None:
    # Guards against an editor or a tool quietly normalising this file.
    assert "\u200d" in EMOJI and "\U000e0067" in EMOJI and "\U0001f1ef" in EMOJI
    assert unicodedata.normalize("NFC", COMBINING) != COMBINING
    assert "\x00" not in CONTROL and "\x07" in CONTROL and "\x9b" in CONTROL
    assert any(unicodedata.bidirectional(c) == "AL" for c in RTL)
    assert any(unicodedata.bidirectional(c) == "R" for c in RTL)


def read_checkin(store: Store, ident: int) -> checkins.CheckInRow:
    with store.session() as s:
        return checkins.get_checkin(s, ident)


@pytest.mark.parametrize("name", SAMPLES)
def test_a_journal_and_own_way_to_cope_come_back_exactly(store: Store, name: str) -> None:
    text = SAMPLES[name]
    ident = add_checkin(store, text, coping_method=vocabulary.OTHER_COPING,
                        coping_note=text[:500].strip(), emotions=(("disbelief", 6),)).id
    row = read_checkin(store, ident)
    assert row.journal == text
    assert row.coping_note == text[:500].strip()
    with store.session() as s:
        assert [r.journal for r in checkins.list_checkins(s)] == [text]


@pytest.mark.parametrize("name", SAMPLES)
def test_an_application_and_its_people_and_events_come_back_exactly(store, name) -> None:
    text = SAMPLES[name]
    short = text[:SHORT].strip()
    app_id = add_application(store, short, short, notes=text, job_description=text).id
    with store.session() as s, s.begin():
        person = contacts.add_to_application(
            s, app_id, contacts.ContactInput(name=short, role=short, notes=text),
            ContactRole.INTERVIEWER)
        event = events.add_event(s, app_id, events.EventInput(
            EventKind.INTERVIEW, dt.date(2025, 3, 4), text, 1, text[:500].strip()))
    with store.session() as s:
        detail = apps.get_application(s, app_id)
        assert (detail.company, detail.role) == (short, short)
        assert (detail.notes, detail.job_description) == (text, text)
        [listed] = contacts.list_for_application(s, app_id)
        assert (listed.id, listed.name, listed.notes) == (person.id, short, text)
        got = events.get_event(s, event.id)
        assert (got.details, got.interviewers) == (text, text[:500].strip())


def test_searching_finds_exotic_names_by_any_part(store: Store) -> None:
    add_application(store, "شركة النور 🌟", "מעצבת")
    add_application(store, "Ångström AB", "Designer")
    with store.session() as s:
        def found(text: str) -> list[str]:
            return [r.company for r in apps.list_applications(s, apps.ApplicationFilter(text))]

        assert found("النور") == ["شركة النور 🌟"]
        assert found("🌟") == ["شركة النور 🌟"]
        assert found("מעצבת") == ["شركة النور 🌟"]
        assert found("ångström") == ["Ångström AB"]


@pytest.mark.parametrize("name", SAMPLES)
def test_feedback_and_review_notes_come_back_exactly(store: Store, name: str) -> None:
    text = SAMPLES[name]
    app_id = add_application(store).id
    with store.session() as s, s.begin():
        note = feedback.create_feedback(s, app_id, feedback.FeedbackInput(
            asked_whom=text[:SHORT].strip(), request_text=text, answer_text=text,
            reaction=text, lesson=text))
        item = review.add_item(s, app_id, ReviewStage.INTERVIEW, text[:500].strip())
        review.assess(s, item.id, Outcome.TO_IMPROVE, text)
    with store.session() as s:
        got = feedback.get_feedback(s, note.id)
        assert (got.asked_whom, got.request_text, got.answer_text, got.reaction,
                got.lesson) == (text[:SHORT].strip(), text, text, text, text)
        [stored] = [i for i in review.list_items(s, app_id) if i.id == item.id]
        assert (stored.label, stored.note) == (text[:500].strip(), text)


# --- long entries --------------------------------------------------------------------------
def test_a_journal_as_long_as_allowed_comes_back_exactly(store: Store) -> None:
    text = longest(LONG)
    assert len(text) == LONG and len(text.encode("utf-8")) > 1.5 * LONG
    row = read_checkin(store, add_checkin(store, text, emotions=(("disbelief", 6),)).id)
    assert row.journal == text


def test_a_feedback_answer_as_long_as_allowed_comes_back_exactly(store: Store) -> None:
    text = longest(LONG)
    app_id = add_application(store).id
    with store.session() as s, s.begin():
        ident = feedback.create_feedback(
            s, app_id, feedback.FeedbackInput(asked_whom="Sam", answer_text=text)).id
    with store.session() as s:
        assert feedback.get_feedback(s, ident).answer_text == text


def test_a_one_megabyte_journal_comes_back_exactly(store: Store) -> None:
    text = megabyte_of_text()
    assert len(text.encode("utf-8")) >= MEGABYTE
    assert read_checkin(store, add_checkin(store, text,
                                           emotions=(("disbelief", 6),)).id).journal == text


def test_a_one_megabyte_feedback_answer_comes_back_exactly(store: Store) -> None:
    app_id = add_application(store).id
    text = megabyte_of_text()
    with store.session() as s, s.begin():
        ident = feedback.create_feedback(
            s, app_id, feedback.FeedbackInput(asked_whom="Sam", answer_text=text)).id
    with store.session() as s:
        assert feedback.get_feedback(s, ident).answer_text == text


def test_a_runaway_paste_is_refused_kindly_and_nothing_is_saved(store: Store) -> None:
    with pytest.raises(ValidationError) as caught:
        add_checkin(store, longest(LONG + 1), emotions=(("disbelief", 6),))
    assert caught.value.field == "journal"
    assert caught.value.message == (
        f"The journal entry is too long (at most {LONG:,} characters).")
    with store.session() as s:
        assert checkins.list_checkins(s) == []


def test_one_character_over_the_limit_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="too long"):
        add_checkin(store, longest(LONG + 1), emotions=(("disbelief", 6),))
    with pytest.raises(ValidationError) as caught:
        add_application(store, "😢" * (SHORT + 1))
    assert caught.value.field == "company"
    assert caught.value.message == f"The company is too long (at most {SHORT:,} characters)."


def test_an_over_long_edit_leaves_the_saved_journal_as_it_was(store: Store) -> None:
    ident = add_checkin(store, RTL, emotions=(("disbelief", 6),)).id
    with pytest.raises(ValidationError), store.session() as s, s.begin():
        checkins.update_checkin(s, ident, checkins.CheckInInput(
            felt_at=AT, emotions=(("disbelief", 6),), journal=longest(LONG + 1)))
    assert read_checkin(store, ident).journal == RTL


def test_nul_characters_are_dropped_and_the_rest_kept(store: Store) -> None:
    row = read_checkin(store, add_checkin(store, "before\x00after 😢\x00",
                                          emotions=(("disbelief", 6),)).id)
    assert row.journal == "beforeafter 😢"


def test_a_lone_surrogate_is_refused_kindly_or_replaced(store: Store) -> None:
    try:
        ident = add_checkin(store, "half a pair: \ud83d here", emotions=(("disbelief", 6),)).id
    except ServiceError as exc:
        assert isinstance(exc, ValidationError) and exc.field == "journal"
    else:
        assert read_checkin(store, ident).journal == "half a pair: \ufffd here"
