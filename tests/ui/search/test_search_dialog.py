"""The search dialog, through the real widget: type, wait for the pause, pick with the keys."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from bounceback.db.enums import EventKind
from bounceback.services import applications as apps
from bounceback.services import checkins, contacts, events
from bounceback.services import search as srch
from bounceback.ui.common.ops import Ops
from bounceback.ui.search import SearchDialog
from bounceback.ui.search.delegate import snippet_html
from bounceback.ui.search.dialog import DEBOUNCE_MS, LIMIT
from bounceback.ui.search.model import HIT_ROLE


def _checkin(journal: str, day: dt.date = dt.date(2025, 3, 5), app_id: int | None = None
             ) -> checkins.CheckInInput:
    return checkins.CheckInInput(
        felt_at=dt.datetime.combine(day, dt.time(20)), emotions=(("sadness", 5),),
        journal=journal, application_id=app_id)


@pytest.fixture
def records(ops: Ops) -> dict[str, int]:
    with ops.store.session() as s, s.begin():
        app = apps.create_application(s, apps.ApplicationInput(
            "Lynx Ltd", "Editor", applied_on=dt.date(2025, 2, 1)))
        ev = events.add_event(s, app.id, events.EventInput(
            EventKind.INTERVIEW, dt.date(2025, 2, 14), "They asked how I practise feedback"))
        ci = checkins.create_checkin(s, _checkin("I practised my answers <b>twice</b> & more",
                                                 dt.date(2025, 2, 15), app.id))
        person = contacts.create_contact(s, contacts.ContactInput(
            name="Ravi Practiseworth", role="Recruiter"))
        return {"app": app.id, "event": ev.id, "checkin": ci.id, "contact": person.id}


@pytest.fixture
def dialog(qtbot, ops: Ops) -> SearchDialog:
    d = SearchDialog(ops)
    qtbot.addWidget(d)
    d.start()
    qtbot.waitExposed(d)
    return d


def _type(qtbot, dialog: SearchDialog, text: str) -> None:
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, text)


def _rows(dialog: SearchDialog) -> list[tuple[str, int]]:
    m = dialog.model
    return [(h.kind, h.ref) for h in (m.index(r, 0).data(HIT_ROLE) for r in range(m.rowCount()))]


def test_typing_searches_once_the_typing_pauses(qtbot, dialog, records) -> None:
    _type(qtbot, dialog, "practis")
    # Nothing yet: the search waits for a pause in the typing.
    assert dialog.timer.isActive() and dialog.timer.interval() == DEBOUNCE_MS
    assert dialog.model.rowCount() == 0
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=2000)
    assert set(_rows(dialog)) == {
        (srch.EVENT, records["event"]), (srch.CHECKIN, records["checkin"]),
        (srch.CONTACT, records["contact"]),
    }
    assert dialog.pages.currentWidget() is dialog.list
    assert dialog.count.text() == "3 matches"
    assert dialog.list.currentIndex().row() == 0


def test_down_then_enter_opens_the_chosen_hit(qtbot, dialog, records) -> None:
    _type(qtbot, dialog, "practised answers")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=2000)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    qtbot.waitUntil(dialog.list.hasFocus, timeout=1000)
    with qtbot.waitSignal(dialog.open_record) as opened:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert opened.args == [srch.CHECKIN, records["checkin"], records["app"]]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def _press(qtbot, key: Qt.Key, times: int = 1) -> None:
    """Keys as a person presses them: each to whatever has the focus at that moment."""
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)


def test_keys_move_between_the_box_and_the_list(qtbot, dialog, records) -> None:
    _type(qtbot, dialog, "practis")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=2000)
    # The first match is highlighted while the focus is still in the box.
    assert dialog.list.currentIndex().row() == 0 and dialog.edit.hasFocus()
    _press(qtbot, Qt.Key.Key_Down)  # on from the highlight: the second match
    qtbot.waitUntil(dialog.list.hasFocus, timeout=1000)
    assert dialog.list.currentIndex().row() == 1
    _press(qtbot, Qt.Key.Key_Up)
    assert dialog.list.currentIndex().row() == 0
    assert dialog.list.hasFocus()
    _press(qtbot, Qt.Key.Key_Up)  # at the top: back to the box, the first still highlighted
    qtbot.waitUntil(dialog.edit.hasFocus, timeout=1000)
    assert dialog.list.currentIndex().row() == 0
    expected = dialog.model.hit(0)
    assert expected is not None
    with qtbot.waitSignal(dialog.open_record) as opened:
        _press(qtbot, Qt.Key.Key_Enter)  # Enter in the box opens the highlighted one
    assert opened.args == [expected.kind, expected.ref, expected.app_id or 0]


@pytest.fixture
def five(ops: Ops) -> list[int]:
    """Five check-ins that match "rehears", the newest first as the search lists them."""
    with ops.store.session() as s, s.begin():
        made = [checkins.create_checkin(s, _checkin(
            f"Rehearsed answer {i}", dt.date(2025, 3, 1) + dt.timedelta(days=i))).id
            for i in range(5)]
    return made


@pytest.mark.parametrize("downs", [0, 1, 3, 4])
def test_down_n_times_then_enter_opens_match_n_plus_one(qtbot, dialog, five, downs) -> None:
    """The first match is highlighted as the results come (Enter opens it), and each Down
    moves the highlight one further: Down ×3 then Enter opens the fourth."""
    _type(qtbot, dialog, "rehears")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5, timeout=2000)
    assert [kind for kind, _ref in _rows(dialog)] == [srch.CHECKIN] * 5
    _press(qtbot, Qt.Key.Key_Down, downs)
    assert dialog.list.currentIndex().row() == downs
    # The highlighted row is the one drawn as selected.
    assert [i.row() for i in dialog.list.selectionModel().selectedIndexes()] == [downs]
    wanted = dialog.model.hit(downs)
    assert wanted is not None
    with qtbot.waitSignal(dialog.open_record) as opened:
        _press(qtbot, Qt.Key.Key_Return)
    assert opened.args == [srch.CHECKIN, wanted.ref, 0]


def test_down_right_after_typing_moves_in_the_new_results(qtbot, dialog, records, five) -> None:
    """Down pressed before the pause after typing acts on what was typed, not on the
    results of the letters before."""
    _type(qtbot, dialog, "practis")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=2000)
    dialog.edit.selectAll()
    qtbot.keyClicks(dialog.edit, "rehears")
    assert dialog.timer.isActive()
    _press(qtbot, Qt.Key.Key_Down)
    assert dialog.model.rowCount() == 5
    assert dialog.list.currentIndex().row() == 1
    with qtbot.waitSignal(dialog.open_record) as opened:
        _press(qtbot, Qt.Key.Key_Return)
    hit = dialog.model.hit(1)
    assert hit is not None and opened.args == [srch.CHECKIN, hit.ref, 0]


def test_typing_in_the_list_goes_on_in_the_box(qtbot, dialog, records, five) -> None:
    _type(qtbot, dialog, "practis")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=2000)
    _press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(dialog.list.hasFocus, timeout=1000)
    _press(qtbot, Qt.Key.Key_Backspace)
    qtbot.keyClicks(QApplication.focusWidget(), "sed answers")
    assert dialog.edit.hasFocus()
    assert dialog.edit.text() == "practised answers"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=2000)


def test_enter_right_after_typing_does_not_wait_for_the_pause(qtbot, dialog, records) -> None:
    _type(qtbot, dialog, "ravi")
    assert dialog.timer.isActive()
    with qtbot.waitSignal(dialog.open_record, timeout=1000) as opened:
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    # A contact belongs to no one application.
    assert opened.args == [srch.CONTACT, records["contact"], 0]


def test_escape_closes_without_opening_anything(qtbot, dialog, records) -> None:
    _type(qtbot, dialog, "practis")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=2000)
    with qtbot.assertNotEmitted(dialog.open_record):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_double_click_opens(qtbot, dialog, records) -> None:
    _type(qtbot, dialog, "lynx editor")
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=2000)
    assert _rows(dialog)[0] == (srch.APPLICATION, records["app"])
    rect = dialog.list.visualRect(dialog.model.index(0, 0))
    viewport = dialog.list.viewport()
    with qtbot.waitSignal(dialog.open_record) as opened:
        # A real double click starts with a press; QTest's lone double-click event doesn't.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [srch.APPLICATION, records["app"], records["app"]]


def test_hints_before_typing_and_when_nothing_matches(qtbot, dialog, records) -> None:
    assert dialog.pages.currentWidget() is dialog.hint
    assert "practis" in dialog.hint.text()  # the intro explains prefixes
    _type(qtbot, dialog, "<i>zeppelin</i>")
    qtbot.waitUntil(lambda: "Nothing found" in dialog.hint.text(), timeout=2000)
    assert "“<i>zeppelin</i>”" in dialog.hint.text()
    assert dialog.hint.sentence.textFormat() == Qt.TextFormat.PlainText
    assert dialog.count.text() == ""
    _type(qtbot, dialog, '" * ( -')  # nothing to look for: the intro again, no error
    qtbot.waitUntil(lambda: "Nothing found" not in dialog.hint.text(), timeout=2000)
    assert dialog.model.rowCount() == 0


def test_what_the_person_wrote_is_escaped(qtbot, dialog, records) -> None:
    _type(qtbot, dialog, "twice")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=2000)
    hit = dialog.model.hit(0)
    assert hit is not None
    rich = snippet_html(hit, None)
    assert "&lt;b&gt;" in rich and "&amp;" in rich and "<b>" not in rich
    assert '<span style="font-weight:600;text-decoration:underline;">twice</span>' in rich
    dialog.list.grab()  # the delegate paints it without trouble


def test_labels_name_the_kind_and_record(qtbot, dialog, records) -> None:
    _type(qtbot, dialog, "feedback practis")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=2000)
    text = dialog.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert text.startswith("Interview · Lynx Ltd — Editor · 14 Feb 2025: ")
    assert "practise feedback" in text


def test_results_follow_changes_while_open(qtbot, dialog, ops, records) -> None:
    _type(qtbot, dialog, "practis")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=2000)
    made = ops.write(dialog, checkins.create_checkin, _checkin("practising the pitch"))
    assert made is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=2000)
    assert (srch.CHECKIN, made.id) in _rows(dialog)


def test_many_matches_say_to_narrow_them(qtbot, dialog, ops) -> None:
    with ops.store.session() as s, s.begin():
        for i in range(LIMIT + 5):
            checkins.create_checkin(s, _checkin(f"walk number {i}"))
    _type(qtbot, dialog, "walk")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == LIMIT, timeout=2000)
    assert "best 50" in dialog.count.text()


def test_the_model_passes_the_model_tester(qtbot, dialog, records, qtmodeltester) -> None:
    _type(qtbot, dialog, "practis")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=2000)
    qtmodeltester.check(dialog.model)
