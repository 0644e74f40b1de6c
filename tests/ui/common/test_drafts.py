"""DraftKeeper: typing is stored a moment later; saving the record discards the draft."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPlainTextEdit

from bounceback.services import checkins, draft_keys, drafts
from bounceback.ui.common.drafts import DraftKeeper


def make(qtbot, ops) -> tuple[QPlainTextEdit, DraftKeeper]:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    keeper = DraftKeeper(ops, edit, delay_ms=20)
    return edit, keeper


def test_typing_is_drafted_after_a_pause(qtbot, ops):
    edit, keeper = make(qtbot, ops)
    keeper.watch("checkin:new")
    qtbot.keyClicks(edit, "I feel")
    qtbot.waitUntil(lambda: ops.read(drafts.get_draft, "checkin:new") is not None, timeout=2000)
    assert ops.read(drafts.get_draft, "checkin:new").body == "I feel"


def test_saving_the_record_discards_the_draft(qtbot, ops):
    row = ops.write(None, checkins.create_checkin, checkins.CheckInInput(
        felt_at=dt.datetime(2026, 5, 1, 9, 0), emotions=(("calm", 3),)))
    key = draft_keys.checkin(row.id)
    edit, keeper = make(qtbot, ops)
    keeper.watch(key, saved_text="")
    qtbot.keyClicks(edit, "words")
    keeper.flush()
    assert ops.read(drafts.get_draft, key).body == "words"
    # The save takes the draft with it, in its own transaction; the keeper is only told.
    writes: list[str] = []
    ops.changed.connect(lambda _t: writes.append("write"))
    ops.write(None, checkins.update_checkin, row.id, checkins.CheckInInput(
        felt_at=dt.datetime(2026, 5, 1, 9, 0), emotions=(("calm", 3),), journal="words"))
    assert ops.read(drafts.get_draft, key) is None
    keeper.saved("words")
    keeper.flush()
    assert ops.read(drafts.get_draft, key) is None and writes == ["write"]


def test_reverting_on_purpose_discards_the_draft(qtbot, ops):
    edit, keeper = make(qtbot, ops)
    keeper.watch("checkin:new", saved_text="")
    qtbot.keyClicks(edit, "words")
    keeper.flush()
    edit.setPlainText("")
    keeper.discard()
    assert ops.read(drafts.get_draft, "checkin:new") is None


def test_switching_key_flushes_the_old_draft_at_once(qtbot, ops):
    edit, keeper = make(qtbot, ops)
    keeper.watch("a")
    qtbot.keyClicks(edit, "for a")
    keeper.watch("b")  # before the timer fired
    assert ops.read(drafts.get_draft, "a").body == "for a"
    assert ops.read(drafts.get_draft, "b") is None


def test_text_back_to_the_saved_version_leaves_no_draft(qtbot, ops):
    edit, keeper = make(qtbot, ops)
    edit.setPlainText("saved")
    keeper.watch("k", saved_text="saved")
    qtbot.keyClicks(edit, "!")
    keeper.flush()
    assert ops.read(drafts.get_draft, "k") is not None
    edit.setPlainText("saved")
    keeper.flush()
    assert ops.read(drafts.get_draft, "k") is None
