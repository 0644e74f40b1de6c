"""The Review tab's item models: structure checked by qtmodeltester, and what they show."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from bounceback.db.enums import ActionSource, Outcome, ReviewStage
from bounceback.services.actions import ActionRow
from bounceback.services.review import ReviewItemRow
from bounceback.ui.common.table_model import ID_ROLE, ROW_ROLE
from bounceback.ui.review.models import ActionsModel, ChecklistModel, note_preview


def item(ident: int, stage: ReviewStage, label: str, outcome: Outcome | None = None,
         note: str = "") -> ReviewItemRow:
    return ReviewItemRow(id=ident, application_id=1, stage=stage, label=label, position=ident,
                         outcome=outcome, note=note, event_id=None)


def action(ident: int, text: str, done: bool = False,
           due: dt.date | None = None) -> ActionRow:
    return ActionRow(id=ident, text=text, source=ActionSource.REVIEW, due_on=due, done=done,
                     done_at=None, application_id=1, feedback_id=None, review_item_id=None,
                     created_at=dt.datetime(2025, 3, 1, 9, 0))


ITEMS = [
    item(1, ReviewStage.APPLYING, "How I applied", Outcome.WENT_WELL, "Clear and quick"),
    item(2, ReviewStage.RESUME, "Resume had no typos", Outcome.TO_IMPROVE, "Two typos"),
    item(3, ReviewStage.INTERVIEW, "Interview round 1"),
    item(4, ReviewStage.INTERVIEW, "Interview round 2", Outcome.NOT_APPLICABLE),
]


def test_checklist_model_passes_qtmodeltester(qtmodeltester) -> None:
    model = ChecklistModel()
    qtmodeltester.check(model)
    model.set_items(ITEMS)
    qtmodeltester.check(model)
    # Same shape, new values (dataChanged), then a new shape (reset).
    model.set_items([*ITEMS[:2], item(3, ReviewStage.INTERVIEW, "Renamed"), ITEMS[3]])
    qtmodeltester.check(model)
    model.set_items(ITEMS[:1])
    qtmodeltester.check(model)


def test_checklist_groups_items_under_their_stage() -> None:
    model = ChecklistModel()
    model.set_items(ITEMS)
    stages = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert stages == ["Applying", "Resume", "Interviews"]
    interviews = model.index(2, 0)
    assert model.rowCount(interviews) == 2
    second = model.index(1, 0, interviews)
    assert second.data() == "Interview round 2"
    assert model.index(1, ChecklistModel.OUTCOME, interviews).data() == "Not applicable"
    assert model.index(0, ChecklistModel.OUTCOME, interviews).data() == "Not yet looked at"
    assert second.data(ID_ROLE) == 4
    assert second.data(ROW_ROLE) == ITEMS[3]
    assert model.parent(second) == interviews
    # Stage headings can't be selected, so a selection always means one item.
    assert not model.flags(interviews) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(second) & Qt.ItemFlag.ItemIsSelectable
    assert model.index_of_id(2) == model.index(0, 0, model.index(1, 0))
    assert not model.index_of_id(99).isValid()


def test_changing_values_keeps_indexes_valid(qtbot) -> None:
    model = ChecklistModel()
    model.set_items(ITEMS)
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_items([*ITEMS[:2], item(3, ReviewStage.INTERVIEW, "Round one", Outcome.WENT_WELL),
                         ITEMS[3]])
    assert model.index(0, ChecklistModel.OUTCOME, model.index(2, 0)).data() == "Went well"
    with qtbot.waitSignal(model.modelReset):
        model.set_items(ITEMS[1:])


def test_note_preview_shows_the_first_line_shortened() -> None:
    assert note_preview("") == ""
    assert note_preview("  One line  ") == "One line"
    assert note_preview("First\nSecond") == "First…"
    long = "word " * 40
    assert note_preview(long).endswith("…")
    assert len(note_preview(long)) <= 81


def test_actions_model_passes_qtmodeltester(qtmodeltester) -> None:
    model = ActionsModel()
    model.set_rows([action(1, "Proofread", due=dt.date(2025, 4, 1)), action(2, "Practise", True)])
    qtmodeltester.check(model)


def test_actions_model_shows_done_as_a_check_and_asks_before_changing(qtbot) -> None:
    model = ActionsModel()
    model.set_rows([action(1, "Proofread"), action(2, "Practise", done=True)])
    first, second = model.index(0, 0), model.index(1, 0)
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert first.data(Qt.ItemDataRole.FontRole) is None
    assert second.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert second.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, ActionsModel.SOURCE)) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(model.done_requested) as sig:
        model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert sig.args == [1, True]
    with qtbot.waitSignal(model.text_edited) as sig:
        model.setData(second, "  Practise aloud ", Qt.ItemDataRole.EditRole)
    assert sig.args == [2, "Practise aloud"]
    with qtbot.assertNotEmitted(model.text_edited):
        model.setData(second, "Practise", Qt.ItemDataRole.EditRole)
    # The model only asks; the rows change when the tab reloads them.
    assert model.row_at(0).done is False
