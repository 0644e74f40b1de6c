"""The main window: tabs, menus and shortcuts, unsaved edits on close, layout between runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QKeyEvent

from bounceback import paths
from bounceback.services import applications
from bounceback.ui.common import dialogs
from bounceback.ui.main_window import MainWindow
from tests.ui.window_kit import make_window


def test_title_and_the_tabs_in_order(window):
    assert "BounceBack" in window.windowTitle()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Today", "Bounce back", "Timeline", "Check-in", "Feedback", "Review"]


def test_a_first_start_opens_on_the_timeline(window):
    assert window.tabs.currentWidget() is window.timeline


def test_ctrl_number_switches_tabs(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.feedback
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.today
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.plans
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.timeline


def test_ctrl_n_starts_a_new_application_and_ctrl_s_saves_it(window, qtbot, ops):
    window.tabs.setCurrentWidget(window.review)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.timeline
    qtbot.keyClicks(window.timeline.form.company, "Acme")
    qtbot.keyClicks(window.timeline.form.role, "Designer")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [r.company for r in ops.read(applications.list_applications)] == ["Acme"]


def test_closing_with_unsaved_edits_can_be_cancelled(window, qtbot, answers):
    window.timeline.new_application()
    qtbot.keyClicks(window.timeline.form.company, "Half-typed")
    window.tabs.setCurrentWidget(window.review)
    answers.unsaved = dialogs.Unsaved.CANCEL
    assert not window.close()
    assert window.isVisible()
    assert window.tabs.currentWidget() is window.timeline  # shown where the edits are
    assert window.timeline.form.company.text() == "Half-typed"


def test_closing_with_unsaved_edits_can_save_them(window, qtbot, ops, answers):
    window.timeline.new_application()
    qtbot.keyClicks(window.timeline.form.company, "Acme")
    qtbot.keyClicks(window.timeline.form.role, "Dev")
    answers.unsaved = dialogs.Unsaved.SAVE
    assert window.close()
    assert [r.company for r in ops.read(applications.list_applications)] == ["Acme"]


def test_window_size_and_tab_are_remembered(qtbot, ops, answers):
    first = make_window(qtbot, ops)
    first.resize(720, 520)
    first.tabs.setCurrentIndex(2)
    assert first.close()
    second = make_window(qtbot, ops)
    assert second.tabs.currentIndex() == 2
    assert (second.width(), second.height()) == (720, 520)


def test_status_bar_says_what_was_saved(window, qtbot):
    window.timeline.new_application()
    qtbot.keyClicks(window.timeline.form.company, "Acme")
    qtbot.keyClicks(window.timeline.form.role, "Dev")
    window.save_current()
    assert window.statusBar().currentMessage() == "Application saved."


def test_open_in_tab_focuses_another_tab_on_an_application(window, ops):
    from bounceback.services.applications import ApplicationInput

    app = ops.write(None, applications.create_application,
                    ApplicationInput(company="Acme", role="Dev"))
    window.open_in_tab("timeline", app.id)
    assert window.tabs.currentWidget() is window.timeline
    assert window.timeline.form.company.text() == "Acme"


def test_your_name_in_letters_is_kept_and_fills_templates(qtbot, window):
    from bounceback.ui.common import preferences
    from bounceback.ui.settings.dialog import SettingsDialog
    from tests.ui.window_kit import answer_modal

    def type_name(text: str, ok: bool):
        def act(dialog):
            assert isinstance(dialog, SettingsDialog)
            dialog.general.name.clear()
            qtbot.keyClicks(dialog.general.name, text)
            (dialog.ok_button.click if ok else dialog.reject)()
        return act

    answer_modal(type_name("  Alex Kim ", True))
    window.open_settings()
    assert preferences.my_name() == "Alex Kim"
    assert preferences.signature_values() == {"my_name": "Alex Kim"}
    answer_modal(type_name("Someone else", False))
    window.open_settings()  # cancelled: unchanged
    assert preferences.my_name() == "Alex Kim"


def test_a_tab_out_of_sight_catches_up_when_shown(window, ops, monkeypatch):
    window.tabs.setCurrentWidget(window.review)
    calls: list[frozenset[str]] = []
    monkeypatch.setattr(window.timeline, "on_changed", calls.append)
    ops.write(None, applications.create_application,
              applications.ApplicationInput("Initech", "Analyst"))
    assert calls == []  # one write does not reload every tab
    window.tabs.setCurrentWidget(window.timeline)
    # What the write changed: the application and its "applied" event.
    assert calls == [frozenset({"applications", "events"})]


# --- built when first shown (issue 7) -------------------------------------------------------


def test_only_the_tab_in_front_is_built_at_start_and_others_when_first_shown(window):
    assert [p.key for p in window.pages] == ["timeline"]
    window.tabs.setCurrentIndex(3)
    assert [p.key for p in window.pages] == ["timeline", "checkin"]
    assert window.tabs.currentWidget() is window.checkin
    assert window.tabs.tabText(3) == "Check-in"
    assert window.tabs.count() == 6


def test_the_window_shows_before_its_store_and_fills_in_when_attached(qtbot, ops):
    settings = QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(None, settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.first_painted, timeout=5000):
        w.show()
    assert w.pages == []
    assert not w.menuBar().isEnabled()  # nothing to act on yet
    assert "Opening" in w.tabs.currentWidget().text()
    w.tabs.setCurrentIndex(1)  # looking around before the store is open builds nothing
    assert w.pages == []
    with qtbot.waitSignal(w.ready, timeout=5000):
        w.attach(ops)
    assert w.menuBar().isEnabled()
    assert [p.key for p in w.pages] == ["plans"]
    assert w.tabs.currentWidget() is w.plans


def test_a_tab_built_later_gets_its_remembered_layout(qtbot, ops):
    settings = QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    first = MainWindow(ops, settings)
    qtbot.addWidget(first)
    first.show()
    first.show_tab("checkin")
    first.checkin.splitter.setSizes([300, 900])
    wanted = first.checkin.splitter.sizes()
    first.show_tab("timeline")
    first.close()
    second = MainWindow(ops, settings)
    qtbot.addWidget(second)
    second.show()
    assert "checkin" not in [p.key for p in second.pages]
    second.show_tab("checkin")
    # Restored geometry is fitted to the (offscreen, 800 px) screen: the split keeps its
    # proportions, not its pixels.
    left, right = second.checkin.splitter.sizes()
    assert left / (left + right) == pytest.approx(wanted[0] / sum(wanted), abs=0.01)
    assert wanted[0] / sum(wanted) == pytest.approx(0.25, abs=0.02)  # not the default split


def test_window_shortcuts_work_while_typing_in_a_field(qtbot, window) -> None:
    """A text field keeps Ctrl+E (end of line) and Ctrl+K (delete to its end) for itself:
    the window's Export and Search shortcuts win there, its editing keys stay the field's."""
    from PySide6.QtCore import Qt

    from bounceback.ui.timeline.tab import TimelineTab

    timeline = window.show_tab("timeline")
    assert isinstance(timeline, TimelineTab)
    qtbot.mouseClick(timeline.new_button, Qt.MouseButton.LeftButton)
    field = timeline.form.company
    # On X11 Qt's key bindings give a text field Ctrl+E and Ctrl+K (the offscreen platform
    # used here has none): the field claims them as X11 makes it do.
    claims = X11TextKeys(field)
    field.installEventFilter(claims)
    field.setFocus()
    qtbot.keyClicks(field, "Northwind")
    qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClick(field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window._search is not None and window._search.isVisible()
    assert field.text() == "Northwind"  # not cut to its end by the field's own Ctrl+K
    window._search.close()
    # View → All events, from inside the same field.
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert timeline.all_button.isChecked()
    assert "All &events" in [a.text() for a in window.view_menu.actions()]



class X11TextKeys(QObject):
    """What a text field does with Ctrl+E / Ctrl+K under X11's key bindings: claims them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier \
                and event.key() in (Qt.Key.Key_E, Qt.Key.Key_K):
            event.accept()
            return True
        return False


@pytest.mark.parametrize(("area", "expected"), [
    ((1280, 768), (1180, 720)),  # a 1280×800 laptop, less its panel
    ((1366, 736), (1180, 688)),
    ((1920, 1048), (1440, 870)),  # a 1920×1080 monitor: comfortable, not all of it
    ((2560, 1408), (1440, 920)),
    ((1024, 600), (1008, 552)),  # a small screen: all there is, less the frame
])
def test_the_first_start_is_sized_for_the_screen(area, expected) -> None:
    from PySide6.QtCore import QSize

    from bounceback.ui.main_window import first_size

    got = first_size(QSize(*area))
    assert (got.width(), got.height()) == expected


def test_a_first_start_opens_in_the_middle_of_the_screen(window) -> None:
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert area.contains(frame.center())
    assert abs(frame.center().x() - area.center().x()) <= 2
    assert abs(frame.center().y() - area.center().y()) <= 2


def test_each_tab_is_made_where_it_lives_and_never_moved(window, qtbot, qapp):
    """A page made outside the tab widget and moved in makes Qt work out the style of every
    widget in it again under the application's style sheet (issue 22): each page is made as
    a child of the tabs' own stack, and stays there."""
    from bounceback.ui.common.tab import TabPage

    moved: list[str] = []

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.ParentChange and isinstance(obj, TabPage):
                moved.append(type(obj).__name__)
            return False

    watch = Watch()
    qtbot.waitExposed(window)
    stack = window.tabs.widget(0).parentWidget()
    qapp.installEventFilter(watch)
    try:
        for key in window.tabs.tab_keys():
            assert window.page(key).parentWidget() is stack
        window.retranslate()  # every built tab made again
        for key in window.tabs.tab_keys():
            assert window.page(key).parentWidget() is stack
    finally:
        qapp.removeEventFilter(watch)
    assert moved == []
