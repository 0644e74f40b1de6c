"""The Check-in tab's models, drafts that survive a restart, layout state and small courtesies."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from bounceback.services import checkins, drafts
from bounceback.ui.checkin import tab as tab_module
from bounceback.ui.checkin.models import checkin_model, haystack, main_emotions, summary_tooltip
from bounceback.ui.checkin.tab import NEW_DRAFT, CheckInTab
from bounceback.ui.common import dialogs
from bounceback.ui.common.ops import Ops
from bounceback.ui.common.table_model import FilterProxy
from tests.builders import add_checkin
from tests.ui.checkin.checkin_kit import open_row

AT = dt.datetime(2025, 3, 9, 21, 30)


def row(ident: int = 1, **kw: object) -> checkins.CheckInRow:
    values: dict[str, object] = {
        "id": ident, "felt_at": AT, "emotions": (("disbelief", 7),), "coping_method": "",
        "coping_note": "", "journal": "", "overall": 5, "application_id": None,
        "rejection_event_id": None,
    }
    values.update(kw)
    return checkins.CheckInRow(**values)  # type: ignore[arg-type]


def make_tab(qtbot, ops: Ops) -> CheckInTab:
    page = CheckInTab(ops)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


@pytest.fixture
def tab(qtbot, ops: Ops, answers) -> CheckInTab:
    return make_tab(qtbot, ops)


# --- models --------------------------------------------------------------------------------


def test_checkin_model_passes_the_model_tester(qtmodeltester) -> None:
    model = checkin_model()
    model.set_rows([
        row(1, emotions=(("despair", 9), ("regret", 2)), application_label="Acme — Engineer"),
        row(2, felt_at=AT + dt.timedelta(days=1), journal="Better today"),
    ])
    qtmodeltester.check(model)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.set_predicate(lambda r: "better" in haystack(r))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_main_feelings_are_the_strongest_first() -> None:
    r = row(emotions=(("calm", 2), ("despair", 9), ("regret", 5), ("hurt", 5), ("hope", 1)))
    assert main_emotions(r) == "Despair, Regret, Hurt…"
    assert main_emotions(row(emotions=(("calm", 2),))) == "Calm"
    tip = summary_tooltip(row(emotions=(("calm", 2), ("despair", 9)), coping_method="other",
                              coping_note="Bake bread", journal="Line one\nLine two"))
    assert tip.index("Despair: 9 of 10") < tip.index("Calm: 2 of 10")
    assert "Coping: Bake bread" in tip
    assert "Line one" in tip and "Line two" not in tip


def test_filter_text_covers_feelings_coping_application_and_journal() -> None:
    text = haystack(row(emotions=(("jealousy", 4),), coping_method="walk",
                        application_label="Contoso — Analyst", journal="Rainy"))
    for word in ("envy", "walk outside", "contoso", "rainy"):
        assert word in text


# --- drafts --------------------------------------------------------------------------------


def test_new_journal_words_come_back_after_a_restart(qtbot, ops: Ops, answers) -> None:
    first = make_tab(qtbot, ops)
    qtbot.keyClicks(first.form.journal, "Can't sleep. Keep replaying the call.")
    first.keeper.flush()
    assert ops.read(drafts.get_draft, NEW_DRAFT).body == "Can't sleep. Keep replaying the call."

    again = make_tab(qtbot, ops)  # as after a crash: the first tab never saved

    assert again.form.journal.toPlainText() == "Can't sleep. Keep replaying the call."
    assert again.notice.isVisibleTo(again)
    assert again.has_unsaved_changes()
    qtbot.mouseClick(again.form.emotions.chips["anxiety"], Qt.MouseButton.LeftButton)
    assert again.save()
    assert ops.read(drafts.get_draft, NEW_DRAFT) is None
    assert not again.notice.isVisibleTo(again)
    [saved] = ops.read(checkins.list_checkins)
    assert saved.journal == "Can't sleep. Keep replaying the call."


def test_edits_to_a_saved_journal_come_back_after_a_restart(qtbot, ops: Ops, answers) -> None:
    made = add_checkin(ops, "Day one.", emotions=(("regret", 3), ("hope", 2)))
    first = make_tab(qtbot, ops)
    open_row(first, made.id)
    qtbot.keyClicks(first.form.journal, " Day two.")
    first.keeper.flush()

    again = make_tab(qtbot, ops)
    assert again.form.journal.toPlainText() == ""
    open_row(again, made.id)
    assert again.form.journal.toPlainText() == "Day one. Day two."
    assert again.has_unsaved_changes()
    assert ops.read(checkins.get_checkin, made.id).journal == "Day one."


def test_discarding_words_also_discards_their_draft(qtbot, tab: CheckInTab, ops: Ops,
                                                     answers) -> None:
    qtbot.keyClicks(tab.form.journal, "Never mind")
    tab.keeper.flush()
    assert ops.read(drafts.get_draft, NEW_DRAFT) is not None
    answers.unsaved = dialogs.Unsaved.DISCARD
    tab.new_checkin()
    assert ops.read(drafts.get_draft, NEW_DRAFT) is None
    assert ops.read(drafts.list_drafts) == []


def test_switching_away_after_discard_leaves_no_draft(qtbot, tab: CheckInTab, ops: Ops,
                                                       answers) -> None:
    a = add_checkin(ops, "A", emotions=(("regret", 3), ("hope", 2)))
    b = add_checkin(ops, "B", emotions=(("regret", 3), ("hope", 2)))
    open_row(tab, a.id)
    qtbot.keyClicks(tab.form.journal, " scribble")
    answers.unsaved = dialogs.Unsaved.DISCARD
    open_row(tab, b.id)
    tab.keeper.flush()
    assert ops.read(drafts.list_drafts) == []
    assert tab.form.journal.toPlainText() == "B"


# --- courtesies ----------------------------------------------------------------------------


def test_feelings_in_another_order_are_not_a_change(tab: CheckInTab, ops: Ops) -> None:
    made = add_checkin(ops, emotions=(("regret", 3), ("hope", 2)))
    open_row(tab, made.id)
    chip = tab.form.emotions.chips["regret"]
    chip.click()
    chip.click()  # picked again: now listed after "hope"
    tab.form.emotions.slider("regret").setValue(3)
    assert tab.form.emotions.value() == (("hope", 2), ("regret", 3))
    assert not tab.has_unsaved_changes()
    assert not tab.save_button.isEnabled()


def test_a_blank_checkin_says_now_when_you_come_back(tab: CheckInTab,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    later = dt.datetime(2031, 6, 1, 8, 15)
    monkeypatch.setattr(tab_module, "now", lambda: later)
    tab.hide()
    tab.show()
    assert tab.form.value().felt_at == later
    assert not tab.has_unsaved_changes()


def next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget``: the next widget in the chain that takes Tab focus."""
    nxt = widget.nextInFocusChain()
    while not (nxt.focusPolicy() & Qt.FocusPolicy.TabFocus and nxt.isVisibleTo(nxt.window())
               and nxt.isEnabled()):
        nxt = nxt.nextInFocusChain()
    return nxt


def test_sliders_follow_the_feeling_chips_in_tab_order(tab: CheckInTab) -> None:
    tab.form.emotions.chips["despair"].click()
    chips = list(tab.form.emotions.chips.values())
    slider = tab.form.emotions.slider("despair")
    assert next_tab_stop(chips[-1]) is slider
    assert next_tab_stop(slider) is tab.form.coping["call_friend"]


def test_picking_a_feeling_does_not_move_the_chips(tab: CheckInTab) -> None:
    chip = tab.form.emotions.chips["feeling_treated_unfairly"]
    before = chip.sizeHint()
    chip.click()
    assert chip.text().startswith("✓")
    assert chip.sizeHint() == before


def test_layout_is_kept_between_runs(qtbot, tab: CheckInTab, ops: Ops, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    tab.splitter.setSizes([300, 700])
    sizes = tab.splitter.sizes()
    tab.save_state(settings)
    other = make_tab(qtbot, ops)
    other.restore_state(settings)
    assert other.splitter.sizes() == sizes
    assert settings.contains("checkin/splitter") and settings.contains("checkin/columns")
