"""The Feedback tab drafts its four long texts as they are typed: after a crash the words come
back in the same note (or the next new note for the same application), and saving, reverting
or deleting lets the drafts go. One note's words never turn up in another."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from bounceback.services import applications, drafts, feedback
from bounceback.services.letters import Letter
from bounceback.ui.common import dialogs
from bounceback.ui.feedback.drafting import FIELDS
from bounceback.ui.feedback.tab import FeedbackTab
from tests.builders import add_application, add_feedback
from tests.ui.feedback.feedback_kit import click_row, make_tab

BACK = "Words you wrote last time, not yet saved, are back"


def flush(tab: FeedbackTab) -> None:
    """What the draft timer does a moment after typing stops, for every box at once."""
    for keeper in tab.note_drafts.keepers.values():
        keeper.flush()


def crash(tab: FeedbackTab, ops) -> None:
    """The program stops without saving: the drafts stored so far are all that is left."""
    ops.changed.disconnect(tab._changed)  # the dead window hears nothing more
    for keeper in tab.note_drafts.keepers.values():
        keeper.key = None  # a timer still pending in the dead process writes nothing
    tab.hide()


def stored(ops) -> dict[str, str]:
    return {row.key: row.body for row in ops.read(drafts.list_drafts, "feedback:")}


def type_at_end(qtbot, box, text: str) -> None:
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, text)


def open_row(qtbot, tab: FeedbackTab, ident: int) -> None:
    """Click the note ``ident`` in the list."""
    click_row(qtbot, tab, next(i for i, r in enumerate(tab.notes.shown_rows()) if r.id == ident))


def restart(qtbot, tab: FeedbackTab, ops, app_id: int) -> FeedbackTab:
    crash(tab, ops)
    fresh = make_tab(qtbot, ops)
    fresh.show_application(app_id)
    return fresh


@pytest.fixture
def tab(qtbot, ops, answers) -> FeedbackTab:
    return make_tab(qtbot, ops)


# --- drafting while typing -----------------------------------------------------------------
def test_typing_is_drafted_a_moment_later(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    tab.show_application(app_id)
    tab.new_note()
    qtbot.keyClicks(tab.form.request.body, "What could I improve?")
    key = f"feedback:new:{app_id}:request"
    qtbot.waitUntil(lambda: ops.read(drafts.get_draft, key) is not None, timeout=5000)
    assert ops.read(drafts.get_draft, key).body == "What could I improve?"
    # Only the box that was typed in has a draft.
    assert list(stored(ops)) == [key]


# --- a crash, and the words come back ------------------------------------------------------
def test_after_a_crash_every_box_of_the_note_comes_back_with_a_kind_notice(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    note = add_feedback(ops, app_id, request_text="Could I ask for feedback?",
                        answer_text="Thanks for asking")
    tab.show_application(app_id)
    assert tab.note_id == note.id
    qtbot.keyClicks(tab.form.request.subject, "A quick question")
    type_at_end(qtbot, tab.form.request.body, " Anything at all.")
    type_at_end(qtbot, tab.form.answer, ", more leadership examples.")
    qtbot.keyClicks(tab.form.reaction, "Stung, then curious.")
    qtbot.keyClicks(tab.form.lesson, "Lead with the redesign story.")
    flush(tab)
    assert set(stored(ops)) == {f"feedback:{note.id}:{field}" for field in FIELDS}

    tab = restart(qtbot, tab, ops, app_id)
    assert tab.note_id == note.id
    form = tab.form
    assert form.request.letter() == Letter(
        "A quick question", "Could I ask for feedback? Anything at all.")
    assert form.answer.toPlainText() == "Thanks for asking, more leadership examples."
    assert form.reaction.toPlainText() == "Stung, then curious."
    assert form.lesson.toPlainText() == "Lead with the redesign story."
    assert form.notice.isVisible()
    assert BACK in form.notice.text()
    # The words count as unsaved changes: Save and Revert work on them.
    assert tab.has_unsaved_changes()
    assert tab.save_button.isEnabled() and tab.revert_button.isEnabled()
    # Nothing was saved behind the person's back.
    assert ops.read(feedback.get_feedback, note.id).lesson == ""

    tab.save_button.click()
    row = ops.read(feedback.get_feedback, note.id)
    assert feedback.request_letter(row.request_text) == Letter(
        "A quick question", "Could I ask for feedback? Anything at all.")
    assert row.answer_text == "Thanks for asking, more leadership examples."
    assert row.reaction == "Stung, then curious."
    assert row.lesson == "Lead with the redesign story."
    assert stored(ops) == {}
    assert not form.notice.isVisible()
    assert not tab.has_unsaved_changes()
    # And the next start has nothing to offer back.
    tab = restart(qtbot, tab, ops, app_id)
    assert tab.form.lesson.toPlainText() == "Lead with the redesign story."
    assert not tab.form.notice.isVisible()
    assert not tab.has_unsaved_changes()


def test_an_answer_written_before_the_crash_is_shown_even_if_the_note_hides_answers(
        tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    note = add_feedback(ops, app_id)  # asked, no answer yet: the answer rows are hidden
    tab.show_application(app_id)
    assert not tab.form.answer.isVisible()
    tab.form.show_answer(True)
    qtbot.keyClicks(tab.form.answer, "They wanted more data work.")
    flush(tab)

    tab = restart(qtbot, tab, ops, app_id)
    assert tab.note_id == note.id
    assert tab.form.answer.isVisible()
    assert tab.form.answer.toPlainText() == "They wanted more data work."
    assert tab.has_unsaved_changes()


def test_a_new_unsaved_note_comes_back_as_a_new_note(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    older = add_feedback(ops, app_id, "Priya", lesson="Older lesson")
    tab.show_application(app_id)
    tab.new_note()
    qtbot.keyClicks(tab.form.request.body, "Is there anything I could improve?")
    qtbot.keyClicks(tab.form.lesson, "Ask the recruiter first.")
    flush(tab)
    assert set(stored(ops)) == {f"feedback:new:{app_id}:request", f"feedback:new:{app_id}:lesson"}

    tab = restart(qtbot, tab, ops, app_id)
    # The words waiting come first, in a new note, rather than the latest saved one.
    assert tab.editing and tab.note_id is None
    assert tab.form.heading.text() == "New feedback request"
    assert tab.form.request.body.toPlainText() == "Is there anything I could improve?"
    assert tab.form.lesson.toPlainText() == "Ask the recruiter first."
    assert BACK in tab.form.notice.text()
    assert tab.save_button.isEnabled()

    qtbot.keyClicks(tab.form.whom, "Sam")
    tab.save_button.click()
    (saved,) = [r for r in ops.read(feedback.list_feedback, app_id) if r.id != older.id]
    assert saved.request_text == "Is there anything I could improve?"
    assert saved.lesson == "Ask the recruiter first."
    assert stored(ops) == {}
    assert ops.read(feedback.get_feedback, older.id).lesson == "Older lesson"


def test_starting_a_new_note_offers_back_a_new_notes_words(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    note = add_feedback(ops, app_id)
    tab.show_application(app_id)
    assert tab.note_id == note.id
    assert not tab.form.notice.isVisible()
    # Words of a new note an earlier run never saved.
    assert ops.write_quietly(drafts.save_draft, f"feedback:new:{app_id}:request",
                             "Subject: One question\n\nCould I ask one thing?")
    tab.new_note()
    assert tab.note_id is None
    assert tab.form.request.letter() == Letter("One question", "Could I ask one thing?")
    assert BACK in tab.form.notice.text()
    assert tab.has_unsaved_changes()


def test_new_note_words_stay_with_their_application(tab, ops, qtbot):
    northwind = add_application(ops, "Northwind", "Designer").id
    contoso = add_application(ops, "Contoso", "Designer").id
    tab.show_application(northwind)
    tab.new_note()
    qtbot.keyClicks(tab.form.request.body, "For Northwind only")
    flush(tab)

    tab = restart(qtbot, tab, ops, contoso)
    assert tab.app_id == contoso
    tab.new_note()
    assert tab.form.request.body.toPlainText() == ""
    assert not tab.form.notice.isVisible()
    assert not tab.has_unsaved_changes()
    tab.show_application(northwind)
    assert tab.note_id is None and tab.editing
    assert tab.form.request.body.toPlainText() == "For Northwind only"


# --- letting drafts go on purpose ----------------------------------------------------------
def test_revert_drops_the_drafts(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    note = add_feedback(ops, app_id, lesson="Saved lesson")
    tab.show_application(app_id)
    type_at_end(qtbot, tab.form.lesson, " and more")
    flush(tab)
    assert stored(ops) == {f"feedback:{note.id}:lesson": "Saved lesson and more"}
    tab.revert_button.click()
    assert tab.form.lesson.toPlainText() == "Saved lesson"
    assert stored(ops) == {}  # at once, not when the timer next fires
    flush(tab)  # and the timer after the revert stores nothing either
    assert stored(ops) == {}

    tab = restart(qtbot, tab, ops, app_id)
    assert tab.form.lesson.toPlainText() == "Saved lesson"
    assert not tab.form.notice.isVisible()


def test_revert_after_a_crash_lets_the_words_go(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    note = add_feedback(ops, app_id, reaction="Fine")
    tab.show_application(app_id)
    type_at_end(qtbot, tab.form.reaction, ", really")
    flush(tab)
    tab = restart(qtbot, tab, ops, app_id)
    assert tab.form.reaction.toPlainText() == "Fine, really"
    tab.revert_button.click()
    assert tab.form.reaction.toPlainText() == "Fine"
    assert not tab.form.notice.isVisible()
    assert not tab.has_unsaved_changes()
    assert stored(ops) == {}
    assert ops.read(feedback.get_feedback, note.id).reaction == "Fine"


def test_discarding_when_leaving_a_note_drops_its_drafts(tab, ops, qtbot, answers):
    app_id = add_application(ops, "Northwind", "Designer").id
    first = add_feedback(ops, app_id, "Priya")
    add_feedback(ops, app_id, "Sam")
    tab.show_application(app_id)
    open_row(qtbot, tab, first.id)
    assert tab.note_id == first.id
    qtbot.keyClicks(tab.form.request.body, "Words to throw away")
    flush(tab)
    answers.unsaved = dialogs.Unsaved.DISCARD
    tab.new_note()
    assert answers.asked == ["unsaved: this feedback note"]
    flush(tab)
    assert stored(ops) == {}


def test_deleting_a_note_drops_its_drafts(tab, ops, qtbot, answers):
    app_id = add_application(ops, "Northwind", "Designer").id
    note = add_feedback(ops, app_id)
    tab.show_application(app_id)
    qtbot.keyClicks(tab.form.lesson, "Half a thought")
    flush(tab)
    assert stored(ops)
    tab.delete_note()
    assert ops.read(feedback.list_feedback, app_id) == []
    assert stored(ops) == {}
    # A later note may get the same id: it starts clean.
    tab.new_note()
    qtbot.keyClicks(tab.form.whom, "Sam")
    tab.save_button.click()
    (again,) = ops.read(feedback.list_feedback, app_id)
    assert again.id == note.id  # SQLite gave the id out again
    assert tab.form.lesson.toPlainText() == ""
    assert not tab.form.notice.isVisible()


def test_a_note_saved_under_a_reused_id_never_shows_old_words(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    tab.show_application(app_id)
    # Words left by an earlier note with the id the next note will get.
    assert ops.write_quietly(drafts.save_draft, "feedback:1:lesson", "Someone else's lesson")
    tab.new_note()
    qtbot.keyClicks(tab.form.whom, "Sam")
    tab.save_button.click()
    (row,) = ops.read(feedback.list_feedback, app_id)
    assert row.id == 1
    assert tab.note_id == 1
    assert tab.form.lesson.toPlainText() == ""
    assert not tab.form.notice.isVisible()
    assert stored(ops) == {}


def test_drafts_of_notes_deleted_with_their_application_are_dropped(tab, ops, qtbot):
    gone = add_application(ops, "Gone", "Designer").id
    kept = add_application(ops, "Kept", "Designer").id
    gone_note = add_feedback(ops, gone)
    kept_note = add_feedback(ops, kept)
    for key in (f"feedback:{gone_note.id}:lesson", f"feedback:new:{gone}:answer",
                f"feedback:{kept_note.id}:lesson", f"feedback:new:{kept}:answer"):
        assert ops.write_quietly(drafts.save_draft, key, "words")
    ops.write(None, applications.delete_application, gone)
    assert set(stored(ops)) == {f"feedback:{kept_note.id}:lesson", f"feedback:new:{kept}:answer"}


# --- one note's words never in another -----------------------------------------------------
def test_switching_notes_keeps_each_ones_drafts_apart(tab, ops, qtbot, answers):
    app_id = add_application(ops, "Northwind", "Designer").id
    a = add_feedback(ops, app_id, "Priya", lesson="A saved")
    b = add_feedback(ops, app_id, "Sam", lesson="B saved")
    tab.show_application(app_id)
    open_row(qtbot, tab, a.id)
    type_at_end(qtbot, tab.form.lesson, " + A draft")
    flush(tab)
    crash(tab, ops)
    # B's words were left by another run.
    assert ops.write_quietly(drafts.save_draft, f"feedback:{b.id}:lesson", "B saved + B draft")

    tab = make_tab(qtbot, ops)
    tab.show_application(app_id)
    assert [r.id for r in tab.notes.shown_rows()] == [b.id, a.id]
    assert tab.note_id == b.id  # the first note with words waiting
    assert tab.form.lesson.toPlainText() == "B saved + B draft"
    assert BACK in tab.form.notice.text()

    answers.unsaved = dialogs.Unsaved.SAVE
    open_row(qtbot, tab, a.id)
    assert tab.note_id == a.id
    assert tab.form.lesson.toPlainText() == "A saved + A draft"
    assert BACK in tab.form.notice.text()
    assert ops.read(feedback.get_feedback, b.id).lesson == "B saved + B draft"
    flush(tab)
    assert stored(ops) == {f"feedback:{a.id}:lesson": "A saved + A draft"}


def test_words_typed_in_one_note_are_never_drafted_under_another(tab, ops, qtbot, answers):
    app_id = add_application(ops, "Northwind", "Designer").id
    a = add_feedback(ops, app_id, "Priya", lesson="A saved")
    b = add_feedback(ops, app_id, "Sam", lesson="B saved")
    tab.show_application(app_id)
    open_row(qtbot, tab, a.id)
    type_at_end(qtbot, tab.form.lesson, " typed")  # the draft timer has not fired yet
    answers.unsaved = dialogs.Unsaved.CANCEL
    open_row(qtbot, tab, b.id)
    assert tab.note_id == a.id  # kept, as asked
    answers.unsaved = dialogs.Unsaved.SAVE
    open_row(qtbot, tab, b.id)
    assert tab.note_id == b.id
    assert tab.form.lesson.toPlainText() == "B saved"
    flush(tab)
    assert stored(ops) == {}
    assert ops.read(feedback.get_feedback, a.id).lesson == "A saved typed"
    assert ops.read(feedback.get_feedback, b.id).lesson == "B saved"


def test_a_note_deleted_elsewhere_keeps_its_words_as_a_new_notes_drafts(tab, ops, qtbot):
    app_id = add_application(ops, "Northwind", "Designer").id
    note = add_feedback(ops, app_id)
    tab.show_application(app_id)
    qtbot.keyClicks(tab.form.lesson, "Keep these words")
    flush(tab)
    ops.write(None, feedback.delete_feedback, note.id)
    assert tab.note_id is None
    assert "deleted elsewhere" in tab.form.notice.text()
    assert stored(ops) == {f"feedback:new:{app_id}:lesson": "Keep these words"}
