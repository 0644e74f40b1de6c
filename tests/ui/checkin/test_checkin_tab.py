"""The Check-in tab through its real widgets: pick feelings, save, reopen, edit, delete."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QWidget,
)

from bounceback.services import applications as apps
from bounceback.services import checkins
from bounceback.ui.checkin import questions
from bounceback.ui.checkin.tab import CheckInTab
from bounceback.ui.common import dialogs
from bounceback.ui.common.ops import Ops
from tests.builders import add_application, add_checkin, add_rejection
from tests.ui.checkin.checkin_kit import choose, open_row, pick

AT = dt.datetime(2025, 3, 9, 21, 30)


@pytest.fixture
def tab(qtbot, ops: Ops, answers) -> CheckInTab:
    page = CheckInTab(ops)
    qtbot.addWidget(page)
    page.resize(1180, 720)
    page.show()
    return page


def stored(ops: Ops) -> list[checkins.CheckInRow]:
    return ops.read(checkins.list_checkins)


# --- creating ------------------------------------------------------------------------------


def test_empty_tab_invites_a_first_checkin(tab: CheckInTab) -> None:
    assert tab.history.empty.isVisible()
    assert "No check-ins yet" in tab.history.empty.text()
    assert not tab.history.view.isVisible()
    assert tab.form.title.text() == "New check-in"
    assert not tab.save_button.isEnabled()
    assert not tab.delete_button.isEnabled()
    assert "rarely about you" in tab.form.reframe.text()


def test_create_a_checkin_by_typing_and_clicking(qtbot, tab: CheckInTab, ops: Ops) -> None:
    pick(qtbot, tab, "disbelief", "frustration")
    assert list(tab.form.emotions.rows) == ["disbelief", "frustration"]
    for _ in range(3):
        qtbot.keyClick(tab.form.emotions.slider("disbelief"), Qt.Key.Key_Right)
    assert tab.form.emotions.rows["disbelief"][1].number.text() == "8"
    choose(qtbot, tab, "call_friend")
    qtbot.keyClick(tab.form.overall.slider, Qt.Key.Key_Left)
    qtbot.keyClicks(tab.form.journal, "I thought the second interview went well.")
    assert tab.save_button.isEnabled()

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    [row] = stored(ops)
    assert row.emotions == (("disbelief", 8), ("frustration", 5))
    assert (row.coping_method, row.overall) == ("call_friend", 4)
    assert row.journal == "I thought the second interview went well."
    assert row.application_id is None
    # The list shows it, selected, and the editor now holds the saved check-in.
    assert tab.history.model.rowCount() == 1
    assert tab.history.view.isVisible()
    assert tab.history.model.data(tab.history.model.index(0, 2)) == "Disbelief, Frustration"
    assert tab.history.model.data(tab.history.model.index(0, 1)) == "4/10"
    assert tab.history.current_id() == row.id
    assert tab.form.title.text().startswith("Check-in of")
    assert not tab.has_unsaved_changes()
    assert not tab.save_button.isEnabled()
    assert tab.delete_button.isEnabled()


def test_unpicking_a_feeling_removes_its_slider(qtbot, tab: CheckInTab) -> None:
    pick(qtbot, tab, "regret", "despair")
    assert set(tab.form.emotions.rows) == {"regret", "despair"}
    assert tab.form.emotions.chips["regret"].text().startswith("✓")
    pick(qtbot, tab, "regret")
    assert list(tab.form.emotions.rows) == ["despair"]
    assert tab.form.emotions.value() == (("despair", 5),)
    assert not tab.form.emotions.chips["regret"].text().startswith("✓")


def test_saving_without_a_feeling_says_so_inline(qtbot, tab: CheckInTab, ops: Ops,
                                                   answers) -> None:
    qtbot.keyClicks(tab.form.journal, "Not sure what I feel.")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.error.isVisible()
    assert "Pick at least one feeling" in tab.error.text()
    assert answers.warnings == []
    assert stored(ops) == []
    assert tab.has_unsaved_changes()
    # Picking a feeling clears the message; saving then works.
    pick(qtbot, tab, "confusion")
    assert not tab.error.isVisible()
    assert tab.save()
    assert [r.emotions for r in stored(ops)] == [(("confusion", 5),)]


def test_own_way_to_cope_needs_a_few_words(qtbot, tab: CheckInTab, ops: Ops) -> None:
    assert not tab.form.own_way.isEnabled()
    pick(qtbot, tab, "anger")
    choose(qtbot, tab, "other")
    assert tab.form.own_way.isEnabled()
    tab.save()
    assert "Say in a few words" in tab.error.text()
    assert stored(ops) == []
    qtbot.keyClicks(tab.form.own_way, "Bake bread")
    assert tab.save()
    [row] = stored(ops)
    assert (row.coping_method, row.coping_note) == ("other", "Bake bread")
    choose(qtbot, tab, "workout")
    assert not tab.form.own_way.isEnabled()


# --- reopening and editing -----------------------------------------------------------------


def test_list_is_newest_first_and_reopens_a_checkin(qtbot, tab: CheckInTab, ops: Ops) -> None:
    old = add_checkin(ops, "First night.", when=AT, emotions=(("despair", 9),), overall=2)
    new = add_checkin(ops, when=AT + dt.timedelta(days=2), emotions=(("hope", 4),))
    assert tab.history.ids() == [new.id, old.id]

    open_row(tab, old.id)
    assert tab.form.journal.toPlainText() == "First night."
    assert tab.form.emotions.chips["despair"].isChecked()
    assert not tab.form.emotions.chips["hope"].isChecked()
    assert tab.form.emotions.slider("despair").value() == 9
    assert tab.form.overall.slider.value() == 2
    assert tab.form.when.value() == AT
    assert not tab.has_unsaved_changes()

    tab.form.journal.moveCursor(tab.form.journal.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.form.journal, " Slept badly.")
    pick(qtbot, tab, "hurt")
    assert tab.save()
    saved = ops.read(checkins.get_checkin, old.id)
    assert saved.journal == "First night. Slept badly."
    assert saved.emotions == (("despair", 9), ("hurt", 5))
    assert len(stored(ops)) == 2
    assert tab.history.current_id() == old.id


def test_clicking_a_row_opens_it(qtbot, tab: CheckInTab, ops: Ops) -> None:
    old = add_checkin(ops, "Older", when=AT)
    add_checkin(ops, "Newer", when=AT + dt.timedelta(hours=3))
    view = tab.history.view
    rect = view.visualRect(tab.history.proxy.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.form.journal.toPlainText() == "Older"
    qtbot.wait(10)
    assert tab.history.current_id() == old.id


@pytest.mark.parametrize("answer", [dialogs.Unsaved.SAVE, dialogs.Unsaved.DISCARD])
def test_switching_with_unsaved_words_asks_first(qtbot, tab: CheckInTab, ops: Ops, answers,
                                                 answer: dialogs.Unsaved) -> None:
    a = add_checkin(ops, "A", when=AT)
    b = add_checkin(ops, "B", when=AT + dt.timedelta(days=1))
    open_row(tab, a.id)
    qtbot.keyClicks(tab.form.journal, " and more")
    answers.unsaved = answer

    open_row(tab, b.id)

    assert answers.asked == ["unsaved: this check-in"]
    assert tab.form.journal.toPlainText() == "B"
    assert tab.history.current_id() == b.id
    expected = "A and more" if answer is dialogs.Unsaved.SAVE else "A"
    assert ops.read(checkins.get_checkin, a.id).journal == expected


def test_cancel_keeps_the_words_and_the_selection(qtbot, tab: CheckInTab, ops: Ops,
                                                  answers) -> None:
    a = add_checkin(ops, "A", when=AT)
    b = add_checkin(ops, "B", when=AT + dt.timedelta(days=1))
    open_row(tab, a.id)
    qtbot.keyClicks(tab.form.journal, " still typing")
    answers.unsaved = dialogs.Unsaved.CANCEL

    open_row(tab, b.id)
    qtbot.wait(10)

    assert tab.form.journal.toPlainText() == "A still typing"
    assert tab.history.current_id() == a.id
    assert tab.has_unsaved_changes()
    assert ops.read(checkins.get_checkin, a.id).journal == "A"
    assert ops.read(checkins.get_checkin, b.id).journal == "B"


def test_saving_a_new_one_on_the_way_to_an_old_one(qtbot, tab: CheckInTab, ops: Ops,
                                                   answers) -> None:
    old = add_checkin(ops, "Old", when=AT)
    pick(qtbot, tab, "relief")
    qtbot.keyClicks(tab.form.journal, "New words")
    answers.unsaved = dialogs.Unsaved.SAVE

    open_row(tab, old.id)

    assert answers.asked == ["unsaved: your new check-in"]
    assert sorted(r.journal for r in stored(ops)) == ["New words", "Old"]
    assert tab.form.journal.toPlainText() == "Old"
    assert tab.history.current_id() == old.id
    assert tab.history.model.rowCount() == 2


def test_arrow_keys_in_the_list_open_each_checkin(qtbot, tab: CheckInTab, ops: Ops) -> None:
    add_checkin(ops, "Older", when=AT)
    add_checkin(ops, "Newer", when=AT + dt.timedelta(days=1))
    view = tab.history.view
    view.setFocus()
    assert tab.form.title.text() == "New check-in"  # focusing the list opens nothing
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert tab.form.journal.toPlainText() == "Older"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert tab.form.journal.toPlainText() == "Newer"


def test_new_checkin_asks_about_an_unsaved_new_one(qtbot, tab: CheckInTab, answers) -> None:
    pick(qtbot, tab, "shock")
    qtbot.keyClicks(tab.form.journal, "Just heard.")
    answers.unsaved = dialogs.Unsaved.CANCEL
    tab.new_checkin()
    assert answers.asked == ["unsaved: your new check-in"]
    assert tab.form.journal.toPlainText() == "Just heard."
    answers.unsaved = dialogs.Unsaved.DISCARD
    tab.new_checkin()
    assert tab.form.journal.toPlainText() == ""
    assert tab.form.emotions.value() == ()
    assert not tab.has_unsaved_changes()


def test_new_checkin_button_leaves_a_saved_one(qtbot, tab: CheckInTab, ops: Ops,
                                                answers) -> None:
    a = add_checkin(ops, "A", when=AT)
    open_row(tab, a.id)
    qtbot.mouseClick(tab.history.new_button, Qt.MouseButton.LeftButton)
    assert answers.asked == []
    assert tab.form.title.text() == "New check-in"
    assert tab.history.current_id() is None
    before = dt.datetime.now().replace(second=0, microsecond=0)
    assert abs(tab.form.value().felt_at - before) <= dt.timedelta(minutes=1)


def test_undo_changes_asks_and_restores(qtbot, tab: CheckInTab, ops: Ops,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    a = add_checkin(ops, "Kept", when=AT)
    open_row(tab, a.id)
    qtbot.keyClicks(tab.form.journal, " typed")
    pick(qtbot, tab, "guilt")
    replies = [False, True]
    monkeypatch.setattr(questions, "confirm_revert", lambda parent: replies.pop(0))

    qtbot.mouseClick(tab.revert_button, Qt.MouseButton.LeftButton)
    assert tab.form.journal.toPlainText() == "Kept typed"
    qtbot.mouseClick(tab.revert_button, Qt.MouseButton.LeftButton)
    assert tab.form.journal.toPlainText() == "Kept"
    assert tab.form.emotions.value() == (("disbelief", 7),)
    assert not tab.has_unsaved_changes()
    assert ops.read(checkins.get_checkin, a.id).journal == "Kept"


# --- deleting ------------------------------------------------------------------------------


def test_delete_confirmed(qtbot, tab: CheckInTab, ops: Ops, answers) -> None:
    a = add_checkin(ops, "Gone", when=AT)
    b = add_checkin(ops, when=AT + dt.timedelta(days=1))
    open_row(tab, a.id)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1 and answers.asked[0].startswith("delete:")
    assert [r.id for r in stored(ops)] == [b.id]
    assert tab.history.ids() == [b.id]
    assert tab.form.title.text() == "New check-in"
    assert tab.form.journal.toPlainText() == ""


def test_delete_cancelled_keeps_everything(qtbot, tab: CheckInTab, ops: Ops, answers) -> None:
    a = add_checkin(ops, "Stays", when=AT)
    open_row(tab, a.id)
    answers.delete = False
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1
    assert [r.id for r in stored(ops)] == [a.id]
    assert tab.history.ids() == [a.id]
    assert tab.form.journal.toPlainText() == "Stays"


def test_delete_key_in_the_list(qtbot, tab: CheckInTab, ops: Ops, answers) -> None:
    a = add_checkin(ops, when=AT)
    open_row(tab, a.id)
    tab.history.view.setFocus()
    qtbot.keyClick(tab.history.view, Qt.Key.Key_Delete)
    assert len(answers.asked) == 1
    assert stored(ops) == []
    assert tab.history.empty.isVisible()


# --- applications and rejections -----------------------------------------------------------


def test_picker_follows_applications_without_losing_the_choice(qtbot, tab: CheckInTab,
                                                               ops: Ops) -> None:
    northwind = add_application(ops, "Northwind", "Designer", applied_on=None).id
    combo = tab.form.application
    assert combo.itemText(0) == "Not about a specific application"
    assert combo.findData(northwind) > 0
    combo.setCurrentIndex(combo.findData(northwind))
    combo.activated.emit(combo.currentIndex())
    pick(qtbot, tab, "anxiety")

    contoso = add_application(ops, "Contoso", "Researcher", applied_on=None).id

    assert combo.findData(contoso) > 0
    assert combo.currentData() == northwind
    assert tab.form.emotions.value() == (("anxiety", 5),)
    assert tab.has_unsaved_changes()
    assert tab.save()
    assert stored(ops)[0].application_id == northwind
    assert tab.history.model.data(tab.history.model.index(0, 3)) == "Northwind — Designer"


def test_rejection_picker_only_when_there_are_rejections(qtbot, tab: CheckInTab,
                                                         ops: Ops) -> None:
    quiet = add_application(ops, "Quiet Co", "Analyst", applied_on=None).id
    tab.show_application(quiet)
    assert tab.form.application.currentData() == quiet
    assert tab.form.rejection.isHidden()

    add_rejection(ops, quiet, dt.date(2025, 3, 1))
    assert not tab.form.rejection.isHidden()
    assert tab.form.rejection.currentData() is None  # an open form is not changed for you


def test_show_application_ties_to_its_latest_rejection(qtbot, tab: CheckInTab,
                                                       ops: Ops) -> None:
    app = add_application(ops, "Northwind", "Designer", applied_on=None).id
    add_rejection(ops, app, dt.date(2025, 1, 5))
    latest = add_rejection(ops, app, dt.date(2025, 3, 9)).id

    tab.show_application(app)

    assert tab.form.application.currentData() == app
    assert not tab.form.rejection.isHidden()
    assert tab.form.rejection.count() == 3  # "not a specific one" and the two
    assert tab.form.rejection.currentData() == latest
    assert not tab.has_unsaved_changes()
    pick(qtbot, tab, "disbelief")
    assert tab.save()
    [row] = stored(ops)
    assert (row.application_id, row.rejection_event_id) == (app, latest)


def test_choosing_an_application_offers_its_latest_rejection(tab: CheckInTab,
                                                             ops: Ops) -> None:
    app = add_application(ops, "Northwind", "Designer", applied_on=None).id
    latest = add_rejection(ops, app, dt.date(2025, 3, 9)).id
    combo = tab.form.application
    combo.setCurrentIndex(combo.findData(app))
    combo.activated.emit(combo.currentIndex())
    assert not tab.form.rejection.isHidden()
    assert tab.form.rejection.currentData() == latest
    assert tab.has_unsaved_changes()
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert tab.form.rejection.isHidden()
    assert tab.form.value().rejection_event_id is None


def test_application_deleted_elsewhere_clears_the_clean_editor(tab: CheckInTab,
                                                               ops: Ops) -> None:
    app = add_application(ops, "Northwind", "Designer", applied_on=None).id
    row = add_checkin(ops, when=AT, application_id=app)
    open_row(tab, row.id)
    assert tab.form.application.currentData() == app

    assert ops.run(None, apps.delete_application, app)

    assert tab.form.application.currentData() is None
    assert not tab.has_unsaved_changes()
    assert tab.history.model.data(tab.history.model.index(0, 3)) == ""
    assert ops.read(checkins.get_checkin, row.id).application_id is None


def test_new_checkin_about_a_deleted_application_stays_clean(tab: CheckInTab,
                                                             ops: Ops) -> None:
    app = add_application(ops, "Northwind", "Designer", applied_on=None).id
    tab.show_application(app)
    assert ops.run(None, apps.delete_application, app)
    assert tab.form.application.currentData() is None
    assert tab.form.application.findData(app) < 0
    assert not tab.has_unsaved_changes()


# --- refreshing after writes elsewhere -----------------------------------------------------


def test_a_checkin_written_elsewhere_appears_and_keeps_typing(qtbot, tab: CheckInTab,
                                                              ops: Ops) -> None:
    pick(qtbot, tab, "sadness")
    qtbot.keyClicks(tab.form.journal, "Half a thought")
    made = add_checkin(ops, "From elsewhere", when=AT)
    assert tab.history.ids() == [made.id]
    assert tab.form.journal.toPlainText() == "Half a thought"
    assert tab.form.emotions.value() == (("sadness", 5),)
    assert tab.has_unsaved_changes()
    assert tab.history.current_id() is None


def test_open_checkin_edited_elsewhere_reloads_when_clean(tab: CheckInTab, ops: Ops) -> None:
    row = add_checkin(ops, "Before", when=AT)
    open_row(tab, row.id)
    changed = checkins.CheckInInput(felt_at=AT, emotions=(("calm", 3),), journal="After")
    assert ops.write(None, checkins.update_checkin, row.id, changed)
    assert tab.form.journal.toPlainText() == "After"
    assert tab.form.emotions.value() == (("calm", 3),)
    assert not tab.has_unsaved_changes()


def test_open_checkin_deleted_elsewhere_keeps_unsaved_words(qtbot, tab: CheckInTab,
                                                            ops: Ops) -> None:
    row = add_checkin(ops, "Start", when=AT)
    open_row(tab, row.id)
    qtbot.keyClicks(tab.form.journal, " and my words")
    assert ops.run(None, checkins.delete_checkin, row.id)
    assert tab.form.journal.toPlainText() == "Start and my words"
    assert tab.form.title.text() == "New check-in"
    assert "deleted elsewhere" in tab.notice.text()
    assert tab.save()
    [saved] = stored(ops)
    assert saved.journal == "Start and my words"
    assert tab.history.current_id() == saved.id


def test_hiding_and_showing_the_tab_keeps_unsaved_words(qtbot, tab: CheckInTab) -> None:
    pick(qtbot, tab, "hurt")
    qtbot.keyClicks(tab.form.journal, "Mid-sentence")
    tab.hide()
    tab.show()
    assert tab.form.journal.toPlainText() == "Mid-sentence"
    assert tab.form.emotions.value() == (("hurt", 5),)


def test_filter_box_searches_feelings_and_words(qtbot, tab: CheckInTab, ops: Ops) -> None:
    add_checkin(ops, "Long night", when=AT, emotions=(("despair", 8),))
    hopeful = add_checkin(ops, "Went for a run", when=AT + dt.timedelta(days=3),
                          emotions=(("hope", 6),))
    qtbot.keyClicks(tab.history.search, "HOPE")
    assert tab.history.ids() == [hopeful.id]
    tab.history.search.clear()
    qtbot.keyClicks(tab.history.search, "night")
    assert tab.history.proxy.rowCount() == 1
    tab.history.search.clear()
    qtbot.keyClicks(tab.history.search, "zebra")
    assert tab.history.proxy.rowCount() == 0
    assert tab.history.empty.isVisible()
    assert "zebra" in tab.history.empty.text()
    tab.history.search.clear()
    assert tab.history.proxy.rowCount() == 2


# --- accessibility -------------------------------------------------------------------------


def test_every_control_has_an_accessible_name(tab: CheckInTab, ops: Ops) -> None:
    add_checkin(ops, when=AT, emotions=(("regret", 3), ("hope", 2)))
    open_row(tab, tab.history.ids()[0])
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSlider, QAbstractSpinBox,
             QAbstractItemView)
    inner = (QAbstractSpinBox, QAbstractItemView, QLineEdit, QComboBox)

    def is_inner(w: QWidget) -> bool:
        parent = w.parentWidget()
        while parent is not None and parent is not tab:
            if isinstance(parent, inner):
                return True
            parent = parent.parentWidget()
        return False

    unnamed = [
        w for w in tab.findChildren(QWidget)
        if isinstance(w, kinds) and not is_inner(w) and not w.accessibleName()
    ]
    assert unnamed == []
