"""Drafts: typed text kept safe until the real record is saved."""

from __future__ import annotations

from bounceback.services import drafts


def test_save_get_and_replace(session):
    drafts.save_draft(session, "checkin:new", "first words")
    drafts.save_draft(session, "checkin:new", "first words, then more")
    got = drafts.get_draft(session, "checkin:new")
    assert got is not None and got.body == "first words, then more"
    assert [d.key for d in drafts.list_drafts(session)] == ["checkin:new"]


def test_blank_text_removes_the_draft(session):
    drafts.save_draft(session, "k", "something")
    drafts.save_draft(session, "k", "   \n")
    assert drafts.get_draft(session, "k") is None


def test_discard_is_safe_when_there_is_none(session):
    drafts.discard_draft(session, "missing")
    drafts.save_draft(session, "k", "x")
    drafts.discard_draft(session, "k")
    assert drafts.get_draft(session, "k") is None


def test_drafts_keep_exotic_text_and_drop_nul(session):
    text = "Ça va 🙂 — מה שלומך\x00?"
    drafts.save_draft(session, "k", text)
    assert drafts.get_draft(session, "k").body == text.replace("\x00", "")


def test_prefix_lists_only_matching_keys_literally(session):
    drafts.save_draft(session, "checkin:new", "a")
    drafts.save_draft(session, "checkin:3", "b")
    drafts.save_draft(session, "feedback:1", "c")
    drafts.save_draft(session, "check%x", "d")
    assert sorted(d.key for d in drafts.list_drafts(session, "checkin:")) == [
        "checkin:3", "checkin:new"]
    assert [d.key for d in drafts.list_drafts(session, "check%")] == ["check%x"]


def test_deleting_a_checkin_drops_its_draft(session):
    import datetime as dt

    from bounceback.services import checkins

    row = checkins.create_checkin(session, checkins.CheckInInput(
        felt_at=dt.datetime(2026, 5, 1, 9, 0), emotions=(("calm", 3),)))
    drafts.save_draft(session, f"checkin:{row.id}", "half a thought")
    drafts.save_draft(session, "checkin:new", "another")
    checkins.delete_checkin(session, row.id)
    assert drafts.get_draft(session, f"checkin:{row.id}") is None
    assert drafts.get_draft(session, "checkin:new") is not None


def test_deleting_records_drops_their_drafts(session, make_app) -> None:
    from bounceback.services import applications as apps
    from bounceback.services import feedback

    app = make_app()
    other = make_app("Globex")
    note = feedback.create_feedback(session, app.id, feedback.FeedbackInput(asked_whom="Dana"))
    for key in (f"feedback:{note.id}:answer", f"feedback:new:{app.id}:lesson",
                f"thank_you:{app.id}:3", f"feedback:new:{other.id}:lesson"):
        drafts.save_draft(session, key, "unsaved words")
    feedback.delete_feedback(session, note.id)
    assert drafts.get_draft(session, f"feedback:{note.id}:answer") is None
    assert drafts.get_draft(session, f"feedback:new:{app.id}:lesson") is not None
    apps.delete_application(session, app.id)
    assert [d.key for d in drafts.list_drafts(session)] == [f"feedback:new:{other.id}:lesson"]


# -- saving a record drops its drafts in the same transaction ------------------------------

def _checkin_input(day: int = 1):
    import datetime as dt

    from bounceback.services import checkins

    return checkins.CheckInInput(felt_at=dt.datetime(2026, 5, day, 9, 0),
                                 emotions=(("calm", 3),))


def test_a_checkin_saved_from_the_form_takes_its_draft(session):
    from bounceback.services import checkins, draft_keys

    drafts.save_draft(session, draft_keys.checkin(None), "the words being written")
    checkins.create_checkin(session, _checkin_input())
    # An import (or anything but the form) leaves the one being written alone.
    assert drafts.get_draft(session, draft_keys.checkin(None)) is not None
    row = checkins.create_checkin(session, _checkin_input(2), ends_draft=True)
    assert drafts.get_draft(session, draft_keys.checkin(None)) is None
    drafts.save_draft(session, draft_keys.checkin(row.id), "an edit not saved yet")
    checkins.update_checkin(session, row.id, _checkin_input(3))
    assert drafts.get_draft(session, draft_keys.checkin(row.id)) is None


def test_a_new_record_never_inherits_the_draft_of_a_deleted_one_with_its_id(session, make_app):
    from bounceback.services import checkins, draft_keys, feedback

    row = checkins.create_checkin(session, _checkin_input())
    checkins.delete_checkin(session, row.id)
    # Left by an older version under the id SQLite is about to hand out again.
    drafts.save_draft(session, draft_keys.checkin(row.id), "someone else's words")
    again = checkins.create_checkin(session, _checkin_input(2))
    assert again.id == row.id
    assert drafts.get_draft(session, draft_keys.checkin(again.id)) is None

    app = make_app()
    note = feedback.create_feedback(session, app.id, feedback.FeedbackInput(asked_whom="Sam"))
    feedback.delete_feedback(session, note.id)
    drafts.save_draft(session, draft_keys.feedback(None, note.id, "lesson"), "old words")
    renewed = feedback.create_feedback(session, app.id, feedback.FeedbackInput(asked_whom="Li"))
    assert renewed.id == note.id
    assert drafts.list_drafts(session, draft_keys.note_feedback_prefix(note.id)) == []


def test_feedback_saved_from_the_form_takes_its_drafts(session, make_app):
    from bounceback.services import draft_keys, feedback

    app = make_app()
    for field in draft_keys.FEEDBACK_FIELDS:
        drafts.save_draft(session, draft_keys.feedback(app.id, None, field), f"new {field}")
    note = feedback.create_feedback(session, app.id, feedback.FeedbackInput(asked_whom="Sam"),
                                    ends_draft=True)
    assert drafts.list_drafts(session, draft_keys.new_feedback_prefix(app.id)) == []
    drafts.save_draft(session, draft_keys.feedback(None, note.id, "answer"), "they said")
    feedback.update_feedback(session, note.id, feedback.FeedbackInput(asked_whom="Sam Lee"))
    assert drafts.list_drafts(session, draft_keys.note_feedback_prefix(note.id)) == []


def test_marking_a_thank_you_sent_takes_its_draft(session, make_app):
    import datetime as dt

    from bounceback.db.enums import ContactRole
    from bounceback.services import contacts, draft_keys

    app = make_app()
    person = contacts.add_to_application(session, app.id, contacts.ContactInput(name="Dana"),
                                         ContactRole.INTERVIEWER)
    other = contacts.add_to_application(session, app.id, contacts.ContactInput(name="Li"),
                                        ContactRole.RECRUITER)
    drafts.save_draft(session, draft_keys.thank_you(app.id, person.id), "Dear Dana")
    drafts.save_draft(session, draft_keys.thank_you(app.id, other.id), "Dear Li")
    contacts.mark_thanked(session, app.id, person.id, dt.date(2026, 5, 2))
    assert drafts.get_draft(session, draft_keys.thank_you(app.id, person.id)) is None
    assert drafts.get_draft(session, draft_keys.thank_you(app.id, other.id)) is not None


def test_a_feedback_draft_needs_a_note_or_an_application():
    from bounceback.services import draft_keys

    assert draft_keys.feedback(None, None, "lesson") is None
    assert draft_keys.feedback(3, None, "lesson") == "feedback:new:3:lesson"
    assert draft_keys.feedback(3, 12, "lesson") == "feedback:12:lesson"
