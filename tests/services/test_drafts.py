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
