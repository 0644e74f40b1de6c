"""The Review tab through its real widgets: pick, start, assess, add, delete; then check the view
and the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt

from bounceback.db.enums import EventKind, Outcome, ReviewStage, Source
from bounceback.services import applications, review
from bounceback.services.review import ReviewItemInput
from bounceback.ui.common import dialogs
from bounceback.ui.review.models import ChecklistModel
from bounceback.ui.review.tab import ReviewTab
from tests.builders import add_application, add_event
from tests.ui.window_kit import tick

WENT_WELL, TO_IMPROVE, NOT_APPLICABLE, NOT_YET = range(4)
# A fresh checklist without messages or interviews: how it started, resume, cover letter,
# messages, thank-you notes, and the seven common reasons offers don't come.
FRESH = 5 + 7


def started(ops, tab: ReviewTab, company: str = "Northwind") -> int:
    """An application with a checklist, shown in the tab."""
    app_id = add_application(ops, company, "Designer", applied_on=dt.date(2025, 2, 3)).id
    ops.write(None, review.ensure_checklist, app_id)
    tab.show_application(app_id)
    return app_id


def stored(ops, app_id: int) -> list[review.ReviewItemRow]:
    return ops.read(review.list_items, app_id)


def shown(tab: ReviewTab) -> list[tuple[str, str]]:
    """(label, outcome) of every item in the tree, in view order."""
    model = tab.checklist.model
    out = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            out.append((model.index(r, 0, group).data(),
                        model.index(r, ChecklistModel.OUTCOME, group).data()))
    return out


def click_item(qtbot, tab: ReviewTab, item_id: int) -> None:
    tree = tab.checklist.tree
    index = tab.checklist.model.index_of_id(item_id)
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(index).center())


# --- empty states and browsing -----------------------------------------------------------
def test_without_applications_the_tab_says_so_kindly(tab):
    assert tab.pages.currentWidget() is tab.empty
    assert tab.empty.heading.text() == "Nothing to look back on yet"
    assert not tab.picker.isEnabled()
    assert not tab.actions.isVisible()


def test_choosing_an_application_never_writes(tab, qtbot, ops):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3)).id
    assert tab.picker.isEnabled() and tab.picker.currentIndex() == -1
    assert "Which application" in tab.empty.heading.text()
    tab.picker.setCurrentIndex(tab.picker.findData(app_id))
    assert tab.application_id() == app_id
    assert tab.empty.start_button.isVisible()
    assert "one or two things to carry forward" in tab.empty.text()
    assert ops.read(review.progress, app_id) == (0, 0)


def test_start_the_review_builds_the_checklist_from_the_timeline(tab, qtbot, ops):
    app_id = add_application(ops, "Northwind", "Designer", applied_on=dt.date(2025, 2, 3),
                             source=Source.RECRUITER).id
    add_event(ops, app_id, EventKind.INTERVIEW, dt.date(2025, 2, 20), interview_round=1,
              interviewers="Dana")
    tab.show_application(app_id)
    qtbot.mouseClick(tab.empty.start_button, Qt.MouseButton.LeftButton)

    rows = stored(ops, app_id)
    assert [r.stage for r in rows] == [
        ReviewStage.APPLYING, ReviewStage.RESUME, ReviewStage.COVER_LETTER,
        ReviewStage.CORRESPONDENCE, ReviewStage.INTERVIEW, ReviewStage.THANK_YOU,
        *[ReviewStage.REFLECTION] * 7]
    assert tab.pages.currentWidget() is tab.hsplit
    assert [label for label, _ in shown(tab)] == [r.text for r in rows]
    assert "Interview round 1 on 20 Feb 2025 with Dana" in [r.text for r in rows]
    assert tab.progress.text() == "0 of 13 looked at"
    assert tab.editor.item_id() == rows[0].id
    assert tab.editor.label.text() == rows[0].label
    assert tab.actions.isVisible()


# --- the editor ------------------------------------------------------------------------
def test_assess_an_item_with_a_note(tab, qtbot, ops):
    app_id = started(ops, tab)
    first = stored(ops, app_id)[0]
    assert tab.editor.item_id() == first.id
    assert not tab.editor.save_button.isEnabled()
    tab.editor.radios[WENT_WELL].click()
    qtbot.keyClicks(tab.editor.note, "Short and friendly cover email")
    assert tab.has_unsaved_changes() and tab.editor.save_button.isEnabled()
    qtbot.mouseClick(tab.editor.save_button, Qt.MouseButton.LeftButton)

    row = stored(ops, app_id)[0]
    assert (row.outcome, row.note) == (Outcome.WENT_WELL, "Short and friendly cover email")
    assert shown(tab)[0] == (first.label, "Went well")
    assert tab.progress.text() == f"1 of {FRESH} looked at"
    assert not tab.has_unsaved_changes()
    note_index = tab.checklist.model.index_of_id(first.id).siblingAtColumn(ChecklistModel.NOTE)
    assert note_index.data() == "Short and friendly cover email"


def test_once_assessed_the_next_item_to_look_at_comes_up(tab, qtbot, ops):
    app_id = started(ops, tab)
    rows = stored(ops, app_id)
    tick(qtbot, tab.editor.radios[WENT_WELL])
    qtbot.mouseClick(tab.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor.item_id() == rows[1].id)
    assert tab.checklist.current_item() is not None
    assert tab.checklist.current_item().id == rows[1].id  # the list shows where we are
    # "To improve" stays, for the step to plan; going back to an assessed one and changing
    # its note stays too.
    tick(qtbot, tab.editor.radios[TO_IMPROVE])
    qtbot.mouseClick(tab.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert tab.editor.item_id() == rows[1].id
    tab.select_item(rows[0].id)
    qtbot.keyClicks(tab.editor.note, "Still true")
    qtbot.mouseClick(tab.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert tab.editor.item_id() == rows[0].id


def test_rename_and_clear_the_outcome(tab, qtbot, ops):
    app_id = started(ops, tab)
    first = stored(ops, app_id)[0]
    ops.write(None, review.assess, first.id, Outcome.TO_IMPROVE, "")
    assert tab.editor.radios[TO_IMPROVE].isChecked()
    tab.editor.label.clear()
    qtbot.keyClicks(tab.editor.label, "The cold application")
    tab.editor.radios[NOT_YET].click()
    assert tab.save()
    row = stored(ops, app_id)[0]
    assert (row.label, row.outcome) == ("The cold application", None)
    assert shown(tab)[0] == ("The cold application", "Not yet looked at")


def test_empty_label_is_explained_inline_and_nothing_saved(tab, qtbot, ops):
    app_id = started(ops, tab)
    before = stored(ops, app_id)[0]
    tab.editor.label.selectAll()
    qtbot.keyClick(tab.editor.label, Qt.Key.Key_Delete)
    tab.editor.save_button.click()
    assert tab.editor.error.isVisible()
    assert "few words" in tab.editor.error.text()
    assert stored(ops, app_id)[0].label == before.label
    assert tab.has_unsaved_changes()


def test_revert_brings_back_what_was_saved(tab, qtbot, ops):
    app_id = started(ops, tab)
    tab.editor.radios[TO_IMPROVE].click()
    qtbot.keyClicks(tab.editor.note, "draft")
    qtbot.mouseClick(tab.editor.revert_button, Qt.MouseButton.LeftButton)
    assert tab.editor.note.toPlainText() == ""
    assert tab.editor.radios[NOT_YET].isChecked()
    assert not tab.has_unsaved_changes()
    assert stored(ops, app_id)[0].outcome is None


@pytest.mark.parametrize("answer", [dialogs.Unsaved.SAVE, dialogs.Unsaved.DISCARD])
def test_switching_items_asks_about_unsaved_changes(tab, qtbot, ops, answers, answer):
    app_id = started(ops, tab)
    first, second = stored(ops, app_id)[:2]
    qtbot.keyClicks(tab.editor.note, "Sent on a Sunday night")
    answers.unsaved = answer
    click_item(qtbot, tab, second.id)

    assert answers.asked == ["unsaved: this checklist item"]
    assert tab.editor.item_id() == second.id
    assert tab.editor.label.text() == second.label
    assert tab.checklist.current_item() == stored(ops, app_id)[1]
    saved_note = next(r.note for r in stored(ops, app_id) if r.id == first.id)
    assert saved_note == ("Sent on a Sunday night" if answer is dialogs.Unsaved.SAVE else "")


def test_cancel_keeps_the_item_and_the_edits(tab, qtbot, ops, answers):
    app_id = started(ops, tab)
    first, second = stored(ops, app_id)[:2]
    qtbot.keyClicks(tab.editor.note, "Keep me")
    answers.unsaved = dialogs.Unsaved.CANCEL
    click_item(qtbot, tab, second.id)
    qtbot.wait(10)  # the selection goes back once the click is over
    assert tab.editor.item_id() == first.id
    assert tab.editor.note.toPlainText() == "Keep me"
    assert tab.checklist.current_item().id == first.id
    selected = tab.checklist.tree.selectionModel().selectedRows()
    assert [i.data() for i in selected] == [first.label]
    assert stored(ops, app_id)[0].note == ""


def test_switching_application_with_unsaved_edits_can_be_cancelled(tab, qtbot, ops, answers):
    app_id = started(ops, tab, company="Northwind")
    other = add_application(ops, "Contoso", "Designer", applied_on=dt.date(2025, 2, 3)).id
    qtbot.keyClicks(tab.editor.note, "half a thought")
    answers.unsaved = dialogs.Unsaved.CANCEL
    tab.picker.setCurrentIndex(tab.picker.findData(other))
    assert tab.application_id() == app_id
    assert tab.picker.currentData() == app_id
    assert tab.editor.note.toPlainText() == "half a thought"

    answers.unsaved = dialogs.Unsaved.DISCARD
    tab.picker.setCurrentIndex(tab.picker.findData(other))
    assert tab.application_id() == other
    assert tab.empty.start_button.isVisible()


# --- adding and deleting items -----------------------------------------------------------
def test_add_an_item_of_your_own(tab, qtbot, ops):
    app_id = started(ops, tab)
    c = tab.checklist
    c.stage.setCurrentIndex(c.stage.findData(ReviewStage.CORRESPONDENCE))
    qtbot.keyClicks(c.new_label, "The follow-up after a week of silence")
    qtbot.mouseClick(c.add_button, Qt.MouseButton.LeftButton)

    rows = stored(ops, app_id)
    new = next(r for r in rows if r.label == "The follow-up after a week of silence")
    assert new.stage == ReviewStage.CORRESPONDENCE
    assert c.new_label.text() == ""
    assert tab.editor.item_id() == new.id
    labels_shown = [label for label, _ in shown(tab)]
    # Listed with its stage, after the stage's other items.
    assert labels_shown.index(new.label) == labels_shown.index(
        "My messages were timely, clear and friendly") + 1


def test_adding_an_empty_item_is_explained_inline(tab, qtbot, ops):
    app_id = started(ops, tab)
    count = len(stored(ops, app_id))
    qtbot.keyClicks(tab.checklist.new_label, "   ")
    qtbot.keyClick(tab.checklist.new_label, Qt.Key.Key_Return)
    assert tab.checklist.error.isVisible()
    assert len(stored(ops, app_id)) == count


def test_delete_an_item_when_confirmed(tab, qtbot, ops, answers):
    app_id = started(ops, tab)
    first = stored(ops, app_id)[0]
    tab.checklist.tree.setFocus()
    qtbot.keyClick(tab.checklist.tree, Qt.Key.Key_Delete)
    assert answers.asked and first.label in answers.asked[0]
    assert first.id not in [r.id for r in stored(ops, app_id)]
    assert first.label not in [label for label, _ in shown(tab)]
    assert tab.editor.item_id() is None
    assert not tab.checklist.delete_button.isEnabled()


def test_delete_cancelled_keeps_the_item(tab, qtbot, ops, answers):
    app_id = started(ops, tab)
    answers.delete = False
    tab.checklist.delete_button.click()
    assert len(answers.asked) == 1
    assert len(stored(ops, app_id)) == FRESH
    assert tab.editor.item_id() == stored(ops, app_id)[0].id


# --- keeping up with the rest of the app -------------------------------------------------
def test_changes_made_elsewhere_show_without_losing_edits(tab, qtbot, ops):
    app_id = started(ops, tab)
    first, second = stored(ops, app_id)[:2]
    qtbot.keyClicks(tab.editor.note, "still typing")
    ops.write(None, review.update_item, second.id,
              ReviewItemInput("Resume, reworded elsewhere", Outcome.WENT_WELL))
    assert ("Resume, reworded elsewhere", "Went well") in shown(tab)
    assert tab.progress.text() == f"1 of {FRESH} looked at"
    assert tab.editor.item_id() == first.id
    assert tab.editor.note.toPlainText() == "still typing"
    assert tab.has_unsaved_changes()

    # A clean editor follows the store.
    tab.discard()
    ops.write(None, review.update_item, first.id,
              replace(first.as_input(), label="Renamed elsewhere"))
    assert tab.editor.label.text() == "Renamed elsewhere"


def test_new_interviews_are_added_only_when_asked(tab, qtbot, ops):
    app_id = started(ops, tab)
    button = tab.checklist.interviews_button
    assert not button.isVisible()
    add_event(ops, app_id, EventKind.INTERVIEW, dt.date(2025, 3, 2), interview_round=2)
    assert button.isVisible()
    assert "new message or interview" in button.text().replace("&", "")
    assert len(stored(ops, app_id)) == FRESH  # nothing written by the refresh
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    rows = stored(ops, app_id)
    assert len(rows) == FRESH + 1
    assert tab.editor.label.text() == "Interview round 2 on 2 Mar 2025"
    assert not button.isVisible()


def test_application_deleted_elsewhere_returns_to_the_picker(tab, qtbot, ops):
    app_id = started(ops, tab)
    ops.write(None, applications.delete_application, app_id)
    assert tab.application_id() is None
    assert tab.editor.item_id() is None
    assert tab.pages.currentWidget() is tab.empty
    assert tab.picker.count() == 0


def test_layout_and_last_application_are_remembered(tab, qtbot, ops, tmp_path):
    app_id = started(ops, tab)
    tab.actions.hide_done.setChecked(True)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    tab.save_state(settings)
    again = ReviewTab(ops)
    qtbot.addWidget(again)
    again.restore_state(settings)
    assert again.application_id() == app_id
    assert again.picker.currentData() == app_id
    assert again.actions.hide_done.isChecked()
