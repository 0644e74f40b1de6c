"""The Feedback tab's item models pass Qt's model checks and say what they should."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from bounceback.db.enums import ActionSource, Channel, FeedbackStatus
from bounceback.services import feedback
from bounceback.services.actions import ActionRow
from bounceback.services.feedback import FeedbackInput, FeedbackRow
from bounceback.services.letters import Letter
from bounceback.ui.common import labels
from bounceback.ui.common.table_model import FilterProxy
from bounceback.ui.feedback.models import ActionModel, feedback_model

NOW = dt.datetime(2025, 4, 20, 12, 0)


def note(ident: int, whom: str, asked: dt.date | None, answered: dt.date | None = None,
         answer: str = "", status: FeedbackStatus | None = None,
         follow_up: dt.date | None = None,
         request: str = "What could I improve?\nThanks!") -> FeedbackRow:
    data = FeedbackInput(asked_whom=whom, asked_on=asked, answer_text=answer,
                         answered_on=answered, status=status)
    return FeedbackRow(
        id=ident, application_id=1, asked_whom=whom, contact_id=None, asked_on=asked,
        channel=Channel.EMAIL, request_text=request, answer_text=answer,
        answered_on=answered, reaction="", lesson="", updated_at=NOW,
        status=feedback.status_of(data), follow_up_on=follow_up,
    )


def action(ident: int, text: str, done: bool = False, due: dt.date | None = None) -> ActionRow:
    return ActionRow(
        id=ident, text=text, source=ActionSource.FEEDBACK, due_on=due, done=done,
        done_at=NOW if done else None, application_id=1, feedback_id=1, review_item_id=None,
        created_at=NOW,
    )


def test_feedback_model_passes_the_model_tester(qtmodeltester):
    model = feedback_model()
    model.set_rows([note(1, "Priya", dt.date(2025, 4, 10), dt.date(2025, 4, 14)),
                    note(2, "Tom", None)])
    qtmodeltester.check(model)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_feedback_model_says_where_each_request_stands():
    model = feedback_model()
    model.set_rows([
        note(1, "Priya", dt.date(2025, 4, 10), dt.date(2025, 4, 14)),
        note(2, "Tom", dt.date(2025, 4, 11)),
        note(3, "Sam", dt.date(2025, 4, 12), answer="Keep going"),
        note(4, "Li", None),
        note(5, "Dana", dt.date(2025, 4, 2), status=FeedbackStatus.NO_ANSWER,
             follow_up=dt.date(2025, 4, 20)),
        note(6, "Ana", dt.date(2025, 4, 3), follow_up=dt.date(2025, 4, 21)),
    ])
    shown = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert shown == [
        "Answered " + labels.date(dt.date(2025, 4, 14)),
        "Asked, waiting",
        "Answered",
        "Not asked yet",
        "No answer · follow up " + labels.date(dt.date(2025, 4, 20)),
        "Asked, waiting · follow up " + labels.date(dt.date(2025, 4, 21)),
    ]
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Priya" in tip and "Email" in tip and "What could I improve?" in tip
    assert "Thanks!" not in tip  # only the first line of the request


def test_the_whom_tooltip_shows_a_letters_subject():
    model = feedback_model()
    text = feedback.request_text(Letter("A quick question", "Hi Sam,\n\nWhat could I improve?"))
    model.set_rows([note(1, "Sam", None, request=text)])
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == ["Sam", "Email", "A quick question"]


def test_sorting_by_status_groups_them_in_the_order_a_request_goes(qtmodeltester):
    model = feedback_model()
    model.set_rows([
        note(1, "Answered", dt.date(2025, 4, 10), dt.date(2025, 4, 14)),
        note(2, "Draft", None),
        note(3, "Silent", dt.date(2025, 4, 2), status=FeedbackStatus.NO_ANSWER),
        note(4, "Waiting", dt.date(2025, 4, 11)),
    ])
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(4)] == [
        "Draft", "Waiting", "Silent", "Answered"]
    qtmodeltester.check(proxy)


def test_action_model_passes_the_model_tester(qtmodeltester):
    model = ActionModel()
    model.set_rows([action(1, "Practise", due=dt.date(2025, 5, 1)), action(2, "Proofread", True)])
    qtmodeltester.check(model)


def test_action_model_ticks_show_at_once_and_are_reported(qtbot):
    model = ActionModel()
    model.set_rows([action(1, "Practise"), action(2, "Proofread", True)])
    first = model.index(0, 0)
    assert model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    with qtbot.waitSignal(model.done_toggled) as signal:
        assert model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert signal.args == [1, True]
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # Text is not edited in place, and ticking twice reports nothing new.
    assert not model.setData(first, "other", Qt.ItemDataRole.EditRole)
    with qtbot.assertNotEmitted(model.done_toggled):
        assert model.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
