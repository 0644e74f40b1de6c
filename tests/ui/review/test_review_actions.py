"""Turning "to improve" into actions, and the action list under the checklist."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from bounceback.db.enums import ActionSource, Outcome
from bounceback.services import actions, applications, review
from bounceback.services.applications import ApplicationInput
from bounceback.ui.review.tab import ReviewTab
from tests.builders import add_action

TO_IMPROVE, WENT_WELL = 1, 0


@pytest.fixture
def app_id(ops, tab) -> int:
    """An application with a started checklist, shown in the tab."""
    detail = ops.write(None, applications.create_application,
                       ApplicationInput(company="Northwind", role="Designer",
                                        applied_on=dt.date(2025, 2, 3)))
    assert detail is not None
    ops.write(None, review.ensure_checklist, detail.id)
    tab.show_application(detail.id)
    return detail.id


def stored_actions(ops, app_id: int) -> list[actions.ActionRow]:
    return ops.read(actions.list_actions, application_id=app_id)


def listed(tab: ReviewTab) -> list[tuple[str, str, str]]:
    """(text, source, due) of the actions shown, in view order."""
    proxy = tab.actions.proxy
    return [tuple(proxy.index(r, c).data() for c in range(3))  # type: ignore[misc]
            for r in range(proxy.rowCount())]


def test_the_action_area_appears_only_for_to_improve(tab, app_id):
    area = tab.editor.action_area
    assert not area.isVisible()
    tab.editor.radios[WENT_WELL].click()
    assert not area.isVisible()
    tab.editor.radios[TO_IMPROVE].click()
    assert area.isVisible()
    assert "Don't dwell on what went wrong" in area.reminder.text()
    # An item of the person's own history: a prompt with an example that suits its stage,
    # never text that could be saved by accident.
    assert area.text.placeholderText() == (
        "What will you do next time? e.g. ask someone there for a referral first")
    assert area.text.text() == ""


def test_turn_a_finding_into_an_action(tab, qtbot, ops, app_id):
    item = ops.read(review.list_items, app_id)[1]
    tab.select_item(item.id)
    tab.editor.radios[TO_IMPROVE].click()
    qtbot.keyClicks(tab.editor.note, "Two typos in the summary")
    area = tab.editor.action_area
    qtbot.keyClicks(area.text, "Ask a friend to proofread my resume")
    area.due.set_value(dt.date(2025, 4, 1))
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)

    # The unsaved assessment was saved first, then the action made from it.
    saved = ops.read(review.list_items, app_id)[1]
    assert (saved.outcome, saved.note, saved.action_count) == (
        Outcome.TO_IMPROVE, "Two typos in the summary", 1)
    [made] = stored_actions(ops, app_id)
    assert (made.text, made.source, made.due_on, made.review_item_id) == (
        "Ask a friend to proofread my resume", ActionSource.REVIEW, dt.date(2025, 4, 1), item.id)
    assert listed(tab)[0][:2] == ("Ask a friend to proofread my resume", "From a review")
    assert listed(tab)[0][2] != ""
    assert tab.actions.selected() == made
    assert area.text.text() == "" and area.due.value() is None
    assert "One action already came from this item" in area.existing.text()
    assert not tab.has_unsaved_changes()


def test_an_empty_action_is_explained_inline(tab, qtbot, ops, app_id):
    tab.editor.radios[TO_IMPROVE].click()
    qtbot.keyClick(tab.editor.action_area.text, Qt.Key.Key_Return)
    assert tab.editor.action_area.error.isVisible()
    assert stored_actions(ops, app_id) == []
    # Nothing was saved for the item either: the user only pressed Return.
    assert ops.read(review.list_items, app_id)[0].outcome is None


def test_actions_from_every_source_are_listed(tab, ops, app_id):
    assert not tab.actions.view.isVisible()
    assert "No actions yet" in tab.actions.empty.text()
    add_action(ops, "Practise the conflict story", application_id=app_id,
               source=ActionSource.FEEDBACK, due_on=dt.date(2025, 3, 10))
    add_action(ops, "Update the portfolio", application_id=app_id)
    assert tab.actions.view.isVisible()
    assert [(t, s) for t, s, _ in listed(tab)] == [
        ("Practise the conflict story", "From feedback"),
        ("Update the portfolio", "Added by you"),
    ]


def test_tick_an_action_done_and_hide_done_ones(tab, qtbot, ops, app_id):
    first = add_action(ops, "Practise aloud", application_id=app_id)
    add_action(ops, "Proofread", application_id=app_id)
    view = tab.actions.view
    view.setFocus()
    view.setCurrentIndex(tab.actions.index_of(first.id))
    qtbot.keyClick(view, Qt.Key.Key_Space)

    assert ops.read(actions.list_actions, application_id=app_id, open_only=True)[0].text == \
        "Proofread"
    done = next(a for a in stored_actions(ops, app_id) if a.id == first.id)
    assert done.done and done.done_at is not None
    index = tab.actions.index_of(first.id)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    tab.actions.hide_done.click()
    assert [t for t, _, _ in listed(tab)] == ["Proofread"]
    tab.actions.hide_done.click()
    assert len(listed(tab)) == 2


def test_reword_an_action_in_place(tab, ops, app_id):
    row = add_action(ops, "Practise", application_id=app_id)
    index = tab.actions.index_of(row.id)
    tab.actions.proxy.setData(index, "Practise the answer with a friend")
    assert stored_actions(ops, app_id)[0].text == "Practise the answer with a friend"
    assert listed(tab)[0][0] == "Practise the answer with a friend"

    tab.actions.proxy.setData(tab.actions.index_of(row.id), "   ")
    assert tab.actions.error.isVisible()
    assert stored_actions(ops, app_id)[0].text == "Practise the answer with a friend"


@pytest.mark.parametrize("confirm", [True, False])
def test_delete_an_action_asks_first(tab, qtbot, ops, answers, app_id, confirm):
    row = add_action(ops, "Send the follow-up", application_id=app_id)
    answers.delete = confirm
    view = tab.actions.view
    view.setFocus()
    view.selectRow(tab.actions.index_of(row.id).row())
    assert tab.actions.delete_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert answers.asked == ["delete: Delete the action “Send the follow-up”?"]
    remaining = [a.text for a in stored_actions(ops, app_id)]
    assert remaining == ([] if confirm else ["Send the follow-up"])
    assert [t for t, _, _ in listed(tab)] == remaining


def test_actions_follow_the_chosen_application(tab, ops, app_id):
    add_action(ops, "For Northwind", application_id=app_id)
    other = ops.write(None, applications.create_application,
                      ApplicationInput(company="Contoso", role="Researcher"))
    add_action(ops, "For Contoso", application_id=other.id)
    assert [t for t, _, _ in listed(tab)] == ["For Northwind"]
    tab.show_application(other.id)
    assert [t for t, _, _ in listed(tab)] == ["For Contoso"]
    # Before the review starts, the actions still show when there are some.
    assert tab.actions.isVisible()
